package bridge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	pcluster "github.com/asynkron/protoactor-go/cluster"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/straitnet/strait/cluster"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/routing"
)

// Cluster mode (docs/cluster.md, "Chain and bridge owners"). The chain and
// bridge actors become the cluster kinds `chain` and `bridge`, identity
// the chain or bridge instance id, placed by disthash like transfers. Every
// node activates every identity at start, after each topology change and
// periodically (a touch: the placement decides where the activation runs).
// An activation claims the identity in the replicated journal (owner.go:
// the claim's sequence is its epoch), then reads the chain or the bridge
// and publishes its figures with (epoch, seq) on
// strait.cluster.<cluster>.figures.<kind>.<id>. Every node, the owner
// included, applies a publication to its routing store and its catalog
// view only if it comes after everything it has seen for that identity
// (Admit), so a stale owner is fenced off; an activation that sees a newer
// epoch stops without publishing. Hop outcomes go to the bridge's owner on
// strait.cluster.<cluster>.outcome.<id>.

// ClaimJournal is the replicated journal claims are appended to
// (cluster/journal).
type ClaimJournal interface {
	Head(ctx context.Context, stream string) (uint64, persistence.Hash, error)
	Append(ctx context.Context, req persistence.AppendRequest) ([]persistence.Record, error)
	CatchUp(ctx context.Context, stream string) error
}

// ClusterOptions configure JoinCluster.
type ClusterOptions struct {
	// Member hosts Kinds; NC carries the publications and outcomes;
	// Journal holds the claims.
	Member  *cluster.Member
	NC      *nats.Conn
	Journal ClaimJournal
	// TouchEvery is how often this node activates every chain and bridge
	// (default 5 polls, at least 1 s); Settle groups topology changes
	// (default 100 ms); TouchTimeout bounds one activation request
	// (default 3 s).
	TouchEvery   time.Duration
	Settle       time.Duration
	TouchTimeout time.Duration
	// HeartbeatEvery: an owner publishes its figures at least every this
	// many reads even when nothing changed (default 5), so that a node
	// that joined later, or missed a message, catches up.
	HeartbeatEvery int
	// OutcomeReplicas is the replica count of the hop-outcome stream
	// (STRAIT_OUTCOMES_<cluster>) when this node creates it (default 1).
	OutcomeReplicas int
}

func (o *ClusterOptions) ensureDefaults(poll time.Duration) {
	if o.TouchEvery <= 0 {
		o.TouchEvery = max(5*poll, time.Second)
	}
	if o.Settle <= 0 {
		o.Settle = 100 * time.Millisecond
	}
	if o.TouchTimeout <= 0 {
		o.TouchTimeout = 3 * time.Second
	}
	if o.HeartbeatEvery <= 0 {
		o.HeartbeatEvery = 5
	}
	if o.OutcomeReplicas <= 0 {
		o.OutcomeReplicas = 1
	}
}

// OutcomeStream is the JetStream stream that keeps cluster's hop outcomes
// (one subject per bridge) until the bridges' owners have applied them.
func OutcomeStream(cluster string) string { return "STRAIT_OUTCOMES_" + cluster }

// outcomeMaxAge bounds what a new owner replays: outcomes older than the
// learned estimate's default half-life are not kept.
const outcomeMaxAge = time.Hour

// ensureOutcomeStream creates the outcome stream if it is missing.
func ensureOutcomeStream(ctx context.Context, js jetstream.JetStream, cluster string, replicas int) error {
	name, subjects := OutcomeStream(cluster), "strait.cluster."+cluster+".outcome.>"
	s, err := js.Stream(ctx, name)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, jetstream.StreamConfig{Name: name, Subjects: []string{subjects},
			Description: "Strait hop outcomes, one subject per bridge, read by each bridge's owner",
			Retention:   jetstream.LimitsPolicy, Storage: jetstream.FileStorage, Replicas: replicas,
			MaxAge: outcomeMaxAge, MaxMsgsPerSubject: 100_000, Discard: jetstream.DiscardOld})
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			s, err = js.Stream(ctx, name) // another node created it first
		}
	}
	if err != nil {
		return fmt.Errorf("bridge: outcome stream %s: %w", name, err)
	}
	if cfg := s.CachedInfo().Config; len(cfg.Subjects) != 1 || cfg.Subjects[0] != subjects {
		return fmt.Errorf("bridge: outcome stream %s has subjects %v, want [%s]", name, cfg.Subjects, subjects)
	}
	return nil
}

