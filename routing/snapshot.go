package routing

import (
	"math"
	"math/bits"
	"sync/atomic"
)

// Snapshot is an immutable routing graph with its figures and price table.
// Quotes read a snapshot without locks; new figures produce a new snapshot
// (sharing the unchanged parts) that a Store swaps in atomically.
type Snapshot struct {
	// Name and Version identify the snapshot (topology name, update count).
	Name    string
	Version uint64

	Chains []Chain
	Assets []Asset
	Edges  []Edge

	chainIdx map[string]int32
	assetIdx map[string]int32
	edgeIdx  map[string]int32
	out, in  csr

	// assetChain[i] is the chain index of asset i.
	assetChain []int32
	// usdPerUnit[i] is the USD value of one base unit of asset i.
	usdPerUnit []float64
	// priceNano[i] is the USD price of one whole token of asset i, in 1e-9 USD.
	priceNano []uint64
	// Prices is the price table: USD per canonical asset.
	Prices map[string]float64

	// hot holds, per edge, the figures the search reads for every edge it
	// considers, in one cache line: a quote touches hundreds of edges
	// scattered over the graph, and reading them from Edges (232 bytes
	// each) and parallel arrays cost a cache miss per field.
	hot []edgeHot
	// caps holds each edge's liquidity figures, which only the bounds off
	// the common case read (the common case is v <= hot[i].plainUpTo).
	caps []edgeCap
	// feeRec holds each edge's fee function in the form hopOut reads.
	feeRec []edgeFee

	// hops caches forward hop distances (topology only: updates share it).
	hops *hopCache
}

// AssetIndex returns the index of an asset id.
func (s *Snapshot) AssetIndex(id string) (int32, bool) {
	i, ok := s.assetIdx[id]
	return i, ok
}

// EdgeIndex returns the index of an edge id.
func (s *Snapshot) EdgeIndex(id string) (int32, bool) {
	i, ok := s.edgeIdx[id]
	return i, ok
}

// Chain returns a chain by id.
func (s *Snapshot) Chain(id string) (*Chain, bool) {
	i, ok := s.chainIdx[id]
	if !ok {
		return nil, false
	}
	return &s.Chains[i], true
}

// Out returns the indices of the edges leaving asset n.
func (s *Snapshot) Out(n int32) []int32 { return s.out.of(n) }

// In returns the indices of the edges entering asset n.
func (s *Snapshot) In(n int32) []int32 { return s.in.of(n) }

// ValueUSD is the USD value of an amount of asset n (a score, not money).
func (s *Snapshot) ValueUSD(n int32, a *Amount) float64 {
	return toFloat(a) * s.usdPerUnit[n]
}

// UnitsForUSD is the amount of asset n worth usd, rounded down.
func (s *Snapshot) UnitsForUSD(n int32, usd float64) Amount {
	p := s.Prices[s.Assets[n].Canonical]
	if p <= 0 {
		return Amount{}
	}
	return amountFromUnits(usd/p, s.Assets[n].Decimals)
}

// convert moves x base units of asset from into base units of asset to at the
// price table's rate, rounding down. Same-priced assets (two forms of one
// canonical asset) convert by decimals alone.
func (s *Snapshot) convert(x *Amount, from, to int32) Amount {
	df, dt := s.Assets[from].Decimals, s.Assets[to].Decimals
	pf, pt := s.priceNano[from], s.priceNano[to]
	if x.IsUint64() {
		if v, ok := convert64(x.Uint64(), pf, pt, df, dt); ok {
			var out Amount
			out.SetUint64(v)
			return out
		}
	}
	return convert256(x, pf, pt, df, dt)
}

// convert64 is convert256 for an amount, and every step's result, that fit
// in 64 bits (a 128-bit product, a 64-bit quotient): the same integers,
// without 256-bit division. It reports false when a step would not fit.
func convert64(v, pf, pt uint64, df, dt uint8) (uint64, bool) {
	if pf != pt && pf != 0 && pt != 0 {
		hi, lo := bits.Mul64(v, pf)
		if hi >= pt { // the quotient would not fit
			return 0, false
		}
		v, _ = bits.Div64(hi, lo, pt)
	}
	switch {
	case dt > df:
		d := dt - df
		if d >= uint8(len(pow10u64)) {
			return 0, false
		}
		hi, lo := bits.Mul64(v, pow10u64[d])
		if hi != 0 {
			return 0, false
		}
		v = lo
	case dt < df:
		d := df - dt
		if d >= uint8(len(pow10u64)) {
			return 0, false
		}
		v /= pow10u64[d]
	}
	return v, true
}

