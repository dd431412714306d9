package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
)

// Client is the Go client a wallet backend imports. It speaks to any node of
// a Strait deployment over NATS; identity and permissions come from the NATS
// connection (user, account, subject permissions), never from a body field.
//
// A client made with NewClientWith retries requests that failed for a
// transport reason (see Retryable): a node that died, froze or restarted
// mid-request leaves the request to another node of the queue group. Every
// call it retries is safe to repeat:
//
//   - Quote, Get, List, Chains and Bridges change nothing a retry could
//     double (a repeated quote is a second quote; the first expires unused).
//   - Submit is idempotent by ClientRef: the transfer id is derived from it,
//     so a repeat returns the transfer the first attempt created instead of
//     making another. A submit without ClientRef is never retried.
//   - Cancel cancels at most once; a retry that finds the transfer already
//     cancelled, or its cancel recorded (NOT_CANCELLABLE after an attempt
//     whose outcome is unknown), returns that transfer.
type Client struct {
	nc    *nats.Conn
	o     ClientOptions
	stats clientCounters
}

// ClientOptions configure NewClientWith. The zero value gives the defaults.
type ClientOptions struct {
	// Retries is how many times a call is sent again after a retryable
	// failure (default 4; negative: never).
	Retries int
	// Backoff is the wait before the first retry (default 100 ms); each
	// further wait doubles, up to MaxBackoff (default 2 s). Every wait is
	// jittered to between half and all of its length, so that clients cut
	// off together do not come back together.
	Backoff    time.Duration
	MaxBackoff time.Duration
	// Timeout bounds each attempt (default 10 s); the call's context bounds
	// the whole call. An attempt that times out is retried: a node that
	// froze mid-request holds the request until then.
	Timeout time.Duration
	// Rand returns a number in [0, 1) for the jitter (default math/rand/v2).
	Rand func() float64
	// Sleep waits d or until ctx ends (default a timer); tests inject it.
	Sleep func(ctx context.Context, d time.Duration) error
}

// Client option defaults.
const (
	DefaultClientRetries    = 4
	DefaultClientBackoff    = 100 * time.Millisecond
	DefaultClientMaxBackoff = 2 * time.Second
	DefaultClientTimeout    = 10 * time.Second
)

// EnsureDefaults fills unset options.
func (o *ClientOptions) EnsureDefaults() {
	if o.Retries == 0 {
		o.Retries = DefaultClientRetries
	}
	if o.Backoff == 0 {
		o.Backoff = DefaultClientBackoff
	}
	if o.MaxBackoff == 0 {
		o.MaxBackoff = max(DefaultClientMaxBackoff, o.Backoff)
	}
	if o.Timeout == 0 {
		o.Timeout = DefaultClientTimeout
	}
	if o.Rand == nil {
		o.Rand = rand.Float64
	}
	if o.Sleep == nil {
		o.Sleep = sleepCtx
	}
}

