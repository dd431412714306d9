package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
)

// watchEnv is an events stream and a transfer.get that knows the
// transfers in known (by id); nothing else of a node.
type watchEnv struct {
	nc    *nats.Conn
	js    jetstream.JetStream
	known map[string]*api.Transfer
}

func newWatchEnv(t *testing.T) *watchEnv {
	t.Helper()
	return newWatchEnvStream(t, true)
}

// newWatchEnvStream is newWatchEnv, without the events stream unless
// stream is set (a NATS server no node has set up).
func newWatchEnvStream(t *testing.T, stream bool) *watchEnv {
	t.Helper()
	_, nc := testnats.Start(t)
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if stream {
		if _, err := js.CreateStream(context.Background(), jetstream.StreamConfig{Name: api.EventsStream, Subjects: []string{api.EventsSubject}}); err != nil {
			t.Fatal(err)
		}
	}
	e := &watchEnv{nc: nc, js: js, known: map[string]*api.Transfer{}}
	responder(t, nc, api.SubjectGet, func(_ int, m *nats.Msg) *nats.Msg {
		var req api.GetRequest
		_ = json.Unmarshal(m.Data, &req)
		if tr, known := e.known[req.ID]; known {
			return ok(tr)
		}
		return fail(api.CodeNotFound)
	})
	return e
}

// publish puts events seq from..to of transfer id in the stream; the last
// one of a transfer that ends is DONE/COMPLETED when done is set.
func (e *watchEnv) publish(t *testing.T, id string, from, to uint64, done bool) {
	t.Helper()
	for seq := from; seq <= to; seq++ {
		ev := api.StatusEvent{TransferID: id, Seq: seq, Type: fmt.Sprintf("Event%d", seq), Status: api.StatusPending, Substatus: api.SubHopInFlight}
		if done && seq == to {
			ev.Type, ev.Status, ev.Substatus = "Completed", api.StatusDone, api.SubCompleted
		}
		b, _ := json.Marshal(ev)
		if _, err := e.js.Publish(context.Background(), api.EventsSubjectFor(id), b); err != nil {
			t.Error(err) // (publish runs on a goroutine too: no Fatal)
			return
		}
	}
}

func TestWatchFollowsATransferToItsEnd(t *testing.T) {
	e := newWatchEnv(t)
	e.known["tr1"] = &api.Transfer{ID: "tr1", Status: api.StatusPending}
	e.known["tr2"] = &api.Transfer{ID: "tr2", Status: api.StatusPending}
	e.publish(t, "tr1", 1, 3, false)
	e.publish(t, "tr2", 1, 9, true) // another transfer's events: not tr1's
	c := api.NewClient(e.nc)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var seen []uint64
	go func() {
		time.Sleep(200 * time.Millisecond) // the rest arrives while Watch waits
		e.publish(t, "tr1", 4, 5, true)
		e.publish(t, "tr1", 6, 6, false) // after the end: not read
	}()
	err := c.Watch(ctx, "tr1", api.WatchOptions{}, func(ev api.StatusEvent) error {
		if ev.TransferID != "tr1" {
			t.Errorf("event of %s", ev.TransferID)
		}
		seen = append(seen, ev.Seq)
		return nil
	})
	if err != nil || fmt.Sprint(seen) != "[1 2 3 4 5]" {
		t.Fatalf("seen %v, err %v; want 1..5 then nil", seen, err)
	}
	// From a seq on: a wallet that saw up to 3 resumes at 4.
	seen = nil
	err = c.Watch(ctx, "tr1", api.WatchOptions{FromSeq: 4}, func(ev api.StatusEvent) error { seen = append(seen, ev.Seq); return nil })
	if err != nil || fmt.Sprint(seen) != "[4 5]" {
		t.Fatalf("from 4: seen %v, err %v", seen, err)
	}
	// fn's error ends the watch with that error.
	stop := errors.New("enough")
	seen = nil
	err = c.Watch(ctx, "tr1", api.WatchOptions{}, func(ev api.StatusEvent) error { seen = append(seen, ev.Seq); return stop })
	if !errors.Is(err, stop) || fmt.Sprint(seen) != "[1]" {
		t.Fatalf("fn's error: seen %v, err %v", seen, err)
	}
}

