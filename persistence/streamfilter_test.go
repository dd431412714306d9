package persistence

import (
	"fmt"
	"testing"
)

func TestStreamFilterNoFalseNegatives(t *testing.T) {
	f := newStreamFilter(1000)
	for i := 0; i < 5000; i++ { // five times over capacity
		f.add(fmt.Sprintf("transfer/%d", i))
	}
	for i := 0; i < 5000; i++ {
		if !f.mayContain(fmt.Sprintf("transfer/%d", i)) {
			t.Fatalf("false negative for transfer/%d", i)
		}
	}
	g := newStreamFilter(10000)
	for i := 0; i < 10000; i++ {
		g.add(fmt.Sprintf("transfer/%d", i))
	}
	fp := 0
	for i := 0; i < 10000; i++ {
		if g.mayContain(fmt.Sprintf("other/%d", i)) {
			fp++
		}
	}
	if est := g.fpRate(10000); est < 0.005 || est > 0.02 || fp > 300 { // ~1% expected at capacity
		t.Fatalf("%d false positives in 10000 at capacity (estimate %.4f)", fp, est)
	} else {
		t.Logf("%d false positives in 10000 at capacity (estimate %.4f)", fp, est)
	}
}
