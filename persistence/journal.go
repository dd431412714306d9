// Package persistence is Strait's journal: append-only, hash-chained event
// streams with optimistic concurrency, snapshots and secondary indexes, stored
// in Pebble. Every acknowledged append is synced to disk; every stream can be
// verified end to end.
package persistence

import (
	"context"
	"fmt"
	"time"
)

// Journal is the storage contract the transfer actors and the cluster build
// on. The Pebble implementation is *PebbleJournal; a replicated implementation
// wraps it. Every implementation must pass journaltest.Run.
type Journal interface {
	// Append appends req.Events to req.Stream if and only if the stream's
	// last sequence equals req.ExpectedSeq (0 for a new stream). On a
	// mismatch it returns a CodeConflict error carrying the actual last
	// sequence and writes nothing. The records and the index changes are
	// written atomically and synced before Append returns.
	Append(ctx context.Context, req AppendRequest) ([]Record, error)

	// Read returns up to limit records of stream with Seq >= from, in order.
	// limit <= 0 means no limit. An unknown stream reads as empty.
	Read(ctx context.Context, stream string, from uint64, limit int) ([]Record, error)

	// Head returns the last sequence of stream and its hash (0 and Genesis for
	// an empty stream).
	Head(ctx context.Context, stream string) (uint64, Hash, error)

	// Streams lists stream names that start with prefix and sort after
	// `after`, in order, at most limit (<= 0: no limit).
	Streams(ctx context.Context, prefix, after string, limit int) ([]string, error)

	// SaveSnapshot stores snap as the stream's snapshot. snap.Seq must name an
	// existing record; the snapshot is bound to that record's hash.
	SaveSnapshot(ctx context.Context, stream string, snap Snapshot) error

	// LoadSnapshot returns the stream's snapshot; ok is false if there is none.
	LoadSnapshot(ctx context.Context, stream string) (snap Snapshot, ok bool, err error)

	// Lookup lists the streams indexed under ix, in stream order, after the
	// stream `after`, at most limit (<= 0: no limit).
	Lookup(ctx context.Context, ix Index, after string, limit int) ([]IndexHit, error)

	// Verify checks every hash chain, index entry and snapshot.
	Verify(ctx context.Context) (VerifyReport, error)

	Close() error
}

// AppendRequest is one atomic append.
type AppendRequest struct {
	Stream      string
	ExpectedSeq uint64
	Events      []Event
	// Index adds (or moves to this append's last record) one entry per
	// Index for this stream, e.g. {Name: "owner", Value: "0xabc"}.
	Index []Index
	// Unindex removes this stream's entries, e.g. the old status when a
	// transfer moves from PENDING to DONE.
	Unindex []Index
}

// Index names a secondary index entry: by owner address, chain transaction
// id, status, ...
type Index struct {
	Name  string // [a-z0-9_.-], 1..64 bytes
	Value string // 1..256 bytes, no 0x00
}

// IndexHit is one stream found by Lookup, with the sequence of the record
// whose append wrote the entry.
type IndexHit struct {
	Stream string
	Seq    uint64
}

// Snapshot is a stream's materialized state as of record Seq.
type Snapshot struct {
	Seq        uint64
	RecordHash Hash // set by SaveSnapshot: the hash of record Seq
	Time       time.Time
	State      []byte
}

// Problem is one verification finding.
type Problem struct {
	Code    Code
	Stream  string
	Seq     uint64
	Key     string
	Message string
}

func (p Problem) String() string {
	if p.Stream != "" {
		return fmt.Sprintf("%s stream %s seq %d: %s", p.Code, p.Stream, p.Seq, p.Message)
	}
	return fmt.Sprintf("%s key %s: %s", p.Code, p.Key, p.Message)
}

// VerifyReport summarizes a verification. OK reports whether no problem was
// found; Problems lists them in key order (capped, see Truncated).
type VerifyReport struct {
	Streams   int
	Records   int
	Indexes   int
	Snapshots int
	Problems  []Problem
	Truncated bool // more problems than MaxProblems were found
}

// MaxProblems caps the problems a VerifyReport lists.
const MaxProblems = 1000

// OK reports whether verification found nothing wrong.
func (r VerifyReport) OK() bool { return len(r.Problems) == 0 }

// FirstBroken returns the first problem in a record chain (streams in key
// order), or else the first problem of any kind.
func (r VerifyReport) FirstBroken() (Problem, bool) {
	for _, p := range r.Problems {
		switch p.Code {
		case CodeCorruptRecord, CodeHashMismatch, CodeSeqGap:
			return p, true
		}
	}
	if len(r.Problems) > 0 {
		return r.Problems[0], true
	}
	return Problem{}, false
}
