package walletapi

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// quoteOnly is a backend with a real quote service and nothing else yet.
type quoteOnly struct {
	q     *quote.Service
	calls int
}

func (b *quoteOnly) Quote(r api.QuoteRequest) (*api.QuoteReply, *api.Error) {
	b.calls++
	return b.q.Quote(r)
}
func (b *quoteOnly) Submit(api.SubmitRequest) (*api.Transfer, *api.Error) {
	b.calls++
	return nil, api.Errorf(api.CodeUnavailable, "", "transfers are not served by this test backend")
}
func (b *quoteOnly) Get(id string) (*api.Transfer, *api.Error) {
	b.calls++
	return nil, api.Errorf(api.CodeNotFound, "id", "no transfer %q", id)
}
func (b *quoteOnly) List(api.ListRequest) (*api.ListReply, *api.Error) {
	return &api.ListReply{Transfers: []api.Transfer{}}, nil
}
func (b *quoteOnly) Cancel(id string) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeNotFound, "id", "no transfer %q", id)
}
func (b *quoteOnly) Chains() (*api.ChainsReply, *api.Error) {
	return &api.ChainsReply{Chains: []api.Chain{{ID: "ethereum", Kind: "evm", BlockTimeS: 12, FinalityS: 1140, Health: "ok"}}}, nil
}
func (b *quoteOnly) Bridges() (*api.BridgesReply, *api.Error) {
	return &api.BridgesReply{Bridges: []api.Bridge{}}, nil
}

// realisticQuotes is a quote service over the realistic topology.
func realisticQuotes(t *testing.T) *quote.Service {
	t.Helper()
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.New(quote.Options{Store: routing.NewStore(snap)})
	if err != nil {
		t.Fatal(err)
	}
	return qs
}

func setup(t *testing.T) (*api.Client, *quoteOnly, micro.Service) {
	t.Helper()
	_, nc := testnats.Start(t)
	b := &quoteOnly{q: realisticQuotes(t)}
	svc, err := Serve(nc, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = svc.Stop() })
	return api.NewClient(nc), b, svc
}

