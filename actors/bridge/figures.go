// Package bridge runs the live-figure actors of the supervision tree: one
// BridgeActor per bridge instance, which reads its contracts' pause state
// and its pool's liquidity, takes the executor's hop outcomes and observed
// latencies, and publishes edge updates into the routing store; and one
// ChainActor per chain, which tracks the head (height, block time, RPC
// health) for the catalog. The update rules are pure functions (Step,
// ChainStep) of (state, observation, now); the actors only deliver
// observations and run the reads.
package bridge

import (
	"math"
	"math/big"
	"sort"
	"time"

	"github.com/straitnet/strait/routing"
)

// Config tunes the update rules.
type Config struct {
	// HalfLife is how fast old hop outcomes fade towards the prior
	// (default 1 h).
	HalfLife time.Duration
	// LatencyWindow is how many recent hop latencies are kept (default 64);
	// MinSamples how many it takes before they replace the description's
	// figures (default 3).
	LatencyWindow int
	MinSamples    int
	// FailuresToOpen consecutive failed hops open the circuit (default 3)
	// for CircuitCooldown (default 30 s); then one hop may try again.
	FailuresToOpen  int
	CircuitCooldown time.Duration
	// ReadFailures consecutive failed contract reads mark the bridge
	// degraded (default 3).
	ReadFailures int
}

// EnsureDefaults fills unset fields.
func (c *Config) EnsureDefaults() {
	if c.HalfLife <= 0 {
		c.HalfLife = time.Hour
	}
	if c.LatencyWindow <= 0 {
		c.LatencyWindow = 64
	}
	if c.MinSamples <= 0 {
		c.MinSamples = 3
	}
	if c.FailuresToOpen <= 0 {
		c.FailuresToOpen = 3
	}
	if c.CircuitCooldown <= 0 {
		c.CircuitCooldown = 30 * time.Second
	}
	if c.ReadFailures <= 0 {
		c.ReadFailures = 3
	}
}

// ObsKind says what an observation reports.
type ObsKind uint8

// Observation kinds.
const (
	// ObsPause: the contracts' paused() flags were read (Paused is their
	// OR); a good read clears the read errors.
	ObsPause ObsKind = iota + 1
	// ObsLiquidity: the pool's available liquidity was read.
	ObsLiquidity
	// ObsReadFailed: a contract read failed (Err says why).
	ObsReadFailed
	// ObsOutcome: the executor finished a hop over this bridge.
	ObsOutcome
	// ObsTick: time passed (closes an open circuit after its cooldown).
	ObsTick
)

// Observation is one input of Step.
type Observation struct {
	Kind   ObsKind
	Paused bool
	// Available liquidity, in base units of the edges' source asset.
	Available *big.Int
	OK        bool
	// Latency of a hop, from its start to its delivery.
	Latency time.Duration
	Err     string
}

// State is what a BridgeActor knows about its bridge instance.
type State struct {
	Bridge string
	Edges  []string
	// Base figures from the routing description: the prior of the learned
	// estimate and the latency used until enough hops are observed.
	Prior   routing.Beta
	Base    routing.Latency
	Learned routing.Beta

	Paused      bool
	PauseKnown  bool
	Available   *big.Int
	ReadErrors  int
	LastReadErr string
	// Latencies are the recent observed hop latencies in seconds (oldest
	// first).
	Latencies   []float64
	Successes   int
	Failures    int
	Consecutive int // consecutive failed hops
	OpenUntil   time.Time
	Updated     time.Time
	// OutcomeSeq is the outcome stream's sequence of the last hop outcome
	// applied (cluster mode): a new owner reads on from the next one.
	OutcomeSeq uint64

	published *Published
}

// Published is what the edges carry now.
type Published struct {
	Status    routing.Status
	Latency   routing.Latency
	Learned   routing.Beta
	Available *big.Int
}

// NewState starts a bridge's state from its edges in a snapshot (they
// share the bridge's figures; the first one's are taken).
func NewState(snap *routing.Snapshot, bridge string, prior routing.Beta) State {
	st := State{Bridge: bridge, Prior: prior}
	for i := range snap.Edges {
		e := &snap.Edges[i]
		if e.Bridge != bridge {
			continue
		}
		if len(st.Edges) == 0 {
			st.Base, st.Learned = e.Latency, e.Learned
			st.published = &Published{Status: e.Status, Latency: e.Latency, Learned: e.Learned}
			if e.Fee.Curve != nil {
				st.published.Available = e.Fee.Curve.Available.ToBig()
				st.Available = e.Fee.Curve.Available.ToBig()
			}
		}
		st.Edges = append(st.Edges, e.ID)
	}
	return st
}