func TestWatchAnUnknownOrExpiredTransfer(t *testing.T) {
	e := newWatchEnv(t)
	c := api.NewClient(e.nc)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	began := time.Now()
	err := c.Watch(ctx, "tr-nobody", api.WatchOptions{}, func(api.StatusEvent) error { t.Error("an event"); return nil })
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeNotFound || time.Since(began) > 5*time.Second {
		t.Fatalf("unknown id: %v after %s", err, time.Since(began))
	}
	// Ended, and its events expired from the stream: its final state.
	e.known["tr-old"] = &api.Transfer{ID: "tr-old", Status: api.StatusDone, Substatus: api.SubRefunded}
	err = c.Watch(ctx, "tr-old", api.WatchOptions{}, func(api.StatusEvent) error { t.Error("an event"); return nil })
	var gone *api.EventsGoneError
	if !errors.As(err, &gone) || gone.Transfer.Substatus != api.SubRefunded {
		t.Fatalf("expired events: %v", err)
	}
	// An event that does not decode ends the watch with an error that
	// says where it is.
	e.known["tr-bad"] = &api.Transfer{ID: "tr-bad", Status: api.StatusPending}
	if _, err := e.js.Publish(ctx, api.EventsSubjectFor("tr-bad"), []byte("{not json")); err != nil {
		t.Fatal(err)
	}
	err = c.Watch(ctx, "tr-bad", api.WatchOptions{}, func(api.StatusEvent) error { t.Error("an event"); return nil })
	if err == nil || !strings.Contains(err.Error(), "watch tr-bad: event at stream seq") {
		t.Fatalf("undecodable event: %v", err)
	}
	// Ended, events kept: they are replayed.
	e.known["tr-done"] = &api.Transfer{ID: "tr-done", Status: api.StatusDone, Substatus: api.SubCompleted}
	e.publish(t, "tr-done", 1, 2, true)
	n := 0
	if err := c.Watch(ctx, "tr-done", api.WatchOptions{}, func(api.StatusEvent) error { n++; return nil }); err != nil || n != 2 {
		t.Fatalf("ended, events kept: %d events, %v", n, err)
	}
}

func TestWatchSaysItIsStillWaitingAndStopsWithItsContext(t *testing.T) {
	e := newWatchEnv(t)
	e.known["tr3"] = &api.Transfer{ID: "tr3", Status: api.StatusPending}
	e.publish(t, "tr3", 1, 1, false)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var idles atomic.Int32
	o := api.WatchOptions{IdleEvery: 100 * time.Millisecond, Idle: func(waited time.Duration) {
		if waited < 90*time.Millisecond {
			t.Errorf("idle after %s", waited)
		}
		if idles.Add(1) == 3 {
			cancel()
		}
	}}
	n := 0
	err := api.NewClient(e.nc).Watch(ctx, "tr3", o, func(api.StatusEvent) error { n++; return nil })
	if !errors.Is(err, context.Canceled) || n != 1 || idles.Load() != 3 {
		t.Fatalf("err %v, %d events, %d idle calls", err, n, idles.Load())
	}
}

