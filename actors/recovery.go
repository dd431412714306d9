package actors

import (
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
)

// RouterDecider adapts routing.DecideRecovery, the rule the policy
// simulation also uses, to the transfer lifecycle.
func RouterDecider(store *routing.Store) transfer.Decider {
	return func(s *transfer.State, now time.Time) transfer.Recovery {
		amount, err := routing.ParseAmount(s.HeldAmt, "held_amount")
		if err != nil {
			return transfer.Recovery{Action: string(routing.ActionRefund), Reason: "held amount unreadable: " + err.Error()}
		}
		minOut, err := routing.ParseAmount(s.MinOut, "min_out")
		if err != nil {
			return transfer.Recovery{Action: string(routing.ActionRefund), Reason: "minimum output unreadable: " + err.Error()}
		}
		var remaining []string
		for _, h := range s.Route[min(s.HopIndex, len(s.Route)):] {
			remaining = append(remaining, h.Edge)
		}
		attempts := s.Reroutes + s.Waits
		r := store.Load().DecideRecovery(routing.RecoveryInput{
			Held: s.Held, Amount: amount, To: s.To, MinOut: minOut,
			Now: float64(now.UnixNano()) / 1e9, Deadline: float64(s.Deadline.UnixNano()) / 1e9,
			Attempts: attempts, FailedEdges: s.FailedBridges, Preset: routing.Preset(s.Preset), Remaining: remaining,
		})
		out := transfer.Recovery{Action: string(r.Action), Reason: r.Reason}
		if r.Action == routing.ActionWait {
			out.RetryAt = time.Unix(0, int64(r.RetryAt*1e9)).UTC()
		}
		if r.Route != nil {
			for _, h := range r.Route.Hops {
				out.Route = append(out.Route, transfer.Hop{Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To})
			}
		}
		return out
	}
}
