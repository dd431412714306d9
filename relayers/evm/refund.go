package evm

import (
	"bytes"
	"context"
	"errors"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
)

// Refund says where a refund put a transfer's funds: Amount of Token to
// To on Chain, paid by transaction TxID.
type Refund struct {
	Chain  string
	Token  common.Address
	Amount *big.Int
	To     common.Address
	TxID   string
	// Already: the refund had been paid before this call (by an earlier
	// attempt, another node, or anyone: the pool's refund is permissionless).
	Already bool
}

// Deposit states of LiquidityPool.depositState.
const (
	depositNone      = 0
	depositDeposited = 1
	depositSettled   = 2
	depositRefunded  = 3
)

// Refund returns the funds of a liquidity hop that nobody filled to the
// order's refund address. The source pool allows it once its chain's time
// passes the order's deadline plus the pool's refund grace; until then this
// waits (on chain time, which is the only clock the pool reads, so the wait
// ends when the chain says so and not before; ctx bounds it). It is
// idempotent: an order already refunded reports the transaction that did it
// (Already), and a second refund reverts on chain (NotDeposited) and is read
// as "already". An order that was filled at the destination is never
// refunded (CodeNotRefundable): the user was paid there.
func (r *Liquidity) Refund(ctx context.Context, hop relayers.Hop) (*Refund, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return nil, err
	}
	txHash := common.HexToHash(hop.SourceTx)
	rcpt, err := r.observe(ctx, src, txHash)
	if err != nil {
		return nil, err
	}
	var dep *Deposit
	for _, l := range rcpt.Logs {
		if d, perr := ParseDeposited(src.opts.Liquidity, l); perr == nil && d.Order.TransferId == hop.TransferID {
			dep = d
			break
		}
	}
	if dep == nil {
		return nil, errorf(CodeEventNotFound, nil, "refund %s: no Deposited event for %x in %s", hop.Ref, hop.TransferID, txHash)
	}
	o := dep.Order
	out := &Refund{Chain: src.Name(), Token: o.SrcToken, Amount: o.Amount, To: o.RefundTo}
	state := func(ctx context.Context) (uint8, error) {
		b, err := src.Call(ctx, src.opts.Liquidity, poolABI.PackDepositState(o.TransferId))
		if err != nil {
			return 0, err
		}
		st, err := poolABI.UnpackDepositState(b)
		if err != nil {
			return 0, errorf(CodeBadLog, err, "depositState answer")
		}
		return st, nil
	}
	refunded := func(ctx context.Context) (bool, error) {
		st, err := state(ctx)
		if err != nil {
			return false, err
		}
		if st == depositSettled {
			return false, relayers.Permanent(errorf(CodeNotRefundable, nil, "refund %s: the order was filled and settled", hop.Ref))
		}
		return st == depositRefunded, nil
	}
	for {
		st, err := state(ctx)
		if err == nil {
			switch st {
			case depositRefunded:
				out.Already = true
				out.TxID = src.eventTx(ctx, src.opts.Liquidity, [][]common.Hash{{refundedTopic}, {o.TransferId}})
				return out, nil
			case depositSettled:
				return nil, errorf(CodeNotRefundable, nil, "refund %s: the order was filled and its relayer reimbursed", hop.Ref)
			case depositNone:
				return nil, errorf(CodeSourceReorged, nil, "refund %s: pool on %s holds no deposit for %x", hop.Ref, src.Name(), o.TransferId)
			}
			ready, err := r.refundable(ctx, src, dst, dep)
			if err != nil && relayers.IsPermanent(err) {
				return nil, err
			}
			if err == nil && ready {
				txID, already, err := r.submit(ctx, hop.Ref, relayers.NopProgress{}, false, src, src.opts.Liquidity, poolABI.PackRefund(o),
					[][]byte{bindings.LiquidityPoolNotDepositedErrorID().Bytes()}, refunded)
				var rv *Revert
				switch {
				case err == nil:
					if already {
						txID = src.eventTx(ctx, src.opts.Liquidity, [][]common.Hash{{refundedTopic}, {o.TransferId}})
					}
					out.TxID, out.Already = txID, already
					return out, nil
				case errors.As(err, &rv) && len(rv.Data) >= 4 && bytes.Equal(rv.Data[:4], bindings.LiquidityPoolNotExpiredErrorID().Bytes()[:4]):
					// The estimate ran at a block not yet past the grace:
					// wait for the next one.
				default:
					return nil, err
				}
			}
		}
		if err := src.sleep(ctx); err != nil {
			return nil, errorf(CodeTimeout, err, "refund %s: waiting for the order to become refundable", hop.Ref)
		}
	}
}

// refundable reports whether the source pool would refund the order now:
// the chain's time is past its deadline plus the pool's grace. An order
// that was filled at the destination is a permanent CodeNotRefundable.
func (r *Liquidity) refundable(ctx context.Context, src, dst *Chain, dep *Deposit) (bool, error) {
	o := dep.Order
	b, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackFillOf(o.SrcChainId, o.TransferId))
	if err != nil {
		return false, err
	}
	f, err := poolABI.UnpackFillOf(b)
	if err != nil {
		return false, errorf(CodeBadLog, err, "fillOf answer")
	}
	if f.Relayer != (common.Address{}) && f.OrderHash == dep.OrderHash {
		return false, relayers.Permanent(errorf(CodeNotRefundable, nil, "order %x was filled on %s by %s", o.TransferId, dst.Name(), f.Relayer))
	}
	b, err = src.Call(ctx, src.opts.Liquidity, poolABI.PackRefundGrace())
	if err != nil {
		return false, err
	}
	grace, err := poolABI.UnpackRefundGrace(b)
	if err != nil {
		return false, errorf(CodeBadLog, err, "refundGrace answer")
	}
	now, err := src.headTime(ctx)
	if err != nil {
		return false, err
	}
	return now > o.Deadline+grace, nil
}

// headTime is the timestamp of the latest block: the clock every contract
// reads.
func (c *Chain) headTime(ctx context.Context) (t uint64, err error) {
	err = c.pool.Do(ctx, "head", func(ctx context.Context, cl Client) error {
		h, err := cl.HeaderByNumber(ctx, nil)
		if err != nil {
			return err
		}
		t = h.Time
		return nil
	})
	return t, err
}

// eventTx is the last transaction, within the lookback window, with a
// log of `contract` matching `topics`; "" if none.
func (c *Chain) eventTx(ctx context.Context, contract common.Address, topics [][]common.Hash) string {
	head, err := c.head(ctx)
	if err != nil {
		return ""
	}
	from := uint64(0)
	if head > c.opts.Lookback {
		from = head - c.opts.Lookback
	}
	q := ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{contract}, Topics: topics}
	var tx string
	_ = c.pool.Do(ctx, "find event", func(ctx context.Context, cl Client) error {
		logs, err := cl.FilterLogs(ctx, q)
		if err != nil {
			return err
		}
		for _, l := range logs {
			if !l.Removed {
				tx = l.TxHash.Hex()
			}
		}
		return nil
	})
	return tx
}

// GatewayRefundIn returns the TransferRefunded event of transfer `id` that
// `gateway` emitted in receipt r, or nil.
func GatewayRefundIn(r *types.Receipt, gateway common.Address, id [32]byte) *GatewayRefund {
	for _, l := range r.Logs {
		if g, err := ParseGatewayRefund(gateway, l); err == nil && g.TransferID == id {
			return g
		}
	}
	return nil
}
