// Package sim is `strait bench sim`: a seeded discrete-event simulation of
// transfers over a topology whose bridges fail, degrade, pause and drain,
// comparing routing policies on the same arrivals and the same faults.
//
// The world's state (which bridge is failing, how much a pool holds, what a
// bridge can really carry) is hidden from the policies. Static policies route
// on the snapshot they started with, as a naive aggregator does. Strait's
// policies see only what Strait could observe: the outcomes of their own hops
// (fed into the router's decaying Beta estimates), the pool levels and pause
// states bridges publish, every PublishEveryS seconds. Failed hops are
// rerouted or refunded by routing.DecideRecovery, the same rule the transfer
// actors use.
package sim

import (
	"container/heap"
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/straitnet/strait/routing"
)

// Params configure a run. Zero fields take the defaults.
type Params struct {
	Topology        string
	Snapshot        *routing.Snapshot
	Seed            uint64
	Hours           float64 // simulated time; default 24
	ArrivalsPerHour float64 // default 240
	FaultIntensity  float64 // multiplies the incident rate; default 1 (use Zero for 0)
	ZeroFaults      bool    // run with no incidents at all
	Faults          FaultModel
	LargeShare      float64 // share of large transfers ($0.5M–$5M); default 0.05
	Policies        []string
	PublishEveryS   float64 // default 300
	HalfLifeS       float64 // decay of learned outcomes; default 3600
	Corridors       [][2]string
	BucketS         float64 // time-series bucket; default 3600
}

// Policies known to the simulator.
var AllPolicies = []string{"static-cheapest", "static-fastest", "strait-recommended", "strait-cheapest", "strait-fastest", "strait-safest"}

// DefaultCorridors is the default transfer mix: USDC between major EVM
// chains, Solana, Noble and Osmosis, and WETH between Ethereum and its L2s.
func DefaultCorridors() [][2]string {
	usdc := []string{"USDC@ethereum", "USDC@arbitrum", "USDC@base", "USDC@optimism", "USDC@polygon", "USDC@avalanche", "USDC@solana", "USDC@noble", "USDC@osmosis"}
	var out [][2]string
	for _, a := range usdc {
		for _, b := range usdc {
			if a != b {
				out = append(out, [2]string{a, b})
			}
		}
	}
	weth := []string{"WETH@ethereum", "WETH@arbitrum", "WETH@base", "WETH@optimism"}
	for _, a := range weth {
		for _, b := range weth {
			if a != b {
				out = append(out, [2]string{a, b})
			}
		}
	}
	return out
}

func (p *Params) defaults() {
	if p.Hours <= 0 {
		p.Hours = 24
	}
	if p.ArrivalsPerHour <= 0 {
		p.ArrivalsPerHour = 240
	}
	if p.FaultIntensity < 0 || (p.FaultIntensity == 0 && !p.ZeroFaults) {
		p.FaultIntensity = 1
	}
	if p.Faults == (FaultModel{}) {
		p.Faults = DefaultFaults()
	}
	if p.LargeShare == 0 {
		p.LargeShare = 0.05
	}
	if len(p.Policies) == 0 {
		p.Policies = AllPolicies
	}
	if p.PublishEveryS <= 0 {
		p.PublishEveryS = 300
	}
	if p.HalfLifeS <= 0 {
		p.HalfLifeS = 3600
	}
	if len(p.Corridors) == 0 {
		p.Corridors = DefaultCorridors()
	}
	if p.BucketS <= 0 {
		p.BucketS = 3600
	}
}

// arrival is one transfer request of the workload.
type arrival struct {
	t        float64
	from, to int32
	amount   routing.Amount
	usd      float64
}

