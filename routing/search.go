package routing

import (
	"math"
	"math/bits"
	"sync"
	"sync/atomic"
)

// query is one request resolved against a snapshot: the weights, the value
// being moved and the per-edge filters the search needs.
type query struct {
	s        *Snapshot
	req      *Request
	src, dst int32
	w        Weights
	v        float64 // USD value of the request amount
	vLow     float64 // least value any admissible route holds at any hop
	logMin   float64 // log of MinSuccess (or -Inf)
	volMin   float64 // least product of (1 - fee volatility) the slippage bound allows
	maxHops  int
	k        int
	static   bool
	// capExcluded counts edges left out because the request's value exceeds
	// what they can carry: only then can a split find what a route cannot.
	capExcluded int

	allow, deny, prefer map[string]bool
	// plain: not static, and no bridge lists (workLB's common case).
	plain bool

	// Per-query factors of the edge cost formula, computed once: vT =
	// v × TimePerHour, vR = v × RiskPerNat, vPen[t] = v × the trust
	// penalty of class t / 1e6 (each the same product, in the same order,
	// as the formula itself, so the costs are the same to the bit).
	vT, vR float64
	vPen   [edgeFlagTrust + 1]float64 // (as many as flags can name: no bounds check; past the table unused)
}

// initFactors sets the per-query factors.
func (q *query) initFactors() {
	q.plain = !q.static && q.allow == nil && q.deny == nil && q.prefer == nil && !useReference
	q.vT, q.vR = q.v*q.w.TimePerHour, q.v*q.w.RiskPerNat
	for t := range trustPenaltyPPM {
		q.vPen[t] = q.v * (q.w.TrustPPM * trustPenaltyPPM[t]) / 1e6
	}
}

func (q *query) edgeAllowed(e *Edge) bool {
	if !e.Status.Usable() {
		return false
	}
	if q.deny != nil && (q.deny[e.Protocol] || q.deny[e.Bridge] || q.deny[e.ID]) {
		return false
	}
	if q.allow != nil && e.Kind == KindBridge && !(q.allow[e.Protocol] || q.allow[e.Bridge] || q.allow[e.ID]) {
		return false
	}
	return true
}

// penaltyPPM is the per-hop preference and trust penalty of e.
func (q *query) penaltyPPM(e *Edge) float64 {
	p := q.w.TrustPPM * trustPenaltyPPM[e.Trust]
	if q.prefer != nil && e.Kind == KindBridge && !(q.prefer[e.Protocol] || q.prefer[e.Bridge] || q.prefer[e.ID]) {
		p += preferPenaltyPPM
	}
	return p
}

// risk is -log P(success) of e for this request (liquidity judged at the
// request's value, so the risk of a hop does not depend on earlier fees).
func (q *query) risk(i int32) float64 {
	h, c := &q.s.hot[i], &q.s.caps[i]
	if c.capHi <= 0 || q.v <= c.capLo {
		return h.risk0
	}
	pl := liquiditySuccess(c.capLo, c.capHi, q.v)
	if pl <= 0 {
		return math.Inf(1)
	}
	return h.risk0 - math.Log(pl)
}

// lowerBound is a lower bound of e's cost for any admissible amount (+Inf
// when the edge cannot carry the request at all).
func (q *query) lowerBound(i int32) float64 {
	lb, _, _, _ := q.bound(i)
	return lb
}

