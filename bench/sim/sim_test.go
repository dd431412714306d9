package sim

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/straitnet/strait/routing/topologies"
)

func small(t *testing.T, seed uint64, faults float64) *Result {
	t.Helper()
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Params{Topology: "realistic", Snapshot: s, Seed: seed, Hours: 6, FaultIntensity: faults, ZeroFaults: faults == 0,
		Policies: []string{"static-cheapest", "strait-recommended"}})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestSameSeedSameNumbers(t *testing.T) {
	a, _ := json.Marshal(small(t, 5, 2))
	b, _ := json.Marshal(small(t, 5, 2))
	if !bytes.Equal(a, b) {
		t.Fatal("two runs with the same seed differ")
	}
	c, _ := json.Marshal(small(t, 6, 2))
	if bytes.Equal(a, c) {
		t.Fatal("different seeds gave the same run")
	}
}

func TestOutcomesAddUpAndLearningHelps(t *testing.T) {
	res := small(t, 2, 3)
	if res.Transfers < 1000 || res.Incidents == 0 {
		t.Fatalf("run too small to mean anything: %d transfers, %d incidents", res.Transfers, res.Incidents)
	}
	byName := map[string]PolicyResult{}
	for _, p := range res.Policies {
		byName[p.Policy] = p
		if p.Delivered+p.Refunded+p.Failed != p.Transfers {
			t.Fatalf("%s: %d delivered + %d refunded + %d failed != %d", p.Policy, p.Delivered, p.Refunded, p.Failed, p.Transfers)
		}
		if p.Delivered > 0 && !(p.MeanCostDeliveredBps > 0 && p.P90CompletionS >= p.MeanCompletionS*0.5) {
			t.Fatalf("%s: implausible figures %+v", p.Policy, p)
		}
	}
	sc, rec := byName["static-cheapest"], byName["strait-recommended"]
	// Strait's policy learns from its own failures and sees pauses: it must
	// send fewer transfers through failing bridges and deliver more.
	if !(rec.ThroughFailingBridge < sc.ThroughFailingBridge) {
		t.Fatalf("strait-recommended used failing bridges %d times, static-cheapest %d", rec.ThroughFailingBridge, sc.ThroughFailingBridge)
	}
	if !(rec.Delivered > sc.Delivered) {
		t.Fatalf("strait-recommended delivered %d, static-cheapest %d", rec.Delivered, sc.Delivered)
	}
	if res.Comparison == nil || res.Comparison.PairedTransfers == 0 {
		t.Fatalf("no comparison: %+v", res.Comparison)
	}
}

func TestNoFaultsNoFailingBridges(t *testing.T) {
	res := small(t, 3, 0)
	res0, _ := json.Marshal(res)
	if res.Incidents != 0 {
		t.Fatalf("%d incidents with faults off", res.Incidents)
	}
	for _, p := range res.Policies {
		if p.ThroughFailingBridge != 0 {
			t.Fatalf("%s went through a failing bridge with faults off: %s", p.Policy, res0)
		}
	}
}

func TestSVGHasEveryPolicy(t *testing.T) {
	res := small(t, 4, 1)
	svg := string(res.SVG())
	for _, p := range res.Policies {
		if !bytes.Contains([]byte(svg), []byte(p.Policy)) {
			t.Fatalf("plot lacks %s", p.Policy)
		}
	}
	if !bytes.HasPrefix([]byte(svg), []byte("<svg")) {
		t.Fatal("not an SVG")
	}
}
