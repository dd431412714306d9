// Package actors joins the router, the journal and the relayers: one
// TransferActor (protoactor-go) per transfer wraps the pure lifecycle of
// actors/transfer. Every event is journaled, synced, before its effect runs;
// effects are idempotent by key; a restarted node rehydrates unfinished
// transfers from the journal and carries them on.
package actors

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/persistence"
)

// Executor runs effects (hops and refunds) and reports each outcome with
// report. It must be idempotent on eff.Key: after a crash the same effect is
// run again and must not pay twice.
type Executor interface {
	Run(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input))
}

// Publisher publishes status events (the JetStream publisher in events.go).
type Publisher interface {
	// Publish sends events of one transfer in order; it must deduplicate by
	// (transfer, seq) so that a replay after a crash publishes each once.
	Publish(ctx context.Context, evs []api.StatusEvent) error
}

// Options configure the Manager.
type Options struct {
	Journal   persistence.Journal
	Executor  Executor
	Publisher Publisher
	// Decide is the recovery rule after a failed hop (adapts
	// routing.DecideRecovery).
	Decide transfer.Decider
	// Now is the clock; Tick how often waiting transfers are checked.
	Now    func() time.Time
	Tick   time.Duration
	Logger *slog.Logger
}

// EnsureDefaults fills unset options.
func (o *Options) EnsureDefaults() {
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Tick <= 0 {
		o.Tick = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Decide == nil {
		o.Decide = func(*transfer.State, time.Time) transfer.Recovery {
			return transfer.Recovery{Action: "refund", Reason: "no recovery rule configured"}
		}
	}
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	if o.Journal == nil || o.Executor == nil || o.Publisher == nil {
		return errors.New("actors: Journal, Executor and Publisher are required")
	}
	return nil
}

// StreamPrefix is the journal stream prefix of transfers.
const StreamPrefix = "transfer/"

// Manager owns the actor system and the transfer actors of this node.
type Manager struct {
	o    Options
	sys  *actor.ActorSystem
	log  *slog.Logger
	ctx  context.Context
	stop context.CancelFunc

	mu      sync.Mutex
	pids    map[string]*actor.PID
	ticking bool
	done    chan struct{}

	// cl is set in cluster mode (JoinCluster): transfers are the cluster
	// kind `transfer`, placed by the cluster; see cluster.go.
	cl *clusterState
}

// NewManager builds a manager; Start rehydrates and starts ticking.
func NewManager(o Options) (*Manager, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	logger := o.Logger.With("component", "transfers")
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return logger.With("lib", "protoactor") }))
	return &Manager{o: o, sys: sys, log: logger, ctx: ctx, stop: cancel, pids: map[string]*actor.PID{}, done: make(chan struct{})}, nil
}

// Start rehydrates every unfinished transfer from the journal and starts the
// ticker that wakes waiting transfers.
func (m *Manager) Start() error {
	if err := m.start(); err != nil {
		return err
	}
	m.countMe(true) // (strait_transfers_active counts its actors from now)
	return nil
}

func (m *Manager) start() error {
	if m.cl != nil {
		return m.startClustered()
	}
	after := ""
	n := 0
	// The transfers that ended last: the node may have died after
	// journaling their last events and before publishing them (it would
	// have kept their actors until it had). Each gets an actor again,
	// which publishes what the stream lacks (retrying while NATS is
	// away, as any actor does) and stops. Only those that ended within
	// endedLately of the last change the journal holds can be such (the
	// window is a step's); the publisher drops what it has.
	var ended []endedAt
	var latest time.Time
	for {
		streams, err := m.o.Journal.Streams(m.ctx, StreamPrefix, after, 1000)
		if err != nil {
			return fmt.Errorf("list transfers: %w", err)
		}
		if len(streams) == 0 {
			break
		}
		for _, s := range streams {
			st, err := m.load(strings.TrimPrefix(s, StreamPrefix))
			if err != nil {
				return err
			}
			if st.Updated.After(latest) {
				latest = st.Updated
			}
			if !st.Terminal() {
				m.spawn(st.ID)
				n++
			} else if st.Updated.After(latest.Add(-endedLately)) {
				ended = append(ended, endedAt{st.ID, st.Updated})
				if len(ended) >= 4096 { // (keep the list short on a node with a long history)
					ended = lately(ended, latest)
				}
			}
		}
		after = streams[len(streams)-1]
	}
	ended = lately(ended, latest)
	for _, e := range ended {
		m.spawn(e.id)
	}
	m.log.Info("rehydrated unfinished transfers", "count", n, "ended_lately", len(ended))
	m.mu.Lock()
	m.ticking = true
	m.mu.Unlock()
	go m.ticker()
	return nil
}

