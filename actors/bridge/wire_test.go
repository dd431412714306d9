package bridge

import (
	"errors"
	"math/big"
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/routing"
)

func sampleBridgeFigures() *Figures {
	st := State{Bridge: "lm:a->b", Paused: true, PauseKnown: true, ReadErrors: 1, LastReadErr: "boom",
		Latencies: []float64{1, 2.5}, Successes: 3, Failures: 1, Consecutive: 1, OutcomeSeq: 42,
		OpenUntil: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Updated: time.Date(2026, 1, 2, 3, 4, 0, 0, time.UTC),
		published: &Published{Status: routing.StatusPaused, Latency: routing.Latency{P50: 2, P90: 2.5},
			Learned: routing.Beta{Alpha: 3, Beta: 1.5, At: 1.7e9}, Available: big.NewInt(700_000_000)}}
	return &Figures{Kind: KindBridge, ID: "lm:a->b", Epoch: 3, Seq: 9, Owner: "m1", Bridge: st.toWire()}
}

func sampleChainFigures() *Figures {
	return &Figures{Kind: KindChain, ID: "osmosis-1", Epoch: 1, Seq: 1, Owner: "m2",
		Chain: &ChainState{Chain: "osmosis-1", Height: 10, Final: 8, Health: HealthOK, SeenAt: time.Unix(5, 0).UTC()}}
}

// TestFiguresRoundTrip: a publication decodes to what was sent, and the
// bridge state a new owner rebuilds from it carries the same figures.
func TestFiguresRoundTrip(t *testing.T) {
	for _, f := range []*Figures{sampleBridgeFigures(), sampleChainFigures()} {
		b, err := EncodeFigures(f)
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeFigures("c", FiguresSubject("c", f.Kind, f.ID), b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, f) {
			t.Fatalf("round trip:\n%+v\n%+v", got, f)
		}
		if _, err := DecodeFigures("c", FiguresSubject("other", f.Kind, f.ID), b); err == nil {
			t.Fatal("accepted a publication on another cluster's subject")
		}
	}
	f := sampleBridgeFigures()
	st := f.Bridge.state(State{Bridge: "lm:a->b", Edges: []string{"e1"}})
	if st.published.Status != routing.StatusPaused || st.published.Available.Int64() != 700_000_000 || st.Successes != 3 ||
		st.published.Latency.P50 != 2 || st.Learned.Alpha != 3 || st.OutcomeSeq != 42 || len(st.Edges) != 1 || !st.OpenUntil.Equal(f.Bridge.OpenUntil) {
		t.Fatalf("rebuilt state %+v (published %+v)", st, st.published)
	}
}

// TestFiguresRejectsBadInput: every malformed publication is refused with
// the package's code.
func TestFiguresRejectsBadInput(t *testing.T) {
	good, _ := EncodeFigures(sampleBridgeFigures())
	subj := FiguresSubject("c", KindBridge, "lm:a->b")
	swap := func(old, new string) []byte { return []byte(strings.Replace(string(good), old, new, 1)) }
	cases := map[string][]byte{
		"not json":       []byte("{"),
		"trailing":       append(append([]byte{}, good...), []byte(" {}")...),
		"unknown field":  swap(`"v":1`, `"v":1,"x":2`),
		"version":        swap(`"v":1`, `"v":2`),
		"kind":           swap(`"kind":"bridge"`, `"kind":"pool"`),
		"epoch 0":        swap(`"epoch":3`, `"epoch":0`),
		"seq 0":          swap(`"seq":9`, `"seq":0`),
		"status":         swap(`"status":"paused"`, `"status":"gone"`),
		"negative p50":   swap(`"p50_s":2`, `"p50_s":-2`),
		"available":      swap(`"available":"700000000"`, `"available":"-7"`),
		"leading zero":   swap(`"available":"700000000"`, `"available":"0700000000"`),
		"negative count": swap(`"successes":3`, `"successes":-3`),
		"no figures":     swap(`"bridge":{`, `"chain":{`),
	}
	other := sampleBridgeFigures()
	other.ID = "lm:a->c"
	cases["other id"], _ = EncodeFigures(other)
	chain, _ := EncodeFigures(sampleChainFigures())
	cases["chain on a bridge subject"] = chain
	for name, b := range cases {
		if string(b) == string(good) {
			t.Fatalf("%s: the case does not change the message", name)
		}
		_, err := DecodeFigures("c", subj, b)
		var e *Error
		if !errors.As(err, &e) || e.Code != CodeBadMessage {
			t.Errorf("%s: %v", name, err)
		}
	}
	badChain := map[string]string{
		`"health":"ok"`: `"health":"fine"`, `"final":8`: `"final":11`, `"chain":"osmosis-1"`: `"chain":"x"`,
	}
	for old, new := range badChain {
		b := []byte(strings.Replace(string(chain), old, new, 1))
		if _, err := DecodeFigures("c", FiguresSubject("c", KindChain, "osmosis-1"), b); err == nil {
			t.Errorf("accepted chain figures with %s", new)
		}
	}
}

