package e2ebench

import (
	"math"
	"testing"
)

func TestHistogramQuantiles(t *testing.T) {
	h := hist{buckets: []float64{0, 1, 2, 3, math.Inf(1)}, counts: []uint64{1, 1, 97, 1}}
	for _, c := range []struct{ q, want float64 }{{0, 1}, {0.01, 1}, {0.02, 2}, {0.5, 3}, {0.99, 3}, {1, 3}} {
		if got := h.quantile(c.q); got != c.want {
			t.Errorf("quantile(%v) = %v, want %v", c.q, got, c.want)
		}
	}
	if got := (hist{buckets: []float64{0, 1}, counts: []uint64{0}}).quantile(0.99); got != 0 {
		t.Errorf("empty histogram: %v", got)
	}
}