type clusterMode struct {
	s     *System
	o     ClusterOptions
	name  string
	log   *slog.Logger
	sub   *nats.Subscription
	kick  chan struct{}
	stop  chan struct{}
	done  chan struct{}
	leave sync.Once
	js    jetstream.JetStream
	// outbox holds hop outcomes until they are in the outcome stream;
	// sent is closed when its sender has finished.
	outbox chan outcomeOut
	sent   chan struct{}

	// Under System.mu: the latest mark seen per identity ("kind/id") and
	// this node's live activations.
	seen  map[string]Mark
	local map[string]localOwner
	bad   int // malformed messages received
}

type localOwner struct {
	pid   *actor.PID
	sys   *actor.ActorSystem
	epoch uint64
}

func ownerKey(kind, id string) string { return kind + "/" + id }

// Kinds are the cluster kinds `chain` and `bridge` whose activations are
// this System's owners; pass them to cluster.Start, then JoinCluster.
// Activations that arrive before JoinCluster stop at once (the next touch
// activates them again).
func (s *System) Kinds() []*pcluster.Kind {
	mk := func(kind string) *pcluster.Kind {
		return pcluster.NewKind(kind, actor.PropsFromProducer(func() actor.Actor { return &ownerActor{s: s, kind: kind} }))
	}
	return []*pcluster.Kind{mk(KindChain), mk(KindBridge)}
}

// JoinCluster switches the System to cluster mode: this node's own chain
// and bridge actors stop (what they published stays in the store as the
// starting figures), and from now on the figures come from the owners.
func (s *System) JoinCluster(o ClusterOptions) error {
	if o.Member == nil || o.NC == nil || o.Journal == nil {
		return errors.New("bridge: JoinCluster needs a member, a NATS connection and a journal")
	}
	o.ensureDefaults(s.o.Poll)
	s.mu.Lock()
	joined := s.cl != nil
	s.mu.Unlock()
	if joined {
		return errors.New("bridge: JoinCluster twice")
	}
	_ = s.sys.Root.StopFuture(s.root).Wait()
	cl := &clusterMode{s: s, o: o, name: o.Member.Name(), log: s.o.Logger.With("member", o.Member.ID()),
		kick: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}),
		outbox: make(chan outcomeOut, 4096), sent: make(chan struct{}),
		seen: map[string]Mark{}, local: map[string]localOwner{}}
	js, err := jetstream.New(o.NC)
	if err != nil {
		return fmt.Errorf("bridge: JetStream: %w", err)
	}
	cl.js = js
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	err = ensureOutcomeStream(ctx, js, cl.name, o.OutcomeReplicas)
	cancel()
	if err != nil {
		return err
	}
	sub, err := o.NC.Subscribe("strait.cluster."+cl.name+".figures.>", cl.receive)
	if err != nil {
		return fmt.Errorf("bridge: subscribe to figures: %w", err)
	}
	cl.sub = sub
	s.mu.Lock()
	s.cl = cl
	s.mu.Unlock()
	go cl.touchLoop()
	go cl.sendOutcomes()
	o.Member.OnTopology(func([]*pcluster.Member) {
		select {
		case cl.kick <- struct{}{}:
		default:
		}
	})
	return nil
}

// LeaveCluster stops this node's part of cluster mode: its owners stop
// (the others take their chains and bridges over on the next topology
// change), and it neither touches nor applies figures any more. Stop
// calls it; a node calls it before its member leaves.
func (s *System) LeaveCluster() {
	if cl := s.cluster(); cl != nil {
		s.leaveCluster(cl)
	}
}

func (s *System) cluster() *clusterMode {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cl
}

func (s *System) leaveCluster(cl *clusterMode) {
	cl.leave.Do(func() { s.stopOwners(cl) })
}

func (s *System) stopOwners(cl *clusterMode) {
	close(cl.stop)
	<-cl.done
	<-cl.sent
	_ = cl.sub.Unsubscribe()
	s.mu.Lock()
	owners := make([]localOwner, 0, len(cl.local))
	for _, lo := range cl.local {
		owners = append(owners, lo)
	}
	s.mu.Unlock()
	for _, lo := range owners {
		lo.sys.Root.Stop(lo.pid)
	}
}