// Without the events stream (a NATS server no node set up) Watch says
// which stream it could not read, for a transfer that ended and for one
// that has not.
func TestWatchWithoutTheEventsStream(t *testing.T) {
	e := newWatchEnvStream(t, false)
	e.known["tr-ended"] = &api.Transfer{ID: "tr-ended", Status: api.StatusDone, Substatus: api.SubCompleted}
	e.known["tr-pending"] = &api.Transfer{ID: "tr-pending", Status: api.StatusPending}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	c := api.NewClient(e.nc)
	for _, id := range []string{"tr-ended", "tr-pending"} {
		err := c.Watch(ctx, id, api.WatchOptions{}, func(api.StatusEvent) error { t.Error("an event"); return nil })
		if err == nil || !strings.Contains(err.Error(), "watch "+id) || !errors.Is(err, jetstream.ErrStreamNotFound) {
			t.Errorf("%s without the stream: %v", id, err)
		}
	}
}

// natsAt runs a JetStream server on 127.0.0.1:port (-1: any) keeping its
// streams in dir; the test stops it unless it was stopped already.
func natsAt(t *testing.T, port int, dir string) *server.Server {
	t.Helper()
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, JetStream: true, StoreDir: dir, NoLog: true, NoSigs: true})
	if err != nil {
		t.Fatal(err)
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		t.Fatal("nats server not ready")
	}
	t.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
	return ns
}

