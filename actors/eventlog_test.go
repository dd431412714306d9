package actors

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/internal/testnats"
)

// logLines are the JSON log records written to l so far.
func logLines(t *testing.T, l *testlog.Buffer) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, ln := range strings.Split(strings.TrimSpace(l.String()), "\n") {
		if ln == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(ln), &m); err != nil {
			t.Fatalf("log line %q: %v", ln, err)
		}
		out = append(out, m)
	}
	return out
}

// transferLines are the "transfer event" records of one transfer.
func transferLines(t *testing.T, l *testlog.Buffer, id string) []map[string]any {
	var out []map[string]any
	for _, m := range logLines(t, l) {
		if m["msg"] == "transfer event" && m["transfer"] == id {
			out = append(out, m)
		}
	}
	return out
}

func TestEventLogLinesSayWhereEachEventHappened(t *testing.T) {
	var buf testlog.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	st := initState("tr9")
	at := time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)
	evs := []transfer.Event{
		{Type: transfer.EvHopStarted, Hop: 1, Attempt: 2, At: at},
		{Type: transfer.EvHopFailed, Hop: 1, Attempt: 2, TxIDs: []string{"0xa", "0xb"}, Reason: "evm_paused: the pool is paused", At: at},
		{Type: transfer.EvWaiting, RetryAt: at.Add(time.Minute), At: at},
		{Type: transfer.EvRefunded, Asset: "USDC@b", Amount: "990", TxIDs: []string{"0xr"}, At: at},
		{Type: transfer.EvHopDelivered, Hop: 7, At: at}, // a hop the route does not have: no bridge, no panic
		{Type: transfer.EvRerouted, At: at},
		{Type: transfer.EvCompleted, Amount: "985", TxIDs: []string{"0xd"}, At: at},
	}
	rerouted := st
	rerouted.Reroutes = 1
	rerouted.Route = []transfer.Hop{{Edge: "e4", Bridge: "b4", From: "USDC@b", To: "USDC@e"}, {Edge: "e5", Bridge: "b5", From: "USDC@e", To: "USDC@d"}}
	states := []transfer.State{st, st, st, st, st, rerouted, st}
	logEvents(context.Background(), log, "tr9", 4, evs, states)
	got := logLines(t, &buf)
	if len(got) != len(evs) {
		t.Fatalf("%d lines for %d events", len(got), len(evs))
	}
	want := []map[string]any{
		{"level": "INFO", "event": "HopStarted", "seq": 5.0, "hop": 1.0, "attempt": 2.0, "bridge": "b2", "chain": "b", "to_chain": "c"},
		{"level": "WARN", "event": "HopFailed", "seq": 6.0, "bridge": "b2", "tx": "0xa,0xb", "reason": "evm_paused: the pool is paused"},
		{"level": "WARN", "event": "Waiting", "retry_at": "2026-11-24T12:01:00Z"},
		{"level": "WARN", "event": "Refunded", "asset": "USDC@b", "amount": "990", "chain": "b", "tx": "0xr"},
		{"level": "INFO", "event": "HopDelivered", "hop": 7.0},
		{"level": "INFO", "event": "Rerouted", "route": "b4 > b5", "reroutes": 1.0, "chain": "b"},
		{"level": "INFO", "event": "Completed", "to": "USDC@d", "chain": "d", "amount": "985", "tx": "0xd"},
	}
	for i, w := range want {
		if got[i]["msg"] != "transfer event" || got[i]["transfer"] != "tr9" {
			t.Errorf("line %d: %v", i, got[i])
		}
		for k, v := range w {
			if got[i][k] != v {
				t.Errorf("line %d: %s = %v, want %v (%v)", i, k, got[i][k], v, got[i])
			}
		}
	}
	if _, ok := got[4]["bridge"]; ok {
		t.Errorf("a hop outside the route named a bridge: %v", got[4])
	}

	// Below the logger's level, nothing is written.
	var none testlog.Buffer
	logEvents(context.Background(), slog.New(slog.NewJSONHandler(&none, &slog.HandlerOptions{Level: slog.LevelError})), "tr9", 4, evs, states)
	if n := len(logLines(t, &none)); n != 0 {
		t.Errorf("%d lines above the level", n)
	}
}