func (cl *clusterMode) stopping() bool {
	select {
	case <-cl.stop:
		return true
	default:
		return false
	}
}

type outcomeOut struct {
	bridge string
	data   []byte
}

// outcome sends a hop outcome to the bridge's owner, through the outcome
// stream: the owner reads the bridge's subject from just after the last
// outcome its figures include, so an outcome reported while no owner runs
// (a takeover) is applied by the next one. It never blocks the executor:
// the outcome is queued for the sender, or dropped (logged) if thousands
// are already waiting.
func (cl *clusterMode) outcome(bridge string, ok bool, took time.Duration) {
	select {
	case cl.outbox <- outcomeOut{bridge: bridge, data: encodeOutcome(bridge, ok, took)}:
	default:
		cl.log.Warn("hop outcome dropped: the outcome stream is not keeping up", "bridge", bridge)
	}
}

// sendOutcomes publishes the queued outcomes in order, each acknowledged
// by JetStream (retried a few times). On leave it sends what is queued,
// for a second at most.
func (cl *clusterMode) sendOutcomes() {
	defer close(cl.sent)
	var deadline <-chan time.Time
	for {
		var o outcomeOut
		select {
		case o = <-cl.outbox:
		case <-cl.stop:
			if deadline == nil {
				deadline = time.After(time.Second)
			}
			select {
			case o = <-cl.outbox:
			default:
				return
			}
		}
		for attempt := 0; ; attempt++ {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			_, err := cl.js.Publish(ctx, OutcomeSubject(cl.name, o.bridge), o.data)
			cancel()
			if err == nil {
				break
			}
			if attempt == 2 || deadline != nil {
				cl.log.Warn("hop outcome not sent to the bridge's owner", "bridge", o.bridge, "err", err)
				break
			}
			time.Sleep(200 * time.Millisecond)
		}
		if deadline != nil {
			select {
			case <-deadline:
				return
			default:
			}
		}
	}
}

// receive applies another node's (or this node's own) publication.
func (cl *clusterMode) receive(m *nats.Msg) {
	f, err := DecodeFigures(cl.name, m.Subject, m.Data)
	if err != nil {
		cl.s.mu.Lock()
		cl.bad++
		n := cl.bad
		cl.s.mu.Unlock()
		if n <= 10 || n%1000 == 0 {
			cl.log.Warn("ignored a figures message", "subject", trunc(m.Subject, 200), "err", err, "bad_messages", n)
		}
		return
	}
	cl.apply(f)
}

// apply runs the fencing rule on f and, if it is admitted, applies it to
// the catalog view and the routing store. A local owner of an older epoch
// is told to stop. It reports whether f was applied.
func (cl *clusterMode) apply(f *Figures) bool {
	s := cl.s
	key := ownerKey(f.Kind, f.ID)
	var base State
	known := false
	if f.Kind == KindBridge {
		base, known = s.base[f.ID]
	} else {
		_, known = s.specs[f.ID]
	}
	if !known {
		return false // not a chain or bridge this node reads: nothing to map it to
	}
	s.mu.Lock()
	ok, latest := Admit(cl.seen[key], f.Mark())
	cl.seen[key] = latest
	var fenced *localOwner
	if lo, has := cl.local[key]; has && Superseded(lo.epoch, latest) {
		fenced = &lo
		delete(cl.local, key)
	}
	if ok {
		switch f.Kind {
		case KindChain:
			s.chains[f.ID] = *f.Chain
		case KindBridge:
			st := f.Bridge.state(base)
			s.bridges[f.ID] = st
			// Under the lock: two admitted publications reach the store
			// in the order they were admitted.
			if !carries(s.o.Store.Load(), st.Edges, *st.published) {
				if _, err := s.o.Store.Update(updates(st.Edges, *st.published)); err != nil {
					cl.log.Error("apply bridge figures", "bridge", f.ID, "err", err)
				}
			}
		}
	}
	s.mu.Unlock()
	if fenced != nil {
		fenced.sys.Root.Send(fenced.pid, &superseded{by: f.Mark(), owner: f.Owner})
	}
	return ok
}

