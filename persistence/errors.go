package persistence

import (
	"errors"
	"fmt"
)

// Code is a stable, machine-readable error code. Callers (the API layer, the
// CLI, the cluster's fencing logic) branch on codes, never on message text, so
// a code is never renamed once released.
type Code string

// The one table of journal error codes.
const (
	// CodeConflict: the stream's last sequence is not the one the caller
	// expected. Nothing was written. In cluster mode this is how the loser of
	// two activations of one actor learns to stop.
	CodeConflict Code = "JOURNAL_CONFLICT"
	// CodeBadStream: the stream name is empty, too long or uses characters
	// outside the allowed set.
	CodeBadStream Code = "JOURNAL_BAD_STREAM"
	// CodeBadRequest: an append, read, index or snapshot request is malformed
	// (no events, bad type, record too large, bad index name, ...).
	CodeBadRequest Code = "JOURNAL_BAD_REQUEST"
	// CodeCorruptRecord: a stored record cannot be decoded (truncated, bad
	// version, lengths out of range, key and value disagree).
	CodeCorruptRecord Code = "JOURNAL_CORRUPT_RECORD"
	// CodeHashMismatch: a record decodes but its hash or its link to the
	// previous record is wrong: the stream was altered.
	CodeHashMismatch Code = "JOURNAL_HASH_MISMATCH"
	// CodeSeqGap: a stream's sequences are not 1, 2, 3, ... without holes.
	CodeSeqGap Code = "JOURNAL_SEQ_GAP"
	// CodeCorruptIndex: a secondary index entry cannot be decoded or points at
	// a record that does not exist or has another hash.
	CodeCorruptIndex Code = "JOURNAL_CORRUPT_INDEX"
	// CodeCorruptSnapshot: a snapshot cannot be decoded, fails its checksum or
	// points at a record that does not exist or has another hash.
	CodeCorruptSnapshot Code = "JOURNAL_CORRUPT_SNAPSHOT"
	// CodeUnknownKey: the store holds a key outside the documented layout.
	CodeUnknownKey Code = "JOURNAL_UNKNOWN_KEY"
	// CodeBadFormat: the store was written by an unknown format version.
	CodeBadFormat Code = "JOURNAL_BAD_FORMAT"
	// CodeWriteFailed: the storage engine failed to write or sync an append.
	// The append is not acknowledged; the journal refuses further work until
	// it is reopened, because the engine's state after a failed sync is
	// unknown.
	CodeWriteFailed Code = "JOURNAL_WRITE_FAILED"
	// CodeFailed: an earlier write failed; reopen the journal.
	CodeFailed Code = "JOURNAL_FAILED"
	// CodeClosed: the journal is closed.
	CodeClosed Code = "JOURNAL_CLOSED"
	// CodeNotFound: the requested record or snapshot does not exist.
	CodeNotFound Code = "JOURNAL_NOT_FOUND"
	// CodeIO: a read from the storage engine failed.
	CodeIO Code = "JOURNAL_IO"
)

// Error is the journal's coded error. Key, Stream and Seq are set when the
// error concerns one stored key or record. For a conflict, Seq is the
// stream's actual last sequence, so the caller can tell how far behind it is.
type Error struct {
	Code   Code
	Stream string
	Seq    uint64
	Key    string // human form of the key, e.g. j/transfer/abc/3
	Msg    string
	Err    error // underlying cause, if any
}

func (e *Error) Error() string {
	s := string(e.Code) + ": " + e.Msg
	if e.Key != "" {
		s += " (key " + e.Key + ")"
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrConflict) and friends match on the code alone.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Msg == "" && t.Err == nil && t.Key == "" && t.Code == e.Code
}

// Sentinels for errors.Is.
var (
	ErrConflict        = &Error{Code: CodeConflict}
	ErrBadStream       = &Error{Code: CodeBadStream}
	ErrBadRequest      = &Error{Code: CodeBadRequest}
	ErrCorruptRecord   = &Error{Code: CodeCorruptRecord}
	ErrHashMismatch    = &Error{Code: CodeHashMismatch}
	ErrCorruptIndex    = &Error{Code: CodeCorruptIndex}
	ErrCorruptSnapshot = &Error{Code: CodeCorruptSnapshot}
	ErrBadFormat       = &Error{Code: CodeBadFormat}
	ErrWriteFailed     = &Error{Code: CodeWriteFailed}
	ErrFailed          = &Error{Code: CodeFailed}
	ErrClosed          = &Error{Code: CodeClosed}
	ErrNotFound        = &Error{Code: CodeNotFound}
	ErrSeqGap          = &Error{Code: CodeSeqGap}
	ErrUnknownKey      = &Error{Code: CodeUnknownKey}
	ErrIO              = &Error{Code: CodeIO}
)

// CodeOf returns the journal code carried by err, or "" if it has none.
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Msg: fmt.Sprintf(format, args...)}
}
