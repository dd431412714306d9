// Package walletapi serves Strait's wallet API as a nats.go micro service
// named "strait" (discoverable with the usual NATS tools) on the
// strait.v1.* subjects. Every request body is checked against its JSON
// Schema before the backend sees it; every error reply is
// {"error":{"code","message","field"}} with the code also in the
// Nats-Service-Error-Code header.
package walletapi

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"runtime"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/straitnet/strait/api"
)

// Backend does the work behind the endpoints.
type Backend interface {
	Quote(api.QuoteRequest) (*api.QuoteReply, *api.Error)
	Submit(api.SubmitRequest) (*api.Transfer, *api.Error)
	Get(id string) (*api.Transfer, *api.Error)
	List(api.ListRequest) (*api.ListReply, *api.Error)
	Cancel(id string) (*api.Transfer, *api.Error)
	Chains() (*api.ChainsReply, *api.Error)
	Bridges() (*api.BridgesReply, *api.Error)
}

// Version is the service version advertised to NATS discovery.
const Version = "0.1.0"

// Serve registers the service on nc. Stop the returned service to leave.
//
// Each endpoint is answered by several queue subscriptions on nc, in the
// service's queue group: micro's own (which nats.go runs on one
// goroutine) and parallel(...)-1 more. Each answers its requests on its
// own goroutine, so one node answers on every core without handing each
// request to another goroutine (a hand-off cost a quote about a tenth of
// its throughput), and a slow endpoint (a submit waiting on a chain)
// never holds up another's requests. micro's per-endpoint statistics
// therefore count only its own subscription's share; the request and
// error counts are Strait's own metrics (strait_api_requests_total).
func Serve(nc *nats.Conn, b Backend, log *slog.Logger) (micro.Service, error) {
	if log == nil {
		log = slog.Default()
	}
	svc, err := micro.AddService(nc, micro.Config{
		Name:        api.ServiceName,
		Version:     Version,
		Description: "Strait cross-chain transfer router: quotes, transfers, catalog",
		// Queue group: several nodes share the load of one subject.
		QueueGroup: queueGroup,
	})
	if err != nil {
		return nil, fmt.Errorf("add micro service: %w", err)
	}
	h := &handlers{b: b, log: log.With("component", "walletapi")}
	s := &service{Service: svc}
	quoteWaits := true
	if c, ok := b.(QuoteComputer); ok && c.QuotesOnlyCompute() {
		quoteWaits = false
	}
	quoteFn := endpoint(h, api.SchemaQuoteRequest, b.Quote)
	if a, ok := b.(QuoteAppender); ok {
		quoteFn = appending(h, api.SchemaQuoteRequest, a.AppendQuote)
	}
	eps := []struct {
		name, subject string
		fn            handler
		waits         bool
	}{
		{"quote", api.SubjectQuote, quoteFn, quoteWaits},
		{"transfer-submit", api.SubjectSubmit, endpoint(h, api.SchemaSubmitRequest, b.Submit), true},
		{"transfer-get", api.SubjectGet, endpoint(h, api.SchemaGetRequest, func(r api.GetRequest) (*api.Transfer, *api.Error) { return b.Get(r.ID) }), true},
		{"transfer-list", api.SubjectList, endpoint(h, api.SchemaListRequest, b.List), true},
		{"transfer-cancel", api.SubjectCancel, endpoint(h, api.SchemaCancelRequest, func(r api.CancelRequest) (*api.Transfer, *api.Error) { return b.Cancel(r.ID) }), true},
		{"catalog-chains", api.SubjectCatalogChains, noBody(h, b.Chains), true},
		{"catalog-bridges", api.SubjectCatalogBridges, noBody(h, b.Bridges), true},
	}
	for _, ep := range eps {
		extra := parallel(ep.waits) - 1
		fn := measured(ep.name, ep.fn)
		if err := svc.AddEndpoint(ep.name, fn, micro.WithEndpointSubject(ep.subject)); err != nil {
			_ = s.Stop()
			return nil, fmt.Errorf("add endpoint %s: %w", ep.subject, err)
		}
		for i := 0; i < extra; i++ {
			sub, err := nc.QueueSubscribe(ep.subject, queueGroup, func(m *nats.Msg) {
				d := detachedPool.Get().(*detached)
				*d = detached{nc: nc, subject: m.Subject, reply: m.Reply, data: m.Data, headers: micro.Headers(m.Header)}
				fn(d)
				// The handler answered before it returned: its copy can
				// serve another request.
				*d = detached{}
				detachedPool.Put(d)
			})
			if err != nil {
				_ = s.Stop()
				return nil, fmt.Errorf("subscribe %s: %w", ep.subject, err)
			}
			s.subs = append(s.subs, sub)
		}
	}
	return s, nil
}

