package bridge

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"sync/atomic"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/routing"
)

// fakeChain answers paused(), available(token) and the head like a chain
// whose state the test sets.
type fakeChain struct {
	paused atomic.Bool
	down   atomic.Bool
	avail  atomic.Int64
	height atomic.Uint64
}

func (f *fakeChain) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	if f.down.Load() {
		return nil, errors.New("connection refused")
	}
	out := make([]byte, 32)
	switch string(msg.Data[:4]) {
	case string(pausedIn[:4]):
		if f.paused.Load() {
			out[31] = 1
		}
	case string(poolABI.PackAvailable(common.Address{})[:4]):
		big.NewInt(f.avail.Load()).FillBytes(out)
	default:
		return nil, errors.New("unexpected call")
	}
	return out, nil
}

func (f *fakeChain) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	if f.down.Load() {
		return nil, errors.New("connection refused")
	}
	return &types.Header{Number: new(big.Int).SetUint64(f.height.Add(1)), Time: uint64(time.Now().Unix())}, nil
}

func eventually(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within 5 s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestActorsPublishLiveFigures runs the actors over fake chains: pause
// and liquidity reads reach the store, outcomes reach the learned
// estimate, and the chain actor reports health.
func TestActorsPublishLiveFigures(t *testing.T) {
	snap := testSnapshot(t)
	store := routing.NewStore(snap)
	a, b := &fakeChain{}, &fakeChain{}
	b.avail.Store(700_000_000)
	sys, err := Start(Options{Store: store, Poll: 10 * time.Millisecond, Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
		Bridges: []Instance{
			{ID: "lm:a->b", Contracts: []Contract{{Chain: "a", Client: a}, {Chain: "b", Client: b}}},
			{ID: "liq:a->b", Contracts: []Contract{{Chain: "a", Client: a}, {Chain: "b", Client: b}}, Pool: &Pool{Chain: "b", Client: b}},
		},
		Chains: []ChainSpec{{Name: "a", Client: a, BlockTime: 10 * time.Millisecond},
			{Name: "cosmos", BlockTime: 10 * time.Millisecond, Head: func(context.Context) (uint64, time.Time, error) {
				return b.height.Add(1), time.Time{}, nil
			}}}})
	if err != nil {
		t.Fatal(err)
	}
	defer sys.Stop()
	status := func(id string) routing.Status { return edge(t, store.Load(), id).Status }
	eventually(t, "pool liquidity published", func() bool {
		return edge(t, store.Load(), "liq:a->b#USDC").Fee.Curve.Available.Uint64() == 700_000_000
	})
	b.paused.Store(true)
	eventually(t, "pause published", func() bool {
		return status("lm:a->b#USDC") == routing.StatusPaused && status("lm:a->b#USDC2") == routing.StatusPaused && status("liq:a->b#USDC") == routing.StatusPaused
	})
	b.paused.Store(false)
	eventually(t, "unpause published", func() bool { return status("lm:a->b#USDC") == routing.StatusOpen })
	eventually(t, "chain health", func() bool { h, height, ok := sys.ChainHealth("a"); return ok && h == HealthOK && height > 0 })
	eventually(t, "chain health from a head function", func() bool {
		h, height, ok := sys.ChainHealth("cosmos")
		return ok && h == HealthOK && height > 0
	})

	for _, took := range []time.Duration{time.Second, 2 * time.Second, 3 * time.Second} {
		sys.Outcome("lm:a->b#USDC2", true, took)
	}
	sys.Outcome("no-such-edge", false, 0) // ignored
	eventually(t, "outcomes published", func() bool {
		e := edge(t, store.Load(), "lm:a->b#USDC")
		return e.Latency.P50 == 2 && e.Learned.Alpha > 200.9
	})
	if st, ok := sys.Bridge("lm:a->b"); !ok || st.Successes != 3 {
		t.Fatalf("bridge state %+v", st)
	}

	a.down.Store(true)
	eventually(t, "failed reads degrade", func() bool {
		h, _, _ := sys.ChainHealth("a")
		return status("lm:a->b#USDC") == routing.StatusDegraded && h == HealthDown
	})
}

func TestOptionsRejectUnknownBridges(t *testing.T) {
	store := routing.NewStore(testSnapshot(t))
	if _, err := Start(Options{Store: store, Bridges: []Instance{{ID: "nope"}}}); err == nil {
		t.Fatal("a bridge with no edge was accepted")
	}
	if _, err := Start(Options{Store: store, Bridges: []Instance{{ID: "lm:a->b"}, {ID: "lm:a->b"}}}); err == nil {
		t.Fatal("a bridge declared twice was accepted")
	}
}
