package node

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/straitnet/strait/actors/bridge"
	"github.com/straitnet/strait/actors/evmexec"
	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// EVMAttachment is a node's EVM side built around chains that run outside
// the node (reached over JSON-RPC): the routing store, the source
// transaction builder and checker, and the executor with this operator's
// relayers. Because the chains outlive the node, a node stopped (or
// killed) and started again on the same data dir resumes its transfers
// against the same chain state.
type EVMAttachment struct {
	Store    *routing.Store
	Source   *evmsource.Source
	Executor *evmexec.Executor
	// Devnet is the chains as the relayer builder sees them (Targets over
	// RPC, the deployments, the keys); Chains is empty.
	Devnet *evmnet.Devnet
	// Live is the chain and bridge actors publishing live figures (pause
	// state, pool liquidity, hop outcomes, chain heads) into Store.
	Live    *bridge.System
	clients []*ethclient.Client
}

// Close closes the RPC connections (the chains keep running).
func (a *EVMAttachment) Close() error {
	if a.Live != nil {
		a.Live.Stop()
		a.Live = nil
	}
	for _, c := range a.clients {
		c.Close()
	}
	a.clients = nil
	return nil
}

// description is the part of a devnet description (`strait evm-devnet
// --out`) the node reads besides the routing topology.
type description struct {
	Chains []struct {
		ID         string  `json:"id"`
		BlockTimeS float64 `json:"block_time_s"`
	} `json:"chains"`
	Deployments []*evmnet.Deployment `json:"deployments"`
}

