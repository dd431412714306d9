package cosmos

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
)

// DefaultChains are the three Cosmos chains `strait up` runs.
func DefaultChains() []ChainSpec {
	return []ChainSpec{
		{ID: "devnet-cosmos-a", Denom: "uatoma"},
		{ID: "devnet-cosmos-b", Denom: "uatomb"},
		{ID: "devnet-cosmos-c", Denom: "uatomc"},
	}
}

// DevKey is a deterministic devnet key (never use one outside a devnet).
func DevKey(name string) ibc.Key { return ibc.KeyFromSeed(name, "strait devnet cosmos "+name) }

// BridgedToken is a bank denom that enters the devnet over a bridge.
type BridgedToken struct {
	Chain string
	Denom string
	// Holders get Amount of it at genesis (the bridge relayers' float).
	Holders []sdk.AccAddress
	Amount  sdkmath.Int
}

// DevnetOptions configure the Cosmos devnet.
type DevnetOptions struct {
	Chains []ChainSpec
	// BlockTime is both the virtual time per block and, once the paths
	// are open, the wall-clock pace of blocks. Default 1s.
	BlockTime time.Duration
	// SetupTick paces blocks while the paths are being opened (so that
	// `strait up` starts in seconds). Default 5ms.
	SetupTick time.Duration
	// Relayer signs the relayer's transactions on every chain.
	Relayer ibc.Key
	// Forwarder is the forwarding account on every chain (multi-hop
	// routes forward on the intermediate chain through it).
	Forwarder ibc.Key
	// Demo are funded wallet keys.
	Demo []ibc.Key
	// Bridged are tokens that come from outside Cosmos (USDC over Strait's
	// EVM -> Cosmos liquidity bridge): native bank denoms of one chain,
	// granted at genesis to the accounts that pay them out.
	Bridged []BridgedToken
	// ClearEvery is the clearing sweep interval per path (0: no sweeps).
	// Default 10s.
	ClearEvery time.Duration
	Progress   relayers.Progress
	Logger     *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *DevnetOptions) EnsureDefaults() {
	if len(o.Chains) == 0 {
		o.Chains = DefaultChains()
	}
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.SetupTick == 0 {
		o.SetupTick = 5 * time.Millisecond
	}
	if o.Relayer.Private() == nil {
		o.Relayer = DevKey("relayer-0")
	}
	if o.Forwarder.Private() == nil {
		o.Forwarder = DevKey("forwarder-0")
	}
	if len(o.Demo) == 0 {
		o.Demo = []ibc.Key{DevKey("demo-0"), DevKey("demo-1")}
	}
	if o.ClearEvery == 0 {
		o.ClearEvery = 10 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *DevnetOptions) Validate() error {
	if len(o.Chains) < 2 {
		return errors.New("cosmos devnet: fewer than two chains")
	}
	for _, b := range o.Bridged {
		found := false
		for _, c := range o.Chains {
			found = found || c.ID == b.Chain
		}
		if !found || sdk.ValidateDenom(b.Denom) != nil || b.Amount.IsNil() || !b.Amount.IsPositive() {
			return fmt.Errorf("cosmos devnet: bridged token %q on %q: unknown chain, bad denom or no amount", b.Denom, b.Chain)
		}
	}
	if o.BlockTime <= 0 || o.SetupTick <= 0 || o.ClearEvery < 0 {
		return fmt.Errorf("cosmos devnet: block time %s, setup tick %s, clearing %s", o.BlockTime, o.SetupTick, o.ClearEvery)
	}
	return nil
}

// Devnet is a set of in-process Cosmos chains with an open ICS-20 channel
// between every pair, a relayer over all of them and a clearing loop per
// path.
type Devnet struct {
	Options DevnetOptions
	Net     *Network
	// Paths are the open channels, one per pair of chains.
	Paths   []*ibc.Path
	Relayer *ibc.Relayer
	// Senders are the relayer's senders per chain id (shared by paths so
	// that one key has one sequence per chain).
	Senders map[string]*ibc.Sender

	pace   chan time.Time
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// StartDevnet builds the chains, opens the paths (blocks run fast while it
// does) and then paces blocks at BlockTime.
func StartDevnet(ctx context.Context, opts DevnetOptions) (*Devnet, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	d := &Devnet{Options: opts, Senders: map[string]*ibc.Sender{}, pace: make(chan time.Time)}
	funded := []sdk.AccAddress{opts.Relayer.Address(), opts.Forwarder.Address()}
	for _, k := range opts.Demo {
		funded = append(funded, k.Address())
	}
	var grants []Grant
	for _, b := range opts.Bridged {
		for _, h := range b.Holders {
			grants = append(grants, Grant{Chain: b.Chain, Address: h, Coins: sdk.NewCoins(sdk.NewCoin(b.Denom, b.Amount))})
		}
	}
	net, err := NewNetwork(NetworkOptions{Chains: opts.Chains, Funded: funded, Grants: grants, BlockTime: opts.BlockTime, Ticker: d.pace,
		Seed: "strait devnet", Logger: opts.Logger})
	if err != nil {
		return nil, err
	}
	d.Net = net
	runCtx, cancel := context.WithCancel(context.Background())
	d.cancel = cancel
	fast := time.Duration(opts.SetupTick)
	period := make(chan time.Duration, 1)
	period <- fast
	d.wg.Add(1)
	go d.drive(runCtx, period)
	fail := func(err error) (*Devnet, error) {
		d.Close()
		return nil, err
	}
	for _, c := range net.Chains {
		s, err := ibc.NewSender(c, opts.Relayer, ibc.SenderOptions{})
		if err != nil {
			return fail(err)
		}
		d.Senders[c.ID()] = s
	}
	// Open every pair's path at once: the chains are independent actors
	// and each chain's sender serialises its own sequence.
	type res struct {
		i, j int
		spec ibc.PathSpec
		err  error
	}
	var pairs [][2]int
	for i := range net.Chains {
		for j := i + 1; j < len(net.Chains); j++ {
			pairs = append(pairs, [2]int{i, j})
		}
	}
	results := make(chan res, len(pairs))
	for _, pr := range pairs {
		go func(i, j int) {
			a, b := net.Chains[i], net.Chains[j]
			spec, err := ibc.Link(ctx, d.Senders[a.ID()], d.Senders[b.ID()], ibc.LinkOptions{Poll: opts.SetupTick})
			results <- res{i, j, spec, err}
		}(pr[0], pr[1])
	}
	specs := map[[2]int]ibc.PathSpec{}
	for range pairs {
		r := <-results
		if r.err != nil {
			return fail(r.err)
		}
		specs[[2]int{r.i, r.j}] = r.spec
	}
	for _, pr := range pairs {
		spec := specs[pr]
		a, b := net.Chains[pr[0]], net.Chains[pr[1]]
		p, err := ibc.NewPath(spec, ibc.Side{Chain: a, Sender: d.Senders[a.ID()]}, ibc.Side{Chain: b, Sender: d.Senders[b.ID()]},
			ibc.PathOptions{Poll: 20 * time.Millisecond, Logger: opts.Logger})
		if err != nil {
			return fail(err)
		}
		d.Paths = append(d.Paths, p)
		opts.Logger.Info("ibc path open", "a", spec.A.ChainID, "a_channel", spec.A.ChannelID, "b", spec.B.ChainID, "b_channel", spec.B.ChannelID)
	}
	fws := map[string]*ibc.Sender{}
	for _, c := range net.Chains {
		s, err := ibc.NewSender(c, opts.Forwarder, ibc.SenderOptions{})
		if err != nil {
			return fail(err)
		}
		fws[c.ID()] = s
	}
	rl, err := ibc.NewRelayer(ibc.RelayerOptions{Paths: d.Paths, BlockTime: opts.BlockTime, Forwarders: fws, Progress: opts.Progress, Logger: opts.Logger})
	if err != nil {
		return fail(err)
	}
	d.Relayer = rl
	// From now on blocks come at the devnet's pace.
	period <- opts.BlockTime
	if opts.ClearEvery > 0 {
		for _, p := range d.Paths {
			d.wg.Add(1)
			go func(p *ibc.Path) {
				defer d.wg.Done()
				t := time.NewTicker(opts.ClearEvery)
				defer t.Stop()
				p.RunClearing(runCtx, t.C)
			}(p)
		}
	}
	return d, nil
}

// drive feeds the network's clock: one tick per period, the period
// changing when a new one arrives.
func (d *Devnet) drive(ctx context.Context, period <-chan time.Duration) {
	defer d.wg.Done()
	t := time.NewTicker(<-period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case p := <-period:
			t.Reset(p)
		case now := <-t.C:
			select {
			case d.pace <- now:
			case <-ctx.Done():
				return
			}
		}
	}
}

// Path returns the path between chains a and b.
func (d *Devnet) Path(a, b string) *ibc.Path {
	for _, p := range d.Paths {
		if (p.Spec.A.ChainID == a && p.Spec.B.ChainID == b) || (p.Spec.A.ChainID == b && p.Spec.B.ChainID == a) {
			return p
		}
	}
	return nil
}

// Close stops the clearing loops, the clock and the chains.
func (d *Devnet) Close() {
	if d.cancel != nil {
		d.cancel()
	}
	d.wg.Wait()
	if d.Net != nil {
		d.Net.Close()
	}
}
