package quote

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/straitnet/strait/routing"
)

// oracleRoute is a route's figures the slow, plain way: amounts as big
// integers, trust as its index in a list written out here.
type oracleRoute struct {
	out, min     *big.Int
	p50, p90, ok float64
	trust        int
}

var oracleTrust = []string{"native", "light-client", "issuer-attestation", "optimistic", "committee"}

func oracleOf(r *routing.Route) oracleRoute {
	o := oracleRoute{out: r.AmountOut.ToBig(), min: r.MinOut.ToBig(), p50: seconds(r.ETAP50), p90: seconds(r.ETAP90), ok: probability(r.Success)}
	for _, h := range r.Hops {
		t := slices.Index(oracleTrust, h.Trust)
		if t < 0 {
			t = len(oracleTrust) - 1
		}
		o.trust = max(o.trust, t)
	}
	return o
}

// oracleListed lists, by the definition: route 0, then every route that
// no route before it (listed or not) dominates. (Dominance is transitive,
// so "before it" and "listed before it" pick the same routes; listed
// compares only with the listed ones.)
func oracleListed(routes []routing.Route) []int {
	var out []int
	for i := range routes {
		b := oracleOf(&routes[i])
		dominated := false
		for j := 0; j < i && !dominated; j++ {
			a := oracleOf(&routes[j])
			geq := []bool{a.out.Cmp(b.out) >= 0, a.min.Cmp(b.min) >= 0, a.p50 <= b.p50, a.p90 <= b.p90, a.ok >= b.ok, a.trust <= b.trust}
			gt := []bool{a.out.Cmp(b.out) > 0, a.min.Cmp(b.min) > 0, a.p50 < b.p50, a.p90 < b.p90, a.ok > b.ok, a.trust < b.trust}
			dominated = !slices.Contains(geq, false) && slices.Contains(gt, true)
		}
		if !dominated {
			out = append(out, i)
		}
	}
	return out
}

// randomRoutes draws n routes whose figures come from tiny sets, so that
// ties, dominance and trade-offs all turn up often.
func randomRoutes(rng *rand.Rand, n int) []routing.Route {
	trusts := append(slices.Clone(oracleTrust), "unheard-of")
	routes := make([]routing.Route, n)
	for i := range routes {
		r := &routes[i]
		r.AmountOut.SetUint64(1000 + uint64(rng.IntN(3)))
		r.MinOut.SetUint64(990 + uint64(rng.IntN(3)))
		// Figures that differ below what the reply shows are equal.
		r.ETAP50 = 10 + float64(rng.IntN(3)) + float64(rng.IntN(2))*1e-5
		r.ETAP90 = 20 + float64(rng.IntN(3))
		r.Success = 0.99 + float64(rng.IntN(3))/1000 + float64(rng.IntN(2))*1e-8
		for range 1 + rng.IntN(3) {
			r.Hops = append(r.Hops, routing.Hop{Trust: trusts[rng.IntN(len(trusts))]})
		}
	}
	return routes
}

func TestListedMatchesTheOracle(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	seen := map[int]int{} // routes listed of five: how often
	for range 20000 {
		routes := randomRoutes(rng, rng.IntN(7))
		want := oracleListed(routes)
		got := listed(routes, false, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("listed %v, want %v, of %+v", got, want, routes)
		}
		if len(routes) > 0 && got[0] != 0 {
			t.Fatalf("the chosen route is not listed first: %v", got)
		}
		if all := listed(routes, true, nil); len(all) != len(routes) {
			t.Fatalf("all: listed %v of %d", all, len(routes))
		}
		if len(routes) == 5 {
			seen[len(got)]++
		}
	}
	// The draw must exercise both outcomes, or the comparison proves little.
	if seen[1] == 0 || seen[5] == 0 || seen[3] == 0 {
		t.Fatalf("routes listed of five: %v", seen)
	}
	t.Logf("routes listed of five: %v", seen)
}

// The rules one by one: what makes a route dominated, and what keeps it.
func TestListedRules(t *testing.T) {
	route := func(out, min uint64, p50, p90, ok float64, trust ...string) routing.Route {
		r := routing.Route{ETAP50: p50, ETAP90: p90, Success: ok}
		r.AmountOut.SetUint64(out)
		r.MinOut.SetUint64(min)
		for _, tr := range trust {
			r.Hops = append(r.Hops, routing.Hop{Trust: tr})
		}
		return r
	}
	best := route(100, 99, 10, 20, 0.99, "native", "issuer-attestation")
	for _, c := range []struct {
		name   string
		second routing.Route
		listed bool
	}{
		{"worse in amount out only", route(98, 99, 10, 20, 0.99, "issuer-attestation"), false},
		{"worse in everything", route(90, 80, 30, 60, 0.9, "committee"), false},
		{"worse in trust only", route(100, 99, 10, 20, 0.99, "native", "committee"), false},
		{"an unknown trust class counts as the most trust", route(100, 99, 10, 20, 0.99, "bespoke"), false},
		{"a figure better below the reply's rounding", route(100, 99, 9.9999, 20, 0.99, "committee"), false},
		{"equal in every figure", route(100, 99, 10, 20, 0.99, "issuer-attestation"), true},
		{"more out", route(101, 99, 30, 60, 0.5, "committee"), true},
		{"a higher minimum", route(100, 100, 30, 60, 0.5, "committee"), true},
		{"sooner at p50", route(1, 1, 9, 60, 0.5, "committee"), true},
		{"sooner at p90", route(1, 1, 30, 19, 0.5, "committee"), true},
		{"likelier to arrive", route(1, 1, 30, 60, 0.995, "committee"), true},
		{"less trust", route(1, 1, 30, 60, 0.5, "light-client"), true},
	} {
		got := listed([]routing.Route{best, c.second}, false, nil)
		if (len(got) == 2) != c.listed {
			t.Errorf("%s: listed %v", c.name, got)
		}
	}
	// A later route that dominates an earlier one does not unlist it: the
	// first is the chosen route, whatever else the router weighed.
	worse := route(90, 80, 30, 60, 0.9, "committee")
	if got := listed([]routing.Route{worse, best}, false, nil); !slices.Equal(got, []int{0, 1}) {
		t.Fatalf("listed %v", got)
	}
	// A route dominated only by an unlisted one is dominated by what
	// dominates that one.
	mid := route(95, 90, 20, 40, 0.95, "optimistic")
	if got := listed([]routing.Route{best, mid, worse}, false, []int{7}); !slices.Equal(got, []int{7, 0}) {
		t.Fatalf("listed %v, want [7 0] (appended to what idx held)", got)
	}
}
