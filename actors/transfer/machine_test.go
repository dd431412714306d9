package transfer

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/api"
)

var t0 = time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)

func route3() []Hop {
	return []Hop{
		{Edge: "e1", Bridge: "b1", From: "USDC@a", To: "USDC@b"},
		{Edge: "e2", Bridge: "b2", From: "USDC@b", To: "USDC@c"},
		{Edge: "e3", Bridge: "b3", From: "USDC@c", To: "USDC@d"},
	}
}

func newState() State {
	init := State{ID: "tr1", From: "USDC@a", To: "USDC@d", Amount: "1000", MinOut: "990", Deadline: t0.Add(time.Hour),
		RefundAddress: "0xrefund", Route: route3()}
	return Apply(State{}, New(init, t0))
}

// run steps an input and applies its events, checking Step's contract.
func run(t *testing.T, s State, in Input, now time.Time, d Decider) (State, []Event, []Effect) {
	t.Helper()
	evs, effs, err := Step(s, in, now, d)
	if err != nil {
		t.Fatalf("%s: %v", in.Kind, err)
	}
	for _, e := range evs {
		s = Apply(s, e)
	}
	return s, evs, effs
}

func refundAlways(s *State, now time.Time) Recovery {
	return Recovery{Action: "refund", Reason: "no route"}
}

func TestHappyPath(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceBroadcast, TxID: "0xsrc"}, t0, refundAlways)
	s, _, effs := run(t, s, Input{Kind: InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}, t0.Add(time.Second), refundAlways)
	for i := 0; i < 3; i++ {
		if len(effs) != 1 || effs[0].Kind != EffStartHop || effs[0].Hop != i {
			t.Fatalf("hop %d: effects %+v", i, effs)
		}
		s, _, effs = run(t, s, Input{Kind: InHopResult, Hop: i, Attempt: effs[0].Attempt, OK: true, TxID: fmt.Sprintf("0xd%d", i), Amount: fmt.Sprint(999 - i)}, t0.Add(time.Minute), refundAlways)
	}
	if s.Status != api.StatusDone || s.Substatus != api.SubCompleted || s.AmountOut != "997" || len(effs) != 0 {
		t.Fatalf("end state %s/%s out %s effects %v", s.Status, s.Substatus, s.AmountOut, effs)
	}
	if _, _, err := Step(s, Input{Kind: InTick}, t0.Add(2*time.Hour), refundAlways); !errors.Is(err, ErrTerminal) {
		t.Fatalf("a finished transfer accepted input: %v", err)
	}
}

func TestFailureReroutesFromTheAssetHeld(t *testing.T) {
	s := newState()
	s, _, effs := run(t, s, Input{Kind: InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}, t0, refundAlways)
	s, _, effs = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "999"}, t0, refundAlways)
	var asked State
	reroute := func(st *State, now time.Time) Recovery {
		asked = *st
		return Recovery{Action: "reroute", Route: []Hop{{Edge: "e9", Bridge: "b9", From: "USDC@b", To: "USDC@d"}}}
	}
	s, evs, effs := run(t, s, Input{Kind: InHopResult, Hop: 1, Attempt: 1, OK: false, Reason: "bridge paused"}, t0, reroute)
	if asked.Held != "USDC@b" || len(asked.FailedBridges) != 1 || asked.FailedBridges[0] != "b2" {
		t.Fatalf("decider saw held %s failed %v", asked.Held, asked.FailedBridges)
	}
	if types(evs) != "HopFailed,Rerouted,HopStarted" || len(effs) != 1 || effs[0].Edge != "e9" || effs[0].Amount != "999" {
		t.Fatalf("events %s effects %+v", types(evs), effs)
	}
	s, _, _ = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "998"}, t0, refundAlways)
	if s.Substatus != api.SubCompleted || s.Reroutes != 1 {
		t.Fatalf("after reroute: %s, %d reroutes", s.Substatus, s.Reroutes)
	}
}

