package quote

import (
	"bytes"
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// fixedBuilder builds every route's source transaction and commits two
// alternatives.
type fixedBuilder struct{}

func (fixedBuilder) Build(q *Quote, r *routing.Route) (*api.UnsignedTx, string, error) {
	q.Alternatives = make([]transfer.Alternative, 2)
	return &api.UnsignedTx{Chain: "ethereum", ChainID: "1", From: q.Request.Owner, To: "0x00000000000000000000000000000000000000aa",
		Data: "0x" + strconv.Itoa(len(r.Hops)), Value: "0"}, "0x" + string(bytes.Repeat([]byte("ab"), 32)), nil
}

// twins are two services that mint the same quote ids for the same
// sequence of requests: one answers with Quote, the other with
// AppendQuote.
func twins(t testing.TB, b SourceTxBuilder) (*Service, *Service, *routing.Snapshot) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	now := func() time.Time { return time.Date(2026, 11, 24, 1, 0, 0, 0, time.UTC) }
	var s [2]*Service
	for i := range s {
		if s[i], err = New(Options{Store: routing.NewStore(snap), Now: now, Builder: b, Alternatives: -1}); err != nil {
			t.Fatal(err)
		}
	}
	return s[0], s[1], snap
}

// checkSame answers req both ways and compares the bytes (or the errors);
// it returns Quote's reply.
func checkSame(t testing.TB, typed, direct *Service, req api.QuoteRequest) *api.QuoteReply {
	t.Helper()
	reply, e1 := typed.Quote(req)
	prefix := []byte("prefix")
	got, e2 := direct.AppendQuote(prefix, req)
	if (e1 == nil) != (e2 == nil) || e1 != nil && *e1 != *e2 {
		t.Fatalf("%+v: Quote error %v, AppendQuote error %v", req, e1, e2)
	}
	if !bytes.HasPrefix(got, prefix) {
		t.Fatalf("%+v: AppendQuote lost what b held", req)
	}
	if e1 != nil {
		if len(got) != len(prefix) {
			t.Fatalf("%+v: AppendQuote wrote %q with its error", req, got[len(prefix):])
		}
		return nil
	}
	want, err := reply.AppendJSON(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got[len(prefix):], want) {
		t.Fatalf("%+v:\nAppendQuote %s\nQuote       %s", req, got[len(prefix):], want)
	}
	return reply
}

// requests draws quote requests between random assets, from $1 to $10M,
// with every preset, k and some constraints (splits among them), a
// quarter of them asking for all routes.
func requests(snap *routing.Snapshot, n int) []api.QuoteRequest {
	rng := rand.New(rand.NewPCG(7, 11))
	presets := []string{"", "cheapest", "fastest", "safest", "recommended"}
	var out []api.QuoteRequest
	for len(out) < n {
		a, b := rng.IntN(len(snap.Assets)), rng.IntN(len(snap.Assets))
		amt := snap.UnitsForUSD(int32(a), math.Pow(10, rng.Float64()*7))
		// Nine in ten between assets that have a route (most random
		// pairs have none), the rest whatever they give.
		if _, err := snap.Route(routing.Request{From: snap.Assets[a].ID, To: snap.Assets[b].ID, Amount: amt}); err != nil && rng.IntN(10) > 0 {
			continue
		}
		req := api.QuoteRequest{From: snap.Assets[a].ID, To: snap.Assets[b].ID, Amount: amt.Dec(), Owner: "0x0000000000000000000000000000000000000001",
			Recipient: "0x0000000000000000000000000000000000000002", Preset: presets[rng.IntN(len(presets))], AllRoutes: rng.IntN(4) == 0}
		switch rng.IntN(6) {
		case 0:
			req.K = 1 + rng.IntN(5)
		case 1:
			hops, slip := 1+rng.IntN(4), 1+rng.IntN(200)
			req.Constraints = &api.Constraints{MaxHops: &hops, SlippageBps: &slip}
		}
		out = append(out, req)
	}
	return out
}

// AppendQuote writes the very bytes Quote's reply encodes to: for routed
// requests, split answers, errors, and with a builder's source
// transaction, route hash and alternatives.
func TestAppendQuoteWritesQuotesReply(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	for _, b := range []SourceTxBuilder{nil, fixedBuilder{}} {
		typed, direct, snap := twins(t, b)
		routed, split, leftOut := 0, 0, 0
		for _, req := range requests(snap, n) {
			if r := checkSame(t, typed, direct, req); r != nil {
				routed++
				if len(r.Split) > 0 {
					split++
				}
				if r.DominatedRoutes > 0 {
					leftOut++
					if req.AllRoutes {
						t.Fatalf("%+v: all routes asked, %d left out", req, r.DominatedRoutes)
					}
				}
			}
		}
		if routed < n/4 || leftOut < routed/10 {
			t.Fatalf("builder %T: only %d of %d requests routed, %d with routes left out", b, routed, n, leftOut)
		}
		t.Logf("builder %T: %d of %d routed, %d split, %d with routes left out", b, routed, n, split, leftOut)
	}
}

// FuzzAppendQuote holds AppendQuote to Quote's reply for any request
// between the topology's assets, amount, preset and k.
func FuzzAppendQuote(f *testing.F) {
	typed, direct, snap := twins(f, nil)
	f.Add(uint16(1), uint16(2), "1000000", uint8(0), uint8(0))
	f.Add(uint16(10), uint16(400), "250000000000000000000", uint8(1), uint8(3))
	f.Add(uint16(999), uint16(0), "0", uint8(4), uint8(9))
	f.Add(uint16(10), uint16(400), "250000000000000000000", uint8(1), uint8(133))
	presets := []string{"", "cheapest", "fastest", "safest", "recommended", "bogus"}
	f.Fuzz(func(t *testing.T, from, to uint16, amount string, preset, k uint8) {
		n := len(snap.Assets)
		req := api.QuoteRequest{From: snap.Assets[int(from)%n].ID, To: snap.Assets[int(to)%n].ID, Amount: amount,
			Owner: "0x0000000000000000000000000000000000000001", Recipient: "0x0000000000000000000000000000000000000002",
			Preset: presets[int(preset)%len(presets)], K: int(k % 8), AllRoutes: k >= 128}
		checkSame(t, typed, direct, req)
	})
}

// A figure the encoder refuses (NaN, an infinity) is an error, not a
// reply with a broken number.
func TestAppendRouteRefusesNonFiniteFigures(t *testing.T) {
	for _, r := range []routing.Route{
		{Score: math.NaN()},
		{ETAP90: math.Inf(1)},
		{Hops: []routing.Hop{{Edge: "e", Bridge: "b", Protocol: "p", From: "A@x", To: "B@y", P50: math.Inf(1)}}},
	} {
		if b, err := appendRoute(nil, &r, nil, 0, nil); err == nil {
			t.Fatalf("%+v encoded as %s", r, b)
		}
	}
}
