// Package transfer is the transfer lifecycle as a pure state machine:
// (state, input, now) -> (events, effects). The TransferActor journals the
// events, then applies them and runs the effects; a restarted node folds the
// journal back into the state with Apply. Nothing here does I/O, reads a
// clock or draws randomness.
//
// Effects are idempotent by key (transfer, hop, attempt): running one twice
// (after a crash between journaling and acknowledging) never pays twice.
package transfer

import (
	"fmt"
	"time"

	"github.com/straitnet/strait/api"
)

// Hop is one hop of a transfer's current route.
type Hop struct {
	Edge   string `json:"edge"`
	Bridge string `json:"bridge"`
	From   string `json:"from"`
	To     string `json:"to"`
}

// State is everything the lifecycle knows about one transfer.
type State struct {
	ID            string        `json:"id"`
	QuoteID       string        `json:"quote_id"`
	ClientRef     string        `json:"client_ref"`
	Owner         string        `json:"owner"`
	Recipient     string        `json:"recipient"`
	RefundAddress string        `json:"refund_address"`
	From          string        `json:"from"`
	To            string        `json:"to"`
	Amount        string        `json:"amount"`
	MinOut        string        `json:"min_out"`
	Deadline      time.Time     `json:"deadline"`
	Preset        string        `json:"preset"`
	Status        api.Status    `json:"status"`
	Substatus     api.Substatus `json:"substatus"`
	Seq           uint64        `json:"seq"`
	Created       time.Time     `json:"created"`
	Updated       time.Time     `json:"updated"`
	SourceTx      string        `json:"source_tx,omitempty"`
	// SourceRaw are the wallet's signed transactions (approvals, then the
	// source transaction), journaled with the transfer before they are
	// broadcast, so that whoever resumes the transfer can broadcast them
	// again if the submit stopped in between.
	SourceRaw []string `json:"source_raw,omitempty"`

	Route    []Hop  `json:"route"`
	HopIndex int    `json:"hop_index"` // next or current hop in Route
	Attempt  int    `json:"attempt"`   // attempts of the current hop (0 = not started)
	InFlight bool   `json:"in_flight"`
	Held     string `json:"held"` // asset the funds are in
	HeldAmt  string `json:"held_amount"`
	Reroutes int    `json:"reroutes"`
	Waits    int    `json:"waits"`
	// RetryAt, when set, is when a waiting transfer retries its hop.
	RetryAt       time.Time `json:"retry_at,omitempty"`
	FailedBridges []string  `json:"failed_bridges,omitempty"`
	// RefundExpired: the refund in progress was started by the deadline.
	RefundExpired bool   `json:"refund_expired,omitempty"`
	AmountOut     string `json:"amount_out,omitempty"`
	// Where the refund put the user's funds: the asset (chain and token,
	// which on an intermediate chain is not the source asset), the amount
	// and the transaction that paid the refund address.
	RefundAsset  string   `json:"refund_asset,omitempty"`
	RefundAmount string   `json:"refund_amount,omitempty"`
	RefundTx     string   `json:"refund_tx,omitempty"`
	Log          []HopLog `json:"log,omitempty"`
	// Alternatives are the routes the wallet committed along with Route
	// (on EVM, under the Gateway route's altRoot): each starts from an
	// intermediate asset of the route and may replace the rest of it when
	// the funds are parked there. Journaled with Submitted, so that a
	// restarted node can still take them.
	Alternatives []Alternative `json:"alternatives,omitempty"`
	// Parked: the last hop failed with the funds held by the contract on
	// the hop's source chain, where only a committed alternative or a
	// refund can move them.
	Parked bool `json:"parked,omitempty"`
	// CancelRequested: the wallet cancelled before the source transaction
	// confirmed, but it knows that transaction, which may still be mined
	// (Strait cannot recall a signed transaction; only the wallet can
	// replace it). Its fate decides: failed or never mined, the transfer
	// ends CANCELLED; confirmed, the funds are refunded. Nothing is
	// broadcast for it again.
	CancelRequested bool `json:"cancel_requested,omitempty"`
}

// Alternative is a committed route from an intermediate asset to the
// destination.
type Alternative struct {
	From  string `json:"from"` // the asset it starts from
	Route []Hop  `json:"route"`
	// Call is what the executor sends to take it (for an EVM Gateway, the
	// reroute calldata with the route and its Merkle proof), opaque here.
	Call string `json:"call"`
}