// bound is lowerBound with its parts: the bound of the hop's fee alone
// (fixed fees and the zero-amount rate at the least value), the
// amount-independent rest of its cost (time, risk, penalties) and its risk.
func (q *query) bound(i int32) (lb, fee, cost, risk float64) {
	if q.static {
		return q.req.Static[i], 0, 0, 0
	}
	h, c := &q.s.hot[i], &q.s.caps[i]
	fee = h.fixedUSD + q.vLow*h.rate0/1e6
	// A pool's feasibility is judged at the request's value, like its risk,
	// so that it does not depend on fees paid earlier on the route (which
	// keeps Pareto pruning exact); the amount actually sent is never larger.
	if q.v > c.availUSD {
		q.capExcluded++
		return math.Inf(1), fee, 0, 0
	}
	risk = h.risk0
	if !(c.capHi <= 0 || q.v <= c.capLo) {
		if pl := liquiditySuccess(c.capLo, c.capHi, q.v); pl <= 0 {
			risk = math.Inf(1)
		} else {
			risk = h.risk0 - math.Log(pl)
		}
	}
	if math.IsInf(risk, 1) {
		q.capExcluded++
		return math.Inf(1), fee, 0, risk
	}
	var pen float64
	if f := h.flags; q.prefer == nil && f&edgeFlagOddTrust == 0 {
		pen = q.vPen[f&edgeFlagTrust]
	} else {
		pen = q.v * q.penaltyPPM(&q.s.Edges[i]) / 1e6
	}
	cost = q.vT*h.p50/3600 + q.vR*risk + pen
	return fee + cost, fee, cost, risk
}

// label is a partial route in the search.
type label struct {
	node    int32
	hops    int8
	parent  int32 // label index, -1 for the source
	edge    int32
	mask    uint64 // nodeBit of every node on the route (a Bloom filter of it)
	amount  Amount
	g       float64 // cost so far, USD
	usd     float64 // USD value of amount (once evaluated)
	f       float64 // g + lower bound of the rest
	eta90   float64
	logP    float64
	vol     float64 // product of (1 - fee volatility)
	pending bool    // g is a lower bound until the hop's exact fee is computed
}

// settledLabel is a label the search settled, with its route mask (what
// the dominance test reads first) and the one settled before it at its node.
type settledLabel struct {
	mask     uint64
	li, next int32
}

// nodeBit is v's bit in a label's route mask.
func nodeBit(v int32) uint64 { return 1 << (uint32(v) & 63) }

// scratch holds a query's working memory, reused across queries.
type scratch struct {
	q    query
	req  Request
	gen  uint32
	n, h int
	ew   []edgeWork  // per edge bounds (valid when stamp == gen)
	nb   []nodeBound // (h+1) levels × n nodes (valid when stamp == gen)
	// reachable[v] - rgen is the fewest hops in which v reaches the
	// destination, when that is at most maxHops-1 (larger, wrapping
	// around, otherwise): four bytes a node that out tests for every
	// out-edge. rgen moves by reachSpan a query.
	reachable []uint32
	rgen      uint32
	settled   []int32        // settled[v]: v's last settled label in setl (valid when sStamp[v] == gen)
	setl      []settledLabel // the settled labels, each linked to the one before at its node
	sStamp    []uint32
	labels    []label
	fees      []Amount // fees[i]: label i's hop fee (once evaluated)
	heap      []heapEntry
	done      []int32     // the search's finished labels
	over      []heapEntry // the search's labels above its threshold
	frontier  []int32
	next      []int32
	rl        []relaxEdge
	ball      []int32
	ballMark  []uint32 // (valid when == ballGen)
	ballGen   uint32
	front     []uint32 // frontier membership (valid when == frontGen)
	frontGen  uint32
	reach     []int32
	mark      []uint32
	markGen   uint32
	fdist     []int8 // forward hop distance from the source when not cached (farHops: beyond the search)
	fd        []int8 // this query's forward hop distances: fdist or the topology's cache
	visit     [MaxHopsLimit + 2]int32
	// Per-query out-edges worth expanding, per node (valid when adjStamp ==
	// gen): hubs have hundreds of edges, most of them towards assets that
	// cannot reach the destination in time, and a node is expanded once per
	// partial route that reaches it.
	adj      []adjEntry
	adjOff   []int32
	adjLen   []int32
	adjStamp []uint32
	// adjR[v] is the hops left after v's edge that v's list was built for:
	// it holds the edges towards nodes that reach the destination within
	// them (a list built for more hops serves fewer). Most out-edges lead
	// to nodes too far from the destination for the hops left, and the
	// search would only skip them (and work out their bounds first).
	adjR  []int8
	built []int32 // the nodes whose list was built in this query
	// Split planning's buffers.
	splitDF, splitDB []int8
	splitNear        []int32 // the nodes within the hop bound of the source
	splitEdges       []int32 // the edges a split may use
	arcs             []arc
	lid              []int32 // dense id of a node in the flow network (valid when mark == markGen)
	local            []int32
	dist             []float64
	via              []step
	has              []bool
	path             []step
}