func (m *Manager) ticker() {
	defer close(m.done)
	t := time.NewTicker(m.o.Tick)
	defer t.Stop()
	for {
		select {
		case <-m.ctx.Done():
			return
		case <-t.C:
			m.mu.Lock()
			pids := make([]*actor.PID, 0, len(m.pids))
			for _, p := range m.pids {
				pids = append(pids, p)
			}
			m.mu.Unlock()
			for _, p := range pids {
				m.sys.Root.Send(p, &inputMsg{in: transfer.Input{Kind: transfer.InTick}})
			}
		}
	}
}

// Stop stops the actors and the ticker. In-flight effects are abandoned; a
// later Start carries their transfers on.
func (m *Manager) Stop() {
	m.countMe(false)
	m.stop()
	m.mu.Lock()
	pids := make([]*actor.PID, 0, len(m.pids))
	for _, p := range m.pids {
		pids = append(pids, p)
	}
	ticking := m.ticking
	m.mu.Unlock()
	for _, p := range pids {
		_ = m.sys.Root.StopFuture(p).Wait()
	}
	if ticking {
		<-m.done
	}
	if m.cl != nil {
		// The actor system is the cluster member's; it stops with it.
		if ticking {
			m.cl.stop()
		}
		return
	}
	m.sys.Shutdown()
}

// load folds a transfer's journal into its state.
func (m *Manager) load(id string) (transfer.State, error) { return m.fold(m.ctx, id, nil) }

// fold reads a transfer's journal and folds its events into its state;
// each, when set, sees every event with the state it left.
func (m *Manager) fold(ctx context.Context, id string, each func(transfer.Event, transfer.State)) (transfer.State, error) {
	recs, err := m.o.Journal.Read(ctx, StreamPrefix+id, 1, 0)
	if err != nil {
		return transfer.State{}, fmt.Errorf("read transfer %s: %w", id, err)
	}
	var st transfer.State
	for _, r := range recs {
		var e transfer.Event
		if err := json.Unmarshal(r.Payload, &e); err != nil {
			return transfer.State{}, fmt.Errorf("transfer %s record %d: %w", id, r.Seq, err)
		}
		st = transfer.Apply(st, e)
		if each != nil {
			each(e, st)
		}
	}
	return st, nil
}

// Get returns a transfer's state from the journal.
func (m *Manager) Get(id string) (transfer.State, bool, error) {
	st, err := m.load(id)
	if err != nil {
		return st, false, err
	}
	return st, st.Seq > 0, nil
}

// Create journals a new transfer and starts its actor. If the stream exists
// already (a repeated submit), it returns the existing state and existed.
func (m *Manager) Create(init transfer.State, index []persistence.Index) (transfer.State, bool, error) {
	ev := transfer.New(init, m.o.Now().UTC())
	payload, err := json.Marshal(ev)
	if err != nil {
		return transfer.State{}, false, err
	}
	_, err = m.o.Journal.Append(m.ctx, persistence.AppendRequest{
		Stream: StreamPrefix + init.ID, ExpectedSeq: 0,
		Events: []persistence.Event{{Type: ev.Type, Payload: payload}},
		Index:  append(index, persistence.Index{Name: "status", Value: string(api.StatusPending)}),
	})
	if persistence.CodeOf(err) == persistence.CodeConflict {
		st, lerr := m.load(init.ID)
		return st, true, lerr
	}
	if err != nil {
		return transfer.State{}, false, fmt.Errorf("journal new transfer %s: %w", init.ID, err)
	}
	st := transfer.Apply(transfer.State{}, ev)
	logEvents(m.ctx, m.log, st.ID, 0, []transfer.Event{ev}, []transfer.State{st})
	if err := m.o.Publisher.Publish(m.ctx, statusEvents(st.ID, 0, []transfer.Event{ev}, []transfer.State{st})); err != nil {
		m.log.Warn("publish failed; the actor republishes on start", "transfer", st.ID, "err", err)
	}
	if m.cl != nil {
		// Activate it where the cluster places it (the caller's next input
		// would too; a transfer nobody touches must still tick).
		go m.poke(st.ID)
	} else {
		m.spawn(st.ID)
	}
	return st, false, nil
}

