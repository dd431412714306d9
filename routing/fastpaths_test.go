package routing

// Tests that hold the fast paths (64-bit integer arithmetic, the bound
// sweep over out-edges) to the plain ones.

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
)

// checkConvert64 holds convert's 64-bit path to the 256-bit one.
func checkConvert64(t *testing.T, v, pf, pt uint64, df, dt uint8) {
	t.Helper()
	var x Amount
	x.SetUint64(v)
	want := convert256(&x, pf, pt, df, dt)
	got, ok := convert64(v, pf, pt, df, dt)
	if !ok {
		return // the 256-bit path answers
	}
	if !want.IsUint64() || want.Uint64() != got {
		t.Fatalf("convert(%d, prices %d→%d, decimals %d→%d): 64-bit %d, 256-bit %s", v, pf, pt, df, dt, got, want.Dec())
	}
}

// checkHopFee64 holds the fee's 64-bit product and quotient to the 256-bit
// arithmetic it replaces.
func checkHopFee64(t *testing.T, a, r uint64) {
	t.Helper()
	var x, rr, den, want, rem Amount
	x.SetUint64(a)
	rr.SetUint64(r)
	den.SetUint64(1e12)
	if _, over := want.MulOverflow(&x, &rr); over {
		t.Fatalf("%d × %d overflowed 256 bits", a, r)
	}
	want.DivMod(&want, &den, &rem)
	q, qrem, ok := mulDiv64(&x, r, 1e12)
	if !ok {
		if want.IsUint64() {
			t.Fatalf("%d × %d / 1e12 = %s fits in 64 bits but the fast path declined", a, r, want.Dec())
		}
		return
	}
	if !want.IsUint64() || want.Uint64() != q || !rem.IsUint64() || rem.Uint64() != qrem {
		t.Fatalf("%d × %d / 1e12: 64-bit %d rem %d, 256-bit %s rem %s", a, r, q, qrem, want.Dec(), rem.Dec())
	}
}

func randU64(r *rand.Rand) uint64 {
	switch r.IntN(4) {
	case 0:
		return r.Uint64()
	case 1:
		return r.Uint64() >> r.IntN(64)
	case 2:
		return math.MaxUint64 - r.Uint64N(1000)
	default:
		return r.Uint64N(1_000_000)
	}
}

func TestFast64PathsMatch256(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	n := 300_000
	if testing.Short() {
		n = 30_000
	}
	for i := 0; i < n; i++ {
		pf, pt := randU64(r), randU64(r)
		if r.IntN(4) == 0 {
			pt = pf
		}
		checkConvert64(t, randU64(r), pf, pt, uint8(r.IntN(40)), uint8(r.IntN(40)))
		checkHopFee64(t, randU64(r), randU64(r))
	}
	// The realistic topology's own conversions and fees go through the
	// fast path (the benchmarks' claim): every edge at a few amounts.
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	fast := 0
	for i := range s.Edges {
		e := &s.Edges[i]
		for _, v := range []uint64{1, 1e6, 1e12, 1e18} {
			df, dt := s.Assets[e.From].Decimals, s.Assets[e.To].Decimals
			pf, pt := s.priceNano[e.From], s.priceNano[e.To]
			checkConvert64(t, v, pf, pt, df, dt)
			if _, ok := convert64(v, pf, pt, df, dt); ok {
				fast++
			}
		}
	}
	if fast < 2*len(s.Edges) {
		t.Fatalf("only %d of %d conversions took the 64-bit path", fast, 4*len(s.Edges))
	}
}

func FuzzFast64PathsMatch256(f *testing.F) {
	f.Add(uint64(1e6), uint64(1e9), uint64(3e12), uint8(6), uint8(18), uint64(500_000))
	f.Add(uint64(math.MaxUint64), uint64(math.MaxUint64), uint64(1), uint8(0), uint8(19), uint64(math.MaxUint64))
	f.Fuzz(func(t *testing.T, v, pf, pt uint64, df, dt uint8, r uint64) {
		checkConvert64(t, v, pf, pt, df%78, dt%78) // (pow10 has 78 entries; decimals are validated far below)
		checkHopFee64(t, v, r)
	})
}

