package actors

import (
	"context"
	"encoding/json"
	"errors"
	"github.com/asynkron/protoactor-go/actor"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
)

// bridgeSim is the test seam for the relayers: it "delivers" a hop by
// taking 1 unit of fee, once per effect key, like a destination contract
// that rejects a second delivery.
type bridgeSim struct {
	mu     sync.Mutex
	paid   map[string]int // deliveries per effect key
	runs   map[string]int // Run calls per key
	gate   chan struct{}  // when set, hops wait for it (or the context)
	failAt map[int]bool   // hops that fail
}

func newBridgeSim() *bridgeSim {
	return &bridgeSim{paid: map[string]int{}, runs: map[string]int{}, failAt: map[int]bool{}}
}

func (b *bridgeSim) Run(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	b.mu.Lock()
	b.runs[eff.Key]++
	gate := b.gate
	b.mu.Unlock()
	if gate != nil {
		select {
		case <-gate:
		case <-ctx.Done():
			return // the node died mid-hop
		}
	}
	switch eff.Kind {
	case transfer.EffWatchSource:
		// The source is confirmed by the test itself.
	case transfer.EffStartRefund:
		report(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: "0xrefund"})
	case transfer.EffStartHop:
		b.mu.Lock()
		fail := b.failAt[eff.Hop]
		if !fail {
			b.paid[eff.Key]++
		}
		b.mu.Unlock()
		amt, _ := new(big.Int).SetString(eff.Amount, 10)
		out := new(big.Int).Sub(amt, big.NewInt(1))
		report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: !fail, Amount: out.String(), TxID: "0x" + eff.Key, Reason: "bridge paused"})
	}
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func initState(id string) transfer.State {
	return transfer.State{ID: id, Owner: "0xowner", From: "USDC@a", To: "USDC@d", Amount: "1000", MinOut: "990", RefundAddress: "0xowner",
		Deadline: time.Now().Add(time.Hour), Route: []transfer.Hop{
			{Edge: "e1", Bridge: "b1", From: "USDC@a", To: "USDC@b"},
			{Edge: "e2", Bridge: "b2", From: "USDC@b", To: "USDC@c"},
			{Edge: "e3", Bridge: "b3", From: "USDC@c", To: "USDC@d"},
		}}
}

type env struct {
	dir string
	nc  *nats.Conn
	j   *persistence.PebbleJournal
	m   *Manager
}

func startManager(t *testing.T, dir string, nc *nats.Conn, exec Executor, decide transfer.Decider) *env {
	t.Helper()
	return startManagerLogging(t, dir, nc, exec, decide, quiet)
}

func startManagerLogging(t *testing.T, dir string, nc *nats.Conn, exec Executor, decide transfer.Decider, log *slog.Logger) *env {
	t.Helper()
	m, j := openManager(t, dir, Options{Executor: exec, Publisher: jsPublisher(t, nc), Decide: decide, Tick: 20 * time.Millisecond, Logger: log})
	return &env{dir: dir, nc: nc, j: j, m: m}
}

