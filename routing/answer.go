package routing

import (
	"math"
	"math/bits"
	"strconv"
)

// Hop is one step of a route, with its figures for this amount.
type Hop struct {
	Edge      string  `json:"edge"`
	Bridge    string  `json:"bridge"`
	Protocol  string  `json:"protocol"`
	From      string  `json:"from"`
	To        string  `json:"to"`
	AmountIn  Amount  `json:"amount_in"`
	AmountOut Amount  `json:"amount_out"`
	Fee       Amount  `json:"fee"` // in From's base units
	FeeUSD    float64 `json:"fee_usd"`
	P50       float64 `json:"eta_p50_s"`
	P90       float64 `json:"eta_p90_s"`
	Success   float64 `json:"success"`
	// SuccessLiquidity and SuccessLearned are the factors of Success.
	SuccessLiquidity float64 `json:"success_liquidity"`
	SuccessLearned   float64 `json:"success_learned"`
	Trust            string  `json:"trust"`
	Status           string  `json:"status"`
	// Index is the hop's edge in the snapshot that answered: its index in
	// Snapshot.Edges (Edges[Index].ID == Edge), so a caller holding that
	// snapshot reaches the edge without looking its id up. It is not part
	// of the wire answer, and it means nothing against another snapshot.
	Index int32 `json:"-"`
}

// Breakdown splits a route's score into its parts, in USD.
type Breakdown struct {
	Fees    float64 `json:"fees_usd"`
	Time    float64 `json:"time_usd"`
	Risk    float64 `json:"risk_usd"`
	Penalty float64 `json:"penalty_usd"`
}

// Route is one way across, scored.
type Route struct {
	Hops      []Hop  `json:"hops"`
	AmountIn  Amount `json:"amount_in"`
	AmountOut Amount `json:"amount_out"`
	// MinOut is AmountOut less the slippage bound: what the source
	// transaction commits to.
	MinOut Amount `json:"min_out"`
	// Score is the expected cost in USD (fees + time + risk + penalties);
	// CostOut is the same in the output asset's units (a float: a score).
	Score     float64   `json:"score_usd"`
	CostOut   float64   `json:"cost_out_units"`
	Breakdown Breakdown `json:"breakdown"`
	ETAP50    float64   `json:"eta_p50_s"`
	ETAP90    float64   `json:"eta_p90_s"`
	Success   float64   `json:"success"`
	FeeBps    float64   `json:"fee_bps"`
}

// Path is the route's asset ids in order, for display.
func (r *Route) Path() string {
	if len(r.Hops) == 0 {
		return ""
	}
	return string(r.appendPath(make([]byte, 0, 128)))
}

func (r *Route) appendPath(b []byte) []byte {
	if len(r.Hops) == 0 {
		return b
	}
	b = append(b, r.Hops[0].From...)
	for _, h := range r.Hops {
		b = append(b, " -["...)
		b = append(b, h.Bridge...)
		b = append(b, "]-> "...)
		b = append(b, h.To...)
	}
	return b
}

// Answer is the router's reply to a request.
type Answer struct {
	From     string  `json:"from"`
	To       string  `json:"to"`
	Amount   Amount  `json:"amount"`
	ValueUSD float64 `json:"value_usd"`
	Preset   Preset  `json:"preset"`
	Snapshot uint64  `json:"snapshot_version"`
	// Routes are the k best single routes, best first.
	Routes []Route `json:"routes"`
	// Split, when set, is the recommended plan: the amount divided across
	// several routes because no single route carries it as well.
	Split *Split `json:"split,omitempty"`
	// Why explains the choice: why the winner beat the runner-up.
	Why []string `json:"why"`

	// hopSlab holds the hops of Routes (RouteInto reuses it).
	hopSlab []Hop
}

// build turns a finished label into a Route, written into r (in place: a
// Route returned by value was copied twice more), whose hops are appended
// to hops (empty, with room for them).
func (q *query) build(r *Route, sc *scratch, li int32, hops []Hop) {
	var buf, lbuf [MaxHopsLimit + 1]int32
	n := int(sc.labels[li].hops)
	edges, path := buf[:n:n], lbuf[:n+1:n+1]
	if n >= len(buf) { // (labels never have more hops than MaxHopsLimit)
		edges, path = make([]int32, n), make([]int32, n+1)
	}
	for i := li; sc.labels[i].parent >= 0; i = sc.labels[i].parent {
		path[n] = i
		n--
		edges[n] = sc.labels[i].edge
	}
	path[0] = 0 // (the source's label)
	q.evalPathTo(r, edges, q.req.Amount, hops, sc, path)
}

