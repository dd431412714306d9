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
	"time"

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
	// go first.
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

// Quote is a remembered quote. Answer and Reply keep the first route only
// (the one the source transaction starts).
type Quote struct {
	ID        string
	Request   api.QuoteRequest
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
	o     Options
	mu    sync.Mutex
	seq   uint64
	live  map[string]*Quote
	order []string // insertion order, for eviction
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
	amount, err := routing.ParseAmount(req.Amount, "amount")
	if err != nil {
		return nil, APIError(err)
	}
	rr := routing.Request{From: req.From, To: req.To, Amount: amount, Preset: routing.Preset(req.Preset), K: req.K}
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
	defer answers.Put(ans)
	if err := snap.RouteInto(rr, ans); err != nil {
		return nil, APIError(err)
	}
	now := s.o.Now().UTC()
	s.mu.Lock()
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	q := &Quote{ID: quoteID(s.o.Node, seq, now, &req), Request: req, Snapshot: snap.Version, ExpiresAt: now.Add(s.o.TTL)}
	reply := api.QuoteReply{QuoteID: q.ID, ExpiresAt: q.ExpiresAt, From: req.From, To: req.To, Amount: dec(&amount), Preset: string(ans.Preset), Why: ans.Why}
	if len(ans.Routes) > 0 {
		reply.Routes = make([]api.Route, len(ans.Routes))
		for i := range ans.Routes {
			reply.Routes[i] = toAPIRoute(&ans.Routes[i])
		}
	}
	if ans.Split != nil {
		for i := range ans.Split.Parts {
			p := &ans.Split.Parts[i]
			reply.Split = append(reply.Split, api.SplitPart{Share: dec(&p.Share), Route: toAPIRoute(&p.Route)})
		}
	}
	// Keep only what a submit needs (the chosen route, the preset and the
	// source transaction): quotes live for their TTL, and at thousands of
	// quotes a second whole answers would make a large live heap. The
	// chosen route is copied with its hops (ans is recycled).
	kept := &routing.Answer{From: ans.From, To: ans.To, Amount: ans.Amount, ValueUSD: ans.ValueUSD, Preset: ans.Preset, Snapshot: ans.Snapshot}
	if len(ans.Routes) > 0 {
		r0 := ans.Routes[0]
		r0.Hops = slices.Clone(r0.Hops)
		kept.Routes = []routing.Route{r0}
	}
	q.Answer = kept
	if s.o.Builder != nil && len(kept.Routes) > 0 {
		chosen := &kept.Routes[0]
		if s.o.Alternatives > 0 {
			q.AltRoutes = alternatives(snap, rr, chosen, s.o.Alternatives, s.o.AltDeadline.Seconds())
		}
		tx, hash, err := s.o.Builder.Build(q, chosen)
		if err != nil {
			// A chain that did not answer in time (the nonce, the gas
			// hints) is a passing failure: UNAVAILABLE, which clients
			// retry. Anything else means the route cannot start here.
			var ne net.Error
			if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) || errors.As(err, &ne) {
				return nil, api.Errorf(api.CodeUnavailable, "", "route %s: the source chain did not answer: %v", chosen.Path(), err)
			}
			return nil, api.Errorf(api.CodeNoRoute, "", "route %s cannot be started from this wallet: %v", chosen.Path(), err)
		}
		reply.SourceTx = tx
		reply.Routes[0].RouteHash = hash
		reply.Routes[0].Alternatives = len(q.Alternatives)
		q.AltRoutes = nil
	}
	q.Reply = api.QuoteReply{QuoteID: reply.QuoteID, ExpiresAt: reply.ExpiresAt, From: reply.From, To: reply.To, Amount: reply.Amount,
		Preset: reply.Preset, SourceTx: reply.SourceTx}
	if len(reply.Routes) > 0 {
		q.Reply.Routes = []api.Route{reply.Routes[0]}
	}
	s.remember(q)
	return &reply, nil
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
// are written into one buffer and cut from one string (one allocation per
// route, not one per amount), and the content hash is taken over a stack
// buffer.
func toAPIRoute(r *routing.Route) api.Route {
	out := api.Route{FeeUSD: usd(r.Breakdown.Fees), FeeBps: bps(r.FeeBps), ScoreUSD: usd(r.Score), ETAP50S: seconds(r.ETAP50),
		ETAP90S: seconds(r.ETAP90), Success: probability(r.Success)}
	var numBuf [512]byte
	var endBuf [2 + 3*routing.MaxHopsLimit]int
	nums, ends := numBuf[:0], endBuf[:0]
	dec := func(a *routing.Amount) {
		nums = appendDec(nums, a)
		ends = append(ends, len(nums))
	}
	dec(&r.AmountOut)
	dec(&r.MinOut)
	var keyBuf [512]byte
	key := keyBuf[:0]
	for i := range r.Hops {
		h := &r.Hops[i]
		dec(&h.AmountIn)
		dec(&h.AmountOut)
		dec(&h.Fee)
		key = append(key, h.Edge...)
		key = append(key, '|')
	}
	// The route hash goes into the same string as the amounts.
	sum := sha256.Sum256(key)
	nums = append(nums, '0', 'x')
	nums = hex.AppendEncode(nums, sum[:])
	all := string(nums)
	cut := func(i int) string {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		return all[start:ends[i]]
	}
	out.AmountOut, out.MinOut = cut(0), cut(1)
	out.RouteHash = all[ends[len(ends)-1]:]
	if len(r.Hops) > 0 { // (a route without hops encodes its hops as null, as before)
		out.Hops = make([]api.Hop, len(r.Hops))
	}
	for i := range r.Hops {
		h := &r.Hops[i]
		out.Hops[i] = api.Hop{Bridge: h.Bridge, Protocol: h.Protocol, From: h.From, To: h.To, AmountIn: cut(2 + 3*i),
			AmountOut: cut(3 + 3*i), Fee: cut(4 + 3*i), FeeUSD: usd(h.FeeUSD), ETAP50S: seconds(h.P50), ETAP90S: seconds(h.P90),
			Success: probability(h.Success), Trust: h.Trust}
	}
	return out
}

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

func (s *Service) remember(q *Quote) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.live[q.ID] = q
	s.order = append(s.order, q.ID)
	for len(s.order) > s.o.MaxQuotes {
		delete(s.live, s.order[0])
		s.order = s.order[1:]
	}
	// Drop expired quotes from the front now and then (the order is by
	// creation, so expiry order is the same).
	now := s.o.Now()
	for len(s.order) > 0 {
		old, ok := s.live[s.order[0]]
		if ok && now.Before(old.ExpiresAt.Add(s.o.TTL)) {
			break
		}
		delete(s.live, s.order[0])
		s.order = s.order[1:]
	}
}

// Lookup returns a live quote, or CodeUnknownQuote / CodeQuoteExpired.
func (s *Service) Lookup(id string) (*Quote, *api.Error) {
	s.mu.Lock()
	q, ok := s.live[id]
	s.mu.Unlock()
	if !ok {
		return nil, api.Errorf(api.CodeUnknownQuote, "quote_id", "no quote %q (quotes are kept until they expire)", id)
	}
	if !s.o.Now().Before(q.ExpiresAt) {
		return nil, api.Errorf(api.CodeQuoteExpired, "quote_id", "quote %s expired at %s", id, q.ExpiresAt.Format(time.RFC3339))
	}
	return q, nil
}
