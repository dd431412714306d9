package evm

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
)

// Liquidity relays the liquidity bridge: it fills on the destination as
// soon as the deposit is included (the relayer takes the reorg risk and
// prices it in the fee), then, once the deposit is final, gathers the
// committee's settlement signatures and is reimbursed from the source
// escrow.
type Liquidity struct {
	*base
	BlockTime time.Duration
}

// NewLiquidity builds a liquidity relayer.
func NewLiquidity(opts Options) (*Liquidity, error) {
	b, err := newBase(opts)
	if err != nil {
		return nil, err
	}
	return &Liquidity{base: b, BlockTime: time.Second}, nil
}

// Kind implements relayers.Relayer.
func (r *Liquidity) Kind() string { return KindLiquidity }

// Estimate implements relayers.Relayer: the pool's fee for hop.Amount at its
// current utilisation, and the operator's credit as capacity.
func (r *Liquidity) Estimate(ctx context.Context, hop relayers.Hop) (relayers.Estimate, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return relayers.Estimate{}, err
	}
	if hop.Amount == nil || hop.Amount.Sign() <= 0 {
		return relayers.Estimate{}, errorf(CodeBadHop, nil, "hop %s: no amount to estimate", hop.Ref)
	}
	tok, err := r.poolToken(ctx, dst)
	if err != nil {
		return relayers.Estimate{}, err
	}
	out, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackQuoteFee(tok, hop.Amount))
	if err != nil {
		return relayers.Estimate{}, fmt.Errorf("quote fee on %s: %w", dst.Name(), err)
	}
	fee, err := poolABI.UnpackQuoteFee(out)
	if err != nil {
		return relayers.Estimate{}, errorf(CodeBadLog, err, "quoteFee answer")
	}
	out, err = dst.Call(ctx, dst.opts.Liquidity, poolABI.PackCredit(r.opts.Operator.Address(), tok))
	if err != nil {
		return relayers.Estimate{}, fmt.Errorf("credit on %s: %w", dst.Name(), err)
	}
	credit, err := poolABI.UnpackCredit(out)
	if err != nil {
		return relayers.Estimate{}, errorf(CodeBadLog, err, "credit answer")
	}
	return relayers.Estimate{Fee: fee, DeliveryGas: r.lastGas(dst.Name()), ETA: r.eta(src, r.BlockTime, false), Capacity: credit}, nil
}

func (r *Liquidity) poolToken(_ context.Context, c *Chain) (common.Address, error) {
	if c.opts.PoolToken == (common.Address{}) {
		return common.Address{}, errorf(CodeBadHop, nil, "no pool token configured for %s", c.Name())
	}
	return c.opts.PoolToken, nil
}

// Execute implements relayers.Relayer: observe the deposit, fill, report
// delivery, then settle after source finality.
func (r *Liquidity) Execute(ctx context.Context, hop relayers.Hop) error {
	dep, src, dst, err := r.fill(ctx, hop)
	if err != nil {
		r.opts.Progress.HopFailed(hop.Ref, err)
		return err
	}
	// Delivery is done; settlement is the relayer's own reimbursement and
	// does not change the hop's outcome.
	if err := r.settle(ctx, hop.Ref, dep, src, dst); err != nil && ctx.Err() == nil {
		r.opts.Logger.Error("settlement failed; the fill stands, reimbursement is pending", "hop", hop.Ref.String(),
			"chain", src.Name(), "dst", dst.Name(), "err", err)
	}
	return nil
}