func TestWaitThenRetry(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	wait := func(st *State, now time.Time) Recovery {
		return Recovery{Action: "wait", RetryAt: now.Add(5 * time.Minute)}
	}
	s, _, effs := run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: false}, t0, wait)
	if len(effs) != 0 || s.RetryAt != t0.Add(5*time.Minute) {
		t.Fatalf("wait: effects %v retry %v", effs, s.RetryAt)
	}
	if _, evs, _ := run(t, s, Input{Kind: InTick}, t0.Add(time.Minute), wait); len(evs) != 0 {
		t.Fatal("retried before RetryAt")
	}
	s, _, effs = run(t, s, Input{Kind: InTick}, t0.Add(5*time.Minute), wait)
	if len(effs) != 1 || effs[0].Hop != 0 || effs[0].Attempt != 2 {
		t.Fatalf("retry effects %+v", effs)
	}
	// A late result of the first attempt is stale and changes nothing.
	if _, _, err := Step(s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true}, t0, wait); !errors.Is(err, ErrStale) {
		t.Fatalf("stale result: %v", err)
	}
}

func TestDeadlineExpiresAndRefunds(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	s, _, effs := run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "999"}, t0.Add(2*time.Hour), refundAlways)
	if len(effs) != 1 || effs[0].Kind != EffStartRefund || effs[0].From != "USDC@b" || effs[0].Address != "0xrefund" {
		t.Fatalf("refund effects %+v", effs)
	}
	s, _, _ = run(t, s, Input{Kind: InRefundResult, OK: true, TxID: "0xr"}, t0.Add(2*time.Hour), refundAlways)
	if s.Status != api.StatusFailed || s.Substatus != api.SubExpired {
		t.Fatalf("expired refund ends %s/%s", s.Status, s.Substatus)
	}
	// A source that confirms after the deadline starts no hop: the funds
	// go back, and no event says a hop is in flight.
	late, evs, effs := run(t, newState(), Input{Kind: InSourceConfirmed, TxID: "0x1", Amount: "1000"}, t0.Add(2*time.Hour), refundAlways)
	if types(evs) != EvSourceConfirmed+","+EvRefundStarted || len(effs) != 1 || effs[0].Kind != EffStartRefund || late.Substatus != api.SubRefundInProgress {
		t.Fatalf("source confirmed after the deadline: %s %+v -> %s", types(evs), effs, late.Substatus)
	}
	if mid := Apply(newState(), evs[0]); mid.Substatus == api.SubHopInFlight || mid.HeldAmt != "1000" {
		t.Fatalf("a late SourceConfirmed says %s holding %q (no hop is in flight)", mid.Substatus, mid.HeldAmt)
	}
	// Without a source transaction, the deadline fails the transfer outright.
	s2 := newState()
	s2, _, _ = run(t, s2, Input{Kind: InTick}, t0.Add(2*time.Hour), refundAlways)
	if s2.Substatus != api.SubExpired {
		t.Fatalf("no source tx: %s", s2.Substatus)
	}
}

func TestCancelOnlyBeforeConfirmation(t *testing.T) {
	s := newState()
	// Nothing signed yet: the cancel ends the transfer.
	c, _, _ := run(t, s, Input{Kind: InCancel}, t0, refundAlways)
	if c.Substatus != api.SubCancelled {
		t.Fatalf("cancel without a source transaction: %s", c.Substatus)
	}
	s, _, _ = run(t, s, Input{Kind: InSourceBroadcast, TxID: "0x1"}, t0, refundAlways)
	s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	if _, _, err := Step(s, Input{Kind: InCancel}, t0, refundAlways); !errors.Is(err, ErrNotNow) {
		t.Fatalf("cancel after confirmation: %v", err)
	}
}

