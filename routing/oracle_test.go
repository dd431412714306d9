package routing

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
	"testing"
)

// randomGraph builds a small random snapshot with every feature the search
// must respect: parallel edges, pools, liquidity bounds, paused edges, fee
// volatility, assets of different prices and decimals.
func randomGraph(rng *rand.Rand) *Snapshot {
	b := NewBuilder("random")
	b.SetPrice("USDC", 1)
	b.SetPrice("ETH", 3000)
	nChains := 2 + rng.IntN(3)
	var ids []string
	for c := 0; c < nChains; c++ {
		chain := fmt.Sprintf("c%d", c)
		b.AddChain(Chain{ID: chain, Kind: "evm", GasAsset: "ETH@" + chain, HopGasUnits: rng.Float64() * 0.001})
		b.AddAsset(Asset{ID: "ETH@" + chain, Symbol: "ETH", Chain: chain, Decimals: 18})
		dec := uint8(6)
		if rng.IntN(2) == 0 {
			dec = 18
		}
		b.AddAsset(Asset{ID: "USDC@" + chain, Symbol: "USDC", Chain: chain, Decimals: dec})
		ids = append(ids, "ETH@"+chain, "USDC@"+chain)
		if rng.IntN(2) == 0 {
			b.AddAsset(Asset{ID: "USDC.e@" + chain, Symbol: "USDC.e", Chain: chain, Decimals: 6, CanonicalOf: "USDC@c0"})
			ids = append(ids, "USDC.e@"+chain)
		}
	}
	nEdges := 6 + rng.IntN(30)
	for i := 0; i < nEdges; i++ {
		from, to := ids[rng.IntN(len(ids))], ids[rng.IntN(len(ids))]
		if from == to {
			continue
		}
		p50 := 1 + rng.Float64()*1000
		sp := EdgeSpec{
			ID: fmt.Sprintf("e%d", i), Bridge: fmt.Sprintf("b%d", i%7), Protocol: []string{"lockmint", "liquidity", "ibc"}[rng.IntN(3)],
			From: from, To: to, RatePPM: float64(rng.IntN(50)) * 10, BaseUnits: rng.Float64() * 0.0001,
			Latency: Latency{P50: p50, P90: p50 * (1 + rng.Float64()*3)}, Trust: TrustClass(rng.IntN(5)),
			Prior: Beta{Alpha: 1 + rng.Float64()*100, Beta: rng.Float64() * 5}, VolatilityPPM: float64(rng.IntN(3)) * 1000,
		}
		switch rng.IntN(4) {
		case 0:
			pool := 1e3 + rng.Float64()*1e6
			sp.Pool = &PoolSpec{PoolUSD: pool, AvailableUSD: pool * rng.Float64(), BasePPM: 10, Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8}
		case 1:
			hi := 1e3 + rng.Float64()*1e6
			sp.CapHiUSD, sp.CapLoUSD = hi, hi*rng.Float64()
		}
		if rng.IntN(10) == 0 {
			sp.Status = StatusPaused
		} else if rng.IntN(10) == 0 {
			sp.Status = StatusDegraded
		}
		b.AddEdge(sp)
	}
	s, err := b.Build()
	if err != nil {
		panic(err)
	}
	return s
}

// bruteForce scores every simple path of at most maxHops hops that the
// request admits, best first: the oracle.
func bruteForce(q *query) []Route {
	s := q.s
	var out []Route
	var path []int32
	onPath := map[int32]bool{q.src: true}
	var walk func(v int32)
	walk = func(v int32) {
		if v == q.dst {
			if r, ok := q.admit(path); ok {
				out = append(out, r)
			}
			return
		}
		if len(path) == q.maxHops {
			return
		}
		for _, ei := range s.Out(v) {
			to := s.Edges[ei].To
			if onPath[to] {
				continue
			}
			onPath[to] = true
			path = append(path, ei)
			walk(to)
			path = path[:len(path)-1]
			onPath[to] = false
		}
	}
	walk(q.src)
	sort.Slice(out, func(i, j int) bool { return out[i].Score < out[j].Score })
	return out
}

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Max(math.Abs(a), math.Abs(b)))
}

