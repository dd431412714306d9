package guardians

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/relayers/wormhole"
)

// RelayOptions tune the guardians and the relayer run for a devnet.
type RelayOptions struct {
	// Running is how many guardians of the current set run (default all);
	// fewer than quorum models guardians that are down.
	Running int
	// FinalityDepth in blocks (default evmnet.FinalityBlocks).
	FinalityDepth uint64
	PollInterval  time.Duration
	QuorumTimeout time.Duration
	// Operator index into the devnet's operators (default 0).
	Operator int
	// Autonomous delivers every VAA the guardians assemble, without a
	// transfer actor driving the hops (the devnet's stand-alone mode).
	Autonomous bool
	Progress   relayers.Progress
	Alarm      func(wormhole.QuorumAlarm)
	Logger     *slog.Logger
}

// Relay is a running guardian set, aggregator and relayer.
type Relay struct {
	Relayer    *wormhole.Relayer
	Aggregator *wormhole.Aggregator
	Guardians  []*wormhole.Guardian
	Gossip     *wormhole.Gossip
	cancel     context.CancelFunc
	wg         sync.WaitGroup
}

// configs builds fresh chain connections (each guardian has its own).
func (n *Network) configs(o RelayOptions) ([]wormhole.ChainConfig, error) {
	var out []wormhole.ChainConfig
	for _, c := range n.EVM.Targets {
		ch, err := evm.NewChain(evm.ChainOptions{
			Name: c.Name(), ChainID: c.ChainID(),
			Endpoints:     []relayers.Endpoint[evm.Client]{{Name: c.Name() + "/in-process", Client: c.Client()}},
			FinalityDepth: o.FinalityDepth, PollInterval: o.PollInterval, Logger: o.Logger,
		})
		if err != nil {
			return nil, err
		}
		out = append(out, wormhole.ChainConfig{Chain: ch, Bridge: n.Bridge[c.Name()], Wormhole: n.WormholeChain[c.Name()]})
	}
	return out, nil
}

// StartRelay starts the current guardian set (watching from the chains'
// current heads), the aggregator and a relayer for one operator.
func (n *Network) StartRelay(ctx context.Context, o RelayOptions) (*Relay, error) {
	if o.Running == 0 {
		o.Running = len(n.Keys)
	}
	if o.FinalityDepth == 0 {
		o.FinalityDepth = evmnet.FinalityBlocks
	}
	if o.PollInterval == 0 {
		o.PollInterval = 50 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = n.Options.Logger
	}
	if o.Running > len(n.Keys) || o.Operator >= len(n.EVM.Options.Operators) {
		return nil, fmt.Errorf("guardians: %d running of %d, operator %d", o.Running, len(n.Keys), o.Operator)
	}
	from := map[vaa.ChainID]uint64{}
	for _, c := range n.EVM.Targets {
		h, err := c.Client().BlockNumber(ctx)
		if err != nil {
			return nil, err
		}
		from[n.WormholeChain[c.Name()]] = h + 1
	}
	rctx, cancel := context.WithCancel(context.Background())
	r := &Relay{Gossip: wormhole.NewGossip(), Aggregator: wormhole.NewAggregator(n.Sets, o.Logger), cancel: cancel}
	in, unsub := r.Gossip.Subscribe(4096)
	r.wg.Add(1)
	go func() {
		defer r.wg.Done()
		defer unsub()
		r.Aggregator.Run(rctx, in)
	}()
	for i := 0; i < o.Running; i++ {
		cfgs, err := n.configs(o)
		if err != nil {
			r.Close()
			return nil, err
		}
		g, err := wormhole.NewGuardian(wormhole.GuardianOptions{
			Key: relayers.NewOperatorKey(n.Keys[i].Name, n.Keys[i].Private()), Index: uint8(i), Chains: cfgs,
			Sets: n.Sets, Gossip: r.Gossip, PollInterval: o.PollInterval, Logger: o.Logger,
		}, from)
		if err != nil {
			r.Close()
			return nil, err
		}
		r.Guardians = append(r.Guardians, g)
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			g.Run(rctx)
		}()
	}
	cfgs, err := n.configs(o)
	if err != nil {
		r.Close()
		return nil, err
	}
	op := n.EVM.Options.Operators[o.Operator]
	r.Relayer, err = wormhole.New(wormhole.Options{
		Chains: cfgs, Operator: relayers.NewOperatorKey(op.Name, op.Private()), Sets: n.Sets, Aggregator: r.Aggregator,
		QuorumTimeout: o.QuorumTimeout, BlockTime: n.EVM.Options.BlockPeriod, Alarm: o.Alarm, Progress: o.Progress, Logger: o.Logger,
	})
	if err != nil {
		r.Close()
		return nil, err
	}
	if o.Autonomous {
		r.wg.Add(1)
		go func() {
			defer r.wg.Done()
			r.Relayer.RunAutonomous(rctx)
		}()
	}
	return r, nil
}

// Close stops the guardians and the aggregator.
func (r *Relay) Close() {
	r.cancel()
	r.wg.Wait()
}

// SendArgs is a transfer started directly on a StraitWormhole contract.
type SendArgs struct {
	TransferID [32]byte
	Token      string // asset symbol
	Origin     string // chain where the token is native
	Amount     *big.Int
	From, To   string // chain names
	Recipient  vaa.Address
	RouteHash  [32]byte
	NextHop    uint8
	Remaining  []byte
}

// Send approves and sends from `who` (a funded devnet key) and returns
// the source transaction hash.
func (n *Network) Send(ctx context.Context, who evmnet.Key, a SendArgs) (string, error) {
	c := n.EVM.Chain(a.From)
	dst := n.EVM.Chain(a.To)
	if c == nil || dst == nil {
		return "", fmt.Errorf("guardians: unknown chain %q or %q", a.From, a.To)
	}
	s, err := evmnet.NewSender(ctx, c, who)
	if err != nil {
		return "", err
	}
	tok := n.TokenOn(a.From, a.Origin, a.Token)
	br := n.Bridge[a.From]
	if err := s.Exec(ctx, "approve", tok, tokenABI.PackApprove(br, a.Amount)); err != nil {
		return "", err
	}
	r, err := s.Send(ctx, "wormhole send", &br, abiW.PackSend(a.TransferID, tok, a.Amount, new(big.Int).SetUint64(dst.ChainID()),
		a.Recipient, a.RouteHash, a.NextHop, a.Remaining))
	if err != nil {
		return "", err
	}
	return r.TxHash.Hex(), nil
}
