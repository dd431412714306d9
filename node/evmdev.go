package node

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/actors/bridge"
	"github.com/straitnet/strait/actors/evmexec"
	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/devnet/guardians"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/routing"
)

// DefaultDevnetGuardians is the guardian set `strait up` runs: 19 keys,
// Wormhole's mainnet size, so that quorum (13) and the VAA's size and
// verification cost are the real ones. Each guardian is a goroutine that
// scans every chain's final blocks, which costs little at devnet block
// rates.
const DefaultDevnetGuardians = 19

// DevnetOptions configure StartEVMDevnetWith.
type DevnetOptions struct {
	EVM evmnet.Options
	// Guardians is the size of the guardian bridge's set (default
	// DefaultDevnetGuardians); -1 leaves the guardian bridge out.
	Guardians int
	// QuorumTimeout bounds a guardian hop's wait for signatures (default
	// the relayer's, 1 minute).
	QuorumTimeout time.Duration
	// FiguresPoll is how often the bridge actors read pause flags and pool
	// liquidity and the chain actors read heads (default one block, at
	// least 250 ms).
	FiguresPoll time.Duration
}

// EVMDevnet is the in-process EVM devnet wired for a node: its routing
// snapshot, the source-transaction checker and the executor.
type EVMDevnet struct {
	Devnet *evmnet.Devnet
	// Guardians is the guardian bridge (nil when left out) and Relay its
	// running guardian set, aggregator and deliverer.
	Guardians *guardians.Network
	Relay     *guardians.Relay
	Snapshot  *routing.Snapshot
	Store     *routing.Store
	Source    *evmsource.Source
	Executor  *evmexec.Executor
	// Live is the chain and bridge actors publishing live figures into
	// Store (and chain health for catalog.chains).
	Live *bridge.System

	// ExtraChains get a ChainActor too (set before UseStore: the Cosmos
	// chains of a node that runs them next to the EVM devnet).
	ExtraChains []bridge.ChainSpec

	figPoll  time.Duration
	figExtra map[string]map[string]common.Address
	figLog   *slog.Logger
}

// StartEVMDevnet starts the EVM devnet (chains with Strait's contracts,
// the guardian bridge, funded demo wallets) and builds the relayers
// around it.
func StartEVMDevnet(ctx context.Context, opts evmnet.Options, log *slog.Logger) (*EVMDevnet, error) {
	return StartEVMDevnetWith(ctx, DevnetOptions{EVM: opts}, log)
}

