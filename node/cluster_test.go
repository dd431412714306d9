package node

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// TestQuoteAnswerRoundTrip: a quote another node holds arrives whole (what
// a submit needs: the request, the kept route, the source transaction).
func TestQuoteAnswerRoundTrip(t *testing.T) {
	snap, err := topologies.Load("realistic", 1)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.New(quote.Options{Store: routing.NewStore(snap)})
	if err != nil {
		t.Fatal(err)
	}
	r, e := qs.Quote(api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0xabc"})
	if e != nil {
		t.Fatal(e)
	}
	q, _ := qs.Lookup(r.QuoteID)
	b, _ := json.Marshal(quoteAnswer{Quote: q})
	a, err := decodeQuoteAnswer(b, r.QuoteID)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(a.Quote)
	want, _ := json.Marshal(q)
	if string(got) != string(want) || a.Quote.Answer.Routes[0].AmountIn.Cmp(&q.Answer.Routes[0].AmountIn) != 0 {
		t.Fatalf("quote changed on the wire:\n%s\n%s", got, want)
	}
	for _, bad := range []string{`{"quote":{"ID":"other","Answer":{}}}`, `{"quote":{"ID":"` + r.QuoteID + `"}}`,
		`{"error":{"code":"UNKNOWN_QUOTE","message":"x"}}`, `{"error":{"message":"x"}}`, `{"x":1}`, `{} {}`,
		`{"quote":{"ID":"` + r.QuoteID + `","Answer":{}},"error":{"code":"QUOTE_EXPIRED"}}`} {
		if _, err := decodeQuoteAnswer([]byte(bad), r.QuoteID); err == nil {
			t.Fatalf("accepted %s", bad)
		}
	}
	if a, err := decodeQuoteAnswer([]byte(`{"error":{"code":"QUOTE_EXPIRED","message":"late"}}`), r.QuoteID); err != nil || a.Error.Code != api.CodeQuoteExpired {
		t.Fatalf("expired: %+v %v", a, err)
	}
}

// FuzzQuoteAnswer: another node's answer either decodes into a quote of
// the asked id or a coded error, or is refused; never a panic.
func FuzzQuoteAnswer(f *testing.F) {
	for _, s := range []string{`{}`, `{"quote":{"ID":"q_1","Answer":{"routes":[]}}}`, `{"error":{"code":"QUOTE_EXPIRED"}}`, `{"quote":null}`, `[`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := decodeQuoteAnswer(data, "q_1")
		if err != nil {
			return
		}
		if a.Quote != nil && (a.Quote.ID != "q_1" || a.Quote.Answer == nil || a.Error != nil) {
			t.Fatalf("accepted %+v", a)
		}
	})
}

// TestExpelledNodeStopsServing: a member whose own membership entry
// disappears while it runs (as when a frozen process misses its TTL) has
// been dropped by the others for good: it stops serving the wallet API and
// /readyz says so, until it is restarted.
func TestExpelledNodeStopsServing(t *testing.T) {
	ns, nc := testnats.Start(t)
	dir := t.TempDir()
	c, err := ParseConfig([]byte(fmt.Sprintf("topology: realistic\ndata_dir: %s\nnats: {urls: [%q]}\nhttp: {addr: \"127.0.0.1:0\"}\n"+
		"cluster:\n  membership: {ttl: 2s}\n", dir, ns.ClientURL())), dir)
	if err != nil {
		t.Fatal(err)
	}
	ready := make(chan UpInfo, 1)
	done := make(chan error, 1)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		done <- RunFile(ctx, c, slog.New(slog.NewTextHandler(io.Discard, nil)), func(i UpInfo) { ready <- i })
	}()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("node: %v", err)
		}
	}()
	var info UpInfo
	select {
	case info = <-ready:
	case err := <-done:
		t.Fatalf("node exited: %v", err)
	case <-time.After(30 * time.Second):
		t.Fatal("node not ready")
	}
	readyz := func() int {
		r, err := http.Get(info.Addrs.HTTP + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	cl := api.NewClient(nc)
	qctx, qcancel := context.WithTimeout(ctx, 5*time.Second)
	defer qcancel()
	if _, err := cl.Chains(qctx); err != nil || readyz() != 200 {
		t.Fatalf("before: catalog.chains %v, readyz %d", err, readyz())
	}
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	kv, err := js.KeyValue(ctx, "strait_members")
	if err != nil {
		t.Fatal(err)
	}
	keys, err := kv.Keys(ctx)
	if err != nil || len(keys) != 1 {
		t.Fatalf("members %v %v", keys, err)
	}
	if err := kv.Delete(ctx, keys[0]); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for readyz() != http.StatusServiceUnavailable {
		if time.Now().After(deadline) {
			t.Fatal("an expelled node still says it is ready")
		}
		time.Sleep(50 * time.Millisecond)
	}
	qctx2, qcancel2 := context.WithTimeout(ctx, 2*time.Second)
	defer qcancel2()
	if _, err := cl.Chains(qctx2); err == nil {
		t.Fatal("an expelled node still answers the wallet API")
	}
}