func arrivals(p *Params) ([]arrival, error) {
	s := p.Snapshot
	var corr [][2]int32
	for _, c := range p.Corridors {
		a, ok1 := s.AssetIndex(c[0])
		b, ok2 := s.AssetIndex(c[1])
		if ok1 && ok2 {
			corr = append(corr, [2]int32{a, b})
		}
	}
	if len(corr) == 0 {
		return nil, fmt.Errorf("no corridor of the mix exists in topology %s", p.Topology)
	}
	rng := rand.New(rand.NewPCG(p.Seed, 0xa11))
	var out []arrival
	horizon := p.Hours * 3600
	for t := rng.ExpFloat64() * 3600 / p.ArrivalsPerHour; t < horizon; t += rng.ExpFloat64() * 3600 / p.ArrivalsPerHour {
		c := corr[rng.IntN(len(corr))]
		usd := math.Pow(10, 2+rng.Float64()*math.Log10(500)) // $100 – $50k
		if rng.Float64() < p.LargeShare {
			usd = math.Pow(10, math.Log10(5e5)+rng.Float64()) // $0.5M – $5M
		}
		a := s.UnitsForUSD(c[0], usd)
		if a.IsZero() {
			continue
		}
		out = append(out, arrival{t: t, from: c[0], to: c[1], amount: a, usd: usd})
	}
	return out, nil
}

// Outcome is how a transfer ended.
type Outcome uint8

// Outcomes.
const (
	Delivered Outcome = iota // delivered on its first route
	Rerouted                 // delivered after one or more reroutes or waits
	Refunded                 // refunded (including expired)
	Failed                   // no route at quote time, or funds stuck with no way back
)

// PolicyResult is one policy's figures. The JSON keys are a public contract.
type PolicyResult struct {
	Policy                 string  `json:"policy"`
	Transfers              int     `json:"transfers"`
	Delivered              int     `json:"delivered"`
	DeliveredAfterReroute  int     `json:"delivered_after_reroute"`
	DeliveredAfterWait     int     `json:"delivered_after_wait"`
	Refunded               int     `json:"refunded"`
	Expired                int     `json:"expired"`
	Failed                 int     `json:"failed"`
	DeliveredWithoutRefund float64 `json:"delivered_without_refund_rate"`
	RefundRate             float64 `json:"refund_rate"`
	FailRate               float64 `json:"fail_rate"`
	MeanCompletionS        float64 `json:"mean_completion_s"`
	P90CompletionS         float64 `json:"p90_completion_s"`
	MeanCostBps            float64 `json:"mean_cost_bps"`
	MeanCostDeliveredBps   float64 `json:"mean_cost_delivered_bps"`
	ThroughFailingBridge   int     `json:"through_failing_bridge"`
	Splits                 int     `json:"splits"`
	Series                 []Point `json:"series"`
	outcomes               []Outcome
	costBps                []float64
}

// Point is one time bucket of a policy's series (by arrival time).
type Point struct {
	StartH        float64 `json:"start_h"`
	Transfers     int     `json:"transfers"`
	DeliveredRate float64 `json:"delivered_rate"`
	MeanCostBps   float64 `json:"mean_cost_bps"`
	costed        int
}

// Comparison is the headline: how many of static-cheapest's failures and
// refunds strait-recommended delivered, and at what cost.
type Comparison struct {
	StaticCheapestFailedOrRefunded int     `json:"static_cheapest_failed_or_refunded"`
	RecommendedDeliveredOfThose    int     `json:"recommended_delivered_of_those"`
	RecoveredShare                 float64 `json:"recovered_share"`
	CostRatio                      float64 `json:"cost_ratio"`
	PairedTransfers                int     `json:"cost_ratio_paired_transfers"`
	UnpairedCostRatio              float64 `json:"delivered_cost_ratio_unpaired"`
	TargetRecoveredShare           float64 `json:"target_recovered_share"`
	TargetCostRatio                float64 `json:"target_cost_ratio"`
	Met                            bool    `json:"targets_met"`
}

// Result is the run's one JSON object. The keys are a public contract.
type Result struct {
	Topology       string         `json:"topology"`
	Seed           uint64         `json:"seed"`
	Hours          float64        `json:"hours"`
	Transfers      int            `json:"transfers"`
	FaultIntensity float64        `json:"fault_intensity"`
	Incidents      int            `json:"incidents"`
	Policies       []PolicyResult `json:"policies"`
	Comparison     *Comparison    `json:"comparison,omitempty"`
}