// carries reports whether the edges already carry figures p.
func carries(snap *routing.Snapshot, edges []string, p Published) bool {
	for _, u := range updates(edges, p) {
		i, ok := snap.EdgeIndex(u.Edge)
		if !ok {
			return false
		}
		e := &snap.Edges[i]
		if e.Status != *u.Status || e.Latency != *u.Latency || e.Learned != *u.Learned {
			return false
		}
		if c := e.Fee.Curve; u.Available != nil && c != nil {
			want := u.Available
			if want.Gt(&c.Pool) {
				want = &c.Pool // the store caps liquidity at the pool's size
			}
			if c.Available.Cmp(want) != 0 {
				return false
			}
		}
	}
	return true
}

// claimed records this node's own activation at epoch; false if a newer
// epoch is known already.
func (cl *clusterMode) claimed(kind, id string, epoch uint64, pid *actor.PID, sys *actor.ActorSystem) bool {
	key := ownerKey(kind, id)
	cl.s.mu.Lock()
	defer cl.s.mu.Unlock()
	cl.seen[key] = Claimed(cl.seen[key], epoch)
	if Superseded(epoch, cl.seen[key]) {
		return false
	}
	cl.local[key] = localOwner{pid: pid, sys: sys, epoch: epoch}
	return true
}

func (cl *clusterMode) forget(kind, id string, pid *actor.PID) {
	key := ownerKey(kind, id)
	cl.s.mu.Lock()
	defer cl.s.mu.Unlock()
	if lo, ok := cl.local[key]; ok && lo.pid.Equal(pid) {
		delete(cl.local, key)
	}
}

// superseded reports whether an owner of epoch may no longer publish.
func (cl *clusterMode) superseded(kind, id string, epoch uint64) bool {
	cl.s.mu.RLock()
	defer cl.s.mu.RUnlock()
	return Superseded(epoch, cl.seen[ownerKey(kind, id)])
}

// Seen is the latest mark this node has seen for kind/id (cluster mode).
func (s *System) Seen(kind, id string) Mark {
	cl := s.cluster()
	if cl == nil {
		return Mark{}
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	return cl.seen[ownerKey(kind, id)]
}

// ---- touches ----

func (cl *clusterMode) touchLoop() {
	defer close(cl.done)
	every := time.NewTicker(cl.o.TouchEvery)
	defer every.Stop()
	for {
		cl.touchAll()
		select {
		case <-cl.stop:
			return
		case <-every.C:
		case <-cl.kick:
			// Let a burst of topology changes settle into one round.
			t := time.NewTimer(cl.o.Settle)
			select {
			case <-cl.stop:
				t.Stop()
				return
			case <-t.C:
			}
			select {
			case <-cl.kick:
			default:
			}
		}
	}
}

// touchAll activates every chain and bridge wherever the cluster places
// it, a few at a time.
func (cl *clusterMode) touchAll() {
	type ident struct{ kind, id string }
	var ids []ident
	for _, c := range cl.s.o.Chains {
		ids = append(ids, ident{KindChain, c.Name})
	}
	for _, b := range cl.s.o.Bridges {
		ids = append(ids, ident{KindBridge, b.ID})
	}
	work := make(chan ident)
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for x := range work {
				if _, err := cl.touch(x.kind, x.id); err != nil && !cl.stopping() {
					cl.log.Debug("touch an owner", "kind", x.kind, "id", x.id, "err", err)
				}
			}
		}()
	}
	for _, x := range ids {
		select {
		case work <- x:
		case <-cl.stop:
			close(work)
			return
		}
	}
	close(work)
	idle := make(chan struct{})
	go func() { wg.Wait(); close(idle) }()
	select {
	case <-idle:
	case <-cl.stop:
		// A request to a member that is gone waits for its timeout: leave
		// without it (the workers end when their requests do).
	}
}

// OwnerInfo is an owner's answer to a touch.
type OwnerInfo struct {
	Member string `json:"member"`
	Epoch  uint64 `json:"epoch"`
}

var touchMsg = []byte(`{"v":1,"op":"touch"}`)