// evalPath scores the route along edges for amount, with the same formulas
// the search uses. It reports false when a hop cannot carry what reaches it.
func (q *query) evalPath(edges []int32, amountIn Amount) (Route, bool) {
	var r Route
	ok := q.evalPathTo(&r, edges, amountIn, make([]Hop, 0, len(edges)), nil, nil)
	return r, ok
}

// evalPathTo is evalPath writing the route into r, its hops appended to
// hops. With the search's
// labels along the route (path: the source's first, sc holding them), it
// takes each hop's output amount, fee, USD values and risk from what the
// search worked out for them (its labels were all evaluated, with the same
// functions of the same inputs) instead of working them out again.
func (q *query) evalPathTo(r *Route, edges []int32, amountIn Amount, hops []Hop, sc *scratch, path []int32) bool {
	s := q.s
	*r = Route{AmountIn: amountIn, Success: 1, Hops: hops}
	amount := amountIn
	ok := true
	fromLabels := sc != nil && !q.static && !useReference
	for i, ei := range edges {
		e := &s.Edges[ei]
		// The hop is written in place, field by field (a hop built on the
		// stack and then appended was copied twice: 256 bytes), its
		// amounts too.
		if n := len(r.Hops); n < cap(r.Hops) {
			r.Hops = r.Hops[:n+1]
		} else {
			r.Hops = append(r.Hops, Hop{})
		}
		h := &r.Hops[len(r.Hops)-1]
		h.AmountIn = amount
		switch {
		case q.static:
			h.AmountOut, h.Fee = amount, Amount{}
		case fromLabels:
			h.AmountOut, h.Fee = sc.labels[path[i+1]].amount, sc.fees[path[i+1]]
		default:
			if !s.hopOutTo(ei, &amount, &h.AmountOut, &h.Fee) {
				ok = false
			}
		}
		pl := e.liquiditySuccess(q.v)
		pLearned := e.Learned.Mean() * e.Status.success()
		h.Edge, h.Bridge, h.Protocol, h.Index = e.ID, e.Bridge, e.Protocol, ei
		h.From, h.To = s.Assets[e.From].ID, s.Assets[e.To].ID
		h.P50, h.P90 = e.Latency.P50, e.Latency.P90
		h.Success, h.SuccessLiquidity, h.SuccessLearned = pl*pLearned, pl, pLearned
		h.Trust, h.Status = e.Trust.String(), e.Status.String()
		h.FeeUSD = 0
		r.ETAP50 += h.P50
		r.ETAP90 += h.P90
		r.Success *= h.Success
		if q.static {
			r.Breakdown.Fees += q.req.Static[ei]
		} else {
			var risk float64
			if fromLabels {
				h.FeeUSD = sc.labels[path[i]].usd - sc.labels[path[i+1]].usd
				risk = sc.ew[ei].risk
			} else {
				h.FeeUSD = s.ValueUSD(e.From, &amount) - s.ValueUSD(e.To, &h.AmountOut)
				risk = q.risk(ei)
			}
			time := q.v * q.w.TimePerHour * e.Latency.P50 / 3600
			r.Breakdown.Fees += h.FeeUSD
			r.Breakdown.Time += time
			r.Breakdown.Risk += q.v * q.w.RiskPerNat * risk
			r.Breakdown.Penalty += q.v * q.penaltyPPM(e) / 1e6
		}
		amount = h.AmountOut
	}
	r.AmountOut = amount
	r.Score = r.Breakdown.Fees + r.Breakdown.Time + r.Breakdown.Risk + r.Breakdown.Penalty
	r.MinOut = minOut(&amount, q.req.Constraints.SlippageBps)
	if p := s.usdPerUnit[q.dst]; p > 0 {
		r.CostOut = r.Score / p
	}
	if q.v > 0 && !q.static {
		r.FeeBps = r.Breakdown.Fees / q.v * 1e4
	}
	return ok
}

// minOut is amount × (10000 − slippageBps) / 10000, rounded down: in
// 64/128-bit integers when the amount fits in 64 bits (the same integer as
// the 256-bit MulDivOverflow, without its long division).
func minOut(amount *Amount, slippageBps int) Amount {
	var m Amount
	if mul := 10000 - slippageBps; amount.IsUint64() && mul >= 0 && mul <= 10000 && !useReference {
		hi, lo := bits.Mul64(amount.Uint64(), uint64(mul))
		q, _ := bits.Div64(hi, lo, 10000) // (hi < 10000: the quotient is at most the amount)
		m.SetUint64(q)
		return m
	}
	m.MulDivOverflow(amount, uint256From(uint64(10000-slippageBps)), uint256From(10000))
	return m
}