// Run simulates every policy on the same arrivals and fault schedule.
func Run(p Params) (*Result, error) {
	p.defaults()
	s := p.Snapshot
	arr, err := arrivals(&p)
	if err != nil {
		return nil, err
	}
	var bridges []string
	seen := map[string]bool{}
	for i := range s.Edges {
		e := &s.Edges[i]
		if e.Kind == routing.KindBridge && !seen[e.Bridge] {
			seen[e.Bridge] = true
			bridges = append(bridges, e.Bridge)
		}
	}
	sched := NewSchedule(bridges, p.Hours*3600*1.5, p.Faults, p.FaultIntensity, p.Seed)
	res := &Result{Topology: p.Topology, Seed: p.Seed, Hours: p.Hours, Transfers: len(arr), FaultIntensity: p.FaultIntensity}
	for _, ins := range sched.byBridge {
		res.Incidents += len(ins)
	}
	for _, name := range p.Policies {
		pol, err := policyNamed(name)
		if err != nil {
			return nil, err
		}
		pr := runPolicy(&p, pol, arr, sched)
		res.Policies = append(res.Policies, *pr)
	}
	res.Comparison = compare(res.Policies)
	return res, nil
}

type policy struct {
	name   string
	preset routing.Preset
	live   bool
}

func policyNamed(n string) (policy, error) {
	switch n {
	case "static-cheapest":
		return policy{n, routing.Cheapest, false}, nil
	case "static-fastest":
		return policy{n, routing.Fastest, false}, nil
	case "strait-recommended":
		return policy{n, routing.Recommended, true}, nil
	case "strait-cheapest":
		return policy{n, routing.Cheapest, true}, nil
	case "strait-fastest":
		return policy{n, routing.Fastest, true}, nil
	case "strait-safest":
		return policy{n, routing.Safest, true}, nil
	}
	return policy{}, fmt.Errorf("unknown policy %q (known: %v)", n, AllPolicies)
}

func compare(ps []PolicyResult) *Comparison {
	var sc, rec *PolicyResult
	for i := range ps {
		switch ps[i].Policy {
		case "static-cheapest":
			sc = &ps[i]
		case "strait-recommended":
			rec = &ps[i]
		}
	}
	if sc == nil || rec == nil {
		return nil
	}
	c := &Comparison{TargetRecoveredShare: 0.5, TargetCostRatio: 1.02}
	for i, o := range sc.outcomes {
		if o == Refunded || o == Failed {
			c.StaticCheapestFailedOrRefunded++
			if rec.outcomes[i] == Delivered || rec.outcomes[i] == Rerouted {
				c.RecommendedDeliveredOfThose++
			}
		}
	}
	if c.StaticCheapestFailedOrRefunded > 0 {
		c.RecoveredShare = float64(c.RecommendedDeliveredOfThose) / float64(c.StaticCheapestFailedOrRefunded)
	} else {
		c.RecoveredShare = 1
	}
	// Cost is compared on the transfers both policies delivered (paired):
	// means over different sets would reward a policy for refunding the hard
	// transfers (a refund at the source costs almost nothing in fees) and
	// punish one for delivering them by a dearer detour.
	var sumRec, sumSC float64
	for i := range sc.outcomes {
		if (sc.outcomes[i] == Delivered || sc.outcomes[i] == Rerouted) && (rec.outcomes[i] == Delivered || rec.outcomes[i] == Rerouted) {
			sumRec += rec.costBps[i]
			sumSC += sc.costBps[i]
			c.PairedTransfers++
		}
	}
	if sumSC > 0 {
		c.CostRatio = sumRec / sumSC
	}
	if sc.MeanCostDeliveredBps > 0 {
		c.UnpairedCostRatio = rec.MeanCostDeliveredBps / sc.MeanCostDeliveredBps
	}
	c.Met = c.RecoveredShare >= c.TargetRecoveredShare && c.CostRatio <= c.TargetCostRatio
	return c
}

