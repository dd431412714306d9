package actors

import (
	"fmt"
	"strings"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
)

// RouterDecider adapts routing.DecideRecovery, the rule the policy
// simulation also uses, to the transfer lifecycle.
//
// Every route Strait starts is committed on chain at the source: the EVM
// Gateway commits the route by hash and forwards only along it (the IBC
// forwarder and the guardian bridge carry the committed route the same
// way), together with the alternatives the wallet signed with it (altRoot).
// Once the source transaction confirmed, the funds can only go on along
// that route, along a committed alternative, or back to the user. So:
//
//   - funds parked by a Gateway that could not forward (State.Parked) take
//     the first committed alternative from the asset held that is still
//     usable (every hop known and open, no bridge that failed this
//     transfer, its p90 before the deadline), else refund;
//   - any other failed hop retries the same hop (wait) when a retry still
//     fits before the deadline, else refunds: the router's own reroute
//     proposals are never taken, since the funds are in the hop's bridge,
//     not where a new route could start.
func RouterDecider(store *routing.Store) transfer.Decider {
	return func(s *transfer.State, now time.Time) transfer.Recovery {
		if s.Parked {
			return takeAlternative(store.Load(), s, now)
		}
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
		snap := store.Load()
		in := routing.RecoveryInput{
			Held: s.Held, Amount: amount, To: s.To, MinOut: minOut,
			Now: float64(now.UnixNano()) / 1e9, Deadline: float64(s.Deadline.UnixNano()) / 1e9,
			Attempts: attempts, FailedEdges: s.FailedBridges, Preset: routing.Preset(s.Preset), Remaining: remaining,
		}
		r := snap.DecideRecovery(in)
		if r.Action == routing.ActionReroute {
			return retryCommitted(snap, in, r.Reason)
		}
		out := transfer.Recovery{Action: string(r.Action), Reason: r.Reason}
		if r.Action == routing.ActionWait {
			out.RetryAt = unixTime(r.RetryAt)
		}
		return out
	}
}

// takeAlternative picks, for funds parked in the asset held, the first
// committed alternative from that asset that can still run (the quote
// ranked them best first).
func takeAlternative(snap *routing.Snapshot, s *transfer.State, now time.Time) transfer.Recovery {
	if now.After(s.Deadline) {
		return transfer.Recovery{Action: string(routing.ActionExpire), Reason: "the deadline passed with the funds parked"}
	}
	failed := map[string]bool{}
	for _, b := range s.FailedBridges {
		failed[b] = true
	}
	var why []string
	for k, a := range s.Alternatives {
		if a.From != s.Held || len(a.Route) == 0 {
			continue
		}
		eta, bad := 0.0, ""
		for _, h := range a.Route {
			i, ok := snap.EdgeIndex(h.Edge)
			switch {
			case failed[h.Bridge]:
				bad = h.Bridge + " failed this transfer"
			case !ok:
				bad = "hop " + h.Edge + " is no longer known"
			case !snap.Edges[i].Status.Usable():
				bad = h.Bridge + " is " + snap.Edges[i].Status.String()
			default:
				eta += snap.Edges[i].Latency.P90
				continue
			}
			break
		}
		if bad == "" && now.Add(time.Duration(eta*float64(time.Second))).After(s.Deadline) {
			bad = fmt.Sprintf("its p90 (%.0fs) misses the deadline", eta)
		}
		if bad != "" {
			why = append(why, fmt.Sprintf("alternative %d: %s", k, bad))
			continue
		}
		return transfer.Recovery{Action: string(routing.ActionReroute), Route: append([]transfer.Hop(nil), a.Route...),
			Reason: fmt.Sprintf("funds parked in %s: taking committed alternative %d (%s)", s.Held, k, hopsPath(a.Route))}
	}
	if len(why) == 0 {
		return transfer.Recovery{Action: string(routing.ActionRefund), Reason: "funds parked in " + s.Held + " and no alternative was committed from it"}
	}
	return transfer.Recovery{Action: string(routing.ActionRefund), Reason: "funds parked in " + s.Held + ", no committed alternative usable: " + strings.Join(why, "; ")}
}

func hopsPath(hops []transfer.Hop) string {
	parts := make([]string, len(hops))
	for i, h := range hops {
		parts[i] = h.Bridge
	}
	return strings.Join(parts, ", ")
}

// retryCommitted decides for a committed route whose hop failed: wait to
// retry the same hop with the router's backoff (300 s, doubling per
// attempt) when the retry and the rest of the route still finish (at their
// p90) before the deadline and the attempt budget is not spent, else refund.
// The first retry comes sooner (QuickRetry) when the failed hop's bridge
// still looks usable in the live figures: the failure was most likely
// transient (an RPC error, an attestation that was not ready), and five
// minutes would only delay the user. A paused or circuit-open bridge gets
// the full backoff.
func retryCommitted(snap *routing.Snapshot, in routing.RecoveryInput, routerSaid string) transfer.Recovery {
	why := "the route is committed on chain, so the funds cannot be rerouted (the router proposed: " + routerSaid + ")"
	if in.Attempts >= routing.DefaultMaxReroutes {
		return transfer.Recovery{Action: string(routing.ActionRefund), Reason: fmt.Sprintf("%s; retried %d times already", why, in.Attempts)}
	}
	eta, failed := 0.0, int32(-1)
	for k, id := range in.Remaining {
		i, ok := snap.EdgeIndex(id)
		if !ok {
			return transfer.Recovery{Action: string(routing.ActionRefund), Reason: why + "; the route's hop " + id + " is no longer known"}
		}
		if k == 0 {
			failed = i
		}
		eta += snap.Edges[i].Latency.P90
	}
	if len(in.Remaining) == 0 {
		return transfer.Recovery{Action: string(routing.ActionRefund), Reason: why + "; no hop left to retry"}
	}
	backoff := 300.0
	for i := 0; i < in.Attempts; i++ {
		backoff *= 2
	}
	if in.Attempts == 0 && snap.Edges[failed].Status.Usable() {
		backoff = QuickRetry.Seconds()
	}
	if in.Now+backoff+eta > in.Deadline {
		return transfer.Recovery{Action: string(routing.ActionRefund), Reason: why + "; a retry would miss the deadline"}
	}
	return transfer.Recovery{Action: string(routing.ActionWait), RetryAt: unixTime(in.Now + backoff),
		Reason: fmt.Sprintf("%s; waiting %.0fs to retry the same hop", why, backoff)}
}

// QuickRetry is the first wait before retrying a committed route's failed
// hop whose bridge still looks usable (see retryCommitted).
const QuickRetry = 30 * time.Second

func unixTime(s float64) time.Time { return time.Unix(0, int64(s*1e9)).UTC() }
