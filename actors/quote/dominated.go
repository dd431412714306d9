package quote

import "github.com/straitnet/strait/routing"

// listed picks the routes of an answer that a reply lists: the chosen
// route (the first, the one a submit carries out), then each later route
// that no route listed before it dominates, in the router's order. A route
// dominates another when it is at least as good in every figure a wallet
// shows and weighs — amount out, minimum out, p50 and p90 arrival,
// success, and the trust its weakest hop asks for — and better in one, as
// the reply writes them (rounded). A dominated route is worse whichever
// way a user weighs the figures, and only the first route can be
// submitted: listing it would only offer a choice nobody should make.
// (Multi-criteria journey planners return their Pareto set for the same
// reason.) Routes whose figures are all equal are all listed: they are
// different bridges to the same result.
//
// It appends the indices of the listed routes to idx and returns them.
// all lists every route.
func listed(routes []routing.Route, all bool, idx []int) []int {
	if all || len(routes) <= 1 || len(routes) > routing.MaxK {
		for i := range routes {
			idx = append(idx, i)
		}
		return idx
	}
	var fs [routing.MaxK]figs
	start := len(idx)
	for i := range routes {
		fs[i] = figsOf(&routes[i])
		dominated := false
		for _, j := range idx[start:] {
			if fs[j].dominates(&fs[i]) {
				dominated = true
				break
			}
		}
		if !dominated {
			idx = append(idx, i)
		}
	}
	return idx
}

// figs are a route's figures as the reply shows them.
type figs struct {
	out, min     *routing.Amount
	p50, p90, ok float64
	trust        routing.TrustClass
}

func figsOf(r *routing.Route) figs {
	f := figs{out: &r.AmountOut, min: &r.MinOut, p50: seconds(r.ETAP50), p90: seconds(r.ETAP90), ok: probability(r.Success)}
	for i := range r.Hops {
		t, known := routing.ParseTrustClass(r.Hops[i].Trust)
		if !known {
			t = routing.TrustCommittee // an unknown class is taken as the most trust
		}
		f.trust = max(f.trust, t)
	}
	return f
}

// dominates: a is at least as good as b in every figure and better in one.
func (a *figs) dominates(b *figs) bool {
	outCmp, minCmp := a.out.Cmp(b.out), a.min.Cmp(b.min)
	if outCmp < 0 || minCmp < 0 || a.p50 > b.p50 || a.p90 > b.p90 || a.ok < b.ok || a.trust > b.trust {
		return false
	}
	return outCmp > 0 || minCmp > 0 || a.p50 < b.p50 || a.p90 < b.p90 || a.ok > b.ok || a.trust < b.trust
}
