// Package quote is Strait's quote service: it answers api.QuoteRequests from
// the current routing snapshot, remembers each quote until it expires (a
// submit must name a live quote), and asks a SourceTxBuilder for the
// unsigned source transaction of the chosen route.
package quote

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/bits"
	"net"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
)

// Options configure the service.
type Options struct {
	Store *routing.Store
	// Now is the clock (injected; tests drive it).
	Now func() time.Time
	// TTL is how long a quote may be submitted (default 60 s).
	TTL time.Duration
	// MaxQuotes bounds the live quotes kept (default 100,000); the oldest
	// go first. Above MaxQuotes/TTL quotes a second they go before they
	// expire: counted (ForgottenEarly, a metric) and logged once a minute.
	MaxQuotes int
	// Node distinguishes quote ids minted by different nodes.
	Node string
	// Builder makes the unsigned source transaction; nil = none.
	Builder SourceTxBuilder
	// Alternatives is how many alternative routes to commit, at most, from
	// each intermediate asset of the chosen route (default
	// DefaultAlternatives; -1: none). Only quotes with a source
	// transaction commit alternatives.
	Alternatives int
	// AltDeadline is the shortest on-chain deadline the builder gives a
	// route (default 1 h); an alternative must arrive (p90) within it.
	AltDeadline time.Duration
	Logger      *slog.Logger
}

// EnsureDefaults fills unset options.
func (o *Options) EnsureDefaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.TTL <= 0 {
		o.TTL = time.Minute
	}
	if o.MaxQuotes <= 0 {
		o.MaxQuotes = 100_000
	}
	if o.Node == "" {
		o.Node = "n0"
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Alternatives == 0 {
		o.Alternatives = DefaultAlternatives
	}
	if o.AltDeadline <= 0 {
		o.AltDeadline = time.Hour
	}
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	if o.Store == nil {
		return fmt.Errorf("quote: Options.Store is required")
	}
	return nil
}

// SourceTxBuilder turns a quoted route into the transaction the wallet signs
// (and its route hash, which the gateway commits on chain). It commits the
// alternatives in q.AltRoutes it can encode, and records them in
// q.Alternatives.
type SourceTxBuilder interface {
	Build(q *Quote, route *routing.Route) (tx *api.UnsignedTx, routeHash string, err error)
}

// FieldError is a builder's refusal of one of the request's fields (an
// address of the wrong kind for its chain, say): the quote answers
// BAD_REQUEST on that field rather than NO_ROUTE, since another value of
// the field would be quoted.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Quote is a remembered quote. Answer and Reply keep the first route only
// (the one the source transaction starts).
type Quote struct {
	ID      string
	Request api.QuoteRequest
	// Reply is the reply's header and source transaction, without its
	// routes: Answer keeps the chosen route.
	Reply     api.QuoteReply
	Answer    *routing.Answer
	Snapshot  uint64
	ExpiresAt time.Time
	// AltRoutes are the alternatives found for the chosen route, for the
	// builder (not kept after the quote).
	AltRoutes []Alt
	// Alternatives are the alternatives the source transaction commits,
	// as the transfer keeps them.
	Alternatives []transfer.Alternative
}

// answers are recycled router answers (see Quote).
var answers = sync.Pool{New: func() any { return new(routing.Answer) }}

// Service answers quotes.
type Service struct {
	o   Options
	seq atomic.Uint64
	mu  sync.Mutex
	// live are the quotes kept, order the same in creation order (so
	// also in expiry order), for eviction.
	live  map[string]*Quote
	order []eviction
	// forgotten counts quotes dropped for MaxQuotes before they expired
	// (still submittable); warned is when that was last logged.
	forgotten, unwarned uint64
	warned              time.Time
}

// eviction is a quote in the eviction order: its id and when it goes.
type eviction struct {
	id   string
	drop time.Time
}

// New returns a service.
func New(o Options) (*Service, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return &Service{o: o, live: map[string]*Quote{}}, nil
}

