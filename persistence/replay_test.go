package persistence_test

import (
	"context"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/persistence"
)

func TestReplay(t *testing.T) {
	ctx := context.Background()
	j, err := persistence.Open("db", persistence.Options{FS: vfs.NewMem()})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	const s = "transfer/x"
	for i := 0; i < 5; i++ {
		if _, err := j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: uint64(i), Events: []persistence.Event{{Type: "Step"}}}); err != nil {
			t.Fatal(err)
		}
	}
	_, have, tail, err := persistence.Replay(ctx, j, s)
	if err != nil || have || len(tail) != 5 || tail[0].Seq != 1 {
		t.Fatalf("replay without snapshot: %v %d %v", have, len(tail), err)
	}
	if err := j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 3, State: []byte("at3")}); err != nil {
		t.Fatal(err)
	}
	snap, have, tail, err := persistence.Replay(ctx, j, s)
	if err != nil || !have || string(snap.State) != "at3" || len(tail) != 2 || tail[0].Seq != 4 {
		t.Fatalf("replay with snapshot: %+v %v %d %v", snap, have, len(tail), err)
	}
	// The record under the snapshot re-sealed with other content (a valid
	// record on its own): the snapshot no longer matches it and Replay
	// refuses to resume from it.
	if err := j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 5, State: []byte("at5")}); err != nil {
		t.Fatal(err)
	}
	recs, _ := j.Read(ctx, s, 1, 0)
	forged := recs[4]
	forged.Payload = []byte("forged")
	if err := j.DB().Set(persistence.RecordKey(s, 5), persistence.SealRecord(&forged), pebble.Sync); err != nil {
		t.Fatal(err)
	}
	_, _, _, err = persistence.Replay(ctx, j, s)
	if persistence.CodeOf(err) != persistence.CodeCorruptSnapshot {
		t.Fatalf("replay over a forged record: %v, want %s", err, persistence.CodeCorruptSnapshot)
	}
}