// nodeBound is a node's bounds at one level of the bound sweep: the cost,
// the p90 ETA and the fees of reaching the destination (kept together: the
// sweep and the search read them together).
type nodeBound struct {
	h, eta, fee float64
	stamp       uint32
	// queued is the bound sweep's mark of the level that listed the node
	// for the next one (in what was padding; a level's records are its
	// own, so an earlier level's mark copied with them never matches).
	queued uint32
}

// edgeWork is what a query worked out for one edge: its lowerBound and the
// parts q.bound gives with it, and its p90 ETA (a copy of the edge's: the
// bound sweep and the search read it with the bounds, and the edge's own
// record is another cache line).
type edgeWork struct {
	lb, fee, cost, risk, p90 float64
	stamp                    uint32
}

type adjEntry struct {
	ei, to int32
	lb     float64
	// d is the fewest hops in which to reaches the destination: the search
	// skips the entry when more than the hops it has left (lists built for
	// more hops serve fewer) without reading to's bounds.
	d int32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func (sc *scratch) reset(n, m, h int) {
	sc.gen++
	if sc.gen == 0 { // wrapped: stamps are stale, clear them
		for i := range sc.ew {
			sc.ew[i].stamp = 0
		}
		for i := range sc.nb {
			sc.nb[i].stamp = 0
		}
		clear(sc.sStamp)
		clear(sc.adjStamp)
		sc.gen = 1
	}
	if len(sc.ew) < m {
		sc.ew = make([]edgeWork, m)
	}
	if sc.n < n || sc.h < h {
		sc.n, sc.h = max(sc.n, n), max(sc.h, h)
		sc.nb = make([]nodeBound, (sc.h+1)*sc.n)
		sc.settled = make([]int32, sc.n)
		sc.sStamp = make([]uint32, sc.n)
		sc.mark = make([]uint32, sc.n)
		sc.fdist = make([]int8, sc.n)
		sc.adjOff = make([]int32, sc.n)
		sc.adjLen = make([]int32, sc.n)
		sc.adjStamp = make([]uint32, sc.n)
		sc.lid = make([]int32, sc.n)
		sc.ballMark = make([]uint32, sc.n)
		sc.reachable = make([]uint32, sc.n)
		sc.rgen = 0
		sc.adjR = make([]int8, sc.n)
		sc.front = make([]uint32, sc.n)
	}
	// (Advanced here, not by the sweep, so that stale stamps from an
	// earlier query can never look fresh.)
	sc.rgen += reachSpan
	if sc.rgen < reachSpan { // wrapped
		clear(sc.reachable)
		sc.rgen = reachSpan
	}
	sc.adj = sc.adj[:0]
	sc.built = sc.built[:0]
	sc.labels = sc.labels[:0]
	sc.setl = sc.setl[:0]
	sc.heap = sc.heap[:0]
}

// hAt is the lower bound of the cost from node v to the destination within r
// hops (+Inf when the destination is not reachable in r hops).
func (sc *scratch) hAt(r int, v int32) float64 {
	i := r*sc.n + int(v)
	if b := &sc.nb[i]; b.stamp == sc.gen {
		return b.h
	}
	return math.Inf(1)
}

func (sc *scratch) etaAt(r int, v int32) float64 {
	i := r*sc.n + int(v)
	if b := &sc.nb[i]; b.stamp == sc.gen {
		return b.eta
	}
	return math.Inf(1)
}

func (sc *scratch) edgeLB(q *query, i int32) float64 {
	if w := &sc.ew[i]; w.stamp == sc.gen { // (inlined: most calls find it worked out)
		return w.lb
	}
	return sc.workLB(q, i)
}

// workLB works out edge i's bounds for this query.
func (sc *scratch) workLB(q *query, i int32) float64 {
	w := &sc.ew[i]
	h := &q.s.hot[i]
	w.stamp, w.p90 = sc.gen, h.p90
	if f := h.flags; q.plain && f&(edgeFlagUsable|edgeFlagOddTrust) == edgeFlagUsable {
		// bound's common case (a usable edge, a request without bridge
		// lists or static weights) in line, the same operations in the
		// same order: a quote works out a couple of hundred edges.
		c := &q.s.caps[i]
		fee := h.fixedUSD + q.vLow*h.rate0/1e6
		if q.v > c.availUSD {
			q.capExcluded++
			w.lb, w.fee, w.cost, w.risk = math.Inf(1), fee, 0, 0
			return w.lb
		}
		risk := h.risk0
		if !(c.capHi <= 0 || q.v <= c.capLo) {
			if pl := liquiditySuccess(c.capLo, c.capHi, q.v); pl <= 0 {
				risk = math.Inf(1)
			} else {
				risk = h.risk0 - math.Log(pl)
			}
		}
		if math.IsInf(risk, 1) {
			q.capExcluded++
			w.lb, w.fee, w.cost, w.risk = math.Inf(1), fee, 0, risk
			return w.lb
		}
		cost := q.vT*h.p50/3600 + q.vR*risk + q.vPen[f&edgeFlagTrust]
		w.lb, w.fee, w.cost, w.risk = fee+cost, fee, cost, risk
		return w.lb
	}
	if h.flags&edgeFlagUsable != 0 && (q.deny == nil && q.allow == nil || q.edgeAllowed(&q.s.Edges[i])) {
		w.lb, w.fee, w.cost, w.risk = q.bound(i)
		return w.lb
	}
	w.lb, w.fee = math.Inf(1), 0
	if !q.static {
		w.fee = h.fixedUSD + q.vLow*h.rate0/1e6
	}
	return w.lb
}

// workLBs works out the bounds of the edges of rl not yet worked out: for a
// plain request, workLB's common case in line in a loop without calls (the
// same operations in the same order; the bound sweep works out a hundred
// and fifty edges a quote, and a call each cost a fifth of the work).
func (sc *scratch) workLBs(q *query, rl []relaxEdge) {
	ew, gen := sc.ew, sc.gen
	if !q.plain {
		for _, e := range rl {
			if ew[e.ei].stamp != gen {
				sc.workLB(q, e.ei)
			}
		}
		return
	}
	hot, vPen := q.s.hot, &q.vPen
	// (Sliced to one length, so that one bounds check covers the two.)
	ew = ew[:len(hot)]
	v, vLow, vT, vR := q.v, q.vLow, q.vT, q.vR
	// The edges off the common case are left unstamped and worked out in
	// a second pass: a call in this loop made the compiler reload its
	// values from the stack on every edge, those that took no call too.
	slow := false
	for _, e := range rl {
		i := e.ei
		w := &ew[i]
		if w.stamp == gen {
			continue
		}
		h := &hot[i]
		if !(v <= h.plainUpTo) { // (unusable, odd trust, infinite risk, uncertain liquidity or over capacity: below)
			slow = true
			continue
		}
		w.stamp, w.p90 = gen, h.p90
		fee := h.fixedUSD + vLow*h.rate0/1e6
		risk := h.risk0
		cost := vT*h.p50/3600 + vR*risk + vPen[h.flags&edgeFlagTrust]
		w.lb, w.fee, w.cost, w.risk = fee+cost, fee, cost, risk
	}
	if !slow {
		return
	}
	// (The order bounds are worked out in changes nothing.)
	for _, e := range rl {
		if ew[e.ei].stamp != gen {
			sc.workLB(q, e.ei)
		}
	}
}

// reachSpan is how far rgen moves a query: more than the largest hop
// count a stamp holds (MaxHopsLimit-1).
const reachSpan = 16

// out returns v's out-edges that can be part of a route whose hops left
// after this edge are r: allowed, able to carry the request, and towards a
// node that reaches the destination within r hops — in out-edge order (so
// the search meets them in the same order whatever r), and possibly with
// some that need more than r hops (a list built for a larger r is kept).
func (sc *scratch) out(q *query, v int32, r int) []adjEntry {
	if sc.adjStamp[v] != sc.gen || int(sc.adjR[v]) < r {
		if sc.adjStamp[v] != sc.gen {
			sc.built = append(sc.built, v)
		}
		sc.adjStamp[v] = sc.gen
		sc.adjR[v] = int8(r)
		adj := sc.adj
		off := len(adj)
		reach := sc.reachable[:sc.n]
		rgen, ru := sc.rgen, uint32(r)
		ew, gen := sc.ew, sc.gen
		eis, tos := q.s.out.both(v)
		for k := 0; k < len(tos); k++ {
			// Most out-edges lead too far: skip them in a loop of their
			// own, which keeps its few values in registers.
			for k < len(tos) && reach[tos[k]]-rgen > ru {
				k++
			}
			if k == len(tos) {
				break
			}
			to := tos[k]
			ei := eis[k]
			w := &ew[ei]
			lb := w.lb
			if w.stamp != gen { // (the sweep worked most out)
				lb = sc.workLB(q, ei)
			}
			if math.IsInf(lb, 1) {
				continue
			}
			adj = append(adj, adjEntry{ei: ei, to: to, lb: lb, d: int32(reach[to] - rgen)})
		}
		sc.adj = adj
		sc.adjOff[v] = int32(off)
		sc.adjLen[v] = int32(len(adj) - off)
	}
	return sc.adj[sc.adjOff[v] : sc.adjOff[v]+sc.adjLen[v]]
}

// feeAt is a lower bound of the fees from v to the destination in r hops.
func (sc *scratch) feeAt(r int, v int32) float64 {
	i := r*sc.n + int(v)
	if b := &sc.nb[i]; b.stamp == sc.gen {
		return b.fee
	}
	return math.Inf(1)
}

// bounds runs a hop-bounded reverse Bellman-Ford from the destination:
// level r holds, for every node, a lower bound of the cost (and of the p90
// ETA) of reaching the destination in at most r hops. Only nodes that changed
// at a level are relaxed from at the next one.
func (sc *scratch) bounds(q *query) {
	n := sc.n
	sc.fd = sc.forward(q)
	sc.nb[int(q.dst)] = nodeBound{stamp: sc.gen}
	sc.reach = append(sc.reach[:0], q.dst)
	sc.frontier = append(sc.frontier[:0], q.dst)
	// The loops read the scratch's slices through locals: stores into the
	// scratch (the appends) would otherwise make the compiler reload every
	// slice header on every edge.
	nb, ew := sc.nb, sc.ew
	gen := sc.gen
	// reach lists the nodes in the order the levels first reach them:
	// those first reached at level r are reach[ends[r-1]:ends[r]].
	var ends [MaxHopsLimit + 1]int
	for r := 0; r <= q.maxHops; r++ {
		ends[r] = 1
	}
	last := 0 // the last level relaxed
	for r := 1; r <= q.maxHops && len(sc.frontier) > 0; r++ {
		last = r
		base, prev := r*n, (r-1)*n
		reach := sc.reach
		// (pv sliced to cur's length: one bounds check for the two.)
		cur := nb[base : base+n]
		pv := nb[prev : prev+n][:len(cur)]
		for _, v := range reach { // at most r hops includes at most r-1 (stamped: reach lists the stamped)
			cur[v] = pv[v]
		}
		sc.markGen++
		if sc.markGen == 0 {
			clear(sc.mark)
			sc.markGen = 1
		}
		markGen := sc.markGen
		next := sc.next[:0]
		// Only nodes the source reaches within the hops left matter: the
		// in-edges of the frontier from such nodes, or (the same edges)
		// the out-edges of such nodes into the frontier, whichever list
		// is shorter — near the last level only the source and its
		// neighbours qualify, and hubs have hundreds of in-edges.
		limit := q.maxHops - r
		rl := sc.relaxList(q, limit)
		// The level's edge bounds first, then the relaxations in a loop
		// without calls (a call in the loop made the compiler keep its
		// values on the stack). The order bounds are worked out in
		// changes nothing: only the count of capacity exclusions depends
		// on which edges are worked out, not on their order.
		sc.workLBs(q, rl)
		if cap(reach) < n || cap(next) < n { // (so the loop never grows them)
			reach = append(make([]int32, 0, n), reach...)
			next = make([]int32, 0, n)
		}
		reach, next = relaxLevel(rl, nb[prev:prev+n], nb[base:base+n], ew, gen, markGen, reach, next)
		sc.rl = rl[:0]
		sc.reach = reach
		for l := r; l <= q.maxHops; l++ {
			ends[l] = len(reach)
		}
		sc.frontier, sc.next = next, sc.frontier
	}
	// Levels past the last relaxed one equal it; fill them so hAt is valid.
	// (A relaxed level has every node reached by then: it copied the
	// earlier ones and stamped its own.)
	if useReference {
		last = 0
	}
	for r := last + 1; r <= q.maxHops; r++ {
		base, prev := r*n, (r-1)*n
		for _, v := range sc.reach {
			i := base + int(v)
			if sc.nb[i].stamp != sc.gen && sc.nb[prev+int(v)].stamp == sc.gen {
				sc.nb[i] = sc.nb[prev+int(v)]
			}
		}
	}
	// The nodes that reach the destination within maxHops-1 hops, with
	// the fewest hops they need (the first level that has them), in a
	// dense array for out's test of every out-edge.
	rgen, reachable := sc.rgen, sc.reachable
	from := 0
	for r := 0; r < q.maxHops; r++ {
		for _, v := range sc.reach[from:ends[r]] {
			reachable[v] = rgen + uint32(r)
		}
		from = ends[r]
	}
}

// countCapacityExclusions works out the bounds of every edge that out
// would have listed had it built each of its lists for maxHops-1 hops left
// (what it did before it took the hops left into account). Only the count
// of edges left out for capacity depends on which edges were worked out,
// and it is read only when the search found no route (whether a split is
// worth trying): that case calls this first, so it counts the same edges.
func (sc *scratch) countCapacityExclusions(q *query) {
	ru := uint32(q.maxHops - 1)
	for _, v := range sc.built {
		eis, tos := q.s.out.both(v)
		for k, to := range tos {
			if sc.reachable[to]-sc.rgen <= ru {
				sc.edgeLB(q, eis[k])
			}
		}
	}
}

// relaxLevel relaxes edges rl (whose bounds are worked out) from level
// prev's bounds into level cur's, appending the nodes cur gains to reach
// and those it changes to next (both with room for every node).
func relaxLevel(rl []relaxEdge, prev, cur []nodeBound, ew []edgeWork, gen, markGen uint32, reach, next []int32) ([]int32, []int32) {
	for _, e := range rl {
		from, ei := e.from, e.ei
		lb := ew[ei].lb
		if math.IsInf(lb, 1) {
			continue
		}
		pu := &prev[e.u]
		c, eta, fee := lb+pu.h, ew[ei].p90+pu.eta, ew[ei].fee+pu.fee
		b := &cur[from]
		if b.stamp != gen {
			// (A node the level reaches first is listed for the next one
			// too: its record was not marked by this level.)
			*b = nodeBound{h: c, eta: eta, fee: fee, stamp: gen, queued: markGen}
			reach = reach[:len(reach)+1]
			reach[len(reach)-1] = from
			next = next[:len(next)+1]
			next[len(next)-1] = from
			continue
		}
		changed := false
		if fee < b.fee {
			b.fee = fee
			changed = true
		}
		if c < b.h {
			b.h = c
			changed = true
		}
		if eta < b.eta {
			b.eta = eta
			changed = true
		}
		if changed && b.queued != markGen {
			b.queued = markGen
			next = next[:len(next)+1]
			next[len(next)-1] = from
		}
	}
	return reach, next
}

// relaxEdge is an edge the bound sweep relaxes: from → u, edge ei.
type relaxEdge struct{ from, u, ei int32 }

// relaxList lists the edges one level of the bound sweep relaxes: those
// into a frontier node from a node other than the destination within limit
// hops of the source.
func (sc *scratch) relaxList(q *query, limit int) []relaxEdge {
	s := q.s
	rl := sc.rl[:0]
	inCost := 0
	for _, u := range sc.frontier {
		inCost += s.in.degree(u)
	}
	if ball := sc.ballWithin(q, limit, inCost); ball != nil {
		sc.frontGen++
		if sc.frontGen == 0 {
			clear(sc.front)
			sc.frontGen = 1
		}
		front, gen := sc.front, sc.frontGen
		for _, u := range sc.frontier {
			front[u] = gen
		}
		for _, v := range ball {
			outs, tos := s.out.both(v)
			for k, to := range tos {
				if front[to] == gen {
					rl = append(rl, relaxEdge{from: v, u: to, ei: outs[k]})
				}
			}
		}
		return rl
	}
	fd, dst := sc.fd, q.dst
	// (When the destination is farther from the source than the limit,
	// the distance test leaves its edges out already.)
	lim := int8(min(limit, farHops))
	dstNear := fd[dst] <= lim
	for _, u := range sc.frontier {
		ins, froms := s.in.both(u)
		// Most in-edges come from nodes too far from the source: skip
		// them in a tight loop of its own.
		// (Unsigned indices: the loops' tests are the bounds checks.)
		nk := uint(len(froms))
		if !dstNear {
			for k := uint(0); k < nk; k++ {
				for k < nk && fd[froms[k]] > lim {
					k++
				}
				if k == nk {
					break
				}
				rl = append(rl, relaxEdge{from: froms[k], u: u, ei: ins[k]})
			}
			continue
		}
		for k := uint(0); k < nk; k++ {
			for k < nk && (froms[k] == dst || fd[froms[k]] > lim) {
				k++
			}
			if k == nk {
				break
			}
			rl = append(rl, relaxEdge{from: froms[k], u: u, ei: ins[k]})
		}
	}
	return rl
}

// useReference makes queries take the plain computations that the fast
// paths and caches replace (tests hold the two to the same answers).
var useReference = false

// boundsInEdgesOnly makes the bound sweep always scan in-edges (a test
// compares the two ways).
var boundsInEdgesOnly = false

// ballWithin lists the nodes other than the destination within limit hops
// of the source when limit is at most 1 and their out-edges are fewer than
// inCost; nil otherwise.
func (sc *scratch) ballWithin(q *query, limit, inCost int) []int32 {
	if limit > 1 || boundsInEdgesOnly {
		return nil
	}
	s := q.s
	ball := sc.ball[:0]
	if q.src != q.dst {
		ball = append(ball, q.src)
	}
	if limit == 1 {
		sc.ballGen++
		if sc.ballGen == 0 {
			clear(sc.ballMark)
			sc.ballGen = 1
		}
		seen, gen := sc.ballMark, sc.ballGen
		seen[q.src] = gen
		for _, w := range s.out.ends(q.src) {
			if seen[w] != gen && w != q.dst {
				seen[w] = gen
				ball = append(ball, w)
			}
		}
	}
	sc.ball = ball
	outCost := 0
	for _, v := range ball {
		if outCost += s.out.degree(v); outCost >= inCost {
			return nil
		}
	}
	return ball
}

// farHops is the forward distance of a node the search cannot use.
const farHops = math.MaxInt8

// forward gives the hop distance from the source of every node within
// maxHops-1 hops (the tails of edges a route may use), farHops for the
// others. Distances depend on the topology alone, which snapshot updates
// share: small topologies keep them per source (a quote's forward sweep
// touches most of the graph and was a tenth of its cost).
func (sc *scratch) forward(q *query) []int8 {
	if d := q.s.hops.from(q.s, q.src); d != nil {
		return d // true distances: a node past maxHops-1 is past every level's bound too
	}
	d := sc.fdist[:len(q.s.Assets)]
	fill8(d, farHops)
	// Keep the grown buffers for the next query (bounds reuses them).
	sc.frontier, sc.next = hopSweep(q.s, q.src, q.maxHops-1, d, sc.frontier[:0], sc.next[:0])
	return d
}

// hopSweep writes into d (all farHops on entry) the hop distance from src of
// every node within limit hops, breadth first; front and next are buffers,
// returned emptied for reuse.
func hopSweep(s *Snapshot, src int32, limit int, d []int8, front, next []int32) ([]int32, []int32) {
	d[src] = 0
	front = append(front, src)
	for h := 1; h <= limit && len(front) > 0; h++ {
		next = next[:0]
		for _, v := range front {
			for _, u := range s.out.ends(v) {
				if d[u] == farHops {
					d[u] = int8(h)
					next = append(next, u)
				}
			}
		}
		front, next = next, front
	}
	return front[:0], next[:0]
}

// hopCache keeps forward hop distances per source for one topology.
type hopCache struct {
	per []atomic.Pointer[[]int8]
}

// maxHopCacheAssets bounds the cache to n² bytes of at most 16 MiB.
const maxHopCacheAssets = 4096

func newHopCache(n int) *hopCache {
	if n > maxHopCacheAssets {
		return nil
	}
	return &hopCache{per: make([]atomic.Pointer[[]int8], n)}
}

// hopBlock is how many sources one fill computes together: one bit each of
// a word.
const hopBlock = 64

// from returns src's distances (farHops past farHops-1 hops), computing them
// on first use, with those of the other sources of its block of hopBlock;
// nil when the topology is too large to cache.
func (c *hopCache) from(s *Snapshot, src int32) []int8 {
	if c == nil {
		return nil
	}
	if d := c.per[src].Load(); d != nil {
		return *d
	}
	lo := src / hopBlock * hopBlock
	block := hopDistancesFrom(s, lo, min(lo+hopBlock, int32(len(s.Assets))))
	for j, d := range block {
		// (A racing query computes the same distances.)
		c.per[lo+int32(j)].Store(&d)
	}
	return block[src-lo]
}

// hopDistancesFrom gives the hop distances from each source in [lo, hi)
// (at most hopBlock of them) to every node: what hopSweep(s, src,
// farHops-1, ...) gives for each, from one breadth-first sweep that carries
// a bit per source. One query's sweep from its source walked every edge of
// the topology (~50k instructions on the realistic one, a first query from
// each source paying it); the sweep for 64 sources walks each edge once per
// level, whatever the number of sources.
func hopDistancesFrom(s *Snapshot, lo, hi int32) [][]int8 {
	n := len(s.Assets)
	k := int(hi - lo)
	buf := make([]int8, k*n)
	fill8(buf, farHops)
	out := make([][]int8, k)
	for j := range out {
		out[j] = buf[j*n : (j+1)*n : (j+1)*n]
	}
	// seen[v]: the sources that reach v; cur[v]: those that reached it at
	// the last level; next[u]: those that reach u at this one.
	words := make([]uint64, 3*n)
	seen, cur, next := words[:n:n], words[n:2*n:2*n], words[2*n:]
	for j := 0; j < k; j++ {
		v := int(lo) + j
		seen[v] |= 1 << j
		cur[v] |= 1 << j
		out[j][v] = 0
	}
	for h := 1; h < farHops; h++ {
		for v, b := range cur {
			if b == 0 {
				continue
			}
			for _, u := range s.out.ends(int32(v)) {
				next[u] |= b
			}
		}
		reached := false
		for u, b := range next {
			b &^= seen[u]
			next[u] = b
			if b == 0 {
				continue
			}
			seen[u] |= b
			reached = true
			for ; b != 0; b &= b - 1 {
				out[bits.TrailingZeros64(b)][u] = int8(h)
			}
		}
		if !reached {
			break
		}
		cur, next = next, cur
		clear(next)
	}
	return out
}

// fill8 sets every byte of d to v by doubling copies: a byte loop over a
// large topology's nodes (10,000 on the stress preset) was a quarter of a
// quote's instructions there.
func fill8(d []int8, v int8) {
	if len(d) == 0 {
		return
	}
	d[0] = v
	for n := 1; n < len(d); n *= 2 {
		copy(d[n:], d[:n])
	}
}