// routingCodes maps the router's codes onto the API's.
var routingCodes = map[routing.Code]api.Code{
	routing.CodeBadRequest:        api.CodeBadRequest,
	routing.CodeUnknownAsset:      api.CodeUnknownAsset,
	routing.CodeBadAmount:         api.CodeBadAmount,
	routing.CodeSameAsset:         api.CodeSameAsset,
	routing.CodeNoRoute:           api.CodeNoRoute,
	routing.CodeBadConstraints:    api.CodeBadConstraints,
	routing.CodeUnknownPreset:     api.CodeUnknownPreset,
	routing.CodeInsufficientSplit: api.CodeNoRoute,
}

// APIError converts a routing error into an API error.
func APIError(err error) *api.Error {
	var re *routing.Error
	if e, ok := err.(*routing.Error); ok {
		re = e
	}
	if re == nil {
		return api.Errorf(api.CodeInternal, "", "%v", err)
	}
	code, ok := routingCodes[re.Code]
	if !ok {
		code = api.CodeInternal
	}
	return &api.Error{Code: code, Message: re.Message, Field: re.Field}
}

// QuotesOnlyCompute says whether a quote only computes: without a
// source-transaction builder no quote asks a chain anything
// (walletapi.QuoteComputer).
func (s *Service) QuotesOnlyCompute() bool { return s.o.Builder == nil }

// Quote answers a request.
func (s *Service) Quote(req api.QuoteRequest) (*api.QuoteReply, *api.Error) {
	w, e := s.answer(&req, false)
	if e != nil {
		return nil, e
	}
	defer answers.Put(w.ans)
	reply := w.reply
	if routes := w.ans.Routes; len(routes) > 0 {
		var idxBuf [routing.MaxK]int
		idx := w.list(&reply, req.AllRoutes, idxBuf[:0])
		reply.Routes = make([]api.Route, len(idx))
		for i, r := range idx {
			reply.Routes[i] = toAPIRoute(&routes[r])
		}
		if w.built {
			reply.Routes[0].RouteHash, reply.Routes[0].Alternatives = w.hash0, w.alts0
		}
	}
	return &reply, nil
}

// AppendQuote answers a request as Quote does and appends the reply's
// JSON to b: the bytes Quote's reply encodes to (QuoteReply.AppendJSON),
// written straight from the router's answer. The wallet API answers
// quotes with it: building the reply's Route and Hop values only to
// encode and drop them was a fifth of a quote's time and most of its
// garbage.
func (s *Service) AppendQuote(b []byte, req api.QuoteRequest) ([]byte, *api.Error) {
	w, e := s.answer(&req, true)
	if e != nil {
		return b, e
	}
	defer answers.Put(w.ans)
	routes := w.ans.Routes
	var idxBuf [routing.MaxK]int
	idx := w.list(&w.reply, req.AllRoutes, idxBuf[:0])
	var memo hopMemo
	out, err := w.reply.AppendJSONHead(b)
	if err == nil {
		out, err = api.AppendJSONArray(out, len(routes) == 0, len(idx), func(b []byte, i int) ([]byte, error) {
			r := &routes[idx[i]]
			if i == 0 && w.built {
				return appendRoute(b, r, []byte(w.hash0), w.alts0, &memo)
			}
			return appendRoute(b, r, nil, 0, &memo)
		})
	}
	if err == nil {
		// The explanation straight from the answer, through a stack
		// buffer (its strings were three allocations a quote).
		var textBuf [1024]byte
		var endsBuf [8]int
		text, ends := w.ans.AppendWhy(textBuf[:0], endsBuf[:0])
		out, err = w.reply.AppendJSONTailText(out, text, ends)
	}
	if err != nil {
		return b, api.Errorf(api.CodeInternal, "", "encode quote: %v", err)
	}
	return out, nil
}

