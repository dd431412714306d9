package evmnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
)

// ChainSpec names one devnet chain and the test token that is native to it.
type ChainSpec struct {
	Name    string
	ChainID uint64
	// Token is the symbol of the chain's own test token, which the lock/mint
	// bridge carries to the other chains as a wrapped token.
	Token string
}

// Governance is the M-of-N multisig (behind a timelock) that administers
// every proxy.
type Governance struct {
	Signers   []Key
	Threshold uint64
	Delay     time.Duration
}

// LiquidityFees parameterise every LiquidityPool: fee bps = base + slope x
// utilisation.
type LiquidityFees struct {
	BaseBps     uint16
	SlopeBps    uint16
	RefundGrace time.Duration
}

// Options configures a devnet of EVM chains.
type Options struct {
	Chains      []ChainSpec
	BlockPeriod time.Duration
	// AutoMine starts the block timers once everything is deployed. Tests
	// that need to control blocks (reorgs) leave it off and Commit.
	AutoMine bool
	// Attesters of the lock/mint bridge and the liquidity settlement.
	Attesters []Key
	Threshold uint64
	// Operators are relayer operator keys: funded with gas, registered as
	// liquidity relayers, and given pool liquidity.
	Operators []Key
	// Demo are funded wallet accounts (gas, USDC and every chain's token).
	Demo       []Key
	Deployer   Key
	Governance Governance
	Fees       LiquidityFees
	// LiquidityPerOperator is what each operator adds to each pool (USDC
	// base units).
	LiquidityPerOperator *big.Int
	// TargetLiquidity is the pools' zero-utilisation depth (USDC base units).
	TargetLiquidity *big.Int
	// DemoUSDC and DemoToken are minted to every demo account (base units).
	DemoUSDC  *big.Int
	DemoToken *big.Int
	// Funded are further accounts given gas at genesis (the keys of
	// relayers that only settle or refund here).
	Funded []Key
	// Remote are non-EVM chains the pools and gateways accept as peers
	// (Cosmos chains reached over the EVM -> Cosmos liquidity bridge).
	Remote []RemotePeer
	Logger *slog.Logger
}

// RemotePeer is a chain outside the devnet that the pools and gateways
// know by a number and stand-in peer addresses.
type RemotePeer struct {
	ChainID uint64
	Pool    common.Address
	Gateway common.Address
}

func usdc(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000)) }

// DefaultChains are the three chains `strait up` runs.
func DefaultChains() []ChainSpec {
	return []ChainSpec{
		{Name: "devnet-evm-a", ChainID: 31001, Token: "TKA"},
		{Name: "devnet-evm-b", ChainID: 31002, Token: "TKB"},
		{Name: "devnet-evm-c", ChainID: 31003, Token: "TKC"},
	}
}

