package bridge

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/asynkron/protoactor-go/actor"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/routing"
)

// Caller reads contracts (an ethclient, a simulated backend's client).
type Caller = ethereum.ContractCaller

// HeadReader reads a chain's head.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// Contract is one contract a bridge instance depends on (its source and
// destination ends): the bridge is paused when any of them is.
type Contract struct {
	Chain   string
	Client  Caller
	Address common.Address
}

// Pool is the liquidity pool that pays a liquidity bridge's deliveries:
// its available(token) is the bridge's capacity.
type Pool struct {
	Chain   string
	Client  Caller
	Address common.Address
	Token   common.Address
}

// Instance is one bridge instance (routing.Edge.Bridge) and what to read.
type Instance struct {
	ID        string
	Contracts []Contract
	Pool      *Pool
}

// ChainSpec is one chain a ChainActor tracks.
type ChainSpec struct {
	Name   string
	Client HeadReader
	// Head, if set, reads the head instead of Client (a chain that is not
	// EVM: the height, and the block time if known).
	Head func(ctx context.Context) (height uint64, blockTime time.Time, err error)
	// BlockTime and FinalityBlocks override Options.Chain's for this
	// chain.
	BlockTime      time.Duration
	FinalityBlocks uint64
}

// Options configure the live-figure actors.
type Options struct {
	Store   *routing.Store
	Bridges []Instance
	Chains  []ChainSpec
	// Poll is how often contracts and heads are read (default 1 s);
	// ReadTimeout bounds one round of reads (default 5 s).
	Poll        time.Duration
	ReadTimeout time.Duration
	Config      Config
	Chain       ChainConfig
	// Now is the clock (default time.Now).
	Now    func() time.Time
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.Poll <= 0 {
		o.Poll = time.Second
	}
	if o.ReadTimeout <= 0 {
		o.ReadTimeout = 5 * time.Second
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	o.Config.EnsureDefaults()
	o.Chain.EnsureDefaults()
}

// Validate reports unusable options: every bridge must name edges of the
// store's snapshot, once.
func (o *Options) Validate() error {
	if o.Store == nil {
		return errors.New("bridge: Options.Store is required")
	}
	snap := o.Store.Load()
	known := map[string]bool{}
	for i := range snap.Edges {
		known[snap.Edges[i].Bridge] = true
	}
	seen := map[string]bool{}
	for _, b := range o.Bridges {
		if !known[b.ID] {
			return fmt.Errorf("bridge: %q has no edge in the routing snapshot", b.ID)
		}
		if seen[b.ID] {
			return fmt.Errorf("bridge: %q declared twice", b.ID)
		}
		seen[b.ID] = true
		for _, c := range b.Contracts {
			if c.Client == nil {
				return fmt.Errorf("bridge: %q: contract %s on %s has no client", b.ID, c.Address, c.Chain)
			}
		}
		if b.Pool != nil && b.Pool.Client == nil {
			return fmt.Errorf("bridge: %q: pool has no client", b.ID)
		}
	}
	for _, c := range o.Chains {
		if c.Name == "" || (c.Client == nil && c.Head == nil) {
			return fmt.Errorf("bridge: chain %q needs a name and a client", c.Name)
		}
	}
	return nil
}

// System is the running actors: a supervisor with one ChainActor per
// chain and one BridgeActor per bridge instance under it.
type System struct {
	o      Options
	sys    *actor.ActorSystem
	root   *actor.PID
	priors map[string]routing.Beta
	byEdge map[string]string // edge id -> bridge id

	// base is each bridge's state from the description (edges, prior,
	// base latency); insts and specs index the options by id.
	base  map[string]State
	insts map[string]Instance
	specs map[string]ChainSpec

	mu      sync.RWMutex
	chains  map[string]ChainState
	bridges map[string]State
	// cl is set in cluster mode (JoinCluster): one owner per chain and
	// bridge in the cluster instead of this node's own actors.
	cl *clusterMode
}

// Start spawns the actors; they read at once and then every Poll.
func Start(o Options) (*System, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	log := o.Logger.With("component", "figures")
	s := &System{o: o, priors: map[string]routing.Beta{}, byEdge: map[string]string{},
		chains: map[string]ChainState{}, bridges: map[string]State{},
		base: map[string]State{}, insts: map[string]Instance{}, specs: map[string]ChainSpec{}}
	s.o.Logger = log
	snap := o.Store.Load()
	for _, b := range o.Bridges {
		st := NewState(snap, b.ID, routing.Beta{})
		// The description's estimate is the prior outcomes decay towards.
		s.priors[b.ID] = st.Learned
		st.Prior = st.Learned
		s.base[b.ID], s.insts[b.ID] = st, b
		for _, e := range st.Edges {
			s.byEdge[e] = b.ID
		}
	}
	for _, c := range o.Chains {
		s.specs[c.Name] = c
	}
	s.sys = actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return log.With("lib", "protoactor") }))
	props := actor.PropsFromProducer(func() actor.Actor { return &supervisor{s: s} },
		actor.WithSupervisor(actor.NewExponentialBackoffStrategy(10*time.Second, 100*time.Millisecond)))
	root, err := s.sys.Root.SpawnNamed(props, "figures")
	if err != nil {
		return nil, fmt.Errorf("bridge: spawn supervisor: %w", err)
	}
	s.root = root
	return s, nil
}