// TestBoundSweepWaysAgree runs the bound sweep both ways (the frontier's
// in-edges only, and the source's out-edges near the last levels): every
// level's bounds of every node must be the same.
func TestBoundSweepWaysAgree(t *testing.T) {
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { boundsInEdgesOnly = false }()
	r := rand.New(rand.NewPCG(41, 42))
	n := len(s.Assets)
	type lvl struct{ h, eta, fee float64 }
	sweep := func(req *Request, inOnly bool) ([]lvl, int) {
		boundsInEdgesOnly = inOnly
		q, err := s.newQuery(req)
		if err != nil {
			t.Fatal(err)
		}
		sc := &scratch{}
		sc.reset(n, len(s.Edges), q.maxHops)
		sc.bounds(q)
		var out []lvl
		for l := 0; l <= q.maxHops; l++ {
			for v := int32(0); v < int32(n); v++ {
				out = append(out, lvl{sc.hAt(l, v), sc.etaAt(l, v), sc.feeAt(l, v)})
			}
		}
		return out, q.capExcluded
	}
	for i := 0; i < 300; i++ {
		a, b := int32(r.IntN(n)), int32(r.IntN(n))
		if a == b {
			continue
		}
		req := Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: s.UnitsForUSD(a, math.Pow(10, 1+r.Float64()*5)), Constraints: Constraints{MaxHops: 1 + r.IntN(6)}}
		x, xc := sweep(&req, true)
		y, yc := sweep(&req, false)
		if xc != yc {
			t.Fatalf("request %d: capacity exclusions %d vs %d", i, xc, yc)
		}
		for j := range x {
			if x[j] != y[j] && !(math.IsNaN(x[j].h) && math.IsNaN(y[j].h)) {
				t.Fatalf("request %d, level %d, node %d: %+v vs %+v", i, j/n, j%n, x[j], y[j])
			}
		}
	}
}

// TestHopOutFastPathMatches prices every edge of a synthetic topology (pools
// included) at amounts of every size both ways.
func TestHopOutFastPathMatches(t *testing.T) {
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(61, 62))
	fast, wide := 0, 0
	for i := range s.Edges {
		if s.feeRec[i].fast {
			fast++
		}
		for j := 0; j < 60; j++ {
			var a Amount
			switch j % 6 {
			case 4: // (the 128-bit path)
				a = Amount{r.Uint64(), r.Uint64() >> r.IntN(64), 0, 0}
			case 5: // (at the edges of 2^64 and 2^128)
				a = Amount{math.MaxUint64 - r.Uint64N(1000), uint64(r.IntN(2)) * (math.MaxUint64 - r.Uint64N(3)), 0, 0}
			case 0:
				a.SetUint64(r.Uint64N(1000))
			case 1:
				a.SetUint64(r.Uint64() >> r.IntN(64))
			case 2:
				a.SetUint64(math.MaxUint64 - r.Uint64N(1000))
			default:
				a.SetUint64(r.Uint64())
				a.Lsh(&a, uint(r.IntN(80)))
			}
			checkHopOut(t, s, int32(i), &a)
			var o, fe Amount
			var ok bool
			if a[1] != 0 && a[2]|a[3] == 0 && s.feeRec[i].fast && s.feeRec[i].hopOut128(&a, &o, &fe, &ok) {
				wide++
			}
		}
	}
	if wide < len(s.Edges) {
		t.Fatalf("the 128-bit path priced only %d amounts", wide)
	}
	if fast < len(s.Edges)/2 {
		t.Fatalf("only %d of %d edges have a fast fee record", fast, len(s.Edges))
	}
}

