package node

import (
	"encoding/json"
	"testing"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
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
