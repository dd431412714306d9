package persistence

import (
	"crypto/sha256"
	"encoding/binary"
	"time"
)

// Index entry value, version 1: 0x01, uint64 seq, [32]byte hash of that
// record. Binding the hash lets Verify prove the entry points at the record
// it was written with.
const indexValueLen = 1 + 8 + 32

func encodeIndexValue(seq uint64, h Hash) []byte {
	return appendIndexValue(make([]byte, 0, indexValueLen), seq, h)
}

func appendIndexValue(v []byte, seq uint64, h Hash) []byte {
	v = append(v, 0x01)
	v = binary.BigEndian.AppendUint64(v, seq)
	return append(v, h[:]...)
}

// DecodeIndexValue decodes an index entry value; key is for errors.
func DecodeIndexValue(key string, v []byte) (seq uint64, h Hash, err error) {
	if len(v) != indexValueLen || v[0] != 0x01 {
		e := errorf(CodeCorruptIndex, "bad index value (%d bytes)", len(v))
		e.Key = key
		return 0, Hash{}, e
	}
	seq = binary.BigEndian.Uint64(v[1:9])
	if seq == 0 {
		e := errorf(CodeCorruptIndex, "index value names sequence 0")
		e.Key = key
		return 0, Hash{}, e
	}
	copy(h[:], v[9:])
	return seq, h, nil
}

// Snapshot value, version 1 (big-endian):
//
//	0x01, uint64 seq, [32]byte record hash, int64 time (Unix ns),
//	uvarint len, state, [32]byte SHA-256 of everything before it.
//
// The trailing checksum catches a damaged state blob, which the hash chain
// cannot (a snapshot is derived data, not part of the chain).
const maxSnapshotState = 64 << 20

func encodeSnapshot(s Snapshot) []byte {
	v := make([]byte, 0, 1+8+32+8+binary.MaxVarintLen64+len(s.State)+32)
	v = append(v, 0x01)
	v = binary.BigEndian.AppendUint64(v, s.Seq)
	v = append(v, s.RecordHash[:]...)
	v = binary.BigEndian.AppendUint64(v, uint64(s.Time.UnixNano()))
	v = binary.AppendUvarint(v, uint64(len(s.State)))
	v = append(v, s.State...)
	sum := sha256.Sum256(v)
	return append(v, sum[:]...)
}

// DecodeSnapshot decodes a snapshot value; key is for errors. The result does
// not alias v.
func DecodeSnapshot(key string, v []byte) (Snapshot, error) {
	corrupt := func(why string) (Snapshot, error) {
		e := errorf(CodeCorruptSnapshot, "%s", why)
		e.Key = key
		return Snapshot{}, e
	}
	if len(v) < 1+8+32+8+1+32 {
		return corrupt("truncated")
	}
	if v[0] != 0x01 {
		return corrupt("unknown snapshot version")
	}
	body, sum := v[:len(v)-32], v[len(v)-32:]
	if got := sha256.Sum256(body); string(got[:]) != string(sum) {
		return corrupt("checksum mismatch")
	}
	var s Snapshot
	d := decoder{b: body[1:]}
	s.Seq, _ = d.u64()
	copy(s.RecordHash[:], d.b[:32])
	d.b = d.b[32:]
	nanos, _ := d.u64()
	state, ok := d.bytes(maxSnapshotState)
	if !ok || len(d.b) != 0 {
		return corrupt("bad state field")
	}
	if s.Seq == 0 {
		return corrupt("snapshot of sequence 0")
	}
	s.Time = time.Unix(0, int64(nanos)).UTC()
	s.State = append([]byte(nil), state...)
	return s, nil
}