// TestCancelWhileTheSourceMayStillBeMined: a cancel after the wallet's
// transaction was signed (and may be in a mempool) cannot end the transfer
// at once: if that transaction were mined, its funds would be left with
// nobody to carry or refund them. The transaction's fate decides.
func TestCancelWhileTheSourceMayStillBeMined(t *testing.T) {
	broadcast, _, _ := run(t, newState(), Input{Kind: InSourceBroadcast, TxID: "0x1"}, t0, refundAlways)
	s, evs, effs := run(t, broadcast, Input{Kind: InCancel}, t0, refundAlways)
	if types(evs) != EvCancelRequested || len(effs) != 0 || !s.CancelRequested || s.Terminal() || s.Substatus != api.SubSourceConfirming {
		t.Fatalf("cancel of a broadcast source: %s %+v -> %s/%s", types(evs), effs, s.Status, s.Substatus)
	}
	if evs, effs, err := Step(s, Input{Kind: InCancel}, t0, refundAlways); err != nil || len(evs) != 0 || len(effs) != 0 {
		t.Fatalf("a second cancel: %v %v %v", types(evs), effs, err)
	}
	// It confirms anyway: the funds go back, no hop starts.
	c, evs, effs := run(t, s, Input{Kind: InSourceConfirmed, TxID: "0x1", Amount: "1000"}, t0.Add(time.Second), refundAlways)
	if types(evs) != EvSourceConfirmed+","+EvRefundStarted || len(effs) != 1 || effs[0].Kind != EffStartRefund || effs[0].Address != "0xrefund" || c.Substatus != api.SubRefundInProgress {
		t.Fatalf("confirmed after a cancel: %s %+v -> %s", types(evs), effs, c.Substatus)
	}
	if mid := Apply(s, evs[0]); mid.Substatus != api.SubSourceConfirming {
		t.Fatalf("a cancelled transfer's SourceConfirmed says %s (no hop is in flight)", mid.Substatus)
	}
	c, _, _ = run(t, c, Input{Kind: InRefundResult, OK: true, TxID: "0xr"}, t0.Add(time.Hour/2), refundAlways)
	if c.Substatus != api.SubRefunded {
		t.Fatalf("refund after the cancel: %s", c.Substatus)
	}
	// It fails, or is never mined: the transfer ends CANCELLED.
	for _, in := range []Input{{Kind: InSourceFailed, TxID: "0x1", Reason: "reverted"}, {Kind: InSourceFailed, TxID: "0x1", Expired: true, Reason: "past block 90"}} {
		f, evs, _ := run(t, s, in, t0.Add(time.Second), refundAlways)
		if types(evs) != EvCancelled || f.Status != api.StatusFailed || f.Substatus != api.SubCancelled || !strings.Contains(evs[0].Reason, "cancelled by the wallet; source transaction") {
			t.Fatalf("%+v after a cancel: %s %s/%s", in, types(evs), f.Status, f.Substatus)
		}
	}
	// Cancelled before the submit recorded its broadcast: the tick that
	// records it watches the source (without broadcasting it again: the
	// executor reads CancelRequested), and the deadline cancels.
	known := newState()
	known.SourceTx = "0x2"
	k, evs, _ := run(t, known, Input{Kind: InCancel}, t0, refundAlways)
	if types(evs) != EvCancelRequested {
		t.Fatalf("cancel with a known, unrecorded source: %s", types(evs))
	}
	if _, evs, effs := run(t, k, Input{Kind: InTick}, t0.Add(SourceGrace+time.Second), refundAlways); types(evs) != EvSourceBroadcast || len(effs) != 1 || effs[0].Kind != EffWatchSource {
		t.Fatalf("tick after a cancel: %s %+v", types(evs), effs)
	}
	if e, evs, _ := run(t, k, Input{Kind: InTick}, t0.Add(2*time.Hour), refundAlways); types(evs) != EvCancelled || e.Substatus != api.SubCancelled {
		t.Fatalf("deadline after a cancel: %s %s", types(evs), e.Substatus)
	}
}