func TestQuoteOverNATS(t *testing.T) {
	okBefore := testutil.ToFloat64(apiRequests.WithLabelValues("quote", "OK"))
	badBefore := testutil.ToFloat64(apiRequests.WithLabelValues("quote", string(api.CodeInvalidJSON)))
	c, _, svc := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0xabc", Recipient: "osmo1x"})
	if err != nil {
		t.Fatal(err)
	}
	if r.QuoteID == "" || len(r.Routes) == 0 {
		t.Fatalf("reply %+v", r)
	}
	ch, err := c.Chains(ctx)
	if err != nil || len(ch.Chains) != 1 {
		t.Fatalf("chains %v %v", ch, err)
	}
	if info := svc.Info(); info.Name != "strait" || len(info.Endpoints) != 7 {
		t.Fatalf("service info %+v", info)
	}
	if _, err := c.Conn().RequestWithContext(ctx, api.SubjectQuote, []byte("{")); err != nil {
		t.Fatal(err)
	}
	// The metrics count each reply once, by its result. (A reply is
	// counted after it was sent: the count may trail the reply a moment.)
	counted := func(code string, before float64) float64 {
		deadline := time.Now().Add(5 * time.Second)
		for {
			got := testutil.ToFloat64(apiRequests.WithLabelValues("quote", code)) - before
			if got >= 1 || time.Now().After(deadline) {
				return got
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	if got := counted("OK", okBefore); got != 1 {
		t.Errorf("quote OK counted %v times, want 1", got)
	}
	if got := counted(string(api.CodeInvalidJSON), badBefore); got != 1 {
		t.Errorf("quote %s counted %v times, want 1", api.CodeInvalidJSON, got)
	}
}

// A quote lists the routes no listed route beats in every figure, and
// says how many it left out; all_routes lists them too, in the router's
// order, the same routes around them.
func TestQuoteLeavesOutDominatedRoutesUnlessAskedForAll(t *testing.T) {
	c, _, _ := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	seen := 0
	for _, p := range [][2]string{{"USDC@ethereum", "USDC@osmosis"}, {"USDC@ethereum", "USDC@base"}, {"USDC@arbitrum", "USDC@solana"}, {"USDT@ethereum", "USDC@polygon"}} {
		req := api.QuoteRequest{From: p[0], To: p[1], Amount: "250000000", Owner: "0xabc", Recipient: "r"}
		some, err := c.Quote(ctx, req)
		if err != nil {
			t.Fatalf("%v: %v", p, err)
		}
		req.AllRoutes = true
		all, err := c.Quote(ctx, req)
		if err != nil {
			t.Fatalf("%v, all routes: %v", p, err)
		}
		if all.DominatedRoutes != 0 || len(all.Routes) != len(some.Routes)+some.DominatedRoutes {
			t.Fatalf("%v: %d routes and %d left out, all routes: %d and %d left out", p, len(some.Routes), some.DominatedRoutes, len(all.Routes), all.DominatedRoutes)
		}
		// The listed routes are the all-routes list less the left out, in order.
		j := 0
		for _, r := range all.Routes {
			if j < len(some.Routes) && r.RouteHash == some.Routes[j].RouteHash {
				j++
			}
		}
		if j != len(some.Routes) || some.Routes[0].RouteHash != all.Routes[0].RouteHash {
			t.Fatalf("%v: listed routes are not the all-routes list less some", p)
		}
		seen += some.DominatedRoutes
	}
	if seen == 0 {
		t.Fatal("no quote left a route out: the test shows nothing")
	}
}

func TestBadInputGetsCodedErrorsAndReachesNoBackend(t *testing.T) {
	c, b, _ := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	nc := c.Conn()
	cases := []struct {
		name, subject string
		body          []byte
		code          api.Code
	}{
		{"malformed", api.SubjectQuote, []byte(`{"from":`), api.CodeInvalidJSON},
		{"wrong type", api.SubjectQuote, []byte(`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":5,"owner":"0x1","recipient":"r"}`), api.CodeBadRequest},
		{"all_routes not a boolean", api.SubjectQuote, []byte(`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"5","owner":"0x1","recipient":"r","all_routes":"yes"}`), api.CodeBadRequest},
		{"oversized", api.SubjectQuote, []byte(`{"from":"` + strings.Repeat("x", api.MaxMessageBytes) + `"}`), api.CodeTooLarge},
		{"submit without tx", api.SubjectSubmit, []byte(`{"quote_id":"q","client_ref":"c"}`), api.CodeBadRequest},
		{"get with unknown field", api.SubjectGet, []byte(`{"id":"x","extra":1}`), api.CodeBadRequest},
	}
	for _, tc := range cases {
		before := b.calls
		msg, err := nc.RequestWithContext(ctx, tc.subject, tc.body)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if got := api.Code(msg.Header.Get("Nats-Service-Error-Code")); got != tc.code {
			t.Errorf("%s: code %q, want %s (%s)", tc.name, got, tc.code, msg.Data)
		}
		if e := api.Validate(api.SchemaError, msg.Data); e != nil {
			t.Errorf("%s: error body breaks the schema: %v", tc.name, e)
		}
		if b.calls != before {
			t.Errorf("%s: bad input reached the backend", tc.name)
		}
	}
	// The client surfaces the service's coded error.
	_, err := c.Get(ctx, "tr_missing")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeNotFound {
		t.Fatalf("get missing: %v", err)
	}
	_, err = c.Quote(ctx, api.QuoteRequest{From: "DOGE@moon", To: "USDC@osmosis", Amount: "1", Owner: "0x1", Recipient: "r"})
	if !errors.As(err, &ae) || ae.Code != api.CodeUnknownAsset {
		t.Fatalf("unknown asset: %v", err)
	}
}

// gate is a backend whose catalog calls wait until released.
type gate struct {
	quoteOnly
	arrived chan struct{}
	release chan struct{}
}

func (g *gate) Chains() (*api.ChainsReply, *api.Error) {
	g.arrived <- struct{}{}
	<-g.release
	return &api.ChainsReply{Chains: []api.Chain{}}, nil
}

// One node answers parallel(true) requests of an endpoint at once (a slow
// one holds up neither the others nor another endpoint), and Stop leaves
// none of its subscriptions behind.
func TestEndpointsAnswerInParallelAndStopUnsubscribes(t *testing.T) {
	_, nc := testnats.Start(t)
	// A first request makes the connection's reply subscription, which
	// stays; count the subscriptions after it.
	_, _ = nc.Request("nobody.listens", nil, time.Second)
	before := nc.NumSubscriptions()
	n := parallel(true)
	g := &gate{arrived: make(chan struct{}, n), release: make(chan struct{})}
	svc, err := Serve(nc, g, nil)
	if err != nil {
		t.Fatal(err)
	}
	c := api.NewClient(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	errs := make(chan error, n)
	for i := 0; i < n; i++ {
		go func() { _, err := c.Chains(ctx); errs <- err }()
	}
	// The requests land on the subscriptions at random, so some
	// subscription may hold two while another is idle; wait for as many as
	// are in progress to be most of them, then for another endpoint.
	inFlight := 0
	deadline := time.After(10 * time.Second)
	for inFlight < n/2 {
		select {
		case <-g.arrived:
			inFlight++
		case <-deadline:
			t.Fatalf("only %d of %d chains requests in progress at once", inFlight, n)
		}
	}
	var ae *api.Error
	if _, err := c.Get(ctx, "t_nope"); !errors.As(err, &ae) || ae.Code != api.CodeNotFound {
		t.Fatalf("get while the catalog is busy: %v, want %s", err, api.CodeNotFound)
	}
	close(g.release)
	for i := 0; i < n; i++ {
		if err := <-errs; err != nil {
			t.Fatalf("chains: %v", err)
		}
	}
	if err := svc.Stop(); err != nil {
		t.Fatal(err)
	}
	deadline = time.After(5 * time.Second)
	for nc.NumSubscriptions() != before {
		select {
		case <-deadline:
			t.Fatalf("%d subscriptions after Stop, %d before Serve", nc.NumSubscriptions(), before)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// computeOnly is a backend whose quotes say they never wait.
type computeOnly struct{ quoteOnly }

func (computeOnly) QuotesOnlyCompute() bool { return true }

// A backend whose quotes only compute is answered on one quote
// subscription per core (at least two); any other on four per core, as
// every other endpoint is.
func TestQuoteSubscriptionsFollowWhetherQuotesWait(t *testing.T) {
	_, nc := testnats.Start(t)
	_, _ = nc.Request("nobody.listens", nil, time.Second)
	count := func(b Backend) int {
		before := nc.NumSubscriptions()
		svc, err := Serve(nc, b, nil)
		if err != nil {
			t.Fatal(err)
		}
		n := nc.NumSubscriptions() - before
		if err := svc.Stop(); err != nil {
			t.Fatal(err)
		}
		// Stop drains: wait until every subscription is gone.
		for deadline := time.Now().Add(5 * time.Second); nc.NumSubscriptions() != before; time.Sleep(5 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%d subscriptions after Stop, %d before Serve", nc.NumSubscriptions(), before)
			}
		}
		return n
	}
	waiting, computing := count(&quoteOnly{}), count(&computeOnly{})
	if got, want := waiting-computing, parallel(true)-parallel(false); got != want || want <= 0 {
		t.Fatalf("a compute-only backend has %d fewer subscriptions, want %d (> 0)", got, want)
	}
	if parallel(false) < 2 {
		t.Fatalf("parallel(false) = %d, want at least 2", parallel(false))
	}
}

// appendingQuotes is a backend that writes its quote replies itself.
type appendingQuotes struct{ quoteOnly }

func (b *appendingQuotes) AppendQuote(buf []byte, r api.QuoteRequest) ([]byte, *api.Error) {
	b.calls++
	return b.q.AppendQuote(buf, r)
}

// A backend that writes its quote replies itself answers through
// AppendQuote: the replies decode and meet their schema, and its errors
// are coded errors.
func TestQuoteAppenderAnswersQuotes(t *testing.T) {
	_, nc := testnats.Start(t)
	qs := realisticQuotes(t)
	b := &appendingQuotes{quoteOnly{q: qs}}
	svc, err := Serve(nc, b, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	msg, err := nc.RequestWithContext(ctx, api.SubjectQuote, []byte(`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"250000000","owner":"0xabc","recipient":"osmo1x"}`))
	if err != nil {
		t.Fatal(err)
	}
	if e := api.Validate(api.SchemaQuoteReply, msg.Data); e != nil {
		t.Fatalf("reply breaks its schema: %v\n%s", e, msg.Data)
	}
	var r api.QuoteReply
	if err := json.Unmarshal(msg.Data, &r); err != nil || r.QuoteID == "" || len(r.Routes) == 0 || b.calls != 1 {
		t.Fatalf("reply %s (%v), %d backend calls", msg.Data, err, b.calls)
	}
	if _, e := qs.Lookup(r.QuoteID); e != nil {
		t.Fatalf("the quote was not kept: %v", e)
	}
	var ae *api.Error
	_, err = api.NewClient(nc).Quote(ctx, api.QuoteRequest{From: "USDC@ethereum", To: "USDC@nowhere", Amount: "1", Owner: "0xabc", Recipient: "0xdef"})
	if !errors.As(err, &ae) || ae.Code != api.CodeUnknownAsset {
		t.Fatalf("unknown asset: %v", err)
	}
}

// failingQuotes writes its first quote reply, then fails the next one as a
// reply that cannot be encoded does (an internal error).
type failingQuotes struct {
	quoteOnly
	n atomic.Int32 // (requests are answered on several goroutines)
}

func (b *failingQuotes) AppendQuote(buf []byte, r api.QuoteRequest) ([]byte, *api.Error) {
	if b.n.Add(1) == 2 {
		return buf, api.Errorf(api.CodeInternal, "", "encode quote: route \"fee_usd\": unsupported value: NaN")
	}
	return b.q.AppendQuote(buf, r)
}

// A quote whose reply cannot be written answers INTERNAL (body and
// header), is logged as an internal error and counted; the next quote's
// reply is whole (the recycled buffer keeps nothing of the failed one).
func TestQuoteAppenderFailureIsAnInternalError(t *testing.T) {
	_, nc := testnats.Start(t)
	var logs testlog.Buffer
	b := &failingQuotes{quoteOnly: quoteOnly{q: realisticQuotes(t)}}
	svc, err := Serve(nc, b, slog.New(slog.NewJSONHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	body := []byte(`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"250000000","owner":"0xabc","recipient":"osmo1x"}`)
	internal := testutil.ToFloat64(apiRequests.WithLabelValues("quote", string(api.CodeInternal)))
	var replies [3]*nats.Msg
	for i := range replies {
		if replies[i], err = nc.RequestWithContext(ctx, api.SubjectQuote, body); err != nil {
			t.Fatal(err)
		}
	}
	for _, i := range []int{0, 2} {
		if e := api.Validate(api.SchemaQuoteReply, replies[i].Data); e != nil {
			t.Fatalf("reply %d breaks its schema: %v\n%s", i, e, replies[i].Data)
		}
	}
	m := replies[1]
	if got := m.Header.Get(micro.ErrorCodeHeader); got != string(api.CodeInternal) {
		t.Fatalf("error header %q, want %s", got, api.CodeInternal)
	}
	var er api.ErrorReply
	if err := json.Unmarshal(m.Data, &er); err != nil || er.Error == nil || er.Error.Code != api.CodeInternal || !strings.Contains(er.Error.Message, "encode quote") {
		t.Fatalf("error reply %s (%v)", m.Data, err)
	}
	if got := testutil.ToFloat64(apiRequests.WithLabelValues("quote", string(api.CodeInternal))) - internal; got != 1 {
		t.Fatalf("INTERNAL quotes counted %v, want 1", got)
	}
	if !strings.Contains(logs.String(), `"msg":"internal error"`) || !strings.Contains(logs.String(), "encode quote") {
		t.Fatalf("the internal error was not logged: %s", logs.String())
	}
}
