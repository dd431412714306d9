package actors

import (
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/straitnet/strait/actors/transfer"
)

// The transfers' own metrics, on the default Prometheus registry that a
// node's /metrics serves (docs/operators.md). strait_transfer_events_total
// (events.go) counts what happened; these say how long it took and how
// much is under way.

// durationBuckets span a devnet hop (seconds) to a slow bridge's (an hour
// and more: a guardian bridge waits for finality on its source chain).
var durationBuckets = []float64{0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1200, 1800, 3600, 7200}

var (
	hopSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "strait_hop_duration_seconds",
		Help:    "Time from a hop attempt's start to its end, by bridge and outcome (delivered, failed, parked).",
		Buckets: durationBuckets,
	}, []string{"bridge", "outcome"})
	transferSeconds = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name:    "strait_transfer_duration_seconds",
		Help:    "Time from a transfer's submit to its end, by how it ended (its final substatus: COMPLETED, REFUNDED, EXPIRED, CANCELLED, ...).",
		Buckets: durationBuckets,
	}, []string{"outcome"})
	activeTransfers = prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "strait_transfers_active",
		Help: "Transfers with an actor on this node: the unfinished ones it carries, and ended ones whose last events it has yet to publish.",
	}, countActive)
)

func init() { prometheus.MustRegister(hopSeconds, transferSeconds, activeTransfers) }

// running are this process's started managers (one in a node; tests start
// several), for strait_transfers_active.
var running struct {
	mu sync.Mutex
	ms map[*Manager]struct{}
}

func (m *Manager) countMe(on bool) {
	running.mu.Lock()
	defer running.mu.Unlock()
	if running.ms == nil {
		running.ms = map[*Manager]struct{}{}
	}
	if on {
		running.ms[m] = struct{}{}
	} else {
		delete(running.ms, m)
	}
}

func countActive() float64 {
	running.mu.Lock()
	defer running.mu.Unlock()
	n := 0
	for m := range running.ms {
		m.mu.Lock()
		n += len(m.pids)
		m.mu.Unlock()
	}
	return float64(n)
}

// observeEvents feeds the duration metrics from a step's events once they
// are durable: a hop attempt's time when it ends, a transfer's when it
// ends. (A node that crashes between the journal and this loses those
// observations, not the events.)
func observeEvents(evs []transfer.Event, states []transfer.State) {
	for i, e := range evs {
		st := &states[i]
		switch e.Type {
		case transfer.EvHopDelivered, transfer.EvHopFailed:
			l := st.AttemptLog(e.Hop, e.Attempt)
			if l == nil || l.Started.IsZero() { // (journaled before attempts kept their start)
				break
			}
			outcome := "delivered"
			if e.Type == transfer.EvHopFailed {
				outcome = "failed"
				if e.Parked {
					outcome = "parked"
				}
			}
			hopSeconds.WithLabelValues(l.Bridge, outcome).Observe(seconds(e.At.Sub(l.Started)))
		}
		// (A step starts from an unfinished state: the first event that
		// leaves the transfer ended is its end.)
		if st.Terminal() && (i == 0 || !states[i-1].Terminal()) && !st.Created.IsZero() {
			transferSeconds.WithLabelValues(string(st.Substatus)).Observe(seconds(e.At.Sub(st.Created)))
		}
	}
}

// seconds is d in seconds, never negative (a clock stepped back between
// two events).
func seconds(d time.Duration) float64 { return max(0, d.Seconds()) }