// HopLog records one hop attempt, for the API's hop progress.
type HopLog struct {
	Index    int    `json:"index"`
	Bridge   string `json:"bridge"`
	From     string `json:"from"`
	To       string `json:"to"`
	Attempt  int    `json:"attempt"`
	State    string `json:"state"` // in_flight, delivered, failed
	SourceTx string `json:"source_tx,omitempty"`
	DestTx   string `json:"dest_tx,omitempty"`
	// Started is when the attempt started (its HopStarted event), for how
	// long hops take.
	Started time.Time `json:"started,omitempty"`
}

// Terminal reports whether the transfer has ended.
func (s *State) Terminal() bool { return s.Status == api.StatusDone || s.Status == api.StatusFailed }

// Event is a journal event. Type names follow DESIGN.md.
type Event struct {
	Type    string    `json:"type"`
	At      time.Time `json:"at"`
	Hop     int       `json:"hop"`
	Attempt int       `json:"attempt"`
	TxIDs   []string  `json:"tx_ids,omitempty"`
	Amount  string    `json:"amount,omitempty"`
	Reason  string    `json:"reason,omitempty"`
	Route   []Hop     `json:"route,omitempty"`
	// Asset is the asset a Refunded event paid back, or the asset parked
	// funds are in (a parked HopFailed, with their Amount).
	Asset string `json:"asset,omitempty"`
	// Submitted carries the initial state.
	Init *State `json:"init,omitempty"`
	// Substatus is set on Failed and RefundStarted events.
	Substatus api.Substatus `json:"substatus,omitempty"`
	RetryAt   time.Time     `json:"retry_at,omitempty"`
	// Parked is set on a HopFailed event whose funds are parked (see
	// Input.Parked).
	Parked bool `json:"parked,omitempty"`
	// Late is set on a SourceConfirmed event that came after the
	// transfer's deadline: no hop starts, the funds are refunded.
	Late bool `json:"late,omitempty"`
}

// Event types.
const (
	EvSubmitted       = "Submitted"
	EvSourceBroadcast = "SourceBroadcast"
	EvSourceConfirmed = "SourceConfirmed"
	EvHopStarted      = "HopStarted"
	EvHopDelivered    = "HopDelivered"
	EvHopFailed       = "HopFailed"
	EvRerouted        = "Rerouted"
	EvWaiting         = "Waiting"
	EvRefundStarted   = "RefundStarted"
	EvRefunded        = "Refunded"
	EvCompleted       = "Completed"
	EvFailed          = "Failed"
	EvCancelled       = "Cancelled"
	// EvCancelRequested: the wallet cancelled while its source
	// transaction could still be mined (State.CancelRequested).
	EvCancelRequested = "CancelRequested"
)

// Effect is work for the actor to do after the events are journaled.
type Effect struct {
	Kind    string // start_hop, start_refund
	Key     string // idempotency key: transfer/hop/attempt
	Hop     int
	Attempt int
	Edge    string
	Bridge  string
	From    string // asset
	To      string // asset
	Amount  string
	Address string // refund address for start_refund
}

// Effect kinds.
const (
	EffWatchSource = "watch_source" // follow the source transaction to finality
	EffStartHop    = "start_hop"
	EffStartRefund = "start_refund"
)

// Input is something that happened to a transfer.
type Input struct {
	Kind    string // see the In* constants
	Hop     int
	Attempt int
	OK      bool
	TxID    string
	Amount  string // amount delivered by a hop, confirmed at the source, or refunded
	Reason  string
	// Final marks a failed hop that no retry can deliver: the funds left
	// the committed route (a gateway refunded them), the hop's bridge is
	// paused (unpausing takes governance's timelock), or its on-chain
	// deadline passed. The transfer refunds without asking the decider.
	Final bool
	// Asset is the asset a refund paid back (refund_result), or the asset
	// parked funds are in (a parked hop_result, with their Amount); empty
	// means the asset the transfer held.
	Asset string
	// Parked marks a failed hop whose funds wait, in the asset held, at
	// the contract on the hop's source chain (a Gateway that could not
	// forward): no retry can deliver the hop, but a committed alternative
	// from that asset can take them on. The decider chooses among those,
	// else the transfer refunds.
	Parked bool
	// Expired marks a source_failed input whose transaction can no longer
	// be mined successfully: the chain passed the deadline its start call
	// commits (the Gateway refuses it after that) and it is not mined. The
	// transfer ends EXPIRED; no funds moved.
	Expired bool
}

