package routingbench

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"

	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// answerDigest answers n workload requests on s and returns the SHA-256 over
// the JSON of every full Answer (routes, hops, amounts, scores, breakdowns,
// explanations, split) or the error text. A quarter of the requests take
// another preset and one constraint (max ETA, min success, k, max hops, max
// fee or slippage); a third go through RouteInto with a recycled answer. It
// is how a change meant only to make the router faster is shown to give the
// same answers: the digest before and after must be equal.
func answerDigest(t testing.TB, s *routing.Snapshot, n int, seed uint64) string {
	qs := workload(s, n, seed, routing.DefaultMaxHops)
	rng := rand.New(rand.NewPCG(seed, 77))
	presets := []routing.Preset{routing.Cheapest, routing.Fastest, routing.Safest, routing.Recommended}
	h := sha256.New()
	var recycled routing.Answer
	for i, q := range qs {
		req := routing.Request{From: s.Assets[q.src].ID, To: s.Assets[q.dst].ID, Amount: q.amount}
		if rng.IntN(4) == 0 {
			req.Preset = presets[rng.IntN(len(presets))]
			c := &req.Constraints
			switch rng.IntN(6) {
			case 0:
				c.MaxETASeconds = 60 + rng.Float64()*3600
			case 1:
				c.MinSuccess = 0.9 + rng.Float64()*0.0999
			case 2:
				req.K = 1 + rng.IntN(10)
			case 3:
				c.MaxHops = 1 + rng.IntN(routing.MaxHopsLimit)
			case 4:
				c.MaxFeeBps = 1 + rng.IntN(200)
			case 5:
				c.SlippageBps = 1 + rng.IntN(500)
			}
		}
		var ans *routing.Answer
		var err error
		if i%3 == 0 {
			err = s.RouteInto(req, &recycled)
			ans = &recycled
		} else {
			ans, err = s.Route(req)
		}
		h.Write([]byte(strconv.Itoa(i)))
		if err != nil {
			h.Write([]byte("error: " + err.Error()))
			continue
		}
		b, jerr := json.Marshal(ans)
		if jerr != nil {
			t.Fatalf("request %d: %v", i, jerr)
		}
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// TestAnswerDigest prints the answer digest of 40,000 requests on the
// realistic and the stress topologies when STRAIT_ANSWER_DIGEST is set (it
// takes a minute or two; the digest is compared by hand before and after a
// change). Otherwise it checks on a short workload that the digest is
// deterministic, so the helper itself stays in working order.
func TestAnswerDigest(t *testing.T) {
	if os.Getenv("STRAIT_ANSWER_DIGEST") == "" {
		s, err := topologies.Realistic()
		if err != nil {
			t.Fatal(err)
		}
		a, b := answerDigest(t, s, 200, 5), answerDigest(t, s, 200, 5)
		if a != b {
			t.Fatalf("digest not deterministic: %s vs %s", a, b)
		}
		if c := answerDigest(t, s, 200, 6); c == a {
			t.Fatalf("different workloads give the same digest %s", a)
		}
		return
	}
	for _, name := range []string{"realistic", "stress"} {
		s, err := topologies.Load(name, 1)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("answer digest %s (40,000 requests): %s", name, answerDigest(t, s, 40000, 1))
	}
}
