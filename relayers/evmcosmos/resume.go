package evmcosmos

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/relayers/evm"
)

var depositedTopic = poolABI.GetABI().Events["Deposited"].ID

// Resume finds the orders this relayer paid on a Cosmos chain but did not
// settle — the process stopped between the payment and the settlement —
// and settles each in the background (settleLater: once per order, the
// same logs and the same SettleTimeout as after Execute). It returns how
// many settlements it started.
//
// Why it is needed: the transfer's journal records the hop as delivered
// once the payment lands, so a restarted node never executes the hop
// again; without this scan the escrow would stay open and the relayer
// unreimbursed until an operator acted.
//
// It is a separate call, not part of NewRelayer, so that the caller runs
// it once its chains answer and learns what it found (and tests can build
// a relayer without it). It scans each EVM chain's pool for Deposited
// events bound for a served Cosmos chain over the last ResumeBlocks
// blocks, keeps the orders still in escrow (depositState 1) whose payment
// by this relayer is on the Cosmos chain (an order nobody paid is the
// refund path's; one another relayer paid is that relayer's), and settles
// those. A malformed log or an order that cannot be checked is skipped with
// a logged reason; a chain that cannot be scanned is reported in the error
// while the other chains still resume. Close stops the scan.
func (r *Relayer) Resume(ctx context.Context) (int, error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(r.ctx, cancel)
	defer stop()
	var errs []error
	n := 0
	for _, src := range r.opts.EVM {
		k, err := r.resumeChain(ctx, src)
		n += k
		if err != nil {
			errs = append(errs, err)
		}
	}
	return n, errors.Join(errs...)
}

// resumeChain scans one EVM chain's pool, span by span.
func (r *Relayer) resumeChain(ctx context.Context, src *evm.Chain) (int, error) {
	pool := src.Options().Liquidity
	if pool == (common.Address{}) {
		return 0, nil
	}
	var head uint64
	err := src.Pool().Do(ctx, "block number", func(ctx context.Context, cl evm.Client) (err error) {
		head, err = cl.BlockNumber(ctx)
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("resume settlements on %s: head: %w", src.Name(), err)
	}
	from := uint64(0)
	if head > r.opts.ResumeBlocks {
		from = head - r.opts.ResumeBlocks
	}
	// Deposited's second indexed topic is the destination chain: ask the
	// node only for the orders bound for the Cosmos chains served here.
	var dst []common.Hash
	for id := range r.opts.Cosmos {
		dst = append(dst, common.BigToHash(new(big.Int).SetUint64(ChainID(id))))
	}
	n := 0
	for lo := from; lo <= head; lo += r.opts.ResumeSpan {
		hi := min(lo+r.opts.ResumeSpan-1, head)
		q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{pool}, Topics: [][]common.Hash{{depositedTopic}, nil, dst}}
		var logs []types.Log
		err := src.Pool().Do(ctx, "filter logs", func(ctx context.Context, cl evm.Client) (err error) {
			logs, err = cl.FilterLogs(ctx, q)
			return err
		})
		if err != nil {
			return n, fmt.Errorf("resume settlements on %s: scan blocks %d-%d: %w", src.Name(), lo, hi, err)
		}
		for i := range logs {
			if r.resumeLog(ctx, src, &logs[i]) {
				n++
			}
		}
	}
	return n, nil
}

// resumeLog settles the order of one Deposited log if this relayer paid it
// and it is still in escrow; it reports whether a settlement started.
func (r *Relayer) resumeLog(ctx context.Context, src *evm.Chain, l *types.Log) bool {
	log := r.opts.Logger.With("chain", src.Name(), "tx", l.TxHash.Hex(), "log_index", l.Index)
	if l.Removed {
		return false
	}
	dep, chain, p, err := depositFor(src.Options().Liquidity, src.Options().ChainID, r.opts.Cosmos, l)
	if err != nil {
		log.Warn("resume: skipping a deposit log", "err", err)
		return false
	}
	log = log.With("order", fmt.Sprintf("%x", dep.OrderHash))
	st, err := depositState(ctx, src, dep.Order.TransferId)
	if err != nil {
		log.Warn("resume: cannot read the deposit's state; skipped", "err", err)
		return false
	}
	if st != 1 {
		return false // settled or refunded: nothing in escrow
	}
	tx, paid, err := r.findPayment(ctx, r.opts.Cosmos[chain], p)
	if err != nil {
		log.Warn("resume: cannot look for the payment; skipped", "err", err)
		return false
	}
	if !paid {
		log.Debug("resume: order in escrow not paid by this relayer; left alone", "to", chain)
		return false
	}
	log.Info("resuming the settlement of an order paid before a restart", "to", chain, "payment", tx.Hash)
	r.settleLater(dep, src, chain, tx.Hash)
	return true
}

// depositFor decodes a Deposited log of `pool` on the EVM chain `chainID`
// (outside input: whatever the node returned) and finds the Cosmos chain
// it is bound for and the payment it asks for. Anything else is a coded
// error.
func depositFor(pool common.Address, chainID uint64, cosmos map[string]*CosmosChain, l *types.Log) (*evm.Deposit, string, *plan, error) {
	dep, err := evm.ParseDeposited(pool, l)
	if err != nil {
		return nil, "", nil, err
	}
	o := dep.Order
	if o.SrcChainId == nil || !o.SrcChainId.IsUint64() || o.SrcChainId.Uint64() != chainID {
		return nil, "", nil, errorf(CodeBadHop, nil, "order %x comes from chain %v, not %d", o.TransferId, o.SrcChainId, chainID)
	}
	for id, cc := range cosmos {
		if o.DstChainId != nil && o.DstChainId.IsUint64() && o.DstChainId.Uint64() == ChainID(id) {
			p, err := planFor(o, dep.OrderHash, id, cc, cosmos)
			if err != nil {
				return nil, "", nil, err
			}
			return dep, id, p, nil
		}
	}
	return nil, "", nil, errorf(CodeBadHop, nil, "order %x goes to chain %v, not a Cosmos chain served here", o.TransferId, o.DstChainId)
}
