package actors

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
)

// idleExecutor runs nothing: the test reports each effect's outcome itself.
type idleExecutor struct{}

func (idleExecutor) Run(context.Context, transfer.State, transfer.Effect, func(transfer.Input)) {}

// testClock is a clock the test moves.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *testClock) advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// histogram is the sample count and sum of one series of a histogram on
// the default registry (what /metrics serves); zero when it has none.
func histogram(t *testing.T, name string, labels map[string]string) (uint64, float64) {
	t.Helper()
	mfs, err := prometheus.DefaultGatherer.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	series:
		for _, m := range mf.GetMetric() {
			if len(m.GetLabel()) != len(labels) {
				continue
			}
			for _, l := range m.GetLabel() {
				if labels[l.GetName()] != l.GetValue() {
					continue series
				}
			}
			return m.GetHistogram().GetSampleCount(), m.GetHistogram().GetSampleSum()
		}
	}
	return 0, 0
}

// TestHopAndTransferDurationsAreMeasured drives a transfer through a
// delivered hop, a failed one and a refund on a clock the test moves, and
// checks what /metrics gains: each hop attempt's time by bridge and
// outcome, the transfer's time by how it ended, and the active count
// while it runs.
func TestHopAndTransferDurationsAreMeasured(t *testing.T) {
	_, nc := testnats.Start(t)
	clock := &testClock{t: time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)}
	active0 := countActive()
	m, j := openManager(t, t.TempDir(), Options{Executor: idleExecutor{}, Publisher: jsPublisher(t, nc), Now: clock.now, Tick: time.Hour,
		Decide: func(*transfer.State, time.Time) transfer.Recovery {
			return transfer.Recovery{Action: "refund", Reason: "no other route"}
		}})
	defer j.Close()
	defer m.Stop()

	// Fresh bridge names: other tests' observations do not count here.
	st := initState("trm1")
	st.Deadline = clock.now().Add(time.Hour)
	st.Route[0].Bridge, st.Route[1].Bridge = "metrics-b1", "metrics-b2"
	delivered := map[string]string{"bridge": "metrics-b1", "outcome": "delivered"}
	failed := map[string]string{"bridge": "metrics-b2", "outcome": "failed"}
	refunded := map[string]string{"outcome": string(api.SubRefunded)}
	n0, sum0 := histogram(t, "strait_transfer_duration_seconds", refunded)
	d0, dsum0 := histogram(t, "strait_hop_duration_seconds", delivered)
	f0, fsum0 := histogram(t, "strait_hop_duration_seconds", failed)

	if _, _, err := m.Create(st, nil); err != nil {
		t.Fatal(err)
	}
	input := func(in transfer.Input) {
		t.Helper()
		if _, err := m.Input("trm1", in); err != nil {
			t.Fatalf("%s: %v", in.Kind, err)
		}
	}
	input(transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}) // hop 0 starts
	if got := countActive(); got != active0+1 {
		t.Fatalf("strait_transfers_active %v while the transfer runs, want %v", got, active0+1)
	}
	clock.advance(5 * time.Second)
	input(transfer.Input{Kind: transfer.InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "999", TxID: "0xh0"}) // hop 1 starts
	clock.advance(7 * time.Second)
	input(transfer.Input{Kind: transfer.InHopResult, Hop: 1, Attempt: 1, OK: false, Reason: "bridge paused", TxID: "0xh1"}) // refund starts
	if n, _ := histogram(t, "strait_transfer_duration_seconds", refunded); n != n0 {
		t.Fatalf("a transfer still refunding was measured as ended")
	}
	clock.advance(3 * time.Second)
	input(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: "0xr"})

	if n, sum := histogram(t, "strait_hop_duration_seconds", delivered); n-d0 != 1 || sum-dsum0 != 5 {
		t.Errorf("delivered hop on metrics-b1: %d new samples summing %vs, want 1 of 5s", n-d0, sum-dsum0)
	}
	if n, sum := histogram(t, "strait_hop_duration_seconds", failed); n-f0 != 1 || sum-fsum0 != 7 {
		t.Errorf("failed hop on metrics-b2: %d new samples summing %vs, want 1 of 7s", n-f0, sum-fsum0)
	}
	if n, sum := histogram(t, "strait_transfer_duration_seconds", refunded); n != n0+1 || sum-sum0 != 15 {
		t.Errorf("refunded transfers: %d samples (+%vs), want %d (+15s)", n, sum-sum0, n0+1)
	}
	// The ended transfer's actor stops (just after its last reply).
	waitFor(t, "the ended transfer's actor to stop", func() bool { return countActive() == active0 })
}

