package routing

import (
	"math/rand/v2"
	"testing"
)

// TestHopIndexNamesTheEdge checks that every hop of many answers, routes,
// split parts and recoveries, through Route and through a recycled
// RouteInto, carries the index of its edge in the snapshot's Edges.
func TestHopIndexNamesTheEdge(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	for ti, s := range refTopologies(t) {
		r := rand.New(rand.NewPCG(uint64(ti), 41))
		var recycled Answer
		hops, splits, recoveries := 0, 0, 0
		check := func(i int, what string, hs []Hop) {
			t.Helper()
			for j, h := range hs {
				if h.Index < 0 || int(h.Index) >= len(s.Edges) || s.Edges[h.Index].ID != h.Edge {
					t.Fatalf("topology %d, request %d, %s hop %d: index %d does not name edge %q", ti, i, what, j, h.Index, h.Edge)
				}
				hops++
			}
		}
		for i := range n {
			req := refRequest(s, r)
			ans := &recycled
			var err error
			if i%2 == 0 {
				err = s.RouteInto(req, ans)
			} else {
				ans, err = s.Route(req)
			}
			if err != nil {
				continue
			}
			for _, rt := range ans.Routes {
				check(i, "route", rt.Hops)
			}
			if ans.Split != nil {
				splits++
				for _, p := range ans.Split.Parts {
					check(i, "split part", p.Route.Hops)
				}
			}
			if len(ans.Routes) > 0 && i%10 == 0 {
				rt := &ans.Routes[0]
				in := RecoveryInput{Held: req.From, To: req.To, Amount: req.Amount, Now: 0, Deadline: 1e9,
					FailedEdges: []string{rt.Hops[0].Edge}}
				if rec := s.DecideRecovery(in); rec.Route != nil {
					recoveries++
					check(i, "recovery", rec.Route.Hops)
				}
			}
		}
		if hops == 0 || splits == 0 || recoveries == 0 {
			t.Fatalf("topology %d: %d hops, %d splits and %d recoveries checked: the test needs all three", ti, hops, splits, recoveries)
		}
		t.Logf("topology %d: %d hops checked, %d answers with a split, %d recoveries", ti, hops, splits, recoveries)
	}
}