// checkHopOut holds hopOut's fast paths to HopOut for edge i and amount a.
func checkHopOut(t *testing.T, s *Snapshot, i int32, a *Amount) {
	t.Helper()
	o1, f1, ok1 := s.hopOut(i, a)
	o2, f2, ok2 := s.HopOut(&s.Edges[i], a)
	if o1 != o2 || f1 != f2 || ok1 != ok2 {
		t.Fatalf("edge %s, amount %s: fast (%s, %s, %v), plain (%s, %s, %v)", s.Edges[i].ID, a.Dec(), o1.Dec(), f1.Dec(), ok1, o2.Dec(), f2.Dec(), ok2)
	}
}

// FuzzHopOutFastPathMatches prices an edge of a synthetic topology at a
// 128-bit amount (shifted: every size) with the fast paths and the 256-bit
// path.
func FuzzHopOutFastPathMatches(f *testing.F) {
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint32(0), uint64(1), uint64(0), uint8(0))
	f.Add(uint32(7), uint64(math.MaxUint64), uint64(math.MaxUint64), uint8(0))
	f.Add(uint32(99), uint64(123456789), uint64(5), uint8(3))
	f.Add(uint32(1234), uint64(1e18), uint64(0), uint8(20))
	f.Fuzz(func(t *testing.T, edge uint32, lo, hi uint64, shift uint8) {
		a := Amount{lo, hi, 0, 0}
		a.Rsh(&a, uint(shift%128))
		checkHopOut(t, s, int32(edge%uint32(len(s.Edges))), &a)
	})
}

// TestExplanationsMatchFmt holds the explanations' hand-written formatting
// to the fmt calls it replaced, special values included.
func TestExplanationsMatchFmt(t *testing.T) {
	r := rand.New(rand.NewPCG(71, 72))
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 0.00005, 0.99995, 119.99, 120, 7199.99, 7200, math.Inf(1), math.Inf(-1), math.NaN()}
	for i := 0; i < 3000; i++ {
		vals = append(vals, (r.Float64()-0.3)*math.Pow(10, float64(r.IntN(12)-4)))
	}
	for i, x := range vals {
		d, y := math.Abs(vals[(i+1)%len(vals)]), vals[(i+2)%len(vals)]
		want := fmt.Sprintf("The runner-up is %s faster at p50 but the %s preset values that time at only $%.4f.", fmtDur(d), Recommended, x)
		if got := string(appendFasterRunnerUp(nil, d, Recommended, x)); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
		want = fmt.Sprintf("The runner-up is more likely to succeed (%.4f vs %.4f), which is worth $%.4f here.", x, y, d)
		if got := string(appendSaferRunnerUp(nil, x, y, d)); got != want {
			t.Fatalf("got %q, want %q", got, want)
		}
	}
}

// checkFixed holds appendFixed to strconv's 'f' formatting.
func checkFixed(t *testing.T, x float64, prec int) {
	t.Helper()
	want := strconv.AppendFloat(nil, x, 'f', prec, 64)
	if got := appendFixed(nil, x, prec); !bytes.Equal(got, want) {
		t.Fatalf("appendFixed(%v (%b), %d) = %q, strconv gives %q", x, x, prec, got, want)
	}
}

// TestAppendFixedMatchesStrconv tries random values of every size, the
// dyadic values that are exact ties at each precision, their neighbours,
// and the limits of the fast path.
func TestAppendFixedMatchesStrconv(t *testing.T) {
	r := rand.New(rand.NewPCG(91, 92))
	n := 200_000
	if testing.Short() {
		n = 20_000
	}
	special := []float64{0, math.Copysign(0, -1), 0.5, 1.5, 2.5, -2.5, 0.25, 0.125, 0.0625, 1.03125, 0.00005, 0.00015, 0.99995, 119.5,
		0x1p52 / 1e4, math.Nextafter(0x1p52/1e4, 0), math.Nextafter(0x1p52/1e4, math.Inf(1)), math.Inf(1), math.Inf(-1), math.NaN(),
		math.SmallestNonzeroFloat64, math.MaxFloat64}
	for _, x := range special {
		for prec := 0; prec <= 4; prec++ {
			checkFixed(t, x, prec)
			checkFixed(t, -x, prec)
		}
	}
	for i := 0; i < n; i++ {
		prec := r.IntN(5)
		var x float64
		switch i % 4 {
		case 0: // any magnitude
			x = r.Float64() * math.Pow(10, float64(r.IntN(24)-12))
		case 1: // an exact tie: an odd multiple of 2^-k that is a half at prec decimals
			k := 1 + r.IntN(12)
			x = float64(2*r.IntN(1<<20)+1) / float64(int(1)<<k)
		case 2: // next to a tie
			x = (float64(r.IntN(1e7)) + 0.5) / pow10f[prec]
			x = math.Nextafter(x, math.Inf(2*r.IntN(2)-1))
		default: // just about halfway, as sums of costs come out
			x = (float64(r.IntN(1e9)) + 0.5) / pow10f[prec]
		}
		if r.IntN(2) == 0 {
			x = -x
		}
		checkFixed(t, x, prec)
	}
}

