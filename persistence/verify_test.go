package persistence_test

import (
	"bytes"
	"context"
	"fmt"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/persistence"
)

// TestVerifyFindsEachKindOfDamage damages a clean store in one way at a
// time, straight through Pebble, and checks that Verify reports exactly that
// damage, with its code, stream and sequence.
func TestVerifyFindsEachKindOfDamage(t *testing.T) {
	ctx := context.Background()
	type want struct {
		code   persistence.Code
		stream string
		seq    uint64
	}
	cases := []struct {
		name   string
		damage func(t *testing.T, db *pebble.DB)
		want   []want
	}{
		{"clean", func(t *testing.T, db *pebble.DB) {}, nil},
		{"deleted middle record", func(t *testing.T, db *pebble.DB) {
			mustDB(t, db.Delete(persistence.RecordKey("transfer/b", 2), pebble.Sync))
		}, []want{{persistence.CodeSeqGap, "transfer/b", 2}}},
		{"altered stored hash", func(t *testing.T, db *pebble.DB) {
			rewrite(t, db, persistence.RecordKey("transfer/a", 2), func(v []byte) { v[len(v)-1] ^= 1 })
			// The record fails, the next no longer links to it, and the
			// snapshot taken at it no longer matches its hash.
		}, []want{{persistence.CodeHashMismatch, "transfer/a", 2}, {persistence.CodeHashMismatch, "transfer/a", 3}, {persistence.CodeCorruptSnapshot, "transfer/a", 2}}},
		{"altered prev_hash", func(t *testing.T, db *pebble.DB) {
			rewrite(t, db, persistence.RecordKey("transfer/a", 1), func(v []byte) { v[len(v)-40] ^= 1 })
		}, []want{{persistence.CodeHashMismatch, "transfer/a", 1}}},
		{"record moved to another stream", func(t *testing.T, db *pebble.DB) {
			v, c, err := db.Get(persistence.RecordKey("transfer/a", 1))
			mustDB(t, err)
			moved := bytes.Clone(v)
			_ = c.Close()
			mustDB(t, db.Set(persistence.RecordKey("transfer/c", 1), moved, pebble.Sync))
		}, []want{{persistence.CodeCorruptRecord, "transfer/c", 1}}},
		{"truncated record", func(t *testing.T, db *pebble.DB) {
			v, c, err := db.Get(persistence.RecordKey("transfer/b", 3))
			mustDB(t, err)
			short := bytes.Clone(v[:20])
			_ = c.Close()
			mustDB(t, db.Set(persistence.RecordKey("transfer/b", 3), short, pebble.Sync))
			// The owner index points at that record, so it is reported too.
		}, []want{{persistence.CodeCorruptRecord, "transfer/b", 3}, {persistence.CodeCorruptIndex, "transfer/b", 3}}},
		{"index entry rewritten to another record", func(t *testing.T, db *pebble.DB) {
			k := []byte("x/owner\x000xa\x00transfer/a")
			rewrite(t, db, k, func(v []byte) { v[8] = 1 }) // seq 3 -> 1, hash of 3
		}, []want{{persistence.CodeCorruptIndex, "transfer/a", 1}}},
		{"snapshot state damaged", func(t *testing.T, db *pebble.DB) {
			rewrite(t, db, []byte("s/transfer/a"), func(v []byte) { v[len(v)-33] ^= 1 })
		}, []want{{persistence.CodeCorruptSnapshot, "transfer/a", 0}}},
		{"stray key", func(t *testing.T, db *pebble.DB) {
			mustDB(t, db.Set([]byte("q/whatever"), []byte("x"), pebble.Sync))
		}, []want{{persistence.CodeUnknownKey, "", 0}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := vfs.NewMem()
			j, err := persistence.Open("db", persistence.Options{FS: fs})
			if err != nil {
				t.Fatal(err)
			}
			for _, id := range []string{"a", "b"} {
				for i := 0; i < 3; i++ {
					_, err := j.Append(ctx, persistence.AppendRequest{Stream: "transfer/" + id, ExpectedSeq: uint64(i),
						Events: []persistence.Event{{Type: "Step", Payload: []byte(fmt.Sprintf("%s%d", id, i))}},
						Index:  []persistence.Index{{Name: "owner", Value: "0x" + id}}})
					if err != nil {
						t.Fatal(err)
					}
				}
			}
			if err := j.SaveSnapshot(ctx, "transfer/a", persistence.Snapshot{Seq: 2, State: []byte("state")}); err != nil {
				t.Fatal(err)
			}
			tc.damage(t, j.DB())
			rep, err := j.Verify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, p := range rep.Problems {
				got = append(got, want{p.Code, p.Stream, p.Seq})
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("problems %v, want %v\n%v", got, tc.want, rep.Problems)
			}
			_ = j.Close()
		})
	}
}

func mustDB(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func rewrite(t *testing.T, db *pebble.DB, key []byte, edit func([]byte)) {
	t.Helper()
	v, c, err := db.Get(key)
	mustDB(t, err)
	w := bytes.Clone(v)
	_ = c.Close()
	edit(w)
	mustDB(t, db.Set(key, w, pebble.Sync))
}
