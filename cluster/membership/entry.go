package membership

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/straitnet/strait/internal/strictjson"
)

// Code is a stable, machine-readable membership error code.
type Code string

// CodeBadEntry: a membership entry read from the bucket is malformed. The
// entry is ignored (the member it claims to be is not added); nothing else
// changes.
const CodeBadEntry Code = "MEMBERSHIP_BAD_ENTRY"

// Error is a coded membership error.
type Error struct {
	Code Code
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	s := string(e.Code) + ": " + e.Msg
	if e.Key != "" {
		s += " (key " + e.Key + ")"
	}
	return s
}

// Entry is what a member publishes under its key: who it is and how to
// reach it. Version lets a later format coexist with this one.
type Entry struct {
	Version int      `json:"v"`
	Cluster string   `json:"cluster"`
	ID      string   `json:"id"`
	Host    string   `json:"host"`
	Port    int      `json:"port"`
	Kinds   []string `json:"kinds"`
}

const entryVersion = 1

// Limits of an entry; the bucket is writable by every node, so a value is
// outside input.
const (
	maxEntryBytes = 16 << 10
	maxKinds      = 64
	maxNameLen    = 128
)

// Key is the bucket key of member id of cluster: "<cluster>.<id>".
func Key(cluster, id string) string { return cluster + "." + id }

// validName: a cluster name, member id or kind, usable as a KV key token.
func validName(s string) error {
	if s == "" || len(s) > maxNameLen {
		return fmt.Errorf("must be 1..%d bytes", maxNameLen)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return fmt.Errorf("byte %#x at %d not allowed ([A-Za-z0-9_-])", c, i)
		}
	}
	return nil
}

// DecodeEntry decodes and checks the value stored under key. Anything but a
// well-formed entry of the key's own cluster and member is refused with a
// CodeBadEntry error.
func DecodeEntry(key string, value []byte) (Entry, error) {
	bad := func(format string, args ...any) (Entry, error) {
		return Entry{}, &Error{Code: CodeBadEntry, Key: trunc(key, 200), Msg: fmt.Sprintf(format, args...)}
	}
	if len(value) > maxEntryBytes {
		return bad("entry of %d bytes, at most %d", len(value), maxEntryBytes)
	}
	var e Entry
	if err := strictjson.Decode(value, 0, &e); err != nil {
		return bad("not an entry: %v", err)
	}
	if e.Version != entryVersion {
		return bad("version %d, this build reads %d", e.Version, entryVersion)
	}
	if err := validName(e.Cluster); err != nil {
		return bad("cluster name: %v", err)
	}
	if err := validName(e.ID); err != nil {
		return bad("member id: %v", err)
	}
	if key != Key(e.Cluster, e.ID) {
		return bad("entry for %s stored under another key", Key(e.Cluster, e.ID))
	}
	if e.Host == "" || len(e.Host) > 253 || strings.ContainsAny(e.Host, " \t\r\n/") {
		return bad("host %q is not a host name or address", trunc(e.Host, 64))
	}
	if e.Port < 1 || e.Port > 65535 {
		return bad("port %d not in 1..65535", e.Port)
	}
	if len(e.Kinds) > maxKinds {
		return bad("%d kinds, at most %d", len(e.Kinds), maxKinds)
	}
	for _, k := range e.Kinds {
		if err := validName(k); err != nil {
			return bad("kind %q: %v", trunc(k, 64), err)
		}
	}
	return e, nil
}

// encode is the stored form of e.
func (e Entry) encode() ([]byte, error) {
	e.Version = entryVersion
	if _, err := DecodeEntry(Key(e.Cluster, e.ID), mustJSON(e)); err != nil {
		var me *Error
		if errors.As(err, &me) {
			return nil, fmt.Errorf("membership entry for this node: %s", me.Msg)
		}
		return nil, err
	}
	return mustJSON(e), nil
}

func mustJSON(e Entry) []byte {
	b, err := json.Marshal(e)
	if err != nil {
		panic(err) // plain struct of strings and ints
	}
	return b
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
