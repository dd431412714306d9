package node

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/persistence"
)

// startRerouteNet is a node on four EVM chains (a, b, c, d) with a
// one-second governance delay, so that a test can cut one bridge between
// two chains through governance (the liquidity pools' peers) while the
// others stay open. The guardian bridge is left out: USDC moves on the
// liquidity pools only.
func startRerouteNet(t *testing.T) *refundNet {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	chains := append(evmnet.DefaultChains(), evmnet.ChainSpec{Name: "devnet-evm-d", ChainID: 31004, Token: "TKD"})
	ev, err := StartEVMDevnetWith(context.Background(), DevnetOptions{Guardians: -1, EVM: evmnet.Options{Chains: chains, BlockPeriod: 100 * time.Millisecond,
		Fees: evmnet.LiquidityFees{BaseBps: 5, SlopeBps: 100, RefundGrace: 3 * time.Second}, Governance: evmnet.Governance{Delay: time.Second}}}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ev.Close() })
	n := &refundNet{ev: ev, dir: t.TempDir()}
	n.run(t)
	t.Cleanup(func() { n.stop() })
	return n
}

// cutPool has governance (propose, confirm, wait out the delay, execute)
// remove chain `on`'s liquidity pool's peer on chain `to`: from then on the
// pool refuses deposits for `to`, and only that one bridge is closed.
func (n *refundNet) cutPool(t *testing.T, ctx context.Context, on, to *evmnet.Chain) {
	t.Helper()
	d := n.ev.Devnet
	dep := d.Deployments[on.Name()]
	gov := bindings.NewGovernance()
	g := d.Options.Governance
	senders := make([]*evmnet.Sender, g.Threshold)
	for i := range senders {
		s, err := evmnet.NewSender(ctx, on, g.Signers[i])
		if err != nil {
			t.Fatal(err)
		}
		senders[i] = s
	}
	data := bindings.NewLiquidityPool().PackSetPeer(new(big.Int).SetUint64(to.ChainID()), common.Address{})
	if err := senders[0].Exec(ctx, "propose cut", dep.Governance, gov.PackPropose(dep.Liquidity, big.NewInt(0), data)); err != nil {
		t.Fatal(err)
	}
	out, err := evmnet.Call(ctx, on.Client(), dep.Governance, gov.PackProposalCount())
	if err != nil {
		t.Fatal(err)
	}
	id, err := gov.UnpackProposalCount(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range senders[1:] {
		if err := s.Exec(ctx, "confirm cut", dep.Governance, gov.PackConfirm(id)); err != nil {
			t.Fatal(err)
		}
	}
	for {
		err := senders[0].Exec(ctx, "execute cut", dep.Governance, gov.PackExecute(id))
		if err == nil {
			return
		}
		rd := evmnet.RevertData(err)
		if len(rd) < 4 || [4]byte(rd[:4]) != [4]byte(bindings.GovernanceTooEarlyErrorID().Bytes()[:4]) {
			t.Fatalf("execute cut: %v", err)
		}
		select { // the delay is measured in block time: wait for the next block
		case <-ctx.Done():
			t.Fatal("the cut never became executable")
		case <-time.After(d.Options.BlockPeriod):
		}
	}
}

// TestRerouteAlongACommittedAlternative: a two-hop route USDC a -> x -> c
// (the direct pool denied; x is b or d, whichever the router picks) whose
// second hop's bridge is cut on x after the quote: the wallet's start on a
// goes through, and x's gateway cannot forward. The route committed an
// alternative from USDC@x (x -> y -> c over the other intermediate chain),
// so the gateway parks the funds, the transfer takes the alternative with
// its proof, and the recipient is paid on c. The same with the node
// stopped right after it journaled the reroute: the restarted node takes
// the alternative (or finds it taken) and completes, once. Without the
// alternative's first bridge either, the parked funds are refunded on x.
func TestRerouteAlongACommittedAlternative(t *testing.T) {
	for _, tc := range []struct {
		name     string
		cutAlt   bool // also cut the alternative's first hop
		restart  bool // stop the node once Rerouted is journaled
		clientID string
	}{
		{"reroutes", false, false, "reroute-e2e"},
		{"reroutes across a restart", false, true, "reroute-e2e-restart"},
		{"no usable alternative refunds", true, false, "reroute-e2e-refund"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := startRerouteNet(t)
			d := n.ev.Devnet
			a, c := d.Chains[0], d.Chains[2]
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			user := d.Options.Demo[0]
			recipient := evmnet.DevKey("reroute-e2e-recipient").Address
			q, err := n.c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + c.Name(), Amount: "200000000",
				Owner: user.Address.Hex(), Recipient: recipient.Hex(),
				Constraints: &api.Constraints{DenyBridges: []string{"strait-liquidity:" + a.Name() + "->" + c.Name()}}})
			if err != nil {
				t.Fatal(err)
			}
			hops := q.Routes[0].Hops
			if len(hops) != 2 || q.SourceTx == nil {
				t.Fatalf("route %+v: want two hops and a source transaction", hops)
			}
			x := d.Chain(strings.TrimPrefix(hops[0].To, "USDC@"))
			if x == nil || x == c {
				t.Fatalf("route %+v does not pass an intermediate chain", hops)
			}
			var y *evmnet.Chain
			for _, ch := range d.Chains {
				if ch != a && ch != c && ch != x {
					y = ch
				}
			}
			if q.Routes[0].Alternatives != 1 {
				t.Fatalf("quote commits %d alternatives, want 1 (%s -> %s -> %s)", q.Routes[0].Alternatives, x.Name(), y.Name(), c.Name())
			}
			// The route is committed: cut its second hop (and, in the
			// refund case, the alternative's first) on x.
			n.cutPool(t, ctx, x, c)
			if tc.cutAlt {
				n.cutPool(t, ctx, x, y)
			}
			xUSDC, cUSDC := d.Deployments[x.Name()].Tokens["USDC"], d.Deployments[c.Name()].Tokens["USDC"]
			onX := balanceOf(t, x.Client(), xUSDC, user.Address)
			cl := a.Client()
			nonce, err := cl.PendingNonceAt(ctx, user.Address)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := n.c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: tc.clientID,
				SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
				SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
			if err != nil {
				t.Fatal(err)
			}
			if tc.restart {
				if evs := n.followUntil(t, ctx, tr.ID, "Rerouted"); evs[len(evs)-1].Type != "Rerouted" {
					t.Fatalf("no reroute:%s", describe(evs))
				}
				n.stop()
				n.run(t)
			}
			evs := n.follow(t, ctx, tr.ID)
			last := evs[len(evs)-1]
			var parked *api.StatusEvent
			for i := range evs {
				if evs[i].Type == "HopFailed" && parked == nil {
					parked = &evs[i]
				}
			}
			if f := parked; f == nil || f.Hop == nil || *f.Hop != 1 || !strings.Contains(f.Message, "parked") {
				t.Fatalf("the second hop should fail with the funds parked on %s:%s", x.Name(), describe(evs))
			}
			got, err := n.c.Get(ctx, tr.ID)
			if err != nil {
				t.Fatal(err)
			}
			// Nothing stays parked on x, whatever the outcome.
			id := evmsource.TransferID(q.QuoteID)
			out, err := evmnet.Call(ctx, x.Client(), d.Deployments[x.Name()].Gateway, bindings.NewGateway().PackParked(id))
			if err != nil {
				t.Fatal(err)
			}
			if p, err := bindings.NewGateway().UnpackParked(out); err != nil || p.Amount.Sign() != 0 {
				t.Fatalf("still parked on %s: %+v %v", x.Name(), p, err)
			}
			if !tc.cutAlt {
				if last.Status != api.StatusDone || last.Substatus != api.SubCompleted {
					t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
				}
				rr := lastOf(evs, "Rerouted")
				if rr == nil || !strings.Contains(rr.Message, "committed alternative") {
					t.Fatalf("no reroute:%s", describe(evs))
				}
				if got.Reroutes != 1 {
					t.Fatalf("transfer.get says %d reroutes", got.Reroutes)
				}
				// The parked funds left x once (also across the restart).
				logs, err := x.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{d.Deployments[x.Name()].Gateway},
					Topics: [][]common.Hash{{bindings.NewGateway().GetABI().Events["TransferRerouted"].ID}, {id}}})
				if err != nil || len(logs) != 1 {
					t.Fatalf("%d TransferRerouted on %s: %v", len(logs), x.Name(), err)
				}
				paid := balanceOf(t, c.Client(), cUSDC, recipient)
				minOut, _ := new(big.Int).SetString(q.Routes[0].MinOut, 10)
				if paid.Cmp(minOut) < 0 || got.AmountOut != paid.String() {
					t.Fatalf("recipient holds %v on %s (transfer says %s), the quote's minimum is %v:%s", paid, c.Name(), got.AmountOut, minOut, describe(evs))
				}
				// The journal has the reroute, durably, between the
				// parked hop and the alternative's hops.
				n.stop()
				j, err := persistence.Open(persistence.JournalDir(n.dir), persistence.Options{})
				if err != nil {
					t.Fatal(err)
				}
				defer j.Close()
				recs, err := j.Read(ctx, actors.StreamPrefix+tr.ID, 1, 0)
				if err != nil {
					t.Fatal(err)
				}
				var types []string
				for _, r := range recs {
					types = append(types, r.Type)
					if r.Type == "Rerouted" {
						var ev struct {
							Route []struct {
								From string `json:"from"`
								To   string `json:"to"`
							} `json:"route"`
						}
						if err := json.Unmarshal(r.Payload, &ev); err != nil || len(ev.Route) != 2 || ev.Route[0].From != "USDC@"+x.Name() || ev.Route[0].To != "USDC@"+y.Name() {
							t.Fatalf("journaled reroute %s: %v", r.Payload, err)
						}
					}
				}
				if s := strings.Join(types, ","); !strings.Contains(s, "HopFailed,Rerouted,HopStarted,HopDelivered,HopStarted,HopDelivered,Completed") {
					t.Fatalf("journal: %s", s)
				}
				t.Logf("rerouted in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
				return
			}
			if last.Status != api.StatusDone || last.Substatus != api.SubRefunded {
				t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
			}
			// The alternative was tried (its bridge refused on x), then no
			// other was usable.
			if f := lastOf(evs, "HopFailed"); lastOf(evs, "Rerouted") == nil || f == nil || !strings.Contains(f.Message, "reroute on "+x.Name()) {
				t.Fatalf("the alternative should be tried and refused:%s", describe(evs))
			}
			gain := new(big.Int).Sub(balanceOf(t, x.Client(), xUSDC, user.Address), onX)
			if gain.Sign() <= 0 || got.Refund == nil || got.Refund.Asset != "USDC@"+x.Name() || got.Refund.Amount != gain.String() {
				t.Fatalf("user gained %v USDC on %s; transfer.get's refund %+v:%s", gain, x.Name(), got.Refund, describe(evs))
			}
			refundedOnChain(t, x.Client(), lastOf(evs, "Refunded"), xUSDC, user.Address, gain)
			if bal := balanceOf(t, c.Client(), cUSDC, recipient); bal.Sign() != 0 {
				t.Fatalf("recipient got %v although the transfer was refunded", bal)
			}
			t.Logf("refunded in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
		})
	}
}