// pow10u64 holds 10^i for i in [0, 19].
var pow10u64 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// convert256 moves x at the price table's rate (see convert).
func convert256(x *Amount, pf, pt uint64, df, dt uint8) Amount {
	var out Amount
	out.Set(x)
	if pf != pt && pf != 0 && pt != 0 {
		var num, den Amount
		num.SetUint64(pf)
		den.SetUint64(pt)
		if _, over := out.MulOverflow(&out, &num); over {
			out.SetAllOne()
			return out
		}
		out.Div(&out, &den)
	}
	switch {
	case dt > df:
		if _, over := out.MulOverflow(&out, &pow10[dt-df]); over {
			out.SetAllOne()
		}
	case dt < df:
		out.Div(&out, &pow10[df-dt])
	}
	return out
}

// HopFee is the fee, in source-asset units, for moving a over edge e, and
// whether the edge can carry a at all.
func (s *Snapshot) HopFee(e *Edge, a *Amount) (Amount, bool) {
	var fee, t Amount
	fee.Add(&e.Fee.Base, &e.Fee.GasInAsset)
	rate := e.Fee.RatePPM
	if e.Fee.Curve != nil {
		r, ok := e.Fee.Curve.ratePPM(a)
		if !ok {
			return fee, false
		}
		rate += r
	}
	if rate > 0 {
		// fee += ceil(a × rate / 1e6) with the rate in 1e-12 units so that
		// fractional ppm keep their precision.
		r64 := uint64(math.Round(rate * 1e6))
		if q, rem, ok := mulDiv64(a, r64, 1e12); ok {
			// (the same integers in 128 bits: amounts below 2^64 are the rule)
			t.SetUint64(q)
			if rem != 0 {
				t.AddUint64(&t, 1)
			}
		} else {
			var r, den Amount
			r.SetUint64(r64)
			den.SetUint64(1e12)
			if _, over := t.MulOverflow(a, &r); over {
				return fee, false
			}
			var rem Amount
			t.DivMod(&t, &den, &rem)
			if !rem.IsZero() {
				t.AddUint64(&t, 1)
			}
		}
		fee.Add(&fee, &t)
	}
	if !fee.Lt(a) {
		return fee, false
	}
	return fee, true
}

// mulDiv64 is a×m/d and its remainder when a fits in 64 bits and so does
// the quotient; ok is false otherwise.
func mulDiv64(a *Amount, m, d uint64) (q, rem uint64, ok bool) {
	if !a.IsUint64() {
		return 0, 0, false
	}
	hi, lo := bits.Mul64(a.Uint64(), m)
	if hi >= d {
		return 0, 0, false
	}
	q, rem = bits.Div64(hi, lo, d)
	return q, rem, true
}

// hopOut is HopOut(&Edges[i], a), from the edge's compact fee record when
// the edge has no pool curve and every step fits in 64 bits (the same
// integers): the search and the route builder call it for every hop they
// price, and the record is one cache line where the edge and its two assets
// are four.
func (s *Snapshot) hopOut(i int32, a *Amount) (out, fee Amount, ok bool) {
	ok = s.hopOutTo(i, a, &out, &fee)
	return out, fee, ok
}

// hopOutTo is hopOut writing the output and the fee through out and fee
// (neither may be a): the search's evaluation writes them into the label
// and the fee list (the returned values were copied through four
// temporaries each).
func (s *Snapshot) hopOutTo(i int32, a *Amount, out, fee *Amount) (ok bool) {
	if f := &s.feeRec[i]; f.fast && a[2]|a[3] == 0 {
		if a[1] == 0 {
			if o, fe, okHop, done := f.hopOut64(a[0]); done {
				out.SetUint64(o)
				fee.SetUint64(fe)
				return okHop
			}
		}
		// (Amounts of 18-decimal tokens pass 2^64 at ~$18.)
		if f.hopOut128(a, out, fee, &ok) && !useReference {
			return ok
		}
	}
	*out, *fee, ok = s.HopOut(&s.Edges[i], a)
	return ok
}