// Input delivers an input to a transfer's actor and waits for the step to be
// journaled. A Step error (stale, not now, terminal) is returned as is.
func (m *Manager) Input(id string, in transfer.Input) (transfer.State, error) {
	if m.cl != nil {
		return m.clusterInput(id, in)
	}
	// An ended transfer needs no actor: every input is ErrTerminal. And its
	// last activation may still be stopping under the same name, where an
	// input would wait for a reply that never comes (a cancel right after
	// a transfer ended timed out so).
	if st, err := m.load(id); err == nil && st.Terminal() {
		return st, transfer.ErrTerminal
	}
	pid := m.spawn(id)
	res, err := m.sys.Root.RequestFuture(pid, &inputMsg{in: in, reply: true}, 30*time.Second).Result()
	if err != nil {
		return transfer.State{}, fmt.Errorf("transfer %s: %w", id, err)
	}
	r := res.(*inputResult)
	return r.state, r.err
}

func (m *Manager) spawn(id string) *actor.PID {
	props := actor.PropsFromProducer(func() actor.Actor { return &transferActor{m: m, id: id} },
		actor.WithSupervisor(actor.NewExponentialBackoffStrategy(10*time.Second, 100*time.Millisecond)))
	for attempt := 0; ; attempt++ {
		m.mu.Lock()
		if p, ok := m.pids[id]; ok {
			m.mu.Unlock()
			return p
		}
		pid, err := m.sys.Root.SpawnNamed(props, "transfer-"+id)
		if err == nil || !errors.Is(err, actor.ErrNameExists) || attempt == spawnTries {
			if err != nil {
				// The name stayed taken: use it (its actor answers if it
				// runs; a stopped one turns the request into an error).
				pid = actor.NewPID(m.sys.Address(), "transfer-"+id)
			}
			m.pids[id] = pid
			m.mu.Unlock()
			return pid
		}
		m.mu.Unlock()
		// The name is taken by the transfer's last activation, which is
		// stopping (it forgot its PID first): a request sent to it now
		// would never be answered. Its name frees once it has stopped.
		time.Sleep(spawnWait)
	}
}

// spawnTries and spawnWait bound spawn's wait for a stopping activation's
// name (about a second).
const (
	spawnTries = 200
	spawnWait  = 5 * time.Millisecond
)

// forgetPID drops id's actor from the table if it is pid.
func (m *Manager) forgetPID(id string, pid *actor.PID) {
	m.mu.Lock()
	if p, ok := m.pids[id]; ok && p.Equal(pid) {
		delete(m.pids, id)
	}
	m.mu.Unlock()
}

// ---- the actor ----

type inputMsg struct {
	in    transfer.Input
	reply bool
}

type inputResult struct {
	state transfer.State
	err   error
}

// transferActor owns one transfer. All its state changes go through Step,
// the journal, then Apply, in its mailbox order: one writer per transfer.
type transferActor struct {
	m     *Manager
	id    string
	state transfer.State
	// clustered: an activation of the cluster kind; its id comes with
	// ClusterInit and requests arrive as wire messages (cluster.go).
	clustered bool
	// fenced: another writer appended to this stream; this activation must
	// not act again.
	fenced bool
	// behind: an event of this transfer could not be published (NATS was
	// away); the publisher leaves no gap, so nothing later goes out until
	// the journal's events are published again, which the first input (a
	// tick every Options.Tick) from retryAt on tries. The wait doubles
	// from Tick to maxRetryWait while the attempts fail, so that an
	// outage does not hold every input of the transfer up for a publish
	// timeout.
	behind    bool
	retryAt   time.Time
	retryWait time.Duration
}

// maxRetryWait bounds the wait between an actor's attempts to publish its
// transfer's events after a failure: how late they can go out once NATS
// is back.
const maxRetryWait = 5 * time.Second

func (a *transferActor) Receive(ctx actor.Context) {
	switch msg := ctx.Message().(type) {
	case *actor.Started:
		if a.clustered {
			return // the identity comes with ClusterInit, right after
		}
		a.activate(ctx)
	case *inputMsg:
		st, err := a.step(ctx, msg.in)
		if msg.reply {
			ctx.Respond(&inputResult{state: st, err: err})
		}
		a.stopIfDone(ctx)
	default:
		if a.clustered {
			a.receiveClustered(ctx)
		}
	}
}