// Input kinds.
const (
	InSourceBroadcast = "source_broadcast" // the wallet's transaction is in the mempool
	InSourceConfirmed = "source_confirmed" // it is final; Amount is what the gateway took
	InSourceFailed    = "source_failed"    // it reverted or was dropped
	InHopResult       = "hop_result"       // a hop delivered (OK) or failed
	InRefundResult    = "refund_result"    // the refund landed (OK) or cannot (not OK)
	InTick            = "tick"             // time passed: check deadline and retries
	InCancel          = "cancel"           // the wallet asks to cancel
)

// Recovery is the router's decision after a failed hop (see
// routing.DecideRecovery); the actor adapts the router to this.
type Recovery struct {
	Action  string // reroute, wait, refund, expire
	Route   []Hop
	RetryAt time.Time
	Reason  string
}

// Decider decides what to do after a failed hop.
type Decider func(s *State, now time.Time) Recovery

// SourceGrace is how long after its creation a transfer that knows its
// source transaction may still wait for the submit to record the
// broadcast; past it, a tick records it (the submit stopped in between).
// A submit records it within milliseconds; a late one finds it recorded
// and changes nothing.
const SourceGrace = 10 * time.Second

// Errors returned by Step for inputs that do not apply (the actor logs and
// drops them; they change nothing).
var (
	ErrTerminal = fmt.Errorf("transfer has ended")
	ErrStale    = fmt.Errorf("input is for another hop or attempt")
	ErrNotNow   = fmt.Errorf("input does not apply in this state")
)

// New returns the Submitted event of a new transfer.
func New(init State, now time.Time) Event {
	init.Status, init.Substatus = api.StatusPending, api.SubAwaitingSourceTx
	init.Created, init.Updated = now, now
	init.Held, init.HeldAmt = init.From, init.Amount
	init.Seq = 0
	return Event{Type: EvSubmitted, At: now, Init: &init}
}

// Apply folds one event into the state. It is the only place state changes,
// so rehydrating from the journal gives exactly the state the actor had.
func Apply(s State, e Event) State {
	if e.Type == EvSubmitted && e.Init != nil {
		s = *e.Init
		s.Route = append([]Hop(nil), e.Init.Route...)
		s.Alternatives = append([]Alternative(nil), e.Init.Alternatives...)
	}
	s.Seq++
	s.Updated = e.At
	switch e.Type {
	case EvSourceBroadcast:
		s.Substatus = api.SubSourceConfirming
		if len(e.TxIDs) > 0 {
			s.SourceTx = e.TxIDs[0]
		}
	case EvSourceConfirmed:
		if e.Amount != "" {
			s.HeldAmt = e.Amount
		}
		if !s.CancelRequested && !e.Late { // (a cancelled or late transfer refunds next: no hop is in flight)
			s.Substatus = api.SubHopInFlight
		}
	case EvHopStarted:
		s.HopIndex, s.Attempt, s.InFlight = e.Hop, e.Attempt, true
		s.RetryAt = time.Time{}
		s.Substatus = api.SubHopInFlight
		h := s.Route[e.Hop]
		s.Log = append(s.Log, HopLog{Index: e.Hop, Bridge: h.Bridge, From: h.From, To: h.To, Attempt: e.Attempt, State: "in_flight", SourceTx: first(e.TxIDs), Started: e.At})
	case EvHopDelivered:
		s.InFlight = false
		s.Held, s.HeldAmt = s.Route[e.Hop].To, e.Amount
		s.HopIndex, s.Attempt = e.Hop+1, 0
		s.markLog(e.Hop, e.Attempt, "delivered", first(e.TxIDs))
	case EvHopFailed:
		s.InFlight = false
		s.FailedBridges = append(s.FailedBridges, s.Route[e.Hop].Bridge)
		s.markLog(e.Hop, e.Attempt, "failed", first(e.TxIDs))
		s.Parked = e.Parked
		if e.Parked {
			// What the contract holds is what the transfer now holds.
			if e.Asset != "" {
				s.Held = e.Asset
			}
			if e.Amount != "" {
				s.HeldAmt = e.Amount
			}
		}
	case EvRerouted:
		s.Route = append([]Hop(nil), e.Route...)
		s.HopIndex, s.Attempt = 0, 0
		s.Reroutes++
		s.Parked = false
		s.Substatus = api.SubRerouting
	case EvWaiting:
		s.RetryAt = e.RetryAt
		s.Waits++
		s.Substatus = api.SubRerouting
	case EvRefundStarted:
		s.Substatus = api.SubRefundInProgress
		s.RefundExpired = e.Substatus == api.SubExpired
		s.RetryAt = time.Time{}
	case EvRefunded:
		// The user has their funds back: DONE/REFUNDED, or FAILED/EXPIRED
		// when the deadline forced the refund.
		s.Status, s.Substatus = api.StatusDone, api.SubRefunded
		s.RefundAsset, s.RefundAmount, s.RefundTx = e.Asset, e.Amount, first(e.TxIDs)
		if s.RefundExpired {
			s.Status, s.Substatus = api.StatusFailed, api.SubExpired
		}
	case EvCompleted:
		s.Status, s.Substatus = api.StatusDone, api.SubCompleted
		s.AmountOut = e.Amount
	case EvFailed:
		s.Status, s.Substatus = api.StatusFailed, e.Substatus
	case EvCancelled:
		s.Status, s.Substatus = api.StatusFailed, api.SubCancelled
	case EvCancelRequested:
		s.CancelRequested = true
	}
	return s
}

