package routing

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/holiman/uint256"
)

// line builds a three-asset snapshot a -> b -> c plus a direct a -> c.
func line(t testing.TB) *Snapshot {
	t.Helper()
	b := NewBuilder("line")
	b.SetPrice("USDC", 1)
	b.SetPrice("ETH", 3000)
	for _, c := range []string{"x", "y", "z"} {
		b.AddChain(Chain{ID: c, Kind: "evm", GasAsset: "ETH@" + c, HopGasUnits: 0.0001})
		b.AddAsset(Asset{ID: "ETH@" + c, Symbol: "ETH", Chain: c, Decimals: 18})
		b.AddAsset(Asset{ID: "USDC@" + c, Symbol: "USDC", Chain: c, Decimals: 6})
	}
	b.AddEdge(EdgeSpec{ID: "xy", Bridge: "lm:x->y", Protocol: "lockmint", From: "USDC@x", To: "USDC@y", RatePPM: 100, Latency: Latency{P50: 60, P90: 120}, Prior: Beta{Alpha: 99, Beta: 1}})
	b.AddEdge(EdgeSpec{ID: "yz", Bridge: "lm:y->z", Protocol: "lockmint", From: "USDC@y", To: "USDC@z", RatePPM: 100, Latency: Latency{P50: 60, P90: 120}, Prior: Beta{Alpha: 99, Beta: 1}})
	b.AddEdge(EdgeSpec{ID: "xz", Bridge: "liq:x->z", Protocol: "liquidity", From: "USDC@x", To: "USDC@z", RatePPM: 50, Latency: Latency{P50: 3600, P90: 7200},
		Pool: &PoolSpec{PoolUSD: 1e6, AvailableUSD: 5e5, Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8}, Prior: Beta{Alpha: 99, Beta: 1}})
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func usdc(n uint64) Amount { return *uint256.NewInt(n * 1_000_000) }

func TestBadRequestsAreCoded(t *testing.T) {
	s := line(t)
	big := "1" + strings.Repeat("0", 78)
	cases := []struct {
		name string
		json string
		code Code
	}{
		{"unknown source", `{"from":"DOGE@x","to":"USDC@z","amount":"1"}`, CodeUnknownAsset},
		{"unknown destination", `{"from":"USDC@x","to":"DOGE@z","amount":"1"}`, CodeUnknownAsset},
		{"zero", `{"from":"USDC@x","to":"USDC@z","amount":"0"}`, CodeBadAmount},
		{"negative", `{"from":"USDC@x","to":"USDC@z","amount":"-5"}`, CodeBadAmount},
		{"negative number", `{"from":"USDC@x","to":"USDC@z","amount":-5}`, CodeBadAmount},
		{"fraction", `{"from":"USDC@x","to":"USDC@z","amount":"1.5"}`, CodeBadAmount},
		{"exponent", `{"from":"USDC@x","to":"USDC@z","amount":1e6}`, CodeBadAmount},
		{"over 256 bits", `{"from":"USDC@x","to":"USDC@z","amount":"` + big + `"}`, CodeBadAmount},
		{"2^256", `{"from":"USDC@x","to":"USDC@z","amount":"115792089237316195423570985008687907853269984665640564039457584007913129639936"}`, CodeBadAmount},
		{"missing amount", `{"from":"USDC@x","to":"USDC@z"}`, CodeBadAmount},
		{"same asset", `{"from":"USDC@x","to":"USDC@x","amount":"1"}`, CodeSameAsset},
		{"no route", `{"from":"USDC@z","to":"USDC@x","amount":"1000000"}`, CodeNoRoute},
		{"allowed and denied", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"allow_bridges":["lockmint"],"deny_bridges":["lockmint"]}}`, CodeBadConstraints},
		{"preferred and denied", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"prefer_bridges":["lockmint"],"deny_bridges":["lockmint"]}}`, CodeBadConstraints},
		{"preferred not allowed", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"prefer_bridges":["lockmint"],"allow_bridges":["liquidity"]}}`, CodeBadConstraints},
		{"zero hops", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"max_hops":0}}`, CodeBadConstraints},
		{"too many hops", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"max_hops":99}}`, CodeBadConstraints},
		{"success above one", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"min_success":1.5}}`, CodeBadConstraints},
		{"slippage 100%", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"slippage_bps":10000}}`, CodeBadConstraints},
		{"negative eta", `{"from":"USDC@x","to":"USDC@z","amount":"1","constraints":{"max_eta_s":-1}}`, CodeBadConstraints},
		{"unknown preset", `{"from":"USDC@x","to":"USDC@z","amount":"1","preset":"yolo"}`, CodeUnknownPreset},
		{"unknown field", `{"from":"USDC@x","to":"USDC@z","amount":"1","colour":"red"}`, CodeBadRequest},
		{"not json", `{"from":`, CodeBadRequest},
		{"trailing", `{"from":"USDC@x","to":"USDC@z","amount":"1"} {}`, CodeBadRequest},
		{"k zero", `{"from":"USDC@x","to":"USDC@z","amount":"1","k":0}`, CodeBadRequest},
		{"eta too tight", `{"from":"USDC@x","to":"USDC@z","amount":"100000000","constraints":{"max_eta_s":10}}`, CodeNoRoute},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			req, err := DecodeRequest([]byte(c.json))
			if err == nil {
				_, err = s.Route(req)
			}
			if err == nil {
				t.Fatalf("no error, want %s", c.code)
			}
			if CodeOf(err) != c.code {
				t.Fatalf("error %v, want code %s", err, c.code)
			}
			if err.Error() == "" || !strings.Contains(err.Error(), string(c.code)) {
				t.Fatalf("error text %q lacks its code", err)
			}
		})
	}
}

func TestSameSnapshotSameAnswer(t *testing.T) {
	s := line(t)
	req := Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000)}
	a, err := s.Route(req)
	if err != nil {
		t.Fatal(err)
	}
	ja, _ := json.Marshal(a)
	for i := 0; i < 5; i++ {
		b, err := s.Route(req)
		if err != nil {
			t.Fatal(err)
		}
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Fatalf("answers differ:\n%s\n%s", ja, jb)
		}
	}
}

func TestPresetsChooseDifferently(t *testing.T) {
	s := line(t)
	// The two-hop lock/mint path is quick (2 min); the direct pool is cheaper
	// (fewer fees and gas) but takes an hour.
	cheap, err := s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000), Preset: Cheapest})
	if err != nil {
		t.Fatal(err)
	}
	fast, err := s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000), Preset: Fastest})
	if err != nil {
		t.Fatal(err)
	}
	if got := cheap.Routes[0].Hops[0].Edge; got != "xz" {
		t.Fatalf("cheapest took %s, want the pool xz", got)
	}
	if got := len(fast.Routes[0].Hops); got != 2 {
		t.Fatalf("fastest took %d hops, want the 2-hop lock/mint path", got)
	}
	if len(fast.Why) < 2 || !strings.Contains(fast.Why[1], "runner-up") {
		t.Fatalf("explanation lacks the runner-up comparison: %q", fast.Why)
	}
}

func TestPausedEdgesAreNotUsed(t *testing.T) {
	s := line(t)
	paused := StatusPaused
	s2, err := s.WithUpdates([]EdgeUpdate{{Edge: "xz", Status: &paused}})
	if err != nil {
		t.Fatal(err)
	}
	a, err := s2.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000), Preset: Cheapest})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range a.Routes {
		for _, h := range r.Hops {
			if h.Edge == "xz" {
				t.Fatal("paused edge used")
			}
		}
	}
	// The old snapshot is unchanged.
	if s.Edges[s.edgeIdx["xz"]].Status != StatusOpen {
		t.Fatal("WithUpdates changed the old snapshot")
	}
	if _, err := s.WithUpdates([]EdgeUpdate{{Edge: "nope", Status: &paused}}); CodeOf(err) != CodeUnknownEdge {
		t.Fatalf("unknown edge update: %v", err)
	}
}

func TestLearnedFailuresSteerAway(t *testing.T) {
	quick := Latency{P50: 60, P90: 120}
	s, err := line(t).WithUpdates([]EdgeUpdate{{Edge: "xz", Latency: &quick}})
	if err != nil {
		t.Fatal(err)
	}
	before, _ := s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000), Preset: Recommended})
	if before.Routes[0].Hops[0].Edge != "xz" {
		t.Fatalf("want the pool first, got %s", before.Routes[0].Path())
	}
	e := s.Edges[s.edgeIdx["xz"]]
	b := e.Learned
	for i := 0; i < 30; i++ {
		b = b.Observe(false, float64(1000+i), 3600, e.Learned)
	}
	after, err := s.WithUpdates([]EdgeUpdate{{Edge: "xz", Learned: &b}})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := after.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1000), Preset: Recommended})
	if a.Routes[0].Hops[0].Edge == "xz" {
		t.Fatalf("after 30 failures the pool still wins: %s", a.Why[0])
	}
}

func TestBetaDecaysTowardsPrior(t *testing.T) {
	prior := Beta{Alpha: 9, Beta: 1}
	b := prior
	for i := 0; i < 20; i++ {
		b = b.Observe(false, 100, 3600, prior)
	}
	low := b.Mean()
	b = b.Observe(true, 100+10*3600, 3600, prior) // ten half-lives later
	if !(low < 0.4) || !(b.Mean() > 0.85) {
		t.Fatalf("mean after failures %.3f, after decay %.3f", low, b.Mean())
	}
}

func TestSplitCarriesWhatNoSingleRouteCan(t *testing.T) {
	b := NewBuilder("split")
	b.SetPrice("USDC", 1)
	b.SetPrice("ETH", 3000)
	for _, c := range []string{"x", "z"} {
		b.AddChain(Chain{ID: c, Kind: "evm", GasAsset: "ETH@" + c, HopGasUnits: 0.0001})
		b.AddAsset(Asset{ID: "ETH@" + c, Symbol: "ETH", Chain: c, Decimals: 18})
		b.AddAsset(Asset{ID: "USDC@" + c, Symbol: "USDC", Chain: c, Decimals: 6})
	}
	for i, capUSD := range []float64{400_000, 300_000, 500_000} {
		b.AddEdge(EdgeSpec{ID: string(rune('a' + i)), Bridge: string(rune('a' + i)), Protocol: "liquidity", From: "USDC@x", To: "USDC@z",
			RatePPM: float64(10 * (i + 1)), Latency: Latency{P50: 60, P90: 120}, CapLoUSD: capUSD / 2, CapHiUSD: capUSD, Prior: Beta{Alpha: 99, Beta: 1}})
	}
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	amount := usdc(1_000_000)
	a, err := s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: amount})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Routes) != 0 || a.Split == nil {
		t.Fatalf("want a split and no single route, got %d routes, split %v", len(a.Routes), a.Split != nil)
	}
	var sum Amount
	for _, p := range a.Split.Parts {
		sum.Add(&sum, &p.Share)
	}
	if !sum.Eq(&amount) {
		t.Fatalf("shares add to %s, want %s", sum.Dec(), amount.Dec())
	}
	// More than all capacities together cannot be carried.
	_, err = s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(1_300_000)})
	if CodeOf(err) != CodeNoRoute {
		t.Fatalf("over capacity: %v", err)
	}
}

// TestSplitsOnRandomGraphs: whenever a split is offered it carries the whole
// amount, every part is feasible, and it costs less than the best single route.
func TestSplitsOnRandomGraphs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 7))
	splits := 0
	for g := 0; g < 300; g++ {
		s := randomGraph(rng)
		for r := 0; r < 10; r++ {
			req := randomRequest(rng, s)
			req.Split = "auto"
			req.Amount = s.UnitsForUSD(s.assetIdx[req.From], 1e5+rng.Float64()*2e6)
			if req.Amount.IsZero() {
				continue
			}
			a, err := s.Route(req)
			if err != nil || a.Split == nil {
				continue
			}
			splits++
			var sum Amount
			for _, p := range a.Split.Parts {
				sum.Add(&sum, &p.Share)
				if p.Share.IsZero() || p.Route.AmountOut.IsZero() {
					t.Fatalf("empty part in %+v", a.Split)
				}
			}
			if !sum.Eq(&req.Amount) {
				t.Fatalf("split shares add to %s, want %s", sum.Dec(), req.Amount.Dec())
			}
			if len(a.Routes) > 0 && !(a.Split.Score < a.Routes[0].Score) {
				t.Fatalf("split costs %.6f, best single %.6f", a.Split.Score, a.Routes[0].Score)
			}
		}
	}
	if splits == 0 {
		t.Fatal("no split was ever offered: the test exercises nothing")
	}
	t.Logf("%d splits checked", splits)
}

func TestStoreSwapsAtomically(t *testing.T) {
	st := NewStore(line(t))
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				l := Latency{P50: float64(10 + i), P90: float64(20 + i)}
				if _, err := st.Update([]EdgeUpdate{{Edge: "xy", Latency: &l}}); err != nil {
					t.Error(err)
				}
				if _, err := st.Load().Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(10)}); err != nil {
					t.Error(err)
				}
			}
		}(w)
	}
	wg.Wait()
	if v := st.Load().Version; v != 200 {
		t.Fatalf("version %d after 200 updates: an update was lost", v)
	}
}

func FuzzDecodeRequest(f *testing.F) {
	f.Add([]byte(`{"from":"USDC@x","to":"USDC@z","amount":"1000000"}`))
	f.Add([]byte(`{"from":"USDC@x","to":"USDC@z","amount":"1","preset":"fastest","k":3,"constraints":{"max_hops":2,"deny_bridges":["lockmint"],"min_success":0.9}}`))
	f.Add([]byte(`{"from":"USDC@x","to":"USDC@z","amount":99999999999999999999999999999999999999999999999999999999999999999999999999999999}`))
	f.Add([]byte(`[]`))
	s := line(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := DecodeRequest(data)
		if err != nil {
			if CodeOf(err) == "" {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if _, err := s.Route(req); err != nil && CodeOf(err) == "" {
			t.Fatalf("uncoded error %v", err)
		}
	})
}

func FuzzLoadTopology(f *testing.F) {
	f.Add([]byte(`{"chains":[{"id":"a","kind":"evm","native_gas_token":"ETH"}],"assets":[{"id":"ETH@a","symbol":"ETH","chain":"a","decimals":18}],"bridges":[]}`))
	f.Add([]byte(`{"chains":[{"id":"a","kind":"evm","native_gas_token":"ETH"},{"id":"b","kind":"evm","native_gas_token":"ETH"}],"assets":[{"id":"ETH@a","symbol":"ETH","chain":"a","decimals":18},{"id":"ETH@b","symbol":"ETH","chain":"b","decimals":18}],"bridges":[{"id":"x","protocol":"across","from":"a","to":"b","assets":["ETH"],"fee":{"model":"bps","value":3}}]}`))
	f.Add([]byte(`{"chains":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := LoadTopology("fuzz", data, DefaultTopologyDefaults())
		if err != nil {
			if CodeOf(err) != CodeBadTopology {
				t.Fatalf("error %v has code %q", err, CodeOf(err))
			}
			return
		}
		if len(s.Assets) >= 2 {
			_, _ = s.Route(Request{From: s.Assets[0].ID, To: s.Assets[1].ID, Amount: *uint256.NewInt(1000)})
		}
	})
}

