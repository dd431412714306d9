package routing

import (
	"math"
)

// pruneStats counts why partial routes were dropped, to explain "no route".
type pruneStats struct {
	capacity, fee, eta, success, slippage, dominated int
}

// heap helpers: a binary min-heap of labels ordered by (f, index). Each
// entry carries its label's f so that sifting does not chase label pointers.
type heapEntry struct {
	f float64
	i int32
}

func heapLess(a, b heapEntry) bool {
	if a.f < b.f {
		return true
	}
	if a.f == b.f {
		return a.i < b.i
	}
	return false // (greater, or a NaN: as a.f != b.f && a.f < b.f)
}

// The search pushes with heapPush and pops with pop on its local copy of
// the heap slice: storing the slice header back into the scratch on every
// operation costs a GC write barrier each time while a collection runs.
// (It pushes a label with the f it has at hand: reading it back from the
// label cost a call and a bounds check.)

// overFirst is the search's first threshold, as a multiple of the lower
// bound at the source: the k-th route costs less than 1.16 times it in half
// of the realistic queries. (1.02, 1.05, 1.25 and 1.5 measured no better.)
const overFirst = 1.1

// refill moves into the empty heap the labels of over up to a new
// threshold: the least of them, or the old threshold's distance from base
// doubled if that is larger. It returns the threshold and what stays in over.
func refill(hp *[]heapEntry, over []heapEntry, thr, base float64) (float64, []heapEntry) {
	m := over[0].f
	for _, e := range over[1:] {
		m = min(m, e.f)
	}
	thr = max(m, base+2*(thr-base))
	h, n := *hp, 0
	for _, e := range over {
		if e.f <= thr {
			h = heapPush(h, e)
		} else {
			over[n] = e
			n++
		}
	}
	*hp = h
	return thr, over[:n]
}

// heapPush adds e to heap h.
// (The sifts index in unsigned integers: a halving without the sign's
// correction, and indices below the length need no further bounds check.)
func heapPush(h []heapEntry, e heapEntry) []heapEntry {
	h = append(h, e)
	j := uint(len(h) - 1)
	for j > 0 {
		p := (j - 1) / 2
		if !heapLess(e, h[p]) {
			break
		}
		h[j] = h[p]
		j = p
	}
	h[j] = e
	return h
}

func pop(hp *[]heapEntry) int32 {
	h := *hp
	top := h[0].i
	last := len(h) - 1
	e := h[last]
	h = h[:last]
	n := uint(len(h))
	j := uint(0)
	for {
		l := 2*j + 1
		if l >= n {
			break
		}
		m := l
		if r := l + 1; r < n && heapLess(h[r], h[l]) {
			m = r
		}
		if !heapLess(h[m], e) {
			break
		}
		h[j] = h[m]
		j = m
	}
	if j < n {
		h[j] = e
	}
	*hp = h
	return top
}

// onPath reports whether node v is on the route ending at label li.
func (sc *scratch) onPath(li int32, v int32) bool {
	if li >= 0 && sc.labels[li].mask&nodeBit(v) == 0 {
		return false // the mask has every node of the route: a miss is sure
	}
	for li >= 0 {
		l := &sc.labels[li]
		if l.node == v {
			return true
		}
		li = l.parent
	}
	return false
}

// subsetOf reports whether every node on a's route is on b's route.
func (sc *scratch) subsetOf(a, b int32) bool {
	if sc.labels[a].mask&^sc.labels[b].mask != 0 {
		return false
	}
	for li := a; li >= 0; li = sc.labels[li].parent {
		if !sc.onPath(b, sc.labels[li].node) {
			return false
		}
	}
	return true
}

