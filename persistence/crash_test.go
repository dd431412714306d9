package persistence_test

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
	"github.com/straitnet/strait/persistence"
)

// TestCrashRecovery crashes the journal at random moments under concurrent
// writers, using Pebble's crashable in-memory filesystem: the crash keeps all
// synced data and a random share of unsynced data. After reopening, every
// acknowledged append must be there, every append must be all-or-nothing
// (records and index entries together), and every chain must verify.
//
// Appends are committed one batch per append (the default) and, in other
// rounds, through the group committer (several appends share one batch).
func TestCrashRecovery(t *testing.T) {
	for _, mode := range []struct {
		name   string
		group  bool
		rounds int
	}{{"direct", false, 12}, {"group", true, 6}} {
		t.Run(mode.name, func(t *testing.T) {
			rounds, writers := mode.rounds, 16
			if testing.Short() {
				rounds = (rounds + 2) / 3
			}
			seed := uint64(time.Now().UnixNano())
			t.Logf("seed %d", seed)
			for round := 0; round < rounds; round++ {
				t.Run(fmt.Sprint(round), func(t *testing.T) {
					crashRound(t, seed+uint64(round), writers, mode.group)
				})
			}
		})
	}
}

// payload of the k-th (1-based) of n records of one append that ends at seq
// last; recovery checks that no append is cut short.
func crashPayload(last uint64, k, n int) string { return fmt.Sprintf("last=%d k=%d n=%d", last, k, n) }

func crashRound(t *testing.T, seed uint64, writers int, group bool) {
	rng := rand.New(rand.NewPCG(seed, 1))
	mem := vfs.NewCrashableMem()
	var clockNs atomic.Int64
	clock := func() time.Time { return time.Unix(0, clockNs.Add(1000)) }
	j, err := persistence.Open("db", persistence.Options{FS: mem, Clock: clock, GroupCommit: group})
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu    sync.Mutex
		acked = map[string]uint64{}
		stop  = make(chan struct{})
		wg    sync.WaitGroup
	)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			wr := rand.New(rand.NewPCG(seed, uint64(w)+100))
			stream := fmt.Sprintf("transfer/w%d", w)
			var head uint64
			for {
				select {
				case <-stop:
					return
				default:
				}
				n := 1 + wr.IntN(3)
				evs := make([]persistence.Event, n)
				for k := range evs {
					evs[k] = persistence.Event{Type: "Step", Payload: []byte(crashPayload(head+uint64(n), k+1, n))}
				}
				recs, err := j.Append(context.Background(), persistence.AppendRequest{
					Stream: stream, ExpectedSeq: head, Events: evs,
					Index: []persistence.Index{{Name: "writer", Value: fmt.Sprint(w)}},
				})
				if err != nil {
					t.Errorf("writer %d: %v", w, err)
					return
				}
				head = recs[n-1].Seq
				mu.Lock()
				acked[stream] = head
				mu.Unlock()
			}
		}()
	}
	time.Sleep(time.Duration(1+rng.IntN(30)) * time.Millisecond)
	// Everything acknowledged before this point must survive the crash.
	mu.Lock()
	mustSurvive := make(map[string]uint64, len(acked))
	for s, seq := range acked {
		mustSurvive[s] = seq
	}
	mu.Unlock()
	crashed := mem.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: rng.IntN(101), RNG: rng})
	close(stop)
	wg.Wait()
	_ = j.Close()

	j2, err := persistence.Open("db", persistence.Options{FS: crashed, Clock: clock})
	if err != nil {
		t.Fatalf("reopen after crash: %v", err)
	}
	defer j2.Close()
	ctx := context.Background()
	rep, err := j2.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify after crash: %v %v", err, rep.Problems)
	}
	total := 0
	for w := 0; w < writers; w++ {
		stream := fmt.Sprintf("transfer/w%d", w)
		recs, err := j2.Read(ctx, stream, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		total += len(recs)
		head := uint64(len(recs))
		if head < mustSurvive[stream] {
			t.Fatalf("%s: %d records after crash, %d were acknowledged", stream, head, mustSurvive[stream])
		}
		if head > 0 {
			var last uint64
			var k, n int
			fmt.Sscanf(string(recs[head-1].Payload), "last=%d k=%d n=%d", &last, &k, &n)
			if last != head || k != n {
				t.Fatalf("%s: half an append is visible: last record %q", stream, recs[head-1].Payload)
			}
			hits, err := j2.Lookup(ctx, persistence.Index{Name: "writer", Value: fmt.Sprint(w)}, "", 0)
			if err != nil || len(hits) != 1 || hits[0].Seq != head {
				t.Fatalf("%s: index after crash %v %v, want seq %d", stream, hits, err, head)
			}
		}
		// The recovered journal takes new appends at the recovered head.
		if _, err := j2.Append(ctx, persistence.AppendRequest{Stream: stream, ExpectedSeq: head,
			Events: []persistence.Event{{Type: "Resumed"}}}); err != nil {
			t.Fatalf("%s: append after recovery: %v", stream, err)
		}
	}
	acks := 0
	for _, seq := range mustSurvive {
		acks += int(seq)
	}
	t.Logf("%d records acknowledged before the crash, %d recovered", acks, total)
}

