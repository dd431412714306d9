package wormhole

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// ChainConfig is one chain the guardian bridge serves.
type ChainConfig struct {
	// Chain is a relayer connection (RPC pool, nonce managers, finality
	// depth); only its client side is used here.
	Chain *evm.Chain
	// Bridge is the StraitWormhole contract on the chain.
	Bridge common.Address
	// Wormhole is the chain's Wormhole chain id.
	Wormhole vaa.ChainID
}

// Observation is one guardian's signature over a message's VAA body: what
// it gossips.
type Observation struct {
	Body     *vaa.VAA // unsigned
	Digest   common.Hash
	Guardian uint8
	Sig      vaa.SignatureData
}

// Sign makes a guardian's observation of a body with the SDK's signing
// helper (a secp256k1 signature of SigningDigest).
func Sign(key relayers.OperatorKey, index uint8, body *vaa.VAA) Observation {
	b := *body
	b.Signatures = nil
	b.AddSignature(key.Private(), index)
	sig := b.Signatures[0].Signature
	b.Signatures = nil
	return Observation{Body: &b, Digest: b.SigningDigest(), Guardian: index, Sig: sig}
}

// Gossip is the guardians' in-process broadcast: every subscriber sees
// every observation. (Wormhole gossips over libp2p; the devnet runs its
// guardians in one process.)
type Gossip struct {
	mu   sync.Mutex
	subs map[int]chan Observation
	next int
}

// NewGossip returns an empty gossip network.
func NewGossip() *Gossip { return &Gossip{subs: map[int]chan Observation{}} }

// Subscribe returns a channel of every observation published from now on,
// and a cancel function.
func (g *Gossip) Subscribe(buffer int) (<-chan Observation, func()) {
	g.mu.Lock()
	defer g.mu.Unlock()
	id := g.next
	g.next++
	ch := make(chan Observation, buffer)
	g.subs[id] = ch
	return ch, func() {
		g.mu.Lock()
		defer g.mu.Unlock()
		if c, ok := g.subs[id]; ok {
			delete(g.subs, id)
			close(c)
		}
	}
}

// Publish delivers an observation to every subscriber; it waits for slow
// subscribers (an observation is never dropped) unless ctx ends.
func (g *Gossip) Publish(ctx context.Context, o Observation) {
	g.mu.Lock()
	subs := make([]chan Observation, 0, len(g.subs))
	for _, c := range g.subs {
		subs = append(subs, c)
	}
	g.mu.Unlock()
	for _, c := range subs {
		func() {
			defer func() { _ = recover() }() // a subscriber cancelled meanwhile
			select {
			case c <- o:
			case <-ctx.Done():
			}
		}()
	}
}

