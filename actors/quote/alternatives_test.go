package quote

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// altBuilder commits every alternative it is given, as the EVM builder
// does for routes it can encode.
type altBuilder struct{ seen []Alt }

func (b *altBuilder) Build(q *Quote, r *routing.Route) (*api.UnsignedTx, string, error) {
	b.seen = q.AltRoutes
	for _, a := range q.AltRoutes {
		var hops []transfer.Hop
		for _, h := range a.Route.Hops {
			hops = append(hops, transfer.Hop{Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To})
		}
		q.Alternatives = append(q.Alternatives, transfer.Alternative{From: a.Route.Hops[0].From, Route: hops, Call: "0x"})
	}
	return &api.UnsignedTx{Chain: "ethereum", ChainID: "1", From: "0xabc", To: "0xdef", Data: "0x", Value: "0"},
		"0x" + "00000000000000000000000000000000000000000000000000000000000000ab", nil
}

// TestQuoteCommitsAlternativesWithinItsBounds: for each intermediate asset
// of the chosen route, the alternatives start there, reach the destination
// without the next hop's bridge, expect at least the quote's min_out, keep
// the request's constraints, and never start a hop on a bridge the route
// already used from that chain; the reply counts them.
func TestQuoteCommitsAlternativesWithinItsBounds(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	chainOf := func(asset string) string {
		i, _ := snap.AssetIndex(asset)
		return snap.Assets[i].Chain
	}
	b := &altBuilder{}
	now := time.Date(2026, 11, 24, 1, 0, 0, 0, time.UTC)
	s, err := New(Options{Store: routing.NewStore(snap), Now: func() time.Time { return now }, Builder: b})
	if err != nil {
		t.Fatal(err)
	}
	slippage := 300
	req := api.QuoteRequest{From: "USDC@aptos", To: "axlUSDC@axelar", Amount: "250000000", Owner: "0xabc", Recipient: "axelar1x",
		Constraints: &api.Constraints{SlippageBps: &slippage}}
	reply, e := s.Quote(req)
	if e != nil {
		t.Fatal(e)
	}
	chosen := reply.Routes[0]
	if len(chosen.Hops) < 2 {
		t.Fatalf("want a multi-hop route, got %+v", chosen.Hops)
	}
	if len(b.seen) == 0 || reply.Routes[0].Alternatives != len(b.seen) {
		t.Fatalf("%d alternatives found, the reply says %d", len(b.seen), reply.Routes[0].Alternatives)
	}
	body, _ := json.Marshal(reply)
	if e := api.Validate(api.SchemaQuoteReply, body); e != nil {
		t.Fatalf("reply breaks its schema: %v\n%s", e, body)
	}
	minOut, err := routing.ParseAmount(chosen.MinOut, "min_out")
	if err != nil {
		t.Fatal(err)
	}
	per := map[int]int{}
	for _, a := range b.seen {
		per[a.Hop]++
		hs := a.Route.Hops
		if a.Hop < 1 || a.Hop >= len(chosen.Hops) || hs[0].From != chosen.Hops[a.Hop-1].To || hs[len(hs)-1].To != req.To {
			t.Fatalf("alternative for hop %d runs %s", a.Hop, a.Route.Path())
		}
		if a.Route.AmountOut.Lt(&minOut) {
			t.Fatalf("alternative %s expects %s, under the quote's min_out %s", a.Route.Path(), a.Route.AmountOut.Dec(), chosen.MinOut)
		}
		used, left := map[string]bool{}, map[string]bool{}
		for _, h := range chosen.Hops[:a.Hop] {
			used[chainOf(h.From)+"|"+h.Protocol] = true
			left[chainOf(h.From)] = true
		}
		for k, h := range hs {
			if k > 0 && left[chainOf(h.From)] {
				t.Fatalf("alternative %s passes %s, which the route left before", a.Route.Path(), chainOf(h.From))
			}
			if h.Bridge == chosen.Hops[a.Hop].Bridge {
				t.Fatalf("alternative %s uses the bridge it replaces", a.Route.Path())
			}
			if used[chainOf(h.From)+"|"+h.Protocol] {
				t.Fatalf("alternative %s reuses %s from %s", a.Route.Path(), h.Protocol, chainOf(h.From))
			}
		}
	}
	for hop, n := range per {
		if n > DefaultAlternatives {
			t.Fatalf("%d alternatives from hop %d's asset", n, hop)
		}
	}
	// q keeps the committed ones for the submit, not the routes.
	q, e := s.Lookup(reply.QuoteID)
	if e != nil || len(q.Alternatives) != len(b.seen) || q.AltRoutes != nil {
		t.Fatalf("remembered quote: %d alternatives, alt routes %v, %v", len(q.Alternatives), q.AltRoutes != nil, e)
	}

	// Denying the alternatives' bridges leaves the quote without them.
	deny := map[string]bool{}
	for _, a := range b.seen {
		for _, h := range a.Route.Hops {
			deny[h.Bridge] = true
		}
	}
	for _, h := range chosen.Hops {
		delete(deny, h.Bridge)
	}
	req.Constraints = &api.Constraints{SlippageBps: &slippage}
	for br := range deny {
		req.Constraints.DenyBridges = append(req.Constraints.DenyBridges, br)
	}
	b.seen = nil
	if r2, e := s.Quote(req); e != nil {
		t.Fatal(e)
	} else {
		for _, a := range b.seen {
			for _, h := range a.Route.Hops {
				if deny[h.Bridge] {
					t.Fatalf("alternative %s uses a denied bridge", a.Route.Path())
				}
			}
		}
		if r2.Routes[0].Alternatives != len(b.seen) {
			t.Fatalf("reply says %d, builder saw %d", r2.Routes[0].Alternatives, len(b.seen))
		}
	}

	// Alternatives: -1 commits none.
	s2, _ := New(Options{Store: routing.NewStore(snap), Now: func() time.Time { return now }, Builder: b, Alternatives: -1})
	b.seen = nil
	req.Constraints = &api.Constraints{SlippageBps: &slippage}
	if r3, e := s2.Quote(req); e != nil || r3.Routes[0].Alternatives != 0 || len(b.seen) != 0 {
		t.Fatalf("Alternatives -1: %v %d", e, len(b.seen))
	}
}
