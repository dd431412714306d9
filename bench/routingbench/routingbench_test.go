package routingbench

import (
	"testing"

	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// TestRealisticAgreesWithYen runs a small workload end to end: Strait's
// static k-best costs must equal gonum Yen's on every comparable query.
func TestRealisticAgreesWithYen(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Topology: "realistic", Snapshot: s, Seed: 3, Queries: 150})
	if err != nil {
		t.Fatal(err)
	}
	if res.OracleCompared < 50 {
		t.Fatalf("only %d queries compared", res.OracleCompared)
	}
	if res.OracleAgreement != 1 {
		t.Fatalf("oracle agreement %.4f, want 1", res.OracleAgreement)
	}
	names := map[string]bool{}
	for _, a := range res.Algorithms {
		names[a.Name] = true
		if a.Queries == 0 || a.P50us <= 0 || a.P99us < a.P50us || a.MaxUs < a.P99us || a.QPS <= 0 {
			t.Fatalf("implausible figures %+v", a)
		}
	}
	for _, n := range []string{"strait", "gonum-yen", "dijkstra"} {
		if !names[n] {
			t.Fatalf("algorithm %s missing", n)
		}
	}
}

func BenchmarkRouteRealistic(b *testing.B) {
	s, err := topologies.Realistic()
	if err != nil {
		b.Fatal(err)
	}
	qs := workload(s, 1000, 1, routing.DefaultMaxHops)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		_, _ = s.Route(routing.Request{From: s.Assets[q.src].ID, To: s.Assets[q.dst].ID, Amount: q.amount})
	}
}
