package relayers

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"time"
)

// RetryOptions bound a retry loop: exponential backoff with full jitter.
type RetryOptions struct {
	// MaxAttempts including the first. Default 5.
	MaxAttempts int
	// Initial backoff. Default 200ms.
	Initial time.Duration
	// Max backoff. Default 10s.
	Max time.Duration
	// Multiplier per attempt. Default 2.
	Multiplier float64
	// Rand draws the jitter in [0,1); injected for determinism. Default a
	// math/rand/v2 source.
	Rand func() float64
	// Sleep waits; injected so that tests do not wait. Default a timer that
	// honours ctx.
	Sleep func(ctx context.Context, d time.Duration) error
}

// EnsureDefaults fills unset fields.
func (o *RetryOptions) EnsureDefaults() {
	if o.MaxAttempts == 0 {
		o.MaxAttempts = 5
	}
	if o.Initial == 0 {
		o.Initial = 200 * time.Millisecond
	}
	if o.Max == 0 {
		o.Max = 10 * time.Second
	}
	if o.Multiplier == 0 {
		o.Multiplier = 2
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	if o.Sleep == nil {
		o.Sleep = sleepCtx
	}
}

// Validate reports unusable options.
func (o *RetryOptions) Validate() error {
	if o.MaxAttempts < 1 || o.Initial < 0 || o.Max < o.Initial || o.Multiplier < 1 {
		return fmt.Errorf("relayers: bad retry options %+v", *o)
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Backoff is the wait before attempt n+1 (n counts from 1): a uniform draw
// in [0, min(Max, Initial*Multiplier^(n-1))] ("full jitter"), so that many
// relayers retrying together spread out.
func (o *RetryOptions) Backoff(n int) time.Duration {
	ceil := float64(o.Initial)
	for i := 1; i < n && ceil < float64(o.Max); i++ {
		ceil *= o.Multiplier
	}
	if ceil > float64(o.Max) {
		ceil = float64(o.Max)
	}
	return time.Duration(o.Rand() * ceil)
}

// permanent marks an error that retrying cannot fix.
type permanent struct{ err error }

func (p permanent) Error() string { return p.err.Error() }
func (p permanent) Unwrap() error { return p.err }

// Permanent wraps err so that Retry stops at once.
func Permanent(err error) error {
	if err == nil {
		return nil
	}
	return permanent{err}
}

// IsPermanent reports whether err was marked Permanent.
func IsPermanent(err error) bool {
	var p permanent
	return errors.As(err, &p)
}

// ErrRetriesExhausted wraps the last error once MaxAttempts are used.
var ErrRetriesExhausted = errors.New("retries exhausted")

// Retry runs fn until it succeeds, returns a Permanent error, ctx ends, or
// MaxAttempts are used.
func Retry(ctx context.Context, opts RetryOptions, what string, fn func(ctx context.Context, attempt int) error) error {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return err
	}
	var last error
	for n := 1; n <= opts.MaxAttempts; n++ {
		last = fn(ctx, n)
		if last == nil {
			return nil
		}
		if IsPermanent(last) {
			return fmt.Errorf("%s: %w", what, last)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("%s: %w (last error: %v)", what, ctx.Err(), last)
		}
		if n == opts.MaxAttempts {
			break
		}
		if err := opts.Sleep(ctx, opts.Backoff(n)); err != nil {
			return fmt.Errorf("%s: %w (last error: %v)", what, err, last)
		}
	}
	return fmt.Errorf("%s: %w after %d attempts: %w", what, ErrRetriesExhausted, opts.MaxAttempts, last)
}
