package bridge

import (
	"time"
)

// Chain health values, as catalog.chains reports them.
const (
	HealthOK       = "ok"
	HealthDegraded = "degraded"
	HealthDown     = "down"
)

// ChainConfig tunes the chain health rule.
type ChainConfig struct {
	// BlockTime is the chain's expected block time (default 1 s).
	BlockTime time.Duration
	// StaleBlocks without a new head make the chain degraded (default 10),
	// DownBlocks down (default 60).
	StaleBlocks int
	DownBlocks  int
	// DownErrors consecutive failed head reads make the chain down
	// (default 3); one makes it degraded.
	DownErrors int
	// FinalityBlocks is the depth at which a block is final (0: the head
	// is final, as on an instant-finality chain).
	FinalityBlocks uint64
}

// EnsureDefaults fills unset fields.
func (c *ChainConfig) EnsureDefaults() {
	if c.BlockTime <= 0 {
		c.BlockTime = time.Second
	}
	if c.StaleBlocks <= 0 {
		c.StaleBlocks = 10
	}
	if c.DownBlocks <= c.StaleBlocks {
		c.DownBlocks = 6 * c.StaleBlocks
	}
	if c.DownErrors <= 0 {
		c.DownErrors = 3
	}
}

// HeadObs is one head read: the height and block time, or the error.
type HeadObs struct {
	Height    uint64
	BlockTime time.Time
	Err       string
	// Tick: no read, time passed.
	Tick bool
}

// ChainState is what a ChainActor knows about its chain.
type ChainState struct {
	Chain  string `json:"chain"`
	Height uint64 `json:"height"`
	// Final is the highest final height (Height - FinalityBlocks).
	Final uint64 `json:"final"`
	// HeadTime is the head block's timestamp; SeenAt when this node saw
	// the height advance (its own clock).
	HeadTime time.Time `json:"head_time"`
	SeenAt   time.Time `json:"seen_at"`
	// Errors counts consecutive failed reads; LastErr is the latest.
	Errors  int    `json:"errors"`
	LastErr string `json:"last_error,omitempty"`
	Health  string `json:"health"`
}

// ChainStep applies one head read (or a tick) at time now.
func ChainStep(st ChainState, obs HeadObs, now time.Time, cfg ChainConfig) ChainState {
	cfg.EnsureDefaults()
	switch {
	case obs.Tick:
	case obs.Err != "":
		st.Errors++
		st.LastErr = obs.Err
	default:
		st.Errors, st.LastErr = 0, ""
		if obs.Height > st.Height || st.SeenAt.IsZero() {
			st.Height, st.HeadTime, st.SeenAt = obs.Height, obs.BlockTime, now
			st.Final = 0
			if st.Height > cfg.FinalityBlocks {
				st.Final = st.Height - cfg.FinalityBlocks
			}
		}
	}
	stale := now.Sub(st.SeenAt)
	switch {
	case st.SeenAt.IsZero() || st.Errors >= cfg.DownErrors || stale > time.Duration(cfg.DownBlocks)*cfg.BlockTime:
		st.Health = HealthDown
	case st.Errors > 0 || stale > time.Duration(cfg.StaleBlocks)*cfg.BlockTime:
		st.Health = HealthDegraded
	default:
		st.Health = HealthOK
	}
	return st
}