// Step applies one observation at time now and returns the new state and
// the edge updates to publish (none when the edges' figures do not change).
func Step(st State, obs Observation, now time.Time, cfg Config) (State, []routing.EdgeUpdate) {
	cfg.EnsureDefaults()
	st.Latencies = append([]float64(nil), st.Latencies...)
	switch obs.Kind {
	case ObsPause:
		st.Paused, st.PauseKnown = obs.Paused, true
		st.ReadErrors, st.LastReadErr = 0, ""
	case ObsLiquidity:
		if obs.Available != nil {
			st.Available = new(big.Int).Set(obs.Available)
		}
	case ObsReadFailed:
		st.ReadErrors++
		st.LastReadErr = obs.Err
	case ObsOutcome:
		st.Learned = st.Learned.Observe(obs.OK, float64(now.UnixNano())/1e9, cfg.HalfLife.Seconds(), st.Prior)
		if obs.OK {
			st.Successes++
			st.Consecutive = 0
			if obs.Latency > 0 {
				st.Latencies = append(st.Latencies, obs.Latency.Seconds())
				if len(st.Latencies) > cfg.LatencyWindow {
					st.Latencies = st.Latencies[len(st.Latencies)-cfg.LatencyWindow:]
				}
			}
		} else {
			st.Failures++
			st.Consecutive++
			if st.Consecutive >= cfg.FailuresToOpen {
				st.OpenUntil = now.Add(cfg.CircuitCooldown)
			}
		}
	case ObsTick:
		if !st.OpenUntil.IsZero() && !now.Before(st.OpenUntil) {
			// Half-open: the next hop may try; one more failure re-opens.
			st.OpenUntil = time.Time{}
			st.Consecutive = cfg.FailuresToOpen - 1
		}
	}
	st.Updated = now
	want := Published{Status: st.status(now, cfg), Latency: st.latency(cfg), Learned: st.Learned, Available: st.Available}
	if st.published != nil && same(*st.published, want) {
		return st, nil
	}
	st.published = &want
	return st, updates(st.Edges, want)
}

// updates are the edge updates that make edges carry figures p.
func updates(edges []string, want Published) []routing.EdgeUpdate {
	ups := make([]routing.EdgeUpdate, 0, len(edges))
	for _, id := range edges {
		u := routing.EdgeUpdate{Edge: id, Status: ptr(want.Status), Latency: ptr(want.Latency), Learned: ptr(want.Learned)}
		if want.Available != nil {
			var a routing.Amount
			if a.SetFromBig(want.Available) { // overflow: leave the figure as it is
				a = routing.Amount{}
			} else {
				u.Available = &a
			}
		}
		ups = append(ups, u)
	}
	return ups
}

// Status is the bridge's operational state now: paused (read from its
// contracts) wins, then an open circuit, then degraded while its contracts
// cannot be read.
func (st State) Status(now time.Time, cfg Config) routing.Status {
	cfg.EnsureDefaults()
	return st.status(now, cfg)
}

func (st State) status(now time.Time, cfg Config) routing.Status {
	switch {
	case st.Paused:
		return routing.StatusPaused
	case !st.OpenUntil.IsZero() && now.Before(st.OpenUntil):
		return routing.StatusCircuitOpen
	case st.ReadErrors >= cfg.ReadFailures:
		return routing.StatusDegraded
	}
	return routing.StatusOpen
}

// latency is the observed p50/p90 once there are enough samples, else
// the description's figures.
func (st State) latency(cfg Config) routing.Latency {
	if len(st.Latencies) < cfg.MinSamples {
		return st.Base
	}
	s := append([]float64(nil), st.Latencies...)
	sort.Float64s(s)
	return routing.Latency{P50: quantile(s, 0.5), P90: quantile(s, 0.9)}
}

// ObservedP50 is the median observed hop latency in seconds (0: none).
func (st State) ObservedP50() float64 {
	if len(st.Latencies) == 0 {
		return 0
	}
	s := append([]float64(nil), st.Latencies...)
	sort.Float64s(s)
	return quantile(s, 0.5)
}

// quantile of sorted samples, nearest rank.
func quantile(sorted []float64, q float64) float64 {
	i := int(math.Ceil(q*float64(len(sorted)))) - 1
	if i < 0 {
		i = 0
	}
	return sorted[i]
}

func same(a, b Published) bool {
	if a.Status != b.Status || a.Latency != b.Latency || a.Learned.Alpha != b.Learned.Alpha || a.Learned.Beta != b.Learned.Beta {
		return false
	}
	if (a.Available == nil) != (b.Available == nil) {
		return false
	}
	return a.Available == nil || a.Available.Cmp(b.Available) == 0
}

func ptr[T any](v T) *T { return &v }