// Validate reports unusable options.
func (o *ClientOptions) Validate() error {
	switch {
	case o.Backoff < 0:
		return fmt.Errorf("api client: Backoff %v is negative", o.Backoff)
	case o.MaxBackoff < o.Backoff:
		return fmt.Errorf("api client: MaxBackoff %v is below Backoff %v", o.MaxBackoff, o.Backoff)
	case o.Timeout < 0:
		return fmt.Errorf("api client: Timeout %v is negative", o.Timeout)
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// NewClient wraps a NATS connection. It sends each request once and waits
// for as long as the call's context allows.
func NewClient(nc *nats.Conn) *Client { return &Client{nc: nc, o: ClientOptions{Retries: -1}} }

// NewClientWith wraps a NATS connection with retries (see ClientOptions).
func NewClientWith(nc *nats.Conn, o ClientOptions) (*Client, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return &Client{nc: nc, o: o}, nil
}

// ClientStats counts what a client did since it was made.
type ClientStats struct {
	Calls    uint64 `json:"calls"`    // calls made (Quote, Submit, ...)
	Attempts uint64 `json:"attempts"` // requests sent: calls plus retries
	// Failures counts attempts that failed for a retryable reason (no
	// responders, timeout, disconnection, UNAVAILABLE).
	Failures uint64 `json:"failures"`
	// RetriedOK counts calls that succeeded after at least one failed
	// attempt: the failures the client hid from its caller.
	RetriedOK uint64 `json:"retried_ok"`
	// GaveUp counts calls that ended on a retryable failure: retries
	// exhausted or the call's context ended.
	GaveUp uint64 `json:"gave_up"`
	// NotRetried counts submits without ClientRef that failed retryably and
	// were not sent again.
	NotRetried uint64 `json:"not_retried"`
}

type clientCounters struct {
	calls, attempts, failures, retriedOK, gaveUp, notRetried atomic.Uint64
}

// Stats returns the client's counters.
func (c *Client) Stats() ClientStats {
	s := &c.stats
	return ClientStats{Calls: s.calls.Load(), Attempts: s.attempts.Load(), Failures: s.failures.Load(),
		RetriedOK: s.retriedOK.Load(), GaveUp: s.gaveUp.Load(), NotRetried: s.notRetried.Load()}
}

// Retryable reports whether err is a failure that sending the request
// again may cure: nobody answered (no responders: every node is down or
// restarting), the attempt timed out or the connection dropped while
// waiting (the request may or may not have been handled), the connection
// is reconnecting, or the node answered UNAVAILABLE. Everything else (a
// coded answer, a closed connection, the call's own context ending) is
// final.
func Retryable(err error) bool {
	var ae *Error
	if errors.As(err, &ae) {
		return ae.Code == CodeUnavailable
	}
	return errors.Is(err, nats.ErrNoResponders) || errors.Is(err, nats.ErrTimeout) ||
		errors.Is(err, nats.ErrDisconnected) || errors.Is(err, nats.ErrConnectionReconnecting)
}

// unsure reports whether a failed attempt may have been handled by a node
// (as opposed to never having reached one).
func unsure(err error) bool {
	return errors.Is(err, nats.ErrTimeout) || errors.Is(err, nats.ErrDisconnected)
}

// call sends a request and decodes the reply into out, or returns the
// service's *Error, retrying retryable failures if retry allows. It
// returns whether an earlier attempt failed with an unknown outcome.
func (c *Client) call(ctx context.Context, subject string, req, out any, retry bool) (wasUnsure bool, err error) {
	body, err := json.Marshal(req)
	if err != nil {
		return false, fmt.Errorf("encode %s request: %w", subject, err)
	}
	c.stats.calls.Add(1)
	wait := c.o.Backoff
	for attempt := 0; ; attempt++ {
		c.stats.attempts.Add(1)
		err = c.once(ctx, subject, body, out)
		if err == nil {
			if attempt > 0 {
				c.stats.retriedOK.Add(1)
			}
			return wasUnsure, nil
		}
		if !Retryable(err) {
			return wasUnsure, err
		}
		c.stats.failures.Add(1)
		if !retry {
			if c.o.Retries >= 0 {
				c.stats.notRetried.Add(1)
			}
			return wasUnsure, err
		}
		if attempt >= c.o.Retries || ctx.Err() != nil {
			c.stats.gaveUp.Add(1)
			return wasUnsure, fmt.Errorf("%w (after %d attempts)", err, attempt+1)
		}
		wasUnsure = wasUnsure || unsure(err)
		d := time.Duration(float64(wait) * (0.5 + c.o.Rand()/2))
		if serr := c.o.Sleep(ctx, d); serr != nil {
			c.stats.gaveUp.Add(1)
			return wasUnsure, fmt.Errorf("%w (after %d attempts; %v while waiting to retry)", err, attempt+1, serr)
		}
		wait = min(2*wait, c.o.MaxBackoff)
	}
}

// once sends one request. An attempt that runs out of its own time (not
// the call's) fails with nats.ErrTimeout.
func (c *Client) once(ctx context.Context, subject string, body []byte, out any) error {
	actx := ctx
	if c.o.Timeout > 0 {
		var cancel context.CancelFunc
		actx, cancel = context.WithTimeout(ctx, c.o.Timeout)
		defer cancel()
	}
	msg, err := c.nc.RequestWithContext(actx, subject, body)
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%s: no reply within %v: %w", subject, c.o.Timeout, nats.ErrTimeout)
		}
		return fmt.Errorf("%s: %w", subject, err)
	}
	if msg.Header.Get("Nats-Service-Error-Code") != "" {
		var er ErrorReply
		if err := json.Unmarshal(msg.Data, &er); err != nil || er.Error == nil {
			return &Error{Code: Code(msg.Header.Get("Nats-Service-Error-Code")), Message: msg.Header.Get("Nats-Service-Error")}
		}
		return er.Error
	}
	if err := json.Unmarshal(msg.Data, out); err != nil {
		return fmt.Errorf("decode %s reply: %w", subject, err)
	}
	return nil
}

