package evm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/straitnet/strait/relayers"
)

// Client is what the relayers need from an EVM JSON-RPC endpoint. Both
// *ethclient.Client and the simulated backend's client satisfy it.
type Client interface {
	ChainID(ctx context.Context) (*big.Int, error)
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error)
	EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, block *big.Int) (uint64, error)
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// IsEndpointFailure tells an endpoint's fault from the chain's answer: a
// JSON-RPC error object (a revert, "nonce too low") or "not found" is an
// answer and must not trip the breaker or fail over.
func IsEndpointFailure(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, ethereum.NotFound) {
		return false
	}
	var re rpc.Error
	if errors.As(err, &re) {
		return false
	}
	var de rpc.DataError
	return !errors.As(err, &de)
}

// ChainOptions describe one chain to the relayers.
type ChainOptions struct {
	Name    string
	ChainID uint64
	// Endpoints in preference order.
	Endpoints []relayers.Endpoint[Client]
	LockMint  common.Address
	Liquidity common.Address
	// PoolToken is the token the liquidity relayer fills with here.
	PoolToken common.Address
	// FinalityDepth: blocks on top of an event's block before it is final.
	// Default 2.
	FinalityDepth uint64
	// PollInterval for heads and receipts. Default 100ms.
	PollInterval time.Duration
	// WaitTimeout bounds every wait (finality, receipt). Default 2 min.
	WaitTimeout time.Duration
	// Lookback bounds the blocks searched for an earlier delivery's
	// transaction. Default 100,000.
	Lookback uint64
	Pool     relayers.PoolOptions
	Retry    relayers.RetryOptions
	// Now is the clock (head caching). Default time.Now.
	Now    func() time.Time
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *ChainOptions) EnsureDefaults() {
	if o.FinalityDepth == 0 {
		o.FinalityDepth = 2
	}
	if o.PollInterval == 0 {
		o.PollInterval = 100 * time.Millisecond
	}
	if o.WaitTimeout == 0 {
		o.WaitTimeout = 2 * time.Minute
	}
	if o.Lookback == 0 {
		o.Lookback = 100_000
	}
	if o.Pool.IsEndpointFailure == nil {
		o.Pool.IsEndpointFailure = IsEndpointFailure
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	o.Retry.EnsureDefaults()
}

// Validate reports unusable options.
func (o *ChainOptions) Validate() error {
	if o.Name == "" || o.ChainID == 0 || len(o.Endpoints) == 0 {
		return fmt.Errorf("evm relayer: chain %q: name, chain id and endpoints are required", o.Name)
	}
	return o.Retry.Validate()
}

// Chain is the relayers' connection to one EVM chain: an RPC pool and one
// nonce manager per operator key.
type Chain struct {
	opts ChainOptions
	pool *relayers.Pool[Client]

	mu        sync.Mutex
	nonces    map[common.Address]*relayers.NonceManager
	headN     uint64
	headAt    time.Time
	headErr   error
	headFetch chan struct{}
	headGen   uint64
	canon     map[uint64]common.Hash
}

// NewChain connects to a chain.
func NewChain(opts ChainOptions) (*Chain, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	pool, err := relayers.NewPool(opts.Pool, opts.Endpoints...)
	if err != nil {
		return nil, fmt.Errorf("chain %s: %w", opts.Name, err)
	}
	return &Chain{opts: opts, pool: pool, nonces: map[common.Address]*relayers.NonceManager{}}, nil
}

// Name is the routing chain id.
func (c *Chain) Name() string { return c.opts.Name }

// Options returns the chain's options.
func (c *Chain) Options() ChainOptions { return c.opts }

// Pool is the chain's RPC pool.
func (c *Chain) Pool() *relayers.Pool[Client] { return c.pool }

func (c *Chain) nonceManager(addr common.Address) *relayers.NonceManager {
	c.mu.Lock()
	defer c.mu.Unlock()
	m := c.nonces[addr]
	if m == nil {
		m = relayers.NewNonceManager(func(ctx context.Context) (n uint64, err error) {
			err = c.pool.Do(ctx, "pending nonce", func(ctx context.Context, cl Client) error {
				n, err = cl.PendingNonceAt(ctx, addr)
				return err
			})
			return n, err
		})
		c.nonces[addr] = m
	}
	return m
}

// head returns the latest block number. Many hops wait on one chain at
// once; they share one answer for half a poll interval, and one request in
// flight, instead of each asking the node.
func (c *Chain) head(ctx context.Context) (uint64, error) {
	c.mu.Lock()
	now := c.opts.Now()
	if !c.headAt.IsZero() && now.Sub(c.headAt) < c.opts.PollInterval/2 {
		n := c.headN
		c.mu.Unlock()
		return n, nil
	}
	if wait := c.headFetch; wait != nil {
		c.mu.Unlock()
		select {
		case <-wait:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
		c.mu.Lock()
		n, err := c.headN, c.headErr
		c.mu.Unlock()
		return n, err
	}
	done := make(chan struct{})
	c.headFetch = done
	c.mu.Unlock()
	var n uint64
	err := c.pool.Do(ctx, "block number", func(ctx context.Context, cl Client) (err error) {
		n, err = cl.BlockNumber(ctx)
		return err
	})
	c.mu.Lock()
	c.headErr = err
	if err == nil {
		if n != c.headN {
			// A new head: canonical hashes read at the old one may be stale.
			c.canon = map[uint64]common.Hash{}
			c.headGen++
		}
		c.headN, c.headAt = n, c.opts.Now()
	}
	c.headFetch = nil
	c.mu.Unlock()
	close(done)
	return n, err
}

// receipt returns a receipt, or (nil, nil) if the node has none.
func (c *Chain) receipt(ctx context.Context, h common.Hash) (r *types.Receipt, err error) {
	err = c.pool.Do(ctx, "receipt", func(ctx context.Context, cl Client) error {
		r, err = cl.TransactionReceipt(ctx, h)
		return err
	})
	if errors.Is(err, ethereum.NotFound) {
		return nil, nil
	}
	return r, err
}

// canonicalHash returns the hash of the canonical block at n, shared
// between callers until the head moves.
func (c *Chain) canonicalHash(ctx context.Context, n uint64) (h common.Hash, err error) {
	c.mu.Lock()
	if v, ok := c.canon[n]; ok {
		c.mu.Unlock()
		return v, nil
	}
	gen := c.headGen
	c.mu.Unlock()
	err = c.pool.Do(ctx, "header", func(ctx context.Context, cl Client) error {
		hd, err := cl.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return err
		}
		h = hd.Hash()
		return nil
	})
	if err == nil {
		c.mu.Lock()
		// Keep it only if no new head was seen while asking: an answer
		// from before a reorg must not outlive it.
		if gen == c.headGen {
			if c.canon == nil {
				c.canon = map[uint64]common.Hash{}
			}
			c.canon[n] = h
		}
		c.mu.Unlock()
	}
	return h, err
}

// Call runs a read-only call at the latest block.
func (c *Chain) Call(ctx context.Context, to common.Address, data []byte) (out []byte, err error) {
	err = c.pool.Do(ctx, "call", func(ctx context.Context, cl Client) error {
		out, err = cl.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		return err
	})
	return out, err
}

// CallAt runs a read-only call at block n.
func (c *Chain) CallAt(ctx context.Context, to common.Address, data []byte, n uint64) (out []byte, err error) {
	err = c.pool.Do(ctx, "call", func(ctx context.Context, cl Client) error {
		out, err = cl.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, new(big.Int).SetUint64(n))
		return err
	})
	return out, err
}

