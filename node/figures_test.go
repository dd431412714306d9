package node

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/guardians"
	"github.com/straitnet/strait/routing"
)

// TestPausedBridgeLeavesQuotesAndReturns: one Governance signer pauses the
// liquidity pool on chain B (emergencyPause, no timelock); within seconds
// the bridge actors read paused() and quotes from A to B stop using it;
// Governance unpauses it (M of N and the timelock) and it comes back.
// catalog.bridges reports the pause and the pools' liquidity, and
// catalog.chains the chain actors' heads.
func TestPausedBridgeLeavesQuotesAndReturns(t *testing.T) {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev, err := StartEVMDevnetWith(context.Background(), DevnetOptions{EVM: evmnet.Options{BlockPeriod: 100 * time.Millisecond},
		FiguresPoll: 200 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer ev.Close()
	// As a node that merges the devnet with other chains does: the actors
	// move to the store the node serves.
	if err := ev.UseStore(routing.NewStore(ev.Snapshot)); err != nil {
		t.Fatal(err)
	}
	c, _ := devnetNode(t, ev, Config{Logger: quiet, Health: ev.Live})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d := ev.Devnet
	a, b := d.Targets[0], d.Targets[1]
	ab := evmnet.ProtocolLiquidity + ":" + a.Name() + "->" + b.Name()
	user := d.Options.Demo[1]
	req := api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "100000000", Owner: user.Address.Hex(), Recipient: user.Address.Hex()}

	usesAB := func() (bool, error) {
		q, err := c.Quote(ctx, req)
		var ae *api.Error
		if errors.As(err, &ae) && ae.Code == api.CodeNoRoute {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		for _, r := range q.Routes {
			for _, h := range r.Hops {
				if h.Bridge == ab {
					return true, nil
				}
			}
		}
		return false, nil
	}
	waitFor := func(what string, want bool) time.Duration {
		t.Helper()
		start := time.Now()
		for {
			got, err := usesAB()
			if err != nil {
				t.Fatal(err)
			}
			if got == want {
				return time.Since(start)
			}
			if time.Since(start) > 5*time.Second {
				t.Fatalf("%s: quotes still %v using %s after 5 s", what, got, ab)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	catalog := func() map[string]api.Bridge {
		t.Helper()
		br, err := c.Bridges(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]api.Bridge{}
		for _, x := range br.Bridges {
			out[x.ID] = x
		}
		return out
	}
	waitFor("before the pause", true)
	edgeAB := ab + "#USDC>USDC"
	if x, ok := catalog()[edgeAB]; !ok || x.Status != "open" || x.LiquidityUSD <= 0 || x.Success <= 0 {
		t.Fatalf("catalog entry %s before the pause: %+v", edgeAB, x)
	}
	chains, err := c.Chains(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, ch := range chains.Chains {
		if ch.Health != "ok" || ch.Head == "" || ch.Head == "0" {
			t.Fatalf("catalog chain %+v", ch)
		}
	}

	// One signer pauses B's pool at once.
	pool := d.Deployments[b.Name()].Liquidity
	s, err := evmnet.NewSender(ctx, d.Chains[1], d.Options.Governance.Signers[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, "emergency pause", d.Deployments[b.Name()].Governance, bindings.NewGovernance().PackEmergencyPause(pool)); err != nil {
		t.Fatal(err)
	}
	took := waitFor("after the pause", false)
	t.Logf("quotes left the paused bridge %s after %s", ab, took)
	if x := catalog()[edgeAB]; x.Status != "paused" {
		t.Fatalf("catalog entry %s after the pause: %+v", edgeAB, x)
	}
	// Every bridge in or out of B's pool is paused (each actor reads on its
	// own: allow them a few polls), and nothing else.
	for start := time.Now(); ; time.Sleep(50 * time.Millisecond) {
		wrong := ""
		for id, x := range catalog() {
			touchesB := strings.HasPrefix(id, evmnet.ProtocolLiquidity+":") && strings.Contains(id, b.Name())
			if touchesB != (x.Status == "paused") {
				wrong = id + " is " + x.Status
			}
		}
		if wrong == "" {
			break
		}
		if time.Since(start) > 5*time.Second {
			t.Fatalf("with B's pool paused, catalog entry %s", wrong)
		}
	}

	// Governance unpauses it (M of N, then the timelock).
	if err := guardians.Governed(ctx, d, 1, pool, bindings.NewLiquidityPool().PackUnpause()); err != nil {
		t.Fatal(err)
	}
	took = waitFor("after the unpause", true)
	t.Logf("quotes used %s again %s after the unpause", ab, took)
	if x := catalog()[edgeAB]; x.Status != "open" {
		t.Fatalf("catalog entry %s after the unpause: %+v", edgeAB, x)
	}
}