// TestParkedHopIsMeasuredAsParked: a hop whose funds a gateway parked is
// its own outcome, not a plain failure.
func TestParkedHopIsMeasuredAsParked(t *testing.T) {
	at := time.Date(2026, 11, 25, 3, 0, 0, 0, time.UTC)
	s := transfer.Apply(initState("trm2"), transfer.Event{Type: transfer.EvHopStarted, Hop: 0, Attempt: 1, At: at})
	ev := transfer.Event{Type: transfer.EvHopFailed, Hop: 0, Attempt: 1, Parked: true, Asset: "USDC@b", Amount: "999", At: at.Add(90 * time.Second)}
	s.Route[0].Bridge = "metrics-parked"
	s.Log[0].Bridge = "metrics-parked"
	parked := map[string]string{"bridge": "metrics-parked", "outcome": "parked"}
	n0, sum0 := histogram(t, "strait_hop_duration_seconds", parked)
	observeEvents([]transfer.Event{ev}, []transfer.State{transfer.Apply(s, ev)})
	if n, sum := histogram(t, "strait_hop_duration_seconds", parked); n-n0 != 1 || sum-sum0 != 90 {
		t.Fatalf("parked hop: %d new samples summing %vs, want 1 of 90s", n-n0, sum-sum0)
	}
	// An attempt journaled before attempts kept their start is not measured.
	s.Log[0].Started = time.Time{}
	observeEvents([]transfer.Event{ev}, []transfer.State{transfer.Apply(s, ev)})
	if n, _ := histogram(t, "strait_hop_duration_seconds", parked); n-n0 != 1 {
		t.Fatalf("an attempt without a start time was measured: %d new samples", n-n0)
	}
}

// A clock stepped back between two events gives no negative duration.
func TestDurationsAreNeverNegative(t *testing.T) {
	for _, c := range []struct {
		d    time.Duration
		want float64
	}{{-time.Hour, 0}, {-1, 0}, {0, 0}, {1500 * time.Millisecond, 1.5}} {
		if got := seconds(c.d); got != c.want {
			t.Errorf("seconds(%v) = %v, want %v", c.d, got, c.want)
		}
	}
}

// lately keeps the transfers that ended within endedLately of the
// journal's last change, in their order, and only those.
func TestLatelyKeepsWhatEndedWithinTheWindow(t *testing.T) {
	latest := time.Date(2026, 11, 25, 4, 0, 0, 0, time.UTC)
	es := []endedAt{
		{"a", latest.Add(-endedLately - time.Second)},
		{"b", latest.Add(-endedLately + time.Second)},
		{"c", latest.Add(-endedLately)}, // (exactly the window's edge: out)
		{"d", latest},
		{"e", latest.Add(-2 * time.Hour)},
	}
	got := lately(es, latest)
	if len(got) != 2 || got[0].id != "b" || got[1].id != "d" {
		t.Fatalf("kept %v, want b and d", got)
	}
	// Pruning as the list grows, against a latest that only grows, keeps
	// what one pass at the end keeps.
	var many, once []endedAt
	at := latest
	for i := range 10000 {
		at = at.Add(time.Duration(i%7) * time.Second)
		e := endedAt{string(rune('a' + i%26)), at.Add(-time.Duration(i%90) * time.Second)}
		once = append(once, e)
		many = append(many, e)
		if len(many) >= 4096 {
			many = lately(many, at)
		}
	}
	many, once = lately(many, at), lately(once, at)
	if len(many) != len(once) || len(once) == 0 {
		t.Fatalf("pruned as it grew: %d kept, at the end only: %d", len(many), len(once))
	}
	for i := range once {
		if many[i] != once[i] {
			t.Fatalf("entry %d differs: %v and %v", i, many[i], once[i])
		}
	}
}