// work is a request's answer before it is written out: the router's
// answer (recycled: return it to answers), the reply without its routes
// (its split parts are converted: splits are rare), and what the source
// transaction's builder gave the chosen route.
type work struct {
	ans   *routing.Answer
	reply api.QuoteReply
	// built: the builder made the source transaction for Routes[0], whose
	// route hash (hash0) and committed alternatives (alts0) it gave.
	built bool
	hash0 string
	alts0 int
}

// list appends to idx the answer's routes that reply lists (all of them
// when all is set) and counts the others in reply.
func (w *work) list(reply *api.QuoteReply, all bool, idx []int) []int {
	idx = listed(w.ans.Routes, all, idx)
	reply.DominatedRoutes = len(w.ans.Routes) - len(idx)
	return idx
}

// answer routes req and remembers the quote. noWhy: the caller writes the
// explanation from the answer (the reply's Why is left empty).
func (s *Service) answer(req *api.QuoteRequest, noWhy bool) (work, *api.Error) {
	amount, err := routing.ParseAmount(req.Amount, "amount")
	if err != nil {
		return work{}, APIError(err)
	}
	rr := routing.Request{From: req.From, To: req.To, Amount: amount, Preset: routing.Preset(req.Preset), K: req.K, NoWhy: noWhy}
	if c := req.Constraints; c != nil {
		rr.Constraints = routing.Constraints{AllowBridges: c.AllowBridges, DenyBridges: c.DenyBridges, PreferBridges: c.PreferBridges}
		if c.MaxHops != nil {
			rr.Constraints.MaxHops = *c.MaxHops
		}
		if c.MaxETASeconds != nil {
			rr.Constraints.MaxETASeconds = *c.MaxETASeconds
		}
		if c.MinSuccess != nil {
			rr.Constraints.MinSuccess = *c.MinSuccess
		}
		if c.SlippageBps != nil {
			rr.Constraints.SlippageBps = *c.SlippageBps
		}
		if c.MaxFeeBps != nil {
			rr.Constraints.MaxFeeBps = *c.MaxFeeBps
		}
	}
	snap := s.o.Store.Load()
	// The router's answer is recycled: everything the reply and the kept
	// quote take from it is copied (the hops of every answer were a third
	// of a quote's garbage).
	ans := answers.Get().(*routing.Answer)
	if err := snap.RouteInto(rr, ans); err != nil {
		answers.Put(ans)
		return work{}, APIError(err)
	}
	now := s.o.Now().UTC()
	seq := s.seq.Add(1)
	// The kept quote, its answer and chosen route in one allocation.
	box := &struct {
		q     Quote
		ans   routing.Answer
		route [1]routing.Route
	}{}
	q := &box.q
	*q = Quote{ID: quoteID(s.o.Node, seq, now, req), Request: *req, Snapshot: snap.Version, ExpiresAt: now.Add(s.o.TTL)}
	w := work{ans: ans, reply: api.QuoteReply{QuoteID: q.ID, ExpiresAt: q.ExpiresAt, From: req.From, To: req.To, Amount: dec(&amount),
		Preset: string(ans.Preset), Why: ans.Why}}
	if ans.Split != nil {
		for i := range ans.Split.Parts {
			p := &ans.Split.Parts[i]
			w.reply.Split = append(w.reply.Split, api.SplitPart{Share: dec(&p.Share), Route: toAPIRoute(&p.Route)})
		}
	}
	// Keep only what a submit needs (the chosen route, the preset and the
	// source transaction): quotes live for their TTL, and at thousands of
	// quotes a second whole answers would make a large live heap. The
	// chosen route is copied with its hops (ans is recycled).
	kept := &box.ans
	*kept = routing.Answer{From: ans.From, To: ans.To, Amount: ans.Amount, ValueUSD: ans.ValueUSD, Preset: ans.Preset, Snapshot: ans.Snapshot}
	if len(ans.Routes) > 0 {
		box.route[0] = ans.Routes[0]
		box.route[0].Hops = slices.Clone(ans.Routes[0].Hops)
		kept.Routes = box.route[:]
	}
	q.Answer = kept
	if s.o.Builder != nil && len(kept.Routes) > 0 {
		chosen := &kept.Routes[0]
		if s.o.Alternatives > 0 {
			q.AltRoutes = alternatives(snap, rr, chosen, s.o.Alternatives, s.o.AltDeadline.Seconds())
		}
		tx, hash, err := s.o.Builder.Build(q, chosen)
		if err != nil {
			answers.Put(ans)
			// A chain that did not answer in time (the nonce, the gas
			// hints) is a passing failure: UNAVAILABLE, which clients
			// retry. Anything else means the route cannot start here.
			var ne net.Error
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.As(err, &ne) {
				return work{}, api.Errorf(api.CodeUnavailable, "", "route %s: the source chain did not answer: %v", chosen.Path(), err)
			}
			if fe := (*FieldError)(nil); errors.As(err, &fe) {
				return work{}, api.Errorf(api.CodeBadRequest, fe.Field, "%v", fe.Err)
			}
			return work{}, api.Errorf(api.CodeNoRoute, "", "route %s cannot be started from this wallet: %v", chosen.Path(), err)
		}
		w.reply.SourceTx = tx
		w.built, w.hash0, w.alts0 = true, hash, len(q.Alternatives)
		q.AltRoutes = nil
	}
	// The kept reply is the reply's header and source transaction; the
	// chosen route itself is q.Answer's.
	q.Reply = api.QuoteReply{QuoteID: q.ID, ExpiresAt: q.ExpiresAt, From: req.From, To: req.To, Amount: w.reply.Amount,
		Preset: w.reply.Preset, SourceTx: w.reply.SourceTx}
	s.remember(q, now)
	return w, nil
}

