package actors

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	pcluster "github.com/asynkron/protoactor-go/cluster"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster"
	"github.com/straitnet/strait/internal/strictjson"
	"github.com/straitnet/strait/persistence"
)

// Cluster mode. The transfer actor is the cluster kind `transfer`, its
// identity the transfer id: the disthash lookup places each transfer on one
// member of the current view, which activates it on first use. The
// manager's Input goes to `transfer/<id>` through the cluster, whichever
// node the wallet's request reached. Placement is only a hint: membership
// can disagree for a while, and two activations of one transfer are kept
// apart by the replicated journal's fencing (a stale activation's append is
// refused with JOURNAL_CONFLICT and it stops without running the effect).
// See docs/cluster.md.

// KindTransfer is the cluster kind of transfer actors.
const KindTransfer = "transfer"

// CatchUpJournal is a journal replicated from other nodes: CatchUp lands
// what another node appended to stream. An activation catches its stream
// up before it loads, so that it continues from the latest replicated
// event rather than from what this node last saw.
type CatchUpJournal interface {
	persistence.Journal
	CatchUp(ctx context.Context, stream string) error
}

// ClusterOptions configure the manager's cluster mode.
type ClusterOptions struct {
	// RequestTimeout bounds one request to a transfer actor (default 30s).
	RequestTimeout time.Duration
	// Settle is how long the manager waits after a topology change for
	// further changes before it resumes the transfers placed on it
	// (default 100ms).
	Settle time.Duration
	// Resumers bound the concurrent activations of a resume (default 8).
	Resumers int
	// ResumeEvery also resumes periodically (default 30s): a transfer
	// whose activation gave up (its journal unreachable for a while) is
	// woken without waiting for the next topology change.
	ResumeEvery time.Duration
}

func (o *ClusterOptions) ensureDefaults() {
	if o.RequestTimeout <= 0 {
		o.RequestTimeout = 30 * time.Second
	}
	if o.Settle <= 0 {
		o.Settle = 100 * time.Millisecond
	}
	if o.Resumers <= 0 {
		o.Resumers = 8
	}
	if o.ResumeEvery <= 0 {
		o.ResumeEvery = 30 * time.Second
	}
}

type clusterState struct {
	member *cluster.Member
	o      ClusterOptions
	self   string
	rdv    *pcluster.Rendezvous
	kick   chan kick
	done   chan struct{}

	statsMu sync.Mutex
	stats   ResumeStats
}

// ResumeStats describes the manager's last resume of unfinished transfers
// (at start and after each topology change).
type ResumeStats struct {
	// Resumes counts the resumes done.
	Resumes int
	// Pending is how many unfinished transfers the last resume saw, Owned
	// how many of them the view placed here, Activated how many it woke.
	Pending, Owned, Activated int
	// Took is from the topology change to the last activation's answer.
	Took time.Duration
	At   time.Time
}

// TransferKind is the cluster kind whose activations are this manager's
// transfer actors; pass it to cluster.Start, then JoinCluster.
func (m *Manager) TransferKind() *pcluster.Kind {
	props := actor.PropsFromProducer(func() actor.Actor { return &transferActor{m: m, clustered: true} })
	return pcluster.NewKind(KindTransfer, props)
}

// JoinCluster switches the manager to cluster mode on member, which must
// host TransferKind. Call it before Start. The journal must be replicated
// (CatchUpJournal, e.g. cluster/journal).
func (m *Manager) JoinCluster(member *cluster.Member, o ClusterOptions) error {
	if _, ok := m.o.Journal.(CatchUpJournal); !ok {
		return errors.New("actors: cluster mode needs a replicated journal (with CatchUp)")
	}
	o.ensureDefaults()
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.ticking {
		return errors.New("actors: JoinCluster after Start")
	}
	// The manager's own system is unused from here on: the member's hosts
	// the activations.
	m.sys.Shutdown()
	m.sys = member.System
	m.cl = &clusterState{member: member, o: o, self: member.Address(), rdv: pcluster.NewRendezvous(),
		kick: make(chan kick, 1), done: make(chan struct{})}
	return nil
}