// ---- one policy's run ----

type event struct {
	t    float64
	seq  int
	kind int // 0 arrival, 1 hop done, 2 publish, 3 retry after a wait
	tr   int
	part int
}

type eventQ []event

func (q eventQ) Len() int { return len(q) }
func (q eventQ) Less(i, j int) bool {
	if q[i].t != q[j].t {
		return q[i].t < q[j].t
	}
	return q[i].seq < q[j].seq
}
func (q eventQ) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *eventQ) Push(x any)   { *q = append(*q, x.(event)) }
func (q *eventQ) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

type part struct {
	route    []int32 // edge indices
	pos      int
	held     int32
	amount   routing.Amount
	minOut   routing.Amount // the least the user accepted (the quote's)
	attempts int
	failed   []string
	hops     int // hop attempts so far (for the random draws)
	// outcome of the hop in flight
	pendingOK  bool
	pendingOut routing.Amount
	done       bool
	outcome    Outcome
	end        float64
	outUSD     float64 // value delivered or refunded
	through    bool
	expired    bool
	waits      int
}

type transfer struct {
	a        arrival
	parts    []*part
	minOut   routing.Amount // per part: recorded on the part's first route
	deadline float64
	split    bool
}

type world struct {
	p       *Params
	pol     policy
	base    *routing.Snapshot
	view    *routing.Snapshot
	sched   *Schedule
	avail   map[int32]float64 // hidden pool liquidity, USD
	availAt map[int32]float64
	learned map[int32]routing.Beta
	dirty   map[int32]bool
	q       eventQ
	seq     int
	trs     []*transfer
}

func runPolicy(p *Params, pol policy, arr []arrival, sched *Schedule) *PolicyResult {
	s := p.Snapshot
	w := &world{p: p, pol: pol, base: s, view: s, sched: sched, avail: map[int32]float64{}, availAt: map[int32]float64{},
		learned: map[int32]routing.Beta{}, dirty: map[int32]bool{}}
	for i := range s.Edges {
		if c := s.Edges[i].Fee.Curve; c != nil {
			w.avail[int32(i)] = s.ValueUSD(s.Edges[i].From, &c.Available)
		}
	}
	for i, a := range arr {
		w.push(event{t: a.t, kind: 0, tr: i})
	}
	if pol.live {
		for t := p.PublishEveryS; t < p.Hours*3600*1.5; t += p.PublishEveryS {
			w.push(event{t: t, kind: 2})
		}
	}
	w.trs = make([]*transfer, len(arr))
	for w.q.Len() > 0 {
		ev := heap.Pop(&w.q).(event)
		switch ev.kind {
		case 0:
			w.arrive(ev.t, ev.tr, arr[ev.tr])
		case 1:
			w.hopDone(ev.t, ev.tr, ev.part)
		case 3:
			w.startHop(ev.t, ev.tr, ev.part)
		case 2:
			w.publish(ev.t)
			if w.allDone(len(arr)) {
				w.q = w.q[:0]
			}
		}
	}
	return w.summarize(arr)
}

func (w *world) allDone(n int) bool {
	for i := 0; i < n; i++ {
		t := w.trs[i]
		if t == nil {
			return false
		}
		for _, pt := range t.parts {
			if !pt.done {
				return false
			}
		}
	}
	return true
}

func (w *world) push(e event) {
	w.seq++
	e.seq = w.seq
	heap.Push(&w.q, e)
}

