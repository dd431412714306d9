package evm

import (
	"bytes"
	"context"
	"errors"
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
	m := lockMessage(lock, chainIDOf(src), src.opts.LockMint, dst.opts.LockMint)
	// delivered reads the destination's delivery key. A cancellation takes
	// the key too: that message will never be delivered (it is being
	// refunded), which is a permanent CodeCancelled, not a delivery.
	delivered := func(ctx context.Context) (bool, error) {
		out, err := dst.Call(ctx, dst.opts.LockMint, bridgeABI.PackIsDelivered(m.SrcChainId, m.TransferId))
		if err != nil {
			return false, err
		}
		ok, err := bridgeABI.UnpackIsDelivered(out)
		if err != nil || !ok {
			return ok, err
		}
		out, err = dst.Call(ctx, dst.opts.LockMint, bridgeABI.PackIsCancelled(m.SrcChainId, m.TransferId))
		if err != nil {
			return false, err
		}
		if c, err := bridgeABI.UnpackIsCancelled(out); err != nil || c {
			return false, relayers.Permanent(errorf(CodeCancelled, err, "hop %s: %x was cancelled on %s", hop.Ref, m.TransferId, dst.Name()))
		}
		return true, nil
	}
	ok, err := delivered(ctx)
	if CodeOf(err) == CodeCancelled {
		return err
	}
	if err == nil && ok {
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

// Refund returns a lock whose delivery cannot happen (its destination
// bridge paused past the lock's deadline) to the lock's refund address, in
// the two attested steps of LockMintBridge: once the destination's time
// passes the deadline, the committee signs a cancellation and this relayer
// records it at the destination (allowed while that bridge is paused; it
// takes the delivery key, so the message can never be delivered after);
// once the cancellation is final, the committee signs the refund and the
// source bridge pays refundTo. Each step is idempotent (the contracts
// refuse a second cancel or refund, read here as "already"), so a restarted
// node that runs this again pays nothing twice. A lock that was delivered
// is never refunded (CodeNotRefundable).
func (r *LockMint) Refund(ctx context.Context, hop relayers.Hop) (*Refund, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return nil, err
	}
	txHash := common.HexToHash(hop.SourceTx)
	rcpt, err := r.observe(ctx, src, txHash)
	if err != nil {
		return nil, err
	}
	var lock *Lock
	for _, l := range rcpt.Logs {
		if lk, perr := ParseLocked(src.opts.LockMint, l); perr == nil && lk.TransferID == hop.TransferID {
			lock = lk
			break
		}
	}
	if lock == nil {
		return nil, errorf(CodeEventNotFound, nil, "refund %s: no Locked event for %x in %s", hop.Ref, hop.TransferID, txHash)
	}
	if lock.DstChainID.Uint64() != dst.opts.ChainID {
		return nil, errorf(CodeBadHop, nil, "refund %s: lock goes to chain %v, hop says %s", hop.Ref, lock.DstChainID, dst.Name())
	}
	if lock.Deadline == 0 {
		return nil, errorf(CodeNotRefundable, nil, "refund %s: the lock has no deadline, so it cannot be cancelled", hop.Ref)
	}
	m := lockMessage(lock, chainIDOf(src), src.opts.LockMint, dst.opts.LockMint)
	out := &Refund{Chain: src.Name(), Token: lock.Token, Amount: lock.Amount, To: lock.RefundTo}
	refundedTx := func(ctx context.Context) string {
		return src.eventTx(ctx, src.opts.LockMint, [][]common.Hash{{lockRefundedTopic}, {m.TransferId}})
	}
	refunded := func(ctx context.Context) (bool, error) {
		b, err := src.Call(ctx, src.opts.LockMint, bridgeABI.PackRefunded(m.TransferId))
		if err != nil {
			return false, err
		}
		return bridgeABI.UnpackRefunded(b)
	}
	if ok, err := refunded(ctx); err != nil {
		return nil, err
	} else if ok {
		out.Already, out.TxID = true, refundedTx(ctx)
		return out, nil
	}
	if err := r.cancel(ctx, hop.Ref, dst, m, txHash); err != nil {
		return nil, err
	}
	sigs, err := r.gatherUntil(ctx, dst, func(ctx context.Context, a Attester) ([]byte, error) { return a.SignRefund(ctx, m, txHash) })
	if err != nil {
		return nil, fmt.Errorf("refund %s: %w", hop.Ref, err)
	}
	txID, already, err := r.submit(ctx, hop.Ref, relayers.NopProgress{}, false, src, src.opts.LockMint, bridgeABI.PackRefundLocked(m, sigs),
		[][]byte{bindings.LockMintBridgeAlreadyRefundedErrorID().Bytes()}, refunded)
	if err != nil {
		return nil, err
	}
	if already {
		txID = refundedTx(ctx)
	}
	out.TxID, out.Already = txID, already
	return out, nil
}

// cancel records at the destination that m will never be delivered, once
// the destination's time is past m's deadline; a cancellation already
// there is fine, a delivery is CodeNotRefundable.
func (r *LockMint) cancel(ctx context.Context, ref relayers.HopRef, dst *Chain, m bindings.LockMintBridgeMessage, txHash common.Hash) error {
	state := func(ctx context.Context) (delivered, cancelled bool, err error) {
		b, err := dst.Call(ctx, dst.opts.LockMint, bridgeABI.PackIsDelivered(m.SrcChainId, m.TransferId))
		if err != nil {
			return false, false, err
		}
		if delivered, err = bridgeABI.UnpackIsDelivered(b); err != nil {
			return false, false, errorf(CodeBadLog, err, "isDelivered answer")
		}
		b, err = dst.Call(ctx, dst.opts.LockMint, bridgeABI.PackIsCancelled(m.SrcChainId, m.TransferId))
		if err != nil {
			return false, false, err
		}
		if cancelled, err = bridgeABI.UnpackIsCancelled(b); err != nil {
			return false, false, errorf(CodeBadLog, err, "isCancelled answer")
		}
		return delivered, cancelled, nil
	}
	done := func(ctx context.Context) (bool, error) {
		delivered, cancelled, err := state(ctx)
		if err != nil {
			return false, err
		}
		if delivered && !cancelled {
			return false, relayers.Permanent(errorf(CodeNotRefundable, nil, "%s: %x was delivered on %s", ref, m.TransferId, dst.Name()))
		}
		return cancelled, nil
	}
	// Wait for the destination's clock, the one its contract reads.
	for {
		ok, err := done(ctx)
		if err != nil && relayers.IsPermanent(err) {
			return err
		}
		if err == nil && ok {
			return nil
		}
		if now, err := dst.headTime(ctx); err == nil && now > m.Deadline {
			break
		}
		if err := dst.sleep(ctx); err != nil {
			return errorf(CodeTimeout, err, "%s: waiting for the deadline on %s", ref, dst.Name())
		}
	}
	sigs, err := r.gatherUntil(ctx, dst, func(ctx context.Context, a Attester) ([]byte, error) { return a.SignCancel(ctx, m, txHash) })
	if err != nil {
		return fmt.Errorf("cancel %s: %w", ref, err)
	}
	for {
		_, _, err = r.submit(ctx, ref, relayers.NopProgress{}, false, dst, dst.opts.LockMint, bridgeABI.PackCancel(m, sigs),
			[][]byte{bindings.LockMintBridgeAlreadyDeliveredErrorID().Bytes()}, done)
		var rv *Revert
		if err != nil && errors.As(err, &rv) && len(rv.Data) >= 4 && bytes.Equal(rv.Data[:4], bindings.LockMintBridgeNotExpiredErrorID().Bytes()[:4]) {
			// Estimated at a block not yet past the deadline.
			if err := dst.sleep(ctx); err != nil {
				return errorf(CodeTimeout, err, "%s: waiting for the deadline on %s", ref, dst.Name())
			}
			continue
		}
		return err
	}
}

// gatherUntil asks the committee until the threshold signs (an attester
// refuses until what it checks is final), bounded by the chain's wait
// timeout.
func (r *LockMint) gatherUntil(ctx context.Context, c *Chain, sign func(ctx context.Context, a Attester) ([]byte, error)) ([][]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opts.WaitTimeout)
	defer cancel()
	for {
		sigs, err := Gather(ctx, r.opts.Attesters, r.opts.Threshold, sign)
		if err == nil {
			return sigs, nil
		}
		if serr := c.sleep(ctx); serr != nil {
			return nil, err
		}
	}
}
