package evm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
)

// Protocol names, as in the routing topology.
const (
	KindLockMint  = "strait-lockmint"
	KindLiquidity = "strait-liquidity"
)

// Options configure a relayer of either kind.
type Options struct {
	// Chains the relayer serves (at least the hop's two).
	Chains   []*Chain
	Operator relayers.OperatorKey
	// Attesters and the threshold their contracts require.
	Attesters []Attester
	Threshold int
	Progress  relayers.Progress
	Retry     relayers.RetryOptions
	Logger    *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.Progress == nil {
		o.Progress = relayers.NopProgress{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Retry.MaxAttempts == 0 {
		o.Retry.MaxAttempts = 6
	}
	o.Retry.EnsureDefaults()
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	if len(o.Chains) == 0 {
		return errors.New("evm relayer: no chains")
	}
	if o.Operator.Private() == nil {
		return errors.New("evm relayer: no operator key")
	}
	if o.Threshold < 1 || o.Threshold > len(o.Attesters) {
		return fmt.Errorf("evm relayer: threshold %d of %d attesters", o.Threshold, len(o.Attesters))
	}
	return o.Retry.Validate()
}

type base struct {
	opts   Options
	byName map[string]*Chain
	byID   map[uint64]*Chain

	mu  sync.Mutex
	gas map[string]uint64 // last delivery gas per destination chain
}

func newBase(opts Options) (*base, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	b := &base{opts: opts, byName: map[string]*Chain{}, byID: map[uint64]*Chain{}, gas: map[string]uint64{}}
	for _, c := range opts.Chains {
		b.byName[c.Name()] = c
		b.byID[c.opts.ChainID] = c
	}
	return b, nil
}

func (b *base) chains(hop relayers.Hop) (src, dst *Chain, err error) {
	src, dst = b.byName[hop.FromChain], b.byName[hop.ToChain]
	if src == nil || dst == nil || src == dst {
		return nil, nil, errorf(CodeBadHop, nil, "hop %s: chains %q -> %q not served", hop.Ref, hop.FromChain, hop.ToChain)
	}
	if len(hop.SourceTx) != 66 {
		return nil, nil, errorf(CodeBadHop, nil, "hop %s: source tx %q is not a 32-byte hash", hop.Ref, hop.SourceTx)
	}
	return src, dst, nil
}

// observe waits for the source transaction's receipt and returns it (it
// must have succeeded).
func (b *base) observe(ctx context.Context, src *Chain, tx common.Hash) (*types.Receipt, error) {
	r, err := src.WaitReceipt(ctx, tx)
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, errorf(CodeEventNotFound, nil, "source tx %s on %s failed", tx, src.Name())
	}
	return r, nil
}

// submit sends a transaction with bounded retries and waits for its
// receipt; `delivery` marks a hop's destination delivery (its gas feeds
// Estimate). `done` tells whether the effect is already in place (another
// instance, or an earlier attempt whose receipt was lost); a revert whose
// selector is in `already` also means "already delivered".
func (b *base) submit(ctx context.Context, ref relayers.HopRef, progress relayers.Progress, delivery bool, dst *Chain, to common.Address, data []byte,
	already [][]byte, done func(ctx context.Context) (bool, error)) (txID string, alreadyDone bool, err error) {
	err = relayers.Retry(ctx, b.opts.Retry, "submit "+ref.String(), func(ctx context.Context, attempt int) error {
		if attempt > 1 {
			ok, derr := done(ctx)
			if relayers.IsPermanent(derr) {
				return derr
			}
			if derr == nil && ok {
				alreadyDone = true
				return nil
			}
		}
		tx, err := dst.Send(ctx, b.opts.Operator, to, data)
		if err != nil {

			var rv *Revert
			if errors.As(err, &rv) {
				for _, sel := range already {
					if len(rv.Data) >= 4 && bytes.Equal(rv.Data[:4], sel[:4]) {
						// The contract says "done"; check that it is our
						// effect that is in place (not, say, another order
						// under the same transfer id).
						ok, derr := done(ctx)
						if derr != nil {
							return derr
						}
						if !ok {
							return fmt.Errorf("%s: %s refused it as a duplicate but shows no delivery yet", ref, dst.Name())
						}
						alreadyDone = true
						return nil
					}
				}
				return relayers.Permanent(errorf(revertCode(rv), rv, "%s on %s", ref, dst.Name()))
			}
			return err
		}
		progress.HopSubmitted(ref, dst.Name(), tx.Hash().Hex())
		r, err := dst.WaitReceipt(ctx, tx.Hash())
		if err != nil {
			return err // lost receipt: the next attempt asks `done` first
		}
		if r.Status != types.ReceiptStatusSuccessful {
			ok, derr := done(ctx)
			if relayers.IsPermanent(derr) {
				return derr
			}
			if derr == nil && ok {
				alreadyDone = true // another instance won the race
				return nil
			}
			return relayers.Permanent(errorf(CodeReverted, nil, "%s: tx %s reverted on %s", ref, tx.Hash(), dst.Name()))
		}
		if delivery {
			b.mu.Lock()
			b.gas[dst.Name()] = r.GasUsed
			b.mu.Unlock()
		}
		txID = tx.Hash().Hex()
		return nil
	})
	return txID, alreadyDone, err
}

// revertCode names the reverts the transfer actors act on: a paused
// contract and an expired order make a hop undeliverable for good.
func revertCode(rv *Revert) Code {
	if len(rv.Data) >= 4 {
		switch {
		case bytes.Equal(rv.Data[:4], bindings.LiquidityPoolIsPausedErrorID().Bytes()[:4]):
			return CodePaused // the same selector for every Governed contract
		case bytes.Equal(rv.Data[:4], bindings.LiquidityPoolExpiredErrorID().Bytes()[:4]):
			return CodeExpired
		}
	}
	return CodeReverted
}

func (b *base) lastGas(chain string) uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.gas[chain]
}

func (b *base) eta(src *Chain, blockTime time.Duration, final bool) time.Duration {
	n := time.Duration(2)
	if final {
		n += time.Duration(src.opts.FinalityDepth)
	}
	return n * blockTime
}

func chainIDOf(c *Chain) *big.Int { return new(big.Int).SetUint64(c.opts.ChainID) }