// ResumeStats returns the figures of the last resume (cluster mode).
func (m *Manager) ResumeStats() ResumeStats {
	if m.cl == nil {
		return ResumeStats{}
	}
	m.cl.statsMu.Lock()
	defer m.cl.statsMu.Unlock()
	return m.cl.stats
}

func (m *Manager) startClustered() error {
	m.mu.Lock()
	m.ticking = true
	m.mu.Unlock()
	go m.ticker()
	go m.resumeLoop()
	// Every topology (the current one at once) re-places transfers; the
	// resume loop wakes those now placed here.
	m.cl.member.OnTopology(func(members []*pcluster.Member) {
		m.cl.rdv.UpdateMembers(members)
		select {
		case m.cl.kick <- kick{at: m.o.Now(), topology: true}:
		default: // a resume is already due; it reads the latest view
		}
	})
	return nil
}

// kick asks for a resume: after a topology change, or periodically.
type kick struct {
	at       time.Time
	topology bool
}

func (c *clusterState) stop() { <-c.done }

// resumeLoop resumes the unfinished transfers the view places on this node
// after each topology change (a node died, left or joined).
func (m *Manager) resumeLoop() {
	defer close(m.cl.done)
	every := time.NewTicker(m.cl.o.ResumeEvery)
	defer every.Stop()
	for {
		var k kick
		select {
		case <-m.ctx.Done():
			return
		case k = <-m.cl.kick:
		case <-every.C:
			k = kick{at: m.o.Now()}
		}
		// Let a burst of changes settle into one resume.
		t := time.NewTimer(m.cl.o.Settle)
		select {
		case <-m.ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
		select {
		case k2 := <-m.cl.kick:
			k.topology = k.topology || k2.topology
		default:
		}
		m.resume(k)
	}
}

// resume pokes every unfinished transfer (the local status index, which
// the journal follower keeps complete) that the view places here and that
// is not active here yet. The poke activates it: the activation catches up
// from the replicated journal and re-runs the effect it was waiting on
// (idempotent by key).
func (m *Manager) resume(k kick) {
	var ids []string
	pending := 0
	after := ""
	for {
		hits, err := m.o.Journal.Lookup(m.ctx, persistence.Index{Name: "status", Value: string(api.StatusPending)}, after, 1000)
		if err != nil {
			if m.ctx.Err() == nil {
				m.log.Error("resume: list unfinished transfers", "err", err)
			}
			return
		}
		if len(hits) == 0 {
			break
		}
		for _, h := range hits {
			pending++
			id := h.Stream[len(StreamPrefix):]
			if m.cl.rdv.GetByClusterIdentity(&pcluster.ClusterIdentity{Kind: KindTransfer, Identity: id}) != m.cl.self {
				continue
			}
			ids = append(ids, id)
		}
		after = hits[len(hits)-1].Stream
	}
	owned := len(ids)
	m.mu.Lock()
	n := 0
	for _, id := range ids {
		if _, ok := m.pids[id]; !ok {
			ids[n] = id
			n++
		}
	}
	ids = ids[:n]
	m.mu.Unlock()
	work := make(chan string)
	var wg sync.WaitGroup
	var mu sync.Mutex
	woke := 0
	for i := 0; i < m.cl.o.Resumers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range work {
				if m.poke(id) {
					mu.Lock()
					woke++
					mu.Unlock()
				}
			}
		}()
	}
	for _, id := range ids {
		select {
		case work <- id:
		case <-m.ctx.Done():
		}
	}
	close(work)
	wg.Wait()
	took := m.o.Now().Sub(k.at)
	if !k.topology && woke == 0 {
		return // a periodic check that found nothing asleep
	}
	m.cl.statsMu.Lock()
	m.cl.stats = ResumeStats{Resumes: m.cl.stats.Resumes + 1, Pending: pending, Owned: owned, Activated: woke, Took: took, At: m.o.Now()}
	m.cl.statsMu.Unlock()
	m.log.Info("resumed unfinished transfers placed on this node", "pending", pending, "owned", owned, "activated", woke,
		"took_ms", took.Milliseconds(), "after_topology_change", k.topology)
}