// Balance reads a native balance.
func (c *Chain) Balance(ctx context.Context, a common.Address) (b *big.Int, err error) {
	err = c.pool.Do(ctx, "balance", func(ctx context.Context, cl Client) error {
		b, err = cl.BalanceAt(ctx, a, nil)
		return err
	})
	return b, err
}

// attestWait bounds how long an attester waits for a block it was asked
// about to become final in its own view: ten polls, at least a second.
func (c *Chain) attestWait() time.Duration {
	return max(10*c.opts.PollInterval, time.Second)
}

func (c *Chain) sleep(ctx context.Context) error {
	t := time.NewTimer(c.opts.PollInterval)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// Revert is a transaction that the chain refuses: its custom error data.
type Revert struct {
	Data []byte
}

func (r *Revert) Error() string { return fmt.Sprintf("reverted with %s", hexutil.Encode(r.Data)) }

// revertOf extracts a revert from a call or estimate error.
func revertOf(err error) *Revert {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return &Revert{}
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return &Revert{}
	}
	return &Revert{Data: b}
}

// Sent is a transaction that reached a node.
type Sent struct {
	Tx *types.Transaction
}

// Send estimates gas (never a fixed limit), signs with the operator key
// using a leased nonce, and sends it. A revert at estimation is returned as
// a permanent *Revert; a send that fails before reaching a node releases
// the nonce for reuse.
func (c *Chain) Send(ctx context.Context, key relayers.OperatorKey, to common.Address, data []byte) (*types.Transaction, error) {
	msg := ethereum.CallMsg{From: key.Address(), To: &to, Data: data}
	var gas uint64
	var tip *big.Int
	var head *types.Header
	err := c.pool.Do(ctx, "estimate", func(ctx context.Context, cl Client) (err error) {
		if gas, err = cl.EstimateGas(ctx, msg); err != nil {
			return err
		}
		if tip, err = cl.SuggestGasTipCap(ctx); err != nil {
			return err
		}
		head, err = cl.HeaderByNumber(ctx, nil)
		return err
	})
	if err != nil {
		if rv := revertOf(err); rv != nil {
			return nil, relayers.Permanent(rv)
		}
		return nil, fmt.Errorf("estimate on %s: %w", c.opts.Name, err)
	}
	if head.BaseFee == nil {
		return nil, relayers.Permanent(fmt.Errorf("chain %s has no base fee (pre-London): not supported", c.opts.Name))
	}
	lease, err := c.nonceManager(key.Address()).Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("nonce on %s: %w", c.opts.Name, err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: new(big.Int).SetUint64(c.opts.ChainID), Nonce: lease.Nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: gas + gas/4, To: &to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), key.Private())
	if err != nil {
		lease.Release()
		return nil, fmt.Errorf("sign on %s with %v: %w", c.opts.Name, key, err)
	}
	err = c.pool.Do(ctx, "send", func(ctx context.Context, cl Client) error { return cl.SendTransaction(ctx, signed) })
	switch {
	case err == nil, isAlreadyKnown(err):
		lease.Commit()
		return signed, nil
	case isNonceTooLow(err):
		// Someone else used this nonce (another process with the key):
		// drop it, and take the chain's nonce once nothing is in flight.
		lease.Commit()
		_, _ = c.nonceManager(key.Address()).Resync(ctx)
		return nil, fmt.Errorf("send on %s: %w", c.opts.Name, err)
	default:
		lease.Release()
		return nil, fmt.Errorf("send on %s: %w", c.opts.Name, err)
	}
}

