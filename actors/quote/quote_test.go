package quote

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

func newService(t *testing.T) (*Service, *clock) {
	t.Helper()
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	c := &clock{t: time.Date(2026, 11, 24, 1, 0, 0, 0, time.UTC)}
	s, err := New(Options{Store: routing.NewStore(snap), Now: c.now, TTL: time.Minute, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	return s, c
}

func TestQuoteReplyMatchesSchemaAndExpires(t *testing.T) {
	s, c := newService(t)
	reply, e := s.Quote(api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0xabc", Recipient: "osmo1x"})
	if e != nil {
		t.Fatal(e)
	}
	body, _ := json.Marshal(reply)
	if e := api.Validate(api.SchemaQuoteReply, body); e != nil {
		t.Fatalf("reply breaks its schema: %v\n%s", e, body)
	}
	if len(reply.Routes) == 0 || len(reply.Why) == 0 || reply.Routes[0].Hops[0].From != "USDC@ethereum" {
		t.Fatalf("reply %+v", reply)
	}
	if _, e := s.Lookup(reply.QuoteID); e != nil {
		t.Fatal(e)
	}
	c.t = c.t.Add(time.Minute)
	if _, e := s.Lookup(reply.QuoteID); e == nil || e.Code != api.CodeQuoteExpired {
		t.Fatalf("expired quote: %v", e)
	}
	if _, e := s.Lookup("q_nope"); e == nil || e.Code != api.CodeUnknownQuote {
		t.Fatalf("unknown quote: %v", e)
	}
}

func TestRoutingErrorsBecomeAPICodes(t *testing.T) {
	s, _ := newService(t)
	cases := []struct {
		req  api.QuoteRequest
		code api.Code
	}{
		{api.QuoteRequest{From: "DOGE@moon", To: "USDC@osmosis", Amount: "1"}, api.CodeUnknownAsset},
		{api.QuoteRequest{From: "USDC@ethereum", To: "USDC@ethereum", Amount: "1"}, api.CodeSameAsset},
		{api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "0"}, api.CodeBadAmount},
		{api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "1", Preset: "yolo"}, api.CodeUnknownPreset},
	}
	for _, c := range cases {
		if _, e := s.Quote(c.req); e == nil || e.Code != c.code {
			t.Errorf("%+v: got %v, want %s", c.req, e, c.code)
		}
	}
}

func TestOldQuotesAreForgotten(t *testing.T) {
	s, c := newService(t)
	s.o.MaxQuotes = 3
	var ids []string
	for i := 0; i < 5; i++ {
		r, e := s.Quote(api.QuoteRequest{From: "USDC@ethereum", To: "USDC@base", Amount: "1000000", Owner: "0x1", Recipient: "0x2"})
		if e != nil {
			t.Fatal(e)
		}
		ids = append(ids, r.QuoteID)
		c.t = c.t.Add(time.Second)
	}
	if ids[0] == ids[1] {
		t.Fatal("quote ids repeat")
	}
	if _, e := s.Lookup(ids[0]); e == nil {
		t.Fatal("the oldest quote survived the bound")
	}
	if _, e := s.Lookup(ids[4]); e != nil {
		t.Fatal(e)
	}
}

type failingBuilder struct{ err error }

func (b failingBuilder) Build(*Quote, *routing.Route) (*api.UnsignedTx, string, error) {
	return nil, "", b.err
}

// A source chain that does not answer in time is UNAVAILABLE (clients
// retry); a route the builder refuses is NO_ROUTE.
func TestBuilderErrorsBecomeAPICodes(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		err  error
		want api.Code
	}{
		{fmt.Errorf("nonce of 0xabc on ethereum: %w", &url.Error{Op: "Post", URL: "http://127.0.0.1:1", Err: context.DeadlineExceeded}), api.CodeUnavailable},
		{fmt.Errorf("nonce: %w", &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}), api.CodeUnavailable},
		{errors.New("no gateway on ethereum"), api.CodeNoRoute},
	} {
		s, err := New(Options{Store: routing.NewStore(snap), Builder: failingBuilder{c.err}})
		if err != nil {
			t.Fatal(err)
		}
		_, e := s.Quote(api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0xabc", Recipient: "osmo1x"})
		if e == nil || e.Code != c.want {
			t.Errorf("%v: got %v, want %s", c.err, e, c.want)
		}
	}
}

