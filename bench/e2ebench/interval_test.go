package e2ebench

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// Rounds that all ran alike pin the ratio down exactly.
func TestRatioIntervalOfIdenticalRounds(t *testing.T) {
	rounds := slices.Repeat([]round{{echoN: 20_000, echoSec: 0.5, quoteN: 9_800, quoteSec: 0.5}}, 10)
	lo, hi, ok := ratioInterval(rounds, 1)
	if !ok || lo != 0.49 || hi != 0.49 {
		t.Fatalf("interval %v-%v (%v), want 0.49-0.49", lo, hi, ok)
	}
}

// Too few rounds, or no echo, give no interval.
func TestRatioIntervalNeedsThreeRoundsAndAnEcho(t *testing.T) {
	r := round{echoN: 100, echoSec: 1, quoteN: 50, quoteSec: 1}
	for _, rounds := range [][]round{nil, {r}, {r, r}, {{quoteN: 5, quoteSec: 1}, {quoteN: 5, quoteSec: 1}, {quoteN: 5, quoteSec: 1}}} {
		if lo, hi, ok := ratioInterval(rounds, 1); ok {
			t.Fatalf("%d rounds %+v gave %v-%v", len(rounds), rounds, lo, hi)
		}
	}
}

// Against every resample of three rounds (3^3 of them, equally likely):
// the interval lies within their range and holds their median, the same
// seed gives the same interval, and more spread between rounds gives a
// wider one.
func TestRatioIntervalAgainstEveryResample(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 200; trial++ {
		var rounds []round
		for range 3 {
			rounds = append(rounds, round{echoN: 1 + rng.IntN(40_000), echoSec: 0.3 + rng.Float64(), quoteN: rng.IntN(20_000), quoteSec: 0.3 + rng.Float64()})
		}
		var all []float64
		for a := range 3 {
			for b := range 3 {
				for c := range 3 {
					r, ok := pooledRatio([]round{rounds[a], rounds[b], rounds[c]})
					if !ok {
						t.Fatal("a resample had no ratio")
					}
					all = append(all, r)
				}
			}
		}
		slices.Sort(all)
		lo, hi, ok := ratioInterval(rounds, uint64(trial))
		if !ok || lo > hi || lo < all[0] || hi > all[len(all)-1] {
			t.Fatalf("rounds %+v: interval %v-%v (%v), resamples range %v-%v", rounds, lo, hi, ok, all[0], all[len(all)-1])
		}
		if med := all[len(all)/2]; med < lo || med > hi {
			t.Fatalf("rounds %+v: interval %v-%v misses the resamples' median %v", rounds, lo, hi, med)
		}
		if lo2, hi2, _ := ratioInterval(rounds, uint64(trial)); lo2 != lo || hi2 != hi {
			t.Fatal("the same seed gave another interval")
		}
	}
	narrow, wide := make([]round, 10), make([]round, 10)
	for i := range narrow {
		d := float64(i%5) - 2
		narrow[i] = round{echoN: 20_000, echoSec: 0.5, quoteN: 10_000 + int(100*d), quoteSec: 0.5}
		wide[i] = round{echoN: 20_000, echoSec: 0.5, quoteN: 10_000 + int(1000*d), quoteSec: 0.5}
	}
	nlo, nhi, _ := ratioInterval(narrow, 1)
	wlo, whi, _ := ratioInterval(wide, 1)
	if !(whi-wlo > 5*(nhi-nlo)) || math.Abs((nlo+nhi)/2-0.5) > 0.01 {
		t.Fatalf("narrow %v-%v, wide %v-%v", nlo, nhi, wlo, whi)
	}
}