// TestEachJournaledEventIsLoggedOnce runs a transfer to completion and
// another to a refund through the actors, and checks the node's log: one
// line per status event, in order, the failure and the refund as warnings.
func TestEachJournaledEventIsLoggedOnce(t *testing.T) {
	var buf testlog.Buffer
	_, nc := testnats.Start(t)
	sim := newBridgeSim()
	sim.failAt[1] = true
	e := startManagerLogging(t, t.TempDir(), nc, sim, func(*transfer.State, time.Time) transfer.Recovery {
		return transfer.Recovery{Action: "refund", Reason: "no other route"}
	}, slog.New(slog.NewJSONHandler(&buf, nil)))
	defer e.close()
	if _, _, err := e.m.Create(initState("tr-log"), nil); err != nil {
		t.Fatal(err)
	}
	if _, existed, _ := e.m.Create(initState("tr-log"), nil); !existed {
		t.Fatal("a second create made a new transfer")
	}
	if _, err := e.m.Input("tr-log", transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	evs := settled(t, nc, "tr-log", api.SubRefunded)
	var lines []map[string]any
	waitFor(t, "a line per event", func() bool { lines = transferLines(t, &buf, "tr-log"); return len(lines) >= len(evs) })
	if len(lines) != len(evs) {
		t.Fatalf("%d log lines for %d status events", len(lines), len(evs))
	}
	for i, ev := range evs {
		l := lines[i]
		if l["event"] != ev.Type || l["seq"] != float64(ev.Seq) || l["status"] != string(ev.Status) || l["substatus"] != string(ev.Substatus) {
			t.Errorf("line %d %v, event %+v", i, l, ev)
		}
		wantLevel := "INFO"
		switch ev.Type {
		case transfer.EvHopFailed, transfer.EvRefundStarted, transfer.EvRefunded, transfer.EvFailed, transfer.EvWaiting:
			wantLevel = "WARN"
		}
		if l["level"] != wantLevel {
			t.Errorf("line %d (%s) at %v, want %s", i, ev.Type, l["level"], wantLevel)
		}
		if ev.Type == transfer.EvSubmitted && (l["chain"] != "a" || l["to_chain"] != "d" || l["amount"] != "1000") {
			t.Errorf("submitted line %v", l)
		}
		if ev.Type == transfer.EvHopFailed && (l["bridge"] != "b2" || l["chain"] != "b" || l["to_chain"] != "c") {
			t.Errorf("failed hop line %v", l)
		}
	}
}

// Every journal event type is a status event the schema accepts (the
// schema lacked Waiting while the actors published it).
func TestEveryEventTypeIsInTheEventSchema(t *testing.T) {
	for _, typ := range []string{transfer.EvSubmitted, transfer.EvSourceBroadcast, transfer.EvSourceConfirmed, transfer.EvHopStarted,
		transfer.EvHopDelivered, transfer.EvHopFailed, transfer.EvRerouted, transfer.EvWaiting, transfer.EvRefundStarted,
		transfer.EvRefunded, transfer.EvCompleted, transfer.EvFailed, transfer.EvCancelled, transfer.EvCancelRequested} {
		evs := statusEvents("tr_1", 0, []transfer.Event{{Type: typ, At: time.Now().UTC()}},
			[]transfer.State{{Status: api.StatusPending, Substatus: api.SubHopInFlight}})
		b, err := json.Marshal(evs[0])
		if err != nil {
			t.Fatal(err)
		}
		if e := api.Validate(api.SchemaEvent, b); e != nil {
			t.Errorf("%s: %v", typ, e)
		}
	}
}
