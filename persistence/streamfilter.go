package persistence

import (
	"hash/maphash"
	"math"
	"sync/atomic"
)

// streamFilter is a Bloom filter over the names of every stream in the
// store. It lets the first append of a new stream skip the point read that
// proves the stream is empty (a Pebble Get costs ~15µs once the memtable and
// level 0 are busy, more than the rest of an append). It is filled by a scan
// at open and by every stream this journal creates, so it has no false
// negatives as long as all writes go through the journal; a false positive
// only costs that read. Past its capacity the false-positive rate rises but
// answers stay correct.
//
// The bits are set and read with atomic operations rather than under a lock:
// every new stream adds itself, and a lock shared by every appender would
// make them queue on one cache line. A bit once set stays set, so a reader
// that sees it unset has run before the add that sets it, and its stream
// was not yet in the store when the reader started (appends to one stream
// are serialized by the stream's lock, which orders them).
type streamFilter struct {
	bits []uint64
	k    uint32
	seed maphash.Seed
}

func newStreamFilter(capacity int) *streamFilter {
	// 10 bits per entry and 7 probes: about 1% false positives at capacity.
	nbits := max(1024, capacity*10)
	return &streamFilter{bits: make([]uint64, (nbits+63)/64), k: 7, seed: maphash.MakeSeed()}
}

func (f *streamFilter) probes(stream string) (h1, h2 uint64) {
	h := maphash.String(f.seed, stream)
	return h, (h >> 33) | (h << 31) | 1
}

func (f *streamFilter) add(stream string) {
	h1, h2 := f.probes(stream)
	n := uint64(len(f.bits) * 64)
	for i := uint32(0); i < f.k; i++ {
		b := (h1 + uint64(i)*h2) % n
		if w := &f.bits[b/64]; atomic.LoadUint64(w)&(1<<(b%64)) == 0 {
			atomic.OrUint64(w, 1<<(b%64))
		}
	}
}

// mayContain is false only if stream was never added.
func (f *streamFilter) mayContain(stream string) bool {
	h1, h2 := f.probes(stream)
	n := uint64(len(f.bits) * 64)
	for i := uint32(0); i < f.k; i++ {
		b := (h1 + uint64(i)*h2) % n
		if atomic.LoadUint64(&f.bits[b/64])&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// fpRate estimates the false-positive rate after n additions (for docs and
// tests).
func (f *streamFilter) fpRate(n int) float64 {
	m := float64(len(f.bits) * 64)
	return math.Pow(1-math.Exp(-float64(f.k)*float64(n)/m), float64(f.k))
}
