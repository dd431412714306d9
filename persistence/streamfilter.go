package persistence

import (
	"hash/maphash"
	"math"
	"math/bits"
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

// The filter is blocked: a stream's k bits all fall in one 512-bit block (a
// cache line), chosen by its hash, so a check or an add touches one line
// where a classic Bloom filter touches k of them, each likely a cache miss
// in a filter of a megabyte or more. At 10 bits per stream the price is a
// false-positive rate of about 1% (0.94% estimated by fpRate, 1.0% measured
// at capacity by the test) instead of 0.8%.
const (
	filterBlockWords = 8 // 512 bits
	filterProbes     = 7
)

func newStreamFilter(capacity int) *streamFilter {
	// 10 bits per entry.
	nblocks := max(2, (capacity*10+511)/512)
	return &streamFilter{bits: make([]uint64, nblocks*filterBlockWords), k: filterProbes, seed: maphash.MakeSeed()}
}

// probes returns the stream's block and 63 bits that pick its k bits in it.
func (f *streamFilter) probes(stream string) ([]uint64, uint64) {
	h := maphash.String(f.seed, stream)
	// The block comes from the high bits of h (multiply-shift onto the
	// number of blocks, no division); the bit positions from a remix of h,
	// nine bits each.
	blk, _ := bits.Mul64(h, uint64(len(f.bits)/filterBlockWords))
	g := (h ^ h>>29) * 0xbf58476d1ce4e5b9
	g ^= g >> 32
	i := blk * filterBlockWords
	return f.bits[i : i+filterBlockWords : i+filterBlockWords], g
}

func (f *streamFilter) add(stream string) {
	blk, g := f.probes(stream)
	for i := uint32(0); i < f.k; i++ {
		b := g >> (9 * i) & 511
		if w := &blk[b/64]; atomic.LoadUint64(w)&(1<<(b%64)) == 0 {
			atomic.OrUint64(w, 1<<(b%64))
		}
	}
}

// mayContain is false only if stream was never added.
func (f *streamFilter) mayContain(stream string) bool {
	blk, g := f.probes(stream)
	for i := uint32(0); i < f.k; i++ {
		b := g >> (9 * i) & 511
		if atomic.LoadUint64(&blk[b/64])&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}

// fpRate estimates the false-positive rate after n additions (for docs and
// tests): the rate of a Bloom filter of one block, averaged over the
// Poisson-distributed number of streams in a block.
func (f *streamFilter) fpRate(n int) float64 {
	nblocks := float64(len(f.bits) / filterBlockWords)
	lambda := float64(n) / nblocks
	k := float64(f.k)
	rate, p := 0.0, math.Exp(-lambda) // p: probability of i streams in a block
	for i := 0; i < int(4*lambda)+64; i++ {
		if i > 0 {
			p *= lambda / float64(i)
		}
		rate += p * math.Pow(1-math.Pow(1-1.0/512, k*float64(i)), k)
	}
	return rate
}
