package routing

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestAppendWhyIsWhy: Answer.AppendWhy gives Why's sentences, split
// reasons and lone routes included, and a request with NoWhy gets the same
// answer without Why (through a recycled RouteInto, as the quote service
// asks for it).
func TestAppendWhyIsWhy(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 600
	}
	for ti, s := range refTopologies(t) {
		r := rand.New(rand.NewPCG(uint64(ti), 77))
		var recycled Answer
		seen := map[int]int{} // sentences -> answers
		splits := 0
		for i := range n {
			req := refRequest(s, r)
			ans, err := s.Route(req)
			if err != nil {
				continue
			}
			text, ends := ans.AppendWhy([]byte("prefix "), nil)
			got := []string{}
			start := len("prefix ")
			for _, e := range ends {
				got = append(got, string(text[start:e]))
				start = e
			}
			if start != len(text) || !reflect.DeepEqual(got, ans.Why) {
				t.Fatalf("topology %d, request %d: AppendWhy %q, Why %q", ti, i, got, ans.Why)
			}
			seen[len(ends)]++
			if ans.Split != nil {
				splits++
			}
			req.NoWhy = true
			if err := s.RouteInto(req, &recycled); err != nil {
				t.Fatalf("topology %d, request %d: with NoWhy: %v", ti, i, err)
			}
			if recycled.Why != nil {
				t.Fatalf("topology %d, request %d: NoWhy gave Why %q", ti, i, recycled.Why)
			}
			recycled.Why = ans.Why
			a, _ := json.Marshal(ans)
			b, _ := json.Marshal(&recycled)
			if string(a) != string(b) {
				t.Fatalf("topology %d, request %d: NoWhy changed the answer:\n%s\n%s", ti, i, a, b)
			}
		}
		if splits == 0 || seen[2] == 0 || seen[3] == 0 {
			t.Fatalf("topology %d: answers by sentence count %v, %d splits: the test needs lone routes, runners-up and splits", ti, seen, splits)
		}
		t.Logf("topology %d: answers by sentence count %v, %d with a split", ti, seen, splits)
	}
}
