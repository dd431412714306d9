package quote

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"

	"github.com/holiman/uint256"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// toAPIRouteReference is the plain conversion (one Dec string per amount,
// a streamed hash) that toAPIRoute must reproduce.
func toAPIRouteReference(r *routing.Route) api.Route {
	out := api.Route{AmountOut: r.AmountOut.Dec(), MinOut: r.MinOut.Dec(), FeeUSD: usd(r.Breakdown.Fees), FeeBps: bps(r.FeeBps), ScoreUSD: usd(r.Score),
		ETAP50S: seconds(r.ETAP50), ETAP90S: seconds(r.ETAP90), Success: probability(r.Success)}
	hh := sha256.New()
	for _, h := range r.Hops {
		out.Hops = append(out.Hops, api.Hop{Bridge: h.Bridge, Protocol: h.Protocol, From: h.From, To: h.To, AmountIn: h.AmountIn.Dec(),
			AmountOut: h.AmountOut.Dec(), Fee: h.Fee.Dec(), FeeUSD: usd(h.FeeUSD), ETAP50S: seconds(h.P50), ETAP90S: seconds(h.P90), Success: probability(h.Success), Trust: h.Trust})
		hh.Write([]byte(h.Edge))
		hh.Write([]byte{'|'})
	}
	out.RouteHash = "0x" + hex.EncodeToString(hh.Sum(nil))
	return out
}

// TestConversionMatchesTheReference converts the routes of many random
// requests (and amounts past 64 bits) both ways.
func TestConversionMatchesTheReference(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	n := 0
	for tries := 0; tries < 400 && n < 100; tries++ {
		a, b := int32(rng.IntN(len(snap.Assets))), int32(rng.IntN(len(snap.Assets)))
		if a == b {
			continue
		}
		amt := snap.UnitsForUSD(a, math.Pow(10, 1+rng.Float64()*4))
		ans, err := snap.Route(routing.Request{From: snap.Assets[a].ID, To: snap.Assets[b].ID, Amount: amt})
		if err != nil {
			continue
		}
		n++
		for i := range ans.Routes {
			r := ans.Routes[i]
			if i == 0 && len(r.Hops) > 0 { // amounts above 64 bits take the other branch
				r.Hops = append([]routing.Hop(nil), r.Hops...)
				r.Hops[0].Fee.Lsh(uint256.NewInt(uint64(rng.IntN(1000))+1), 200)
				r.MinOut.Lsh(uint256.NewInt(7), 70)
			}
			if got, want := toAPIRoute(&r), toAPIRouteReference(&r); !reflect.DeepEqual(got, want) {
				t.Fatalf("route %s:\ngot  %+v\nwant %+v", r.Path(), got, want)
			}
		}
	}
	if n < 50 {
		t.Fatalf("only %d requests had routes", n)
	}
	if got, want := toAPIRoute(&routing.Route{}), toAPIRouteReference(&routing.Route{}); !reflect.DeepEqual(got, want) {
		t.Fatalf("empty route: got %+v, want %+v", got, want)
	}
}

func TestQuoteIDMatchesTheFormattedOne(t *testing.T) {
	now := time.Date(2026, 11, 24, 1, 2, 3, 4, time.UTC)
	req := api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000"}
	h := sha256.Sum256([]byte(fmt.Sprintf("%s|%d|%d|%s|%s|%s", "n7", 42, now.UnixNano(), req.From, req.To, req.Amount)))
	if got, want := quoteID("n7", 42, now, &req), "q_"+hex.EncodeToString(h[:12]); got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

// TestDecimalsMatchDec holds appendDec to uint256's Dec on amounts of every
// size, around 2^64, 10^19×2^64 and the powers of ten.
func TestDecimalsMatchDec(t *testing.T) {
	r := rand.New(rand.NewPCG(51, 52))
	var vals []routing.Amount
	for i := 0; i < 20000; i++ {
		var a routing.Amount
		words := 1 + r.IntN(4)
		for w := 0; w < words; w++ {
			a[w] = r.Uint64() >> r.IntN(64)
		}
		vals = append(vals, a)
	}
	for e := 0; e <= 77; e++ {
		var p, one routing.Amount
		p.Exp(uint256.NewInt(10), uint256.NewInt(uint64(e)))
		one.SetOne()
		var below routing.Amount
		below.Sub(&p, &one)
		vals = append(vals, p, below)
	}
	var edge routing.Amount // 10^19 × 2^64 and its neighbours
	edge.SetUint64(1e19)
	edge.Lsh(&edge, 64)
	for d := uint64(0); d < 3; d++ {
		var x, y routing.Amount
		x.AddUint64(&edge, d)
		y.SubUint64(&edge, d+1)
		vals = append(vals, x, y)
	}
	for _, a := range vals {
		if got, want := dec(&a), a.Dec(); got != want {
			t.Fatalf("%x: %s, want %s", a, got, want)
		}
	}
}

// The reply's rounding keeps what matters: an uncertain outcome never
// reads as certain or impossible, figures too large to round stay, and
// non-finite values reach the encoder (which refuses them) unchanged.
func TestReplyPrecision(t *testing.T) {
	cases := []struct {
		name      string
		got, want float64
	}{
		{"usd noise", usd(0.863160999999991), 0.863161},
		{"usd negative", usd(-2.4667030000000523), -2.466703},
		{"bps", bps(9.155279473365336), 9.1553},
		{"seconds noise", seconds(1.2000000000000002), 1.2},
		{"seconds whole", seconds(96), 96},
		{"probability", probability(0.98604494802), 0.986045},
		{"almost certain", probability(0.9999999), 0.999999},
		{"certain", probability(1), 1},
		{"almost impossible", probability(1e-9), 0.000001},
		{"impossible", probability(0), 0},
		{"too large to round", usd(3e12 + 0.123), 3e12 + 0.123},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, c.got, c.want)
		}
	}
	if v := usd(math.Inf(1)); !math.IsInf(v, 1) {
		t.Errorf("usd(+Inf) = %v", v)
	}
	if v := probability(math.NaN()); !math.IsNaN(v) {
		t.Errorf("probability(NaN) = %v", v)
	}
}