// StartEVMDevnetWith is StartEVMDevnet with the guardian bridge's options.
func StartEVMDevnetWith(ctx context.Context, o DevnetOptions, log *slog.Logger) (_ *EVMDevnet, err error) {
	if o.Guardians == 0 {
		o.Guardians = DefaultDevnetGuardians
	}
	opts := o.EVM
	if len(opts.Operators) == 0 {
		// Two relayer operators: operator-0 signs the lock/mint and
		// liquidity deliveries, operator-1 the guardian bridge's. One key
		// per relayer, so that two nonce managers never share a key.
		opts.Operators = []evmnet.Key{evmnet.DevKey("operator-0"), evmnet.DevKey("operator-1")}
		if opts.TargetLiquidity == nil {
			// Both add liquidity to every pool: its zero-utilisation depth
			// is what they add together.
			opts.EnsureDefaults()
			opts.TargetLiquidity = new(big.Int).Mul(opts.LiquidityPerOperator, big.NewInt(2))
		}
	}
	// The chains seal blocks on demand while the guardian bridge is
	// deployed (it moves their clocks past the governance timelock), and
	// on their timers from then on.
	opts.AutoMine = false
	d, err := evmnet.Start(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("EVM devnet: %w", err)
	}
	ev := &EVMDevnet{Devnet: d}
	defer func() {
		if err != nil {
			ev.Close()
		}
	}()
	desc, err := d.Topology()
	if err != nil {
		return nil, err
	}
	if o.Guardians > 0 {
		if ev.Guardians, err = guardians.Deploy(ctx, d, guardians.Options{Guardians: o.Guardians, Logger: log}); err != nil {
			return nil, fmt.Errorf("guardian bridge: %w", err)
		}
		if desc, err = ev.Guardians.Topology(); err != nil {
			return nil, err
		}
	}
	for _, c := range d.Chains {
		c.Start()
	}
	// No on-chain swap runs on the devnet: routes use bridges only (a swap
	// edge between two wrapped forms of one token would be unexecutable).
	defs := routing.DefaultTopologyDefaults()
	defs.Swaps = false
	snap, err := routing.LoadTopology("devnet", desc, defs)
	if err != nil {
		return nil, fmt.Errorf("devnet description: %w", err)
	}
	hub := evmexec.NewHub()
	set, err := evmrelay.Build(d, evmrelay.Options{Progress: hub, Logger: log, PollInterval: 50 * time.Millisecond, WaitTimeout: 2 * time.Minute})
	if err != nil {
		return nil, fmt.Errorf("EVM relayers: %w", err)
	}
	rels := map[string]relayers.Relayer{evmnet.ProtocolLockMint: set.LockMint, evmnet.ProtocolLiquidity: set.Liquidity}
	if ev.Guardians != nil {
		op := 0
		if len(d.Options.Operators) > 1 {
			op = 1
		}
		ev.Relay, err = ev.Guardians.StartRelay(ctx, guardians.RelayOptions{Operator: op, Progress: hub, QuorumTimeout: o.QuorumTimeout,
			PollInterval: guardianPoll(d.Options.BlockPeriod), Logger: log})
		if err != nil {
			return nil, fmt.Errorf("guardians: %w", err)
		}
		rels[guardians.Protocol] = ev.Relay.Relayer
	}
	ev.Snapshot = snap
	ev.Store = routing.NewStore(snap)
	src := &evmsource.Source{Store: ev.Store, Chains: map[string]*evmsource.Chain{}}
	if ev.Guardians != nil {
		// Deploying the guardian bridge moved the chains' clocks past the
		// governance timelock: route deadlines (from the node's clock)
		// keep their usual margin over the chains' time.
		src.MinDeadline = d.Options.Governance.Delay + time.Hour
	}
	for _, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		bridges := map[string]common.Address{evmnet.ProtocolLockMint: dep.LockMint, evmnet.ProtocolLiquidity: dep.Liquidity}
		if ev.Guardians != nil {
			bridges[guardians.Protocol] = ev.Guardians.Bridge[c.Name()]
		}
		src.Chains[c.Name()] = &evmsource.Chain{Name: c.Name(), ChainID: c.ChainID(), Client: c.Client(), Gateway: dep.Gateway, Bridges: bridges}
	}
	ev.Source = src
	ev.Executor = &evmexec.Executor{Store: ev.Store, Chains: src.Chains, Hub: hub, FinalityBlocks: evmnet.FinalityBlocks, Logger: log,
		Poll: d.Options.BlockPeriod / 2, Relayers: rels,
		// operator-0's key and chains, as the lock/mint and liquidity
		// relayers' (one nonce manager per key and chain).
		Gateways: evm.NewGatewayOps(set.Chains, relayers.NewOperatorKey(d.Options.Operators[0].Name, d.Options.Operators[0].Private()))}
	poll := o.FiguresPoll
	if poll <= 0 {
		poll = figuresPoll(d.Options.BlockPeriod)
	}
	var extra map[string]map[string]common.Address
	if ev.Guardians != nil {
		extra = map[string]map[string]common.Address{guardians.Protocol: ev.Guardians.Bridge}
	}
	ev.figPoll, ev.figExtra, ev.figLog = poll, extra, log
	if err := ev.startLive(); err != nil {
		return nil, err
	}
	return ev, nil
}

func (e *EVMDevnet) startLive() error {
	live, err := startFigures(e.Store, e.Devnet, e.figExtra, e.ExtraChains, evmnet.FinalityBlocks, e.figPoll, e.figLog)
	if err != nil {
		return err
	}
	e.Live = live
	e.Executor.Observe = live.Outcome
	return nil
}

