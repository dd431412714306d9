package actors

import (
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

func TestRouterDeciderReroutesFromTheAssetHeld(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	d := RouterDecider(routing.NewStore(snap))
	now := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	st := transfer.State{ID: "t", From: "USDC@ethereum", To: "USDC@osmosis", Held: "USDC@noble", HeldAmt: "250000000", MinOut: "240000000",
		Deadline: now.Add(2 * time.Hour), Preset: "recommended", HopIndex: 1,
		Route:         []transfer.Hop{{Edge: "x", Bridge: "cctp:ethereum->noble:standard:v1-legacy", From: "USDC@ethereum", To: "USDC@noble"}, {Edge: "ibc-transfer:noble->osmosis#USDC>USDC", Bridge: "ibc-transfer:noble->osmosis", From: "USDC@noble", To: "USDC@osmosis"}},
		FailedBridges: []string{"ibc-transfer:noble->osmosis"}}
	r := d(&st, now)
	if r.Action != "reroute" || len(r.Route) == 0 || r.Route[0].From != "USDC@noble" || r.Route[len(r.Route)-1].To != "USDC@osmosis" {
		t.Fatalf("decision %+v", r)
	}
	for _, h := range r.Route {
		if h.Bridge == "ibc-transfer:noble->osmosis" {
			t.Fatal("rerouted over the bridge that failed")
		}
	}
	// Past the deadline the transfer expires.
	if r := d(&st, now.Add(3*time.Hour)); r.Action != "expire" {
		t.Fatalf("after the deadline: %+v", r)
	}
	// A minimum no route can meet: wait for the current route, or refund.
	st.MinOut = "250000000"
	if r := d(&st, now); r.Action != "wait" && r.Action != "refund" {
		t.Fatalf("unmeetable minimum: %+v", r)
	}
}
