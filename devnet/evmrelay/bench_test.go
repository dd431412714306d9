package evmrelay

import (
	"context"
	"testing"
	"time"

	"github.com/straitnet/strait/relayers/evm"
)

// TestRunBenchSmall runs the relay benchmark on a few hops so that the
// command stays working; the figures themselves are recorded from
// `strait bench relay` in bench/RESULTS.md.
func TestRunBenchSmall(t *testing.T) {
	res, err := RunBench(context.Background(), BenchOptions{Hops: 4, Concurrency: 4, BlockPeriod: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{evm.KindLockMint, evm.KindLiquidity} {
		k := res.ByKind[kind]
		if k == nil || k.Failed != 0 || k.Hops != 4 || k.DeliveryGas == 0 || k.SourceGas == 0 || k.HopsPerSecond <= 0 {
			t.Fatalf("%s: %+v", kind, k)
		}
	}
	if res.ByKind[evm.KindLiquidity].SettleGas == 0 {
		t.Fatal("no settlement measured")
	}
}
