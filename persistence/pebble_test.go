package persistence_test

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/persistence/journaltest"
)

// TestPebbleConformanceMem runs the suite on an in-memory filesystem (fast).
func TestPebbleConformanceMem(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		j, err := persistence.Open("journal", persistence.Options{FS: vfs.NewMem(), Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}

// TestPebbleConformanceGroupCommit runs the suite with appends gathered
// by the group committer.
func TestPebbleConformanceGroupCommit(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		j, err := persistence.Open("journal", persistence.Options{FS: vfs.NewMem(), Clock: clock, GroupCommit: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}

// TestPebbleConformanceDisk runs the suite on the real filesystem, where
// every append pays a real fsync.
func TestPebbleConformanceDisk(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		j, err := persistence.Open(t.TempDir(), persistence.Options{Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}

// TestCorruptRecordsReadAsCodedErrors: a truncated or altered stored record
// reads back as a coded error naming its key, on every path that touches it.
func TestCorruptRecordsReadAsCodedErrors(t *testing.T) {
	ctx := context.Background()
	for name, damage := range map[string]func([]byte) []byte{
		"truncated": func(v []byte) []byte { return v[:len(v)-10] },
		"cut short": func(v []byte) []byte { return v[:5] },
		"flipped":   func(v []byte) []byte { v = bytes.Clone(v); v[len(v)-65] ^= 0x80; return v },
		"empty":     func(v []byte) []byte { return nil },
	} {
		t.Run(name, func(t *testing.T) {
			j, err := persistence.Open("db", persistence.Options{FS: vfs.NewMem()})
			if err != nil {
				t.Fatal(err)
			}
			defer j.Close()
			for i := 0; i < 3; i++ {
				if _, err := j.Append(ctx, persistence.AppendRequest{Stream: "transfer/x", ExpectedSeq: uint64(i),
					Events: []persistence.Event{{Type: "E", Payload: []byte("payload")}}}); err != nil {
					t.Fatal(err)
				}
			}
			key := persistence.RecordKey("transfer/x", 3)
			v, closer, err := j.DB().Get(key)
			if err != nil {
				t.Fatal(err)
			}
			bad := damage(bytes.Clone(v))
			_ = closer.Close()
			if err := j.DB().Set(key, bad, pebble.Sync); err != nil {
				t.Fatal(err)
			}
			_, err = j.Read(ctx, "transfer/x", 1, 0)
			code := persistence.CodeOf(err)
			if (code != persistence.CodeCorruptRecord && code != persistence.CodeHashMismatch) || !strings.Contains(err.Error(), "j/transfer/x/3") {
				t.Fatalf("read: %v; want a corrupt-record or hash error naming j/transfer/x/3", err)
			}
			rep, err := j.Verify(ctx)
			if err != nil || rep.OK() {
				t.Fatalf("verify: %v %v", rep.Problems, err)
			}
			if p, _ := rep.FirstBroken(); p.Stream != "transfer/x" || p.Seq != 3 {
				t.Fatalf("first broken = %+v", p)
			}
		})
	}
}

// TestHeadReloadRejectsDamage: after a restart the head is read from disk;
// a damaged head record makes appends fail with a coded error.
func TestHeadReloadRejectsDamage(t *testing.T) {
	ctx := context.Background()
	fs := vfs.NewMem()
	j, err := persistence.Open("db", persistence.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := j.Append(ctx, persistence.AppendRequest{Stream: "s", Events: []persistence.Event{{Type: "E"}}}); err != nil {
		t.Fatal(err)
	}
	if err := j.DB().Set(persistence.RecordKey("s", 1), []byte{1, 2, 3}, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	_ = j.Close()
	j, err = persistence.Open("db", persistence.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	_, err = j.Append(ctx, persistence.AppendRequest{Stream: "s", ExpectedSeq: 1, Events: []persistence.Event{{Type: "E"}}})
	if persistence.CodeOf(err) != persistence.CodeCorruptRecord || !strings.Contains(err.Error(), "j/s/1") {
		t.Fatalf("append on a damaged head: %v", err)
	}
}

// TestReopenKeepsChains: heads survive a clean close and reopen.
func TestReopenKeepsChains(t *testing.T) {
	ctx := context.Background()
	fs := vfs.NewMem()
	var last persistence.Record
	for round := 0; round < 3; round++ {
		j, err := persistence.Open("db", persistence.Options{FS: fs})
		if err != nil {
			t.Fatal(err)
		}
		recs, err := j.Append(ctx, persistence.AppendRequest{Stream: "s", ExpectedSeq: uint64(round), Events: []persistence.Event{{Type: "E"}}})
		if err != nil {
			t.Fatal(err)
		}
		if round > 0 && recs[0].PrevHash != last.Hash {
			t.Fatalf("round %d: chain broken across reopen", round)
		}
		last = recs[0]
		if err := j.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBadFormatRefused: a store with another format marker is refused.
func TestBadFormatRefused(t *testing.T) {
	fs := vfs.NewMem()
	db, err := pebble.Open("db", &pebble.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	_ = db.Set([]byte("m/format"), []byte("strait-journal/99"), pebble.Sync)
	_ = db.Close()
	_, err = persistence.Open("db", persistence.Options{FS: fs})
	if persistence.CodeOf(err) != persistence.CodeBadFormat {
		t.Fatalf("open of a future format: %v", err)
	}
}

// TestStreamCacheEviction: with a tiny head cache, heads are reloaded from
// disk and conflicts are still detected.
func TestStreamCacheEviction(t *testing.T) {
	ctx := context.Background()
	j, err := persistence.Open("db", persistence.Options{FS: vfs.NewMem(), MaxCachedStreams: 4})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for round := uint64(0); round < 3; round++ {
		for i := 0; i < 20; i++ {
			s := fmt.Sprintf("s%d", i)
			if _, err := j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: round, Events: []persistence.Event{{Type: "E"}}}); err != nil {
				t.Fatal(err)
			}
			_, err := j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: round, Events: []persistence.Event{{Type: "E"}}})
			if persistence.CodeOf(err) != persistence.CodeConflict {
				t.Fatalf("%s: stale append after eviction: %v", s, err)
			}
		}
	}
	rep, err := j.Verify(ctx)
	if err != nil || !rep.OK() || rep.Records != 60 {
		t.Fatalf("verify: %+v %v", rep, err)
	}
}

// TestReopenFencesExistingStreams: after a restart nothing is cached, and a
// writer that believes a stream is new (expected 0) must still lose, with
// the stream filter sized generously, tiny (false positives) or disabled.
func TestReopenFencesExistingStreams(t *testing.T) {
	ctx := context.Background()
	for _, capacity := range []int{0, 1, -1} {
		t.Run(fmt.Sprint(capacity), func(t *testing.T) {
			fs := vfs.NewMem()
			opts := persistence.Options{FS: fs, StreamFilterCapacity: capacity}
			j, err := persistence.Open("db", opts)
			if err != nil {
				t.Fatal(err)
			}
			const n = 300
			for i := 0; i < n; i++ {
				if _, err := j.Append(ctx, persistence.AppendRequest{Stream: fmt.Sprintf("transfer/%d", i), Events: []persistence.Event{{Type: "Submitted"}}}); err != nil {
					t.Fatal(err)
				}
			}
			_ = j.Close()
			j, err = persistence.Open("db", opts)
			if err != nil {
				t.Fatal(err)
			}
			defer j.Close()
			for i := 0; i < n; i++ {
				_, err := j.Append(ctx, persistence.AppendRequest{Stream: fmt.Sprintf("transfer/%d", i), Events: []persistence.Event{{Type: "Submitted"}}})
				if persistence.CodeOf(err) != persistence.CodeConflict {
					t.Fatalf("transfer/%d: second creation after reopen: %v", i, err)
				}
				// And a new stream is still accepted.
				if _, err := j.Append(ctx, persistence.AppendRequest{Stream: fmt.Sprintf("transfer/new%d", i), Events: []persistence.Event{{Type: "Submitted"}}}); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// TestAppendSealed: records sealed once (as a replicated journal does before
// publishing) land byte for byte on another journal, and records that do not
// continue the stream are refused with a code and change nothing.
func TestAppendSealed(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2025, 5, 6, 7, 8, 9, 10, time.UTC)
	open := func() *persistence.PebbleJournal {
		j, err := persistence.Open("db", persistence.Options{FS: vfs.NewMem(), Clock: func() time.Time { return now }})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	}
	replica := open()
	const s = "transfer/r"
	first := persistence.SealEvents(s, 0, persistence.Genesis, now, []persistence.Event{{Type: "Submitted", Payload: []byte("a")}, {Type: "SourceBroadcast"}})
	if err := replica.AppendSealed(ctx, persistence.SealedAppend{Stream: s, Records: first,
		Index: []persistence.Index{{Name: "owner", Value: "0xr"}}}); err != nil {
		t.Fatal(err)
	}
	// The same events through Append on another journal give the same records.
	origin := open()
	viaAppend, err := origin.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{{Type: "Submitted", Payload: []byte("a")}, {Type: "SourceBroadcast"}}})
	if err != nil {
		t.Fatal(err)
	}
	for i := range first {
		if first[i].Hash != viaAppend[i].Hash {
			t.Fatalf("record %d: sealed hash %s, appended %s", i, first[i].Hash, viaAppend[i].Hash)
		}
	}
	next := persistence.SealEvents(s, 2, first[1].Hash, now, []persistence.Event{{Type: "SourceConfirmed"}})
	bad := func(mut func(r []persistence.Record) persistence.SealedAppend) persistence.SealedAppend {
		rs := append([]persistence.Record(nil), next...)
		rs[0].Payload = bytes.Clone(rs[0].Payload)
		return mut(rs)
	}
	for name, tc := range map[string]struct {
		req  persistence.SealedAppend
		code persistence.Code
	}{
		"stale head": {bad(func(r []persistence.Record) persistence.SealedAppend {
			return persistence.SealedAppend{Stream: s, ExpectedSeq: 1, Records: r}
		}), persistence.CodeConflict},
		"wrong seq": {bad(func(r []persistence.Record) persistence.SealedAppend {
			r[0].Seq = 4
			return persistence.SealedAppend{Stream: s, ExpectedSeq: 2, Records: r}
		}), persistence.CodeBadRequest},
		"wrong stream": {bad(func(r []persistence.Record) persistence.SealedAppend {
			r[0].Stream = "transfer/x"
			return persistence.SealedAppend{Stream: s, ExpectedSeq: 2, Records: r}
		}), persistence.CodeBadRequest},
		"bad link": {bad(func(r []persistence.Record) persistence.SealedAppend {
			r[0].PrevHash[0] ^= 1
			return persistence.SealedAppend{Stream: s, ExpectedSeq: 2, Records: r}
		}), persistence.CodeHashMismatch},
		"altered": {bad(func(r []persistence.Record) persistence.SealedAppend {
			r[0].Type = "Completed"
			return persistence.SealedAppend{Stream: s, ExpectedSeq: 2, Records: r}
		}), persistence.CodeHashMismatch},
	} {
		err := replica.AppendSealed(ctx, tc.req)
		if persistence.CodeOf(err) != tc.code {
			t.Errorf("%s: %v, want %s", name, err, tc.code)
		}
	}
	if recs, _ := replica.Read(ctx, s, 1, 0); len(recs) != 2 {
		t.Fatalf("refused sealed appends wrote: %d records", len(recs))
	}
	if err := replica.AppendSealed(ctx, persistence.SealedAppend{Stream: s, ExpectedSeq: 2, Records: next}); err != nil {
		t.Fatal(err)
	}
	recs, err := replica.Read(ctx, s, 1, 0)
	if err != nil || len(recs) != 3 || recs[2].Hash != next[0].Hash || !recs[2].Time.Equal(now) {
		t.Fatalf("after sealed appends: %d records, %v", len(recs), err)
	}
	if rep, err := replica.Verify(ctx); err != nil || !rep.OK() {
		t.Fatalf("verify: %v %v", rep.Problems, err)
	}
}

// TestCloseDuringAppends: Close waits for the appends in flight (each holds
// its shard's close lock) and refuses later ones. Every append either is
// acknowledged, and then survives a reopen, or fails with JOURNAL_CLOSED;
// nothing else, and no append runs on a closed engine.
func TestCloseDuringAppends(t *testing.T) {
	dir := t.TempDir()
	j, err := persistence.Open(dir, persistence.Options{FS: vfs.Default})
	if err != nil {
		t.Fatal(err)
	}
	const writers = 32
	acked := make([]uint64, writers)
	var n atomic.Int64
	var wg sync.WaitGroup
	start := make(chan struct{})
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			s := fmt.Sprintf("transfer/close-%d", w)
			for seq := uint64(0); ; seq++ {
				_, err := j.Append(context.Background(), persistence.AppendRequest{Stream: s, ExpectedSeq: seq,
					Events: []persistence.Event{{Type: "E", Payload: []byte(s)}}})
				if err != nil {
					if persistence.CodeOf(err) != persistence.CodeClosed {
						t.Errorf("writer %d: %v", w, err)
					}
					return
				}
				acked[w] = seq + 1
				n.Add(1)
			}
		}()
	}
	close(start)
	for n.Load() < writers { // Close while appends are surely in flight
		time.Sleep(time.Millisecond)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	j, err = persistence.Open(dir, persistence.Options{FS: vfs.Default})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	for w := 0; w < writers; w++ {
		last, _, err := j.Head(context.Background(), fmt.Sprintf("transfer/close-%d", w))
		if err != nil || last != acked[w] {
			t.Fatalf("writer %d: head %d (%v), acknowledged %d", w, last, err, acked[w])
		}
	}
	if rep, err := j.Verify(context.Background()); err != nil || !rep.OK() {
		t.Fatalf("verify: %+v %v", rep, err)
	}
}