// quoteID names a quote: a hash of the node, its sequence, the time and the
// request.
func quoteID(node string, seq uint64, now time.Time, req *api.QuoteRequest) string {
	// The same bytes as fmt's "%s|%d|%d|%s|%s|%s", without fmt.
	var buf [256]byte
	b := append(buf[:0], node...)
	b = append(b, '|')
	b = strconv.AppendUint(b, seq, 10)
	b = append(b, '|')
	b = strconv.AppendInt(b, now.UnixNano(), 10)
	for _, s := range [...]string{req.From, req.To, req.Amount} {
		b = append(b, '|')
		b = append(b, s...)
	}
	h := sha256.Sum256(b)
	var id [2 + 24]byte
	id[0], id[1] = 'q', '_'
	hex.Encode(id[2:], h[:12])
	return string(id[:])
}

// toAPIRoute converts a routing.Route. The route hash is filled by the
// builder for the route it builds; others carry a content hash.
//
// A quote reply holds dozens of decimal amounts: they and the route hash
// are cut from one string (one allocation per route, not one per amount).
func toAPIRoute(r *routing.Route) api.Route {
	var buf [512]byte
	f := routeFigures(r, true, true, buf[:0])
	all := string(f.nums)
	var amounts [2 + 3*routing.MaxHopsLimit]string
	for i := 0; i < f.n; i++ {
		amounts[i] = all[f.start(i):f.ends[i]]
	}
	out := api.Route{RouteHash: all[f.ends[f.n-1]:], AmountOut: amounts[0], MinOut: amounts[1], FeeUSD: f.route.FeeUSD, FeeBps: f.route.FeeBps,
		ScoreUSD: f.route.ScoreUSD, ETAP50S: f.route.ETAP50S, ETAP90S: f.route.ETAP90S, Success: f.route.Success}
	if len(r.Hops) > 0 { // (a route without hops encodes its hops as null, as before)
		out.Hops = make([]api.Hop, len(r.Hops))
	}
	for i := range r.Hops {
		h := &r.Hops[i]
		out.Hops[i] = api.Hop{Bridge: h.Bridge, Protocol: h.Protocol, From: h.From, To: h.To, AmountIn: amounts[2+3*i],
			AmountOut: amounts[3+3*i], Fee: amounts[4+3*i], FeeUSD: usd(h.FeeUSD), ETAP50S: seconds(h.P50), ETAP90S: seconds(h.P90),
			Success: probability(h.Success), Trust: h.Trust}
	}
	return out
}