func uint256From(x uint64) *Amount {
	var a Amount
	a.SetUint64(x)
	return &a
}

// explain is the answer's Why: why the winner beat the runner-up, part by
// part, and the split's reason (AppendWhy's sentences as strings).
func explain(ans *Answer) []string {
	var endsBuf [5]int
	b, ends := ans.AppendWhy(make([]byte, 0, 1024), endsBuf[:0])
	if len(ends) == 0 {
		return nil
	}
	// The sentences become substrings of one string (one allocation
	// rather than one each).
	all := string(b)
	why := make([]string, len(ends))
	start := 0
	for i, e := range ends {
		why[i], start = all[start:e], e
	}
	return why
}

// onlyRoute is the second sentence of the explanation of a lone route.
const onlyRoute = "It is the only route within the constraints."

// AppendWhy appends the sentences of the answer's explanation (Why's
// strings, worked out again from the routes and the split) to text, one
// after the other, and where each ends in text to ends. A caller that
// writes the explanation out itself asks RouteInto not to build Why
// (Request.NoWhy) and calls this instead: no strings are made.
func (ans *Answer) AppendWhy(text []byte, ends []int) ([]byte, []int) {
	if len(ans.Routes) > 0 {
		text, ends = appendExplanation(text, ends, ans)
	}
	if ans.Split != nil {
		text = append(text, ans.Split.Reason...)
		ends = append(ends, len(text))
	}
	return text, ends
}

// appendExplanation appends explain's sentences to b and their ends to
// ends (ans has a route).
func appendExplanation(b []byte, ends []int, ans *Answer) ([]byte, []int) {
	// Built with appends rather than fmt: explanations come with every
	// answer and were a sixth of a typical query's time. The text is the
	// same as fmt's %.4f would give.
	w := &ans.Routes[0]
	b = w.appendPath(b)
	b = append(b, " wins under the "...)
	b = append(b, ans.Preset...)
	b = append(b, " preset: expected cost $"...)
	b = f4(b, w.Score)
	b = append(b, " (fees $"...)
	b = f4(b, w.Breakdown.Fees)
	b = append(b, ", time $"...)
	b = f4(b, w.Breakdown.Time)
	b = append(b, ", risk $"...)
	b = f4(b, w.Breakdown.Risk)
	b = append(b, ", penalties $"...)
	b = f4(b, w.Breakdown.Penalty)
	b = append(b, "); ETA p50 "...)
	b = appendDur(b, w.ETAP50)
	b = append(b, ", p90 "...)
	b = appendDur(b, w.ETAP90)
	b = append(b, "; success "...)
	b = f4(b, w.Success)
	b = append(b, '.')
	ends = append(ends, len(b))
	if len(ans.Routes) == 1 {
		b = append(b, onlyRoute...)
		return b, append(ends, len(b))
	}
	r := &ans.Routes[1]
	type part struct {
		name string
		d    float64
	}
	parts := [4]part{{"fees", r.Breakdown.Fees - w.Breakdown.Fees}, {"time", r.Breakdown.Time - w.Breakdown.Time},
		{"risk", r.Breakdown.Risk - w.Breakdown.Risk}, {"penalties", r.Breakdown.Penalty - w.Breakdown.Penalty}}
	// A stable insertion sort by |d|, largest first (four items).
	for i := 1; i < len(parts); i++ {
		for j := i; j > 0 && math.Abs(parts[j].d) > math.Abs(parts[j-1].d); j-- {
			parts[j], parts[j-1] = parts[j-1], parts[j]
		}
	}
	b = append(b, "It beats the runner-up "...)
	b = r.appendPath(b)
	b = append(b, " by $"...)
	b = f4(b, r.Score-w.Score)
	n := 0
	for _, p := range parts {
		if p.d > 1e-9 {
			if n == 0 {
				b = append(b, ": "...)
			} else {
				b = append(b, ", "...)
			}
			b = append(b, p.name...)
			b = append(b, " $"...)
			b = f4(b, p.d)
			b = append(b, " lower"...)
			n++
		}
	}
	n = 0
	for _, p := range parts {
		if p.d < -1e-9 {
			if n == 0 {
				b = append(b, "; it gives up "...)
			} else {
				b = append(b, ", "...)
			}
			b = append(b, p.name...)
			b = append(b, " $"...)
			b = f4(b, -p.d)
			b = append(b, " higher"...)
			n++
		}
	}
	b = append(b, '.')
	ends = append(ends, len(b))
	if d := w.ETAP50 - r.ETAP50; d > 0 {
		b = appendFasterRunnerUp(b, d, ans.Preset, w.Breakdown.Time-r.Breakdown.Time+0)
		ends = append(ends, len(b))
	}
	if w.Success < r.Success {
		b = appendSaferRunnerUp(b, r.Success, w.Success, w.Breakdown.Risk-r.Breakdown.Risk)
		ends = append(ends, len(b))
	}
	return b, ends
}

