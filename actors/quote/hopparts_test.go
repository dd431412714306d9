package quote

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// Every hop of the router's answers is written from its edge's parts, and
// the bytes are the hop's full encoding.
func TestHopPartsWriteTheHop(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	var hp hopParts
	pc := hp.forSnapshot(snap)
	if again := hp.forSnapshot(snap); again != pc {
		t.Fatal("the same snapshot got a second cache")
	}
	hops := 0
	for _, req := range requests(snap, 400) {
		amount, err := routing.ParseAmount(req.Amount, "amount")
		if err != nil {
			t.Fatal(err)
		}
		ans, err := snap.Route(routing.Request{From: req.From, To: req.To, Amount: amount, Preset: routing.Preset(req.Preset), K: req.K})
		if err != nil {
			continue
		}
		for _, r := range ans.Routes {
			for i := range r.Hops {
				h := &r.Hops[i]
				p := pc.get(h)
				if p == nil {
					t.Fatalf("hop %+v of a route found no parts", *h)
				}
				var nums [240]byte
				in, out, fee := hopAmounts(h, nums[:0])
				got, err := api.AppendHopParts([]byte("x"), p, in, out, fee, usd(h.FeeUSD), probability(h.Success))
				if err != nil {
					t.Fatal(err)
				}
				hj := hopJSON(h, nil)
				want, err := api.AppendHopJSON([]byte("x"), &hj)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got, want) {
					t.Fatalf("from parts %s\nin full    %s", got, want)
				}
				hops++
			}
		}
	}
	if hops < 500 {
		t.Fatalf("only %d hops checked", hops)
	}
	t.Logf("%d hops", hops)
}

// A hop that is not exactly its edge's (another ETA, another id, another
// edge index) gets no parts: it is written in full.
func TestHopPartsRefuseAHopNotOfTheirEdge(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	var hp hopParts
	pc := hp.forSnapshot(snap)
	e0 := &snap.Edges[0]
	ans, err := snap.Route(routing.Request{From: snap.Assets[e0.From].ID, To: snap.Assets[e0.To].ID, Amount: snap.UnitsForUSD(e0.From, 1000)})
	if err != nil {
		t.Fatal(err)
	}
	base := ans.Routes[0].Hops[0]
	if pc.get(&base) == nil {
		t.Fatal("the hop itself got no parts")
	}
	// The same text in other memory is the same hop.
	same := base
	same.Bridge = strings.Clone(base.Bridge)
	if pc.get(&same) == nil {
		t.Fatal("a copy of the bridge id made the hop another")
	}
	for name, change := range map[string]func(h *routing.Hop){
		"p50":      func(h *routing.Hop) { h.P50++ },
		"p90":      func(h *routing.Hop) { h.P90 *= 2 },
		"bridge":   func(h *routing.Hop) { h.Bridge += "x" },
		"protocol": func(h *routing.Hop) { h.Protocol = "other" },
		"from":     func(h *routing.Hop) { h.From = h.To },
		"to":       func(h *routing.Hop) { h.To = h.From },
		"trust":    func(h *routing.Hop) { h.Trust = "none" },
		"index":    func(h *routing.Hop) { h.Index = (h.Index + 1) % int32(len(snap.Edges)) },
		"negative": func(h *routing.Hop) { h.Index = -1 },
		"past":     func(h *routing.Hop) { h.Index = int32(len(snap.Edges)) },
	} {
		h := base
		change(&h)
		if pc.get(&h) != nil {
			t.Errorf("%s: a changed hop got its edge's parts", name)
		}
	}
	var none *partsCache
	if none.get(&base) != nil {
		t.Error("no cache gave parts")
	}
}

// A new snapshot (new ETAs) gets a new cache, and the reply has the new
// figures: the same as the typed reply's.
func TestHopPartsFollowTheSnapshot(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	s, err := New(Options{Store: store})
	if err != nil {
		t.Fatal(err)
	}
	var req api.QuoteRequest
	for _, r := range requests(snap, 50) {
		if _, e := s.Quote(r); e == nil {
			req = r
			break
		}
	}
	routesOf := func() ([]api.Route, []api.Route) {
		t.Helper()
		b, e := s.AppendQuote(nil, req)
		if e != nil {
			t.Fatal(e)
		}
		var direct api.QuoteReply
		if err := json.Unmarshal(b, &direct); err != nil {
			t.Fatal(err)
		}
		typed, e := s.Quote(req)
		if e != nil {
			t.Fatal(e)
		}
		return direct.Routes, typed.Routes
	}
	before, _ := routesOf()
	hop := before[0].Hops[0]
	lat := routing.Latency{P50: hop.ETAP50S + 100, P90: hop.ETAP90S + 200}
	next, err := store.Update([]routing.EdgeUpdate{{Edge: edgeOf(t, snap, hop), Latency: &lat}})
	if err != nil {
		t.Fatal(err)
	}
	direct, typed := routesOf()
	if got := s.parts.cur.Load(); got == nil || got.snap != next {
		t.Fatal("the cache is not the new snapshot's")
	}
	if !reflect.DeepEqual(direct, typed) {
		t.Fatalf("after the update the replies differ:\n%+v\n%+v", direct, typed)
	}
	found := false
	for _, r := range direct {
		for _, h := range r.Hops {
			if h.Bridge == hop.Bridge && h.From == hop.From && h.To == hop.To {
				found = true
				if h.ETAP50S != lat.P50 || h.ETAP90S != lat.P90 {
					t.Fatalf("hop %s: ETAs %v/%v, want the new %v/%v", h.Bridge, h.ETAP50S, h.ETAP90S, lat.P50, lat.P90)
				}
			}
		}
	}
	if !found {
		t.Fatal("the updated hop is in no route any more")
	}
}

// edgeOf is the id of the snapshot's edge a reply's hop went over.
func edgeOf(t *testing.T, snap *routing.Snapshot, h api.Hop) string {
	t.Helper()
	for i := range snap.Edges {
		e := &snap.Edges[i]
		if e.Bridge == h.Bridge && snap.Assets[e.From].ID == h.From && snap.Assets[e.To].ID == h.To {
			return e.ID
		}
	}
	t.Fatalf("no edge for hop %+v", h)
	return ""
}