func TestRefundFailureNeedsAnOperator(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	s, _, _ = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: false}, t0, refundAlways)
	s, _, _ = run(t, s, Input{Kind: InRefundResult, OK: false, Reason: "refund contract paused"}, t0, refundAlways)
	if s.Status != api.StatusFailed || s.Substatus != api.SubNotProcessableRefundNeeded {
		t.Fatalf("%s/%s", s.Status, s.Substatus)
	}
}

func TestFinalFailureRefundsWithoutTheDecider(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	s, _, _ = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "999"}, t0, refundAlways)
	never := func(*State, time.Time) Recovery {
		t.Fatal("the decider was asked about a hop that cannot be delivered")
		return Recovery{}
	}
	s, evs, effs := run(t, s, Input{Kind: InHopResult, Hop: 1, Attempt: 1, Final: true, Reason: "the gateway on b refunded"}, t0.Add(time.Minute), never)
	if types(evs) != "HopFailed,RefundStarted" || len(effs) != 1 || effs[0].Kind != EffStartRefund || effs[0].From != "USDC@b" || effs[0].Amount != "999" {
		t.Fatalf("events %s effects %+v", types(evs), effs)
	}
	if s.RefundExpired || s.Substatus != api.SubRefundInProgress {
		t.Fatalf("before the deadline the refund is not an expiry: %+v", s)
	}
	// The refund paid another asset than the one held (a gateway on the
	// intermediate chain refunded in its token): the record says so.
	s, evs, _ = run(t, s, Input{Kind: InRefundResult, OK: true, TxID: "0xrf", Asset: "wTKA@b", Amount: "999"}, t0.Add(2*time.Minute), never)
	if s.Status != api.StatusDone || s.Substatus != api.SubRefunded || s.RefundAsset != "wTKA@b" || s.RefundAmount != "999" || s.RefundTx != "0xrf" {
		t.Fatalf("refunded state %+v", s)
	}
	if evs[0].Reason != "refunded 999 wTKA@b to 0xrefund" {
		t.Fatalf("refund record %q", evs[0].Reason)
	}
	// Without an asset the refund paid back what the transfer held.
	s2 := newState()
	s2, _, _ = run(t, s2, Input{Kind: InSourceConfirmed, Amount: "1000"}, t0, refundAlways)
	s2, _, _ = run(t, s2, Input{Kind: InHopResult, Hop: 0, Attempt: 1, Final: true, Reason: "destination paused"}, t0.Add(2*time.Hour), never)
	if !s2.RefundExpired {
		t.Fatal("a final failure past the deadline refunds as an expiry")
	}
	s2, _, _ = run(t, s2, Input{Kind: InRefundResult, OK: true, TxID: "0xr2", Reason: "by the pool"}, t0.Add(3*time.Hour), never)
	if s2.Substatus != api.SubExpired || s2.RefundAsset != "USDC@a" || s2.RefundAmount != "1000" {
		t.Fatalf("expired refund %+v", s2)
	}
}

func types(evs []Event) string {
	out := ""
	for i, e := range evs {
		if i > 0 {
			out += ","
		}
		out += e.Type
	}
	return out
}

