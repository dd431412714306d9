package actors

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// TestRouterDeciderNeverReroutesACommittedRoute: the router finds another
// way from the asset held, but the funds are in contracts that follow the
// route committed at the source, so the decider retries the same hop while
// that fits before the deadline and refunds otherwise.
func TestRouterDeciderNeverReroutesACommittedRoute(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	d := RouterDecider(store)
	now := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	st := transfer.State{ID: "t", From: "USDC@ethereum", To: "USDC@osmosis", Held: "USDC@noble", HeldAmt: "250000000", MinOut: "240000000",
		Deadline: now.Add(2 * time.Hour), Preset: "recommended", HopIndex: 1,
		Route:         []transfer.Hop{{Edge: "x", Bridge: "cctp:ethereum->noble:standard:v1-legacy", From: "USDC@ethereum", To: "USDC@noble"}, {Edge: "ibc-transfer:noble->osmosis#USDC>USDC", Bridge: "ibc-transfer:noble->osmosis", From: "USDC@noble", To: "USDC@osmosis"}},
		FailedBridges: []string{"ibc-transfer:noble->osmosis"}}
	// The router alone would reroute from the asset held...
	amt, _ := routing.ParseAmount(st.HeldAmt, "amount")
	minOut, _ := routing.ParseAmount(st.MinOut, "min_out")
	in := routing.RecoveryInput{Held: st.Held, Amount: amt, To: st.To, MinOut: minOut,
		Now: float64(now.Unix()), Deadline: float64(st.Deadline.Unix()), FailedEdges: st.FailedBridges, Remaining: []string{st.Route[1].Edge}}
	if r := snap.DecideRecovery(in); r.Action != routing.ActionReroute {
		t.Fatalf("the router itself should find another route here: %+v", r)
	}
	// ...the decider waits to retry the same hop instead.
	r := d(&st, now)
	if r.Action != "wait" || len(r.Route) != 0 || !r.RetryAt.After(now) || !r.RetryAt.Before(st.Deadline) || !strings.Contains(r.Reason, "committed") {
		t.Fatalf("decision %+v", r)
	}
	// The failed hop's bridge still looks usable: the first retry comes
	// soon; a second one waits the router's backoff.
	if got := r.RetryAt.Sub(now); got != QuickRetry {
		t.Fatalf("first retry of a usable bridge after %s, want %s", got, QuickRetry)
	}
	st.Waits = 1
	if r := d(&st, now); r.Action != "wait" || r.RetryAt.Sub(now) != 600*time.Second {
		t.Fatalf("second attempt: %+v", r)
	}
	// A paused bridge gets the full backoff from the first retry.
	paused := routing.StatusPaused
	if _, err := store.Update([]routing.EdgeUpdate{{Edge: st.Route[1].Edge, Status: &paused}}); err != nil {
		t.Fatal(err)
	}
	st.Waits = 0
	if r := d(&st, now); r.Action != "wait" || r.RetryAt.Sub(now) != 300*time.Second {
		t.Fatalf("first retry of a paused bridge: %+v", r)
	}
	open := routing.StatusOpen
	if _, err := store.Update([]routing.EdgeUpdate{{Edge: st.Route[1].Edge, Status: &open}}); err != nil {
		t.Fatal(err)
	}
	// Retries double their wait; when the next one would miss the deadline,
	// or the attempts are spent, it refunds.
	st.Waits = 2
	if r := d(&st, now); r.Action != "wait" || r.RetryAt.Sub(now) != 1200*time.Second {
		t.Fatalf("third attempt: %+v", r)
	}
	st.Waits = 3
	if r := d(&st, now); r.Action != "refund" {
		t.Fatalf("attempts spent: %+v", r)
	}
	st.Waits = 0
	if r := d(&st, st.Deadline.Add(-2*time.Minute)); r.Action != "refund" {
		t.Fatalf("no time to retry: %+v", r)
	}
	// Past the deadline the transfer expires.
	if r := d(&st, now.Add(3*time.Hour)); r.Action != "expire" {
		t.Fatalf("after the deadline: %+v", r)
	}
	// A minimum no route can meet: the router's own wait-or-refund stands.
	st.MinOut = "250000000"
	if r := d(&st, now); r.Action != "wait" && r.Action != "refund" {
		t.Fatalf("unmeetable minimum: %+v", r)
	}
	// Never a reroute, whatever the state.
	for _, held := range []string{"USDC@ethereum", "USDC@noble", "USDC@osmosis"} {
		for waits := 0; waits < 5; waits++ {
			st := st
			st.Held, st.Waits, st.MinOut = held, waits, "1"
			for _, at := range []time.Duration{0, time.Hour, 3 * time.Hour} {
				if r := d(&st, now.Add(at)); r.Action == "reroute" || len(r.Route) != 0 {
					t.Fatalf("held %s waits %d at +%v: %+v", held, waits, at, r)
				}
			}
		}
	}
}

