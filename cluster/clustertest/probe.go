package clustertest

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/api"
)

// Probe asks the wallet API a quote every Interval through its own
// retrying client while faults happen, to show that the API keeps
// answering: every failed attempt must be retried successfully.
type Probe struct {
	c      *api.Client
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu       sync.Mutex
	calls    int
	failed   []error // calls that failed even after retries
	requests []time.Duration
	spans    []span
}

type span struct{ start, end time.Time }

// StartProbe starts probing; Stop ends it and reports.
func (e *Env) StartProbe(interval time.Duration, o api.ClientOptions) (*Probe, error) {
	nc, err := nats.Connect(e.NATS.ClientURL(), nats.Name("clustertest-probe"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, err
	}
	c, err := api.NewClientWith(nc, o)
	if err != nil {
		nc.Close()
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	p := &Probe{c: c, cancel: cancel}
	w := e.Demo[0].Address.Hex()
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
			t0 := time.Now()
			_, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@devnet-evm-a", To: "USDC@devnet-evm-b", Amount: "1000000", Owner: w, Recipient: w})
			d := time.Since(t0)
			if ctx.Err() != nil {
				return // stopped mid-call: not a failure of the API
			}
			p.mu.Lock()
			p.calls++
			p.requests = append(p.requests, d)
			p.spans = append(p.spans, span{t0, t0.Add(d)})
			if err != nil {
				p.failed = append(p.failed, fmt.Errorf("at %s: %w", t0.Format("15:04:05.000"), err))
			}
			p.mu.Unlock()
		}
	}()
	return p, nil
}

// ProbeReport is what a probe saw.
type ProbeReport struct {
	Calls int `json:"calls"`
	// Failed counts calls that failed even after the client's retries
	// (must be 0); FailedAttempts counts attempts that failed and were
	// retried, RetriedOK the calls those retries saved.
	Failed         int             `json:"failed"`
	FailedAttempts uint64          `json:"failed_attempts"`
	RetriedOK      uint64          `json:"retried_ok"`
	Latency        Latencies       `json:"latency"`
	Stats          api.ClientStats `json:"client"`
	Errors         []string        `json:"errors,omitempty"`
}

// Stop ends the probe and reports.
func (p *Probe) Stop() ProbeReport {
	p.cancel()
	p.wg.Wait()
	p.c.Conn().Close()
	p.mu.Lock()
	defer p.mu.Unlock()
	st := p.c.Stats()
	r := ProbeReport{Calls: p.calls, Failed: len(p.failed), FailedAttempts: st.Failures, RetriedOK: st.RetriedOK, Latency: Summarise(p.requests), Stats: st}
	for i, err := range p.failed {
		if i == 5 {
			break
		}
		r.Errors = append(r.Errors, err.Error())
	}
	return r
}

// LongestWaitAfter is the longest a probe call waited for its answer after
// t (a call begun before t counts from t): how long the API, seen through
// the retrying client, took to answer again after a fault at t.
func (p *Probe) LongestWaitAfter(t time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	var longest time.Duration
	for _, s := range p.spans {
		if s.end.Before(t) {
			continue
		}
		from := s.start
		if from.Before(t) {
			from = t
		}
		longest = max(longest, s.end.Sub(from))
	}
	return longest
}

// Stats returns the probe client's counters so far.
func (p *Probe) Stats() api.ClientStats { return p.c.Stats() }
