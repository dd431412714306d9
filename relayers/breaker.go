package relayers

import (
	"time"
)

// BreakerState is a circuit breaker's state.
type BreakerState int

const (
	// BreakerClosed: calls flow.
	BreakerClosed BreakerState = iota
	// BreakerOpen: calls are refused until the cooldown ends.
	BreakerOpen
	// BreakerHalfOpen: one probe call is allowed; its outcome closes or
	// re-opens the breaker.
	BreakerHalfOpen
)

func (s BreakerState) String() string {
	switch s {
	case BreakerClosed:
		return "closed"
	case BreakerOpen:
		return "open"
	case BreakerHalfOpen:
		return "half-open"
	}
	return "unknown"
}

// Breaker is a pure circuit-breaker state machine: the caller passes the
// time, so that tests drive it without sleeping. Not safe for concurrent use
// on its own (the Pool locks around it).
type Breaker struct {
	// Threshold consecutive failures open the breaker.
	Threshold int
	// Cooldown after which an open breaker lets one probe through.
	Cooldown time.Duration

	state    BreakerState
	failures int
	openedAt time.Time
	probing  bool
}

// State reports the state at time now (an open breaker whose cooldown has
// passed reads half-open).
func (b *Breaker) State(now time.Time) BreakerState {
	if b.state == BreakerOpen && now.Sub(b.openedAt) >= b.Cooldown {
		return BreakerHalfOpen
	}
	return b.state
}

// Allow reports whether a call may go out now; in half-open only one probe
// is let through at a time.
func (b *Breaker) Allow(now time.Time) bool {
	switch b.State(now) {
	case BreakerClosed:
		return true
	case BreakerHalfOpen:
		if b.probing {
			return false
		}
		b.state = BreakerHalfOpen
		b.probing = true
		return true
	}
	return false
}

// Success records a call that worked: the breaker closes.
func (b *Breaker) Success() {
	b.state, b.failures, b.probing = BreakerClosed, 0, false
}

// Failure records a failed call at time now.
func (b *Breaker) Failure(now time.Time) {
	b.probing = false
	if b.state == BreakerHalfOpen {
		b.state, b.openedAt = BreakerOpen, now
		return
	}
	b.failures++
	if b.failures >= b.Threshold {
		b.state, b.openedAt = BreakerOpen, now
	}
}