// hopOut128 is HopOut for an amount a < 2^128 whose fee, net amount and
// converted amount fit in 128 bits (the same integers: 192-bit products and
// long division by 64-bit words), writing out, fee and ok; it reports false
// when a step does not fit (the caller takes the 256-bit path).
func (f *edgeFee) hopOut128(a *Amount, out, fee *Amount, ok *bool) bool {
	a0, a1 := a[0], a[1]
	f0, f1 := f.fixed, uint64(0)
	if f.r64 != 0 {
		// t = ceil(a × r64 / 1e12)
		p0, p1, p2 := mul128x64(a0, a1, f.r64)
		q0, q1, q2, rem := div192x64(p0, p1, p2, 1e12)
		if q2 != 0 {
			return false
		}
		var c uint64
		if rem != 0 {
			q0, c = bits.Add64(q0, 1, 0)
			q1, c = bits.Add64(q1, 0, c)
			if c != 0 {
				return false
			}
		}
		f0, c = bits.Add64(f0, q0, 0)
		f1, c = bits.Add64(f1, q1, c)
		if c != 0 {
			return false
		}
	}
	*fee = Amount{f0, f1, 0, 0}
	if f1 > a1 || f1 == a1 && f0 >= a0 { // fee >= a
		*out, *ok = Amount{}, false
		return true
	}
	n0, b := bits.Sub64(a0, f0, 0)
	n1, _ := bits.Sub64(a1, f1, b)
	if f.pf != f.pt && f.pf != 0 && f.pt != 0 {
		p0, p1, p2 := mul128x64(n0, n1, f.pf)
		var q2 uint64
		n0, n1, q2, _ = div192x64(p0, p1, p2, f.pt)
		if q2 != 0 {
			return false
		}
	}
	switch {
	case f.dt > f.df:
		d := f.dt - f.df
		if d >= uint8(len(pow10u64)) {
			return false
		}
		var p2 uint64
		n0, n1, p2 = mul128x64(n0, n1, pow10u64[d])
		if p2 != 0 {
			return false
		}
	case f.dt < f.df:
		d := f.df - f.dt
		if d >= uint8(len(pow10u64)) {
			return false
		}
		n0, n1, _, _ = div192x64(n0, n1, 0, pow10u64[d])
	}
	*out, *ok = Amount{n0, n1, 0, 0}, n0|n1 != 0
	return true
}

// mul128x64 is (x1:x0) × m as three words, low first.
func mul128x64(x0, x1, m uint64) (p0, p1, p2 uint64) {
	h0, l0 := bits.Mul64(x0, m)
	h1, l1 := bits.Mul64(x1, m)
	var c uint64
	p1, c = bits.Add64(h0, l1, 0)
	p2 = h1 + c // (no carry out: the product has at most 192 bits)
	return l0, p1, p2
}

// div192x64 is (p2:p1:p0) / d and its remainder (d > 0).
func div192x64(p0, p1, p2, d uint64) (q0, q1, q2, rem uint64) {
	q2, rem = bits.Div64(0, p2, d)
	q1, rem = bits.Div64(rem, p1, d)
	q0, rem = bits.Div64(rem, p0, d)
	return q0, q1, q2, rem
}

// edgeFee is what hopOut needs of an edge without a pool curve whose fixed
// fee fits in 64 bits.
type edgeFee struct {
	fast   bool
	df, dt uint8  // the assets' decimals
	fixed  uint64 // base + destination gas, in source units
	r64    uint64 // the rate in 1e-12 units (0: no proportional fee)
	pf, pt uint64 // the assets' prices, nano-USD
}

