package persistence

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"slices"
	"time"
)

// Hash is a SHA-256 digest.
type Hash [32]byte

func (h Hash) String() string { return hex.EncodeToString(h[:]) }

// Genesis is the prev_hash of the first record of every stream:
// SHA-256("strait/journal/genesis/v1"), that is
// 0f9f5e8311d73d1d392a2b0cb742bb436b3459deb67ef0010a716a70af6eaa04. It is fixed forever; a new
// record format gets a new version byte, not a new genesis.
var Genesis = Hash(sha256.Sum256([]byte("strait/journal/genesis/v1")))

// Event is what a caller appends: a type and an opaque payload. The journal
// assigns the sequence, the time and the hashes.
type Event struct {
	Type    string
	Payload []byte
}

// Record is one stored journal entry.
type Record struct {
	Stream   string
	Seq      uint64 // 1, 2, 3, ... within the stream
	Time     time.Time
	Type     string
	Payload  []byte
	PrevHash Hash // Genesis for Seq 1, else the Hash of Seq-1
	Hash     Hash // SHA-256(PrevHash || canonical body)
}

// Record encoding, version 1 (all integers big-endian):
//
//	body:  0x01                     version
//	       uvarint len, bytes       stream
//	       uint64                   seq
//	       int64                    time, Unix nanoseconds (UTC)
//	       uvarint len, bytes       type
//	       uvarint len, bytes       payload
//	then:  [32]byte                 prev_hash
//	       [32]byte                 hash = SHA-256(prev_hash || body)
//
// The body is the canonical encoding that the hash covers; it includes the
// stream so a record cannot be moved to another stream unnoticed. Lengths
// are bounded (see the limits below) so a corrupt length never makes the
// decoder allocate or read beyond the value.
const (
	recordVersion1 = 0x01

	// MaxStreamLen bounds a stream name.
	MaxStreamLen = 256
	// MaxTypeLen bounds an event type.
	MaxTypeLen = 128
	// MaxPayloadLimit is the hard upper bound on a payload that the decoder
	// accepts; Options.MaxPayloadBytes may only lower it.
	MaxPayloadLimit = 16 << 20
)

// bodyLen is the size of the canonical body of r.
func bodyLen(r *Record) int {
	return 1 + uvarintLen(uint64(len(r.Stream))) + len(r.Stream) + 8 + 8 +
		uvarintLen(uint64(len(r.Type))) + len(r.Type) +
		uvarintLen(uint64(len(r.Payload))) + len(r.Payload)
}

func uvarintLen(x uint64) int {
	n := 1
	for x >= 0x80 {
		x >>= 7
		n++
	}
	return n
}

// appendBody appends the canonical body of r to dst.
func appendBody(dst []byte, r *Record) []byte {
	dst = append(dst, recordVersion1)
	dst = binary.AppendUvarint(dst, uint64(len(r.Stream)))
	dst = append(dst, r.Stream...)
	dst = binary.BigEndian.AppendUint64(dst, r.Seq)
	dst = binary.BigEndian.AppendUint64(dst, uint64(r.Time.UnixNano()))
	dst = binary.AppendUvarint(dst, uint64(len(r.Type)))
	dst = append(dst, r.Type...)
	dst = binary.AppendUvarint(dst, uint64(len(r.Payload)))
	dst = append(dst, r.Payload...)
	return dst
}

// SealRecord sets r.Hash from r.PrevHash and the other fields and returns the
// stored encoding of r.
func SealRecord(r *Record) []byte {
	buf, v0, h := appendHashed(make([]byte, 0, 32+bodyLen(r)+64), r)
	r.Hash = h
	return buf[v0:]
}

