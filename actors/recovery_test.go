package actors

import (
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