// Stop stops every actor and its reads (in cluster mode, this node's
// owners, its touches and its subscription).
func (s *System) Stop() {
	if cl := s.cluster(); cl != nil {
		s.leaveCluster(cl)
	} else {
		_ = s.sys.Root.StopFuture(s.root).Wait()
	}
	s.sys.Shutdown()
}

// Outcome reports a hop over an edge: delivered (with its latency from
// start to delivery) or failed. The executor calls it; it never blocks.
// In cluster mode the observation goes to the bridge's owner, wherever it
// runs.
func (s *System) Outcome(edge string, ok bool, took time.Duration) {
	b, known := s.byEdge[edge]
	if !known {
		return
	}
	if cl := s.cluster(); cl != nil {
		cl.outcome(b, ok, took)
		return
	}
	s.sys.Root.Send(s.root, &routed{bridge: b, obs: Observation{Kind: ObsOutcome, OK: ok, Latency: took}})
}

// Chain returns what the chain's actor knows (false: no such chain, or
// no read yet).
func (s *System) Chain(id string) (ChainState, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	c, ok := s.chains[id]
	return c, ok
}

// ChainHealth implements actors.ChainHealth for catalog.chains.
func (s *System) ChainHealth(id string) (health string, height uint64, ok bool) {
	c, ok := s.Chain(id)
	return c.Health, c.Height, ok
}

// Bridge returns a bridge actor's state.
func (s *System) Bridge(id string) (State, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	b, ok := s.bridges[id]
	return b, ok
}

// Bridges lists the bridge instance ids, sorted.
func (s *System) Bridges() []string {
	out := make([]string, 0, len(s.priors))
	for id := range s.priors {
		out = append(out, id)
	}
	sort.Strings(out)
	return out
}

// ---- supervisor ----

type routed struct {
	bridge string
	obs    Observation
}

type supervisor struct {
	s       *System
	bridges map[string]*actor.PID
}

func (a *supervisor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		a.bridges = map[string]*actor.PID{}
		strategy := actor.WithSupervisor(actor.NewExponentialBackoffStrategy(10*time.Second, 100*time.Millisecond))
		for _, c := range a.s.o.Chains {
			c := c
			_, err := ctx.SpawnNamed(actor.PropsFromProducer(func() actor.Actor { return &chainActor{s: a.s, spec: c} }, strategy), "chain-"+c.Name)
			if err != nil {
				a.s.o.Logger.Error("spawn chain actor", "chain", c.Name, "err", err)
			}
		}
		for _, b := range a.s.o.Bridges {
			b := b
			pid, err := ctx.SpawnNamed(actor.PropsFromProducer(func() actor.Actor { return &bridgeActor{s: a.s, inst: b} }, strategy), "bridge-"+b.ID)
			if err != nil {
				a.s.o.Logger.Error("spawn bridge actor", "bridge", b.ID, "err", err)
				continue
			}
			a.bridges[b.ID] = pid
		}
	case *routed:
		if pid, ok := a.bridges[m.bridge]; ok {
			ctx.Send(pid, &m.obs)
		}
	}
}

// ---- bridge actor ----

var (
	poolABI  = bindings.NewLiquidityPool()
	pausedIn = poolABI.PackPaused() // paused() is Governed's: one selector for every contract
)

type bridgeActor struct {
	s      *System
	inst   Instance
	st     State
	cancel context.CancelFunc
}

func (a *bridgeActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		// A restarted actor starts from the edges' current figures (the
		// learned estimate lives in the snapshot) and the original prior.
		a.st = NewState(a.s.o.Store.Load(), a.inst.ID, a.s.priors[a.inst.ID])
		rctx, cancel := context.WithCancel(context.Background())
		a.cancel = cancel
		go a.read(rctx, ctx.Self())
	case *actor.Stopping, *actor.Restarting:
		if a.cancel != nil {
			a.cancel()
		}
	case *Observation:
		a.apply(*m)
	}
}