// UseStore makes st the routing store of the devnet's quotes, source
// transactions, executor and live-figure actors (restarted over st): a
// node that merges the devnet's description with other chains' serves a
// store of its own. Call it before the node runs.
func (e *EVMDevnet) UseStore(st *routing.Store) error {
	e.Snapshot, e.Store, e.Source.Store, e.Executor.Store = st.Load(), st, st, st
	if e.Live != nil {
		e.Live.Stop()
		e.Live = nil
	}
	return e.startLive()
}

// startFigures starts one ChainActor per chain of d (and of more) and one BridgeActor
// per bridge instance of the store's snapshot whose contracts d knows (the
// lock/mint bridges and liquidity pools of its deployments, and the
// protocols of extra: contract by protocol and chain). A bridge from X to
// Y is paused when its contract on X or on Y is; a liquidity bridge's
// capacity is what the pool on Y has available in the destination token.
func startFigures(store *routing.Store, d *evmnet.Devnet, extra map[string]map[string]common.Address, more []bridge.ChainSpec,
	finality uint64, poll time.Duration, log *slog.Logger) (*bridge.System, error) {
	snap := store.Load()
	contract := func(protocol, chain string) (common.Address, bool) {
		var a common.Address
		if dep, ok := d.Deployments[chain]; ok {
			switch protocol {
			case evmnet.ProtocolLockMint:
				a = dep.LockMint
			case evmnet.ProtocolLiquidity:
				a = dep.Liquidity
			}
		}
		if x, ok := extra[protocol][chain]; ok {
			a = x
		}
		return a, a != (common.Address{})
	}
	targets := map[string]evmnet.Target{}
	for _, t := range d.Targets {
		targets[t.Name()] = t
	}
	seen := map[string]bool{}
	var insts []bridge.Instance
	for i := range snap.Edges {
		e := &snap.Edges[i]
		if seen[e.Bridge] {
			continue
		}
		from, to := snap.Assets[e.From], snap.Assets[e.To]
		src, dst := targets[from.Chain], targets[to.Chain]
		a, ok1 := contract(e.Protocol, from.Chain)
		b, ok2 := contract(e.Protocol, to.Chain)
		if src == nil || dst == nil || !ok1 || !ok2 {
			continue // not a contract this node knows: its figures stay as described
		}
		seen[e.Bridge] = true
		in := bridge.Instance{ID: e.Bridge, Contracts: []bridge.Contract{
			{Chain: from.Chain, Client: src.Client(), Address: a}, {Chain: to.Chain, Client: dst.Client(), Address: b}}}
		if e.Protocol == evmnet.ProtocolLiquidity && common.IsHexAddress(to.Address) {
			in.Pool = &bridge.Pool{Chain: to.Chain, Client: dst.Client(), Address: b, Token: common.HexToAddress(to.Address)}
		}
		insts = append(insts, in)
	}
	var chains []bridge.ChainSpec
	for _, t := range d.Targets {
		chains = append(chains, bridge.ChainSpec{Name: t.Name(), Client: t.Client(), BlockTime: d.Options.BlockPeriod, FinalityBlocks: finality})
	}
	chains = append(chains, more...)
	live, err := bridge.Start(bridge.Options{Store: store, Bridges: insts, Chains: chains, Poll: poll, Logger: log})
	if err != nil {
		return nil, fmt.Errorf("bridge and chain actors: %w", err)
	}
	return live, nil
}

// figuresPoll is the live-figure read period for a block time: one block,
// at least 250 ms.
func figuresPoll(block time.Duration) time.Duration {
	return max(block, 250*time.Millisecond)
}

// guardianPoll is how often each guardian looks for new final blocks: a
// few times per block, never busier than every 20 ms.
func guardianPoll(block time.Duration) time.Duration {
	p := block / 4
	if p < 20*time.Millisecond {
		p = 20 * time.Millisecond
	}
	return p
}

// Close stops the live-figure actors, the guardians and the chains.
func (e *EVMDevnet) Close() error {
	if e.Live != nil {
		e.Live.Stop()
		e.Live = nil
	}
	if e.Relay != nil {
		e.Relay.Close()
		e.Relay = nil
	}
	if e.Devnet == nil {
		return errors.New("node: devnet not started")
	}
	return e.Devnet.Close()
}
