package persistence

import (
	"context"
	"fmt"
)

// Replay is what an actor needs to rehydrate a stream: its latest snapshot
// (if any) and the records after it. When a snapshot exists, the record it
// was taken at is read too and its hash compared, so a snapshot that no
// longer matches its stream is refused (CodeCorruptSnapshot) rather than
// silently resumed from.
func Replay(ctx context.Context, j Journal, stream string) (snap Snapshot, haveSnap bool, tail []Record, err error) {
	snap, haveSnap, err = j.LoadSnapshot(ctx, stream)
	if err != nil {
		return Snapshot{}, false, nil, fmt.Errorf("replay %s: %w", stream, err)
	}
	from := uint64(1)
	if haveSnap {
		from = snap.Seq
	}
	recs, err := j.Read(ctx, stream, from, 0)
	if err != nil {
		return Snapshot{}, false, nil, fmt.Errorf("replay %s: %w", stream, err)
	}
	if haveSnap {
		if len(recs) == 0 || recs[0].Seq != snap.Seq || recs[0].Hash != snap.RecordHash {
			e := errorf(CodeCorruptSnapshot, "snapshot of %s at %d does not match the stream", stream, snap.Seq)
			e.Stream, e.Seq, e.Key = stream, snap.Seq, prefixSnapshot+stream
			return Snapshot{}, false, nil, e
		}
		recs = recs[1:]
	}
	return snap, haveSnap, recs, nil
}