// EnsureDefaults fills unset fields with the devnet's defaults.
func (o *Options) EnsureDefaults() {
	if len(o.Chains) == 0 {
		o.Chains = DefaultChains()
	}
	if o.BlockPeriod == 0 {
		o.BlockPeriod = time.Second
	}
	if len(o.Attesters) == 0 {
		for i := 0; i < 3; i++ {
			o.Attesters = append(o.Attesters, DevKey(fmt.Sprintf("attester-%d", i)))
		}
	}
	if o.Threshold == 0 {
		// A simple majority: 2 of the default 3.
		o.Threshold = uint64(len(o.Attesters))/2 + 1
	}
	if len(o.Operators) == 0 {
		o.Operators = []Key{DevKey("operator-0")}
	}
	if len(o.Demo) == 0 {
		for i := 0; i < 4; i++ {
			o.Demo = append(o.Demo, DevKey(fmt.Sprintf("demo-%d", i)))
		}
	}
	if o.Deployer.Address == (common.Address{}) {
		o.Deployer = DevKey("deployer")
	}
	if len(o.Governance.Signers) == 0 {
		o.Governance.Signers = []Key{DevKey("signer-0"), DevKey("signer-1"), DevKey("signer-2")}
		o.Governance.Threshold = 2
	}
	if o.Governance.Delay == 0 {
		o.Governance.Delay = time.Hour
	}
	if o.Fees == (LiquidityFees{}) {
		o.Fees = LiquidityFees{BaseBps: 5, SlopeBps: 100, RefundGrace: 2 * time.Minute}
	}
	if o.LiquidityPerOperator == nil {
		o.LiquidityPerOperator = usdc(10_000_000)
	}
	if o.TargetLiquidity == nil {
		o.TargetLiquidity = usdc(10_000_000)
	}
	if o.DemoUSDC == nil {
		o.DemoUSDC = usdc(1_000_000)
	}
	if o.DemoToken == nil {
		o.DemoToken = new(big.Int).Mul(big.NewInt(1_000_000), Ether)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports options that cannot make a devnet.
func (o *Options) Validate() error {
	if len(o.Chains) < 2 {
		return errors.New("evmnet: a devnet needs at least two chains")
	}
	seenName, seenID := map[string]bool{}, map[uint64]bool{}
	for _, c := range o.Chains {
		if c.Name == "" || c.ChainID == 0 || c.Token == "" {
			return fmt.Errorf("evmnet: chain %+v: name, chain id and token are required", c)
		}
		if seenName[c.Name] || seenID[c.ChainID] {
			return fmt.Errorf("evmnet: chain %s (%d) declared twice", c.Name, c.ChainID)
		}
		seenName[c.Name], seenID[c.ChainID] = true, true
	}
	if o.Threshold == 0 || o.Threshold > uint64(len(o.Attesters)) {
		return fmt.Errorf("evmnet: attester threshold %d of %d", o.Threshold, len(o.Attesters))
	}
	if o.Governance.Threshold == 0 || o.Governance.Threshold > uint64(len(o.Governance.Signers)) {
		return fmt.Errorf("evmnet: governance threshold %d of %d", o.Governance.Threshold, len(o.Governance.Signers))
	}
	return nil
}

// Devnet is a set of running chains with Strait's contracts deployed and
// wired to one another.
type Devnet struct {
	Options Options
	// Chains are the in-process chains (empty for Deploy on live chains).
	Chains []*Chain
	// Targets are the chains deployed to, in Options.Chains order.
	Targets     []Target
	Deployments map[string]*Deployment
	// GasUsed by the setup, per chain.
	GasUsed map[string]uint64
}

// Start creates the chains, deploys and wires the contracts, funds the
// accounts and, with AutoMine, starts the block timers.
func Start(ctx context.Context, opts Options) (*Devnet, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	var chains []*Chain
	ok := false
	defer func() {
		if !ok {
			for _, c := range chains {
				c.Close()
			}
		}
	}()
	alloc := GenesisAlloc(opts)
	for _, spec := range opts.Chains {
		c, err := NewChain(ChainOptions{Name: spec.Name, ChainID: spec.ChainID, BlockPeriod: opts.BlockPeriod,
			Alloc: alloc, Logger: opts.Logger})
		if err != nil {
			return nil, err
		}
		chains = append(chains, c)
	}
	targets := make([]Target, len(chains))
	for i, c := range chains {
		targets[i] = c
	}
	d, err := Deploy(ctx, targets, opts)
	if err != nil {
		return nil, err
	}
	d.Chains = chains
	if opts.AutoMine {
		for _, c := range chains {
			c.Start()
		}
	}
	ok = true
	return d, nil
}

// GenesisAlloc is the native balance every devnet account starts with.
func GenesisAlloc(opts Options) map[common.Address]*big.Int {
	opts.EnsureDefaults()
	gas := new(big.Int).Mul(big.NewInt(1_000_000), Ether)
	alloc := map[common.Address]*big.Int{opts.Deployer.Address: gas}
	for _, k := range append(append(append(append([]Key{}, opts.Operators...), opts.Demo...), opts.Governance.Signers...), opts.Funded...) {
		alloc[k.Address] = gas
	}
	return alloc
}

// Deploy deploys and wires Strait's contracts on chains that already run
// (in-process or live nodes) and whose accounts GenesisAlloc funded.
// targets follow opts.Chains in order.
func Deploy(ctx context.Context, targets []Target, opts Options) (*Devnet, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if len(targets) != len(opts.Chains) {
		return nil, fmt.Errorf("evmnet: %d targets for %d chains", len(targets), len(opts.Chains))
	}
	d := &Devnet{Options: opts, Targets: targets, Deployments: map[string]*Deployment{}, GasUsed: map[string]uint64{}}
	attesters := make([]common.Address, len(opts.Attesters))
	for i, a := range opts.Attesters {
		attesters[i] = a.Address
	}
	// Chains are set up side by side: a live node seals on its own clock,
	// so each chain's transactions wait for its blocks in parallel.
	deps := make([]*Sender, len(targets))
	cores := make([]*Deployment, len(targets))
	if err := each(len(targets), func(i int) error {
		c := targets[i]
		dp, err := NewSender(ctx, c, opts.Deployer)
		if err != nil {
			return err
		}
		deps[i] = dp
		dep, err := deployCore(ctx, dp, opts.Governance, attesters, opts.Threshold, opts.Fees)
		if err != nil {
			return err
		}
		spec := opts.Chains[i]
		if dep.Tokens["USDC"], err = deployToken(ctx, dp, "Devnet USD Coin", "USDC", USDCDecimals); err != nil {
			return err
		}
		if dep.Tokens[spec.Token], err = deployToken(ctx, dp, "Devnet token "+spec.Token, spec.Token, TokenDecimals); err != nil {
			return err
		}
		cores[i] = dep
		return nil
	}); err != nil {
		return nil, err
	}
	for i, c := range targets {
		d.Deployments[c.Name()] = cores[i]
	}
	// Wrapped tokens: every chain's token, wrapped on every other chain.
	if err := each(len(targets), func(i int) error {
		dep := cores[i]
		for j, o := range targets {
			if i == j {
				continue
			}
			spec := opts.Chains[j]
			w, err := deployWrapped(ctx, deps[i], "w"+spec.Token, TokenDecimals, dep.LockMint, o.ChainID(), cores[j].Tokens[spec.Token])
			if err != nil {
				return err
			}
			dep.Wrapped[spec.Token+"@"+o.Name()] = w
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := each(len(targets), func(i int) error { return d.wire(ctx, i, deps[i]) }); err != nil {
		return nil, err
	}
	for i := range targets {
		d.GasUsed[targets[i].Name()] = deps[i].GasUsed
	}
	return d, nil
}

// each runs f(0..n-1) concurrently and returns the first error.
func each(n int, f func(i int) error) error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			errs[i] = f(i)
		}(i)
	}
	wg.Wait()
	return errors.Join(errs...)
}

// tokenOn returns the address on chain `on` of the asset that originates as
// `symbol` on chain `origin`.
func (d *Devnet) tokenOn(on, origin, symbol string) common.Address {
	if on == origin {
		return d.Deployments[on].Tokens[symbol]
	}
	return d.Deployments[on].Wrapped[symbol+"@"+origin]
}

func (d *Devnet) wire(ctx context.Context, i int, dp *Sender) error {
	opts := d.Options
	c := d.Targets[i]
	dep := d.Deployments[c.Name()]
	bridge, pool, gw := bindings.NewLockMintBridge(), bindings.NewLiquidityPool(), bindings.NewGateway()
	tok := bindings.NewTestToken()
	for j, o := range d.Targets {
		if i == j {
			continue
		}
		odep := d.Deployments[o.Name()]
		oid := new(big.Int).SetUint64(o.ChainID())
		steps := []struct {
			what string
			to   common.Address
			data []byte
		}{
			{"bridge peer", dep.LockMint, bridge.PackSetPeer(oid, odep.LockMint)},
			{"pool peer", dep.Liquidity, pool.PackSetPeer(oid, odep.Liquidity)},
			{"gateway peer", dep.Gateway, gw.PackSetPeerGateway(oid, odep.Gateway)},
		}
		// Every chain's token may arrive here from chain o: minted as the
		// wrapped token, or released from the vault if it is our own.
		for k, spec := range opts.Chains {
			srcTok := d.tokenOn(o.Name(), d.Targets[k].Name(), spec.Token)
			local := d.tokenOn(c.Name(), d.Targets[k].Name(), spec.Token)
			steps = append(steps, struct {
				what string
				to   common.Address
				data []byte
			}{"incoming " + spec.Token + " from " + o.Name(), dep.LockMint, bridge.PackSetIncoming(oid, srcTok, local, k != i)})
		}
		for _, s := range steps {
			if err := dp.Exec(ctx, s.what, s.to, s.data); err != nil {
				return err
			}
		}
	}
	usdcAddr := dep.Tokens["USDC"]
	own := dep.Tokens[opts.Chains[i].Token]
	calls := []struct {
		what string
		to   common.Address
		data []byte
	}{
		{"trust bridge", dep.Gateway, gw.PackSetTrustedBridge(dep.LockMint, true)},
		{"trust pool", dep.Gateway, gw.PackSetTrustedBridge(dep.Liquidity, true)},
		{"pool target", dep.Liquidity, pool.PackSetTargetLiquidity(usdcAddr, opts.TargetLiquidity)},
	}
	for _, op := range opts.Operators {
		calls = append(calls,
			struct {
				what string
				to   common.Address
				data []byte
			}{"relayer " + op.Name, dep.Liquidity, pool.PackSetRelayer(op.Address, true)},
			struct {
				what string
				to   common.Address
				data []byte
			}{"gateway operator " + op.Name, dep.Gateway, gw.PackSetOperator(op.Address, true)},
			struct {
				what string
				to   common.Address
				data []byte
			}{"mint USDC to " + op.Name, usdcAddr, tok.PackMint(op.Address, opts.LiquidityPerOperator)})
	}
	for _, demo := range opts.Demo {
		calls = append(calls,
			struct {
				what string
				to   common.Address
				data []byte
			}{"mint USDC to " + demo.Name, usdcAddr, tok.PackMint(demo.Address, opts.DemoUSDC)},
			struct {
				what string
				to   common.Address
				data []byte
			}{"mint token to " + demo.Name, own, tok.PackMint(demo.Address, opts.DemoToken)})
	}
	for _, s := range calls {
		if err := dp.Exec(ctx, s.what, s.to, s.data); err != nil {
			return err
		}
	}
	// Operators provide the pool's liquidity from their own keys.
	for _, op := range opts.Operators {
		od, err := NewSender(ctx, c, op)
		if err != nil {
			return err
		}
		if err := od.Exec(ctx, "approve pool", usdcAddr, tok.PackApprove(dep.Liquidity, opts.LiquidityPerOperator)); err != nil {
			return err
		}
		if err := od.Exec(ctx, "add liquidity", dep.Liquidity, pool.PackAddLiquidity(usdcAddr, opts.LiquidityPerOperator)); err != nil {
			return err
		}
		dp.GasUsed += od.GasUsed
	}
	for _, rp := range opts.Remote {
		id := new(big.Int).SetUint64(rp.ChainID)
		if err := dp.Exec(ctx, "remote pool peer", dep.Liquidity, pool.PackSetPeer(id, rp.Pool)); err != nil {
			return err
		}
		if err := dp.Exec(ctx, "remote gateway peer", dep.Gateway, gw.PackSetPeerGateway(id, rp.Gateway)); err != nil {
			return err
		}
	}
	// Hand every proxy's settings to Governance: from here on a change takes
	// M of N signers and the timelock.
	for _, p := range []common.Address{dep.Gateway, dep.LockMint, dep.Liquidity} {
		if err := dp.Exec(ctx, "hand over to governance", p, gw.PackTransferOwnership(dep.Governance)); err != nil {
			return err
		}
	}
	return nil
}

// Chain returns the chain with the routing name, or nil.
func (d *Devnet) Chain(name string) *Chain {
	for _, c := range d.Chains {
		if c.Name() == name {
			return c
		}
	}
	return nil
}

// Close stops every chain.
func (d *Devnet) Close() error {
	var err error
	for _, c := range d.Chains {
		err = errors.Join(err, c.Close())
	}
	d.Chains = nil
	return err
}