func (c *Client) retries() bool { return c.o.Retries > 0 }

// Quote asks for routes.
func (c *Client) Quote(ctx context.Context, r QuoteRequest) (*QuoteReply, error) {
	var out QuoteReply
	_, err := c.call(ctx, SubjectQuote, r, &out, c.retries())
	return &out, err
}

// Submit starts a transfer from a quote. Repeating it with the same
// ClientRef returns the same transfer, which is what makes it safe to
// retry; without ClientRef it is sent once.
func (c *Client) Submit(ctx context.Context, r SubmitRequest) (*Transfer, error) {
	var out Transfer
	retry := c.retries() && r.ClientRef != ""
	_, err := c.call(ctx, SubjectSubmit, r, &out, retry)
	if err != nil && c.retries() && !retry && Retryable(err) {
		err = fmt.Errorf("%w (not retried: a submit without client_ref is not idempotent)", err)
	}
	return &out, err
}

// Get returns a transfer.
func (c *Client) Get(ctx context.Context, id string) (*Transfer, error) {
	var out Transfer
	_, err := c.call(ctx, SubjectGet, GetRequest{ID: id}, &out, c.retries())
	return &out, err
}

// List returns an owner's transfers.
func (c *Client) List(ctx context.Context, r ListRequest) (*ListReply, error) {
	var out ListReply
	_, err := c.call(ctx, SubjectList, r, &out, c.retries())
	return &out, err
}

// Cancel cancels a transfer before its source transaction confirms. Once
// that transaction is signed the cancel is recorded (CancelRequested) and
// its fate ends the transfer: CANCELLED if it fails or is never mined,
// refunded if it confirms (docs/api.md, Cancelling).
func (c *Client) Cancel(ctx context.Context, id string) (*Transfer, error) {
	var out Transfer
	wasUnsure, err := c.call(ctx, SubjectCancel, CancelRequest{ID: id}, &out, c.retries())
	var ae *Error
	if wasUnsure && errors.As(err, &ae) && ae.Code == CodeNotCancellable {
		// An earlier attempt may have cancelled it and lost the reply: if
		// the transfer ended cancelled, that attempt is the answer.
		if t, gerr := c.Get(ctx, id); gerr == nil && (t.Substatus == SubCancelled || t.CancelRequested) {
			return t, nil
		}
	}
	return &out, err
}

// Chains lists the chains.
func (c *Client) Chains(ctx context.Context) (*ChainsReply, error) {
	var out ChainsReply
	_, err := c.call(ctx, SubjectCatalogChains, struct{}{}, &out, c.retries())
	return &out, err
}

// Bridges lists the bridges with live health and figures.
func (c *Client) Bridges(ctx context.Context) (*BridgesReply, error) {
	var out BridgesReply
	_, err := c.call(ctx, SubjectCatalogBridges, struct{}{}, &out, c.retries())
	return &out, err
}

// Conn returns the client's NATS connection.
func (c *Client) Conn() *nats.Conn { return c.nc }