// TestRandomWalks drives the machine with random, often wrong or stale,
// inputs and random recovery decisions, and checks its invariants against
// the simple model of what must hold.
func TestRandomWalks(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	walks := 20000
	if testing.Short() {
		walks = 3000
	}
	for w := 0; w < walks; w++ {
		s := newState()
		journal := []Event{New(State{ID: "tr1", From: "USDC@a", To: "USDC@d", Amount: "1000", MinOut: "990", Deadline: t0.Add(time.Hour), RefundAddress: "0xrefund", Route: route3()}, t0)}
		now := t0
		keys := map[string]bool{}
		refunds, inFlight := 0, 0
		decide := func(st *State, now time.Time) Recovery {
			switch rng.IntN(4) {
			case 0:
				return Recovery{Action: "reroute", Route: []Hop{{Edge: "x", Bridge: fmt.Sprint("bx", rng.IntN(3)), From: st.Held, To: "USDC@d"}}}
			case 1:
				return Recovery{Action: "wait", RetryAt: now.Add(time.Duration(rng.IntN(600)) * time.Second)}
			case 2:
				return Recovery{Action: "expire"}
			}
			return Recovery{Action: "refund"}
		}
		for step := 0; step < 40 && !s.Terminal(); step++ {
			now = now.Add(time.Duration(rng.IntN(300)) * time.Second)
			in := Input{Kind: []string{InSourceBroadcast, InSourceConfirmed, InSourceFailed, InHopResult, InHopResult, InHopResult, InRefundResult, InTick, InTick, InCancel}[rng.IntN(10)],
				Hop: s.HopIndex, Attempt: s.Attempt, OK: rng.IntN(3) > 0, Amount: fmt.Sprint(900 + rng.IntN(100)), TxID: fmt.Sprint("0x", step),
				Final: rng.IntN(4) == 0}
			if rng.IntN(5) == 0 { // stale or wrong hop
				in.Hop, in.Attempt = rng.IntN(4), rng.IntN(3)
			}
			before := s
			evs, effs, err := Step(s, in, now, decide)
			if err != nil {
				if len(evs) != 0 || len(effs) != 0 {
					t.Fatalf("walk %d: error %v with events", w, err)
				}
				if !reflect.DeepEqual(before, s) {
					t.Fatalf("walk %d: error changed the state", w)
				}
				continue
			}
			for _, e := range evs {
				s = Apply(s, e)
				journal = append(journal, e)
			}
			if in.Kind == InHopResult && inFlight > 0 {
				inFlight--
			}
			for _, ef := range effs {
				if keys[ef.Key] {
					t.Fatalf("walk %d: effect key %s issued twice", w, ef.Key)
				}
				keys[ef.Key] = true
				switch ef.Kind {
				case EffStartRefund:
					refunds++
				case EffStartHop:
					inFlight++
					// A node that stops now must re-run exactly this effect.
					if p, ok := Pending(&s); !ok || p != ef {
						t.Fatalf("walk %d: pending after restart %+v, issued %+v", w, p, ef)
					}
					if ef.From != s.Held {
						t.Fatalf("walk %d: hop from %s while funds are in %s", w, ef.From, s.Held)
					}
				}
			}
			if inFlight > 1 {
				t.Fatalf("walk %d: %d hops in flight", w, inFlight)
			}
			if refunds > 1 {
				t.Fatalf("walk %d: %d refunds", w, refunds)
			}
			if api.StatusOf(s.Substatus) != s.Status {
				t.Fatalf("walk %d: status %s with substatus %s", w, s.Status, s.Substatus)
			}
			if s.Seq != uint64(len(journal)) {
				t.Fatalf("walk %d: seq %d, %d events", w, s.Seq, len(journal))
			}
			if s.Substatus == api.SubCompleted && s.Held != "USDC@d" {
				t.Fatalf("walk %d: completed holding %s", w, s.Held)
			}
			if in.Kind == InHopResult && !in.OK && in.Final && len(evs) > 0 && (len(evs) != 2 || evs[1].Type != EvRefundStarted) {
				t.Fatalf("walk %d: a final hop failure led to %s, not a refund", w, types(evs))
			}
			if s.Substatus == api.SubRefunded && (s.RefundTx == "" || s.RefundAsset == "") {
				t.Fatalf("walk %d: refunded without saying where: %+v", w, s)
			}
			// After a cancel, nothing moves on: no hop starts and the
			// transfer does not complete.
			if before.CancelRequested {
				for _, ef := range effs {
					if ef.Kind == EffStartHop {
						t.Fatalf("walk %d: a hop started after a cancel", w)
					}
				}
				if s.Substatus == api.SubCompleted {
					t.Fatalf("walk %d: completed after a cancel", w)
				}
			}
		}
		// Rehydration: folding the journal gives the same state.
		var r State
		for _, e := range journal {
			r = Apply(r, e)
		}
		if !reflect.DeepEqual(r, s) {
			t.Fatalf("walk %d: rehydrated state differs:\n%+v\n%+v", w, r, s)
		}
	}
}

