package routing

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// SplitPart is one route of a split with its share of the amount.
type SplitPart struct {
	Share Amount `json:"share"`
	Route Route  `json:"route"`
}

// Split divides an amount across routes.
type Split struct {
	Parts     []SplitPart `json:"parts"`
	AmountOut Amount      `json:"amount_out"`
	Score     float64     `json:"score_usd"`
	// BeatsSingleBy is how much less the split costs than the best single
	// route (0 when no single route exists).
	BeatsSingleBy float64 `json:"beats_single_by_usd"`
	Reason        string  `json:"reason"`
}

// segmentsPerEdge is how finely an edge's convex cost is linearised.
const segmentsPerEdge = 4

// arc is a linear piece of an edge in the flow network.
type arc struct {
	edge     int32
	from, to int32
	// lfrom, lto number the nodes of the flow network densely, so that the
	// shortest-path passes work on arrays of its size, not the graph's.
	lfrom, lto int32
	cap        float64 // USD
	cost       float64 // USD of cost per USD moved
	flow       float64
}

// planSplit divides the request's amount over routes with a min-cost flow
// (successive shortest paths) on the hop-bounded subgraph, each edge's cost a
// convex piecewise-linear function of the value it carries: fee rate, time
// and the risk of uncertain liquidity (Pickhardt–Richter). The flow is then
// decomposed into routes and every part is scored exactly at its share.
func (s *Snapshot) planSplit(q *query, sc *scratch) (*Split, error) {
	n := len(s.Assets)
	var near []int32
	// The distances from the source and to the destination, up to
	// maxHops-1: an edge within the hop bound has at most that on each
	// side (the passes' last level, the widest, decided nothing).
	depth := q.maxHops - 1
	if useReference {
		depth = q.maxHops
	}
	sc.splitDF, near = hopDistances(sc.splitDF, n, q.src, &s.out, depth, &sc.frontier, &sc.next, true, sc.splitNear[:0])
	sc.splitNear = near
	sc.splitDB, _ = hopDistances(sc.splitDB, n, q.dst, &s.in, depth, &sc.frontier, &sc.next, false, nil)
	dF, dB := sc.splitDF, sc.splitDB
	arcs := sc.arcs[:0]
	defer func() { sc.arcs = arcs[:0] }()
	// The edges within the hop bound, in edge order: from the out-lists of
	// the nodes the source reaches (a few of the graph's edges, whose
	// endpoints the lists carry) rather than a pass over every edge.
	cand := sc.splitEdges[:0]
	for _, v := range near {
		if int(dF[v]) >= q.maxHops {
			continue
		}
		eis := s.Out(v)
		tos := s.out.ends(v)[:len(eis)]
		// dB[to] >= 0 && dF[v]+1+dB[to] <= maxHops, as one unsigned
		// comparison (dB is -1 where the destination is out of reach),
		// the edges that fail it skipped in a loop of their own.
		lim := uint8(q.maxHops - 1 - int(dF[v]))
		for k := 0; k < len(tos); k++ {
			for k < len(tos) && uint8(dB[tos[k]]) > lim {
				k++
			}
			if k == len(tos) {
				break
			}
			cand = append(cand, eis[k])
		}
	}
	slices.Sort(cand)
	if useReference { // every edge (the loop below applies the same test)
		cand = cand[:0]
		for ei := range s.Edges {
			cand = append(cand, int32(ei))
		}
	}
	sc.splitEdges = cand
	for _, ei := range cand {
		e := &s.Edges[ei]
		if dF[e.From] < 0 || dB[e.To] < 0 || int(dF[e.From])+1+int(dB[e.To]) > q.maxHops || !q.edgeAllowed(e) || e.To == q.src || e.From == q.dst {
			continue
		}
		risk0 := s.hot[ei].risk0
		if math.IsInf(risk0, 1) {
			continue
		}
		hi, lo := q.v, q.v
		if e.CapHiUSD > 0 {
			hi, lo = math.Min(hi, e.CapHiUSD), math.Min(hi, e.CapLoUSD)
		}
		var curve *Curve
		if c := e.Fee.Curve; c != nil {
			curve = c
			hi = math.Min(hi, s.ValueUSD(e.From, &c.Available))
			lo = math.Min(lo, hi)
		}
		if hi <= 0 {
			continue
		}
		base := e.Fee.RatePPM/1e6 + q.w.TimePerHour*e.Latency.P50/3600 + q.w.RiskPerNat*risk0 + q.penaltyPPM(e)/1e6
		marginal := func(x float64) float64 {
			c := base
			if x > lo && hi > lo {
				r := -math.Log((hi - x) / (hi - lo))
				c += q.w.RiskPerNat * (r + x/(hi-x))
			}
			if curve != nil {
				units := s.UnitsForUSD(e.From, x)
				if rate, ok := curve.ratePPM(&units); ok {
					c += rate / 1e6
				}
			}
			return c
		}
		add := func(a, b float64) {
			if b-a <= 1e-9 {
				return
			}
			arcs = append(arcs, arc{edge: int32(ei), from: e.From, to: e.To, cap: b - a, cost: marginal((a + b) / 2)})
		}
		if curve != nil {
			for i := 0; i < segmentsPerEdge; i++ {
				add(lo*float64(i)/segmentsPerEdge, lo*float64(i+1)/segmentsPerEdge)
			}
		} else {
			add(0, lo)
		}
		for i := 0; i < segmentsPerEdge; i++ {
			add(lo+(hi-lo)*float64(i)/segmentsPerEdge, lo+(hi-lo)*float64(i+1)/segmentsPerEdge)
		}
	}
	// Number the network's nodes densely (the source first).
	sc.markGen++
	if sc.markGen == 0 {
		clear(sc.mark)
		sc.markGen = 1
	}
	local := sc.local[:0]
	id := func(v int32) int32 {
		if sc.mark[v] != sc.markGen {
			sc.mark[v] = sc.markGen
			sc.lid[v] = int32(len(local))
			local = append(local, v)
		}
		return sc.lid[v]
	}
	lsrc, ldst := id(q.src), id(q.dst)
	for i := range arcs {
		arcs[i].lfrom, arcs[i].lto = id(arcs[i].from), id(arcs[i].to)
	}
	sc.local = local
	// Successive shortest paths with Bellman-Ford on the residual network.
	need := q.v
	for iter := 0; need > q.v*1e-9 && iter < 200; iter++ {
		path := sc.cheapestResidual(len(local), arcs, lsrc, ldst)
		if path == nil {
			break
		}
		push := need
		for _, p := range path {
			push = math.Min(push, p.residual(arcs))
		}
		if push <= 0 {
			break
		}
		for _, p := range path {
			if p.reverse {
				arcs[p.arc].flow -= push
			} else {
				arcs[p.arc].flow += push
			}
		}
		need -= push
	}
	if need > q.v*1e-6 {
		return nil, errf(CodeInsufficientSplit, "amount", "the bridges from %s to %s within %d hops carry at most $%.2f of the $%.2f requested",
			q.req.From, q.req.To, q.maxHops, q.v-need, q.v)
	}
	paths := decompose(s, arcs, q.src, q.dst)
	if len(paths) == 0 {
		return nil, errf(CodeNoRoute, "", "no split route")
	}
	// A plan of many slivers is worse for the user than a few parts (each
	// part is a transaction to sign and track): first try the largest parts
	// only, and fall back to every part if those cannot carry the amount.
	sort.SliceStable(paths, func(i, j int) bool { return paths[i].flow > paths[j].flow })
	total := 0.0
	for _, p := range paths {
		total += p.flow
	}
	few := 0
	for few < len(paths) && few < maxSplitParts && (few == 0 || paths[few].flow >= total*minSplitShare) {
		few++
	}
	all, err := q.assignShares(paths)
	if few < len(paths) {
		if sp, ferr := q.assignShares(paths[:few]); ferr == nil && (err != nil || sp.Score <= all.Score*(1+fewPartsSlack)) {
			return sp, nil
		}
	}
	return all, err
}

