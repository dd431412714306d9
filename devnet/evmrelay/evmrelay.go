// Package evmrelay builds the EVM relayers for a running devnet: one
// relayer Chain per devnet chain (talking to it through its RPC client),
// in-process attesters holding the devnet's attester keys, and the
// lock/mint and liquidity relayers for an operator.
package evmrelay

import (
	"log/slog"
	"time"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// Options tune the relayers built for a devnet.
type Options struct {
	// FinalityDepth in blocks; default evmnet.FinalityBlocks.
	FinalityDepth uint64
	PollInterval  time.Duration
	WaitTimeout   time.Duration
	// Operator index into the devnet's operators; default 0.
	Operator int
	Progress relayers.Progress
	Logger   *slog.Logger
}

// Set is what Build returns.
type Set struct {
	Chains    []*evm.Chain
	Attesters []evm.Attester
	LockMint  *evm.LockMint
	Liquidity *evm.Liquidity
}

// Chains builds relayer chain connections for a devnet.
func Chains(d *evmnet.Devnet, o Options) ([]*evm.Chain, error) {
	if o.FinalityDepth == 0 {
		o.FinalityDepth = evmnet.FinalityBlocks
	}
	var out []*evm.Chain
	for _, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		ch, err := evm.NewChain(evm.ChainOptions{
			Name: c.Name(), ChainID: c.ChainID(),
			Endpoints:     []relayers.Endpoint[evm.Client]{{Name: c.Name() + "/in-process", Client: c.Client()}},
			LockMint:      dep.LockMint,
			Liquidity:     dep.Liquidity,
			PoolToken:     dep.Tokens["USDC"],
			FinalityDepth: o.FinalityDepth,
			PollInterval:  o.PollInterval,
			WaitTimeout:   o.WaitTimeout,
			Logger:        o.Logger,
		})
		if err != nil {
			return nil, err
		}
		out = append(out, ch)
	}
	return out, nil
}

// Build assembles attesters (each with its own chain connections) and both
// relayers for one operator.
func Build(d *evmnet.Devnet, o Options) (*Set, error) {
	chains, err := Chains(d, o)
	if err != nil {
		return nil, err
	}
	s := &Set{Chains: chains}
	for _, k := range d.Options.Attesters {
		own, err := Chains(d, o)
		if err != nil {
			return nil, err
		}
		byID := map[uint64]*evm.Chain{}
		for _, c := range own {
			byID[c.Options().ChainID] = c
		}
		s.Attesters = append(s.Attesters, &evm.LocalAttester{Key: relayers.NewOperatorKey(k.Name, k.Private()), Chains: byID})
	}
	op := d.Options.Operators[o.Operator]
	opts := evm.Options{
		Chains: chains, Operator: relayers.NewOperatorKey(op.Name, op.Private()),
		Attesters: s.Attesters, Threshold: int(d.Options.Threshold), Progress: o.Progress, Logger: o.Logger,
	}
	if s.LockMint, err = evm.NewLockMint(opts); err != nil {
		return nil, err
	}
	if s.Liquidity, err = evm.NewLiquidity(opts); err != nil {
		return nil, err
	}
	s.LockMint.BlockTime = d.Options.BlockPeriod
	s.Liquidity.BlockTime = d.Options.BlockPeriod
	return s, nil
}