// publish gives a live policy what Strait can observe: its own outcomes
// (learned estimates), published pool levels and public pause states.
func (w *world) publish(t float64) {
	s := w.base
	var ups []routing.EdgeUpdate
	for i := range s.Edges {
		ei := int32(i)
		e := &s.Edges[i]
		u := routing.EdgeUpdate{Edge: e.ID}
		changed := false
		if w.dirty[ei] {
			b := w.learned[ei]
			u.Learned = &b
			changed = true
		}
		if c := e.Fee.Curve; c != nil {
			a := w.poolUSD(ei, t)
			units := s.UnitsForUSD(e.From, a)
			u.Available = &units
			changed = true
		}
		if e.Kind == routing.KindBridge {
			st := e.Status
			if w.sched.At(e.Bridge, t) == Paused {
				st = routing.StatusPaused
			}
			if cur := w.view.Edges[i].Status; cur != st {
				u.Status = &st
				changed = true
			}
		}
		if changed {
			ups = append(ups, u)
		}
	}
	clear(w.dirty)
	if len(ups) > 0 {
		if v, err := w.view.WithUpdates(ups); err == nil {
			w.view = v
		}
	}
}

// poolUSD is a pool's hidden liquidity at t: it refills at 10% of the pool per
// hour towards full.
func (w *world) poolUSD(ei int32, t float64) float64 {
	e := &w.base.Edges[ei]
	pool := w.base.ValueUSD(e.From, &e.Fee.Curve.Pool)
	a := w.avail[ei] + pool*0.1*(t-w.availAt[ei])/3600
	if a > pool {
		a = pool
	}
	w.avail[ei], w.availAt[ei] = a, t
	return a
}

// trueCap is what a bridge with liquidity bounds can really carry: drawn once
// per bridge between its sure and its most (the same for every policy).
func (w *world) trueCap(ei int32) float64 {
	e := &w.base.Edges[ei]
	if e.CapHiUSD <= 0 {
		return math.Inf(1)
	}
	u := draw(w.p.Seed, hashString(e.Bridge), 7)
	return e.CapLoUSD + u*(e.CapHiUSD-e.CapLoUSD)
}