// Split plans keep at most maxSplitParts parts, each at least minSplitShare
// of the flow, when those carry the amount for at most fewPartsSlack more.
const (
	maxSplitParts = 6
	minSplitShare = 0.02
	fewPartsSlack = 0.01
)

// assignShares divides the amount over paths in proportion to their flow and
// scores every part exactly; it fails when a part breaks the request's rules.
func (q *query) assignShares(paths []flowPath) (*Split, error) {
	s := q.s
	// Shares in base units: proportional, rounded down, the remainder on the
	// largest part, so they add up to the amount exactly.
	total := 0.0
	for _, p := range paths {
		total += p.flow
	}
	sp := &Split{}
	var sum Amount
	shares := make([]Amount, len(paths))
	largest := 0
	for i, p := range paths {
		frac := p.flow / total
		var x Amount
		x.MulDivOverflow(&q.req.Amount, uint256From(uint64(frac*1e12)), uint256From(1e12))
		shares[i] = x
		sum.Add(&sum, &x)
		if p.flow > paths[largest].flow {
			largest = i
		}
	}
	var rem Amount
	rem.Sub(&q.req.Amount, &sum)
	shares[largest].Add(&shares[largest], &rem)
	for i, p := range paths {
		if shares[i].IsZero() {
			continue
		}
		if len(p.edges) > q.maxHops {
			return nil, errf(CodeNoRoute, "", "split route longer than %d hops", q.maxHops)
		}
		sub := *q
		subReq := *q.req
		subReq.Amount = shares[i]
		sub.req = &subReq
		sub.v = s.ValueUSD(q.src, &shares[i])
		sub.vLow = sub.v * (1 - float64(q.req.Constraints.MaxFeeBps)/1e4)
		r, ok := sub.admit(p.edges)
		if !ok {
			return nil, errf(CodeNoRoute, "", "split part %d cannot be carried within the constraints", i)
		}
		sp.Parts = append(sp.Parts, SplitPart{Share: shares[i], Route: r})
		sp.AmountOut.Add(&sp.AmountOut, &r.AmountOut)
		sp.Score += r.Score
	}
	sp.Reason = fmt.Sprintf("Split across %d routes (min-cost flow over capacities): expected cost $%.4f for the whole amount.", len(sp.Parts), sp.Score)
	return sp, nil
}