// appendRoute appends r as the reply's JSON has it (toAPIRoute's route,
// encoded), with hash as its route hash when not nil (else the content
// hash) and alts as its committed alternatives. memo holds the hops the
// reply has so far (nil: none): a hop equal to one of them is copied.
func appendRoute(b []byte, r *routing.Route, hash []byte, alts int, memo *hopMemo) ([]byte, error) {
	var buf [256]byte
	f := routeFigures(r, hash == nil, false, buf[:0])
	f.route.RouteHash = hash
	if hash == nil {
		f.route.RouteHash = f.nums[f.ends[f.n-1]:]
	}
	b, err := api.AppendRouteJSONStart(b, &f.route)
	if err == nil {
		b, err = api.AppendJSONArray(b, len(r.Hops) == 0, len(r.Hops), func(b []byte, i int) ([]byte, error) {
			h := &r.Hops[i]
			if span, ok := memo.find(h, i, b); ok {
				return append(b, span...), nil
			}
			start := len(b)
			var nums [3 * 80]byte
			hj := hopJSON(h, nums[:0])
			b, err := api.AppendHopJSON(b, &hj)
			if err == nil {
				memo.add(h, i, start, len(b))
			}
			return b, err
		})
	}
	if err != nil {
		return b, err
	}
	return api.AppendRouteJSONEnd(b, alts), nil
}

// hopMemo remembers where the hops a reply has so far were written. The
// routes of one answer often share a hop (the same first hop for the
// same amount: a quarter of a reply's hops on the bench's workload); a hop
// whose written fields equal an earlier one's is copied from the reply
// instead of worked out and written again. Only hops at the same place
// in their routes are compared: an equal hop elsewhere would need another
// way to the same amount.
type hopMemo struct {
	n     int
	hops  [64]*routing.Hop
	at    [64]int
	spans [64][2]int
}

// find returns the bytes of an earlier hop of b that writes as h, hop at
// of its route, does.
func (m *hopMemo) find(h *routing.Hop, at int, b []byte) ([]byte, bool) {
	if m == nil {
		return nil, false
	}
	for i, o := range m.hops[:m.n] {
		if m.at[i] == at && sameJSON(o, h) {
			return b[m.spans[i][0]:m.spans[i][1]], true
		}
	}
	return nil, false
}

// add records that h, hop at of its route, was written at b[start:end].
func (m *hopMemo) add(h *routing.Hop, at, start, end int) {
	if m == nil || m.n == len(m.hops) {
		return
	}
	m.hops[m.n], m.at[m.n], m.spans[m.n] = h, at, [2]int{start, end}
	m.n++
}

// sameJSON says whether a and b write the same hop JSON: every field
// hopJSON reads is equal (floats as they are, so NaNs never match).
func sameJSON(a, b *routing.Hop) bool {
	return a.AmountIn == b.AmountIn && a.AmountOut == b.AmountOut && a.Fee == b.Fee &&
		a.FeeUSD == b.FeeUSD && a.P50 == b.P50 && a.P90 == b.P90 && a.Success == b.Success &&
		a.Bridge == b.Bridge && a.Protocol == b.Protocol && a.From == b.From && a.To == b.To && a.Trust == b.Trust
}

