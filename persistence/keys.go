package persistence

import (
	"encoding/binary"
	"fmt"
	"path/filepath"
	"strconv"
)

// Key layout (one Pebble keyspace):
//
//	j/{stream}\x00{seq}             journal record; seq is a big-endian uint64
//	s/{stream}                      latest snapshot of the stream
//	x/{index}\x00{value}\x00{stream} secondary index entry
//	m/format                        on-disk format marker
//
// Stream names never contain 0x00 (see ValidateStream), so the 0x00 after the
// stream ends it unambiguously: the records of "a" sort before those of "a/b"
// and a range scan over [j/a\x00, j/a\x01) sees only stream "a". The sequence
// is fixed-width big-endian so keys sort in sequence order. In errors and
// reports keys are shown in the human form j/{stream}/{seq}.
const (
	prefixRecord   = "j/"
	prefixSnapshot = "s/"
	prefixIndex    = "x/"
	prefixMeta     = "m/"
	keyFormat      = "m/format"
	sep            = 0x00
)

// formatV1 is the value of m/format for this layout and record version 1.
const formatV1 = "strait-journal/1"

func recordKey(stream string, seq uint64) []byte {
	k := make([]byte, 0, len(prefixRecord)+len(stream)+1+8)
	k = append(k, prefixRecord...)
	k = append(k, stream...)
	k = append(k, sep)
	return binary.BigEndian.AppendUint64(k, seq)
}

// streamBounds returns [lower, upper) covering every record key of stream.
func streamBounds(stream string) (lower, upper []byte) {
	lower = make([]byte, 0, len(prefixRecord)+len(stream)+1)
	lower = append(lower, prefixRecord...)
	lower = append(lower, stream...)
	upper = append(append([]byte(nil), lower...), sep+1)
	lower = append(lower, sep)
	return lower, upper
}

// parseRecordKey splits a j/ key. ok is false for a malformed key.
func parseRecordKey(k []byte) (stream string, seq uint64, ok bool) {
	if len(k) < len(prefixRecord)+1+1+8 || string(k[:len(prefixRecord)]) != prefixRecord {
		return "", 0, false
	}
	if k[len(k)-9] != sep {
		return "", 0, false
	}
	stream = string(k[len(prefixRecord) : len(k)-9])
	if ValidateStream(stream) != nil {
		return "", 0, false
	}
	return stream, binary.BigEndian.Uint64(k[len(k)-8:]), true
}

// RecordKeyString is the human form of a record key.
func RecordKeyString(stream string, seq uint64) string {
	return prefixRecord + stream + "/" + strconv.FormatUint(seq, 10)
}

func snapshotKey(stream string) []byte { return []byte(prefixSnapshot + stream) }

func indexPrefix(name, value string) []byte {
	k := make([]byte, 0, len(prefixIndex)+len(name)+len(value)+2)
	k = append(k, prefixIndex...)
	k = append(k, name...)
	k = append(k, sep)
	k = append(k, value...)
	return append(k, sep)
}

func indexKey(name, value, stream string) []byte {
	return append(indexPrefix(name, value), stream...)
}

func appendIndexKey(k []byte, name, value, stream string) []byte {
	k = append(k, prefixIndex...)
	k = append(k, name...)
	k = append(k, sep)
	k = append(k, value...)
	k = append(k, sep)
	return append(k, stream...)
}

// parseIndexKey splits an x/ key.
func parseIndexKey(k []byte) (name, value, stream string, ok bool) {
	if len(k) < len(prefixIndex) || string(k[:len(prefixIndex)]) != prefixIndex {
		return "", "", "", false
	}
	rest := k[len(prefixIndex):]
	var parts [3][]byte
	n := 0
	start := 0
	for i, c := range rest {
		if c == sep {
			if n == 2 {
				return "", "", "", false
			}
			parts[n] = rest[start:i]
			n++
			start = i + 1
		}
	}
	if n != 2 {
		return "", "", "", false
	}
	parts[2] = rest[start:]
	name, value, stream = string(parts[0]), string(parts[1]), string(parts[2])
	if validateIndex(Index{Name: name, Value: value}) != nil || ValidateStream(stream) != nil {
		return "", "", "", false
	}
	return name, value, stream, true
}

func indexKeyString(name, value, stream string) string {
	return fmt.Sprintf("x/%s/%q/%s", name, value, stream)
}

// ValidateStream checks a stream name: 1..MaxStreamLen bytes of
// [A-Za-z0-9._:@-] in segments separated by single '/', e.g. transfer/abc.
func ValidateStream(s string) error {
	bad := func(why string) error {
		e := errorf(CodeBadStream, "stream %q: %s", truncate(s, 80), why)
		e.Stream = s
		return e
	}
	if s == "" {
		return bad("empty")
	}
	if len(s) > MaxStreamLen {
		return bad(fmt.Sprintf("longer than %d bytes", MaxStreamLen))
	}
	if s[0] == '/' || s[len(s)-1] == '/' {
		return bad("leading or trailing '/'")
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !streamNameByte[c] {
			if c != '/' {
				return bad(fmt.Sprintf("byte %#x at %d not allowed", c, i))
			}
			if s[i-1] == '/' { // i > 0: s does not start with '/'
				return bad("empty segment")
			}
		}
	}
	return nil
}

// streamNameByte is true for the bytes a segment of a stream name may hold:
// one table lookup per byte (every append validates its stream).
var streamNameByte = func() (t [256]bool) {
	for c := 0; c < 256; c++ {
		t[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
			c == '.' || c == '_' || c == ':' || c == '@' || c == '-'
	}
	return t
}()

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}

// RecordKey is the stored key of record seq of stream. Tools and tests use
// it to reach a record in the engine directly.
func RecordKey(stream string, seq uint64) []byte { return recordKey(stream, seq) }

// JournalDir is where the journal lives inside a Strait data directory.
func JournalDir(dataDir string) string { return filepath.Join(dataDir, "journal") }
