package persistence

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
)

// Marks are small named counters kept beside the records, in the same
// store: a process that replicates into this journal from elsewhere (the
// cluster's journal follower) records how far it got, so that after a
// restart it continues from there instead of from the beginning. A mark
// lives and dies with the records it describes: a store that lost its
// records lost its marks too.

// prefixMark is the key space of marks, under the meta prefix.
const prefixMark = prefixMeta + "mark/"

// maxMarkName bounds a mark's name.
const maxMarkName = 200

func markKey(name string) []byte { return append([]byte(prefixMark), name...) }

func validateMark(name string) error {
	if name == "" || len(name) > maxMarkName {
		return errorf(CodeBadRequest, "mark name must be 1..%d bytes", maxMarkName)
	}
	return nil
}

// SetMark sets mark name to v. The write is not synced on its own: it is
// ordered after every write before it, so a crash keeps a mark only with
// what it counts.
func (j *PebbleJournal) SetMark(ctx context.Context, name string, v uint64) error {
	if err := validateMark(name); err != nil {
		return err
	}
	if j.opts.ReadOnly {
		return errorf(CodeBadRequest, "journal is open read-only")
	}
	if err := j.begin(ctx); err != nil {
		return err
	}
	defer j.end()
	if err := j.db.Set(markKey(name), binary.BigEndian.AppendUint64(nil, v), pebble.NoSync); err != nil {
		return &Error{Code: CodeWriteFailed, Key: prefixMark + name, Msg: "write mark", Err: err}
	}
	return nil
}

// Mark returns mark name (false: never set).
func (j *PebbleJournal) Mark(ctx context.Context, name string) (uint64, bool, error) {
	if err := validateMark(name); err != nil {
		return 0, false, err
	}
	if err := j.begin(ctx); err != nil {
		return 0, false, err
	}
	defer j.end()
	v, closer, err := j.db.Get(markKey(name))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, &Error{Code: CodeIO, Key: prefixMark + name, Msg: "read mark", Err: err}
	}
	defer closer.Close()
	n, err := decodeMark(name, v)
	return n, err == nil, err
}

func decodeMark(name string, v []byte) (uint64, error) {
	if len(v) != 8 {
		return 0, errorf(CodeCorruptRecord, "mark %s: %d bytes, want 8", name, len(v))
	}
	return binary.BigEndian.Uint64(v), nil
}

// checkMark is Verify's check of a mark key and value ("" when sound).
func checkMark(k, v []byte) string {
	name := string(k[len(prefixMark):])
	if validateMark(name) != nil {
		return "malformed mark key"
	}
	if _, err := decodeMark(name, v); err != nil {
		return fmt.Sprint(err)
	}
	return ""
}