// dominates reports whether settled label a makes label b redundant: a used
// no more hops, no more nodes, holds at least as much at no more cost, and is
// no worse on every constrained resource, so every completion of b is also a
// completion of a that costs no more.
func (sc *scratch) dominates(q *query, a, b int32) bool {
	la, lb := &sc.labels[a], &sc.labels[b]
	if la.mask&^lb.mask != 0 { // a visits a node b does not (cheapest test first)
		return false
	}
	if la.hops > lb.hops || la.g > lb.g || la.eta90 > lb.eta90 || la.logP < lb.logP || la.vol < lb.vol {
		return false
	}
	if !q.static && la.amount.Lt(&lb.amount) {
		return false
	}
	if useReference {
		return sc.subsetOf(a, b)
	}
	// subsetOf for two routes from the source to the same node (a is
	// settled at b's node): those two nodes are on both routes, so only
	// the nodes between are looked up on b's (the source's lookup walked
	// all of b's route), and the masks are tested above.
	for li := la.parent; li >= 0; {
		l := &sc.labels[li]
		if l.parent < 0 { // (the source)
			break
		}
		if !sc.onPath(b, l.node) {
			return false
		}
		li = l.parent
	}
	return true
}

// search finds the k best routes by A* over partial routes, with the
// hop-bounded reverse bounds as an admissible, consistent heuristic: complete
// routes leave the queue in order of cost, so the first k are the k best.
// A settled partial route is dropped when k others dominate it (Pareto
// pruning); the dominance test keeps this exact.
func (sc *scratch) search(q *query, st *pruneStats) []int32 {
	s := q.s
	h0 := sc.hAt(q.maxHops, q.src)
	if math.IsInf(h0, 1) {
		return nil
	}
	sc.labels = append(sc.labels, label{node: q.src, parent: -1, edge: -1, amount: q.req.Amount, f: h0, vol: 1, mask: nodeBit(q.src), usd: q.v})
	heap, over := sc.heap[:0], sc.over[:0]
	defer func() { sc.heap, sc.over = heap[:0], over[:0] }()
	// Labels whose f is above the threshold wait unsorted in over, every
	// one of them above every label in the heap, so the heap's minimum is
	// still the least of all; when the heap runs dry the threshold moves
	// up and brings the next ones in. Most labels pushed are never popped
	// (the search stops at k routes): they no longer pay a sift each.
	thr := math.Inf(1)
	if !q.static && h0 > 0 && !useReference {
		thr = h0 * overFirst
	}
	heap = heapPush(heap, heapEntry{h0, 0})
	done := sc.done[:0]
	defer func() { sc.done = done[:0] }()
	slipFloor := q.volMin
	var logMin = q.logMin
	maxETA := q.req.Constraints.MaxETASeconds
	maxFeeUSD := q.v - q.vLow
	for len(done) < q.k {
		if len(heap) == 0 {
			if len(over) == 0 {
				break
			}
			thr, over = refill(&heap, over, thr, h0)
		}
		li := pop(&heap)
		if sc.labels[li].pending {
			// Lazy evaluation: a label enters the queue with a lower bound of
			// its hop's cost; the exact fee is computed only when it reaches
			// the front, and it goes back in with its exact cost — unless it
			// would come straight out again, which is the same order.
			if !sc.evaluate(q, li, st, maxFeeUSD) {
				continue
			}
			f := sc.labels[li].f
			if f > thr {
				// (Above every label in the heap: it waits with the
				// others above the threshold, and comes out when it is
				// the least of them.)
				over = append(over, heapEntry{f, li})
				continue
			}
			if e := (heapEntry{f, li}); len(heap) > 0 && heapLess(heap[0], e) {
				heap = heapPush(heap, e)
				continue
			}
		}
		l := sc.labels[li]
		if l.node == q.dst {
			done = append(done, li)
			continue
		}
		// Pareto pruning against the labels already settled at this node.
		if sc.sStamp[l.node] != sc.gen {
			sc.sStamp[l.node] = sc.gen
			sc.settled[l.node] = -1
		}
		count := 0
		// (The settled labels' masks and links sit in a compact list of
		// their own, and dominates' first test is in line: most settled
		// labels visit a node this one does not.)
		for o := sc.settled[l.node]; o >= 0 && count < q.k; o = sc.setl[o].next {
			if se := &sc.setl[o]; se.mask&^l.mask == 0 && sc.dominates(q, se.li, li) {
				count++
			}
		}
		if count >= q.k {
			st.dominated++
			continue
		}
		sc.setl = append(sc.setl, settledLabel{mask: l.mask, li: li, next: sc.settled[l.node]})
		sc.settled[l.node] = int32(len(sc.setl) - 1)
		remaining := q.maxHops - int(l.hops) - 1
		listFor := remaining
		if useReference {
			listFor = q.maxHops - 1
		}
		// The level's bounds and the edges' work through locals (the
		// appends to the labels store into the scratch, which would make
		// the compiler reload its slices for every edge).
		lvl, ew := sc.nb[remaining*sc.n:(remaining+1)*sc.n], sc.ew
		for _, a := range sc.out(q, l.node, listFor) {
			if int(a.d) > remaining { // (hAt's +Inf: to's bounds at this level are not stamped)
				continue
			}
			ei, lbCost, to := a.ei, a.lb, a.to
			b := &lvl[to]
			hRest := b.h
			if math.IsInf(hRest, 1) || l.mask&nodeBit(to) != 0 && sc.onPath(li, to) {
				continue
			}
			eta90 := l.eta90 + ew[ei].p90 // (out gave ei, so its work is stamped)
			if maxETA > 0 && eta90+b.eta > maxETA {
				st.eta++
				continue
			}
			var g, logP, vol float64
			pending := false
			if q.static {
				g = l.g + q.req.Static[ei]
				vol = 1
			} else {
				risk := ew[ei].risk // (out gave ei, so its bound is worked out)
				logP = l.logP - risk
				if logP < logMin {
					st.success++
					continue
				}
				vol = l.vol * s.hot[ei].volFactor
				if vol < slipFloor {
					st.slippage++
					continue
				}
				g = l.g + lbCost
				pending = true
			}
			// The child is written in place, field by field (a label
			// built on the stack and then appended was copied twice).
			n := len(sc.labels)
			if n == cap(sc.labels) {
				sc.labels = append(sc.labels, label{})
			} else {
				sc.labels = sc.labels[:n+1]
			}
			nl := &sc.labels[n]
			nl.node, nl.hops, nl.parent, nl.edge = to, l.hops+1, li, ei
			nl.mask = l.mask | nodeBit(to)
			if !pending { // (a pending label's amount and USD value are written when it is evaluated, before anything reads them)
				nl.amount, nl.usd = l.amount, 0
			}
			nl.g, nl.f = g, g+hRest
			nl.eta90, nl.logP, nl.vol, nl.pending = eta90, logP, vol, pending
			if f := g + hRest; f > thr {
				over = append(over, heapEntry{f, int32(n)})
			} else {
				heap = heapPush(heap, heapEntry{f, int32(n)})
			}
		}
	}
	return done
}

