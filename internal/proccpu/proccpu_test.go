//go:build unix

package proccpu

import (
	"testing"
	"time"
)

func TestUsedGrowsWithWork(t *testing.T) {
	before := Used()
	x := 1.0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		for i := 0; i < 1000; i++ {
			x = x*1.0000001 + 1e-9
		}
	}
	if got := Used() - before; got < 10*time.Millisecond {
		t.Fatalf("%v of CPU over 50 ms of work (x=%v)", got, x)
	}
}