func first(xs []string) string {
	if len(xs) > 0 {
		return xs[0]
	}
	return ""
}

// AttemptLog is the log entry of a hop's attempt (nil when it never started).
func (s *State) AttemptLog(hop, attempt int) *HopLog {
	for i := len(s.Log) - 1; i >= 0; i-- {
		if s.Log[i].Index == hop && s.Log[i].Attempt == attempt {
			return &s.Log[i]
		}
	}
	return nil
}

func (s *State) markLog(hop, attempt int, state, tx string) {
	for i := len(s.Log) - 1; i >= 0; i-- {
		if s.Log[i].Index == hop && s.Log[i].Attempt == attempt {
			s.Log = append([]HopLog(nil), s.Log...)
			s.Log[i].State = state
			s.Log[i].DestTx = tx
			return
		}
	}
}

// Step decides what an input means: the events to journal (in order) and the
// effects to run after they are durable. It never changes s.
func Step(s State, in Input, now time.Time, decide Decider) ([]Event, []Effect, error) {
	if s.Terminal() {
		return nil, nil, ErrTerminal
	}
	var evs []Event
	emit := func(e Event) {
		e.At = now
		evs = append(evs, e)
		s = Apply(s, e)
	}
	switch in.Kind {
	case InCancel:
		if s.Substatus != api.SubAwaitingSourceTx && s.Substatus != api.SubSourceConfirming {
			return nil, nil, fmt.Errorf("%w: cancel after the source transaction confirmed", ErrNotNow)
		}
		if s.CancelRequested {
			return nil, nil, nil // asked already: nothing new
		}
		if s.SourceTx == "" {
			emit(Event{Type: EvCancelled, Reason: "cancelled by the wallet"})
			return evs, nil, nil
		}
		// The source transaction is signed and may be in a mempool: ending
		// the transfer now would leave the funds it takes, if it is mined,
		// with nobody to carry or refund them.
		emit(Event{Type: EvCancelRequested, TxIDs: []string{s.SourceTx},
			Reason: "cancel requested by the wallet: the transfer ends CANCELLED if its source transaction fails or is not mined before the deadline (replacing its nonce in the wallet stops it), and is refunded if it confirms"})
		return evs, nil, nil
	case InSourceBroadcast:
		if s.Substatus != api.SubAwaitingSourceTx {
			return nil, nil, ErrNotNow
		}
		emit(Event{Type: EvSourceBroadcast, TxIDs: []string{in.TxID}})
		return evs, []Effect{WatchSource(&s)}, nil
	case InSourceFailed:
		if s.Substatus != api.SubAwaitingSourceTx && s.Substatus != api.SubSourceConfirming {
			return nil, nil, ErrNotNow
		}
		if s.CancelRequested {
			what := "source transaction failed: "
			if in.Expired {
				what = "source transaction not mined before its deadline: "
			}
			emit(Event{Type: EvCancelled, Reason: "cancelled by the wallet; " + what + in.Reason, TxIDs: []string{in.TxID}})
			return evs, nil, nil
		}
		if in.Expired {
			emit(Event{Type: EvFailed, Substatus: api.SubExpired, Reason: "source transaction not mined before its deadline: " + in.Reason, TxIDs: []string{in.TxID}})
			return evs, nil, nil
		}
		emit(Event{Type: EvFailed, Substatus: api.SubRejected, Reason: "source transaction failed: " + in.Reason, TxIDs: []string{in.TxID}})
		return evs, nil, nil
	case InSourceConfirmed:
		if s.Substatus != api.SubAwaitingSourceTx && s.Substatus != api.SubSourceConfirming {
			return nil, nil, ErrNotNow
		}
		late := now.After(s.Deadline)
		emit(Event{Type: EvSourceConfirmed, TxIDs: []string{in.TxID}, Amount: in.Amount, Late: late})
		if s.CancelRequested {
			return evs, refund(&s, now, emit, false, "cancelled by the wallet before its source transaction confirmed; it confirmed, so the funds go back"), nil
		}
		if late {
			return evs, refund(&s, now, emit, true, "deadline passed before the source confirmed"), nil
		}
		return evs, startHop(&s, now, emit), nil
	case InHopResult:
		if !s.InFlight || in.Hop != s.HopIndex || in.Attempt != s.Attempt {
			return nil, nil, ErrStale
		}
		if in.OK {
			emit(Event{Type: EvHopDelivered, Hop: in.Hop, Attempt: in.Attempt, TxIDs: nonEmpty(in.TxID), Amount: in.Amount})
			if s.HopIndex >= len(s.Route) {
				emit(Event{Type: EvCompleted, Amount: in.Amount, TxIDs: nonEmpty(in.TxID)})
				return evs, nil, nil
			}
			if now.After(s.Deadline) {
				return evs, refund(&s, now, emit, true, "deadline passed"), nil
			}
			return evs, startHop(&s, now, emit), nil
		}
		failed := Event{Type: EvHopFailed, Hop: in.Hop, Attempt: in.Attempt, Reason: in.Reason, TxIDs: nonEmpty(in.TxID), Parked: in.Parked}
		if in.Parked {
			failed.Asset, failed.Amount = in.Asset, in.Amount
		}
		emit(failed)
		if in.Parked {
			return evs, recoverParked(&s, now, emit, decide, in.Reason), nil
		}
		if in.Final {
			return evs, refund(&s, now, emit, now.After(s.Deadline), "the hop cannot be delivered: "+in.Reason), nil
		}
		return evs, recoverFrom(&s, now, emit, decide), nil
	case InRefundResult:
		if s.Substatus != api.SubRefundInProgress {
			return nil, nil, ErrNotNow
		}
		if in.OK {
			asset, amount := in.Asset, in.Amount
			if asset == "" {
				asset = s.Held
			}
			if amount == "" {
				amount = s.HeldAmt
			}
			emit(Event{Type: EvRefunded, TxIDs: nonEmpty(in.TxID), Asset: asset, Amount: amount,
				Reason: fmt.Sprintf("refunded %s %s to %s", amount, asset, s.RefundAddress) + suffix(in.Reason)})
			return evs, nil, nil
		}
		emit(Event{Type: EvFailed, Substatus: api.SubNotProcessableRefundNeeded, Reason: "refund failed: " + in.Reason})
		return evs, nil, nil
	case InTick:
		switch {
		case s.Substatus == api.SubAwaitingSourceTx && now.After(s.Deadline):
			if s.CancelRequested {
				emit(Event{Type: EvCancelled, Reason: "cancelled by the wallet; no source transaction before the deadline"})
				return evs, nil, nil
			}
			emit(Event{Type: EvFailed, Substatus: api.SubExpired, Reason: "no source transaction before the deadline"})
			return evs, nil, nil
		case s.Substatus == api.SubAwaitingSourceTx && s.SourceTx != "" && now.Sub(s.Created) > SourceGrace:
			// The submit checked and broadcast the wallet's transaction
			// and journaled the transfer with it, but stopped before it
			// journaled the broadcast (its node died in between): record
			// it now and watch it, as that submit would have.
			emit(Event{Type: EvSourceBroadcast, TxIDs: []string{s.SourceTx}})
			return evs, []Effect{WatchSource(&s)}, nil
		case !s.RetryAt.IsZero() && !s.InFlight && s.Substatus == api.SubRerouting && !now.Before(s.RetryAt):
			if now.After(s.Deadline) {
				return evs, refund(&s, now, emit, true, "deadline passed while waiting to retry"), nil
			}
			return evs, startHop(&s, now, emit), nil
		}
		return nil, nil, nil
	}
	return nil, nil, fmt.Errorf("%w: unknown input %q", ErrNotNow, in.Kind)
}