func isAlreadyKnown(err error) bool {
	return err != nil && (strings.Contains(err.Error(), "already known") || strings.Contains(err.Error(), "known transaction"))
}

func isNonceTooLow(err error) bool {
	return err != nil && strings.Contains(err.Error(), "nonce too low")
}

// nextHead returns the head once it differs from `last` (polling the
// shared, cached head). Receipts and canonical hashes change only with the
// head, so the waits below ask the node again only then: with hundreds of
// hops waiting, this is the difference between one request per hop per
// block and ten.
func (c *Chain) nextHead(ctx context.Context, last uint64, first bool) (uint64, error) {
	for {
		h, err := c.head(ctx)
		if err == nil && (first || h != last) {
			return h, nil
		}
		if err := c.sleep(ctx); err != nil {
			return 0, err
		}
	}
}

// WaitReceipt waits for a transaction's receipt, bounded by WaitTimeout.
func (c *Chain) WaitReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.WaitTimeout)
	defer cancel()
	var head uint64
	for first := true; ; first = false {
		var err error
		if head, err = c.nextHead(ctx, head, first); err != nil {
			return nil, errorf(CodeTimeout, err, "no receipt for %s on %s", h, c.opts.Name)
		}
		r, err := c.receipt(ctx, h)
		if err != nil && ctx.Err() == nil {
			c.opts.Logger.Debug("receipt poll", "chain", c.opts.Name, "tx", h, "err", err)
		}
		if r != nil {
			return r, nil
		}
	}
}

// WaitFinal waits until the event in block (n, hash) is FinalityDepth deep
// on the canonical chain. If the block leaves the canonical chain first, it
// returns a CodeSourceReorged error: the caller must look the transaction up
// again (it may have been re-included elsewhere) and never deliver the old
// observation.
func (c *Chain) WaitFinal(ctx context.Context, n uint64, hash common.Hash) error {
	ctx, cancel := context.WithTimeout(ctx, c.opts.WaitTimeout)
	defer cancel()
	var head uint64
	for first := true; ; first = false {
		var err error
		if head, err = c.nextHead(ctx, head, first); err != nil {
			return errorf(CodeTimeout, err, "block %d on %s not final", n, c.opts.Name)
		}
		canon, err := c.canonicalHash(ctx, n)
		if err != nil {
			continue
		}
		if canon != hash {
			return errorf(CodeSourceReorged, nil, "block %d on %s is now %s, not %s", n, c.opts.Name, canon, hash)
		}
		if head >= n+c.opts.FinalityDepth {
			return nil
		}
	}
}