// AttachEVM connects to the config's EVM chains, checks that each answers
// with its configured chain id, and builds the relayers of the configured
// operator and attesters around them. c must have gone through
// LoadConfig (or ParseConfig and ResolveKeys).
func AttachEVM(ctx context.Context, c *FileConfig, log *slog.Logger) (_ *EVMAttachment, err error) {
	e := c.EVM
	if e == nil {
		return nil, cfgErr(ConfigInvalid, "evm", "no evm section")
	}
	deps := map[string]*evmnet.Deployment{}
	if e.Description != "" {
		raw, err := os.ReadFile(c.Path(e.Description))
		if err != nil {
			return nil, &ConfigError{Code: ConfigUnreadable, Field: "evm.description", Msg: "read the EVM description", Err: err}
		}
		var d description
		if err := json.Unmarshal(raw, &d); err != nil {
			return nil, &ConfigError{Code: ConfigInvalid, Field: "evm.description", Msg: "not a devnet description", Err: err}
		}
		for _, dep := range d.Deployments {
			if dep != nil {
				deps[dep.Chain] = dep
			}
		}
	}
	keyOf := func(k KeyConfig, field string) (evmnet.Key, error) {
		if k.Key().IsZero() {
			return evmnet.Key{}, cfgErr(ConfigKey, field, "key not resolved (load the config with LoadConfig)")
		}
		pk, err := crypto.ToECDSA(k.Key().Reveal())
		if err != nil {
			return evmnet.Key{}, cfgErr(ConfigKey, field, "not a valid secp256k1 private key")
		}
		return evmnet.KeyFromPrivate(k.Name, pk), nil
	}
	op, err := keyOf(e.Operator, "evm.operator")
	if err != nil {
		return nil, err
	}
	var attesters []evmnet.Key
	for i, k := range e.Attesters.Keys {
		a, err := keyOf(k, fmt.Sprintf("evm.attesters.keys[%d]", i))
		if err != nil {
			return nil, err
		}
		attesters = append(attesters, a)
	}

	att := &EVMAttachment{}
	defer func() {
		if err != nil {
			att.Close()
		}
	}()
	d := &evmnet.Devnet{Deployments: map[string]*evmnet.Deployment{}}
	var block time.Duration
	for i, ch := range e.Chains {
		field := fmt.Sprintf("evm.chains[%d]", i)
		dctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		cl, err := ethclient.DialContext(dctx, ch.RPC)
		if err != nil {
			cancel()
			return nil, fmt.Errorf("chain %s: dial %s: %w", ch.Name, ch.RPC, err)
		}
		att.clients = append(att.clients, cl)
		id, err := cl.ChainID(dctx)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("chain %s: chain id from %s: %w", ch.Name, ch.RPC, err)
		}
		if id.Uint64() != ch.ChainID {
			return nil, cfgErr(ConfigInvalid, field+".chain_id", "%s answers with chain id %s, the config says %d", ch.RPC, id, ch.ChainID)
		}
		dep := deps[ch.Name]
		if ch.Deployment != nil {
			dep = &evmnet.Deployment{Chain: ch.Name, ChainID: ch.ChainID,
				Gateway: common.HexToAddress(ch.Deployment.Gateway), LockMint: common.HexToAddress(ch.Deployment.LockMint),
				Liquidity: common.HexToAddress(ch.Deployment.Liquidity),
				Tokens:    map[string]common.Address{"USDC": common.HexToAddress(ch.Deployment.PoolToken)}}
		}
		if dep == nil {
			return nil, cfgErr(ConfigInvalid, field+".deployment", "chain %s has no deployment here or in %s", ch.Name, e.Description)
		}
		if dep.ChainID != 0 && dep.ChainID != ch.ChainID {
			return nil, cfgErr(ConfigInvalid, field+".chain_id", "the deployment is for chain id %d", dep.ChainID)
		}
		d.Targets = append(d.Targets, &evmnet.LiveChain{ChainName: ch.Name, ID: ch.ChainID, RPC: cl})
		d.Deployments[ch.Name] = dep
		// The relayers take one block time; the slowest chain's is the
		// safe one to wait on.
		if ch.BlockTime > block {
			block = ch.BlockTime
		}
	}
	d.Options = evmnet.Options{Attesters: attesters, Threshold: e.Attesters.Threshold, Operators: []evmnet.Key{op}, BlockPeriod: block}
	att.Devnet = d

	snap, err := loadTopology(c)
	if err != nil {
		return nil, err
	}
	poll := e.PollInterval
	if poll == 0 {
		poll = block / 2
	}
	hub := evmexec.NewHub()
	set, err := evmrelay.Build(d, evmrelay.Options{FinalityDepth: e.FinalityBlocks, Progress: hub, Logger: log, PollInterval: poll, WaitTimeout: 2 * time.Minute})
	if err != nil {
		return nil, fmt.Errorf("EVM relayers: %w", err)
	}
	store := routing.NewStore(snap)
	src := &evmsource.Source{Store: store, Chains: map[string]*evmsource.Chain{}}
	for _, t := range d.Targets {
		dep := d.Deployments[t.Name()]
		src.Chains[t.Name()] = &evmsource.Chain{Name: t.Name(), ChainID: t.ChainID(), Client: t.Client(), Gateway: dep.Gateway,
			Bridges: map[string]common.Address{evmnet.ProtocolLockMint: dep.LockMint, evmnet.ProtocolLiquidity: dep.Liquidity}}
	}
	att.Store, att.Source = store, src
	att.Executor = &evmexec.Executor{Store: store, Chains: src.Chains, Hub: hub, FinalityBlocks: e.FinalityBlocks, Logger: log, Poll: poll,
		Relayers: map[string]relayers.Relayer{evmnet.ProtocolLockMint: set.LockMint, evmnet.ProtocolLiquidity: set.Liquidity},
		Gateways: evm.NewGatewayOps(set.Chains, relayers.NewOperatorKey(op.Name, op.Private()))}
	if att.Live, err = startFigures(store, d, nil, nil, e.FinalityBlocks, figuresPoll(block), log); err != nil {
		return nil, err
	}
	att.Executor.Observe = att.Live.Outcome
	return att, nil
}

// loadTopology reads the routing graph a config names: a built-in name or
// a topology file (relative to the config).
func loadTopology(c *FileConfig) (*routing.Snapshot, error) {
	name := c.Topology
	if name != "realistic" && name != "stress" {
		name = c.Path(name)
	}
	snap, err := topologies.Load(name, 1)
	if err != nil {
		return nil, &ConfigError{Code: ConfigInvalid, Field: "topology", Msg: "cannot load the routing topology", Err: err}
	}
	return snap, nil
}