func (a *bridgeActor) apply(obs Observation) {
	before := a.st.published
	st, ups := Step(a.st, obs, a.s.o.Now(), a.s.o.Config)
	a.st = st
	if len(ups) > 0 {
		if _, err := a.s.o.Store.Update(ups); err != nil {
			a.s.o.Logger.Error("publish edge figures", "bridge", a.inst.ID, "err", err)
		} else {
			level := slog.LevelDebug
			if before == nil || before.Status != st.published.Status {
				level = slog.LevelInfo // a status change is worth a line
			}
			a.s.o.Logger.Log(context.Background(), level, "bridge figures", "bridge", a.inst.ID, "status", st.published.Status.String(),
				"p50_s", st.published.Latency.P50, "success", st.Learned.Mean(), "read_error", st.LastReadErr)
		}
	}
	a.s.mu.Lock()
	a.s.bridges[a.inst.ID] = st
	a.s.mu.Unlock()
}

// read runs the contract reads off the mailbox and sends what it saw.
func (a *bridgeActor) read(ctx context.Context, self *actor.PID) {
	t := time.NewTicker(a.s.o.Poll)
	defer t.Stop()
	for {
		for _, obs := range a.readOnce(ctx) {
			if ctx.Err() != nil {
				return
			}
			a.s.sys.Root.Send(self, &obs)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *bridgeActor) readOnce(ctx context.Context) []Observation {
	return readBridge(ctx, a.inst, a.s.o.ReadTimeout)
}

// readBridge reads a bridge instance's contracts once: a tick, then the
// pause flags and the pool's liquidity (or the read errors).
func readBridge(ctx context.Context, inst Instance, timeout time.Duration) []Observation {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	out := []Observation{{Kind: ObsTick}}
	paused := false
	var failed error
	for _, c := range inst.Contracts {
		to := c.Address
		res, err := c.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: pausedIn}, nil)
		if err == nil {
			var p bool
			if p, err = poolABI.UnpackPaused(res); err == nil {
				paused = paused || p
			}
		}
		if err != nil {
			failed = fmt.Errorf("paused() of %s on %s: %w", c.Address, c.Chain, err)
			break
		}
	}
	if failed != nil {
		out = append(out, Observation{Kind: ObsReadFailed, Err: failed.Error()})
	} else if len(inst.Contracts) > 0 {
		out = append(out, Observation{Kind: ObsPause, Paused: paused})
	}
	if p := inst.Pool; p != nil {
		to := p.Address
		res, err := p.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: poolABI.PackAvailable(p.Token)}, nil)
		var avail *big.Int
		if err == nil {
			avail, err = poolABI.UnpackAvailable(res)
		}
		if err != nil {
			out = append(out, Observation{Kind: ObsReadFailed, Err: fmt.Sprintf("available() of pool %s on %s: %v", p.Address, p.Chain, err)})
		} else {
			out = append(out, Observation{Kind: ObsLiquidity, Available: avail})
		}
	}
	return out
}

// ---- chain actor ----

type chainActor struct {
	s      *System
	spec   ChainSpec
	st     ChainState
	cancel context.CancelFunc
}

func (a *chainActor) Receive(ctx actor.Context) {
	switch m := ctx.Message().(type) {
	case *actor.Started:
		a.st = ChainState{Chain: a.spec.Name}
		if old, ok := a.s.Chain(a.spec.Name); ok {
			a.st = old
		}
		rctx, cancel := context.WithCancel(context.Background())
		a.cancel = cancel
		go a.read(rctx, ctx.Self())
	case *actor.Stopping, *actor.Restarting:
		if a.cancel != nil {
			a.cancel()
		}
	case *HeadObs:
		a.st = ChainStep(a.st, *m, a.s.o.Now(), a.s.chainConfig(a.spec))
		a.s.mu.Lock()
		a.s.chains[a.spec.Name] = a.st
		a.s.mu.Unlock()
	}
}

func (a *chainActor) read(ctx context.Context, self *actor.PID) {
	t := time.NewTicker(a.s.o.Poll)
	defer t.Stop()
	for {
		rctx, cancel := context.WithTimeout(ctx, a.s.o.ReadTimeout)
		obs := a.head(rctx)
		cancel()
		if ctx.Err() != nil {
			return
		}
		a.s.sys.Root.Send(self, &obs)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (a *chainActor) head(ctx context.Context) HeadObs { return readHead(ctx, a.spec) }

// chainConfig is the health rule's config for one chain.
func (s *System) chainConfig(spec ChainSpec) ChainConfig {
	cfg := s.o.Chain
	if spec.BlockTime > 0 {
		cfg.BlockTime = spec.BlockTime
	}
	if spec.FinalityBlocks > 0 {
		cfg.FinalityBlocks = spec.FinalityBlocks
	}
	return cfg
}

// readHead reads a chain's head once.
func readHead(ctx context.Context, spec ChainSpec) HeadObs {
	if spec.Head != nil {
		h, t, err := spec.Head(ctx)
		if err != nil {
			return HeadObs{Err: err.Error()}
		}
		return HeadObs{Height: h, BlockTime: t}
	}
	h, err := spec.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return HeadObs{Err: err.Error()}
	}
	return HeadObs{Height: h.Number.Uint64(), BlockTime: time.Unix(int64(h.Time), 0).UTC()}
}
