package evm

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
)

// LockMint relays the lock/mint bridge.
type LockMint struct {
	*base
	// BlockTime is the chains' block period, for ETAs.
	BlockTime time.Duration
}

// NewLockMint builds a lock/mint relayer.
func NewLockMint(opts Options) (*LockMint, error) {
	b, err := newBase(opts)
	if err != nil {
		return nil, err
	}
	return &LockMint{base: b, BlockTime: time.Second}, nil
}

// Kind implements relayers.Relayer.
func (r *LockMint) Kind() string { return KindLockMint }

// Estimate implements relayers.Relayer: no fee beyond delivery gas; the ETA
// is finality plus two blocks. Delivery gas is the last one measured on the
// destination (0 before the first delivery).
func (r *LockMint) Estimate(ctx context.Context, hop relayers.Hop) (relayers.Estimate, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return relayers.Estimate{}, err
	}
	return relayers.Estimate{Fee: new(big.Int), DeliveryGas: r.lastGas(dst.Name()), ETA: r.eta(src, r.BlockTime, true)}, nil
}

// Execute implements relayers.Relayer.
func (r *LockMint) Execute(ctx context.Context, hop relayers.Hop) error {
	err := r.execute(ctx, hop)
	if err != nil {
		r.opts.Progress.HopFailed(hop.Ref, err)
	}
	return err
}

func (r *LockMint) execute(ctx context.Context, hop relayers.Hop) error {
	src, dst, err := r.chains(hop)
	if err != nil {
		return err
	}
	txHash := common.HexToHash(hop.SourceTx)
	var lock *Lock
	// Observe, then wait for finality; a reorg sends us back to observe.
	// The wait for a receipt is bounded, so a lock that vanished for good
	// ends as CodeSourceReorged and is never delivered.
	for reorgs := 0; ; reorgs++ {
		rcpt, err := r.observe(ctx, src, txHash)
		if err != nil {
			if reorgs > 0 && CodeOf(err) == CodeTimeout {
				return errorf(CodeSourceReorged, err, "hop %s: the lock in %s left %s and did not come back", hop.Ref, txHash, src.Name())
			}
			return err
		}
		lock = nil
		for _, l := range rcpt.Logs {
			if lk, perr := ParseLocked(src.opts.LockMint, l); perr == nil && lk.TransferID == hop.TransferID {
				lock = lk
				break
			}
		}
		if lock == nil {
			return errorf(CodeEventNotFound, nil, "hop %s: no Locked event for %x in %s", hop.Ref, hop.TransferID, txHash)
		}
		r.opts.Progress.HopObserved(hop.Ref, src.Name(), txHash.Hex(), lock.BlockNumber)
		err = src.WaitFinal(ctx, lock.BlockNumber, lock.BlockHash)
		if err == nil {
			break
		}
		if CodeOf(err) != CodeSourceReorged {
			return err
		}
		r.opts.Logger.Warn("source reorganised before finality", "hop", hop.Ref.String(), "chain", src.Name(), "tx", txHash.Hex())
		if reorgs >= 8 {
			return err
		}
	}
	if lock.DstChainID.Uint64() != dst.opts.ChainID {
		return errorf(CodeBadHop, nil, "hop %s: lock goes to chain %v, hop says %s", hop.Ref, lock.DstChainID, dst.Name())
	}
	m := bindings.LockMintBridgeMessage{TransferId: lock.TransferID, SrcChainId: chainIDOf(src), SrcBridge: src.opts.LockMint,
		DstChainId: chainIDOf(dst), DstBridge: dst.opts.LockMint, SrcToken: lock.Token, Amount: lock.Amount,
		Recipient: lock.Recipient, Payload: lock.Payload}
	delivered := func(ctx context.Context) (bool, error) {
		out, err := dst.Call(ctx, dst.opts.LockMint, bridgeABI.PackIsDelivered(m.SrcChainId, m.TransferId))
		if err != nil {
			return false, err
		}
		return bridgeABI.UnpackIsDelivered(out)
	}
	if ok, err := delivered(ctx); err == nil && ok {
		r.opts.Progress.HopDelivered(hop.Ref, dst.Name(), dst.deliveryTx(ctx, dst.opts.LockMint, deliveredTopic, m.TransferId, m.SrcChainId), true)
		return nil
	}
	sigs, err := Gather(ctx, r.opts.Attesters, r.opts.Threshold, func(ctx context.Context, a Attester) ([]byte, error) {
		return a.SignLock(ctx, m, txHash)
	})
	if err != nil {
		return fmt.Errorf("hop %s: %w", hop.Ref, err)
	}
	r.opts.Progress.HopAttested(hop.Ref, len(sigs))
	txID, already, err := r.submit(ctx, hop.Ref, r.opts.Progress, true, dst, dst.opts.LockMint, bridgeABI.PackDeliver(m, sigs),
		[][]byte{bindings.LockMintBridgeAlreadyDeliveredErrorID().Bytes()}, delivered)
	if err != nil {
		return err
	}
	if already {
		txID = dst.deliveryTx(ctx, dst.opts.LockMint, deliveredTopic, m.TransferId, m.SrcChainId)
	}
	r.opts.Progress.HopDelivered(hop.Ref, dst.Name(), txID, already)
	return nil
}