// TestExpiredQuotesAreForgottenATTLLater: an expired quote still answers
// "expired" for a TTL, then a later quote's bookkeeping forgets it.
func TestExpiredQuotesAreForgottenATTLLater(t *testing.T) {
	s, c := newService(t)
	req := api.QuoteRequest{From: "USDC@ethereum", To: "USDC@base", Amount: "1000000", Owner: "0x1", Recipient: "0x2"}
	old, e := s.Quote(req)
	if e != nil {
		t.Fatal(e)
	}
	c.t = c.t.Add(2*time.Minute - time.Second) // expired, not yet a TTL ago
	if _, e := s.Quote(req); e != nil {
		t.Fatal(e)
	}
	if _, e := s.Lookup(old.QuoteID); e == nil || e.Code != api.CodeQuoteExpired {
		t.Fatalf("a quote expired less than a TTL ago: %v, want %s", e, api.CodeQuoteExpired)
	}
	c.t = c.t.Add(time.Second)
	if _, e := s.Quote(req); e != nil {
		t.Fatal(e)
	}
	if _, e := s.Lookup(old.QuoteID); e == nil || e.Code != api.CodeUnknownQuote {
		t.Fatalf("a quote expired a TTL ago: %v, want %s", e, api.CodeUnknownQuote)
	}
	if len(s.live) != 2 || len(s.order) != 2 {
		t.Fatalf("kept %d quotes (%d in order), want the 2 live ones", len(s.live), len(s.order))
	}
}

// Quotes the bound drops while they could still be submitted are counted
// and logged (once a minute at most); a quote the bound drops after it
// expired is not.
func TestQuotesForgottenBeforeExpiryAreReported(t *testing.T) {
	s, c := newService(t)
	var logs testlog.Buffer
	s.o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	s.o.MaxQuotes = 3
	req := api.QuoteRequest{From: "USDC@ethereum", To: "USDC@base", Amount: "1000000", Owner: "0x1", Recipient: "0x2"}
	quote := func() {
		t.Helper()
		if _, e := s.Quote(req); e != nil {
			t.Fatal(e)
		}
	}
	warnings := func() int { return strings.Count(logs.String(), "quotes forgotten before they expired") }
	before := testutil.ToFloat64(quotesForgottenEarly)
	for i := 0; i < 5; i++ { // two over the bound, a second apart: both unexpired
		quote()
		c.t = c.t.Add(time.Second)
	}
	if n := s.ForgottenEarly(); n != 2 || warnings() != 1 {
		t.Fatalf("forgotten early %d, %d warnings; want 2 and 1:\n%s", n, warnings(), logs.String())
	}
	if d := testutil.ToFloat64(quotesForgottenEarly) - before; d != 2 {
		t.Fatalf("metric rose by %v, want 2", d)
	}
	quote() // a third, within the minute: counted, not logged again
	if n := s.ForgottenEarly(); n != 3 || warnings() != 1 {
		t.Fatalf("forgotten early %d, %d warnings; want 3 and 1", n, warnings())
	}
	// All three kept have expired (not yet a TTL ago): the bound drops one
	// of them, which no wallet could have submitted any more.
	c.t = c.t.Add(90 * time.Second)
	quote()
	if n := s.ForgottenEarly(); n != 3 || warnings() != 2 || !strings.Contains(logs.String(), "forgotten=1") {
		t.Fatalf("forgotten early %d, %d warnings; want 3 and 2 (the earlier one reported):\n%s", n, warnings(), logs.String())
	}
	if _, e := s.Lookup("q_nope"); e == nil || !strings.Contains(e.Message, "at most its last 3") {
		t.Fatalf("unknown quote: %v", e)
	}
}
