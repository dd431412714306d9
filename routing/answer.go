package routing

import (
	"fmt"
	"math"
	"sort"
	"strings"
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
	var b strings.Builder
	b.WriteString(r.Hops[0].From)
	for _, h := range r.Hops {
		fmt.Fprintf(&b, " -[%s]-> %s", h.Bridge, h.To)
	}
	return b.String()
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
}

// build turns a finished label into a Route.
func (q *query) build(sc *scratch, li int32) Route {
	var edges []int32
	for i := li; sc.labels[i].parent >= 0; i = sc.labels[i].parent {
		edges = append(edges, sc.labels[i].edge)
	}
	for i, j := 0, len(edges)-1; i < j; i, j = i+1, j-1 {
		edges[i], edges[j] = edges[j], edges[i]
	}
	r, _ := q.evalPath(edges, q.req.Amount)
	return r
}

// evalPath scores the route along edges for amount, with the same formulas
// the search uses. It reports false when a hop cannot carry what reaches it.
func (q *query) evalPath(edges []int32, amountIn Amount) (Route, bool) {
	s := q.s
	r := Route{AmountIn: amountIn, Success: 1, Hops: make([]Hop, 0, len(edges))}
	amount := amountIn
	ok := true
	for _, ei := range edges {
		e := &s.Edges[ei]
		out, fee, fine := s.HopOut(e, &amount)
		if q.static {
			out, fee, fine = amount, Amount{}, true
		}
		if !fine {
			ok = false
		}
		pl := e.liquiditySuccess(q.v)
		pLearned := e.Learned.Mean() * e.Status.success()
		h := Hop{
			Edge: e.ID, Bridge: e.Bridge, Protocol: e.Protocol,
			From: s.Assets[e.From].ID, To: s.Assets[e.To].ID,
			AmountIn: amount, AmountOut: out, Fee: fee,
			P50: e.Latency.P50, P90: e.Latency.P90,
			Success: pl * pLearned, SuccessLiquidity: pl, SuccessLearned: pLearned,
			Trust: e.Trust.String(), Status: e.Status.String(),
		}
		r.ETAP50 += h.P50
		r.ETAP90 += h.P90
		r.Success *= h.Success
		if q.static {
			r.Breakdown.Fees += q.req.Static[ei]
		} else {
			h.FeeUSD = s.ValueUSD(e.From, &amount) - s.ValueUSD(e.To, &out)
			time := q.v * q.w.TimePerHour * e.Latency.P50 / 3600
			risk := q.risk(ei)
			r.Breakdown.Fees += h.FeeUSD
			r.Breakdown.Time += time
			r.Breakdown.Risk += q.v * q.w.RiskPerNat * risk
			r.Breakdown.Penalty += q.v * q.penaltyPPM(e) / 1e6
		}
		r.Hops = append(r.Hops, h)
		amount = out
	}
	r.AmountOut = amount
	r.Score = r.Breakdown.Fees + r.Breakdown.Time + r.Breakdown.Risk + r.Breakdown.Penalty
	var m Amount
	m.MulDivOverflow(&amount, uint256From(uint64(10000-q.req.Constraints.SlippageBps)), uint256From(10000))
	r.MinOut = m
	if p := s.usdPerUnit[q.dst]; p > 0 {
		r.CostOut = r.Score / p
	}
	if q.v > 0 && !q.static {
		r.FeeBps = r.Breakdown.Fees / q.v * 1e4
	}
	return r, ok
}

func uint256From(x uint64) *Amount {
	var a Amount
	a.SetUint64(x)
	return &a
}

// explain says why the winner beat the runner-up, part by part.
func explain(ans *Answer) []string {
	if len(ans.Routes) == 0 {
		return nil
	}
	w := &ans.Routes[0]
	why := []string{fmt.Sprintf("%s wins under the %s preset: expected cost $%.4f (fees $%.4f, time $%.4f, risk $%.4f, penalties $%.4f); ETA p50 %s, p90 %s; success %.4f.",
		w.Path(), ans.Preset, w.Score, w.Breakdown.Fees, w.Breakdown.Time, w.Breakdown.Risk, w.Breakdown.Penalty,
		fmtDur(w.ETAP50), fmtDur(w.ETAP90), w.Success)}
	if len(ans.Routes) == 1 {
		why = append(why, "It is the only route within the constraints.")
		return why
	}
	r := &ans.Routes[1]
	type part struct {
		name string
		d    float64
	}
	parts := []part{{"fees", r.Breakdown.Fees - w.Breakdown.Fees}, {"time", r.Breakdown.Time - w.Breakdown.Time},
		{"risk", r.Breakdown.Risk - w.Breakdown.Risk}, {"penalties", r.Breakdown.Penalty - w.Breakdown.Penalty}}
	sort.SliceStable(parts, func(i, j int) bool { return math.Abs(parts[i].d) > math.Abs(parts[j].d) })
	var gains, losses []string
	for _, p := range parts {
		switch {
		case p.d > 1e-9:
			gains = append(gains, fmt.Sprintf("%s $%.4f lower", p.name, p.d))
		case p.d < -1e-9:
			losses = append(losses, fmt.Sprintf("%s $%.4f higher", p.name, -p.d))
		}
	}
	line := fmt.Sprintf("It beats the runner-up %s by $%.4f", r.Path(), r.Score-w.Score)
	if len(gains) > 0 {
		line += ": " + strings.Join(gains, ", ")
	}
	if len(losses) > 0 {
		line += "; it gives up " + strings.Join(losses, ", ")
	}
	why = append(why, line+".")
	if d := w.ETAP50 - r.ETAP50; d > 0 {
		why = append(why, fmt.Sprintf("The runner-up is %s faster at p50 but the %s preset values that time at only $%.4f.", fmtDur(d), ans.Preset, w.Breakdown.Time-r.Breakdown.Time+0))
	}
	if w.Success < r.Success {
		why = append(why, fmt.Sprintf("The runner-up is more likely to succeed (%.4f vs %.4f), which is worth $%.4f here.", r.Success, w.Success, w.Breakdown.Risk-r.Breakdown.Risk))
	}
	return why
}

func fmtDur(s float64) string {
	switch {
	case s < 120:
		return fmt.Sprintf("%.0fs", s)
	case s < 7200:
		return fmt.Sprintf("%.1fm", s/60)
	default:
		return fmt.Sprintf("%.1fh", s/3600)
	}
}