// hopJSON is h's figures for the reply, its amounts' digits appended to
// buf (a caller's stack buffer).
func hopJSON(h *routing.Hop, buf []byte) api.HopJSON {
	nums := appendDec(buf, &h.AmountIn)
	in := len(nums)
	nums = appendDec(nums, &h.AmountOut)
	out := len(nums)
	nums = appendDec(nums, &h.Fee)
	return api.HopJSON{Bridge: h.Bridge, Protocol: h.Protocol, From: h.From, To: h.To, AmountIn: nums[:in],
		AmountOut: nums[in:out], Fee: nums[out:], FeeUSD: usd(h.FeeUSD), ETAP50S: seconds(h.P50), ETAP90S: seconds(h.P90),
		Success: probability(h.Success), Trust: h.Trust}
}

// figures are a route's figures as the reply gives them: rounded, with
// the amounts' decimal digits in one buffer (the route's out and minimum,
// then, when asked for, each hop's in, out and fee: amount i ends at
// ends[i]) followed by the content hash when asked for.
type figures struct {
	route api.RouteJSON
	nums  []byte
	ends  [2 + 3*routing.MaxHopsLimit]int
	n     int
}

// routeFigures works out r's figures (with its hops' amounts when hops),
// its digits appended to buf (a
// caller's stack buffer: the figures are returned by value, not built
// through a pointer, so that neither moves to the heap).
func routeFigures(r *routing.Route, contentHash, hops bool, buf []byte) figures {
	f := figures{route: api.RouteJSON{FeeUSD: usd(r.Breakdown.Fees), FeeBps: bps(r.FeeBps), ScoreUSD: usd(r.Score), ETAP50S: seconds(r.ETAP50),
		ETAP90S: seconds(r.ETAP90), Success: probability(r.Success)}}
	nums := buf
	dec := func(a *routing.Amount) {
		nums = appendDec(nums, a)
		f.ends[f.n] = len(nums)
		f.n++
	}
	dec(&r.AmountOut)
	dec(&r.MinOut)
	for i := range r.Hops {
		if !hops {
			break
		}
		h := &r.Hops[i]
		dec(&h.AmountIn)
		dec(&h.AmountOut)
		dec(&h.Fee)
	}
	if contentHash {
		// A hash of the hops' edges, taken over a stack buffer.
		var keyBuf [512]byte
		key := keyBuf[:0]
		for i := range r.Hops {
			key = append(key, r.Hops[i].Edge...)
			key = append(key, '|')
		}
		sum := sha256.Sum256(key)
		nums = append(nums, '0', 'x')
		nums = hex.AppendEncode(nums, sum[:])
	}
	f.nums = nums
	f.route.AmountOut, f.route.MinOut = f.amount(0), f.amount(1)
	return f
}

// start is where amount i starts in nums.
func (f *figures) start(i int) int {
	if i == 0 {
		return 0
	}
	return f.ends[i-1]
}

func (f *figures) amount(i int) []byte { return f.nums[f.start(i):f.ends[i]] }

// The reply's precision. The router's figures are sums and products of
// float64s; at full precision they carry digits of float noise
// (0.863160999999991 dollars, 1.2000000000000002 s) that no wallet shows,
// that make every reply longer, and that take the slow path of float
// formatting. A reply gives dollars to the micro-dollar, basis points to
// the ten-thousandth, seconds to the millisecond and probabilities to the
// millionth. Amounts (base units) are exact as ever.
func usd(x float64) float64     { return roundTo(x, 1e6) }
func bps(x float64) float64     { return roundTo(x, 1e4) }
func seconds(x float64) float64 { return roundTo(x, 1e3) }

// probability rounds p to the millionth without rounding an uncertain
// outcome to a certain one: 0 < p < 1 stays inside (0, 1).
func probability(p float64) float64 {
	r := roundTo(p, 1e6)
	switch {
	case p > 0 && p < 1 && r >= 1:
		return 0.999999
	case p > 0 && p < 1 && r <= 0:
		return 0.000001
	}
	return r
}

// roundTo rounds x to the nearest multiple of 1/scale; figures too large
// for that to be exact, and NaN or infinities, stay as they are (the
// encoder refuses the latter).
func roundTo(x, scale float64) float64 {
	if !(math.Abs(x) < 1e9) {
		return x
	}
	return math.Round(x*scale) / scale
}