// hopOut64 is HopOut for an amount a < 2^64; done is false when a step does
// not fit in 64 bits (the caller takes the 256-bit path).
func (f *edgeFee) hopOut64(a uint64) (out, fee uint64, ok, done bool) {
	fee = f.fixed
	if f.r64 != 0 {
		hi, lo := bits.Mul64(a, f.r64)
		if hi >= 1e12 {
			return 0, 0, false, false
		}
		t, rem := bits.Div64(hi, lo, 1e12)
		if rem != 0 {
			if t == math.MaxUint64 {
				return 0, 0, false, false
			}
			t++
		}
		var carry uint64
		if fee, carry = bits.Add64(fee, t, 0); carry != 0 {
			return 0, 0, false, false
		}
	}
	if fee >= a {
		return 0, fee, false, true
	}
	out, fits := convert64(a-fee, f.pf, f.pt, f.df, f.dt)
	if !fits {
		return 0, 0, false, false
	}
	return out, fee, out != 0, true
}

// HopOut is what arrives on e's destination for a sent, after fees, or false
// when the edge cannot carry a.
func (s *Snapshot) HopOut(e *Edge, a *Amount) (out, fee Amount, ok bool) {
	fee, ok = s.HopFee(e, a)
	if !ok {
		return out, fee, false
	}
	var net Amount
	net.Sub(a, &fee)
	out = s.convert(&net, e.From, e.To)
	if out.IsZero() {
		return out, fee, false
	}
	return out, fee, true
}

// finish derives the indexes and precomputed figures of a snapshot whose
// Chains, Assets, Edges and Prices are set.
func (s *Snapshot) finish(shareTopology *Snapshot) {
	if shareTopology != nil {
		s.chainIdx, s.assetIdx, s.edgeIdx = shareTopology.chainIdx, shareTopology.assetIdx, shareTopology.edgeIdx
		s.out, s.in = shareTopology.out, shareTopology.in
		s.hops = shareTopology.hops
		s.assetChain, s.usdPerUnit, s.priceNano = shareTopology.assetChain, shareTopology.usdPerUnit, shareTopology.priceNano
	} else {
		s.chainIdx = make(map[string]int32, len(s.Chains))
		for i := range s.Chains {
			s.chainIdx[s.Chains[i].ID] = int32(i)
		}
		s.assetIdx = make(map[string]int32, len(s.Assets))
		s.assetChain = make([]int32, len(s.Assets))
		s.usdPerUnit = make([]float64, len(s.Assets))
		s.priceNano = make([]uint64, len(s.Assets))
		for i := range s.Assets {
			a := &s.Assets[i]
			s.assetIdx[a.ID] = int32(i)
			s.assetChain[i] = s.chainIdx[a.Chain]
			p := s.Prices[a.Canonical]
			s.usdPerUnit[i] = p / math.Pow10(int(a.Decimals))
			s.priceNano[i] = uint64(math.Round(p * 1e9))
		}
		s.edgeIdx = make(map[string]int32, len(s.Edges))
		for i := range s.Edges {
			s.edgeIdx[s.Edges[i].ID] = int32(i)
		}
		n := len(s.Assets)
		from, to := func(e *Edge) int32 { return e.From }, func(e *Edge) int32 { return e.To }
		s.out = buildCSR(n, s.Edges, from, to)
		s.in = buildCSR(n, s.Edges, to, from)
		s.hops = newHopCache(n)
	}
	s.hot = make([]edgeHot, len(s.Edges))
	s.caps = make([]edgeCap, len(s.Edges))
	s.feeRec = make([]edgeFee, len(s.Edges))
	for i := range s.Edges {
		e, h, cp := &s.Edges[i], &s.hot[i], &s.caps[i]
		h.rate0 = e.Fee.RatePPM
		cp.availUSD = math.Inf(1)
		if c := e.Fee.Curve; c != nil {
			var zero Amount
			r, _ := c.ratePPM(&zero)
			h.rate0 += r
			cp.availUSD = s.ValueUSD(e.From, &c.Available)
		}
		var fixed Amount
		fixed.Add(&e.Fee.Base, &e.Fee.GasInAsset)
		h.fixedUSD = s.ValueUSD(e.From, &fixed)
		p := e.Learned.Mean() * e.Status.success()
		if p > 0 {
			h.risk0 = -math.Log(p)
		} else {
			h.risk0 = math.Inf(1)
		}
		cp.capLo, cp.capHi = e.CapLoUSD, e.CapHiUSD
		h.p50, h.p90 = e.Latency.P50, e.Latency.P90
		f := uint8(e.Trust) & edgeFlagTrust
		if e.Status.Usable() {
			f |= edgeFlagUsable
		}
		if e.Kind == KindBridge {
			f |= edgeFlagBridge
		}
		if int(e.Trust) >= len(trustPenaltyPPM) {
			f |= edgeFlagOddTrust // (the penalty table's index check fails as before)
		}
		h.flags = f
		s.setPlainUpTo(int32(i))
		h.volFactor = 1 - e.Fee.VolatilityPPM/1e6
		if fixed.IsUint64() && e.Fee.Curve == nil {
			// (fixed is Base + GasInAsset as HopFee adds them.)
			r := &s.feeRec[i]
			*r = edgeFee{fast: true, fixed: fixed.Uint64(), df: s.Assets[e.From].Decimals, dt: s.Assets[e.To].Decimals,
				pf: s.priceNano[e.From], pt: s.priceNano[e.To]}
			if e.Fee.RatePPM > 0 {
				r.r64 = uint64(math.Round(e.Fee.RatePPM * 1e6))
			}
		}
	}
}