func randomRequest(rng *rand.Rand, s *Snapshot) Request {
	src := rng.IntN(len(s.Assets))
	dst := rng.IntN(len(s.Assets) - 1)
	if dst >= src {
		dst++
	}
	usd := math.Pow(10, rng.Float64()*6)
	req := Request{From: s.Assets[src].ID, To: s.Assets[dst].ID, Amount: s.UnitsForUSD(int32(src), usd),
		Preset: []Preset{Cheapest, Fastest, Safest, Recommended}[rng.IntN(4)], K: 1 + rng.IntN(6), Split: "never"}
	if req.Amount.IsZero() {
		req.Amount.SetUint64(1)
	}
	if rng.IntN(4) == 0 {
		req.Constraints.MaxHops = 1 + rng.IntN(4)
	}
	if rng.IntN(5) == 0 {
		req.Constraints.MaxETASeconds = 100 + rng.Float64()*3000
	}
	if rng.IntN(5) == 0 {
		req.Constraints.MinSuccess = 0.5 + rng.Float64()*0.5
	}
	if rng.IntN(5) == 0 {
		req.Constraints.MaxFeeBps = 1 + rng.IntN(100)
	}
	if rng.IntN(5) == 0 {
		req.Constraints.SlippageBps = 1 + rng.IntN(30)
	}
	if rng.IntN(6) == 0 {
		req.Constraints.DenyBridges = []string{fmt.Sprintf("b%d", rng.IntN(7))}
	}
	if rng.IntN(6) == 0 {
		req.Constraints.PreferBridges = []string{"ibc"}
	}
	return req
}

func TestSearchMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	graphs, compared, withRoutes := 400, 0, 0
	if testing.Short() {
		graphs = 100
	}
	for g := 0; g < graphs; g++ {
		s := randomGraph(rng)
		for r := 0; r < 20; r++ {
			req := randomRequest(rng, s)
			if rng.IntN(5) == 0 {
				req.Preset = Static
				req.Static = make([]float64, len(s.Edges))
				for i := range req.Static {
					req.Static[i] = rng.Float64() * 10
				}
			}
			ans, err := s.Route(req)
			q, qerr := s.newQuery(&req)
			if qerr != nil {
				t.Fatalf("graph %d: %v", g, qerr)
			}
			want := bruteForce(q)
			compared++
			if len(want) == 0 {
				if err == nil {
					t.Fatalf("graph %d req %s: search found %d routes, oracle none", g, req.String(), len(ans.Routes))
				}
				if CodeOf(err) != CodeNoRoute {
					t.Fatalf("graph %d req %s: error %v, want %s", g, req.String(), err, CodeNoRoute)
				}
				continue
			}
			withRoutes++
			if err != nil {
				t.Fatalf("graph %d req %s: %v; oracle has %d routes, best %s", g, req.String(), err, len(want), want[0].Path())
			}
			n := min(req.K, len(want))
			if len(ans.Routes) != n {
				t.Fatalf("graph %d req %s: %d routes, oracle %d", g, req.String(), len(ans.Routes), n)
			}
			for i := 0; i < n; i++ {
				if !close(ans.Routes[i].Score, want[i].Score) {
					t.Fatalf("graph %d req %s: route %d scores %.12g (%s), oracle %.12g (%s)", g, req.String(), i,
						ans.Routes[i].Score, ans.Routes[i].Path(), want[i].Score, want[i].Path())
				}
			}
		}
	}
	if withRoutes < compared/4 {
		t.Fatalf("only %d of %d requests had routes: the generator is too sparse to test much", withRoutes, compared)
	}
	t.Logf("%d requests compared, %d with routes", compared, withRoutes)
}
