package persistence

import (
	"bytes"
	"context"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
)

// VerifyReader checks a journal store through r (a Pebble snapshot or DB):
//
//   - every stream's records are 1, 2, 3, ... without gaps, decode, belong
//     to their key, hash to their stored hash, and link to the previous
//     record's stored hash (Genesis for sequence 1);
//   - every index entry and snapshot decodes and points at an existing record
//     with the hash it was written with;
//   - the format marker is the one this build writes, and no key falls
//     outside the layout.
//
// A tampered record shows up at its own sequence: its content no longer
// hashes to its stored hash (or, if the stored hash itself was changed, the
// next record no longer links to it). Problems are listed in key order, so
// the first one names the first broken stream in stream order.
func VerifyReader(ctx context.Context, r pebble.Reader) (VerifyReport, error) {
	var rep VerifyReport
	add := func(p Problem) {
		if len(rep.Problems) >= MaxProblems {
			rep.Truncated = true
			return
		}
		rep.Problems = append(rep.Problems, p)
	}
	it, err := r.NewIter(nil)
	if err != nil {
		return rep, fmt.Errorf("verify: open iterator: %w", err)
	}
	defer it.Close()

	var (
		cur      string // current stream
		want     uint64 // next expected sequence
		prev     Hash   // stored hash of the previous record
		prevOK   bool   // prev is usable for the link check
		sawFmt   bool
		nChecked int
	)
	for ok := it.First(); ok; ok = it.Next() {
		if nChecked++; nChecked%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return rep, err
			}
		}
		k := it.Key()
		v, err := it.ValueAndErr()
		if err != nil {
			return rep, fmt.Errorf("verify: read %q: %w", k, err)
		}
		switch {
		case bytes.HasPrefix(k, []byte(prefixRecord)):
			stream, seq, kok := parseRecordKey(k)
			if !kok {
				add(Problem{Code: CodeUnknownKey, Key: fmt.Sprintf("%q", k), Message: "malformed record key"})
				continue
			}
			rep.Records++
			if stream != cur {
				rep.Streams++
				cur, want, prev, prevOK = stream, 1, Genesis, true
			}
			key := RecordKeyString(stream, seq)
			if seq != want {
				add(Problem{Code: CodeSeqGap, Stream: stream, Seq: want, Key: RecordKeyString(stream, want),
					Message: fmt.Sprintf("sequence %d missing (next stored is %d)", want, seq)})
				prevOK = false // the link across a gap cannot be checked
			}
			want = seq + 1
			rec, err := decodeStored(stream, seq, v)
			if err != nil {
				var e *Error
				errors.As(err, &e)
				add(Problem{Code: e.Code, Stream: stream, Seq: seq, Key: key, Message: e.Msg})
				// Link the next record to the stored hash if it is readable.
				if len(v) >= 64 {
					copy(prev[:], v[len(v)-32:])
					prevOK = true
				} else {
					prevOK = false
				}
				continue
			}
			if prevOK && rec.PrevHash != prev {
				add(Problem{Code: CodeHashMismatch, Stream: stream, Seq: seq, Key: key,
					Message: fmt.Sprintf("prev_hash does not match the hash of sequence %d", seq-1)})
			}
			prev, prevOK = rec.Hash, true

		case bytes.Equal(k, []byte(keyFormat)):
			sawFmt = true
			if string(v) != formatV1 {
				add(Problem{Code: CodeBadFormat, Key: keyFormat, Message: fmt.Sprintf("format %q, expected %q", truncate(string(v), 40), formatV1)})
			}

		case bytes.HasPrefix(k, []byte(prefixMark)):
			if msg := checkMark(k, v); msg != "" {
				add(Problem{Code: CodeUnknownKey, Key: fmt.Sprintf("%q", k), Message: msg})
			}

		case bytes.HasPrefix(k, []byte(prefixSnapshot)):
			stream := string(k[len(prefixSnapshot):])
			key := prefixSnapshot + stream
			if ValidateStream(stream) != nil {
				add(Problem{Code: CodeUnknownKey, Key: fmt.Sprintf("%q", k), Message: "malformed snapshot key"})
				continue
			}
			rep.Snapshots++
			s, err := DecodeSnapshot(key, v)
			if err != nil {
				add(Problem{Code: CodeCorruptSnapshot, Stream: stream, Key: key, Message: err.(*Error).Msg})
				continue
			}
			if msg := checkPointer(r, stream, s.Seq, s.RecordHash); msg != "" {
				add(Problem{Code: CodeCorruptSnapshot, Stream: stream, Seq: s.Seq, Key: key, Message: msg})
			}

		case bytes.HasPrefix(k, []byte(prefixIndex)):
			name, value, stream, kok := parseIndexKey(k)
			if !kok {
				add(Problem{Code: CodeUnknownKey, Key: fmt.Sprintf("%q", k), Message: "malformed index key"})
				continue
			}
			rep.Indexes++
			key := indexKeyString(name, value, stream)
			seq, h, err := DecodeIndexValue(key, v)
			if err != nil {
				add(Problem{Code: CodeCorruptIndex, Stream: stream, Key: key, Message: err.(*Error).Msg})
				continue
			}
			if msg := checkPointer(r, stream, seq, h); msg != "" {
				add(Problem{Code: CodeCorruptIndex, Stream: stream, Seq: seq, Key: key, Message: msg})
			}

		default:
			add(Problem{Code: CodeUnknownKey, Key: fmt.Sprintf("%q", k), Message: "key outside the journal layout"})
		}
	}
	if err := it.Error(); err != nil {
		return rep, fmt.Errorf("verify: scan: %w", err)
	}
	if !sawFmt && rep.Records > 0 {
		add(Problem{Code: CodeBadFormat, Key: keyFormat, Message: "format marker missing"})
	}
	return rep, nil
}

// checkPointer reports why (stream, seq, h) does not name a stored record
// with hash h, or "" if it does.
func checkPointer(r pebble.Reader, stream string, seq uint64, h Hash) string {
	v, closer, err := r.Get(recordKey(stream, seq))
	if errors.Is(err, pebble.ErrNotFound) {
		return fmt.Sprintf("points at %s, which does not exist", RecordKeyString(stream, seq))
	}
	if err != nil {
		return fmt.Sprintf("read %s: %v", RecordKeyString(stream, seq), err)
	}
	defer closer.Close()
	if len(v) < 64 {
		return fmt.Sprintf("points at %s, which is corrupt", RecordKeyString(stream, seq))
	}
	var stored Hash
	copy(stored[:], v[len(v)-32:])
	if stored != h {
		return fmt.Sprintf("points at %s with hash %s, record has %s", RecordKeyString(stream, seq), h.String()[:16], stored.String()[:16])
	}
	return ""
}