func hashString(s string) uint64 {
	h := uint64(1469598103934665603)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func (w *world) arrive(t float64, i int, a arrival) {
	s := w.view
	tr := &transfer{a: a}
	w.trs[i] = tr
	split := "never"
	if w.pol.live {
		split = "auto"
	}
	ans, err := s.Route(routing.Request{From: s.Assets[a.from].ID, To: s.Assets[a.to].ID, Amount: a.amount, Preset: w.pol.preset, K: 1, Split: split})
	if err != nil {
		tr.parts = []*part{{done: true, outcome: Failed, end: t}}
		return
	}
	type plan struct {
		share routing.Amount
		r     *routing.Route
	}
	var plans []plan
	eta := 0.0
	if ans.Split != nil && (len(ans.Routes) == 0 || ans.Split.Score < ans.Routes[0].Score) {
		tr.split = true
		for j := range ans.Split.Parts {
			plans = append(plans, plan{ans.Split.Parts[j].Share, &ans.Split.Parts[j].Route})
			eta = math.Max(eta, ans.Split.Parts[j].Route.ETAP90)
		}
	} else {
		plans = append(plans, plan{a.amount, &ans.Routes[0]})
		eta = ans.Routes[0].ETAP90
	}
	tr.deadline = t + math.Max(3600, 3*eta)
	for j, pl := range plans {
		pt := &part{held: a.from, amount: pl.share, route: edgesOf(s, pl.r), minOut: pl.r.MinOut}
		tr.parts = append(tr.parts, pt)
		w.startHop(t, i, j)
	}
}

func edgesOf(s *routing.Snapshot, r *routing.Route) []int32 {
	out := make([]int32, len(r.Hops))
	for i, h := range r.Hops {
		out[i], _ = s.EdgeIndex(h.Edge)
	}
	return out
}

// startHop decides the hidden outcome of the part's next hop and schedules
// its completion.
func (w *world) startHop(t float64, ti, pi int) {
	tr := w.trs[ti]
	pt := tr.parts[pi]
	s := w.base
	ei := pt.route[pt.pos]
	e := &s.Edges[ei]
	pt.hops++
	key := []uint64{uint64(ti), uint64(pi), uint64(pt.hops)}
	st := Healthy
	if e.Kind == routing.KindBridge {
		st = w.sched.At(e.Bridge, t)
	}
	if st == Failing || st == Paused {
		pt.through = true
	}
	fm := w.p.Faults
	lat := lognormal(e.Latency.P50, e.Latency.P90, draw(w.p.Seed, append(key, 2)...))
	usd := s.ValueUSD(e.From, &pt.amount)
	ok := true
	switch st {
	case Paused:
		ok, lat = false, 30
	case Failing:
		ok = draw(w.p.Seed, append(key, 1)...) >= fm.FailFailing
		lat = math.Max(lat, e.Latency.P90)
	case Degraded:
		ok = draw(w.p.Seed, append(key, 1)...) >= fm.FailDegraded
		lat *= fm.DegradeFactor
	default:
		ok = draw(w.p.Seed, append(key, 1)...) >= fm.FailHealthy
	}
	var out routing.Amount
	if ok && usd > w.trueCap(ei) {
		ok = false
	}
	if ok {
		ec := *e
		if c := e.Fee.Curve; c != nil {
			have := w.poolUSD(ei, t)
			if usd > have {
				ok = false
			} else {
				cc := *c
				cc.Available = s.UnitsForUSD(e.From, have)
				ec.Fee.Curve = &cc
			}
		}
		if ok {
			var fine bool
			out, _, fine = s.HopOut(&ec, &pt.amount)
			ok = fine
		}
		if ok && e.Fee.Curve != nil {
			w.avail[ei] -= usd
		}
	}
	pt.pendingOK, pt.pendingOut = ok, out
	w.push(event{t: t + lat, kind: 1, tr: ti, part: pi})
}

func (w *world) observe(ei int32, ok bool, t float64) {
	if !w.pol.live {
		return
	}
	b, have := w.learned[ei]
	prior := w.base.Edges[ei].Learned
	if !have {
		b = prior
	}
	w.learned[ei] = b.Observe(ok, t+1, w.p.HalfLifeS, prior)
	w.dirty[ei] = true
}

func (w *world) hopDone(t float64, ti, pi int) {
	tr := w.trs[ti]
	pt := tr.parts[pi]
	s := w.base
	ei := pt.route[pt.pos]
	e := &s.Edges[ei]
	w.observe(ei, pt.pendingOK, t)
	if pt.pendingOK {
		pt.held, pt.amount = e.To, pt.pendingOut
		pt.pos++
		if pt.held == tr.a.to {
			pt.done, pt.end = true, t
			pt.outUSD = s.ValueUSD(pt.held, &pt.amount)
			pt.outcome = Delivered
			if pt.attempts > 0 {
				pt.outcome = Rerouted
			}
			return
		}
		if pt.pos >= len(pt.route) { // a route that ends elsewhere cannot happen; guard anyway
			w.refund(t, tr, pt)
			return
		}
		w.startHop(t, ti, pi)
		return
	}
	pt.failed = append(pt.failed, e.Bridge)
	remaining := make([]string, 0, len(pt.route)-pt.pos)
	for _, ri := range pt.route[pt.pos:] {
		remaining = append(remaining, s.Edges[ri].ID)
	}
	rec := w.view.DecideRecovery(routing.RecoveryInput{
		Held: s.Assets[pt.held].ID, Amount: pt.amount, To: s.Assets[tr.a.to].ID, MinOut: pt.minOut,
		Now: t, Deadline: tr.deadline, Attempts: pt.attempts, FailedEdges: pt.failed, Preset: w.pol.preset,
		Remaining: remaining,
	})
	switch rec.Action {
	case routing.ActionReroute:
		pt.attempts++
		pt.route, pt.pos = edgesOf(w.view, rec.Route), 0
		w.startHop(t, ti, pi)
		return
	case routing.ActionWait:
		pt.attempts++
		pt.waits++
		w.push(event{t: rec.RetryAt, kind: 3, tr: ti, part: pi})
		return
	}
	pt.expired = rec.Action == routing.ActionExpire
	w.refund(t, tr, pt)
}

// refund returns a part's funds to the source asset: at the source it costs a
// transaction; elsewhere the funds travel back on the cheapest route the
// policy knows; with none, they are stuck and the transfer failed.
func (w *world) refund(t float64, tr *transfer, pt *part) {
	s := w.view
	pt.done = true
	if pt.held == tr.a.from {
		pt.outcome, pt.end = Refunded, t+60
		pt.outUSD = s.ValueUSD(pt.held, &pt.amount) - 0.05
		return
	}
	ans, err := s.Route(routing.Request{From: s.Assets[pt.held].ID, To: s.Assets[tr.a.from].ID, Amount: pt.amount, Preset: routing.Cheapest, K: 1, Split: "never"})
	if err != nil {
		pt.outcome, pt.end = Failed, t
		return
	}
	r := &ans.Routes[0]
	pt.outcome, pt.end = Refunded, t+r.ETAP50
	pt.outUSD = s.ValueUSD(tr.a.from, &r.AmountOut)
}

func (w *world) summarize(arr []arrival) *PolicyResult {
	r := &PolicyResult{Policy: w.pol.name, Transfers: len(arr)}
	var times, costs, costsDelivered []float64
	buckets := map[int]*Point{}
	for _, tr := range w.trs {
		o := Delivered
		end, outUSD := 0.0, 0.0
		through, expired, waited := false, false, false
		for _, pt := range tr.parts {
			if pt.outcome > o {
				o = pt.outcome
			}
			end = math.Max(end, pt.end)
			outUSD += pt.outUSD
			through = through || pt.through
			expired = expired || pt.expired
			waited = waited || pt.waits > 0
		}
		if through {
			r.ThroughFailingBridge++
		}
		if expired && o == Refunded {
			r.Expired++
		}
		if tr.split {
			r.Splits++
		}
		r.outcomes = append(r.outcomes, o)
		cost := math.NaN()
		switch o {
		case Delivered, Rerouted:
			r.Delivered++
			if o == Rerouted {
				r.DeliveredAfterReroute++
			}
			if waited {
				r.DeliveredAfterWait++
			}
			times = append(times, end-tr.a.t)
			cost = (tr.a.usd - outUSD) / tr.a.usd * 1e4
			costsDelivered = append(costsDelivered, cost)
		case Refunded:
			r.Refunded++
			cost = (tr.a.usd - outUSD) / tr.a.usd * 1e4
		case Failed:
			r.Failed++
		}
		if !math.IsNaN(cost) {
			costs = append(costs, cost)
		}
		r.costBps = append(r.costBps, cost)
		b := int(tr.a.t / w.p.BucketS)
		pt := buckets[b]
		if pt == nil {
			pt = &Point{StartH: float64(b) * w.p.BucketS / 3600}
			buckets[b] = pt
		}
		pt.Transfers++
		if o == Delivered || o == Rerouted {
			pt.DeliveredRate++
		}
		if !math.IsNaN(cost) {
			pt.MeanCostBps += cost
			pt.costed++
		}
	}
	for _, pt := range buckets {
		pt.DeliveredRate /= float64(pt.Transfers)
		if pt.costed > 0 {
			pt.MeanCostBps /= float64(pt.costed)
		}
	}
	keys := make([]int, 0, len(buckets))
	for k := range buckets {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		r.Series = append(r.Series, *buckets[k])
	}
	n := float64(len(arr))
	r.DeliveredWithoutRefund = float64(r.Delivered) / n
	r.RefundRate = float64(r.Refunded) / n
	r.FailRate = float64(r.Failed) / n
	r.MeanCompletionS = mean(times)
	r.P90CompletionS = quantile(times, 0.9)
	r.MeanCostBps = mean(costs)
	r.MeanCostDeliveredBps = mean(costsDelivered)
	return r
}

func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	t := 0.0
	for _, x := range xs {
		t += x
	}
	return t / float64(len(xs))
}

func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	i := int(math.Ceil(q*float64(len(s)))) - 1
	return s[max(i, 0)]
}