func FuzzAppendFixedMatchesStrconv(f *testing.F) {
	f.Add(0.00005, uint8(4))
	f.Add(2.5, uint8(0))
	f.Add(1.03125, uint8(4))
	f.Fuzz(func(t *testing.T, x float64, prec uint8) {
		checkFixed(t, x, int(prec%5))
	})
}

// TestMinOutMatches256 holds minOut's 64-bit path to MulDivOverflow.
func TestMinOutMatches256(t *testing.T) {
	r := rand.New(rand.NewPCG(101, 102))
	for i := 0; i < 100_000; i++ {
		var a Amount
		a.SetUint64(randU64(r))
		if i%10 == 0 {
			a.Lsh(&a, uint(r.IntN(100)))
		}
		slip := r.IntN(10001)
		if i%7 == 0 {
			slip = []int{0, 1, 9999, 10000, -1, 10001}[r.IntN(6)]
		}
		var want Amount
		want.MulDivOverflow(&a, uint256From(uint64(10000-slip)), uint256From(10000))
		if got := minOut(&a, slip); got != want {
			t.Fatalf("minOut(%s, %d) = %s, 256-bit %s", a.Dec(), slip, got.Dec(), want.Dec())
		}
	}
}

func TestFill8(t *testing.T) {
	for n := 0; n < 300; n++ {
		d := make([]int8, n)
		for i := range d {
			d[i] = int8(i)
		}
		fill8(d, -3)
		for i, x := range d {
			if x != -3 {
				t.Fatalf("len %d: d[%d] = %d", n, i, x)
			}
		}
	}
}

// TestToFloat64PathMatches holds toFloat's one-word path to the full sum.
func TestToFloat64PathMatches(t *testing.T) {
	r := rand.New(rand.NewPCG(121, 122))
	for i := 0; i < 100_000; i++ {
		var a Amount
		a.SetUint64(randU64(r))
		want := float64(a[3])*0x1p192 + float64(a[2])*0x1p128 + float64(a[1])*0x1p64 + float64(a[0])
		if got := toFloat(&a); math.Float64bits(got) != math.Float64bits(want) {
			t.Fatalf("toFloat(%d) = %v, the sum gives %v", a[0], got, want)
		}
	}
}

// FuzzParseAmountFastPath holds ParseAmount's 64-bit path to math/big's.
func FuzzParseAmountFastPath(f *testing.F) {
	for _, s := range []string{"1", "0", "00", "18446744073709551615", "9999999999999999999", "1000000000000000000", "007", " 42 ", "12a", "-1", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fast, fastErr := ParseAmount(s, "amount")
		useReference = true
		ref, refErr := ParseAmount(s, "amount")
		useReference = false
		if (fastErr == nil) != (refErr == nil) || fastErr != nil && fastErr.Error() != refErr.Error() || fast != ref {
			t.Fatalf("%q: fast %v %v, reference %v %v", s, fast, fastErr, ref, refErr)
		}
	})
}

