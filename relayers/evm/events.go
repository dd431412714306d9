package evm

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
)

var (
	bridgeABI  = bindings.NewLockMintBridge()
	poolABI    = bindings.NewLiquidityPool()
	gatewayABI = bindings.NewGateway()

	lockedTopic    = bridgeABI.GetABI().Events["Locked"].ID
	depositedTopic = poolABI.GetABI().Events["Deposited"].ID
	filledTopic    = poolABI.GetABI().Events["Filled"].ID
	refundedTopic  = poolABI.GetABI().Events["Refunded"].ID
	// TransferRefunded: a Gateway sent a transfer's funds to its refund
	// address (on an intermediate chain, when the next hop cannot start).
	gatewayRefundedTopic = gatewayABI.GetABI().Events["TransferRefunded"].ID

	messageTag = crypto.Keccak256Hash([]byte("strait.lockmint.v2"))
	cancelTag  = crypto.Keccak256Hash([]byte("strait.lockmint.cancel.v1"))
	refundTag  = crypto.Keccak256Hash([]byte("strait.lockmint.refund.v1"))
	settleTag  = crypto.Keccak256Hash([]byte("strait.liquidity.settle.v1"))
)

// Lock is a Locked event read from a source chain.
type Lock struct {
	TransferID [32]byte
	DstChainID *big.Int
	Token      common.Address
	Amount     *big.Int
	Recipient  common.Address
	Payload    []byte
	Nonce      uint64
	// RefundTo and Deadline: where a refund goes if the lock is cancelled
	// at the destination after Deadline (unix seconds, 0 = never).
	RefundTo common.Address
	Deadline uint64
	// Where it was seen.
	Bridge      common.Address
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
}

// checkLog checks the envelope of a log before its data is decoded: it is
// a `name` event (topic and topic count) emitted by `emitter`, the
// contract in the `role` the caller expects.
func checkLog(l *types.Log, emitter common.Address, role string, topic common.Hash, topics int, name string) error {
	if l == nil {
		return errorf(CodeBadLog, nil, "nil log")
	}
	if l.Address != emitter {
		return errorf(CodeBadLog, nil, "log from %s, not the %s %s", l.Address, role, emitter)
	}
	if len(l.Topics) != topics || l.Topics[0] != topic {
		return errorf(CodeBadLog, nil, "not a %s event (%d topics)", name, len(l.Topics))
	}
	return nil
}

// ParseLocked decodes a Locked log emitted by `bridge`. Outside input (any
// log a node returns): anything else is a CodeBadLog error.
func ParseLocked(bridge common.Address, l *types.Log) (*Lock, error) {
	if err := checkLog(l, bridge, "bridge", lockedTopic, 4, "Locked"); err != nil {
		return nil, err
	}
	ev, err := bridgeABI.UnpackLockedEvent(l)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "Locked event data")
	}
	if ev.Amount == nil || ev.Amount.Sign() <= 0 {
		return nil, errorf(CodeBadLog, nil, "Locked event with amount %v", ev.Amount)
	}
	return &Lock{TransferID: ev.TransferId, DstChainID: ev.DstChainId, Token: ev.Token, Amount: ev.Amount,
		Recipient: ev.Recipient, Payload: ev.Payload, Nonce: ev.Nonce, RefundTo: ev.RefundTo, Deadline: ev.Deadline, Bridge: l.Address, TxHash: l.TxHash,
		BlockNumber: l.BlockNumber, BlockHash: l.BlockHash}, nil
}

// Deposit is a Deposited event of a liquidity pool.
type Deposit struct {
	Order       bindings.LiquidityPoolOrder
	OrderHash   [32]byte
	Pool        common.Address
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
}

// ParseDeposited decodes a Deposited log emitted by `pool` and checks that
// the order hash in the event is the hash of the order in the event.
func ParseDeposited(pool common.Address, l *types.Log) (*Deposit, error) {
	if err := checkLog(l, pool, "pool", depositedTopic, 3, "Deposited"); err != nil {
		return nil, err
	}
	ev, err := poolABI.UnpackDepositedEvent(l)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "Deposited event data")
	}
	if ev.Order.Amount == nil || ev.Order.Amount.Sign() <= 0 || ev.Order.TransferId != ev.TransferId {
		return nil, errorf(CodeBadLog, nil, "Deposited event with an inconsistent order")
	}
	h, err := OrderHash(ev.Order)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "order hash")
	}
	if h != ev.OrderHash {
		return nil, errorf(CodeBadLog, nil, "Deposited order hash %x does not match its order (%x)", ev.OrderHash, h)
	}
	return &Deposit{Order: ev.Order, OrderHash: ev.OrderHash, Pool: l.Address, TxHash: l.TxHash,
		BlockNumber: l.BlockNumber, BlockHash: l.BlockHash}, nil
}