// edgeHot is the part of an edge the search reads for every edge it
// considers: what the bound sweep's common case reads, in one cache line
// (64 bytes).
type edgeHot struct {
	fixedUSD float64 // base + gas, in USD
	rate0    float64 // fee rate at zero amount (pool curve included), ppm
	risk0    float64 // -log(learned × status): the amount-independent risk
	p50, p90 float64 // Edge.Latency
	// plainUpTo is the largest request value (USD) at which the edge's
	// bound takes the common case, which the bound sweep works out in
	// line: usable, a trust class of the penalty table, a finite
	// amount-independent risk, certain liquidity (no upper capacity, or
	// the value within the lower one) and the value within a pool's
	// liquidity. -Inf when never (and when a figure is NaN: the general
	// case then gives the same bounds). One test for the sweep instead of
	// five.
	plainUpTo float64
	// volFactor is 1 - the edge's fee volatility, as the search multiplies it.
	volFactor float64
	// flags are the edge's usable, bridge and trust bits (edgeFlag*).
	flags uint8
}

// edgeCap is the part of an edge that only the general case of its bound
// reads.
type edgeCap struct {
	availUSD     float64 // a pool's available liquidity in USD (+Inf: no pool)
	capLo, capHi float64 // Edge.CapLoUSD, CapHiUSD
}

// setPlainUpTo sets hot[i].plainUpTo from the edge's flags, hot record and
// liquidity figures.
func (s *Snapshot) setPlainUpTo(i int32) {
	h, c := &s.hot[i], &s.caps[i]
	h.plainUpTo = math.Inf(-1)
	if h.flags&(edgeFlagUsable|edgeFlagOddTrust) == edgeFlagUsable && !math.IsInf(h.risk0, 1) {
		lim := c.availUSD
		if !(c.capHi <= 0) {
			lim = min(lim, c.capLo) // (NaN when either is)
		}
		if !math.IsNaN(lim) {
			h.plainUpTo = lim
		}
	}
}

// Edge flag bits.
const (
	edgeFlagTrust    = 0x0f // the trust class (< 16)
	edgeFlagOddTrust = 0x10 // a trust class past the penalty table
	edgeFlagUsable   = 0x20
	edgeFlagBridge   = 0x40
)

// EdgeUpdate carries new live figures for one edge. Nil fields are unchanged.
type EdgeUpdate struct {
	Edge      string
	Status    *Status
	Latency   *Latency
	Learned   *Beta
	Available *Amount // pool liquidity now (liquidity bridges)
	CapLoUSD  *float64
	CapHiUSD  *float64
}

