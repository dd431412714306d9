package routing

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strings"
)

// newQuery validates req against the snapshot and resolves it.
func (s *Snapshot) newQuery(req *Request) (*query, error) {
	q := &query{}
	if err := s.initQuery(q, req); err != nil {
		return nil, err
	}
	return q, nil
}

// initQuery is newQuery into q (RouteInto keeps the query and its request
// in the pooled scratch rather than allocating them).
func (s *Snapshot) initQuery(q *query, req *Request) error {
	if err := req.validateShape(); err != nil {
		return err
	}
	src, ok := s.assetIdx[req.From]
	if !ok {
		return errf(CodeUnknownAsset, "from", "unknown source asset %q", req.From)
	}
	dst, ok := s.assetIdx[req.To]
	if !ok {
		return errf(CodeUnknownAsset, "to", "unknown destination asset %q", req.To)
	}
	*q = query{s: s, req: req, src: src, dst: dst, maxHops: req.Constraints.MaxHops, k: req.K}
	if req.Preset == Static {
		if len(req.Static) != len(s.Edges) {
			return errf(CodeBadRequest, "static", "static weights: %d given for %d edges", len(req.Static), len(s.Edges))
		}
		q.static = true
	} else {
		q.w = PresetWeights[req.Preset]
	}
	q.v = s.ValueUSD(src, &req.Amount)
	if math.IsInf(q.v, 0) || math.IsNaN(q.v) {
		return errf(CodeBadAmount, "amount", "amount is too large to value")
	}
	q.vLow = q.v * (1 - float64(req.Constraints.MaxFeeBps)/1e4)
	q.logMin = math.Inf(-1)
	if req.Constraints.MinSuccess > 0 {
		q.logMin = math.Log(req.Constraints.MinSuccess)
	}
	q.volMin = 1 - float64(req.Constraints.SlippageBps)/1e4
	set := func(xs []string) map[string]bool {
		if len(xs) == 0 {
			return nil
		}
		m := make(map[string]bool, len(xs))
		for _, x := range xs {
			m[x] = true
		}
		return m
	}
	q.allow, q.deny, q.prefer = set(req.Constraints.AllowBridges), set(req.Constraints.DenyBridges), set(req.Constraints.PreferBridges)
	q.initFactors()
	return nil
}

// Route answers a request: the k best routes, a split when it beats them,
// and an explanation. Bad requests and "no route" are coded errors.
func (s *Snapshot) Route(req Request) (*Answer, error) {
	ans := &Answer{}
	if err := s.RouteInto(req, ans); err != nil {
		return nil, err
	}
	return ans, nil
}

// RouteInto is Route writing the answer into ans, whose previous content it
// replaces: it reuses the storage of ans's routes and their hops, so a
// caller that recycles answers (the quote service, which copies what it
// keeps) does not allocate them again for every request. On error ans holds
// nothing useful.
func (s *Snapshot) RouteInto(in Request, ans *Answer) error {
	sc := scratchPool.Get().(*scratch)
	defer func() {
		sc.q, sc.req = query{}, Request{} // (the pool keeps no snapshot or request alive)
		scratchPool.Put(sc)
	}()
	sc.req = in
	req, q := &sc.req, &sc.q // (the request with its defaults filled in)
	if err := s.initQuery(q, req); err != nil {
		return err
	}
	sc.reset(len(s.Assets), len(s.Edges), q.maxHops)
	sc.bounds(q)
	var st pruneStats
	done := sc.search(q, &st)

	routes, slab := ans.Routes[:0], ans.hopSlab
	*ans = Answer{From: req.From, To: req.To, Amount: req.Amount, ValueUSD: q.v, Preset: req.Preset, Snapshot: s.Version}
	// The routes' hops share one slab (one allocation, reused by RouteInto).
	nh := 0
	for _, li := range done {
		nh += int(sc.labels[li].hops)
	}
	if cap(slab) < nh {
		slab = make([]Hop, 0, nh)
	}
	slab = slab[:0]
	if routes == nil || cap(routes) < len(done) { // (never nil: no route encodes as [])
		routes = make([]Route, 0, len(done))
	}
	ans.Routes, ans.hopSlab = routes, slab
	for _, li := range done {
		h := int(sc.labels[li].hops)
		n := len(ans.Routes)
		ans.Routes = ans.Routes[:n+1] // (room for every route: see above)
		q.build(&ans.Routes[n], sc, li, slab[len(slab):len(slab):len(slab)+h])
		slab = slab[:len(slab)+h]
	}
	// Equal scores come out in search order; fix a total order so the same
	// request always lists the same routes the same way.
	// (slices' generic sort: sort.SliceStable's reflection allocated on
	// every answer; a stable sort's order is the same either way.)
	// (The search finds them in order of cost, so they are mostly in
	// order already: checked through pointers first, as the sort's
	// comparisons copy two routes each.)
	if !routesInOrder(ans.Routes) {
		sortRoutes(ans.Routes)
	}
	if len(ans.Routes) == 0 {
		sc.countCapacityExclusions(q) // (needsSplit reads the count)
	}
	if req.Split == "auto" && !q.static && needsSplit(ans.Routes, q.capExcluded) {
		if sp, err := s.planSplit(q, sc); err == nil && (len(ans.Routes) == 0 || sp.Score < ans.Routes[0].Score) {
			if len(ans.Routes) > 0 {
				sp.BeatsSingleBy = ans.Routes[0].Score - sp.Score
			}
			ans.Split = sp
		}
	}
	if len(ans.Routes) == 0 && ans.Split == nil {
		return s.noRoute(q, &st)
	}
	if !req.NoWhy {
		ans.Why = explain(ans)
	}
	return nil
}