// GatewayRefund is a TransferRefunded event of a Gateway: the funds of a
// transfer went to its refund address on that chain, in that token.
type GatewayRefund struct {
	TransferID [32]byte
	RefundTo   common.Address
	Token      common.Address
	Amount     *big.Int
	// Reason is the revert data of the hop the Gateway could not start.
	Reason      []byte
	Gateway     common.Address
	TxHash      common.Hash
	BlockNumber uint64
}

// ParseGatewayRefund decodes a TransferRefunded log emitted by `gateway`.
// Outside input: anything else is a CodeBadLog error.
func ParseGatewayRefund(gateway common.Address, l *types.Log) (*GatewayRefund, error) {
	if err := checkLog(l, gateway, "gateway", gatewayRefundedTopic, 3, "TransferRefunded"); err != nil {
		return nil, err
	}
	ev, err := gatewayABI.UnpackTransferRefundedEvent(l)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "TransferRefunded event data")
	}
	if ev.Amount == nil || ev.Amount.Sign() <= 0 || ev.RefundTo == (common.Address{}) {
		return nil, errorf(CodeBadLog, nil, "TransferRefunded event with amount %v to %s", ev.Amount, ev.RefundTo)
	}
	return &GatewayRefund{TransferID: ev.TransferId, RefundTo: ev.RefundTo, Token: ev.Token, Amount: ev.Amount, Reason: ev.Reason,
		Gateway: l.Address, TxHash: l.TxHash, BlockNumber: l.BlockNumber}, nil
}

// MessageDigest is LockMintBridge.digest(m), computed here so that each
// attester checks what it signs without asking a node.
func MessageDigest(m bindings.LockMintBridgeMessage) [32]byte {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	var buf []byte
	buf = append(buf, messageTag[:]...)
	buf = append(buf, m.TransferId[:]...)
	buf = append(buf, word(m.SrcChainId.Bytes())...)
	buf = append(buf, word(m.SrcBridge[:])...)
	buf = append(buf, word(m.DstChainId.Bytes())...)
	buf = append(buf, word(m.DstBridge[:])...)
	buf = append(buf, word(m.SrcToken[:])...)
	buf = append(buf, word(m.Amount.Bytes())...)
	buf = append(buf, word(m.Recipient[:])...)
	ph := crypto.Keccak256(m.Payload)
	buf = append(buf, ph...)
	buf = append(buf, word(m.RefundTo[:])...)
	buf = append(buf, word(new(big.Int).SetUint64(m.Deadline).Bytes())...)
	return crypto.Keccak256Hash(buf)
}

// CancelDigest is LockMintBridge.cancelDigest(m).
func CancelDigest(m bindings.LockMintBridgeMessage) [32]byte {
	d := MessageDigest(m)
	return crypto.Keccak256Hash(cancelTag[:], d[:])
}

// RefundDigest is LockMintBridge.refundDigest(m).
func RefundDigest(m bindings.LockMintBridgeMessage) [32]byte {
	d := MessageDigest(m)
	return crypto.Keccak256Hash(refundTag[:], d[:])
}

// OrderHash is LiquidityPool.orderHash(o) = keccak256(abi.encode(o)).
func OrderHash(o bindings.LiquidityPoolOrder) ([32]byte, error) {
	args := poolABI.GetABI().Methods["orderHash"].Inputs
	enc, err := args.Pack(o)
	if err != nil {
		return [32]byte{}, fmt.Errorf("encode order: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// SettleDigest is LiquidityPool.settleDigest(hash, filler).
func SettleDigest(orderHash [32]byte, filler common.Address) [32]byte {
	buf := append(append(append([]byte{}, settleTag[:]...), orderHash[:]...), common.LeftPadBytes(filler[:], 32)...)
	return crypto.Keccak256Hash(buf)
}

var _ = abi.ConvertType
