package persistence

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
)

// slowWAL makes WAL syncs take a while once armed, so that a test can look
// at the database between an append's apply and its fsync.
type slowWAL struct{ armed atomic.Bool }

func (f *slowWAL) MaybeError(op errorfs.Op) error {
	if f.armed.Load() && strings.HasSuffix(op.Path, ".log") {
		switch op.Kind {
		case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
			time.Sleep(300 * time.Millisecond)
		}
	}
	return nil
}

func (f *slowWAL) String() string { return "slow-wal" }

// TestReadNeverShowsAnUnacknowledgedRecord: Pebble makes a batch visible
// before its WAL fsync; Read must not return a record whose append has not
// returned (a crash at that moment could still take it away).
func TestReadNeverShowsAnUnacknowledgedRecord(t *testing.T) {
	for _, group := range []bool{false, true} {
		slow := &slowWAL{}
		j, err := Open("db", Options{FS: errorfs.Wrap(vfs.NewMem(), slow), GroupCommit: group})
		if err != nil {
			t.Fatal(err)
		}
		ctx := context.Background()
		ev := []Event{{Type: "t", Payload: []byte("x")}}
		if _, err := j.Append(ctx, AppendRequest{Stream: "s", ExpectedSeq: 0, Events: ev}); err != nil {
			t.Fatal(err)
		}
		slow.armed.Store(true)
		done := make(chan error, 1)
		go func() {
			_, err := j.Append(ctx, AppendRequest{Stream: "s", ExpectedSeq: 1, Events: ev})
			done <- err
		}()
		// Wait until the second record is in Pebble (applied, not yet synced).
		deadline := time.Now().Add(10 * time.Second)
		for {
			_, closer, err := j.db.Get(recordKey("s", 2))
			if err == nil {
				_ = closer.Close()
				break
			}
			if time.Now().After(deadline) {
				t.Fatal("the second record never became visible in Pebble")
			}
			time.Sleep(time.Millisecond)
		}
		select {
		case err := <-done:
			// The sync finished already (a very slow machine): nothing to
			// observe this round, but the append must have succeeded.
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("group=%v: append finished before the read; not observed", group)
		default:
			recs, err := j.Read(ctx, "s", 1, 0)
			if err != nil {
				t.Fatal(err)
			}
			if len(recs) != 1 {
				t.Fatalf("group=%v: Read returned %d records while the second append was unacknowledged", group, len(recs))
			}
			if err := <-done; err != nil {
				t.Fatal(err)
			}
		}
		slow.armed.Store(false)
		recs, err := j.Read(ctx, "s", 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 2 {
			t.Fatalf("group=%v: Read returned %d records after the append returned, want 2", group, len(recs))
		}
		_ = j.Close()
	}
}
