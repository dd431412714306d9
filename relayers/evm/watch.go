package evm

import (
	"context"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/relayers"
)

// Watcher tails a chain's final blocks (head − FinalityDepth) for the
// bridges' source events: Locked and Deposited. Scanning only final blocks
// means a reorg shallower than the depth never shows a lock that will
// vanish.
type Watcher struct {
	Chain *Chain
	// Next is the first block not yet scanned.
	Next uint64
	// MaxRange bounds one log query (default 1000 blocks).
	MaxRange uint64
}

// Poll scans the final blocks not scanned yet and returns their source
// events in chain order.
func (w *Watcher) Poll(ctx context.Context) ([]types.Log, error) {
	c := w.Chain
	head, err := c.head(ctx)
	if err != nil {
		return nil, err
	}
	if head < c.opts.FinalityDepth {
		return nil, nil
	}
	final := head - c.opts.FinalityDepth
	if final < w.Next {
		return nil, nil
	}
	span := w.MaxRange
	if span == 0 {
		span = 1000
	}
	to := final
	if to-w.Next+1 > span {
		to = w.Next + span - 1
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(w.Next), ToBlock: new(big.Int).SetUint64(to),
		Topics: [][]common.Hash{{lockedTopic, depositedTopic}},
	}
	for _, a := range []common.Address{c.opts.LockMint, c.opts.Liquidity} {
		if a != (common.Address{}) {
			q.Addresses = append(q.Addresses, a)
		}
	}
	var logs []types.Log
	err = c.pool.Do(ctx, "filter logs", func(ctx context.Context, cl Client) error {
		logs, err = cl.FilterLogs(ctx, q)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("scan %s blocks %d-%d: %w", c.Name(), w.Next, to, err)
	}
	w.Next = to + 1
	return logs, nil
}

// HopFromLog turns a source event into the hop a relayer executes, if it
// goes to one of `chains`; ok is false for events of other chains and for
// logs that are not source events.
func HopFromLog(src *Chain, chains []*Chain, l types.Log) (hop relayers.Hop, ok bool) {
	var id [32]byte
	var dst *big.Int
	var kind string
	var amount *big.Int
	if lk, err := ParseLocked(src.opts.LockMint, &l); err == nil {
		id, dst, kind, amount = lk.TransferID, lk.DstChainID, KindLockMint, lk.Amount
	} else if dp, err := ParseDeposited(src.opts.Liquidity, &l); err == nil {
		id, dst, kind, amount = dp.Order.TransferId, dp.Order.DstChainId, KindLiquidity, dp.Order.Amount
	} else {
		return relayers.Hop{}, false
	}
	for _, c := range chains {
		if dst.IsUint64() && c.opts.ChainID == dst.Uint64() && c != src {
			return relayers.Hop{
				// The chain does not say which hop of its route this is:
				// -1 marks a hop found by watching rather than assigned.
				Ref:        relayers.HopRef{Transfer: fmt.Sprintf("%x", id), Hop: -1, Attempt: 1},
				TransferID: id, Kind: kind, FromChain: src.Name(), ToChain: c.Name(),
				SourceTx: l.TxHash.Hex(), Amount: amount,
			}, true
		}
	}
	return relayers.Hop{}, false
}

// Run watches every chain from block `from` and executes each hop it finds
// with the relayer of its kind, until ctx ends. This is the relayers'
// autonomous mode (no transfer actor telling them what to carry); hops are
// idempotent, so running it next to actor-driven execution is safe. Hop
// errors are reported to the relayers' Progress and logged; they do not
// stop the loop.
func Run(ctx context.Context, chains []*Chain, from uint64, byKind map[string]relayers.Relayer) error {
	watchers := make([]*Watcher, len(chains))
	for i, c := range chains {
		watchers[i] = &Watcher{Chain: c, Next: from}
	}
	sem := make(chan struct{}, 64)
	for {
		for _, w := range watchers {
			logs, err := w.Poll(ctx)
			if err != nil {
				w.Chain.opts.Logger.Warn("watch", "chain", w.Chain.Name(), "err", err)
				continue
			}
			for _, l := range logs {
				hop, ok := HopFromLog(w.Chain, chains, l)
				if !ok {
					continue
				}
				r := byKind[hop.Kind]
				if r == nil {
					continue
				}
				select {
				case sem <- struct{}{}:
				case <-ctx.Done():
					return ctx.Err()
				}
				go func(hop relayers.Hop) {
					defer func() { <-sem }()
					if err := r.Execute(ctx, hop); err != nil && ctx.Err() == nil {
						w.Chain.opts.Logger.Warn("hop failed", "hop", hop.Ref.String(), "kind", hop.Kind, "err", err)
					}
				}(hop)
			}
		}
		if err := chains[0].sleep(ctx); err != nil {
			return err
		}
	}
}