// UpInfo says what a node started by RunFile serves.
type UpInfo struct {
	Addrs Addrs
	// Chains that execute transfers ("name (chain id N)").
	Chains []string
	// Demo wallets of the in-process devnet (none for attached chains).
	Demo []evmnet.Key
	// Topology names the routing graph.
	Topology string
	// CosmosRecipient is a devnet Cosmos account to send to (empty when
	// no Cosmos chain runs).
	CosmosRecipient string
}

// NodeConfig is the node Config the file describes, without the chain
// wiring (RunFile adds it).
func (c *FileConfig) NodeConfig(log *slog.Logger) Config {
	cfg := Config{DataDir: c.Path(c.DataDir), NATSHost: c.NATS.Host, NATSPort: c.NATS.Port, HTTPAddr: c.HTTP.Addr, Logger: log, QuoteTTL: c.Quote.TTL}
	if len(c.NATS.URLs) > 0 {
		cfg.NATSURL = strings.Join(c.NATS.URLs, ",")
	}
	if c.Cluster.On() {
		cfg.Cluster = &ClusterOptions{Member: c.Cluster.MemberConfig(), JournalReplicas: c.Cluster.JournalReplicas}
	}
	return cfg
}

// RunFile runs the node a config describes until ctx is cancelled: the
// in-process devnet (topology "devnet"), attached EVM chains (an evm
// section), or a quotes-only node over a named topology. ready, if set, is
// called once it serves.
func RunFile(ctx context.Context, c *FileConfig, log *slog.Logger, ready func(UpInfo)) error {
	if log == nil {
		log = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
	log = log.With("node", c.Name)
	cfg := c.NodeConfig(log)
	info := UpInfo{Topology: c.Topology}
	// The data directory and the ports first: the chains below take
	// seconds to start, and a second `strait up` should hear at once that
	// the first holds them.
	cfg.EnsureDefaults()
	lock, err := lockDataDir(cfg.DataDir)
	if err != nil {
		return err
	}
	defer lock.Close()
	cfg.dataDirLocked = true
	if err := probePorts(&cfg); err != nil {
		return err
	}
	switch {
	case c.EVM != nil:
		att, err := AttachEVM(ctx, c, log)
		if err != nil {
			return err
		}
		defer att.Close()
		cfg.Store, cfg.Builder, cfg.Checker, cfg.Executor = att.Store, att.Source, att.Source, att.Executor
		cfg.Health, cfg.Figures = att.Live, att.Live
		for _, t := range att.Devnet.Targets {
			info.Chains = append(info.Chains, fmt.Sprintf("%s (chain id %d)", t.Name(), t.ChainID()))
		}
	case c.Topology == "devnet":
		ev, err := StartEVMDevnet(ctx, WithCosmos(evmnet.Options{BlockPeriod: c.Devnet.BlockTime}, nil), log)
		if err != nil {
			return err
		}
		defer ev.Close()
		// The Cosmos chains, their channels and the EVM -> Cosmos bridge:
		// one routing snapshot and one executor over both families.
		cd, err := StartCosmosDevnet(ctx, ev, CosmosOptions{BlockTime: c.Devnet.BlockTime, Logger: log})
		if err != nil {
			return err
		}
		defer cd.Close()
		cfg.Store, cfg.Builder, cfg.Checker, cfg.Executor = cd.Store, ev.Source, ev.Source, cd.Mux
		cfg.Health, cfg.Figures = ev.Live, ev.Live
		info.Demo = ev.Devnet.Options.Demo
		for _, t := range ev.Devnet.Targets {
			info.Chains = append(info.Chains, fmt.Sprintf("%s (chain id %d)", t.Name(), t.ChainID()))
		}
		for _, ch := range cd.Devnet.Net.Chains {
			info.Chains = append(info.Chains, ch.ID()+" (cosmos)")
		}
		info.CosmosRecipient = cosmos.DevKey("demo-0").Address().String()
	default:
		snap, err := loadTopology(c)
		if err != nil {
			return err
		}
		cfg.Snapshot = snap
	}
	cfg.Ready = func(a Addrs) {
		info.Addrs = a
		if ready != nil {
			ready(info)
		}
	}
	return Run(ctx, cfg)
}
