package api

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"
)

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sampleRoute() Route {
	return Route{RouteHash: "0x" + strings.Repeat("ab", 32), AmountOut: "249964001", MinOut: "248714180", FeeUSD: 0.036, FeeBps: 1.44,
		ScoreUSD: 0.3, ETAP50S: 90, ETAP90S: 180, Success: 0.99,
		Hops: []Hop{{Bridge: "cctp:ethereum->solana:fast", Protocol: "cctp", From: "USDC@ethereum", To: "USDC@solana",
			AmountIn: "250000000", AmountOut: "249974001", Fee: "25999", ETAP50S: 30, ETAP90S: 60, Success: 0.998, Trust: "issuer-attestation"}}}
}

func sampleTransfer() Transfer {
	now := time.Date(2026, 11, 24, 1, 0, 0, 0, time.UTC)
	return Transfer{ID: "tr_1", QuoteID: "q_1", ClientRef: "wallet-42", Owner: "0xabc", Recipient: "osmo1xyz", RefundAddress: "0xabc",
		From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", MinOut: "248714180", Status: StatusPending, Substatus: SubHopInFlight,
		Hops:     []HopProgress{{Index: 0, Bridge: "cctp:ethereum->solana:fast", From: "USDC@ethereum", To: "USDC@solana", State: "in_flight", Attempt: 1, SourceTx: "0x01"}},
		SourceTx: "0x02", Seq: 4, CreatedAt: now, UpdatedAt: now, Deadline: now.Add(time.Hour)}
}

// refundedTransfer is a transfer with every optional field set: refunded
// after its wallet asked to cancel.
func refundedTransfer() Transfer {
	t := sampleTransfer()
	t.ID, t.Status, t.Substatus, t.AmountOut = "tr_2", StatusDone, SubRefunded, "0"
	t.Refund = &Refund{Asset: "USDC@solana", Amount: "249000000", Tx: "0x03"}
	t.CancelRequested = true
	t.Hops[0].State, t.Hops[0].DestTx = "failed", "0x04"
	return t
}

// TestRepliesMatchTheirSchemas marshals every reply type the service sends
// and checks it against its published schema.
func TestRepliesMatchTheirSchemas(t *testing.T) {
	hop := 0
	cases := map[string]any{
		SchemaQuoteReply: QuoteReply{QuoteID: "q_1", ExpiresAt: time.Now().UTC(), From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000",
			Preset: "recommended", Routes: []Route{sampleRoute()}, Split: []SplitPart{{Share: "1", Route: sampleRoute()}}, Why: []string{"because"},
			SourceTx: &UnsignedTx{Chain: "devnet-evm-a", ChainID: "31337", From: "0xabc", To: "0xdef", Data: "0x1234", Value: "0", Nonce: "7", GasLimit: "210000",
				Approvals: []UnsignedTx{{Chain: "devnet-evm-a", ChainID: "31337", From: "0xabc", To: "0xtoken", Data: "0x", Value: "0"}}}},
		SchemaTransfer:                 sampleTransfer(),
		SchemaTransfer + " (refunded)": refundedTransfer(),
		SchemaListReply:                ListReply{Transfers: []Transfer{sampleTransfer(), refundedTransfer()}, Next: "c1"},
		SchemaChainsReply:              ChainsReply{Chains: []Chain{{ID: "devnet-evm-a", Kind: "evm", ChainID: "31337", BlockTimeS: 1, FinalityS: 2, Health: "ok"}}},
		SchemaBridgesReply:             BridgesReply{Bridges: []Bridge{{ID: "b", Protocol: "strait-lockmint", From: "USDC@a", To: "USDC@b", Status: "open", Trust: "committee", ETAP50S: 3, ETAP90S: 6, Success: 0.99}}},
		SchemaEvent:                    StatusEvent{TransferID: "tr_1", Seq: 1, Type: "HopStarted", Status: StatusPending, Substatus: SubHopInFlight, Hop: &hop, Attempt: 1, At: time.Now().UTC()},
		SchemaError:                    ErrorReply{Error: Errorf(CodeNoRoute, "", "no route")},
	}
	for name, v := range cases {
		if e := Validate(strings.Fields(name)[0], mustJSON(t, v)); e != nil {
			t.Errorf("%s: %v\n%s", name, e, mustJSON(t, v))
		}
	}
	// And a reply that breaks its schema is caught.
	bad := sampleTransfer()
	bad.Substatus = "SOMEWHERE"
	if e := Validate(SchemaTransfer, mustJSON(t, bad)); e == nil || e.Code != CodeBadRequest || e.Field != "substatus" {
		t.Fatalf("bad substatus: %v", e)
	}
}