// queueGroup is the service's queue group on every subject.
const queueGroup = "strait"

// QuoteAppender is implemented by a Backend that writes a quote's reply
// itself: AppendQuote appends to b the JSON of the reply Quote would give
// (or returns the error Quote would, having appended nothing). The quote
// endpoint then uses it instead of Quote.
type QuoteAppender interface {
	AppendQuote(b []byte, r api.QuoteRequest) ([]byte, *api.Error)
}

// QuoteComputer is implemented by a Backend that can say whether its
// quotes only compute: no quote waits on a chain (a quote service without
// a source-transaction builder, which asks the source chain for the
// wallet's nonce and gas).
type QuoteComputer interface {
	QuotesOnlyCompute() bool
}

// parallel is how many requests of one endpoint a node answers at once.
// An endpoint that may wait (on a journal write or a chain) gets four per
// core, so that waiting requests still leave every core busy. One that
// only computes gets one per core (at least two, so that one long request
// does not hold up the rest): more would not add a core's worth of work,
// only goroutines parked and woken again for each request, which cost
// quotes on a loaded 2-core machine about a tenth of their CPU time
// (bench/RESULTS.md).
func parallel(waits bool) int {
	if waits {
		return 4 * runtime.GOMAXPROCS(0)
	}
	return max(2, runtime.GOMAXPROCS(0))
}

// service stops the extra subscriptions with the micro service.
type service struct {
	micro.Service
	subs []*nats.Subscription
	once sync.Once
}

// Stop stops micro's endpoints and drains the extra subscriptions
// (requests already delivered to them are still answered).
func (s *service) Stop() error {
	err := s.Service.Stop()
	s.once.Do(func() {
		for _, sub := range s.subs {
			if derr := sub.Drain(); derr != nil && err == nil && !errors.Is(derr, nats.ErrConnectionClosed) {
				err = fmt.Errorf("drain %s: %w", sub.Subject, derr)
			}
		}
	})
	return err
}

type handlers struct {
	b   Backend
	log *slog.Logger
}

func (h *handlers) fail(req micro.Request, e *api.Error) api.Code {
	body, _ := json.Marshal(api.ErrorReply{Error: e})
	if e.Code == api.CodeInternal {
		h.log.Error("internal error", "subject", req.Subject(), "err", e.Message)
	}
	if err := req.Error(string(e.Code), e.Message, body); err != nil {
		h.log.Warn("reply failed", "subject", req.Subject(), "err", err)
	}
	return e.Code
}

// detachedPool recycles the extra subscriptions' request values.
var detachedPool = sync.Pool{New: func() any { return new(detached) }}

// appender is a reply that encodes itself (the same bytes as
// encoding/json, without reflection).
type appender interface {
	AppendJSON([]byte) ([]byte, error)
}

var replyBufs = sync.Pool{New: func() any { b := make([]byte, 0, 16<<10); return &b }}

func (h *handlers) ok(req micro.Request, v any) api.Code {
	if a, ok := v.(appender); ok {
		return h.appended(req, func(b []byte) ([]byte, *api.Error) {
			b, err := a.AppendJSON(b)
			if err != nil {
				return nil, api.Errorf(api.CodeInternal, "", "encode reply: %v", err)
			}
			return b, nil
		})
	}
	body, err := json.Marshal(v)
	if err != nil {
		return h.fail(req, api.Errorf(api.CodeInternal, "", "encode reply: %v", err))
	}
	if err := req.Respond(body); err != nil {
		h.log.Warn("reply failed", "subject", req.Subject(), "err", err)
	}
	return ""
}

// appended replies with what write appends to a recycled buffer.
func (h *handlers) appended(req micro.Request, write func([]byte) ([]byte, *api.Error)) api.Code {
	bp := replyBufs.Get().(*[]byte)
	body, e := write((*bp)[:0])
	if e != nil {
		replyBufs.Put(bp)
		return h.fail(req, e)
	}
	// Respond copies the body into the connection's buffer.
	if err := req.Respond(body); err != nil {
		h.log.Warn("reply failed", "subject", req.Subject(), "err", err)
	}
	if cap(body) <= 1<<20 {
		*bp = body[:0]
		replyBufs.Put(bp)
	}
	return ""
}