// compareRoutes orders routes by score, then by their edge ids.
func compareRoutes(a, b *Route) int {
	if a.Score != b.Score {
		if a.Score < b.Score {
			return -1
		}
		return 1 // (only "< 0" is asked, as sort's less was)
	}
	return compareRouteKeys(a, b)
}

// routesInOrder reports whether no route sorts before the one ahead of it
// (a stable sort would then leave them as they are).
func routesInOrder(rs []Route) bool {
	for i := 1; i < len(rs); i++ {
		if compareRoutes(&rs[i], &rs[i-1]) < 0 {
			return false
		}
	}
	return true
}

func appendRouteKey(b []byte, r *Route) []byte {
	for _, h := range r.Hops {
		b = append(b, h.Edge...)
		b = append(b, '|')
	}
	return b
}

// compareRouteKeys orders routes by their edge ids joined with '|' (ties
// between equal scores are common), hop by hop without joining them: equal
// ids are passed over, and the first ids that differ decide at their first
// difference — their own bytes, or the '|' after the shorter one — unless
// that byte of the longer one is a '|' too (an id holding a '|': the joined
// keys are compared then).
func compareRouteKeys(a, b *Route) int {
	n := min(len(a.Hops), len(b.Hops))
	for i := 0; i < n; i++ {
		x, y := a.Hops[i].Edge, b.Hops[i].Edge
		if x == y {
			continue
		}
		p := 0
		for p < len(x) && p < len(y) && x[p] == y[p] {
			p++
		}
		switch {
		case p < len(x) && p < len(y):
			return cmpByte(x[p], y[p])
		case p == len(x) && y[p] != '|':
			return cmpByte('|', y[p])
		case p == len(y) && x[p] != '|':
			return cmpByte(x[p], '|')
		}
		return compareRouteKeysJoined(a, b)
	}
	// One route's ids are the first of the other's: its key is a prefix.
	switch {
	case len(a.Hops) < len(b.Hops):
		return -1
	case len(a.Hops) > len(b.Hops):
		return 1
	}
	return 0
}

func cmpByte(x, y byte) int {
	if x < y {
		return -1
	}
	return 1
}

// compareRouteKeysJoined is compareRouteKeys over the joined keys, in stack
// buffers.
func compareRouteKeysJoined(a, b *Route) int {
	var ba, bb [256]byte
	return bytes.Compare(appendRouteKey(ba[:0], a), appendRouteKey(bb[:0], b))
}

// sortRoutes is slices.SortStableFunc(rs, compareRoutes) through an index
// (the same algorithm on the same comparisons, so the same order): the
// sort's comparisons copied two routes each.
func sortRoutes(rs []Route) {
	const most = 16
	if len(rs) > most || useReference {
		slices.SortStableFunc(rs, func(a, b Route) int { return compareRoutes(&a, &b) })
		return
	}
	var idx [most]int
	var tmp [most]Route
	ix := idx[:len(rs)]
	for i := range ix {
		ix[i] = i
	}
	slices.SortStableFunc(ix, func(i, j int) int { return compareRoutes(&rs[i], &rs[j]) })
	for k, i := range ix {
		tmp[k] = rs[i]
	}
	copy(rs, tmp[:len(rs)])
}

// needsSplit: a split is worth computing when no single route exists or the
// best one runs into uncertain liquidity.
func needsSplit(rs []Route, capExcluded int) bool {
	if len(rs) == 0 {
		return capExcluded > 0
	}
	for _, h := range rs[0].Hops {
		if h.SuccessLiquidity < 0.999 {
			return true
		}
	}
	return false
}

// noRoute builds the coded error for a request with no admissible route,
// saying what excluded the candidates.
func (s *Snapshot) noRoute(q *query, st *pruneStats) error {
	var why []string
	add := func(n int, what string) {
		if n > 0 {
			why = append(why, fmt.Sprintf("%d by %s", n, what))
		}
	}
	add(st.capacity, "capacity or fees larger than the amount")
	add(st.fee, "max_fee_bps")
	add(st.eta, "max_eta_s")
	add(st.success, "min_success")
	add(st.slippage, "slippage_bps")
	if len(why) == 0 && q.capExcluded > 0 {
		// The bound sweep left out the hops that cannot carry the amount
		// before any partial route reached them (so the search counted
		// none), and no split over the others reaches the destination.
		options := "hop options on the way lack"
		if q.capExcluded == 1 {
			options = "hop option on the way lacks"
		}
		split := "no split over the others does"
		if q.req.Split != "auto" {
			split = "the request allows no split"
		}
		return errf(CodeNoRoute, "amount", "no route from %s to %s within %d hops can carry $%.2f: %d %s the liquidity or capacity for it, and %s",
			q.req.From, q.req.To, q.maxHops, q.v, q.capExcluded, options, split)
	}
	if len(why) == 0 {
		return errf(CodeNoRoute, "", "no route from %s to %s within %d hops over usable bridges", q.req.From, q.req.To, q.maxHops)
	}
	return errf(CodeNoRoute, "", "no route from %s to %s satisfies the request; partial routes were excluded %s", q.req.From, q.req.To, strings.Join(why, ", "))
}