func (r *Liquidity) fill(ctx context.Context, hop relayers.Hop) (*Deposit, *Chain, *Chain, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return nil, nil, nil, err
	}
	txHash := common.HexToHash(hop.SourceTx)
	rcpt, err := r.observe(ctx, src, txHash)
	if err != nil {
		return nil, nil, nil, err
	}
	var dep *Deposit
	for _, l := range rcpt.Logs {
		if d, perr := ParseDeposited(src.opts.Liquidity, l); perr == nil && d.Order.TransferId == hop.TransferID {
			dep = d
			break
		}
	}
	if dep == nil {
		return nil, nil, nil, errorf(CodeEventNotFound, nil, "hop %s: no Deposited event for %x in %s", hop.Ref, hop.TransferID, txHash)
	}
	r.opts.Progress.HopObserved(hop.Ref, src.Name(), txHash.Hex(), dep.BlockNumber)
	o := dep.Order
	if o.DstChainId.Uint64() != dst.opts.ChainID || o.DstPool != dst.opts.Liquidity {
		return nil, nil, nil, errorf(CodeBadHop, nil, "hop %s: order goes to chain %v pool %s", hop.Ref, o.DstChainId, o.DstPool)
	}
	// filled reports whether this very order was filled. Another order
	// filled under the same transfer id blocks the hop for good: the pool
	// will not fill twice, and the committee will not reimburse the other
	// fill, so the user is refunded after the deadline.
	filled := func(ctx context.Context) (bool, error) {
		out, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackFillOf(o.SrcChainId, o.TransferId))
		if err != nil {
			return false, err
		}
		f, err := poolABI.UnpackFillOf(out)
		if err != nil {
			return false, errorf(CodeBadLog, err, "fillOf answer")
		}
		if f.Relayer == (common.Address{}) {
			return false, nil
		}
		if f.OrderHash != dep.OrderHash {
			return false, relayers.Permanent(errorf(CodeBadHop, nil, "hop %s: transfer %x was filled with another order", hop.Ref, o.TransferId))
		}
		return true, nil
	}
	ok, err := filled(ctx)
	if relayers.IsPermanent(err) {
		return nil, nil, nil, err
	}
	if err == nil && ok {
		r.opts.Progress.HopDelivered(hop.Ref, dst.Name(), dst.deliveryTx(ctx, dst.opts.Liquidity, filledTopic, o.TransferId, o.SrcChainId), true)
		return dep, src, dst, nil
	}
	out, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackQuoteFee(o.DstToken, o.Amount))
	if err != nil {
		return nil, nil, nil, fmt.Errorf("quote fee on %s: %w", dst.Name(), err)
	}
	fee, err := poolABI.UnpackQuoteFee(out)
	if err != nil {
		return nil, nil, nil, errorf(CodeBadLog, err, "quoteFee answer")
	}
	if fee.Cmp(o.MaxFee) > 0 {
		return nil, nil, nil, errorf(CodeFeeTooHigh, nil, "hop %s: fee %v above the order's maximum %v", hop.Ref, fee, o.MaxFee)
	}
	txID, already, err := r.submit(ctx, hop.Ref, r.opts.Progress, true, dst, dst.opts.Liquidity, poolABI.PackFill(o),
		[][]byte{bindings.LiquidityPoolAlreadyFilledErrorID().Bytes()}, filled)
	if err != nil {
		return nil, nil, nil, err
	}
	if already {
		txID = dst.deliveryTx(ctx, dst.opts.Liquidity, filledTopic, o.TransferId, o.SrcChainId)
	}
	r.opts.Progress.HopDelivered(hop.Ref, dst.Name(), txID, already)
	return dep, src, dst, nil
}

// settle waits for the deposit to be final, gathers the committee's
// signatures, and claims the escrow for whichever relayer filled the order.
// That is usually this one; but a node that takes over a transfer whose
// first node filled and then died finds the order filled by another
// operator, and settles for it (the pool credits the filler named in the
// attested digest, whoever submits): otherwise that fill would never be
// reimbursed. A deposit already settled counts as done.
func (r *Liquidity) settle(ctx context.Context, ref relayers.HopRef, dep *Deposit, src, dst *Chain) error {
	if err := src.WaitFinal(ctx, dep.BlockNumber, dep.BlockHash); err != nil {
		return err
	}
	out, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackFillOf(dep.Order.SrcChainId, dep.Order.TransferId))
	if err != nil {
		return fmt.Errorf("read fill on %s: %w", dst.Name(), err)
	}
	f, err := poolABI.UnpackFillOf(out)
	if err != nil {
		return errorf(CodeBadLog, err, "fillOf answer")
	}
	if f.Relayer == (common.Address{}) || f.OrderHash != dep.OrderHash {
		return errorf(CodeEventNotFound, nil, "hop %s: no fill of this order on %s to settle", ref, dst.Name())
	}
	filler := f.Relayer
	if filler != r.opts.Operator.Address() {
		r.opts.Logger.Info("settling a fill made by another operator (a transfer taken over from another node)",
			"hop", ref.String(), "chain", src.Name(), "filler", filler.Hex())
	}
	sigs, err := Gather(ctx, r.opts.Attesters, r.opts.Threshold, func(ctx context.Context, a Attester) ([]byte, error) {
		return a.SignSettle(ctx, dep.Order, filler, dep.TxHash)
	})
	if err != nil {
		return err
	}
	settled := func(ctx context.Context) (bool, error) {
		out, err := src.Call(ctx, src.opts.Liquidity, poolABI.PackDepositState(dep.Order.TransferId))
		if err != nil {
			return false, err
		}
		st, err := poolABI.UnpackDepositState(out)
		return err == nil && st == 2, err
	}
	// Settlement is not a step of the hop: no progress reports.
	_, _, err = r.submit(ctx, ref, relayers.NopProgress{}, false, src, src.opts.Liquidity, poolABI.PackSettle(dep.Order, filler, sigs),
		[][]byte{bindings.LiquidityPoolNotDepositedErrorID().Bytes()}, settled)
	return err
}
