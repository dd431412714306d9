// Package evmnet runs in-process EVM chains for the devnet and for tests:
// go-ethereum's simulated backend with its own chain id, mainnet's current
// fork rules, funded accounts, and blocks sealed on a timer. Callers talk to
// a chain only through the same client interface they use for a real
// JSON-RPC endpoint.
package evmnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Client is what Strait's code needs from an EVM chain. Both the simulated
// backend's client and *ethclient.Client (a real RPC endpoint) satisfy it.
type Client = simulated.Client

// Ether is 10^18 wei.
var Ether = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)

// ChainOptions configures one in-process chain.
type ChainOptions struct {
	// Name is the chain id used by routing (e.g. "devnet-evm-a").
	Name string
	// ChainID is the EIP-155 chain id.
	ChainID uint64
	// BlockPeriod seals a block on this period once Start is called.
	// Default 1s.
	BlockPeriod time.Duration
	// GasLimit per block. Default 60,000,000.
	GasLimit uint64
	// Alloc funds accounts at genesis (wei).
	Alloc map[common.Address]*big.Int
	// Logger; default slog.Default().
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *ChainOptions) EnsureDefaults() {
	if o.BlockPeriod == 0 {
		o.BlockPeriod = time.Second
	}
	if o.GasLimit == 0 {
		o.GasLimit = 60_000_000
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports a configuration that cannot run.
func (o *ChainOptions) Validate() error {
	if o.Name == "" {
		return errors.New("evmnet: chain name is empty")
	}
	if o.ChainID == 0 {
		return fmt.Errorf("evmnet: chain %s: chain id is zero", o.Name)
	}
	if o.BlockPeriod < 0 {
		return fmt.Errorf("evmnet: chain %s: negative block period", o.Name)
	}
	return nil
}

// ChainConfig returns the devnet's fork rules for a chain id: go-ethereum's
// dev configuration minus the Bogota fork, which reprices storage writes
// about 3x and is not on mainnet; the devnet should cost what mainnet costs.
func ChainConfig(chainID uint64) *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.ChainID = new(big.Int).SetUint64(chainID)
	cfg.BogotaTime = nil
	return &cfg
}

// Chain is one running in-process EVM chain.
type Chain struct {
	opts    ChainOptions
	backend *simulated.Backend
	client  Client

	mu      sync.Mutex // serialises Commit/Fork against the block timer
	stop    chan struct{}
	done    chan struct{}
	running bool
}

// NewChain starts a chain that seals blocks only when Commit is called; call
// Start to seal on the timer.
func NewChain(opts ChainOptions) (*Chain, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	alloc := types.GenesisAlloc{}
	for a, bal := range opts.Alloc {
		alloc[a] = types.Account{Balance: new(big.Int).Set(bal)}
	}
	cfg := ChainConfig(opts.ChainID)
	backend := simulated.NewBackend(alloc,
		simulated.WithBlockGasLimit(opts.GasLimit),
		func(_ *node.Config, ec *ethconfig.Config) {
			ec.Genesis.Config = cfg
			// Bulk senders (the relayers, the benchmark) keep many
			// transactions in flight; the default 64 queued per sender is
			// too tight.
			ec.TxPool.AccountSlots = 4096
			ec.TxPool.AccountQueue = 4096
			ec.TxPool.GlobalSlots = 16384
			ec.TxPool.GlobalQueue = 16384
		})
	return &Chain{opts: opts, backend: backend, client: backend.Client()}, nil
}

// Name is the routing chain id.
func (c *Chain) Name() string { return c.opts.Name }

// ChainID is the EIP-155 chain id.
func (c *Chain) ChainID() uint64 { return c.opts.ChainID }

// BlockPeriod is the timer period.
func (c *Chain) BlockPeriod() time.Duration { return c.opts.BlockPeriod }

// Client returns the chain's RPC client.
func (c *Chain) Client() Client { return c.client }

// Commit seals one block now.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Commit()
}

// Fork makes the block with the given hash the parent of the next block:
// the chain reorganises once the new branch is longer. For reorg tests.
func (c *Chain) Fork(parent common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.backend.Fork(parent)
}

// Start seals a block every BlockPeriod until Close.
func (c *Chain) Start() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running {
		return
	}
	c.running = true
	c.stop = make(chan struct{})
	c.done = make(chan struct{})
	go c.loop(c.stop, c.done)
}

func (c *Chain) loop(stop, done chan struct{}) {
	defer close(done)
	t := time.NewTicker(c.opts.BlockPeriod)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			c.Commit()
		}
	}
}

// Stop stops the timer: blocks are sealed only by Commit until Start.
// Tests hold a chain still with it (a transaction waits in the pool).
func (c *Chain) Stop() {
	c.mu.Lock()
	stop, done, running := c.stop, c.done, c.running
	c.running = false
	c.mu.Unlock()
	if running {
		close(stop)
		<-done
	}
}

// Close stops the timer and the node.
func (c *Chain) Close() error {
	c.Stop()
	return c.backend.Close()
}

// MineTx waits until the pool holds every transaction of `from` up to
// `nonce` (so that the sealed block includes it), seals a block, and returns
// the receipt. Only for chains without the timer (deployment, tests): the
// simulated backend may otherwise seal before the pool promotes a
// transaction that was just sent.
func (c *Chain) MineTx(ctx context.Context, tx *types.Transaction, from common.Address) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		pn, err := c.client.PendingNonceAt(ctx, from)
		if err != nil {
			return nil, fmt.Errorf("pending nonce of %s: %w", from, err)
		}
		if pn > tx.Nonce() {
			break
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %s (nonce %d) never reached the pool: %w", tx.Hash(), tx.Nonce(), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
	for {
		c.Commit()
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %s not mined: %w", tx.Hash(), ctx.Err())
		case <-time.After(time.Millisecond):
		}
	}
}

// Key is a funded devnet account.
type Key struct {
	Name    string
	Address common.Address
	key     *ecdsa.PrivateKey
}

// DevKey derives a deterministic devnet key from a name. Never use these
// keys outside the devnet: anyone can derive them.
func DevKey(name string) Key {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("strait devnet key: " + name)))
	if err != nil {
		panic(err) // keccak output is a valid key except with negligible probability
	}
	return Key{Name: name, Address: crypto.PubkeyToAddress(k.PublicKey), key: k}
}

// Private returns the private key. Kept behind a method so that printing a
// Key (%v, %+v, JSON) never shows it.
func (k Key) Private() *ecdsa.PrivateKey { return k.key }

// String shows the name and the address only.
func (k Key) String() string { return k.Name + "(" + k.Address.Hex() + ")" }

// GoString keeps %#v from printing the private key.
func (k Key) GoString() string { return "evmnet.Key{" + k.String() + "}" }

// AdjustTime moves the next block's timestamp forward (timelock tests). It
// seals an empty block.
//
// The simulated backend refuses while its transaction pool lists a pending
// transaction, and the pool learns of a new block in the background: right
// after MineTx returns, the transaction it mined can still be listed for a
// moment. So a refusal is retried for a short while (a transaction that is
// really pending still gets the refusal, after that while).
func (c *Chain) AdjustTime(d time.Duration) error {
	deadline := time.Now().Add(2 * time.Second)
	for {
		c.mu.Lock()
		err := c.backend.AdjustTime(d)
		c.mu.Unlock()
		if err == nil || err.Error() != adjustTimeBusy || time.Now().After(deadline) {
			return err
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// adjustTimeBusy is the simulated backend's refusal while its pool lists a
// pending transaction (go-ethereum's eth/catalyst returns a plain error).
const adjustTimeBusy = "could not adjust time on non-empty block"