func (cl *clusterMode) touch(kind, id string) (OwnerInfo, error) {
	res, err := cl.o.Member.Request(kind, id, wrapperspb.Bytes(touchMsg), cl.o.TouchTimeout)
	if err != nil {
		return OwnerInfo{}, err
	}
	b, ok := res.(*wrapperspb.BytesValue)
	if !ok {
		return OwnerInfo{}, fmt.Errorf("%s/%s: unexpected answer %T", kind, id, res)
	}
	var info OwnerInfo
	if err := decodeStrict(b.Value, &info); err != nil || info.Epoch == 0 {
		return OwnerInfo{}, badMsg("%s/%s: owner answer %q", kind, id, trunc(string(b.Value), 200))
	}
	return info, nil
}

// Owner activates kind/id where the cluster places it and returns who owns
// it, with its epoch (cluster mode).
func (s *System) Owner(kind, id string) (OwnerInfo, error) {
	cl := s.cluster()
	if cl == nil {
		return OwnerInfo{}, errors.New("bridge: not in cluster mode")
	}
	return cl.touch(kind, id)
}

// ---- the owner activation ----

// superseded tells an owner that its node saw a newer epoch.
type superseded struct {
	by    Mark
	owner string
}

// ownerActor is the activation of one chain or bridge in the cluster.
type ownerActor struct {
	s     *System
	kind  string
	id    string
	cl    *clusterMode
	self  *actor.PID
	sys   *actor.ActorSystem
	epoch uint64
	seq   uint64
	reads int

	inst Instance
	st   State
	spec ChainSpec
	cst  ChainState

	cancel   context.CancelFunc
	outcomes jetstream.ConsumeContext
	done     bool
}

// outcomeAt is a hop outcome read from the outcome stream at seq.
type outcomeAt struct {
	obs Observation
	seq uint64
}

func (a *ownerActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *pcluster.ClusterInit:
		a.id, a.self, a.sys = m.Identity.Identity, ctx.Self(), ctx.ActorSystem()
		if err := a.start(); err != nil {
			if a.cl != nil && !a.cl.stopping() {
				a.cl.log.Info("owner not started", "kind", a.kind, "id", a.id, "err", err)
			}
			a.halt(ctx)
		}
	case *wrapperspb.BytesValue:
		if a.done || a.epoch == 0 {
			return // no answer: the caller times out and retries later
		}
		b, _ := json.Marshal(OwnerInfo{Member: a.cl.o.Member.ID(), Epoch: a.epoch})
		ctx.Respond(wrapperspb.Bytes(b))
	case *Observation:
		if a.done {
			return
		}
		before := a.st.published
		st, ups := Step(a.st, *m, a.s.o.Now(), a.s.o.Config)
		a.st = st
		if m.Kind == ObsTick {
			a.reads++
		}
		if len(ups) > 0 || m.Kind == ObsOutcome || (m.Kind == ObsTick && a.reads%a.cl.o.HeartbeatEvery == 0) {
			if before == nil || before.Status != st.published.Status {
				a.cl.log.Info("bridge figures", "bridge", a.id, "status", st.published.Status.String(), "epoch", a.epoch)
			}
			a.publish(ctx)
		}
	case *outcomeAt:
		if a.done || m.seq <= a.st.OutcomeSeq {
			return // applied already (the figures this owner started from include it)
		}
		st, _ := Step(a.st, m.obs, a.s.o.Now(), a.s.o.Config)
		st.OutcomeSeq = m.seq
		a.st = st
		a.publish(ctx)
	case *HeadObs:
		if a.done {
			return
		}
		old := a.cst
		a.cst = ChainStep(a.cst, *m, a.s.o.Now(), a.s.chainConfig(a.spec))
		a.reads++
		if old.Height != a.cst.Height || old.Health != a.cst.Health || old.Errors != a.cst.Errors || a.reads%a.cl.o.HeartbeatEvery == 0 {
			a.publish(ctx)
		}
	case *superseded:
		a.cl.log.Info("owner fenced: a newer owner claimed or published", "kind", a.kind, "id", a.id, "epoch", a.epoch,
			"newer_epoch", m.by.Epoch, "newer_owner", m.owner)
		a.halt(ctx)
	case *actor.Stopping:
		a.release()
	}
}