// hopDistances is a BFS over adjacency c's far ends, at most maxHops steps
// (-1 = not reached), into d (grown to n) with the frontier buffers given.
// With keep, it appends the nodes it reaches to seen.
func hopDistances(d []int8, n int, start int32, c *csr, maxHops int, fbuf, nbuf *[]int32, keep bool, seen []int32) ([]int8, []int32) {
	if cap(d) < n {
		d = make([]int8, n)
	}
	d = d[:n]
	fill8(d, -1)
	d[start] = 0
	if keep {
		seen = append(seen, start)
	}
	front := append((*fbuf)[:0], start)
	next := (*nbuf)[:0]
	for h := 1; h <= maxHops && len(front) > 0; h++ {
		next = next[:0]
		for _, v := range front {
			for _, u := range c.ends(v) {
				if d[u] < 0 {
					d[u] = int8(h)
					next = append(next, u)
				}
			}
		}
		if keep {
			seen = append(seen, next...)
		}
		front, next = next, front
	}
	*fbuf, *nbuf = front[:0], next[:0]
	return d, seen
}

type step struct {
	arc     int32
	reverse bool
}

func (p step) residual(arcs []arc) float64 {
	if p.reverse {
		return arcs[p.arc].flow
	}
	return arcs[p.arc].cap - arcs[p.arc].flow
}