// TestRouteIntoReusesAndAgrees answers a stream of requests into one
// recycled Answer: each answer must equal Route's for the same request,
// whatever the previous one held (more or fewer routes and hops, splits,
// errors).
func TestRouteIntoReusesAndAgrees(t *testing.T) {
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(21, 22))
	var reused Answer
	answered, splits := 0, 0
	for i := 0; i < 400; i++ {
		a, b := int32(rng.IntN(len(s.Assets))), int32(rng.IntN(len(s.Assets)))
		req := Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: s.UnitsForUSD(a, math.Pow(10, 1+rng.Float64()*5.5)), K: 1 + rng.IntN(8)}
		if rng.IntN(3) == 0 {
			req.Constraints.MaxHops = 1 + rng.IntN(5)
		}
		want, werr := s.Route(req)
		err := s.RouteInto(req, &reused)
		if (err == nil) != (werr == nil) || (err != nil && err.Error() != werr.Error()) {
			t.Fatalf("request %d: RouteInto error %v, Route error %v", i, err, werr)
		}
		if err != nil {
			continue
		}
		answered++
		if reused.Split != nil {
			splits++
		}
		wj, _ := json.Marshal(want)
		gj, _ := json.Marshal(&reused)
		if !bytes.Equal(wj, gj) {
			t.Fatalf("request %d: RouteInto gave\n%s\nRoute gave\n%s", i, gj, wj)
		}
	}
	if answered < 50 || splits == 0 {
		t.Fatalf("only %d requests answered, %d with a split", answered, splits)
	}
}