// jsPublisher is a JetStream publisher on nc (its stream made).
func jsPublisher(t *testing.T, nc *nats.Conn) *JetStreamPublisher {
	t.Helper()
	pub, err := NewJetStreamPublisher(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	return pub
}

// openManager opens the journal in dir and starts a manager on it with o
// (Journal set; Logger quiet when unset). The caller stops the manager,
// then closes the journal.
func openManager(t *testing.T, dir string, o Options) (*Manager, *persistence.PebbleJournal) {
	t.Helper()
	j, err := persistence.Open(dir, persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	o.Journal = j
	if o.Logger == nil {
		o.Logger = quiet
	}
	m, err := NewManager(o)
	if err != nil {
		_ = j.Close()
		t.Fatal(err)
	}
	if err := m.Start(); err != nil {
		_ = j.Close()
		t.Fatal(err)
	}
	return m, j
}

func (e *env) close() {
	e.m.Stop()
	_ = e.j.Close()
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// events reads every published status event of a transfer from JetStream.
func events(t *testing.T, nc *nats.Conn, id string) []api.StatusEvent {
	t.Helper()
	js, _ := jetstream.New(nc)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cons, err := js.OrderedConsumer(ctx, api.EventsStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{api.EventsSubjectFor(id)}})
	if err != nil {
		t.Fatal(err)
	}
	var out []api.StatusEvent
	for {
		batch, err := cons.FetchNoWait(100)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for msg := range batch.Messages() {
			var e api.StatusEvent
			if err := json.Unmarshal(msg.Data(), &e); err != nil {
				t.Fatal(err)
			}
			out = append(out, e)
			n++
		}
		if n == 0 {
			return out
		}
	}
}

// settled waits until the last published event has the final substatus
// (events are published just after they are journaled).
func settled(t *testing.T, nc *nats.Conn, id string, final api.Substatus) []api.StatusEvent {
	t.Helper()
	var evs []api.StatusEvent
	waitFor(t, "the final event of "+id, func() bool {
		evs = events(t, nc, id)
		return len(evs) > 0 && evs[len(evs)-1].Substatus == final
	})
	return evs
}

func checkEvents(t *testing.T, evs []api.StatusEvent, wantLast api.Substatus) {
	t.Helper()
	for i, e := range evs {
		if e.Seq != uint64(i+1) {
			t.Fatalf("event %d has seq %d: events are missing, duplicated or out of order", i, e.Seq)
		}
	}
	if len(evs) == 0 || evs[len(evs)-1].Substatus != wantLast {
		t.Fatalf("last event %+v, want %s", evs[len(evs)-1], wantLast)
	}
}

func TestTransferCompletesAndEventsArePublishedOnce(t *testing.T) {
	completed := transferEvents.WithLabelValues("Completed", string(api.StatusDone))
	before := testutil.ToFloat64(completed)
	_, nc := testnats.Start(t)
	sim := newBridgeSim()
	e := startManager(t, t.TempDir(), nc, sim, nil)
	defer e.close()
	st, existed, err := e.m.Create(initState("tr1"), []persistence.Index{{Name: "owner", Value: "0xowner"}})
	if err != nil || existed {
		t.Fatalf("create: %v existed=%v", err, existed)
	}
	if _, existed, _ := e.m.Create(initState("tr1"), nil); !existed {
		t.Fatal("a second create of the same id made a new transfer")
	}
	if _, err := e.m.Input("tr1", transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "completion", func() bool { s, _, _ := e.m.Get(st.ID); return s.Substatus == api.SubCompleted })
	s, _, _ := e.m.Get("tr1")
	if s.AmountOut != "997" {
		t.Fatalf("amount out %s", s.AmountOut)
	}
	checkEvents(t, settled(t, nc, "tr1", api.SubCompleted), api.SubCompleted)
	// (Counted once JetStream acknowledged the event, which a reader may
	// see a moment before.)
	waitFor(t, "the completed event counted", func() bool { return testutil.ToFloat64(completed)-before >= 1 })
	if got := testutil.ToFloat64(completed) - before; got != 1 {
		t.Errorf("strait_transfer_events_total{Completed,DONE} rose by %v, want 1", got)
	}
	hits, err := e.j.Lookup(context.Background(), persistence.Index{Name: "status", Value: "DONE"}, "", 0)
	if err != nil || len(hits) != 1 {
		t.Fatalf("status index: %v %v", hits, err)
	}
	rep, err := e.j.Verify(context.Background())
	if err != nil || !rep.OK() {
		t.Fatalf("journal verify: %+v %v", rep, err)
	}
}

func TestFailedHopRefundsWhenNoRouteIsLeft(t *testing.T) {
	_, nc := testnats.Start(t)
	sim := newBridgeSim()
	sim.failAt[1] = true
	e := startManager(t, t.TempDir(), nc, sim, func(*transfer.State, time.Time) transfer.Recovery {
		return transfer.Recovery{Action: "refund", Reason: "no other route"}
	})
	defer e.close()
	if _, _, err := e.m.Create(initState("tr2"), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := e.m.Input("tr2", transfer.Input{Kind: transfer.InSourceConfirmed, Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "refund", func() bool { s, _, _ := e.m.Get("tr2"); return s.Substatus == api.SubRefunded })
	checkEvents(t, settled(t, nc, "tr2", api.SubRefunded), api.SubRefunded)
}

// TestRestartCarriesOnWithoutPayingTwice kills the manager while a hop is
// in flight, starts a new one on the same journal and NATS, and checks that
// the transfer completes, each hop was paid once and each event published
// once.
func TestRestartCarriesOnWithoutPayingTwice(t *testing.T) {
	_, nc := testnats.Start(t)
	dir := t.TempDir()
	sim := newBridgeSim()
	sim.gate = make(chan struct{}) // hops hang until released
	e1 := startManager(t, dir, nc, sim, nil)
	if _, _, err := e1.m.Create(initState("tr3"), nil); err != nil {
		t.Fatal(err)
	}
	if _, err := e1.m.Input("tr3", transfer.Input{Kind: transfer.InSourceConfirmed, Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "first hop in flight", func() bool { sim.mu.Lock(); defer sim.mu.Unlock(); return len(sim.runs) == 1 })
	e1.close() // the node dies with hop 0 in flight

	sim.mu.Lock()
	sim.gate = nil
	sim.mu.Unlock()
	e2 := startManager(t, dir, nc, sim, nil)
	defer e2.close()
	waitFor(t, "completion after restart", func() bool { s, _, _ := e2.m.Get("tr3"); return s.Substatus == api.SubCompleted })
	sim.mu.Lock()
	defer sim.mu.Unlock()
	for k, n := range sim.paid {
		if n != 1 {
			t.Fatalf("effect %s paid %d times", k, n)
		}
	}
	if len(sim.paid) != 3 {
		t.Fatalf("%d hops paid, want 3: %v", len(sim.paid), sim.paid)
	}
	checkEvents(t, settled(t, nc, "tr3", api.SubCompleted), api.SubCompleted)
}

// TestSecondWriterIsFenced: two managers activate the same transfer; the one
// whose view is stale gets a journal conflict and stops without acting.
func TestSecondWriterIsFenced(t *testing.T) {
	_, nc := testnats.Start(t)
	dir := t.TempDir()
	sim := newBridgeSim()
	sim.gate = make(chan struct{})
	defer close(sim.gate)
	j, err := persistence.Open(dir, persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	pub := jsPublisher(t, nc)
	mk := func() *Manager {
		m, err := NewManager(Options{Journal: j, Executor: sim, Publisher: pub, Tick: time.Hour, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	a, b := mk(), mk()
	defer a.Stop()
	defer b.Stop()
	if _, _, err := a.Create(initState("tr4"), nil); err != nil {
		t.Fatal(err)
	}
	// a's actor has loaded the transfer (a tick changes nothing).
	if _, err := a.Input("tr4", transfer.Input{Kind: transfer.InTick}); err != nil {
		t.Fatal(err)
	}
	// b activates the same transfer and moves it on.
	if _, err := b.Input("tr4", transfer.Input{Kind: transfer.InSourceBroadcast, TxID: "0x1"}); err != nil {
		t.Fatal(err)
	}
	// a's activation still believes seq 1: its write must be refused.
	_, err = a.Input("tr4", transfer.Input{Kind: transfer.InSourceBroadcast, TxID: "0x2"})
	if persistence.CodeOf(err) != persistence.CodeConflict {
		t.Fatalf("stale writer: %v", err)
	}
	s, _, _ := b.Get("tr4")
	if s.Seq != 2 || s.SourceTx != "0x1" {
		t.Fatalf("journal after the race: seq %d tx %s", s.Seq, s.SourceTx)
	}
}

// countingPublisher counts Publish calls: an actor's activation publishes
// (it republishes the transfer's events).
type countingPublisher struct {
	Publisher
	calls atomic.Int64
}

func (p *countingPublisher) Publish(ctx context.Context, evs []api.StatusEvent) error {
	p.calls.Add(1)
	return p.Publisher.Publish(ctx, evs)
}

// TestInputToAnEndedTransferSpawnsNoActor: an input to a transfer that
// ended is answered from the journal (ErrTerminal, its final state), not
// by an actor: the one that ended it may still be stopping under the same
// name, and an input sent there could wait for a reply that never comes.
func TestInputToAnEndedTransferSpawnsNoActor(t *testing.T) {
	_, nc := testnats.Start(t)
	pub := &countingPublisher{Publisher: jsPublisher(t, nc)}
	m, j := openManager(t, t.TempDir(), Options{Executor: newBridgeSim(), Publisher: pub, Tick: time.Hour})
	defer j.Close()
	defer m.Stop()
	if _, _, err := m.Create(initState("tr-ended"), nil); err != nil {
		t.Fatal(err)
	}
	if st, err := m.Input("tr-ended", transfer.Input{Kind: transfer.InCancel}); err != nil || st.Substatus != api.SubCancelled {
		t.Fatalf("cancel: %s %v", st.Substatus, err)
	}
	before := pub.calls.Load()
	for i := 0; i < 3; i++ {
		st, err := m.Input("tr-ended", transfer.Input{Kind: transfer.InCancel})
		if !errors.Is(err, transfer.ErrTerminal) || st.Substatus != api.SubCancelled {
			t.Fatalf("input after the end: %s %v", st.Substatus, err)
		}
	}
	if n := pub.calls.Load() - before; n != 0 {
		t.Fatalf("inputs to an ended transfer activated its actor (%d publishes)", n)
	}
}

// silentActor ignores what it is sent: a transfer's activation that is
// stopping.
type silentActor struct{}

func (silentActor) Receive(actor.Context) {}

// TestInputWaitsForAStoppingActivation: an input that finds the
// transfer's actor name taken by an activation still stopping waits for
// the name to free and spawns a fresh actor, rather than sending to the
// stopping one (which never answers).
func TestInputWaitsForAStoppingActivation(t *testing.T) {
	_, nc := testnats.Start(t)
	e := startManager(t, t.TempDir(), nc, newBridgeSim(), nil)
	defer e.close()
	if _, _, err := e.m.Create(initState("tr-x"), nil); err != nil {
		t.Fatal(err)
	}
	// Its activation stops (forgetting its PID first, as an ended or
	// fenced one does), and a silent one takes its name while stopping.
	first := e.m.spawn("tr-x")
	e.m.forgetPID("tr-x", first)
	if err := e.m.sys.Root.StopFuture(first).Wait(); err != nil {
		t.Fatal(err)
	}
	old, err := e.m.sys.Root.SpawnNamed(actor.PropsFromProducer(func() actor.Actor { return silentActor{} }), "transfer-tr-x")
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(100 * time.Millisecond)
		e.m.sys.Root.Stop(old)
	}()
	type result struct {
		st  transfer.State
		err error
	}
	done := make(chan result, 1)
	go func() {
		st, err := e.m.Input("tr-x", transfer.Input{Kind: transfer.InCancel})
		done <- result{st, err}
	}()
	select {
	case r := <-done:
		if r.err != nil || r.st.Substatus != api.SubCancelled {
			t.Fatalf("input while the old activation stopped: %s %v", r.st.Substatus, r.err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("the input was sent to the stopping activation and never answered")
	}
}

// downPublisher fails every Publish while down is set, as JetStream does
// while the NATS server is away.
type downPublisher struct {
	Publisher
	down  atomic.Bool
	fails atomic.Int64
}

func (p *downPublisher) Publish(ctx context.Context, evs []api.StatusEvent) error {
	if p.down.Load() {
		p.fails.Add(1)
		return errors.New("nats: connection reconnecting")
	}
	return p.Publisher.Publish(ctx, evs)
}

// TestEventsPublishedWhileNATSWasAwayGoOutOnceItIsBack: NATS goes away
// (an external server restarting) while a running node moves a transfer
// to its end. The events journaled meanwhile are published once it is
// back, each once and in order, the last one too, and only then does the
// ended transfer's actor stop. Before, the first failed event left a gap
// the publisher refused to publish past, until the node restarted, which
// does not even rehydrate an ended transfer: a wallet watching waited
// forever.
func TestEventsPublishedWhileNATSWasAwayGoOutOnceItIsBack(t *testing.T) {
	_, nc := testnats.Start(t)
	pub := &downPublisher{Publisher: jsPublisher(t, nc)}
	m, j := openManager(t, t.TempDir(), Options{Executor: newBridgeSim(), Publisher: pub, Tick: 20 * time.Millisecond})
	defer j.Close()
	defer m.Stop()
	active := countActive()
	if _, _, err := m.Create(initState("trp1"), nil); err != nil {
		t.Fatal(err)
	}
	pub.down.Store(true)
	if _, err := m.Input("trp1", transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the transfer to complete while NATS is away", func() bool { s, _, _ := m.Get("trp1"); return s.Substatus == api.SubCompleted })
	time.Sleep(400 * time.Millisecond) // twenty ticks meanwhile: still away
	if evs := events(t, nc, "trp1"); len(evs) != 1 {
		t.Fatalf("%d events published while NATS was away, want the Submitted one", len(evs))
	}
	if got := countActive(); got != active+1 {
		t.Fatalf("the ended transfer's actor stopped with its events unpublished (active %v, want %v)", got, active+1)
	}
	// Retried, but not on every input and tick: each attempt may wait for
	// a publish timeout, which would hold the transfer's inputs up. The
	// waits double from the tick (20 ms) on.
	if n := pub.fails.Load(); n < 2 || n > 12 {
		t.Fatalf("publish was tried %d times while away, want a few (retried, backing off)", n)
	}
	pub.down.Store(false)
	evs := settled(t, nc, "trp1", api.SubCompleted)
	checkEvents(t, evs, api.SubCompleted)
	st, _, _ := m.Get("trp1")
	if uint64(len(evs)) != st.Seq {
		t.Fatalf("%d events published, the journal has %d", len(evs), st.Seq)
	}
	waitFor(t, "the ended transfer's actor to stop", func() bool { return countActive() == active })
}

// TestPublishAfterALostAckAsksTheStream: an event that landed in the
// stream although its publish failed (the ack was lost) is not published a
// second time once JetStream's duplicate window has passed: after a
// failure the publisher asks the stream where the transfer stands instead
// of trusting its own count.
func TestPublishAfterALostAckAsksTheStream(t *testing.T) {
	_, nc := testnats.Start(t)
	ctx := context.Background()
	pub, err := NewJetStreamPublisher(ctx, nc)
	if err != nil {
		t.Fatal(err)
	}
	ev := func(seq uint64) api.StatusEvent {
		return api.StatusEvent{TransferID: "trl", Seq: seq, Type: "HopStarted", Status: api.StatusPending, Substatus: api.SubHopInFlight}
	}
	if err := pub.Publish(ctx, []api.StatusEvent{ev(1)}); err != nil {
		t.Fatal(err)
	}
	// Event 2 lands, its ack lost: the publish reports a failure.
	b, _ := json.Marshal(ev(2))
	msg := nats.NewMsg(api.EventsSubjectFor("trl"))
	msg.Data = b
	msg.Header.Set(seqHeader, "2")
	msg.Header.Set(jetstream.MsgIDHeader, "trl:2")
	if _, err := pub.js.PublishMsg(ctx, msg); err != nil {
		t.Fatal(err)
	}
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if err := pub.Publish(gone, []api.StatusEvent{ev(2)}); err == nil {
		t.Fatal("a publish with its context ended succeeded")
	}
	// Past the duplicate window, JetStream would keep a second copy.
	cfg := pub.stream.CachedInfo().Config
	cfg.Duplicates = 100 * time.Millisecond
	if _, err := pub.js.UpdateStream(ctx, cfg); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	if err := pub.Publish(ctx, []api.StatusEvent{ev(2), ev(3)}); err != nil {
		t.Fatal(err)
	}
	if evs := events(t, nc, "trl"); len(evs) != 3 {
		t.Fatalf("%d events in the stream, want 3 (event 2 once)", len(evs))
	}
}

// TestARestartPublishesTheLastEventsOfATransferThatEndedUnpublished: the
// node stops (here while NATS is away; a crash between the journal and
// the publish leaves the same) after a transfer ended with its last events
// unpublished. No actor carries an ended transfer on after a restart, so
// the restarted node publishes them as it starts.
func TestARestartPublishesTheLastEventsOfATransferThatEndedUnpublished(t *testing.T) {
	_, nc := testnats.Start(t)
	dir := t.TempDir()
	pub := &downPublisher{Publisher: jsPublisher(t, nc)}
	m, j := openManager(t, dir, Options{Executor: newBridgeSim(), Publisher: pub, Tick: 20 * time.Millisecond})
	if _, _, err := m.Create(initState("trp2"), nil); err != nil {
		t.Fatal(err)
	}
	pub.down.Store(true)
	if _, err := m.Input("trp2", transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc", Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the transfer to complete while NATS is away", func() bool { s, _, _ := m.Get("trp2"); return s.Substatus == api.SubCompleted })
	m.Stop()
	_ = j.Close()
	if evs := events(t, nc, "trp2"); len(evs) != 1 {
		t.Fatalf("%d events published before the restart, want the Submitted one", len(evs))
	}

	// NATS is still away as the node starts again: the start does not
	// wait on it, and the events go out once NATS is back.
	active := countActive()
	pub2 := &downPublisher{Publisher: jsPublisher(t, nc)}
	pub2.down.Store(true)
	m2, j2 := openManager(t, dir, Options{Executor: newBridgeSim(), Publisher: pub2, Tick: 20 * time.Millisecond})
	defer j2.Close()
	defer m2.Stop()
	waitFor(t, "a publish attempt", func() bool { return pub2.fails.Load() > 0 })
	if evs := events(t, nc, "trp2"); len(evs) != 1 {
		t.Fatalf("%d events published while NATS is still away", len(evs))
	}
	pub2.down.Store(false)
	evs := settled(t, nc, "trp2", api.SubCompleted)
	checkEvents(t, evs, api.SubCompleted)
	waitFor(t, "the ended transfer's actor to stop once its events are out", func() bool { return countActive() == active })
}

// A publish while the connection is down fails at once with
// ErrNotConnected: it does not wait out a publish timeout in the
// reconnect buffer, holding up the transfer's actor and its inputs.
func TestPublishWhileDisconnectedFailsAtOnce(t *testing.T) {
	ns, nc := testnats.Start(t)
	pub := jsPublisher(t, nc)
	ctx := context.Background()
	ev := func(seq uint64) api.StatusEvent {
		return api.StatusEvent{TransferID: "trd", Seq: seq, Type: "HopStarted", Status: api.StatusPending, Substatus: api.SubHopInFlight}
	}
	if err := pub.Publish(ctx, []api.StatusEvent{ev(1)}); err != nil {
		t.Fatal(err)
	}
	ns.Shutdown()
	waitFor(t, "the connection to notice the server is gone", func() bool { return !nc.IsConnected() })
	if err := pub.Publish(ctx, []api.StatusEvent{ev(2)}); !errors.Is(err, ErrNotConnected) {
		t.Fatalf("publish while disconnected: %v, want ErrNotConnected", err)
	}
}

// TestReadingAnEndedTransferPublishesTheEventsItLacks: a transfer's last
// events were journaled but never published (its node died first), and no
// start wakes it again (it ended well before the journal's last change,
// as on a cluster's survivor, which carries on only unfinished
// transfers). Reading it (transfer.get, which a watch asks first and
// again when it idles) publishes what the stream lacks, once, in order.
func TestReadingAnEndedTransferPublishesTheEventsItLacks(t *testing.T) {
	_, nc := testnats.Start(t)
	dir := t.TempDir()
	clock := &testClock{t: time.Now()}
	pub := &downPublisher{Publisher: jsPublisher(t, nc)}
	m, j := openManager(t, dir, Options{Executor: newBridgeSim(), Publisher: pub, Tick: 20 * time.Millisecond, Now: clock.now})
	for _, id := range []string{"trr1", "trr2", "trr3"} {
		if _, _, err := m.Create(initState(id), nil); err != nil {
			t.Fatal(err)
		}
	}
	pub.down.Store(true)
	for _, id := range []string{"trr1", "trr3"} {
		if _, err := m.Input(id, transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc-" + id, Amount: "1000"}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, id+" to complete while NATS is away", func() bool { s, _, _ := m.Get(id); return s.Substatus == api.SubCompleted })
	}
	// Another transfer moves two minutes later: trr1 ended well before
	// the journal's last change.
	clock.advance(2 * time.Minute)
	if _, err := m.Input("trr2", transfer.Input{Kind: transfer.InSourceConfirmed, TxID: "0xsrc2", Amount: "1000"}); err != nil {
		t.Fatal(err)
	}
	m.Stop()
	_ = j.Close()

	pub2 := &downPublisher{Publisher: jsPublisher(t, nc)}
	m2, j2 := openManager(t, dir, Options{Executor: newBridgeSim(), Publisher: pub2, Tick: 20 * time.Millisecond, Now: clock.now})
	defer j2.Close()
	defer m2.Stop()
	time.Sleep(200 * time.Millisecond) // ten ticks: the start woke what it wakes
	for _, id := range []string{"trr1", "trr3"} {
		if evs := events(t, nc, id); len(evs) != 1 {
			t.Fatalf("%d events of %s published before it was read, want the Submitted one", len(evs), id)
		}
	}
	b := &Backend{Manager: m2, Journal: j2}
	// A read while NATS is away still answers; the next read repairs.
	pub2.down.Store(true)
	if got, e := b.Get("trr1"); e != nil || got.Substatus != api.SubCompleted {
		t.Fatalf("get while NATS is away: %+v %v", got, e)
	}
	if pub2.fails.Load() == 0 || len(events(t, nc, "trr1")) != 1 {
		t.Fatalf("the read did not try to repair (%d failed publishes)", pub2.fails.Load())
	}
	pub2.down.Store(false)
	got, e := b.Get("trr1")
	if e != nil || got.Substatus != api.SubCompleted {
		t.Fatalf("get: %+v %v", got, e)
	}
	evs := events(t, nc, "trr1")
	checkEvents(t, evs, api.SubCompleted)
	st, _, _ := m2.Get("trr1")
	if uint64(len(evs)) != st.Seq {
		t.Fatalf("%d events published after the read, the journal has %d", len(evs), st.Seq)
	}
	// A second read publishes nothing more.
	if _, e := b.Get("trr1"); e != nil {
		t.Fatal(e)
	}
	if again := events(t, nc, "trr1"); len(again) != len(evs) {
		t.Fatalf("%d events after a second read, %d after the first", len(again), len(evs))
	}
	// A read over a day after the end leaves the stream be (its events
	// may have expired: they are not published all over again).
	clock.advance(repairWithin)
	if got, e := b.Get("trr3"); e != nil || got.Substatus != api.SubCompleted {
		t.Fatalf("get trr3: %+v %v", got, e)
	}
	if evs := events(t, nc, "trr3"); len(evs) != 1 {
		t.Fatalf("%d events of trr3 after a read a day after it ended, want the Submitted one", len(evs))
	}
}

// The publisher forgets a transfer once its ending event is out (a node's
// history would otherwise grow its table for ever); a later publish of
// the transfer asks the stream where it stands.
func TestPublisherForgetsEndedTransfers(t *testing.T) {
	_, nc := testnats.Start(t)
	pub := jsPublisher(t, nc)
	ctx := context.Background()
	ev := func(seq uint64, st api.Status) api.StatusEvent {
		return api.StatusEvent{TransferID: "trf", Seq: seq, Type: "HopStarted", Status: st, Substatus: api.SubHopInFlight}
	}
	if err := pub.Publish(ctx, []api.StatusEvent{ev(1, api.StatusPending), ev(2, api.StatusPending)}); err != nil {
		t.Fatal(err)
	}
	if pub.last["trf"] != 2 {
		t.Fatalf("a running transfer's last seq is %d, want 2", pub.last["trf"])
	}
	if err := pub.Publish(ctx, []api.StatusEvent{ev(3, api.StatusDone)}); err != nil {
		t.Fatal(err)
	}
	if _, ok := pub.last["trf"]; ok || len(pub.last) != 0 {
		t.Fatalf("an ended transfer is still remembered: %v", pub.last)
	}
	// Everything again, and one more: only the new one goes out.
	if err := pub.Publish(ctx, []api.StatusEvent{ev(1, api.StatusPending), ev(2, api.StatusPending), ev(3, api.StatusDone), ev(4, api.StatusDone)}); err != nil {
		t.Fatal(err)
	}
	if evs := events(t, nc, "trf"); len(evs) != 4 || evs[3].Seq != 4 {
		t.Fatalf("stream holds %d events, want 4 in order: %+v", len(evs), evs)
	}
}

// When a transfer's actor name stays taken (an activation that never
// stops), spawn gives up waiting after about a second and uses the name:
// its actor answers if it runs, and a stopped one turns a request into an
// error, where waiting on would hold the caller for ever.
func TestSpawnUsesANameThatStaysTaken(t *testing.T) {
	_, nc := testnats.Start(t)
	e := startManager(t, t.TempDir(), nc, newBridgeSim(), nil)
	defer e.close()
	squatter, err := e.m.sys.Root.SpawnNamed(actor.PropsFromProducer(func() actor.Actor { return silentActor{} }), "transfer-tr-y")
	if err != nil {
		t.Fatal(err)
	}
	defer e.m.sys.Root.Stop(squatter)
	pid := e.m.spawn("tr-y")
	if !pid.Equal(squatter) {
		t.Fatalf("spawn gave %v, want the name's actor %v", pid, squatter)
	}
	e.m.mu.Lock()
	kept := e.m.pids["tr-y"]
	e.m.mu.Unlock()
	if !kept.Equal(squatter) {
		t.Fatalf("the manager keeps %v for the transfer, want %v", kept, squatter)
	}
}