// activate loads the transfer, republishes its events and resumes the
// effect it was waiting on.
func (a *transferActor) activate(ctx actor.Context) {
	st, err := a.m.load(a.id)
	if err != nil {
		panic(err) // supervised: restarted with backoff
	}
	a.state = st
	if err := a.republish(); err != nil {
		a.failedPublish(err)
	}
	a.resume(ctx)
	a.stopIfDone(ctx) // (an ended transfer woken to publish its last events)
}

// stopIfDone stops an ended or fenced activation. An ended one whose
// events are not all published waits until they are: a node restart
// rehydrates only unfinished transfers, and a wallet watching would wait
// for the last events forever.
func (a *transferActor) stopIfDone(ctx actor.Context) {
	if a.state.Terminal() && !a.behind || a.fenced {
		a.m.forgetPID(a.id, ctx.Self())
		ctx.Stop(ctx.Self())
	}
}

// step runs one input through the machine: journal, apply, publish, effects.
func (a *transferActor) step(ctx actor.Context, in transfer.Input) (transfer.State, error) {
	if a.fenced {
		return a.state, errors.New("transfer moved to another writer")
	}
	if a.behind {
		a.publish(nil)
	}
	now := a.m.o.Now().UTC()
	evs, effs, err := transfer.Step(a.state, in, now, a.m.o.Decide)
	if err != nil || len(evs) == 0 {
		if err != nil && !errors.Is(err, transfer.ErrStale) && !errors.Is(err, transfer.ErrTerminal) {
			a.m.log.Debug("input does not apply", "transfer", a.id, "input", in.Kind, "err", err)
		}
		return a.state, err
	}
	pevs := make([]persistence.Event, len(evs))
	for i, e := range evs {
		b, jerr := json.Marshal(e)
		if jerr != nil {
			return a.state, jerr
		}
		pevs[i] = persistence.Event{Type: e.Type, Payload: b}
	}
	next := a.state
	states := make([]transfer.State, len(evs))
	for i, e := range evs {
		next = transfer.Apply(next, e)
		states[i] = next
	}
	req := persistence.AppendRequest{Stream: StreamPrefix + a.id, ExpectedSeq: a.state.Seq, Events: pevs}
	if next.Status != a.state.Status {
		req.Unindex = []persistence.Index{{Name: "status", Value: string(a.state.Status)}}
		req.Index = []persistence.Index{{Name: "status", Value: string(next.Status)}}
	}
	if _, err := a.m.o.Journal.Append(a.m.ctx, req); err != nil {
		if persistence.CodeOf(err) == persistence.CodeConflict {
			// Another activation wrote this stream: stop without acting.
			a.fenced = true
			a.m.log.Warn("fenced: another writer owns this transfer", "transfer", a.id)
			return a.state, err
		}
		// Not durable: nothing happened. The input's sender retries.
		return a.state, fmt.Errorf("journal transfer %s: %w", a.id, err)
	}
	prevSeq := a.state.Seq
	a.state = next
	logEvents(a.m.ctx, a.m.log, a.id, prevSeq, evs, states)
	observeEvents(evs, states)
	a.publish(statusEvents(a.id, prevSeq, evs, states))
	for _, eff := range effs {
		a.run(ctx, eff)
	}
	return a.state, nil
}

// run starts an effect; its outcome comes back as an input message.
func (a *transferActor) run(ctx actor.Context, eff transfer.Effect) {
	self, root, st := ctx.Self(), ctx.ActorSystem().Root, a.state
	go a.m.o.Executor.Run(a.m.ctx, st, eff, func(in transfer.Input) {
		root.Send(self, &inputMsg{in: in})
	})
}

// resume re-runs the effect a rehydrated transfer was waiting on. Effects are
// idempotent by key, so a hop that completed before the crash reports
// "already delivered" and the transfer moves on.
func (a *transferActor) resume(ctx actor.Context) {
	if eff, ok := transfer.Pending(&a.state); ok {
		a.run(ctx, eff)
	}
}

// publish sends a step's status events, or, while the actor is behind,
// every journaled event not yet sent (the publisher drops those it sent
// and refuses to leave a gap): a NATS outage under a running node delays
// a transfer's events, it does not lose them.
func (a *transferActor) publish(evs []api.StatusEvent) {
	if a.behind && a.m.o.Now().Before(a.retryAt) {
		return // (they go out with the next attempt)
	}
	var err error
	if a.behind {
		err = a.republish()
	} else {
		err = a.m.o.Publisher.Publish(a.m.ctx, evs)
	}
	if err != nil {
		a.failedPublish(err)
		return
	}
	if a.behind {
		a.m.log.Info("events published after a failure", "transfer", a.id)
		a.behind = false
	}
}