// TestTokenIsInjective: distinct ids never share a subject token or a
// claim stream, and every token is a valid subject token and stream
// segment.
func TestTokenIsInjective(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	seen := map[string]string{}
	alphabet := []byte("ab:->._/ *@-Z9_%\x00\xff")
	for i := 0; i < 20000; i++ {
		b := make([]byte, 1+rng.Intn(5))
		for j := range b {
			b[j] = alphabet[rng.Intn(len(alphabet))]
		}
		id := string(b)
		tok := Token(id)
		if prev, ok := seen[tok]; ok && prev != id {
			t.Fatalf("%q and %q share token %q", prev, id, tok)
		}
		seen[tok] = id
		if strings.ContainsAny(tok, ". *>/") {
			t.Fatalf("token %q of %q is not one subject token", tok, id)
		}
	}
	if got := Token("lm:a->b"); got != "lm:a-_3Eb" {
		t.Fatalf("Token = %q", got)
	}
}

func TestOutcomeWire(t *testing.T) {
	obs, err := decodeOutcome("x", encodeOutcome("x", true, 3*time.Second))
	if err != nil || !obs.OK || obs.Latency != 3*time.Second || obs.Kind != ObsOutcome {
		t.Fatalf("%+v %v", obs, err)
	}
	for _, bad := range []string{`{"v":1,"bridge":"y","ok":true,"latency_ns":1}`, `{"v":1,"bridge":"x","ok":true,"latency_ns":-1}`,
		`{"v":2,"bridge":"x"}`, `{"v":1,"bridge":"x","extra":1}`, `[]`} {
		if _, err := decodeOutcome("x", []byte(bad)); err == nil {
			t.Errorf("accepted %s", bad)
		}
	}
}

// FuzzDecodeFigures: a message either decodes into a publication that
// encodes and decodes to itself, or is refused with CodeBadMessage.
func FuzzDecodeFigures(f *testing.F) {
	b1, _ := EncodeFigures(sampleBridgeFigures())
	b2, _ := EncodeFigures(sampleChainFigures())
	f.Add(FiguresSubject("c", KindBridge, "lm:a->b"), b1)
	f.Add(FiguresSubject("c", KindChain, "osmosis-1"), b2)
	f.Add("strait.cluster.c.figures.chain.x", []byte(`{"v":1,"kind":"chain","id":"x","epoch":1,"seq":1,"chain":{"chain":"x","health":"ok"}}`))
	f.Add("x", []byte(`null`))
	f.Fuzz(func(t *testing.T, subject string, data []byte) {
		got, err := DecodeFigures("c", subject, data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeBadMessage {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		b, err := EncodeFigures(got)
		if err != nil {
			t.Fatal(err)
		}
		again, err := DecodeFigures("c", subject, b)
		if err != nil || !reflect.DeepEqual(again.Mark(), got.Mark()) || again.ID != got.ID || again.Kind != got.Kind {
			t.Fatalf("round trip: %+v %v", again, err)
		}
	})
}

// FuzzDecodeOutcome: a hop outcome decodes for its bridge or is refused
// with CodeBadMessage.
func FuzzDecodeOutcome(f *testing.F) {
	f.Add(encodeOutcome("x", true, time.Second))
	f.Add([]byte(`{"v":1,"bridge":"x","ok":false,"latency_ns":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		obs, err := decodeOutcome("x", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Code != CodeBadMessage {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if obs.Kind != ObsOutcome || obs.Latency < 0 {
			t.Fatalf("decoded %+v", obs)
		}
	})
}
