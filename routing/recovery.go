package routing

import "fmt"

// Action is what to do with a transfer whose hop failed.
type Action string

// Recovery actions.
const (
	ActionReroute Action = "reroute" // continue from the asset held, on a new route
	ActionRefund  Action = "refund"  // send the funds back to the user
	ActionExpire  Action = "expire"  // the deadline passed: refund, marked expired
	ActionWait    Action = "wait"    // hold the funds and retry the same route at RetryAt
)

// RecoveryInput describes a transfer after a failed hop. Times are unix
// seconds supplied by the caller (routing has no clock).
type RecoveryInput struct {
	Held        string // asset the funds are in now
	Amount      Amount // amount held
	To          string // the transfer's destination asset
	MinOut      Amount // the least the user accepted at the destination
	Now         float64
	Deadline    float64
	Attempts    int      // reroutes already made
	MaxAttempts int      // 0 = DefaultMaxReroutes
	FailedEdges []string // edges that failed this transfer: never retried
	Preset      Preset
	MaxHops     int
	// Remaining is the rest of the current route (edge ids, the failed hop
	// first). When no other route exists, the transfer may wait for it.
	Remaining []string
	// BackoffS is the first wait; each later one doubles (0 = 300 s).
	BackoffS float64
}

// DefaultMaxReroutes bounds how often one transfer is rerouted.
const DefaultMaxReroutes = 3

// Recovery is the decision, with the new route when rerouting.
type Recovery struct {
	Action  Action
	Route   *Route
	RetryAt float64 // for ActionWait
	Reason  string
}

// DecideRecovery applies Strait's recovery rules: past the deadline the
// transfer expires; otherwise it is rerouted from the asset it holds when a
// route exists that still delivers at least MinOut before the deadline
// without a failed bridge, within the attempt budget; failing that, it waits
// (with exponential backoff) to retry its current route if that can still
// finish before the deadline; else it is refunded.
// The transfer actors and the policy simulation both use this function.
func (s *Snapshot) DecideRecovery(in RecoveryInput) Recovery {
	if in.Now >= in.Deadline {
		return Recovery{Action: ActionExpire, Reason: fmt.Sprintf("deadline passed %.0fs ago", in.Now-in.Deadline)}
	}
	max := in.MaxAttempts
	if max == 0 {
		max = DefaultMaxReroutes
	}
	if in.Attempts >= max {
		return Recovery{Action: ActionRefund, Reason: fmt.Sprintf("rerouted %d times already", in.Attempts)}
	}
	if in.Held == in.To {
		return Recovery{Action: ActionRefund, Reason: "funds are at the destination asset but the delivery failed"}
	}
	preset := in.Preset
	if preset == "" {
		preset = Recommended
	}
	req := Request{From: in.Held, To: in.To, Amount: in.Amount, Preset: preset, K: 1, Split: "never",
		Constraints: Constraints{MaxHops: in.MaxHops, MaxETASeconds: in.Deadline - in.Now, DenyBridges: in.FailedEdges}}
	ans, err := s.Route(req)
	if err == nil && !ans.Routes[0].AmountOut.Lt(&in.MinOut) {
		r := &ans.Routes[0]
		return Recovery{Action: ActionReroute, Route: r, Reason: fmt.Sprintf("rerouted via %s", r.Path())}
	}
	why := ""
	if err != nil {
		why = fmt.Sprintf("no route from %s: %v", in.Held, err)
	} else {
		why = fmt.Sprintf("best new route delivers %s, below the minimum %s", ans.Routes[0].AmountOut.Dec(), in.MinOut.Dec())
	}
	// No other way: wait for the current route to recover when there is
	// time left to wait and still finish before the deadline.
	if w, ok := s.waitFor(in); ok {
		return Recovery{Action: ActionWait, RetryAt: in.Now + w, Reason: why + fmt.Sprintf("; waiting %.0fs to retry the same route", w)}
	}
	return Recovery{Action: ActionRefund, Reason: why}
}

// waitFor is how long to wait before retrying the remaining route, if the
// retry can still finish (at the route's p90) before the deadline.
func (s *Snapshot) waitFor(in RecoveryInput) (float64, bool) {
	if len(in.Remaining) == 0 {
		return 0, false
	}
	eta := 0.0
	for _, id := range in.Remaining {
		i, ok := s.edgeIdx[id]
		if !ok {
			return 0, false
		}
		eta += s.Edges[i].Latency.P90
	}
	b := in.BackoffS
	if b <= 0 {
		b = 300
	}
	for i := 0; i < in.Attempts; i++ {
		b *= 2
	}
	if in.Now+b+eta > in.Deadline {
		return 0, false
	}
	return b, true
}