// start claims the identity and starts reading.
func (a *ownerActor) start() error {
	cl := a.s.cluster()
	if cl == nil || cl.stopping() {
		return errors.New("this node is not (or no longer) in cluster mode")
	}
	a.cl = cl
	switch a.kind {
	case KindBridge:
		inst, ok := a.s.insts[a.id]
		if !ok {
			return errors.New("not a bridge this node reads")
		}
		a.inst = inst
	case KindChain:
		spec, ok := a.s.specs[a.id]
		if !ok {
			return errors.New("not a chain this node reads")
		}
		a.spec = spec
	}
	epoch, err := a.claim()
	if err != nil {
		return err
	}
	a.epoch = epoch
	if !cl.claimed(a.kind, a.id, epoch, a.self, a.sys) {
		return fmt.Errorf("claimed epoch %d, but a newer one is known", epoch)
	}
	// Continue from the latest figures this node applied (the previous
	// owner's last publication): a takeover loses at most what was in
	// flight.
	a.s.mu.RLock()
	switch a.kind {
	case KindBridge:
		if st, ok := a.s.bridges[a.id]; ok && st.published != nil {
			a.st = st
		} else {
			a.st = NewState(a.s.o.Store.Load(), a.id, a.s.priors[a.id])
		}
	case KindChain:
		a.cst = ChainState{Chain: a.id}
		if old, ok := a.s.chains[a.id]; ok {
			a.cst = old
		}
	}
	a.s.mu.RUnlock()
	if a.kind == KindBridge {
		if err := a.readOutcomes(); err != nil {
			return err
		}
	}
	cl.log.Info("took ownership", "kind", a.kind, "id", a.id, "epoch", epoch)
	// The first publication announces the epoch: it fences the previous
	// owner at once, wherever it still runs.
	if a.kind == KindBridge && a.st.published != nil {
		a.publishNow()
	} else if a.kind == KindChain && !a.cst.SeenAt.IsZero() {
		a.publishNow()
	}
	if a.done {
		return errors.New("superseded before the first read")
	}
	rctx, cancel := context.WithCancel(context.Background())
	a.cancel = cancel
	go a.read(rctx)
	return nil
}

// claim appends a claim to the identity's claim stream after catching it
// up; the claim's sequence is the epoch. A concurrent claim makes the
// append fail with JOURNAL_CONFLICT: this activation loses.
func (a *ownerActor) claim() (uint64, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	j := a.cl.o.Journal
	stream := ClaimStream(a.kind, a.id)
	if err := j.CatchUp(ctx, stream); err != nil {
		return 0, fmt.Errorf("catch up %s: %w", stream, err)
	}
	head, _, err := j.Head(ctx, stream)
	if err != nil {
		return 0, fmt.Errorf("head of %s: %w", stream, err)
	}
	payload, _ := json.Marshal(struct {
		Member string `json:"member"`
		Kind   string `json:"kind"`
		ID     string `json:"id"`
	}{a.cl.o.Member.ID(), a.kind, a.id})
	recs, err := j.Append(ctx, persistence.AppendRequest{Stream: stream, ExpectedSeq: head,
		Events: []persistence.Event{{Type: "owner.claimed", Payload: payload}}})
	if err != nil {
		var pe *persistence.Error
		if errors.As(err, &pe) && pe.Code == persistence.CodeConflict {
			// Someone claimed it first: its epoch fences ours.
			a.cl.claimedElsewhere(a.kind, a.id, pe.Seq)
		}
		return 0, fmt.Errorf("claim %s: %w", stream, err)
	}
	return recs[len(recs)-1].Seq, nil
}

func (cl *clusterMode) claimedElsewhere(kind, id string, epoch uint64) {
	key := ownerKey(kind, id)
	cl.s.mu.Lock()
	cl.seen[key] = Claimed(cl.seen[key], epoch)
	cl.s.mu.Unlock()
}

func (a *ownerActor) publish(ctx actor.Context) {
	a.publishNow()
	if a.done {
		ctx.Stop(a.self)
	}
}

