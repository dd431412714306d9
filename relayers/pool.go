package relayers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Endpoint is one RPC endpoint of a chain.
type Endpoint[C any] struct {
	Name   string
	Client C
}

// PoolOptions configure an RPC pool.
type PoolOptions struct {
	// FailureThreshold consecutive endpoint failures open its breaker.
	// Default 3.
	FailureThreshold int
	// Cooldown before an open endpoint gets a probe. Default 5s.
	Cooldown time.Duration
	// IsEndpointFailure tells an endpoint's fault (connection refused,
	// timeout, 5xx) from an answer about the request (a revert, a nonce
	// too low), which must not count against the endpoint or fail over.
	// Default: every error except context cancellation by the caller.
	IsEndpointFailure func(error) bool
	// Now is the clock. Default time.Now.
	Now    func() time.Time
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *PoolOptions) EnsureDefaults() {
	if o.FailureThreshold == 0 {
		o.FailureThreshold = 3
	}
	if o.Cooldown == 0 {
		o.Cooldown = 5 * time.Second
	}
	if o.IsEndpointFailure == nil {
		o.IsEndpointFailure = func(err error) bool { return !errors.Is(err, context.Canceled) }
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *PoolOptions) Validate() error {
	if o.FailureThreshold < 1 || o.Cooldown < 0 {
		return fmt.Errorf("relayers: bad pool options: threshold %d, cooldown %v", o.FailureThreshold, o.Cooldown)
	}
	return nil
}

// ErrNoEndpoint is returned when every endpoint's breaker is open.
var ErrNoEndpoint = errors.New("no healthy RPC endpoint")

// Pool spreads calls over a chain's endpoints in preference order: it uses
// the first whose breaker allows a call, fails over to the next on an
// endpoint failure, and skips endpoints whose breaker is open.
type Pool[C any] struct {
	opts      PoolOptions
	endpoints []Endpoint[C]
	mu        sync.Mutex
	breakers  []*Breaker
}

// NewPool builds a pool; endpoints are in preference order.
func NewPool[C any](opts PoolOptions, endpoints ...Endpoint[C]) (*Pool[C], error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if len(endpoints) == 0 {
		return nil, errors.New("relayers: pool without endpoints")
	}
	p := &Pool[C]{opts: opts, endpoints: endpoints}
	for range endpoints {
		p.breakers = append(p.breakers, &Breaker{Threshold: opts.FailureThreshold, Cooldown: opts.Cooldown})
	}
	return p, nil
}

// Do runs fn on the first endpoint that allows it, failing over on endpoint
// failures. A non-endpoint error (the chain's answer) returns at once.
func (p *Pool[C]) Do(ctx context.Context, what string, fn func(ctx context.Context, c C) error) error {
	var errs []error
	tried := 0
	for i, ep := range p.endpoints {
		p.mu.Lock()
		ok := p.breakers[i].Allow(p.opts.Now())
		p.mu.Unlock()
		if !ok {
			continue
		}
		tried++
		err := fn(ctx, ep.Client)
		p.mu.Lock()
		switch {
		case err == nil:
			p.breakers[i].Success()
		case p.opts.IsEndpointFailure(err) && ctx.Err() == nil:
			p.breakers[i].Failure(p.opts.Now())
			if p.breakers[i].State(p.opts.Now()) == BreakerOpen {
				p.opts.Logger.Warn("rpc endpoint circuit open", "endpoint", ep.Name, "err", err)
			}
		default:
			// The endpoint answered; the answer is the caller's business.
			p.breakers[i].Success()
			p.mu.Unlock()
			return err
		}
		p.mu.Unlock()
		if err == nil {
			return nil
		}
		errs = append(errs, fmt.Errorf("%s: %w", ep.Name, err))
		if ctx.Err() != nil {
			break
		}
	}
	if tried == 0 {
		return fmt.Errorf("%s: %w", what, ErrNoEndpoint)
	}
	return fmt.Errorf("%s: every endpoint failed: %w", what, errors.Join(errs...))
}

// States reports each endpoint's breaker state, for health pages.
func (p *Pool[C]) States() map[string]BreakerState {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := map[string]BreakerState{}
	now := p.opts.Now()
	for i, ep := range p.endpoints {
		out[ep.Name] = p.breakers[i].State(now)
	}
	return out
}