// poke activates transfer id where the cluster places it; it reports
// whether the activation answered.
func (m *Manager) poke(id string) bool {
	_, err := m.clusterRequest(id, wireRequest{V: 1, Op: opPoke}, min(m.cl.o.RequestTimeout, 10*time.Second))
	if err != nil && m.ctx.Err() == nil {
		m.log.Warn("poke failed; the next topology change or input retries", "transfer", id, "err", err)
	}
	return err == nil
}

// ErrMemberUnavailable: the member a transfer is placed on did not answer
// (it is dying, stopping or cut off); the request may be retried.
var ErrMemberUnavailable = errors.New("the transfer's cluster member did not answer")

func (m *Manager) clusterInput(id string, in transfer.Input) (transfer.State, error) {
	return m.clusterRequest(id, wireRequest{V: 1, Op: opInput, In: &in}, m.cl.o.RequestTimeout)
}

func (m *Manager) clusterRequest(id string, req wireRequest, timeout time.Duration) (transfer.State, error) {
	body, err := json.Marshal(req)
	if err != nil {
		return transfer.State{}, err
	}
	res, err := m.cl.member.Request(KindTransfer, id, wrapperspb.Bytes(body), timeout)
	if err != nil {
		return transfer.State{}, fmt.Errorf("transfer %s: %w: %w", id, ErrMemberUnavailable, err)
	}
	b, ok := res.(*wrapperspb.BytesValue)
	if !ok {
		return transfer.State{}, fmt.Errorf("transfer %s: unexpected answer %T", id, res)
	}
	rep, err := decodeWireReply(b.Value)
	if err != nil {
		return transfer.State{}, fmt.Errorf("transfer %s: %w", id, err)
	}
	return rep.State, rep.err(id)
}

// register records a local activation (ticks go to it).
func (m *Manager) register(id string, pid *actor.PID) {
	m.mu.Lock()
	m.pids[id] = pid
	m.mu.Unlock()
}

// catchUp lands what other nodes appended to transfer id.
func (m *Manager) catchUp(id string) error {
	if j, ok := m.o.Journal.(CatchUpJournal); ok {
		return j.CatchUp(m.ctx, StreamPrefix+id)
	}
	return nil
}

// receiveClustered handles the cluster kind's messages.
func (a *transferActor) receiveClustered(ctx actor.Context) {
	switch msg := ctx.Message().(type) {
	case *pcluster.ClusterInit:
		a.id = msg.Identity.Identity
		if a.m.ctx.Err() != nil {
			// The manager is stopping (the node is leaving): do not take
			// the transfer on; the caller retries where the cluster
			// places it next.
			ctx.Stop(ctx.Self())
			return
		}
		a.m.register(a.id, ctx.Self())
		// Continue from the replicated head, not from this node's last
		// view of the stream.
		if err := a.m.catchUp(a.id); err != nil {
			panic(fmt.Errorf("catch up transfer %s: %w", a.id, err)) // supervised: restarted
		}
		a.m.log.Debug("transfer activated", "transfer", a.id)
		a.activate(ctx)
	case *wrapperspb.BytesValue:
		req, err := decodeWireRequest(msg.Value)
		st := a.state
		if err == nil && req.Op == opInput {
			st, err = a.step(ctx, *req.In)
		}
		ctx.Respond(wrapperspb.Bytes(encodeWireReply(st, err)))
		a.stopIfDone(ctx)
		if a.state.Seq == 0 {
			// No such transfer (yet): nothing to own.
			a.m.forgetPID(a.id, ctx.Self())
			ctx.Stop(ctx.Self())
		}
	case *actor.Stopped:
		a.m.forgetPID(a.id, ctx.Self())
	}
}

// ---- wire: requests to transfer actors on other nodes ----

const (
	opInput = "input"
	opPoke  = "poke"
)

// maxWire bounds a request or reply body.
const maxWire = 1 << 20