// An amount no hop option can carry says so (field amount), rather than
// that no route exists over usable bridges.
func TestNoRouteForAnAmountTooLargeSaysWhy(t *testing.T) {
	s := line(t)
	_, err := s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(10_000_000), Constraints: Constraints{DenyBridges: []string{"lockmint"}}})
	var e *Error
	if !errors.As(err, &e) || !(e.Code == CodeNoRoute || e.Code == CodeInsufficientSplit) || e.Field != "amount" || !strings.Contains(e.Message, "$10000000.00") {
		t.Fatalf("$10M over a $500k pool: %v", err)
	}
	t.Logf("%s: %s", e.Code, e.Message)
	// Without splits, it does not say one was tried.
	_, err = s.Route(Request{From: "USDC@x", To: "USDC@z", Amount: usdc(10_000_000), Split: "never", Constraints: Constraints{DenyBridges: []string{"lockmint"}}})
	if !errors.As(err, &e) || e.Field != "amount" || !strings.Contains(e.Message, "allows no split") {
		t.Fatalf("$10M, no split: %v", err)
	}
	// A request that no bridge serves at all keeps the plain message.
	_, err = s.Route(Request{From: "USDC@z", To: "USDC@x", Amount: usdc(1)})
	if !errors.As(err, &e) || e.Code != CodeNoRoute || e.Field != "" || !strings.Contains(e.Message, "over usable bridges") {
		t.Fatalf("no bridge at all: %v", err)
	}
}