func TestRequestsDecodeOrGetCodedErrors(t *testing.T) {
	ok := `{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"250000000","owner":"0xabc","recipient":"osmo1xyz","preset":"fastest","constraints":{"max_hops":3,"deny_bridges":["wormhole"]}}`
	var q QuoteRequest
	if e := Decode(SchemaQuoteRequest, []byte(ok), &q); e != nil {
		t.Fatal(e)
	}
	if q.Constraints == nil || *q.Constraints.MaxHops != 3 || q.Amount != "250000000" {
		t.Fatalf("decoded %+v", q)
	}
	cases := []struct {
		name, schema, body string
		code               Code
		field              string
	}{
		{"not json", SchemaQuoteRequest, `{"from":`, CodeInvalidJSON, ""},
		{"trailing", SchemaQuoteRequest, ok + `{}`, CodeInvalidJSON, ""},
		{"number amount", SchemaQuoteRequest, strings.Replace(ok, `"250000000"`, `250000000`, 1), CodeBadRequest, "amount"},
		{"negative amount", SchemaQuoteRequest, strings.Replace(ok, `"250000000"`, `"-1"`, 1), CodeBadRequest, "amount"},
		{"fractional amount", SchemaQuoteRequest, strings.Replace(ok, `"250000000"`, `"1.5"`, 1), CodeBadRequest, "amount"},
		{"79-digit amount", SchemaQuoteRequest, strings.Replace(ok, `"250000000"`, `"`+strings.Repeat("9", 79)+`"`, 1), CodeBadRequest, "amount"},
		{"unknown field", SchemaQuoteRequest, strings.Replace(ok, `"preset"`, `"colour":"red","preset"`, 1), CodeBadRequest, ""},
		{"bad asset", SchemaQuoteRequest, strings.Replace(ok, `"USDC@ethereum"`, `"USDC"`, 1), CodeBadRequest, "from"},
		{"missing owner", SchemaQuoteRequest, strings.Replace(ok, `"owner":"0xabc",`, ``, 1), CodeBadRequest, ""},
		{"wrong type", SchemaQuoteRequest, strings.Replace(ok, `"max_hops":3`, `"max_hops":"3"`, 1), CodeBadRequest, "constraints.max_hops"},
		{"hops out of range", SchemaQuoteRequest, strings.Replace(ok, `"max_hops":3`, `"max_hops":99`, 1), CodeBadRequest, "constraints.max_hops"},
		{"unknown preset", SchemaQuoteRequest, strings.Replace(ok, `"fastest"`, `"yolo"`, 1), CodeBadRequest, "preset"},
		{"oversized", SchemaQuoteRequest, `{"from":"` + strings.Repeat("x", MaxMessageBytes) + `"}`, CodeTooLarge, ""},
		{"submit with neither tx", SchemaSubmitRequest, `{"quote_id":"q","client_ref":"c"}`, CodeBadRequest, ""},
		{"submit with both", SchemaSubmitRequest, `{"quote_id":"q","client_ref":"c","signed_tx":"0x01","tx_hash":"0x` + strings.Repeat("0", 64) + `"}`, CodeBadRequest, ""},
		{"submit bad hex", SchemaSubmitRequest, `{"quote_id":"q","client_ref":"c","signed_tx":"0xzz"}`, CodeBadRequest, "signed_tx"},
		{"get empty id", SchemaGetRequest, `{"id":""}`, CodeBadRequest, "id"},
		{"list limit", SchemaListRequest, `{"owner":"0xabc","limit":100000}`, CodeBadRequest, "limit"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var v map[string]any
			e := Decode(c.schema, []byte(c.body), &v)
			if e == nil {
				t.Fatalf("accepted %s", c.body)
			}
			if e.Code != c.code || (c.field != "" && e.Field != c.field) {
				t.Fatalf("got %v (field %q), want %s field %q", e, e.Field, c.code, c.field)
			}
			if v != nil {
				t.Fatalf("decoded despite the error: %v", v)
			}
		})
	}
	var s SubmitRequest
	if e := Decode(SchemaSubmitRequest, []byte(`{"quote_id":"q","client_ref":"c","tx_hash":"0x`+strings.Repeat("a", 64)+`"}`), &s); e != nil || s.TxHash == "" {
		t.Fatalf("submit by hash: %v %+v", e, s)
	}
}