// appendDec appends a's decimal digits (what a.Dec() gives). Amounts of
// 18-decimal tokens pass 2^64 at about 18 whole tokens: below 10^19×2^64
// they are written as two 64-bit halves (a.Dec goes through math/big).
func appendDec(b []byte, a *routing.Amount) []byte {
	if a.IsUint64() {
		return strconv.AppendUint(b, a.Uint64(), 10)
	}
	if a[3] == 0 && a[2] == 0 && a[1] < 1e19 {
		hi, lo := bits.Div64(a[1], a[0], 1e19) // a = hi×10^19 + lo, hi > 0
		b = strconv.AppendUint(b, hi, 10)
		var digits [19]byte
		for i := len(digits) - 1; i >= 0; i-- {
			digits[i] = byte('0' + lo%10)
			lo /= 10
		}
		return append(b, digits[:]...)
	}
	return append(b, a.Dec()...)
}

// dec is a.Dec() through appendDec.
func dec(a *routing.Amount) string {
	var buf [80]byte
	return string(appendDec(buf[:0], a))
}

// remember keeps q, made at now, and forgets the oldest quotes beyond
// MaxQuotes and those expired a TTL ago.
func (s *Service) remember(q *Quote, now time.Time) {
	s.mu.Lock()
	s.live[q.ID] = q
	s.order = append(s.order, eviction{id: q.ID, drop: q.ExpiresAt.Add(s.o.TTL)})
	for len(s.order) > s.o.MaxQuotes {
		if now.Before(s.order[0].drop.Add(-s.o.TTL)) { // (drop is a TTL past expiry)
			s.forgotten++
			s.unwarned++
			quotesForgottenEarly.Inc()
		}
		delete(s.live, s.order[0].id)
		s.order = s.order[1:]
	}
	for len(s.order) > 0 && !now.Before(s.order[0].drop) {
		delete(s.live, s.order[0].id)
		s.order = s.order[1:]
	}
	var warn uint64
	if s.unwarned > 0 && !now.Before(s.warned.Add(time.Minute)) {
		warn, s.unwarned, s.warned = s.unwarned, 0, now
	}
	s.mu.Unlock()
	if warn > 0 {
		// A wallet submitting one of them gets UNKNOWN_QUOTE: the node
		// quotes faster than MaxQuotes/TTL a second. Once a minute at most
		// (and not under the lock).
		s.o.Logger.Warn("quotes forgotten before they expired: more than max_quotes/ttl quotes a second",
			"forgotten", warn, "max_quotes", s.o.MaxQuotes, "ttl", s.o.TTL)
	}
}

// Lookup returns a live quote, or CodeUnknownQuote / CodeQuoteExpired.
func (s *Service) Lookup(id string) (*Quote, *api.Error) {
	s.mu.Lock()
	q, ok := s.live[id]
	s.mu.Unlock()
	if !ok {
		return nil, api.Errorf(api.CodeUnknownQuote, "quote_id", "no quote %q (a node keeps its quotes until they expire, and at most its last %d)", id, s.o.MaxQuotes)
	}
	if !s.o.Now().Before(q.ExpiresAt) {
		return nil, api.Errorf(api.CodeQuoteExpired, "quote_id", "quote %s expired at %s", id, q.ExpiresAt.Format(time.RFC3339))
	}
	return q, nil
}

// ForgottenEarly is how many quotes were dropped for MaxQuotes before they
// expired (strait_quotes_forgotten_early_total counts them for every
// service of the process).
func (s *Service) ForgottenEarly() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.forgotten
}

var quotesForgottenEarly = prometheus.NewCounter(prometheus.CounterOpts{
	Name: "strait_quotes_forgotten_early_total",
	Help: "Quotes dropped before they expired because the node keeps at most MaxQuotes (submits of them answer UNKNOWN_QUOTE).",
})

func init() { prometheus.MustRegister(quotesForgottenEarly) }