// TestParkedFundsTakeACommittedAlternativeOrRefund: a hop whose funds end
// parked on its source chain is rerouted only along an alternative
// committed from the asset held; any other proposal, or none, refunds.
func TestParkedFundsTakeACommittedAlternativeOrRefund(t *testing.T) {
	alt := []Hop{{Edge: "e9", Bridge: "b9", From: "USDC@b", To: "USDC@d"}}
	start := func() State {
		s := newState()
		s.Alternatives = []Alternative{{From: "USDC@c", Route: []Hop{{Edge: "e8", Bridge: "b8", From: "USDC@c", To: "USDC@d"}}, Call: "0x02"},
			{From: "USDC@b", Route: alt, Call: "0x01"}}
		s = Apply(State{}, New(s, t0))
		s, _, _ = run(t, s, Input{Kind: InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}, t0, refundAlways)
		s, _, _ = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "999", TxID: "0xd0"}, t0, refundAlways)
		return s
	}
	parked := Input{Kind: InHopResult, Hop: 1, Attempt: 1, OK: false, Reason: "parked on b", Parked: true, Final: true, Asset: "USDC@b", Amount: "997"}
	var asked State
	take := func(st *State, now time.Time) Recovery {
		asked = *st
		return Recovery{Action: "reroute", Route: alt, Reason: "committed alternative"}
	}
	s, evs, effs := run(t, start(), parked, t0, take)
	if !asked.Parked || asked.Held != "USDC@b" || len(asked.Alternatives) != 2 {
		t.Fatalf("the decider saw parked=%v held %s alternatives %d", asked.Parked, asked.Held, len(asked.Alternatives))
	}
	// The hop continues with what the contract parked.
	if types(evs) != "HopFailed,Rerouted,HopStarted" || len(effs) != 1 || effs[0].Edge != "e9" || effs[0].Hop != 0 || effs[0].Amount != "997" {
		t.Fatalf("events %s effects %+v", types(evs), effs)
	}
	if s.Parked || s.Reroutes != 1 || effs[0].Key != "tr1/1/0/1" {
		t.Fatalf("after the reroute: parked %v reroutes %d key %s", s.Parked, s.Reroutes, effs[0].Key)
	}
	s, _, _ = run(t, s, Input{Kind: InHopResult, Hop: 0, Attempt: 1, OK: true, Amount: "998"}, t0, refundAlways)
	if s.Substatus != api.SubCompleted || s.AmountOut != "998" {
		t.Fatalf("rerouted transfer ends %s", s.Substatus)
	}
	// Rehydration from the journal keeps the alternatives.
	if r := Apply(State{}, New(start(), t0)); len(r.Alternatives) != 2 || r.Alternatives[1].Call != "0x01" {
		t.Fatalf("alternatives after Apply: %+v", r.Alternatives)
	}

	// A route that is not committed from the asset held refunds.
	other := func(st *State, now time.Time) Recovery {
		return Recovery{Action: "reroute", Route: []Hop{{Edge: "e7", Bridge: "b7", From: "USDC@b", To: "USDC@d"}}}
	}
	_, evs, effs = run(t, start(), parked, t0, other)
	if types(evs) != "HopFailed,RefundStarted" || len(effs) != 1 || effs[0].Kind != EffStartRefund || effs[0].From != "USDC@b" {
		t.Fatalf("uncommitted reroute: events %s effects %+v", types(evs), effs)
	}
	// So does a wait (retrying cannot move parked funds).
	wait := func(st *State, now time.Time) Recovery {
		return Recovery{Action: "wait", RetryAt: now.Add(time.Minute)}
	}
	if _, evs, _ = run(t, start(), parked, t0, wait); types(evs) != "HopFailed,RefundStarted" {
		t.Fatalf("wait on parked funds: %s", types(evs))
	}
	// Past the deadline it refunds as expired without asking.
	s, evs, _ = run(t, start(), parked, t0.Add(2*time.Hour), take)
	if types(evs) != "HopFailed,RefundStarted" || !s.RefundExpired {
		t.Fatalf("parked after the deadline: %s expired %v", types(evs), s.RefundExpired)
	}
}