// publishNow publishes the current figures, unless a newer epoch is known
// (then the activation is done and must stop).
func (a *ownerActor) publishNow() {
	if a.cl.superseded(a.kind, a.id, a.epoch) {
		a.cl.log.Info("owner fenced: a newer owner claimed", "kind", a.kind, "id", a.id, "epoch", a.epoch)
		a.done = true
		return
	}
	a.seq++
	f := &Figures{Kind: a.kind, ID: a.id, Epoch: a.epoch, Seq: a.seq, Owner: a.cl.o.Member.ID()}
	if a.kind == KindChain {
		c := a.cst
		f.Chain = &c
	} else {
		f.Bridge = a.st.toWire()
	}
	data, err := EncodeFigures(f)
	if err != nil {
		a.cl.log.Error("encode figures", "kind", a.kind, "id", a.id, "err", err)
		return
	}
	a.cl.apply(f)
	if err := a.cl.o.NC.Publish(FiguresSubject(a.cl.name, a.kind, a.id), data); err != nil {
		a.cl.log.Warn("publish figures", "kind", a.kind, "id", a.id, "err", err)
	}
}

func (a *ownerActor) halt(ctx actor.Context) {
	a.done = true
	a.release()
	ctx.Stop(ctx.Self())
}

func (a *ownerActor) release() {
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
	if a.outcomes != nil {
		a.outcomes.Stop()
		a.outcomes = nil
	}
	if a.cl != nil && a.self != nil {
		a.cl.forget(a.kind, a.id, a.self)
	}
}

// readOutcomes follows the bridge's subject of the outcome stream from
// just after the last outcome the owner's figures include (from the
// start of what the stream keeps when none is).
func (a *ownerActor) readOutcomes() error {
	cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{OutcomeSubject(a.cl.name, a.id)}, DeliverPolicy: jetstream.DeliverAllPolicy}
	if a.st.OutcomeSeq > 0 {
		cfg.DeliverPolicy, cfg.OptStartSeq = jetstream.DeliverByStartSequencePolicy, a.st.OutcomeSeq+1
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	cons, err := a.cl.js.OrderedConsumer(ctx, OutcomeStream(a.cl.name), cfg)
	if err != nil {
		return fmt.Errorf("read outcomes: %w", err)
	}
	self, sys, cl, id := a.self, a.sys, a.cl, a.id
	cc, err := cons.Consume(func(m jetstream.Msg) {
		md, err := m.Metadata()
		if err != nil {
			return
		}
		obs, err := decodeOutcome(id, m.Data())
		if err != nil {
			cl.log.Warn("ignored a hop outcome", "bridge", id, "stream_seq", md.Sequence.Stream, "err", err)
			return
		}
		sys.Root.Send(self, &outcomeAt{obs: obs, seq: md.Sequence.Stream})
	})
	if err != nil {
		return fmt.Errorf("read outcomes: %w", err)
	}
	a.outcomes = cc
	return nil
}

// newerClaim returns the epoch of a claim after this activation's (0:
// none, or the journal could not be read).
func (a *ownerActor) newerClaim(ctx context.Context) uint64 {
	ctx, cancel := context.WithTimeout(ctx, a.s.o.ReadTimeout)
	defer cancel()
	stream := ClaimStream(a.kind, a.id)
	j := a.cl.o.Journal
	if err := j.CatchUp(ctx, stream); err != nil {
		a.cl.log.Debug("check the claims", "kind", a.kind, "id", a.id, "err", err)
		return 0
	}
	head, _, err := j.Head(ctx, stream)
	if err != nil || head <= a.epoch {
		return 0
	}
	return head
}

// read runs the reads off the mailbox, as the single-node actors do.
func (a *ownerActor) read(ctx context.Context) {
	t := time.NewTicker(a.s.o.Poll)
	defer t.Stop()
	for n := 1; ; n++ {
		if n%a.cl.o.HeartbeatEvery == 0 {
			// Do not rely on hearing the newer owner's publications (this
			// node may miss them): look at the claims themselves now and
			// then.
			if newer := a.newerClaim(ctx); newer > 0 {
				a.cl.claimedElsewhere(a.kind, a.id, newer)
				a.sys.Root.Send(a.self, &superseded{by: Mark{Epoch: newer}, owner: "(a claim in the journal)"})
				return
			}
		}
		if a.kind == KindBridge {
			for _, obs := range readBridge(ctx, a.inst, a.s.o.ReadTimeout) {
				if ctx.Err() != nil {
					return
				}
				a.sys.Root.Send(a.self, &obs)
			}
		} else {
			rctx, cancel := context.WithTimeout(ctx, a.s.o.ReadTimeout)
			obs := readHead(rctx, a.spec)
			cancel()
			if ctx.Err() != nil {
				return
			}
			a.sys.Root.Send(a.self, &obs)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
