package routing

// Tests that hold the search's fast paths and caches to the plain
// computations they replace (useReference): the same answers, byte for
// byte, the same errors, and the same count of edges left out for capacity
// (which decides whether a split is tried when no route exists).

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// refTopologies are the snapshots the reference tests route on: a
// synthetic graph with pools and a dense small one.
func refTopologies(t testing.TB) []*Snapshot {
	t.Helper()
	var out []*Snapshot
	for _, p := range []SynthParams{
		{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3},
		{Seed: 5, Chains: 9, Families: 8, BridgesPerAsset: 6, SwapsPerAsset: 3, PoolShare: 0.5},
	} {
		s, err := Synthetic(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// refRequest draws a request from r's numbers: any pair, amounts from $0.1
// to $10M, every preset (static included), and every constraint.
func refRequest(s *Snapshot, r *rand.Rand) Request {
	a, b := int32(r.IntN(len(s.Assets))), int32(r.IntN(len(s.Assets)))
	req := Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: s.UnitsForUSD(a, math.Pow(10, -1+r.Float64()*8))}
	if req.Amount.IsZero() {
		req.Amount.SetUint64(1 + r.Uint64N(1000))
	}
	presets := []Preset{"", Cheapest, Fastest, Safest, Recommended, Static}
	req.Preset = presets[r.IntN(len(presets))]
	if req.Preset == Static {
		req.Static = s.StaticWeights(math.Pow(10, 1+r.Float64()*4))
	}
	if r.IntN(2) == 0 {
		req.K = 1 + r.IntN(12)
	}
	c := &req.Constraints
	if r.IntN(2) == 0 {
		c.MaxHops = 1 + r.IntN(MaxHopsLimit)
	}
	if r.IntN(4) == 0 {
		c.MaxETASeconds = 60 + r.Float64()*7200
	}
	if r.IntN(4) == 0 {
		c.MinSuccess = 0.9 + r.Float64()*0.0999
	}
	if r.IntN(4) == 0 {
		c.MaxFeeBps = 1 + r.IntN(300)
	}
	if r.IntN(4) == 0 {
		c.SlippageBps = 1 + r.IntN(100)
	}
	pick := func() []string {
		e := &s.Edges[r.IntN(len(s.Edges))]
		return []string{e.Protocol, e.Bridge}[r.IntN(2):][:1]
	}
	switch r.IntN(8) {
	case 0:
		c.DenyBridges = pick()
	case 1:
		c.AllowBridges = append(pick(), pick()...)
	case 2:
		c.PreferBridges = pick()
	}
	if r.IntN(6) == 0 {
		req.Split = "never"
	}
	return req
}

// routeBothWays answers req with the fast paths and with the reference
// computations and fails t when they differ in any way.
func routeBothWays(t *testing.T, s *Snapshot, req Request) (answered, split bool) {
	t.Helper()
	run := func(ref bool) ([]byte, string, int) {
		useReference = ref
		defer func() { useReference = false }()
		a, err := s.Route(req)
		var js []byte
		if a != nil {
			js, _ = json.Marshal(a)
		}
		msg := ""
		if err != nil {
			msg = err.Error()
		}
		return js, msg, capacityCount(t, s, req)
	}
	wj, werr, wcap := run(true)
	gj, gerr, gcap := run(false)
	if werr != gerr || !bytes.Equal(wj, gj) {
		t.Fatalf("request %+v:\nreference: %s %s\nfast:      %s %s", req, werr, wj, gerr, gj)
	}
	if wcap != gcap {
		t.Fatalf("request %+v: %d edges left out for capacity by the reference, %d by the fast paths", req, wcap, gcap)
	}
	return werr == "", bytes.Contains(gj, []byte(`"split":{`))
}

// capacityCount runs req's search and returns the count of edges left out
// for capacity that RouteInto would judge a split by (-1 when the search
// found routes: the count is not read then), or -2 for a bad request.
func capacityCount(t *testing.T, s *Snapshot, req Request) int {
	t.Helper()
	sc := &scratch{}
	sc.req = req
	if err := s.initQuery(&sc.q, &sc.req); err != nil {
		return -2
	}
	q := &sc.q
	sc.reset(len(s.Assets), len(s.Edges), q.maxHops)
	sc.bounds(q)
	var st pruneStats
	if done := sc.search(q, &st); len(done) > 0 {
		return -1
	}
	sc.countCapacityExclusions(q)
	return q.capExcluded
}

func TestFastPathsMatchReference(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 300
	}
	r := rand.New(rand.NewPCG(81, 82))
	for _, s := range refTopologies(t) {
		answered, splits := 0, 0
		for i := 0; i < n; i++ {
			a, sp := routeBothWays(t, s, refRequest(s, r))
			if a {
				answered++
			}
			if sp {
				splits++
			}
		}
		if answered < n/5 {
			t.Fatalf("%s: only %d of %d requests answered", s.Name, answered, n)
		}
		if splits == 0 { // (split planning has fast paths too)
			t.Fatalf("%s: no split among %d requests", s.Name, n)
		}
		t.Logf("%s: %d answered, %d splits", s.Name, answered, splits)
	}
}

func FuzzFastPathsMatchReference(f *testing.F) {
	for i := uint64(0); i < 8; i++ {
		f.Add(i, uint8(i%2))
	}
	topos := refTopologies(f)
	f.Fuzz(func(t *testing.T, seed uint64, topo uint8) {
		s := topos[int(topo)%len(topos)]
		r := rand.New(rand.NewPCG(seed, seed>>7))
		routeBothWays(t, s, refRequest(s, r))
	})
}

// TestScratchStampsWrap runs searches on a scratch whose generation
// counters are about to wrap around: the routes found must be those of a
// fresh scratch, query after query.
func TestScratchStampsWrap(t *testing.T) {
	s := refTopologies(t)[0]
	r := rand.New(rand.NewPCG(131, 132))
	routes := func(sc *scratch, req Request) [][]int32 {
		sc.req = req
		if err := s.initQuery(&sc.q, &sc.req); err != nil {
			return nil
		}
		q := &sc.q
		sc.reset(len(s.Assets), len(s.Edges), q.maxHops)
		sc.bounds(q)
		var st pruneStats
		var out [][]int32
		for _, li := range sc.search(q, &st) {
			var edges []int32
			for i := li; sc.labels[i].parent >= 0; i = sc.labels[i].parent {
				edges = append(edges, sc.labels[i].edge)
			}
			out = append(out, edges)
		}
		return out
	}
	old := &scratch{}
	routes(old, refRequest(s, r)) // (sizes its arrays)
	old.gen = math.MaxUint32 - 3
	old.rgen = math.MaxUint32 - 3*reachSpan
	found := 0
	for i := 0; i < 12; i++ {
		req := refRequest(s, r)
		want := routes(&scratch{}, req)
		got := routes(old, req)
		found += len(got)
		if len(got) != len(want) {
			t.Fatalf("query %d (gen %d, rgen %d): %d routes, a fresh scratch finds %d", i, old.gen, old.rgen, len(got), len(want))
		}
		for j := range got {
			if !slices.Equal(got[j], want[j]) {
				t.Fatalf("query %d: route %d is %v, a fresh scratch finds %v", i, j, got[j], want[j])
			}
		}
	}
	if found == 0 || old.gen > 100 || old.rgen > 100*reachSpan {
		t.Fatalf("%d routes found, counters at %d and %d: the test did not cross the wrap with routes", found, old.gen, old.rgen)
	}
}