// appendHashed appends r.PrevHash and then the stored encoding of r (body,
// prev_hash, hash) to dst, encoding the body once: the hash input,
// prev_hash || body, is the bytes just appended, hashed in place. It returns
// dst, the offset in it where the stored encoding starts, and the hash,
// computed from r's fields and r.PrevHash (r.Hash is not read).
func appendHashed(dst []byte, r *Record) ([]byte, int, Hash) {
	dst = slices.Grow(dst, 32+bodyLen(r)+64)
	start := len(dst)
	dst = append(dst, r.PrevHash[:]...)
	v0 := len(dst)
	dst = appendBody(dst, r)
	h := Hash(sha256.Sum256(dst[start:]))
	dst = append(dst, r.PrevHash[:]...)
	dst = append(dst, h[:]...)
	return dst, v0, h
}

// RecordHash recomputes the hash of r from its fields and r.PrevHash. Anyone
// holding the records can check a chain with it.
func RecordHash(r *Record) Hash {
	// prev_hash || body in one buffer, hashed with one SHA-256 call.
	var stack [512]byte
	buf := append(stack[:0], r.PrevHash[:]...)
	buf = appendBody(buf, r)
	return sha256.Sum256(buf)
}

func hashBody(prev Hash, body []byte) Hash {
	h := sha256.New()
	h.Write(prev[:])
	h.Write(body)
	var out Hash
	h.Sum(out[:0])
	return out
}

// DecodeRecord decodes a stored record value. key is the human form of the
// key it was read from, used only in errors. It checks the structure, not the
// hash: see CheckRecordHash. The returned record does not alias value.
func DecodeRecord(key string, value []byte) (Record, error) {
	var r Record
	corrupt := func(format string, args ...any) (Record, error) {
		e := errorf(CodeCorruptRecord, format, args...)
		e.Key = key
		return Record{}, e
	}
	if len(value) < 1 {
		return corrupt("empty value")
	}
	if value[0] != recordVersion1 {
		return corrupt("unknown record version %d", value[0])
	}
	if len(value) < 1+64 {
		return corrupt("truncated: %d bytes", len(value))
	}
	body := value[:len(value)-64]
	d := decoder{b: body[1:]}
	stream, ok := d.bytes(MaxStreamLen)
	if !ok {
		return corrupt("bad stream field")
	}
	seq, ok := d.u64()
	if !ok {
		return corrupt("truncated sequence")
	}
	nanos, ok := d.u64()
	if !ok {
		return corrupt("truncated time")
	}
	typ, ok := d.bytes(MaxTypeLen)
	if !ok {
		return corrupt("bad type field")
	}
	payload, ok := d.bytes(MaxPayloadLimit)
	if !ok {
		return corrupt("bad payload field")
	}
	if len(d.b) != 0 {
		return corrupt("%d unexpected bytes after payload", len(d.b))
	}
	if seq == 0 {
		return corrupt("sequence 0")
	}
	r.Stream = string(stream)
	r.Seq = seq
	r.Time = time.Unix(0, int64(nanos)).UTC()
	r.Type = string(typ)
	r.Payload = append([]byte(nil), payload...)
	copy(r.PrevHash[:], value[len(value)-64:])
	copy(r.Hash[:], value[len(value)-32:])
	return r, nil
}

// checkValueHash reports whether a decodable value's stored hash matches
// its content.
func checkValueHash(value []byte) bool {
	body := value[:len(value)-64]
	var prev, stored Hash
	copy(prev[:], value[len(value)-64:])
	copy(stored[:], value[len(value)-32:])
	return hashBody(prev, body) == stored
}

type decoder struct{ b []byte }

func (d *decoder) u64() (uint64, bool) {
	if len(d.b) < 8 {
		return 0, false
	}
	v := binary.BigEndian.Uint64(d.b)
	d.b = d.b[8:]
	return v, true
}

func (d *decoder) bytes(max int) ([]byte, bool) {
	n, k := binary.Uvarint(d.b)
	if k <= 0 || n > uint64(max) || n > uint64(len(d.b)-k) {
		return nil, false
	}
	// Reject non-minimal varints: the encoding is canonical, so exactly one
	// byte string decodes to a given record.
	if k != uvarintLen(n) {
		return nil, false
	}
	v := d.b[k : k+int(n)]
	d.b = d.b[k+int(n):]
	return v, true
}