// plainCase is the bound sweep's test for its in-line case as it was
// written before plainUpTo: the edge's flags, risk, liquidity and pool
// checked one by one for the value v.
func plainCase(s *Snapshot, i int32, v float64) bool {
	h, c := &s.hot[i], &s.caps[i]
	return h.flags&(edgeFlagUsable|edgeFlagOddTrust) == edgeFlagUsable && (c.capHi <= 0 || v <= c.capLo) && !(v > c.availUSD) && !math.IsInf(h.risk0, 1)
}

// TestPlainUpToMatchesTheChecks holds the one-comparison test of the bound
// sweep's in-line case (v <= plainUpTo) to the checks it replaces, for every
// edge of the reference topologies (pools, capacities, every status and
// trust class) and of edges with NaN and infinite figures, at values around
// each edge's limits. A NaN figure may send the edge to the general case
// (which works out the same bounds), never the other way.
func TestPlainUpToMatchesTheChecks(t *testing.T) {
	snaps := refTopologies(t)
	odd := *snaps[0] // (its own figures: the snapshot's stay as they are)
	odd.hot, odd.caps = slices.Clone(odd.hot), slices.Clone(odd.caps)
	for i := range odd.hot {
		h, c := &odd.hot[i], &odd.caps[i]
		switch i % 5 {
		case 0:
			c.capLo = math.NaN()
		case 1:
			c.capHi = math.NaN()
		case 2:
			c.availUSD = math.NaN()
		case 3:
			h.risk0 = math.Inf(1)
		}
	}
	for i := range odd.Edges {
		odd.setPlainUpTo(int32(i))
	}
	snaps = append(snaps, &odd)
	r := rand.New(rand.NewPCG(9, 9))
	checked := 0
	for si, s := range snaps {
		for i := range s.Edges {
			h := &s.caps[i]
			vs := []float64{0, 1, h.capLo, h.capHi, h.availUSD, math.Nextafter(h.capLo, math.Inf(1)), math.Nextafter(h.availUSD, math.Inf(1)), math.Pow(10, r.Float64()*8)}
			for _, v := range vs {
				if math.IsNaN(v) || math.IsInf(v, 0) || v < 0 {
					continue
				}
				fast, slow := v <= s.hot[i].plainUpTo, plainCase(s, int32(i), v)
				anyNaN := math.IsNaN(h.capLo) || math.IsNaN(h.capHi) || math.IsNaN(h.availUSD)
				if fast && !slow || !fast && slow && !anyNaN {
					t.Fatalf("snapshot %d, edge %d at $%v: plainUpTo %v says %v, the checks %v (hot %+v, caps %+v)", si, i, v, s.hot[i].plainUpTo, fast, slow, s.hot[i], *h)
				}
				checked++
			}
		}
	}
	if checked == 0 {
		t.Fatal("nothing checked")
	}
}

// checkAmountFromUnits holds amountFromUnits (its float64 path when it
// takes it) to the big.Float conversion.
func checkAmountFromUnits(t *testing.T, units float64, decimals uint8) {
	t.Helper()
	if !(units > 0) || math.IsInf(units, 0) {
		return
	}
	got, want := amountFromUnits(units, decimals), amountFromUnitsBig(units, decimals)
	if got != want {
		t.Fatalf("amountFromUnits(%v (%#x), %d) = %v, big.Float gives %v", units, math.Float64bits(units), decimals, got.Dec(), want.Dec())
	}
}

// TestAmountFromUnitsMatchesBig checks the float64 path against the
// big.Float one at every decimals up to 30 (past the exact powers of ten),
// for random figures of every size, halfway cases of the 53-bit rounding
// and products around 2^64.
func TestAmountFromUnitsMatchesBig(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 5))
	fast := 0
	for d := uint8(0); d <= 30; d++ {
		vs := []float64{1, 0.5, 1e-30, 5e-324, math.MaxFloat64, 0x1p64 / tenTo(d), math.Nextafter(0x1p64/tenTo(d), 0), math.Nextafter(0x1p64/tenTo(d), math.Inf(1))}
		for i := 0; i < 2000; i++ {
			vs = append(vs, math.Pow(10, r.Float64()*40-20), float64(r.Uint64()>>11)+0.5, float64(r.Uint64()>>uint(r.IntN(64))))
		}
		for _, v := range vs {
			checkAmountFromUnits(t, v, d)
			if int(d) < len(pow10f64) && v*pow10f64[d] < 0x1p64 {
				fast++
			}
		}
	}
	if fast == 0 {
		t.Fatal("the float64 path was never taken")
	}
}

