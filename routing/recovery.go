package routing

import "fmt"

// Action is what to do with a transfer whose hop failed.
type Action string

// Recovery actions.
const (
	ActionReroute Action = "reroute" // continue from the asset held, on a new route
	ActionRefund  Action = "refund"  // send the funds back to the user
	ActionExpire  Action = "expire"  // the deadline passed: refund, marked expired
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
}

// DefaultMaxReroutes bounds how often one transfer is rerouted.
const DefaultMaxReroutes = 3

// Recovery is the decision, with the new route when rerouting.
type Recovery struct {
	Action Action
	Route  *Route
	Reason string
}

// DecideRecovery applies Strait's recovery rules: past the deadline the
// transfer expires; otherwise it is rerouted from the asset it holds when a
// route exists that still delivers at least MinOut before the deadline
// without a failed edge, within the reroute budget; else it is refunded.
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
	if err != nil {
		return Recovery{Action: ActionRefund, Reason: fmt.Sprintf("no route from %s: %v", in.Held, err)}
	}
	r := &ans.Routes[0]
	if r.AmountOut.Lt(&in.MinOut) {
		return Recovery{Action: ActionRefund, Reason: fmt.Sprintf("best new route delivers %s, below the minimum %s", r.AmountOut.Dec(), in.MinOut.Dec())}
	}
	return Recovery{Action: ActionReroute, Route: r, Reason: fmt.Sprintf("rerouted via %s", r.Path())}
}