// TestWatchRidesThroughANodeRestart: the node (and the NATS server it
// embeds) stops and starts again while a wallet watches a transfer. The
// client reconnects, and the watch carries on where it was: every event
// once, in order, to the end.
func TestWatchRidesThroughANodeRestart(t *testing.T) {
	dir := t.TempDir()
	ns := natsAt(t, -1, dir)
	port := ns.Addr().(*net.TCPAddr).Port
	nc, err := nats.Connect(ns.ClientURL(), nats.MaxReconnects(-1), nats.ReconnectWait(50*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := js.CreateStream(context.Background(), jetstream.StreamConfig{Name: api.EventsStream, Subjects: []string{api.EventsSubject}}); err != nil {
		t.Fatal(err)
	}
	e := &watchEnv{nc: nc, js: js, known: map[string]*api.Transfer{"tr1": {ID: "tr1", Status: api.StatusPending}}}
	responder(t, nc, api.SubjectGet, func(int, *nats.Msg) *nats.Msg { return ok(e.known["tr1"]) })
	e.publish(t, "tr1", 1, 3, false)

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	var seen []uint64
	done := make(chan error, 1)
	go func() {
		done <- api.NewClient(nc).Watch(ctx, "tr1", api.WatchOptions{IdleEvery: time.Second}, func(ev api.StatusEvent) error {
			mu.Lock()
			seen = append(seen, ev.Seq)
			mu.Unlock()
			return nil
		})
	}()
	waitUntil(t, "the first three events", func() bool { mu.Lock(); defer mu.Unlock(); return len(seen) == 3 })

	ns.Shutdown() // the node stops
	ns.WaitForShutdown()
	time.Sleep(300 * time.Millisecond)
	natsAt(t, port, dir) // and starts again, on the same port and data
	waitUntil(t, "the client to reconnect", nc.IsConnected)
	e.publish(t, "tr1", 4, 5, true)

	select {
	case err := <-done:
		mu.Lock()
		defer mu.Unlock()
		if err != nil || fmt.Sprint(seen) != "[1 2 3 4 5]" {
			t.Fatalf("seen %v, err %v; want 1..5 once each, then nil", seen, err)
		}
	case <-ctx.Done():
		t.Fatal("the watch did not end")
	}
}

func waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestWatchEndsWhenTheConnectionCloses: a connection closed for good (by
// its owner, or by nats.go giving up reconnecting) ends the watch with an
// error instead of retrying forever.
func TestWatchEndsWhenTheConnectionCloses(t *testing.T) {
	e := newWatchEnv(t)
	e.known["tr1"] = &api.Transfer{ID: "tr1", Status: api.StatusPending}
	e.publish(t, "tr1", 1, 2, false)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var n atomic.Int64
	done := make(chan error, 1)
	go func() {
		done <- api.NewClient(e.nc).Watch(ctx, "tr1", api.WatchOptions{IdleEvery: time.Second}, func(api.StatusEvent) error { n.Add(1); return nil })
	}()
	waitUntil(t, "the two events", func() bool { return n.Load() == 2 })
	e.nc.Close()
	select {
	case err := <-done:
		if err == nil || ctx.Err() != nil {
			t.Fatalf("watch after the connection closed: %v (context %v)", err, ctx.Err())
		}
	case <-ctx.Done():
		t.Fatal("the watch kept going on a closed connection")
	}
}

// TestWatchOfATransferWhoseLastEventsNeverCame: the node that ended the
// transfer died between journaling its last events and publishing them
// (a restarted node carries on unfinished transfers only), so they will
// never come. Once the transfer has been over for a while, the watch ends
// with its final state instead of waiting forever; one that ended a
// moment ago still gets its last events.
func TestWatchOfATransferWhoseLastEventsNeverCame(t *testing.T) {
	e := newWatchEnv(t)
	e.known["tr1"] = &api.Transfer{ID: "tr1", Status: api.StatusDone, Substatus: api.SubCompleted, Seq: 5, UpdatedAt: time.Now().Add(-time.Hour)}
	e.publish(t, "tr1", 1, 3, false)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var seen []uint64
	err := api.NewClient(e.nc).Watch(ctx, "tr1", api.WatchOptions{IdleEvery: 300 * time.Millisecond}, func(ev api.StatusEvent) error {
		seen = append(seen, ev.Seq)
		return nil
	})
	var gone *api.EventsGoneError
	if !errors.As(err, &gone) || gone.Transfer.Substatus != api.SubCompleted || fmt.Sprint(seen) != "[1 2 3]" {
		t.Fatalf("seen %v, err %v; want 1..3 then the final state", seen, err)
	}

	e.known["tr2"] = &api.Transfer{ID: "tr2", Status: api.StatusDone, Substatus: api.SubCompleted, Seq: 5, UpdatedAt: time.Now()}
	e.publish(t, "tr2", 1, 3, false)
	go func() {
		time.Sleep(350 * time.Millisecond) // past an idle wait: the node is publishing them
		e.publish(t, "tr2", 4, 5, true)
	}()
	seen = nil
	err = api.NewClient(e.nc).Watch(ctx, "tr2", api.WatchOptions{IdleEvery: 300 * time.Millisecond}, func(ev api.StatusEvent) error {
		seen = append(seen, ev.Seq)
		return nil
	})
	if err != nil || fmt.Sprint(seen) != "[1 2 3 4 5]" {
		t.Fatalf("a transfer that just ended: seen %v, err %v", seen, err)
	}
}

// TestWatchResumedPastTheEnd: a wallet that saw every event of a
// transfer, the last one too, and resumes from the next seq has nothing
// left to watch; the watch returns at once instead of waiting for events
// that will never come.
func TestWatchResumedPastTheEnd(t *testing.T) {
	e := newWatchEnv(t)
	e.known["tr1"] = &api.Transfer{ID: "tr1", Status: api.StatusDone, Substatus: api.SubCompleted, Seq: 5, UpdatedAt: time.Now()}
	e.publish(t, "tr1", 1, 5, true)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	c := api.NewClient(e.nc)
	var seen []uint64
	if err := c.Watch(ctx, "tr1", api.WatchOptions{FromSeq: 6}, func(ev api.StatusEvent) error { seen = append(seen, ev.Seq); return nil }); err != nil || len(seen) != 0 {
		t.Fatalf("from 6 of an ended transfer of 5 events: seen %v, err %v", seen, err)
	}
	if err := c.Watch(ctx, "tr1", api.WatchOptions{FromSeq: 5}, func(ev api.StatusEvent) error { seen = append(seen, ev.Seq); return nil }); err != nil || fmt.Sprint(seen) != "[5]" {
		t.Fatalf("from 5: seen %v, err %v", seen, err)
	}
}
