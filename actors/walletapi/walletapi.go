// Package walletapi serves Strait's wallet API as a nats.go micro service
// named "strait" (discoverable with the usual NATS tools) on the
// strait.v1.* subjects. Every request body is checked against its JSON
// Schema before the backend sees it; every error reply is
// {"error":{"code","message","field"}} with the code also in the
// Nats-Service-Error-Code header.
package walletapi

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"sync"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"

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
func Serve(nc *nats.Conn, b Backend, log *slog.Logger) (micro.Service, error) {
	if log == nil {
		log = slog.Default()
	}
	svc, err := micro.AddService(nc, micro.Config{
		Name:        api.ServiceName,
		Version:     Version,
		Description: "Strait cross-chain transfer router: quotes, transfers, catalog",
		// Queue group: several nodes share the load of one subject.
		QueueGroup: "strait",
	})
	if err != nil {
		return nil, fmt.Errorf("add micro service: %w", err)
	}
	h := &handlers{b: b, log: log.With("component", "walletapi"), work: make(chan func(), 1024), done: make(chan struct{})}
	// micro runs each endpoint's handler on one goroutine; requests are
	// handed to a pool so that one node answers on every core.
	workers := 4 * runtime.GOMAXPROCS(0)
	for i := 0; i < workers; i++ {
		go func() {
			for {
				select {
				case f := <-h.work:
					f()
				case <-h.done:
					return
				}
			}
		}()
	}
	eps := []struct {
		name, subject string
		fn            micro.HandlerFunc
	}{
		{"quote", api.SubjectQuote, h.quote},
		{"transfer-submit", api.SubjectSubmit, h.submit},
		{"transfer-get", api.SubjectGet, h.get},
		{"transfer-list", api.SubjectList, h.list},
		{"transfer-cancel", api.SubjectCancel, h.cancel},
		{"catalog-chains", api.SubjectCatalogChains, h.chains},
		{"catalog-bridges", api.SubjectCatalogBridges, h.bridges},
	}
	for _, ep := range eps {
		fn := ep.fn
		pooled := micro.HandlerFunc(func(req micro.Request) {
			select {
			case h.work <- func() { fn(req) }:
			case <-h.done:
				h.fail(req, api.Errorf(api.CodeUnavailable, "", "the service is stopping"))
			}
		})
		if err := svc.AddEndpoint(ep.name, pooled, micro.WithEndpointSubject(ep.subject)); err != nil {
			_ = svc.Stop()
			close(h.done)
			return nil, fmt.Errorf("add endpoint %s: %w", ep.subject, err)
		}
	}
	return &service{Service: svc, done: h.done}, nil
}

// service stops the worker pool when the micro service stops.
type service struct {
	micro.Service
	done chan struct{}
	once sync.Once
}

func (s *service) Stop() error {
	err := s.Service.Stop()
	s.once.Do(func() { close(s.done) })
	return err
}

type handlers struct {
	b    Backend
	log  *slog.Logger
	work chan func()
	done chan struct{}
}

func (h *handlers) fail(req micro.Request, e *api.Error) {
	body, _ := json.Marshal(api.ErrorReply{Error: e})
	if e.Code == api.CodeInternal {
		h.log.Error("internal error", "subject", req.Subject(), "err", e.Message)
	}
	if err := req.Error(string(e.Code), e.Message, body); err != nil {
		h.log.Warn("reply failed", "subject", req.Subject(), "err", err)
	}
}

func (h *handlers) ok(req micro.Request, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		h.fail(req, api.Errorf(api.CodeInternal, "", "encode reply: %v", err))
		return
	}
	if err := req.Respond(body); err != nil {
		h.log.Warn("reply failed", "subject", req.Subject(), "err", err)
	}
}

// decode checks a body against its schema and decodes it, or replies with
// the error and returns false.
func (h *handlers) decode(req micro.Request, schema string, v any) bool {
	if e := api.Decode(schema, req.Data(), v); e != nil {
		h.fail(req, e)
		return false
	}
	return true
}

func (h *handlers) quote(req micro.Request) {
	var q api.QuoteRequest
	if !h.decode(req, api.SchemaQuoteRequest, &q) {
		return
	}
	reply, e := h.b.Quote(q)
	h.respond(req, reply, e)
}

func (h *handlers) submit(req micro.Request) {
	var s api.SubmitRequest
	if !h.decode(req, api.SchemaSubmitRequest, &s) {
		return
	}
	t, e := h.b.Submit(s)
	h.respond(req, t, e)
}

func (h *handlers) get(req micro.Request) {
	var g api.GetRequest
	if !h.decode(req, api.SchemaGetRequest, &g) {
		return
	}
	t, e := h.b.Get(g.ID)
	h.respond(req, t, e)
}

func (h *handlers) list(req micro.Request) {
	var l api.ListRequest
	if !h.decode(req, api.SchemaListRequest, &l) {
		return
	}
	r, e := h.b.List(l)
	h.respond(req, r, e)
}

func (h *handlers) cancel(req micro.Request) {
	var c api.CancelRequest
	if !h.decode(req, api.SchemaCancelRequest, &c) {
		return
	}
	t, e := h.b.Cancel(c.ID)
	h.respond(req, t, e)
}

func (h *handlers) chains(req micro.Request) {
	r, e := h.b.Chains()
	h.respond(req, r, e)
}

func (h *handlers) bridges(req micro.Request) {
	r, e := h.b.Bridges()
	h.respond(req, r, e)
}

func (h *handlers) respond(req micro.Request, v any, e *api.Error) {
	if e != nil {
		h.fail(req, e)
		return
	}
	h.ok(req, v)
}