// appending is endpoint for a backend that writes its reply itself.
func appending[Req any](h *handlers, schema string, fn func([]byte, Req) ([]byte, *api.Error)) handler {
	return func(req micro.Request) api.Code {
		var in Req
		if e := api.Decode(schema, req.Data(), &in); e != nil {
			return h.fail(req, e)
		}
		return h.appended(req, func(b []byte) ([]byte, *api.Error) { return fn(b, in) })
	}
}

// endpoint decodes a request against its schema, calls fn and replies. It
// returns the reply's error code ("" for a success).
func endpoint[Req, Rep any](h *handlers, schema string, fn func(Req) (Rep, *api.Error)) handler {
	return func(req micro.Request) api.Code {
		var in Req
		if e := api.Decode(schema, req.Data(), &in); e != nil {
			return h.fail(req, e)
		}
		out, e := fn(in)
		return h.respond(req, out, e)
	}
}

// noBody is an endpoint whose request body is ignored.
func noBody[Rep any](h *handlers, fn func() (Rep, *api.Error)) handler {
	return func(req micro.Request) api.Code {
		out, e := fn()
		return h.respond(req, out, e)
	}
}

// handler answers one request and returns the reply's error code ("" for
// a success).
type handler func(micro.Request) api.Code

func (h *handlers) respond(req micro.Request, v any, e *api.Error) api.Code {
	if e != nil {
		return h.fail(req, e)
	}
	return h.ok(req, v)
}

// The wallet API's metrics, on the default Prometheus registry that a
// node's /metrics serves.
var (
	apiRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "strait_api_requests_total",
		Help: "Wallet API requests answered, by endpoint and result (OK or the error code).",
	}, []string{"endpoint", "code"})
	apiSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "strait_api_request_duration_seconds",
		Help:    "Time from a wallet API request's arrival at its handler to its reply, by endpoint.",
		Buckets: []float64{50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3, 100e-3, 250e-3, 500e-3, 1, 2.5, 5, 10},
	}, []string{"endpoint"})
)

func init() { prometheus.MustRegister(apiRequests, apiSeconds) }

// measured counts fn's replies and times them. (The clock is read here,
// at the I/O edge, for the metrics only.)
func measured(name string, fn handler) micro.HandlerFunc {
	ok, dur := apiRequests.WithLabelValues(name, "OK"), apiSeconds.WithLabelValues(name)
	return func(req micro.Request) {
		start := time.Now()
		code := fn(req)
		dur.Observe(time.Since(start).Seconds())
		if code == "" {
			ok.Inc()
		} else {
			apiRequests.WithLabelValues(name, string(code)).Inc()
		}
	}
}

// detached is a request that came on one of the extra subscriptions, not
// through micro: it keeps the message's fields and publishes the answer
// itself, with the same headers micro would set.
type detached struct {
	nc             *nats.Conn
	subject, reply string
	data           []byte
	headers        micro.Headers
}

var _ micro.Request = (*detached)(nil)

func (d *detached) Respond(body []byte, opts ...micro.RespondOpt) error {
	if len(opts) == 0 && d.reply != "" {
		// The common case: no headers, so a plain publish (the same PUB on
		// the wire) without a message value per reply.
		if err := d.nc.Publish(d.reply, body); err != nil {
			return fmt.Errorf("%w: %v", micro.ErrRespond, err)
		}
		return nil
	}
	return d.publish(&nats.Msg{Data: body}, opts)
}

func (d *detached) RespondJSON(v any, opts ...micro.RespondOpt) error {
	body, err := json.Marshal(v)
	if err != nil {
		return micro.ErrMarshalResponse
	}
	return d.Respond(body, opts...)
}

func (d *detached) Error(code, description string, body []byte, opts ...micro.RespondOpt) error {
	if code == "" || description == "" {
		return fmt.Errorf("%w: error code and description", micro.ErrArgRequired)
	}
	return d.publish(&nats.Msg{Data: body, Header: nats.Header{micro.ErrorHeader: {description}, micro.ErrorCodeHeader: {code}}}, opts)
}

func (d *detached) publish(m *nats.Msg, opts []micro.RespondOpt) error {
	if d.reply == "" {
		return fmt.Errorf("%w: the request has no reply subject", micro.ErrRespond)
	}
	for _, o := range opts {
		o(m)
	}
	m.Subject = d.reply
	if err := d.nc.PublishMsg(m); err != nil {
		return fmt.Errorf("%w: %v", micro.ErrRespond, err)
	}
	return nil
}

func (d *detached) Data() []byte           { return d.data }
func (d *detached) Headers() micro.Headers { return d.headers }
func (d *detached) Subject() string        { return d.subject }
func (d *detached) Reply() string          { return d.reply }
