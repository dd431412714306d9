package bridge

import (
	"math/big"
	"testing"
	"time"

	"github.com/straitnet/strait/routing"
)

// testSnapshot: two chains, a liquidity bridge (two edges: USDC and a
// second asset share it) and a lock/mint bridge.
func testSnapshot(t *testing.T) *routing.Snapshot {
	t.Helper()
	b := routing.NewBuilder("test")
	b.SetPrice("USDC", 1)
	for _, c := range []string{"a", "b"} {
		b.AddChain(routing.Chain{ID: c, Kind: "evm", BlockTimeS: 1, FinalityS: 2})
		b.AddAsset(routing.Asset{ID: "USDC@" + c, Symbol: "USDC", Chain: c, Decimals: 6, Kind: "native", Canonical: "USDC"})
	}
	prior := routing.Beta{Alpha: 198, Beta: 2}
	b.AddEdge(routing.EdgeSpec{ID: "liq:a->b#USDC", Bridge: "liq:a->b", Protocol: "strait-liquidity", From: "USDC@a", To: "USDC@b",
		RatePPM: 500, Pool: &routing.PoolSpec{PoolUSD: 1000, AvailableUSD: 1000, Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8},
		Latency: routing.Latency{P50: 2, P90: 4}, Trust: routing.TrustCommittee, Prior: prior})
	b.AddEdge(routing.EdgeSpec{ID: "lm:a->b#USDC", Bridge: "lm:a->b", Protocol: "strait-lockmint", From: "USDC@a", To: "USDC@b",
		Latency: routing.Latency{P50: 4, P90: 8}, Trust: routing.TrustCommittee, Prior: prior})
	b.AddEdge(routing.EdgeSpec{ID: "lm:a->b#USDC2", Bridge: "lm:a->b", Protocol: "strait-lockmint", From: "USDC@b", To: "USDC@a",
		Latency: routing.Latency{P50: 4, P90: 8}, Trust: routing.TrustCommittee, Prior: prior})
	s, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func edge(t *testing.T, s *routing.Snapshot, id string) *routing.Edge {
	t.Helper()
	i, ok := s.EdgeIndex(id)
	if !ok {
		t.Fatalf("no edge %s", id)
	}
	return &s.Edges[i]
}

func apply(t *testing.T, store *routing.Store, ups []routing.EdgeUpdate) {
	t.Helper()
	if len(ups) == 0 {
		return
	}
	if _, err := store.Update(ups); err != nil {
		t.Fatal(err)
	}
}

var t0 = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

func TestPauseReadPausesEveryEdgeOfTheBridge(t *testing.T) {
	snap := testSnapshot(t)
	store := routing.NewStore(snap)
	st := NewState(snap, "lm:a->b", routing.Beta{Alpha: 198, Beta: 2})
	if len(st.Edges) != 2 {
		t.Fatalf("edges %v", st.Edges)
	}
	var cfg Config
	st, ups := Step(st, Observation{Kind: ObsPause, Paused: false}, t0, cfg)
	if len(ups) != 0 {
		t.Fatalf("an open bridge read open published %v", ups)
	}
	st, ups = Step(st, Observation{Kind: ObsPause, Paused: true}, t0.Add(time.Second), cfg)
	if len(ups) != 2 {
		t.Fatalf("pause published %d updates, want 2", len(ups))
	}
	apply(t, store, ups)
	for _, id := range st.Edges {
		if e := edge(t, store.Load(), id); e.Status != routing.StatusPaused || e.Status.Usable() {
			t.Fatalf("%s is %s after a pause read", id, e.Status)
		}
	}
	if e := edge(t, store.Load(), "liq:a->b#USDC"); e.Status != routing.StatusOpen {
		t.Fatalf("another bridge's edge changed: %s", e.Status)
	}
	// Same read again: nothing new to publish.
	if _, ups = Step(st, Observation{Kind: ObsPause, Paused: true}, t0.Add(2*time.Second), cfg); len(ups) != 0 {
		t.Fatalf("repeated pause published %v", ups)
	}
	st, ups = Step(st, Observation{Kind: ObsPause, Paused: false}, t0.Add(3*time.Second), cfg)
	apply(t, store, ups)
	if e := edge(t, store.Load(), "lm:a->b#USDC"); e.Status != routing.StatusOpen {
		t.Fatalf("unpaused edge is %s", e.Status)
	}
	// Reads that keep failing degrade the bridge; a good read restores it.
	for i := 0; i < 3; i++ {
		st, ups = Step(st, Observation{Kind: ObsReadFailed, Err: "connection refused"}, t0.Add(4*time.Second), cfg)
		apply(t, store, ups)
	}
	if e := edge(t, store.Load(), "lm:a->b#USDC"); e.Status != routing.StatusDegraded {
		t.Fatalf("after 3 failed reads the edge is %s", e.Status)
	}
	_, ups = Step(st, Observation{Kind: ObsPause}, t0.Add(5*time.Second), cfg)
	apply(t, store, ups)
	if e := edge(t, store.Load(), "lm:a->b#USDC"); e.Status != routing.StatusOpen {
		t.Fatalf("after a good read the edge is %s", e.Status)
	}
}

func TestLiquidityReadBoundsCapacity(t *testing.T) {
	snap := testSnapshot(t)
	store := routing.NewStore(snap)
	st := NewState(snap, "liq:a->b", routing.Beta{Alpha: 198, Beta: 2})
	amt := new(routing.Amount).SetUint64(600_000_000) // 600 USDC
	if _, ok := store.Load().HopFee(edge(t, store.Load(), "liq:a->b#USDC"), amt); !ok {
		t.Fatal("the full pool cannot carry 600 USDC")
	}
	st, ups := Step(st, Observation{Kind: ObsLiquidity, Available: big.NewInt(500_000_000)}, t0, Config{})
	if len(ups) != 1 || ups[0].Available == nil {
		t.Fatalf("liquidity read published %+v", ups)
	}
	apply(t, store, ups)
	e := edge(t, store.Load(), "liq:a->b#USDC")
	if got := e.Fee.Curve.Available.Uint64(); got != 500_000_000 {
		t.Fatalf("available %d", got)
	}
	if _, ok := store.Load().HopFee(e, amt); ok {
		t.Fatal("a pool with 500 USDC available carries 600")
	}
	if _, ok := store.Load().HopFee(e, new(routing.Amount).SetUint64(400_000_000)); !ok {
		t.Fatal("a pool with 500 USDC available refuses 400")
	}
	if got := edge(t, snap, "liq:a->b#USDC").Fee.Curve.Available.Uint64(); got != 1000_000_000 {
		t.Fatalf("the old snapshot changed: %d", got)
	}
	if _, ups = Step(st, Observation{Kind: ObsLiquidity, Available: big.NewInt(500_000_000)}, t0, Config{}); len(ups) != 0 {
		t.Fatal("the same liquidity published again")
	}
}

func TestOutcomesFeedTheLearnedEstimateAndTheCircuit(t *testing.T) {
	snap := testSnapshot(t)
	store := routing.NewStore(snap)
	prior := routing.Beta{Alpha: 198, Beta: 2}
	st := NewState(snap, "lm:a->b", prior)
	cfg := Config{FailuresToOpen: 3, CircuitCooldown: 30 * time.Second, MinSamples: 3}
	now := t0
	p0 := edge(t, snap, "lm:a->b#USDC").Success(0)
	// Three deliveries: the observed latencies replace the description's.
	for _, s := range []float64{1.5, 2.5, 3.5} {
		var ups []routing.EdgeUpdate
		st, ups = Step(st, Observation{Kind: ObsOutcome, OK: true, Latency: time.Duration(s * float64(time.Second))}, now, cfg)
		apply(t, store, ups)
		now = now.Add(time.Second)
	}
	e := edge(t, store.Load(), "lm:a->b#USDC")
	if e.Latency.P50 != 2.5 || e.Latency.P90 != 3.5 {
		t.Fatalf("latency %+v, want p50 2.5 p90 3.5", e.Latency)
	}
	if st.ObservedP50() != 2.5 || e.Learned.Alpha <= prior.Alpha || e.Success(0) <= p0 {
		t.Fatalf("after 3 deliveries: p50 %v, learned %+v, success %v (was %v)", st.ObservedP50(), e.Learned, e.Success(0), p0)
	}
	// Failures lower the estimate; the third in a row opens the circuit.
	for i := 0; i < 3; i++ {
		var ups []routing.EdgeUpdate
		st, ups = Step(st, Observation{Kind: ObsOutcome, OK: false}, now, cfg)
		apply(t, store, ups)
		e = edge(t, store.Load(), "lm:a->b#USDC")
		if want := i == 2; (e.Status == routing.StatusCircuitOpen) != want {
			t.Fatalf("after %d failures the edge is %s", i+1, e.Status)
		}
	}
	if e.Learned.Beta != prior.Beta+3 || e.Learned.Mean() >= p0 {
		t.Fatalf("learned %+v after 3 failures", e.Learned)
	}
	// Before the cooldown the circuit stays open, after it the bridge may
	// try again, and one more failure re-opens it.
	st, ups := Step(st, Observation{Kind: ObsTick}, now.Add(29*time.Second), cfg)
	if len(ups) != 0 || st.Status(now.Add(29*time.Second), cfg) != routing.StatusCircuitOpen {
		t.Fatalf("circuit closed early: %v", ups)
	}
	now = now.Add(31 * time.Second)
	st, ups = Step(st, Observation{Kind: ObsTick}, now, cfg)
	apply(t, store, ups)
	if e := edge(t, store.Load(), "lm:a->b#USDC"); e.Status != routing.StatusOpen {
		t.Fatalf("after the cooldown the edge is %s", e.Status)
	}
	st, ups = Step(st, Observation{Kind: ObsOutcome, OK: false}, now, cfg)
	apply(t, store, ups)
	if e := edge(t, store.Load(), "lm:a->b#USDC"); e.Status != routing.StatusCircuitOpen {
		t.Fatalf("a failure when half-open leaves the edge %s", e.Status)
	}
	// A pause wins over the circuit.
	st, _ = Step(st, Observation{Kind: ObsPause, Paused: true}, now, cfg)
	if st.Status(now, cfg) != routing.StatusPaused {
		t.Fatal("pause does not win over an open circuit")
	}
	// Old evidence decays towards the prior.
	later := now.Add(10 * time.Hour)
	st2, _ := Step(st, Observation{Kind: ObsOutcome, OK: true}, later, Config{HalfLife: time.Hour})
	if d := st2.Learned.Beta - prior.Beta; d > 0.01 {
		t.Fatalf("failures 10 half-lives ago still weigh %v", d)
	}
}

func TestChainHealth(t *testing.T) {
	cfg := ChainConfig{BlockTime: time.Second, StaleBlocks: 5, DownBlocks: 20, DownErrors: 3, FinalityBlocks: 2}
	var st ChainState
	if st = ChainStep(st, HeadObs{Tick: true}, t0, cfg); st.Health != HealthDown {
		t.Fatalf("never read: %s", st.Health)
	}
	st = ChainStep(st, HeadObs{Height: 10, BlockTime: t0}, t0, cfg)
	if st.Health != HealthOK || st.Height != 10 || st.Final != 8 {
		t.Fatalf("fresh head: %+v", st)
	}
	if st = ChainStep(st, HeadObs{Height: 10, BlockTime: t0}, t0.Add(6*time.Second), cfg); st.Health != HealthDegraded {
		t.Fatalf("head stuck 6 blocks: %s", st.Health)
	}
	if st = ChainStep(st, HeadObs{Height: 11, BlockTime: t0.Add(7 * time.Second)}, t0.Add(7*time.Second), cfg); st.Health != HealthOK {
		t.Fatalf("head moved: %s", st.Health)
	}
	st = ChainStep(st, HeadObs{Err: "dial tcp: connection refused"}, t0.Add(8*time.Second), cfg)
	if st.Health != HealthDegraded || st.Errors != 1 || st.Height != 11 {
		t.Fatalf("one failed read: %+v", st)
	}
	for i := 0; i < 2; i++ {
		st = ChainStep(st, HeadObs{Err: "dial tcp: connection refused"}, t0.Add(9*time.Second), cfg)
	}
	if st.Health != HealthDown {
		t.Fatalf("three failed reads: %+v", st)
	}
	if st = ChainStep(st, HeadObs{Height: 12}, t0.Add(10*time.Second), cfg); st.Health != HealthOK || st.Errors != 0 {
		t.Fatalf("recovered: %+v", st)
	}
	if st = ChainStep(st, HeadObs{Tick: true}, t0.Add(31*time.Second), cfg); st.Health != HealthDown {
		t.Fatalf("no head for 21 blocks: %s", st.Health)
	}
}