// WithUpdates returns a new snapshot with the updates applied; s is unchanged.
// An update naming an unknown edge fails the whole call and changes nothing.
func (s *Snapshot) WithUpdates(ups []EdgeUpdate) (*Snapshot, error) {
	for _, u := range ups {
		if _, ok := s.edgeIdx[u.Edge]; !ok {
			return nil, errf(CodeUnknownEdge, "edge", "unknown edge %q", u.Edge)
		}
	}
	n := &Snapshot{Name: s.Name, Version: s.Version + 1, Chains: s.Chains, Assets: s.Assets, Prices: s.Prices}
	n.Edges = make([]Edge, len(s.Edges))
	copy(n.Edges, s.Edges)
	for _, u := range ups {
		e := &n.Edges[s.edgeIdx[u.Edge]]
		if u.Status != nil {
			e.Status = *u.Status
		}
		if u.Latency != nil {
			e.Latency = *u.Latency
		}
		if u.Learned != nil {
			e.Learned = *u.Learned
		}
		if u.Available != nil && e.Fee.Curve != nil {
			c := *e.Fee.Curve // copy: the old snapshot keeps its curve
			c.Available = *u.Available
			if c.Available.Gt(&c.Pool) {
				c.Available = c.Pool
			}
			e.Fee.Curve = &c
		}
		if u.CapLoUSD != nil {
			e.CapLoUSD = *u.CapLoUSD
		}
		if u.CapHiUSD != nil {
			e.CapHiUSD = *u.CapHiUSD
		}
	}
	n.finish(s)
	return n, nil
}

// Store holds the current snapshot. Readers Load without locks; writers swap
// in a new snapshot atomically.
type Store struct {
	p atomic.Pointer[Snapshot]
}

// NewStore returns a store holding s.
func NewStore(s *Snapshot) *Store {
	st := &Store{}
	st.p.Store(s)
	return st
}

// Load returns the current snapshot.
func (st *Store) Load() *Snapshot { return st.p.Load() }

// Update applies edge updates to the current snapshot and swaps the result in.
// Concurrent updates retry on the newer snapshot, so none is lost.
func (st *Store) Update(ups []EdgeUpdate) (*Snapshot, error) {
	for {
		old := st.p.Load()
		n, err := old.WithUpdates(ups)
		if err != nil {
			return nil, err
		}
		if st.p.CompareAndSwap(old, n) {
			return n, nil
		}
	}
}

// StaticWeights gives every edge a fixed, amount-independent weight: its
// recommended-preset cost for a transfer worth refUSD. Benchmarks use it to
// compare the search with textbook shortest-path algorithms.
func (s *Snapshot) StaticWeights(refUSD float64) []float64 {
	w := make([]float64, len(s.Edges))
	pw := PresetWeights[Recommended]
	for i := range s.Edges {
		e := &s.Edges[i]
		rate := s.hot[i].rate0
		risk := s.hot[i].risk0
		if math.IsInf(risk, 1) || !e.Status.Usable() {
			w[i] = math.Inf(1)
			continue
		}
		w[i] = s.hot[i].fixedUSD + refUSD*rate/1e6 + refUSD*pw.TimePerHour*e.Latency.P50/3600 + refUSD*pw.RiskPerNat*risk
	}
	return w
}

// Simple returns a snapshot with at most one edge per ordered pair of assets
// (the lightest under w, usable edges only) and the kept edges' weights: the
// simple directed graph that textbook k-shortest-path algorithms take.
func (s *Snapshot) Simple(w []float64) (*Snapshot, []float64) {
	type pair struct{ a, b int32 }
	best := map[pair]int32{}
	for i := range s.Edges {
		if math.IsInf(w[i], 1) {
			continue
		}
		k := pair{s.Edges[i].From, s.Edges[i].To}
		if j, ok := best[k]; !ok || w[i] < w[j] || (w[i] == w[j] && int32(i) < j) {
			best[k] = int32(i)
		}
	}
	n := &Snapshot{Name: s.Name + "-simple", Chains: s.Chains, Assets: s.Assets, Prices: s.Prices}
	var nw []float64
	for i := range s.Edges {
		if j, ok := best[pair{s.Edges[i].From, s.Edges[i].To}]; ok && j == int32(i) {
			n.Edges = append(n.Edges, s.Edges[i])
			nw = append(nw, w[i])
		}
	}
	n.finish(nil)
	return n, nw
}