func suffix(reason string) string {
	if reason == "" {
		return ""
	}
	return ": " + reason
}

func nonEmpty(tx string) []string {
	if tx == "" {
		return nil
	}
	return []string{tx}
}

// WatchSource is the effect that follows the source transaction.
func WatchSource(s *State) Effect {
	return Effect{Kind: EffWatchSource, Key: s.ID + "/source", From: s.From, Amount: s.Amount, Address: s.SourceTx}
}

func startHop(s *State, now time.Time, emit func(Event)) []Effect {
	emit(Event{Type: EvHopStarted, Hop: s.HopIndex, Attempt: s.Attempt + 1})
	return []Effect{hopEffect(s)}
}

// hopEffect is the effect of the hop attempt in flight. Its key is what
// makes re-running it after a crash idempotent, so it is built here only.
func hopEffect(s *State) Effect {
	h := s.Route[s.HopIndex]
	return Effect{Kind: EffStartHop, Key: fmt.Sprintf("%s/%d/%d/%d", s.ID, s.Reroutes, s.HopIndex, s.Attempt), Hop: s.HopIndex, Attempt: s.Attempt,
		Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To, Amount: s.HeldAmt}
}

func refundEffect(s *State) Effect {
	return Effect{Kind: EffStartRefund, Key: s.ID + "/refund", From: s.Held, Amount: s.HeldAmt, Address: s.RefundAddress}
}

