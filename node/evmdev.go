package node

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/actors/evmexec"
	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/routing"
)

// EVMDevnet is the in-process EVM devnet wired for a node: its routing
// snapshot, the source-transaction checker and the executor.
type EVMDevnet struct {
	Devnet   *evmnet.Devnet
	Snapshot *routing.Snapshot
	Store    *routing.Store
	Source   *evmsource.Source
	Executor *evmexec.Executor
}

// StartEVMDevnet starts the EVM devnet (chains with Strait's contracts,
// funded demo wallets) and builds the relayers of operator 0 around it.
func StartEVMDevnet(ctx context.Context, opts evmnet.Options, log *slog.Logger) (*EVMDevnet, error) {
	opts.AutoMine = true
	d, err := evmnet.Start(ctx, opts)
	if err != nil {
		return nil, fmt.Errorf("EVM devnet: %w", err)
	}
	desc, err := d.Topology()
	if err != nil {
		d.Close()
		return nil, err
	}
	snap, err := routing.LoadTopology("devnet", desc, routing.DefaultTopologyDefaults())
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("devnet description: %w", err)
	}
	hub := evmexec.NewHub()
	set, err := evmrelay.Build(d, evmrelay.Options{Progress: hub, Logger: log, PollInterval: 50 * time.Millisecond, WaitTimeout: 2 * time.Minute})
	if err != nil {
		d.Close()
		return nil, fmt.Errorf("EVM relayers: %w", err)
	}
	store := routing.NewStore(snap)
	src := &evmsource.Source{Store: store, Chains: map[string]*evmsource.Chain{}}
	for _, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		src.Chains[c.Name()] = &evmsource.Chain{Name: c.Name(), ChainID: c.ChainID(), Client: c.Client(), Gateway: dep.Gateway,
			Bridges: map[string]common.Address{evmnet.ProtocolLockMint: dep.LockMint, evmnet.ProtocolLiquidity: dep.Liquidity}}
	}
	exec := &evmexec.Executor{Store: store, Chains: src.Chains, Hub: hub, FinalityBlocks: evmnet.FinalityBlocks, Logger: log,
		Poll:     d.Options.BlockPeriod / 2,
		Relayers: map[string]relayers.Relayer{evmnet.ProtocolLockMint: set.LockMint, evmnet.ProtocolLiquidity: set.Liquidity}}
	return &EVMDevnet{Devnet: d, Snapshot: snap, Store: store, Source: src, Executor: exec}, nil
}

// Close stops the chains.
func (e *EVMDevnet) Close() error { return e.Devnet.Close() }
