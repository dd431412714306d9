package actors

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/persistence"
)

// TestWireRoundTrip: a step's outcome crosses the cluster unchanged: the
// state, and errors as the sentinels and codes callers test for.
func TestWireRoundTrip(t *testing.T) {
	st := transfer.State{ID: "tr_1", Owner: "0xabc", Seq: 4, Deadline: time.Date(2026, 1, 2, 3, 4, 5, 6, time.UTC),
		Route: []transfer.Hop{{Edge: "e", Bridge: "b", From: "A@x", To: "A@y"}}, Log: []transfer.HopLog{{Index: 0, State: "in_flight"}}}
	for _, c := range []struct {
		err  error
		want func(error) bool
	}{
		{nil, func(err error) bool { return err == nil }},
		{transfer.ErrTerminal, func(err error) bool { return errors.Is(err, transfer.ErrTerminal) }},
		{fmt.Errorf("x: %w", transfer.ErrNotNow), func(err error) bool { return errors.Is(err, transfer.ErrNotNow) }},
		{transfer.ErrStale, func(err error) bool { return errors.Is(err, transfer.ErrStale) }},
		{&persistence.Error{Code: persistence.CodeConflict, Msg: "fenced"}, func(err error) bool { return persistence.CodeOf(err) == persistence.CodeConflict }},
		{errors.New("disk on fire"), func(err error) bool {
			return err != nil && !errors.Is(err, transfer.ErrTerminal) && !errors.Is(err, ErrMemberUnavailable)
		}},
		// A member stopping mid-append: retryable on the asking side.
		{fmt.Errorf("journal transfer tr_1: append: %w", context.Canceled), func(err error) bool {
			return errors.Is(err, ErrMemberUnavailable) && managerErr("record", err).Code == api.CodeUnavailable
		}},
		{fmt.Errorf("journal: %w", context.DeadlineExceeded), func(err error) bool { return errors.Is(err, ErrMemberUnavailable) }},
	} {
		r, err := decodeWireReply(encodeWireReply(st, c.err))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(r.State, st) {
			t.Fatalf("state changed on the wire:\n%+v\n%+v", r.State, st)
		}
		if got := r.err("tr_1"); !c.want(got) {
			t.Fatalf("error %v came back as %v", c.err, got)
		}
	}
	in := transfer.Input{Kind: transfer.InHopResult, Hop: 1, Attempt: 2, OK: true, TxID: "0x1", Amount: "5", Final: true, Asset: "A@y"}
	b, _ := json.Marshal(wireRequest{V: 1, Op: opInput, In: &in})
	r, err := decodeWireRequest(b)
	if err != nil || *r.In != in {
		t.Fatalf("input round trip: %+v %v", r.In, err)
	}
	for _, bad := range []string{``, `{}`, `{"v":2,"op":"poke"}`, `{"v":1,"op":"input"}`, `{"v":1,"op":"poke","in":{"Kind":"tick"}}`,
		`{"v":1,"op":"input","in":{"Kind":""}}`, `{"v":1,"op":"stop"}`, `{"v":1,"op":"poke","x":1}`, `{"v":1,"op":"poke"} {}`} {
		if _, err := decodeWireRequest([]byte(bad)); !errors.Is(err, errBadWire) {
			t.Fatalf("request %q: %v", bad, err)
		}
	}
	for _, bad := range []string{``, `{"v":1,"code":"weird","err":"x"}`, `{"v":1,"code":"error"}`, `{"v":1,"err":"x"}`, `{"v":0}`, `[]`} {
		if _, err := decodeWireReply([]byte(bad)); !errors.Is(err, errBadWire) {
			t.Fatalf("reply %q: %v", bad, err)
		}
	}
}

// FuzzWireRequest: any bytes decode into a valid request or fail with
// errBadWire; a valid one survives a round trip.
func FuzzWireRequest(f *testing.F) {
	for _, s := range []string{`{"v":1,"op":"poke"}`, `{"v":1,"op":"input","in":{"Kind":"tick"}}`, `{"v":1,"op":"input","in":{"Kind":"hop_result","Hop":1,"OK":true}}`, `{`, `null`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeWireRequest(data)
		if err != nil {
			if !errors.Is(err, errBadWire) {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		b, _ := json.Marshal(r)
		r2, err := decodeWireRequest(b)
		if err != nil || !reflect.DeepEqual(r, r2) {
			t.Fatalf("round trip: %+v %+v %v", r, r2, err)
		}
	})
}

// FuzzWireReply: any bytes decode into a valid reply or fail with
// errBadWire.
func FuzzWireReply(f *testing.F) {
	f.Add(encodeWireReply(transfer.State{ID: "x", Seq: 1}, nil))
	f.Add(encodeWireReply(transfer.State{}, transfer.ErrNotNow))
	f.Add([]byte(`{"v":1,"state":{"deadline":"nope"}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := decodeWireReply(data)
		if err != nil {
			if !errors.Is(err, errBadWire) {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		_ = r.err("x")
	})
}
