package e2ebench

import (
	"math/rand/v2"
	"slices"
)

// round is one round's two slices: how many requests each phase answered
// and in how long.
type round struct {
	echoN, quoteN     int
	echoSec, quoteSec float64
}

// pooledRatio is the quote rate over the echo rate of rounds taken
// together (what Result.RatioToFloor is for a whole run), and false when
// either phase has no time or the echo no requests.
func pooledRatio(rounds []round) (float64, bool) {
	var en, qn int
	var es, qs float64
	for _, r := range rounds {
		en, qn, es, qs = en+r.echoN, qn+r.quoteN, es+r.echoSec, qs+r.quoteSec
	}
	if en == 0 || es <= 0 || qs <= 0 {
		return 0, false
	}
	return (float64(qn) / qs) / (float64(en) / es), true
}

// ciResamples is how many bootstrap resamples ratioInterval draws.
const ciResamples = 2000

// ratioInterval is a 95 % bootstrap interval of the pooled ratio: the
// rounds are drawn with replacement (a round keeps its two slices
// together: they ran side by side, under the same host), the pooled
// ratio of each draw is taken, and the 2.5th and 97.5th percentiles of
// those are the interval. A run's ratio moves with its host from round to
// round (other tenants, frequency); the interval says how far the run's
// own rounds let the ratio be pinned down. It needs three rounds at least
// (false otherwise). The seed makes it repeatable.
func ratioInterval(rounds []round, seed uint64) (lo, hi float64, ok bool) {
	if len(rounds) < 3 {
		return 0, 0, false
	}
	if _, ok := pooledRatio(rounds); !ok {
		return 0, 0, false
	}
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	draw := make([]round, len(rounds))
	ratios := make([]float64, 0, ciResamples)
	for range ciResamples {
		for i := range draw {
			draw[i] = rounds[rng.IntN(len(rounds))]
		}
		if r, ok := pooledRatio(draw); ok {
			ratios = append(ratios, r)
		}
	}
	if len(ratios) == 0 {
		return 0, 0, false
	}
	slices.Sort(ratios)
	at := func(q float64) float64 { return ratios[min(len(ratios)-1, int(q*float64(len(ratios))))] }
	return at(0.025), at(0.975), true
}
