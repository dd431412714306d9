package walletapi

import (
	"encoding/json"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/nats-io/nats.go/micro"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// captured is a request answered in memory: the handler's whole path
// (decode, backend, encode) without NATS.
type captured struct {
	data  []byte
	reply []byte
	code  string
}

func (c *captured) Respond(b []byte, _ ...micro.RespondOpt) error {
	c.reply = append(c.reply[:0], b...)
	return nil
}
func (c *captured) RespondJSON(v any, _ ...micro.RespondOpt) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return c.Respond(b)
}
func (c *captured) Error(code, _ string, b []byte, _ ...micro.RespondOpt) error {
	c.code = code
	return c.Respond(b)
}
func (c *captured) Data() []byte           { return c.data }
func (c *captured) Headers() micro.Headers { return nil }
func (c *captured) Subject() string        { return api.SubjectQuote }
func (c *captured) Reply() string          { return "_INBOX.x" }

// benchBodies draws quote requests between assets that have a route, the
// way `strait bench e2e` does (random pairs, amounts from $10 to $100k).
func benchBodies(tb testing.TB, s *routing.Snapshot, n int) [][]byte {
	rng := rand.New(rand.NewPCG(1, 99))
	var out [][]byte
	for tries := 0; len(out) < n && tries < 50*n; tries++ {
		a, b := int32(rng.IntN(len(s.Assets))), int32(rng.IntN(len(s.Assets)))
		if a == b {
			continue
		}
		amt := s.UnitsForUSD(a, math.Pow(10, 1+rng.Float64()*4))
		if amt.IsZero() {
			continue
		}
		req := routing.Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: amt}
		if _, err := s.Route(req); err != nil {
			continue
		}
		body, _ := json.Marshal(api.QuoteRequest{From: req.From, To: req.To, Amount: amt.Dec(), Owner: "0x0000000000000000000000000000000000000001", Recipient: "0x0000000000000000000000000000000000000002"})
		out = append(out, body)
	}
	if len(out) < n {
		tb.Fatalf("only %d routable pairs", len(out))
	}
	return out
}

// BenchmarkQuoteHandler is one quote through the endpoint's handler as a
// node serves it: schema check and decode, route search, the reply written
// straight from the router's answer (quote.Service.AppendQuote).
func BenchmarkQuoteHandler(b *testing.B) {
	benchQuoteHandler(b, func(h *handlers, qs *quote.Service) handler {
		return appending(h, api.SchemaQuoteRequest, qs.AppendQuote)
	})
}

// BenchmarkQuoteHandlerTyped is the same through quote.Service.Quote: the
// reply's Route and Hop values built, then encoded.
func BenchmarkQuoteHandlerTyped(b *testing.B) {
	benchQuoteHandler(b, func(h *handlers, qs *quote.Service) handler {
		return endpoint(h, api.SchemaQuoteRequest, qs.Quote)
	})
}

func benchQuoteHandler(b *testing.B, fnOf func(*handlers, *quote.Service) handler) {
	snap, err := topologies.Realistic()
	if err != nil {
		b.Fatal(err)
	}
	// (Its 10,000 quotes are forgotten before they expire, by design: the
	// warning about that would be printed among the results.)
	discard := slog.New(slog.NewTextHandler(io.Discard, nil))
	qs, err := quote.New(quote.Options{Store: routing.NewStore(snap), MaxQuotes: 10_000, Logger: discard})
	if err != nil {
		b.Fatal(err)
	}
	h := &handlers{b: &quoteOnly{q: qs}, log: discard}
	fn := measured("quote", fnOf(h, qs))
	bodies := benchBodies(b, snap, 512)
	req := &captured{}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		req.data, req.code = bodies[i%len(bodies)], ""
		fn(req)
		if req.code != "" {
			b.Fatalf("error %s: %s", req.code, req.reply)
		}
	}
}