type wireRequest struct {
	V  int             `json:"v"`
	Op string          `json:"op"`
	In *transfer.Input `json:"in,omitempty"`
}

type wireReply struct {
	V     int            `json:"v"`
	State transfer.State `json:"state"`
	// Code classifies the step's error: terminal, stale, not_now,
	// conflict (fenced), bad_request, unavailable (the member is stopping
	// or its journal did not answer in time: the caller may retry),
	// error.
	Code string `json:"code,omitempty"`
	Err  string `json:"err,omitempty"`
}

func decodeStrict(data []byte, v any) error { return strictjson.Decode(data, maxWire, v) }

// errBadWire marks an undecodable cluster message.
var errBadWire = errors.New("bad cluster message")

func decodeWireRequest(data []byte) (wireRequest, error) {
	var r wireRequest
	if err := decodeStrict(data, &r); err != nil {
		return wireRequest{}, fmt.Errorf("%w: %v", errBadWire, err)
	}
	switch {
	case r.V != 1:
		return wireRequest{}, fmt.Errorf("%w: version %d", errBadWire, r.V)
	case r.Op == opPoke && r.In == nil:
	case r.Op == opInput && r.In != nil && r.In.Kind != "":
	default:
		return wireRequest{}, fmt.Errorf("%w: op %q with input %v", errBadWire, r.Op, r.In != nil)
	}
	return r, nil
}

func encodeWireReply(st transfer.State, err error) []byte {
	r := wireReply{V: 1, State: st}
	if err != nil {
		r.Err = err.Error()
		switch {
		case errors.Is(err, transfer.ErrTerminal):
			r.Code = "terminal"
		case errors.Is(err, transfer.ErrStale):
			r.Code = "stale"
		case errors.Is(err, transfer.ErrNotNow):
			r.Code = "not_now"
		case persistence.CodeOf(err) == persistence.CodeConflict:
			r.Code = "conflict"
		case errors.Is(err, errBadWire):
			r.Code = "bad_request"
		case retryable(err):
			// (A member that is shutting down cancels the step's journal
			// append: as a plain "error" the submit that asked came back
			// INTERNAL instead of retryable.)
			r.Code = "unavailable"
		default:
			r.Code = "error"
		}
	}
	b, _ := json.Marshal(r) // State and strings always marshal
	return b
}

func decodeWireReply(data []byte) (wireReply, error) {
	var r wireReply
	if err := decodeStrict(data, &r); err != nil {
		return wireReply{}, fmt.Errorf("%w: %v", errBadWire, err)
	}
	if r.V != 1 {
		return wireReply{}, fmt.Errorf("%w: version %d", errBadWire, r.V)
	}
	switch r.Code {
	case "", "terminal", "stale", "not_now", "conflict", "bad_request", "unavailable", "error":
	default:
		return wireReply{}, fmt.Errorf("%w: code %q", errBadWire, r.Code)
	}
	if (r.Code == "") != (r.Err == "") {
		return wireReply{}, fmt.Errorf("%w: code %q with message %q", errBadWire, r.Code, r.Err)
	}
	return r, nil
}

// err turns the reply's error back into the error the local actor would
// have returned (the transfer package's sentinels, the journal's conflict).
func (r wireReply) err(id string) error {
	switch r.Code {
	case "":
		return nil
	case "terminal":
		return fmt.Errorf("transfer %s: %w", id, transfer.ErrTerminal)
	case "stale":
		return fmt.Errorf("transfer %s: %w", id, transfer.ErrStale)
	case "not_now":
		return fmt.Errorf("transfer %s: %w", id, transfer.ErrNotNow)
	case "conflict":
		return &persistence.Error{Code: persistence.CodeConflict, Stream: StreamPrefix + id, Msg: r.Err}
	case "bad_request":
		return fmt.Errorf("transfer %s: %w: %s", id, errBadWire, r.Err)
	case "unavailable":
		return fmt.Errorf("transfer %s: %w: %s", id, ErrMemberUnavailable, r.Err)
	default:
		return fmt.Errorf("transfer %s: %s", id, r.Err)
	}
}