// failedPublish marks the actor behind and sets its next attempt.
func (a *transferActor) failedPublish(err error) {
	if !a.behind {
		a.m.log.Warn("publish failed; retried until NATS is back", "transfer", a.id, "err", err)
		a.behind, a.retryWait = true, min(a.m.o.Tick, maxRetryWait)
	} else {
		a.retryWait = min(2*a.retryWait, maxRetryWait)
	}
	a.retryAt = a.m.o.Now().Add(a.retryWait)
}

// endedLately is how long before the journal's last change a transfer may
// have ended and still have events its node did not publish: far longer
// than a step takes from its journal write to its publish.
const endedLately = time.Minute

// endedAt is an ended transfer and when it ended.
type endedAt struct {
	id string
	at time.Time
}

// lately keeps those that ended within endedLately of latest.
func lately(es []endedAt, latest time.Time) []endedAt {
	out := es[:0]
	for _, e := range es {
		if e.at.After(latest.Add(-endedLately)) {
			out = append(out, e)
		}
	}
	return out
}

// republish publishes the journal's events again; the publisher drops those
// already published (dedupe by transfer and seq).
func (a *transferActor) republish() error { return a.m.republish(a.m.ctx, a.id) }

// repairAfter is how long after a transfer ended a read of it checks
// that its events went out: longer than its actor takes to publish them,
// retries included (maxRetryWait), so that a read does not race it.
const repairAfter = 2 * maxRetryWait

// repairWithin is how long after a transfer ended a read still repairs its
// events: a day, when wallets follow it. Later a read leaves the stream
// be: its events expire (after 30 days), and a read of an old transfer
// must not publish them all again.
const repairWithin = 24 * time.Hour

// RepairEvents publishes the events of an ended transfer that the events
// stream lacks: those of a transfer whose node died between journaling
// its last events and publishing them, when no node has published them
// since (a restarted single node does as it starts; a cluster's
// survivors carry on only unfinished transfers). A read of the transfer
// calls it (transfer.get, which a watch asks first and again when it
// idles), so a wallet that follows the transfer gets every event.
// Transfers that ended under repairAfter ago, or whose actor runs on this
// node, are their actor's to publish; those that ended over repairWithin
// ago are left alone. The publisher asks the stream where
// the transfer stands and publishes only what follows.
func (m *Manager) RepairEvents(st *transfer.State) error {
	if age := m.o.Now().Sub(st.Updated); !st.Terminal() || age < repairAfter || age > repairWithin {
		return nil
	}
	m.mu.Lock()
	_, running := m.pids[st.ID]
	m.mu.Unlock()
	if running {
		return nil
	}
	ctx, cancel := context.WithTimeout(m.ctx, maxRetryWait)
	defer cancel()
	if err := m.republish(ctx, st.ID); err != nil {
		return fmt.Errorf("repair the events of %s: %w", st.ID, err)
	}
	return nil
}

// republish publishes transfer id's journaled events; the publisher
// drops those already published.
func (m *Manager) republish(ctx context.Context, id string) error {
	var evs []transfer.Event
	var states []transfer.State
	if _, err := m.fold(ctx, id, func(e transfer.Event, st transfer.State) {
		evs, states = append(evs, e), append(states, st)
	}); err != nil {
		return err
	}
	return m.o.Publisher.Publish(ctx, statusEvents(id, 0, evs, states))
}

// statusEvents turns journal events into API status events.
func statusEvents(id string, prevSeq uint64, evs []transfer.Event, states []transfer.State) []api.StatusEvent {
	out := make([]api.StatusEvent, len(evs))
	for i, e := range evs {
		st := states[i]
		se := api.StatusEvent{TransferID: id, Seq: prevSeq + uint64(i) + 1, Type: e.Type, Status: st.Status, Substatus: st.Substatus,
			Attempt: e.Attempt, TxIDs: e.TxIDs, Message: e.Reason, At: e.At}
		switch e.Type {
		case transfer.EvHopStarted, transfer.EvHopDelivered, transfer.EvHopFailed:
			h := e.Hop
			se.Hop = &h
		}
		out[i] = se
	}
	return out
}
