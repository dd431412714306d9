package cosmos

import (
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

// ChainSpec names one chain of a network and its native token.
type ChainSpec struct {
	ID string
	// Denom is the chain's own token ("uatoma"), carried over IBC.
	Denom string
}

// Grant is a genesis balance on one chain.
type Grant struct {
	Chain   string
	Address sdk.AccAddress
	Coins   sdk.Coins
}

// NetworkOptions configure a set of in-process chains on one virtual clock.
type NetworkOptions struct {
	Chains []ChainSpec
	// Funded accounts get Amount of stake and of every chain's own denom on
	// each chain (relayer operators pay no fees on the devnet, but users
	// move the tokens).
	Funded []sdk.AccAddress
	Amount sdkmath.Int
	// BlockTime is the virtual time between blocks. Default 1s.
	BlockTime time.Duration
	// Grants are further genesis balances on one chain each (the
	// bridged USDC the EVM liquidity relayer pays out of).
	Grants []Grant
	// Ticker paces blocks in wall time: every tick advances the virtual
	// clock by BlockTime and makes one block on every chain. Nil: blocks are
	// made only by Step.
	Ticker <-chan time.Time
	// Genesis is the virtual time of the first block. Default 2026-01-01.
	Genesis time.Time
	// Seed makes validator keys deterministic.
	Seed   string
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *NetworkOptions) EnsureDefaults() {
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.Genesis.IsZero() {
		o.Genesis = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Amount.IsNil() {
		o.Amount = sdkmath.NewInt(1_000_000_000_000)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *NetworkOptions) Validate() error {
	if len(o.Chains) == 0 {
		return errors.New("cosmos network: no chains")
	}
	if len(o.Funded) == 0 {
		return errors.New("cosmos network: no funded accounts")
	}
	seen := map[string]bool{}
	for _, c := range o.Chains {
		if c.ID == "" || seen[c.ID] {
			return fmt.Errorf("cosmos network: empty or repeated chain id %q", c.ID)
		}
		seen[c.ID] = true
		if err := sdk.ValidateDenom(c.Denom); err != nil {
			return fmt.Errorf("cosmos network: chain %s: %w", c.ID, err)
		}
	}
	if o.BlockTime <= 0 {
		return fmt.Errorf("cosmos network: block time %s", o.BlockTime)
	}
	return nil
}

// Network is a set of chains that share one virtual clock, so that each
// chain's light clients of the others see consistent header times.
type Network struct {
	Chains []*Chain
	opts   NetworkOptions
	ticks  []chan time.Time

	mu   sync.Mutex
	now  time.Time
	stop chan struct{}
	done chan struct{}
}

// NewNetwork builds every chain and starts the clock.
func NewNetwork(opts NetworkOptions) (*Network, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	n := &Network{opts: opts, now: opts.Genesis, stop: make(chan struct{}), done: make(chan struct{})}
	coins := sdk.NewCoins(sdk.NewCoin(sdk.DefaultBondDenom, opts.Amount))
	for _, c := range opts.Chains {
		coins = coins.Add(sdk.NewCoin(c.Denom, opts.Amount))
	}
	var accs []Account
	for _, a := range opts.Funded {
		accs = append(accs, Account{Address: a, Coins: coins})
	}
	for _, spec := range opts.Chains {
		tick := make(chan time.Time, 1)
		accs := withGrants(accs, spec.ID, opts.Grants)
		c, err := NewChain(ChainOptions{ChainID: spec.ID, Seed: opts.Seed, Accounts: accs, Genesis: opts.Genesis,
			Ticks: tick, Logger: opts.Logger})
		if err != nil {
			n.closeChains()
			return nil, err
		}
		n.Chains = append(n.Chains, c)
		n.ticks = append(n.ticks, tick)
	}
	go n.clock()
	return n, nil
}

// withGrants returns accs plus the grants on chain (adding to an account
// already there).
func withGrants(accs []Account, chain string, grants []Grant) []Account {
	out := append([]Account(nil), accs...)
next:
	for _, g := range grants {
		if g.Chain != chain {
			continue
		}
		for i := range out {
			if out[i].Address.Equals(g.Address) {
				out[i].Coins = out[i].Coins.Add(g.Coins...)
				continue next
			}
		}
		out = append(out, Account{Address: g.Address, Coins: g.Coins})
	}
	return out
}

// Chain returns the chain with id, or nil.
func (n *Network) Chain(id string) *Chain {
	for _, c := range n.Chains {
		if c.ID() == id {
			return c
		}
	}
	return nil
}

// Spec returns the spec of chain id.
func (n *Network) Spec(id string) (ChainSpec, bool) {
	for _, s := range n.opts.Chains {
		if s.ID == id {
			return s, true
		}
	}
	return ChainSpec{}, false
}

func (n *Network) clock() {
	defer close(n.done)
	for {
		select {
		case <-n.stop:
			return
		case _, ok := <-n.opts.Ticker:
			if !ok {
				return
			}
			n.Step()
		}
	}
}

// Step advances the virtual clock by one block time and asks every chain
// for a block. A chain still busy with the previous one skips this one
// (its next block is stamped later; nothing waits on a slow chain).
func (n *Network) Step() time.Time {
	n.mu.Lock()
	n.now = n.now.Add(n.opts.BlockTime)
	now := n.now
	n.mu.Unlock()
	for _, t := range n.ticks {
		select {
		case t <- now:
		default:
		}
	}
	return now
}

// Now is the virtual time.
func (n *Network) Now() time.Time {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.now
}

// Close stops the clock and every chain.
func (n *Network) Close() {
	select {
	case <-n.stop:
		return
	default:
		close(n.stop)
	}
	<-n.done
	n.closeChains()
}

func (n *Network) closeChains() {
	for _, c := range n.Chains {
		c.Close()
	}
}