// syncFailer injects an error into WAL syncs (or writes) while on.
type syncFailer struct {
	on    atomic.Bool
	kinds []errorfs.OpKind
}

func (f *syncFailer) MaybeError(op errorfs.Op) error {
	if !f.on.Load() || !strings.HasSuffix(op.Path, ".log") {
		return nil
	}
	for _, k := range f.kinds {
		if op.Kind == k {
			return errorfs.ErrInjected
		}
	}
	return nil
}

func (f *syncFailer) String() string { return "wal-failer" }

// TestFailedWALIsReported: when the WAL sync (or write) fails, the append
// reports it, is not acknowledged, the in-memory head does not move, the
// journal refuses further work, and after a crash and reopen only the
// acknowledged records are there.
func TestFailedWALIsReported(t *testing.T) {
	for _, c := range []struct {
		name  string
		kinds []errorfs.OpKind
		group bool
	}{
		{"sync", []errorfs.OpKind{errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo}, false},
		{"write", []errorfs.OpKind{errorfs.OpFileWrite, errorfs.OpFileWriteAt}, false},
		{"sync-group", []errorfs.OpKind{errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo}, true},
		{"write-group", []errorfs.OpKind{errorfs.OpFileWrite, errorfs.OpFileWriteAt}, true},
	} {
		kinds := c.kinds
		t.Run(c.name, func(t *testing.T) {
			mem := vfs.NewCrashableMem()
			inj := &syncFailer{kinds: kinds}
			j, err := persistence.Open("db", persistence.Options{FS: errorfs.Wrap(mem, inj), GroupCommit: c.group})
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			const s = "transfer/f"
			if _, err := j.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{{Type: "Submitted"}, {Type: "SourceBroadcast"}}}); err != nil {
				t.Fatal(err)
			}
			inj.on.Store(true)
			_, err = j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: 2, Events: []persistence.Event{{Type: "SourceConfirmed"}}})
			if persistence.CodeOf(err) != persistence.CodeWriteFailed || !errors.Is(err, errorfs.ErrInjected) {
				t.Fatalf("append with a failing WAL: %v; want %s wrapping the injected error", err, persistence.CodeWriteFailed)
			}
			inj.on.Store(false)
			// Refuses further work, even now that the disk "works" again.
			_, err = j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: 2, Events: []persistence.Event{{Type: "SourceConfirmed"}}})
			if persistence.CodeOf(err) != persistence.CodeFailed {
				t.Fatalf("append after a failure: %v, want %s", err, persistence.CodeFailed)
			}
			if _, err := j.Read(ctx, s, 1, 0); persistence.CodeOf(err) != persistence.CodeFailed {
				t.Fatalf("read after a failure: %v, want %s", err, persistence.CodeFailed)
			}
			if err := j.Close(); persistence.CodeOf(err) != persistence.CodeFailed {
				t.Fatalf("close after a failure: %v, want %s", err, persistence.CodeFailed)
			}
			// Crash keeping only synced data: exactly the acknowledged records.
			j2, err := persistence.Open("db", persistence.Options{FS: mem.CrashClone(vfs.CrashCloneCfg{})})
			if err != nil {
				t.Fatal(err)
			}
			defer j2.Close()
			recs, err := j2.Read(ctx, s, 1, 0)
			if err != nil || len(recs) != 2 {
				t.Fatalf("after reopen: %d records, %v; want the 2 acknowledged", len(recs), err)
			}
			if _, err := j2.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: 2, Events: []persistence.Event{{Type: "SourceConfirmed"}}}); err != nil {
				t.Fatalf("append after reopen: %v", err)
			}
		})
	}
}