// GuardianOptions configure one guardian.
type GuardianOptions struct {
	Key   relayers.OperatorKey
	Index uint8
	// Chains the guardian watches, through its own connections.
	Chains []ChainConfig
	// Sets tells the guardian which set index to sign under (the current).
	Sets   *Sets
	Gossip *Gossip
	// PollInterval between scans of new final blocks (default 200ms).
	PollInterval time.Duration
	Logger       *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *GuardianOptions) EnsureDefaults() {
	if o.PollInterval == 0 {
		o.PollInterval = 200 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *GuardianOptions) Validate() error {
	if o.Key.Private() == nil || len(o.Chains) == 0 || o.Sets == nil || o.Gossip == nil {
		return fmt.Errorf("guardian %d: key, chains, sets and gossip are required", o.Index)
	}
	return nil
}

// Guardian watches the bridges' message publications in final blocks and
// gossips its signature over each one's VAA body. It signs only what it
// read itself from a final, canonical block.
type Guardian struct {
	opts GuardianOptions
	next map[vaa.ChainID]uint64
}

// NewGuardian builds a guardian that starts watching at each chain's
// block `from` (per Wormhole chain id; 0 for the genesis).
func NewGuardian(opts GuardianOptions, from map[vaa.ChainID]uint64) (*Guardian, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	g := &Guardian{opts: opts, next: map[vaa.ChainID]uint64{}}
	for _, c := range opts.Chains {
		g.next[c.Wormhole] = from[c.Wormhole]
	}
	return g, nil
}

// Address is the guardian's key.
func (g *Guardian) Address() common.Address { return g.opts.Key.Address() }

// Run scans and signs until ctx ends.
func (g *Guardian) Run(ctx context.Context) {
	t := time.NewTicker(g.opts.PollInterval)
	defer t.Stop()
	for {
		for _, c := range g.opts.Chains {
			if err := g.scan(ctx, c); err != nil && ctx.Err() == nil {
				g.opts.Logger.Warn("guardian scan", "guardian", g.opts.Index, "chain", c.Chain.Name(), "err", err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

// scan signs the message publications in the final blocks not yet seen.
func (g *Guardian) scan(ctx context.Context, c ChainConfig) error {
	ch := c.Chain
	var head uint64
	if err := ch.Pool().Do(ctx, "block number", func(ctx context.Context, cl evm.Client) (err error) {
		head, err = cl.BlockNumber(ctx)
		return err
	}); err != nil {
		return err
	}
	depth := ch.Options().FinalityDepth
	if head < depth {
		return nil
	}
	final := head - depth
	from := g.next[c.Wormhole]
	if final < from {
		return nil
	}
	if final-from > 1000 {
		final = from + 1000
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(final),
		Addresses: []common.Address{c.Bridge}, Topics: [][]common.Hash{{messageTopic}}}
	var logs []types.Log
	if err := ch.Pool().Do(ctx, "filter logs", func(ctx context.Context, cl evm.Client) (err error) {
		logs, err = cl.FilterLogs(ctx, q)
		return err
	}); err != nil {
		return fmt.Errorf("scan %s %d-%d: %w", ch.Name(), from, final, err)
	}
	times := map[uint64]time.Time{}
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		bt, ok := times[l.BlockNumber]
		if !ok {
			var h *types.Header
			if err := ch.Pool().Do(ctx, "header", func(ctx context.Context, cl evm.Client) (err error) {
				h, err = cl.HeaderByNumber(ctx, new(big.Int).SetUint64(l.BlockNumber))
				return err
			}); err != nil {
				return err
			}
			if h.Hash() != l.BlockHash {
				// Not canonical after all: rescan from here next time.
				return fmt.Errorf("block %d on %s changed under the scan", l.BlockNumber, ch.Name())
			}
			bt = time.Unix(int64(h.Time), 0)
			times[l.BlockNumber] = bt
		}
		m, err := ParseMessage(c.Wormhole, c.Bridge, l, bt)
		if err != nil {
			g.opts.Logger.Warn("guardian skips a log", "guardian", g.opts.Index, "chain", ch.Name(), "tx", l.TxHash, "err", err)
			continue
		}
		obs := Sign(g.opts.Key, g.opts.Index, m.Body(g.opts.Sets.Current().Index))
		g.opts.Gossip.Publish(ctx, obs)
	}
	g.next[c.Wormhole] = final + 1
	return nil
}

// Aggregator collects gossiped observations and assembles a VAA once the
// current guardian set's quorum has signed the same body. It checks every
// signature before counting it, and counts each guardian once.
type Aggregator struct {
	sets *Sets
	log  *slog.Logger

	mu      sync.Mutex
	pending map[common.Hash]*pendingVAA
	done    map[string][]byte // message id -> VAA
	waiters map[string][]chan []byte
	sinks   []chan []byte
	// Rejected counts observations refused (bad signature, unknown set).
	Rejected int
}

type pendingVAA struct {
	body *vaa.VAA
	sigs map[uint8]vaa.SignatureData
}

// NewAggregator returns an aggregator for a guardian set registry.
func NewAggregator(sets *Sets, log *slog.Logger) *Aggregator {
	if log == nil {
		log = slog.Default()
	}
	return &Aggregator{sets: sets, log: log, pending: map[common.Hash]*pendingVAA{}, done: map[string][]byte{},
		waiters: map[string][]chan []byte{}}
}

// Run consumes observations until the channel closes or ctx ends.
func (a *Aggregator) Run(ctx context.Context, in <-chan Observation) {
	for {
		select {
		case <-ctx.Done():
			return
		case o, ok := <-in:
			if !ok {
				return
			}
			a.Add(o)
		}
	}
}

// Add counts one observation; it returns the assembled VAA when this one
// completed the quorum.
func (a *Aggregator) Add(o Observation) []byte {
	set := a.sets.Get(o.Body.GuardianSetIndex)
	if set == nil || int(o.Guardian) >= len(set.Keys) || o.Body.SigningDigest() != o.Digest {
		a.reject(o, "unknown set, guardian index or digest")
		return nil
	}
	if got, err := ecrecover(o.Digest[:], o.Sig[:]); err != nil || got != set.Keys[o.Guardian] {
		a.reject(o, "signature does not recover to the guardian")
		return nil
	}
	id := o.Body.MessageID()
	a.mu.Lock()
	defer a.mu.Unlock()
	if _, ok := a.done[id]; ok {
		return nil
	}
	// Pending entries are keyed by digest and set: guardians signing under
	// different sets (during a rotation) do not mix.
	key := crypto.Keccak256Hash(o.Digest[:], []byte{byte(set.Index >> 24), byte(set.Index >> 16), byte(set.Index >> 8), byte(set.Index)})
	p := a.pending[key]
	if p == nil {
		p = &pendingVAA{body: o.Body, sigs: map[uint8]vaa.SignatureData{}}
		a.pending[key] = p
	}
	p.sigs[o.Guardian] = o.Sig
	if len(p.sigs) < set.Quorum() {
		return nil
	}
	v := *p.body
	v.Signatures = nil
	for i := 0; i < len(set.Keys); i++ {
		if s, ok := p.sigs[uint8(i)]; ok {
			v.Signatures = append(v.Signatures, &vaa.Signature{Index: uint8(i), Signature: s})
		}
	}
	raw, err := v.Marshal()
	if err != nil {
		a.log.Error("marshal VAA", "id", id, "err", err)
		return nil
	}
	delete(a.pending, key)
	a.done[id] = raw
	for _, w := range a.waiters[id] {
		w <- raw
	}
	delete(a.waiters, id)
	for _, s := range a.sinks {
		select {
		case s <- raw:
		default:
			a.log.Error("VAA sink full: the autonomous deliverer is behind; the VAA stays available to Wait", "id", id)
		}
	}
	return raw
}

// Completed returns a channel that receives every VAA assembled from now
// on (for an autonomous deliverer). It is never closed.
func (a *Aggregator) Completed(buffer int) <-chan []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	ch := make(chan []byte, buffer)
	a.sinks = append(a.sinks, ch)
	return ch
}

func (a *Aggregator) reject(o Observation, why string) {
	a.mu.Lock()
	a.Rejected++
	a.mu.Unlock()
	a.log.Warn("observation refused", "guardian", o.Guardian, "id", o.Body.MessageID(), "why", why)
}

// Signatures returns how many distinct guardians have signed the message
// so far (for a missing-quorum report).
func (a *Aggregator) Signatures(id string) int {
	a.mu.Lock()
	defer a.mu.Unlock()
	if raw, ok := a.done[id]; ok {
		return int(raw[5])
	}
	n := 0
	for _, p := range a.pending {
		if p.body.MessageID() == id && len(p.sigs) > n {
			n = len(p.sigs)
		}
	}
	return n
}

// Wait returns the VAA for a message id once assembled, or ctx's error.
func (a *Aggregator) Wait(ctx context.Context, id string) ([]byte, error) {
	a.mu.Lock()
	if raw, ok := a.done[id]; ok {
		a.mu.Unlock()
		return raw, nil
	}
	ch := make(chan []byte, 1)
	a.waiters[id] = append(a.waiters[id], ch)
	a.mu.Unlock()
	select {
	case raw := <-ch:
		return raw, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
