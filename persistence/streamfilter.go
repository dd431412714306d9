package persistence

import (
	"hash/maphash"
	"math"
	"sync"
)

// streamFilter is a Bloom filter over the names of every stream in the
// store. It lets the first append of a new stream skip the point read that
// proves the stream is empty (a Pebble Get costs ~15µs once the memtable and
// level 0 are busy, more than the rest of an append). It is filled by a scan
// at open and by every stream this journal creates, so it has no false
// negatives as long as all writes go through the journal; a false positive
// only costs that read. Past its capacity the false-positive rate rises but
// answers stay correct.
type streamFilter struct {
	mu   sync.RWMutex
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
	f.mu.Lock()
	for i := uint32(0); i < f.k; i++ {
		b := (h1 + uint64(i)*h2) % n
		f.bits[b/64] |= 1 << (b % 64)
	}
	f.mu.Unlock()
}

// mayContain is false only if stream was never added.
func (f *streamFilter) mayContain(stream string) bool {
	h1, h2 := f.probes(stream)
	n := uint64(len(f.bits) * 64)
	f.mu.RLock()
	defer f.mu.RUnlock()
	for i := uint32(0); i < f.k; i++ {
		b := (h1 + uint64(i)*h2) % n
		if f.bits[b/64]&(1<<(b%64)) == 0 {
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