// appendFasterRunnerUp appends fmt.Sprintf("The runner-up is %s faster at
// p50 but the %s preset values that time at only $%.4f.", fmtDur(d),
// preset, x) without fmt.
func appendFasterRunnerUp(b []byte, d float64, preset Preset, x float64) []byte {
	b = append(b, "The runner-up is "...)
	b = appendDur(b, d)
	b = append(b, " faster at p50 but the "...)
	b = append(b, preset...)
	b = append(b, " preset values that time at only $"...)
	b = f4(b, x)
	return append(b, '.')
}

// appendSaferRunnerUp appends fmt.Sprintf("The runner-up is more likely to
// succeed (%.4f vs %.4f), which is worth $%.4f here.", pr, pw, x) without
// fmt.
func appendSaferRunnerUp(b []byte, pr, pw, x float64) []byte {
	b = append(b, "The runner-up is more likely to succeed ("...)
	b = f4(b, pr)
	b = append(b, " vs "...)
	b = f4(b, pw)
	b = append(b, "), which is worth $"...)
	b = f4(b, x)
	return append(b, " here."...)
}

// f4 appends x as fmt's %.4f would.
func f4(b []byte, x float64) []byte {
	if math.IsInf(x, 1) {
		return append(b, "+Inf"...)
	}
	return appendFixed(b, x, 4)
}

// pow10f holds 10^p for the precisions appendFixed writes.
var pow10f = [...]float64{1, 10, 100, 1000, 1e4}

// appendFixed appends x with prec decimals (at most 4), as
// strconv.AppendFloat(b, x, 'f', prec, 64) does: the exact binary value
// rounded to nearest, ties to even. Explanations print about a dozen such
// numbers an answer and strconv's general path was a twentieth of a
// quote's instructions. When |x|·10^prec fits in 2^52, y = x·10^prec
// rounded and its error x·10^prec − y (exact, from a fused multiply-add)
// give the exact value; only when y lies halfway between two integers does
// the error decide the rounding. Other values take strconv's path.
func appendFixed(b []byte, x float64, prec int) []byte {
	neg := math.Signbit(x)
	a := math.Abs(x)
	if !(a < 0x1p52/1e4) || useReference { // (also NaN and infinities)
		return strconv.AppendFloat(b, x, 'f', prec, 64)
	}
	p := pow10f[prec]
	y := a * p
	fl := math.Floor(y)
	var m float64
	switch frac := y - fl; {
	case frac < 0.5:
		m = fl
	case frac > 0.5:
		m = fl + 1
	default: // y is a tie; the product's rounding error says which way it fell
		switch e := math.FMA(a, p, -y); {
		case e > 0:
			m = fl + 1
		case e < 0:
			m = fl
		default: // an exact tie: to even
			m = fl
			if math.Mod(fl, 2) != 0 {
				m = fl + 1
			}
		}
	}
	if neg {
		b = append(b, '-')
	}
	u := uint64(m)
	if prec == 0 {
		return strconv.AppendUint(b, u, 10)
	}
	d := uint64(pow10f[prec])
	b = strconv.AppendUint(b, u/d, 10)
	f := u % d
	var digits [5]byte // '.' and at most four decimals, written from the last (constant divisors)
	digits[0] = '.'
	for i := prec; i >= 1; i-- {
		digits[i] = '0' + byte(f%10)
		f /= 10
	}
	return append(b, digits[:prec+1]...)
}

func fmtDur(s float64) string { return string(appendDur(nil, s)) }

// appendDur appends fmtDur(s) (strconv's 'f' formatting is what fmt's %.0f
// and %.1f print).
func appendDur(b []byte, s float64) []byte {
	switch {
	case s < 120:
		return append(appendFixed(b, s, 0), 's')
	case s < 7200:
		return append(appendFixed(b, s/60, 1), 'm')
	default:
		return append(appendFixed(b, s/3600, 1), 'h')
	}
}