// TestTickRecordsAKnownSourceTx: a transfer journaled with its source
// transaction but without the broadcast (the submit stopped in between)
// records the broadcast and watches the transaction once SourceGrace has
// passed; without a known transaction it waits for its deadline.
func TestTickRecordsAKnownSourceTx(t *testing.T) {
	init := State{ID: "tr1", From: "USDC@a", To: "USDC@d", Amount: "1000", MinOut: "990", Deadline: t0.Add(time.Hour),
		RefundAddress: "0xrefund", Route: route3(), SourceTx: "0xsrc"}
	s := Apply(State{}, New(init, t0))
	if _, evs, effs := run(t, s, Input{Kind: InTick}, t0.Add(SourceGrace/2), refundAlways); len(evs)+len(effs) != 0 {
		t.Fatalf("within the grace: %v %v", evs, effs)
	}
	s2, evs, effs := run(t, s, Input{Kind: InTick}, t0.Add(SourceGrace+time.Second), refundAlways)
	if len(evs) != 1 || evs[0].Type != EvSourceBroadcast || len(effs) != 1 || effs[0].Kind != EffWatchSource || effs[0].Address != "0xsrc" ||
		s2.Substatus != api.SubSourceConfirming {
		t.Fatalf("after the grace: %s, events %+v, effects %+v", s2.Substatus, evs, effs)
	}
	// The submit's own Input arriving late changes nothing.
	if _, _, err := Step(s2, Input{Kind: InSourceBroadcast, TxID: "0xsrc"}, t0.Add(SourceGrace+2*time.Second), refundAlways); !errors.Is(err, ErrNotNow) {
		t.Fatalf("late broadcast input: %v", err)
	}
	// Unknown transaction: nothing until the deadline.
	s3 := newState()
	if _, evs, effs := run(t, s3, Input{Kind: InTick}, t0.Add(SourceGrace+time.Second), refundAlways); len(evs)+len(effs) != 0 {
		t.Fatalf("no source tx: %v %v", evs, effs)
	}
}

// TestSourceNeverMinedExpires: a broadcast source transaction that the
// chain can no longer mine successfully (past its start call's deadline)
// ends the transfer EXPIRED with no effect; a plain source failure stays
// REJECTED.
func TestSourceNeverMinedExpires(t *testing.T) {
	s := newState()
	s, _, _ = run(t, s, Input{Kind: InSourceBroadcast, TxID: "0xsrc"}, t0, refundAlways)
	e, _, effs := run(t, s, Input{Kind: InSourceFailed, TxID: "0xsrc", Expired: true, Reason: "chain time passed 1700000000"}, t0.Add(2*time.Hour), refundAlways)
	if e.Status != api.StatusFailed || e.Substatus != api.SubExpired || len(effs) != 0 {
		t.Fatalf("expired source: %s/%s effects %v", e.Status, e.Substatus, effs)
	}
	r, _, _ := run(t, s, Input{Kind: InSourceFailed, TxID: "0xsrc", Reason: "reverted"}, t0.Add(time.Minute), refundAlways)
	if r.Substatus != api.SubRejected {
		t.Fatalf("reverted source: %s", r.Substatus)
	}
}