// Pending is the effect a transfer was waiting on when its node stopped
// (watching the source, a hop in flight, a refund in progress), to run again
// after rehydration; ok is false when it waits on nothing.
func Pending(s *State) (Effect, bool) {
	switch {
	case s.Terminal():
		return Effect{}, false
	case s.Substatus == api.SubSourceConfirming:
		return WatchSource(s), true
	case s.InFlight:
		return hopEffect(s), true
	case s.Substatus == api.SubRefundInProgress:
		return refundEffect(s), true
	}
	return Effect{}, false
}

func refund(s *State, now time.Time, emit func(Event), expired bool, reason string) []Effect {
	sub := api.SubRefundInProgress
	if expired {
		sub = api.SubExpired
	}
	emit(Event{Type: EvRefundStarted, Reason: reason, Substatus: sub})
	return []Effect{refundEffect(s)}
}

// recoverParked decides for funds parked in the asset held: a reroute
// along a committed alternative from that asset, if the decider picks one,
// else a refund (retrying the hop cannot move parked funds).
func recoverParked(s *State, now time.Time, emit func(Event), decide Decider, why string) []Effect {
	if now.After(s.Deadline) {
		return refund(s, now, emit, true, "funds parked after the deadline: "+why)
	}
	r := decide(s, now)
	if r.Action == "reroute" {
		if !s.committed(r.Route) {
			return refund(s, now, emit, false, "the proposed route is not a committed alternative from "+s.Held)
		}
		emit(Event{Type: EvRerouted, Route: r.Route, Reason: r.Reason})
		return startHop(s, now, emit)
	}
	return refund(s, now, emit, r.Action == "expire", "funds parked, no committed alternative taken: "+r.Reason)
}

// committed reports whether route is one of the alternatives committed from
// the asset held.
func (s *State) committed(route []Hop) bool {
	for _, a := range s.Alternatives {
		if a.From != s.Held || len(a.Route) != len(route) {
			continue
		}
		same := true
		for i := range route {
			same = same && route[i] == a.Route[i]
		}
		if same {
			return true
		}
	}
	return false
}

func recoverFrom(s *State, now time.Time, emit func(Event), decide Decider) []Effect {
	r := decide(s, now)
	switch r.Action {
	case "reroute":
		if len(r.Route) == 0 || r.Route[0].From != s.Held || r.Route[len(r.Route)-1].To != s.To {
			return refund(s, now, emit, false, "the new route does not lead from the asset held to the destination")
		}
		emit(Event{Type: EvRerouted, Route: r.Route, Reason: r.Reason})
		return startHop(s, now, emit)
	case "wait":
		if !r.RetryAt.After(now) || !r.RetryAt.Before(s.Deadline) {
			return refund(s, now, emit, false, "retry would miss the deadline")
		}
		emit(Event{Type: EvWaiting, RetryAt: r.RetryAt, Reason: r.Reason})
		return nil
	case "expire":
		return refund(s, now, emit, true, r.Reason)
	}
	return refund(s, now, emit, false, r.Reason)
}