// evaluate computes a pending label's exact amount and cost. It reports false
// when the hop cannot carry the amount or the fees break the bound.
func (sc *scratch) evaluate(q *query, li int32, st *pruneStats, maxFeeUSD float64) bool {
	s := q.s
	l := &sc.labels[li]
	p := &sc.labels[l.parent]
	to := l.node // (the edge's far end: the edge itself is a cache line away)
	if int(li) >= len(sc.fees) {
		sc.fees = append(sc.fees, make([]Amount, int(li)+1-len(sc.fees))...)
		sc.fees = sc.fees[:cap(sc.fees)]
	}
	// The hop's output goes straight into the label, its fee into the
	// list the route builder reads (a label that fails is dropped: what
	// it holds is never read).
	if !s.hopOutTo(l.edge, &p.amount, &l.amount, &sc.fees[li]) {
		st.capacity++
		return false
	}
	remaining := q.maxHops - int(l.hops)
	// (feeAt and hAt of one record, read once.)
	feeRest, hRest := math.Inf(1), math.Inf(1)
	if b := &sc.nb[remaining*sc.n+int(to)]; b.stamp == sc.gen {
		feeRest, hRest = b.fee, b.h
	}
	outUSD := s.ValueUSD(to, &l.amount)
	if q.v-outUSD+feeRest > maxFeeUSD {
		st.fee++
		return false
	}
	cost := sc.ew[l.edge].cost
	l.g = p.g + p.usd - outUSD + cost
	l.usd = outUSD
	l.f = l.g + hRest
	l.pending = false
	return true
}
