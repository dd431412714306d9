package api

import (
	"reflect"
	"strings"
	"testing"
)

var quoteBodies = []string{
	`{"from":"USDC@ethereum","to":"USDC@osmosis","amount":"250000000","owner":"0xabc","recipient":"osmo1xyz"}`,
	` { "from" : "USDC@ethereum" ,"to":"ATOM@cosmoshub-4","amount":"1","owner":"0x1","recipient":"r","refund_address":"0x2","preset":"fastest","k":50 ,"all_routes": true} ` + "\n",
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"max_hops":8,"deny_bridges":["wormhole"],"allow_bridges":[],"prefer_bridges":["a","b"],"slippage_bps":9999,"max_fee_bps":1}}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{}}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"min_success":0.5,"max_eta_s":10}}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","k":3.0}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","k":1e1}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","k":0}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","k":-0}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","from":"e@f"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","preset":null}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":false}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":"true"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":1}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":null}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":tru}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":truee}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","all_routes":true,"all_routes":false}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"\u0078","recipient":"y"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"é","recipient":"y"}`,
	`{"from":"a b@c","to":"c@d","amount":"1","owner":"x","recipient":"y"}`,
	`{"from":"a@-b","to":"c@d","amount":"1","owner":"x","recipient":"y"}`,
	`{"from":"a@b-","to":"c@d","amount":"1","owner":"x","recipient":"y"}`,
	`{"from":"@b","to":"c@d","amount":"1","owner":"x","recipient":"y"}`,
	`{"from":"a@b@c","to":"c@d","amount":"1","owner":"x","recipient":"y"}`,
	`{"from":"a@b","to":"c@d","amount":"01","owner":"x","recipient":"y"}`,
	`{"from":"a@b","to":"c@d","amount":"","owner":"x","recipient":"y"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"","recipient":"y"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y"}{}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y",}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","colour":"red"}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"max_hops":9}}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"deny_bridges":[""]}}`,
	`{"from":"a@b","to":"c@d","amount":"1","owner":"x","recipient":"y","constraints":{"deny_bridges":["x",]}}`,
	`[1,2,3]`,
	`{}`,
	``,
}

// TestQuoteDecodePathsAgree checks the one-pass decoder against the schema
// path on bodies near the edges of the schema: whatever it accepts, the
// schema path accepts with the same value.
func TestQuoteDecodePathsAgree(t *testing.T) {
	fast := 0
	for _, b := range quoteBodies {
		if checkQuotePaths(t, []byte(b)) {
			fast++
		}
	}
	// The ordinary bodies (the first four) must take the one-pass path.
	if fast < 4 {
		t.Fatalf("only %d bodies took the one-pass path", fast)
	}
	for _, b := range quoteBodies[:4] {
		var q QuoteRequest
		if !decodeQuoteRequest([]byte(b), &q) {
			t.Errorf("ordinary body left to the schema path: %s", b)
		}
	}
	// A long asset id or owner is the schema's to refuse.
	long := `{"from":"` + strings.Repeat("x", 65) + `@b","to":"c@d","amount":"1","owner":"x","recipient":"y"}`
	if checkQuotePaths(t, []byte(long)) {
		t.Fatal("accepted a 65-character symbol")
	}
}

// checkQuotePaths fails t if the one-pass decoder accepts body while the
// schema path refuses it or decodes another value; it reports whether the
// one-pass decoder accepted.
func checkQuotePaths(t *testing.T, body []byte) bool {
	t.Helper()
	var fast QuoteRequest
	if !decodeQuoteRequest(body, &fast) {
		if !reflect.DeepEqual(fast, QuoteRequest{}) {
			t.Fatalf("refused %q but changed the target: %+v", body, fast)
		}
		return false
	}
	var slow QuoteRequest
	if e := decodeSchema(SchemaQuoteRequest, body, &slow); e != nil {
		t.Fatalf("one-pass accepted %q, the schema path says %v", body, e)
	}
	if !reflect.DeepEqual(fast, slow) {
		t.Fatalf("%q decodes differently:\none-pass %+v\nschema   %+v", body, fast, slow)
	}
	return true
}

func FuzzQuoteDecodePaths(f *testing.F) {
	for _, b := range quoteBodies {
		f.Add([]byte(b))
	}
	f.Fuzz(func(t *testing.T, body []byte) { checkQuotePaths(t, body) })
}