func tenTo(d uint8) float64 { return math.Pow(10, float64(d)) }

func FuzzAmountFromUnitsMatchesBig(f *testing.F) {
	f.Add(1.5, uint8(18))
	f.Add(0x1p64/1e6, uint8(6))
	f.Add(1e-7, uint8(6))
	f.Add(123456.789, uint8(25))
	f.Fuzz(func(t *testing.T, units float64, decimals uint8) {
		if decimals >= 78 {
			return
		}
		checkAmountFromUnits(t, units, decimals)
	})
}

// randomKeyRoute is a route of 0-4 hops whose edge ids are drawn from a
// few short strings over "ab|" (prefixes of each other and ids holding a
// '|': the cases where comparing hop by hop differs from joining).
func randomKeyRoute(r *rand.Rand) Route {
	ids := []string{"", "a", "b", "ab", "a|", "a|b", "|", "ba", "aa", "abc", "b|a"}
	hops := make([]Hop, r.IntN(5))
	for i := range hops {
		hops[i].Edge = ids[r.IntN(len(ids))]
	}
	scores := []float64{1, 2, math.NaN()}
	return Route{Hops: hops, Score: scores[r.IntN(len(scores))]}
}

// TestCompareRouteKeysMatchesJoined holds the hop-by-hop comparison to the
// joined keys', and sortRoutes to slices.SortStableFunc over the routes
// (ties, NaN scores, 1-20 routes).
func TestCompareRouteKeysMatchesJoined(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	for n := 0; n < 20000; n++ {
		a, b := randomKeyRoute(r), randomKeyRoute(r)
		if got, want := compareRouteKeys(&a, &b), compareRouteKeysJoined(&a, &b); got != want {
			t.Fatalf("compareRouteKeys(%q, %q) = %d, joined %d", string(appendRouteKey(nil, &a)), string(appendRouteKey(nil, &b)), got, want)
		}
	}
	for n := 0; n < 3000; n++ {
		rs := make([]Route, 1+r.IntN(20))
		for i := range rs {
			rs[i] = randomKeyRoute(r)
			rs[i].CostOut = float64(i) // (tells equal routes apart)
		}
		want := slices.Clone(rs)
		slices.SortStableFunc(want, func(a, b Route) int { return compareRoutes(&a, &b) })
		sortRoutes(rs)
		for i := range rs {
			if rs[i].CostOut != want[i].CostOut {
				t.Fatalf("sortRoutes puts route %v at %d, slices.SortStableFunc route %v", rs[i].CostOut, i, want[i].CostOut)
			}
		}
	}
}

func FuzzCompareRouteKeysMatchesJoined(f *testing.F) {
	f.Add("a|b", "a", "a", "b|")
	f.Add("ab", "c", "a", "b")
	f.Fuzz(func(t *testing.T, a0, a1, b0, b1 string) {
		a := Route{Hops: []Hop{{Edge: a0}, {Edge: a1}}}
		b := Route{Hops: []Hop{{Edge: b0}, {Edge: b1}}}
		for _, c := range [][2]*Route{{&a, &b}, {&a, &Route{Hops: b.Hops[:1]}}, {&Route{Hops: a.Hops[:1]}, &b}} {
			if got, want := compareRouteKeys(c[0], c[1]), compareRouteKeysJoined(c[0], c[1]); got != want {
				t.Fatalf("compareRouteKeys(%q, %q) = %d, joined %d", string(appendRouteKey(nil, c[0])), string(appendRouteKey(nil, c[1])), got, want)
			}
		}
	})
}