// TestRouterDeciderTakesACommittedAlternativeForParkedFunds: funds parked
// in the asset held go on along the first committed alternative from that
// asset that can still run; never along a route the wallet did not commit,
// and without a usable one they are refunded.
func TestRouterDeciderTakesACommittedAlternativeForParkedFunds(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	d := RouterDecider(routing.NewStore(snap))
	now := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	failed := "ibc-transfer:noble->osmosis"
	// A real way on from the asset held that avoids the failed bridge.
	amt, _ := routing.ParseAmount("250000000", "amount")
	ans, err := snap.Route(routing.Request{From: "USDC@noble", To: "USDC@osmosis", Amount: amt, Constraints: routing.Constraints{DenyBridges: []string{failed}}})
	if err != nil {
		t.Fatal(err)
	}
	var good []transfer.Hop
	for _, h := range ans.Routes[0].Hops {
		good = append(good, transfer.Hop{Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To})
	}
	viaFailed := []transfer.Hop{{Edge: "ibc-transfer:noble->osmosis#USDC>USDC", Bridge: failed, From: "USDC@noble", To: "USDC@osmosis"}}
	unknown := []transfer.Hop{{Edge: "no-such-edge", Bridge: "nowhere", From: "USDC@noble", To: "USDC@osmosis"}}
	st := transfer.State{ID: "t", From: "USDC@ethereum", To: "USDC@osmosis", Held: "USDC@noble", HeldAmt: "250000000", MinOut: "240000000",
		Deadline: now.Add(2 * time.Hour), HopIndex: 1, Parked: true,
		Route:         []transfer.Hop{{Edge: "x", Bridge: "cctp:ethereum->noble:standard:v1-legacy", From: "USDC@ethereum", To: "USDC@noble"}, viaFailed[0]},
		FailedBridges: []string{failed},
		Alternatives: []transfer.Alternative{
			{From: "USDC@ethereum", Route: good, Call: "0xa0"}, // from another asset: not for funds held on noble
			{From: "USDC@noble", Route: viaFailed, Call: "0xa1"},
			{From: "USDC@noble", Route: unknown, Call: "0xa2"},
			{From: "USDC@noble", Route: good, Call: "0xa3"},
		}}
	r := d(&st, now)
	if r.Action != "reroute" || !reflect.DeepEqual(r.Route, good) || !strings.Contains(r.Reason, "alternative 3") {
		t.Fatalf("decision %+v, want alternative 3 (%v)", r, good)
	}
	// The machine accepts it: it is committed from the asset held.
	st.Status, st.Substatus, st.InFlight, st.Attempt = "PENDING", "HOP_IN_FLIGHT", true, 1
	evs, _, err := transfer.Step(st, transfer.Input{Kind: transfer.InHopResult, Hop: 1, Attempt: 1, Parked: true, Reason: "parked"}, now, d)
	if err != nil || len(evs) < 2 || evs[1].Type != transfer.EvRerouted {
		t.Fatalf("machine: %v %+v", err, evs)
	}
	st.InFlight = false
	// Without a usable alternative (only ones that failed or are unknown,
	// or whose p90 misses the deadline), the parked funds are refunded.
	st.Alternatives = st.Alternatives[:3]
	if r := d(&st, now); r.Action != "refund" || !strings.Contains(r.Reason, failed+" failed") || !strings.Contains(r.Reason, "no longer known") {
		t.Fatalf("no usable alternative: %+v", r)
	}
	st.Alternatives = []transfer.Alternative{{From: "USDC@noble", Route: good}}
	if r := d(&st, st.Deadline.Add(-time.Second)); r.Action != "refund" || !strings.Contains(r.Reason, "misses the deadline") {
		t.Fatalf("too late for the alternative: %+v", r)
	}
	if r := d(&st, st.Deadline.Add(time.Second)); r.Action != "expire" {
		t.Fatalf("after the deadline: %+v", r)
	}
	st.Alternatives = nil
	if r := d(&st, now); r.Action != "refund" || !strings.Contains(r.Reason, "no alternative was committed") {
		t.Fatalf("no alternatives: %+v", r)
	}
	// Funds that are not parked never take an alternative: the hop retries.
	st.Parked, st.Alternatives = false, []transfer.Alternative{{From: "USDC@noble", Route: good}}
	if r := d(&st, now); r.Action != "wait" {
		t.Fatalf("not parked: %+v", r)
	}
}
