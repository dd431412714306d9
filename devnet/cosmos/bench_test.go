package cosmos_test

import (
	"context"
	"testing"
	"time"

	"github.com/straitnet/strait/devnet/cosmos"
)

// TestBenchSmall runs the benchmark's in-process half on a few packets: the
// figures it prints come from this code path.
func TestBenchSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	res, err := cosmos.RunBench(ctx, cosmos.BenchOptions{Packets: 12, Samples: 2})
	if err != nil {
		t.Fatal(err)
	}
	r := res.InProcess
	if r == nil || r.Packets != 12 || r.Failed != 0 || r.PacketsPerS <= 0 || r.SendToAckP50S <= 0 || res.RPC != nil {
		t.Fatalf("result %+v", r)
	}
}