func TestEveryCodeIsDocumented(t *testing.T) {
	for _, c := range []Code{CodeInvalidJSON, CodeBadRequest, CodeTooLarge, CodeUnknownChain, CodeUnknownAsset, CodeBadAmount, CodeSameAsset,
		CodeNoRoute, CodeBadConstraints, CodeUnknownPreset, CodeQuoteExpired, CodeUnknownQuote, CodeTxMismatch, CodeTxReplayed, CodeBadSignature,
		CodeNotFound, CodeNotCancellable, CodeClientRefReused, CodeNotSubmittable, CodeUnavailable, CodeInternal} {
		if Codes[c] == "" {
			t.Errorf("code %s has no entry in Codes", c)
		}
	}
	// The wallet developer's table (docs/api.md) lists every code too.
	doc, err := os.ReadFile("../docs/api.md")
	if err != nil {
		t.Fatal(err)
	}
	for c := range Codes {
		if !strings.Contains(string(doc), "| `"+string(c)+"` |") {
			t.Errorf("code %s is not in docs/api.md's table", c)
		}
	}
}

func FuzzDecodeQuoteRequest(f *testing.F) {
	f.Add([]byte(`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"1","owner":"0x1","recipient":"o"}`))
	f.Add([]byte(`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"max_hops":2,"min_success":0.5}}`))
	f.Add([]byte(`[1,2,3]`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var q QuoteRequest
		if e := Decode(SchemaQuoteRequest, body, &q); e != nil {
			if Codes[e.Code] == "" {
				t.Fatalf("undocumented code %s", e.Code)
			}
			return
		}
		if q.From == "" || q.Amount == "" {
			t.Fatalf("accepted without required fields: %q", body)
		}
	})
}

// Every pattern of a request schema has words for it: an amount of "1.5"
// is answered with what an amount is, not with a regular expression.
func TestEveryPatternHasAHint(t *testing.T) {
	entries, err := schemaFS.ReadDir("schemas")
	if err != nil {
		t.Fatal(err)
	}
	var walk func(v any)
	seen := 0
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if p, ok := x["pattern"].(string); ok {
				seen++
				if _, ok := patternHints[p]; !ok {
					t.Errorf("pattern %q has no hint", p)
				}
			}
			for _, c := range x {
				walk(c)
			}
		case []any:
			for _, c := range x {
				walk(c)
			}
		}
	}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".request.json") {
			continue // replies: written by the node, never a wallet's mistake
		}
		b, err := schemaFS.ReadFile("schemas/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		walk(v)
	}
	if seen == 0 {
		t.Fatal("no patterns found")
	}
	for body, want := range map[string]string{
		`{"from":"USDC@a","to":"USDC@b","amount":"1.5","owner":"0x1","recipient":"0x1"}`:      `"1.5" is not a whole number of base units`,
		`{"from":"USDC@a","to":"USDC@b","amount":"-5","owner":"0x1","recipient":"0x1"}`:       `"-5" is not a whole number of base units`,
		`{"from":"USDC","to":"USDC@b","amount":"5","owner":"0x1","recipient":"0x1"}`:          `"USDC" is not an asset id SYMBOL@chain`,
		`{"from":"USDC@a","to":"USDC@b","amount":"250 USDC","owner":"0x1","recipient":"0x1"}`: `"250 USDC" is not a whole number`,
	} {
		var q QuoteRequest
		e := Decode(SchemaQuoteRequest, []byte(body), &q)
		if e == nil || e.Code != CodeBadRequest || !strings.Contains(e.Message, want) {
			t.Errorf("%s: %v, want BAD_REQUEST saying %q", body, e, want)
		}
	}
}