// cheapestResidual finds the cheapest augmenting path by Bellman-Ford over
// the network's n densely numbered nodes.
func (sc *scratch) cheapestResidual(n int, arcs []arc, src, dst int32) []step {
	if cap(sc.dist) < n {
		sc.dist = make([]float64, n)
		sc.via = make([]step, n)
		sc.has = make([]bool, n)
	}
	dist, via, has := sc.dist[:n], sc.via[:n], sc.has[:n]
	for i := range dist {
		dist[i] = math.Inf(1)
		has[i] = false
	}
	dist[src] = 0
	for round := 0; round < n; round++ {
		changed := false
		for i := range arcs {
			a := &arcs[i]
			if a.cap-a.flow > 1e-9 && dist[a.lfrom]+a.cost < dist[a.lto]-1e-15 {
				dist[a.lto] = dist[a.lfrom] + a.cost
				via[a.lto], has[a.lto] = step{arc: int32(i)}, true
				changed = true
			}
			if a.flow > 1e-9 && dist[a.lto]-a.cost < dist[a.lfrom]-1e-15 {
				dist[a.lfrom] = dist[a.lto] - a.cost
				via[a.lfrom], has[a.lfrom] = step{arc: int32(i), reverse: true}, true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
	if math.IsInf(dist[dst], 1) {
		return nil
	}
	path := sc.path[:0]
	for v, guard := dst, 0; v != src; guard++ {
		if !has[v] || guard > n {
			return nil
		}
		p := via[v]
		path = append(path, p)
		if p.reverse {
			v = arcs[p.arc].lto
		} else {
			v = arcs[p.arc].lfrom
		}
	}
	sc.path = path
	return path
}

type flowPath struct {
	edges []int32
	flow  float64
}

// decompose splits the edge flows into source-to-destination paths.
func decompose(s *Snapshot, arcs []arc, src, dst int32) []flowPath {
	flow := map[int32]float64{}
	for _, a := range arcs {
		if a.flow > 1e-9 {
			flow[a.edge] += a.flow
		}
	}
	var out []flowPath
	for guard := 0; guard < 64; guard++ {
		var edges []int32
		seen := map[int32]bool{src: true}
		v := src
		f := math.Inf(1)
		for v != dst {
			best, bestF := int32(-1), 0.0
			for _, ei := range s.Out(v) {
				if fl := flow[ei]; fl > 1e-9 && !seen[s.Edges[ei].To] && (best < 0 || fl > bestF) {
					best, bestF = ei, fl
				}
			}
			if best < 0 {
				break
			}
			edges = append(edges, best)
			f = math.Min(f, bestF)
			v = s.Edges[best].To
			seen[v] = true
		}
		if v != dst || len(edges) == 0 {
			break
		}
		for _, ei := range edges {
			flow[ei] -= f
		}
		out = append(out, flowPath{edges: edges, flow: f})
	}
	return out
}

// admit evaluates a path and applies the request's rules to it, hop by
// hop: the naive check that brute-force oracles and split plans use.
func (q *query) admit(path []int32) (Route, bool) {
	logP, vol, eta := 0.0, 1.0, 0.0
	for _, ei := range path {
		e := &q.s.Edges[ei]
		if !q.edgeAllowed(e) || math.IsInf(q.lowerBound(ei), 1) {
			return Route{}, false
		}
		if !q.static {
			logP -= q.risk(ei)
			vol *= 1 - e.Fee.VolatilityPPM/1e6
		}
		eta += e.Latency.P90
	}
	r, ok := q.evalPath(path, q.req.Amount)
	if !ok {
		return r, false
	}
	c := q.req.Constraints
	if c.MaxETASeconds > 0 && eta > c.MaxETASeconds {
		return r, false
	}
	if logP < q.logMin || vol < q.volMin {
		return r, false
	}
	if !q.static && q.v-q.s.ValueUSD(q.dst, &r.AmountOut) > q.v-q.vLow {
		return r, false
	}
	return r, true
}
