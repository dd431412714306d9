package evm

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/relayers"
)

var (
	gatewayParkedTopic   = gatewayABI.GetABI().Events["TransferParked"].ID
	gatewayReroutedTopic = gatewayABI.GetABI().Events["TransferRerouted"].ID
)

// GatewayParked is a TransferParked event: a Gateway on an intermediate
// chain could not forward a transfer whose route commits alternatives, and
// holds its funds until a committed alternative takes them (reroute) or
// they are refunded (refundParked).
type GatewayParked struct {
	TransferID [32]byte
	Token      common.Address
	Amount     *big.Int
	// Reason is the revert data of the hop the Gateway could not start.
	Reason      []byte
	Gateway     common.Address
	TxHash      common.Hash
	BlockNumber uint64
}

// ParseGatewayParked decodes a TransferParked log emitted by `gateway`.
// Outside input: anything else is a CodeBadLog error.
func ParseGatewayParked(gateway common.Address, l *types.Log) (*GatewayParked, error) {
	if err := checkLog(l, gateway, "gateway", gatewayParkedTopic, 2, "TransferParked"); err != nil {
		return nil, err
	}
	ev, err := gatewayABI.UnpackTransferParkedEvent(l)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "TransferParked event data")
	}
	if ev.Amount == nil || ev.Amount.Sign() <= 0 || ev.Token == (common.Address{}) {
		return nil, errorf(CodeBadLog, nil, "TransferParked event with amount %v of %s", ev.Amount, ev.Token)
	}
	return &GatewayParked{TransferID: ev.TransferId, Token: ev.Token, Amount: ev.Amount, Reason: ev.Reason,
		Gateway: l.Address, TxHash: l.TxHash, BlockNumber: l.BlockNumber}, nil
}

// GatewayParkedIn returns the TransferParked event of transfer `id` that
// `gateway` emitted in receipt r, or nil.
func GatewayParkedIn(r *types.Receipt, gateway common.Address, id [32]byte) *GatewayParked {
	for _, l := range r.Logs {
		if g, err := ParseGatewayParked(gateway, l); err == nil && g.TransferID == id {
			return g
		}
	}
	return nil
}

// GatewayOps sends an operator's calls to Strait's Gateways: taking a
// committed alternative for parked funds (reroute) and refunding parked
// funds (refundParked). Both act once on chain (a second call reverts
// NotParked); ParkedOutcome finds the transaction that did.
type GatewayOps struct {
	chains map[string]*Chain
	key    relayers.OperatorKey
}

// NewGatewayOps returns GatewayOps over chains, signing with key.
func NewGatewayOps(chains []*Chain, key relayers.OperatorKey) *GatewayOps {
	g := &GatewayOps{chains: map[string]*Chain{}, key: key}
	for _, c := range chains {
		g.chains[c.Name()] = c
	}
	return g
}

func (g *GatewayOps) chain(name string) (*Chain, error) {
	c, ok := g.chains[name]
	if !ok {
		return nil, errorf(CodeBadHop, nil, "no connection to chain %s", name)
	}
	return c, nil
}

// Call sends data to the gateway on chain and waits for its receipt. A
// call that would revert returns a CodeReverted error wrapping the
// *Revert (its data names the Gateway's custom error).
func (g *GatewayOps) Call(ctx context.Context, chain string, gateway common.Address, data []byte) (*types.Receipt, error) {
	c, err := g.chain(chain)
	if err != nil {
		return nil, err
	}
	tx, err := c.Send(ctx, g.key, gateway, data)
	if err != nil {
		if rv := revertOf(err); rv != nil {
			return nil, errorf(CodeReverted, rv, "gateway call on %s", chain)
		}
		return nil, err
	}
	r, err := c.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, errorf(CodeReverted, nil, "gateway call %s on %s reverted", tx.Hash().Hex(), chain)
	}
	return r, nil
}

// ParkedOutcome finds, within the chain's lookback, the transactions that
// took transfer id's parked funds on along an alternative and that
// refunded them ("" when none).
func (g *GatewayOps) ParkedOutcome(ctx context.Context, chain string, gateway common.Address, id [32]byte) (rerouteTx, refundTx string, err error) {
	c, err := g.chain(chain)
	if err != nil {
		return "", "", err
	}
	rerouteTx = c.eventTx(ctx, gateway, [][]common.Hash{{gatewayReroutedTopic}, {id}})
	refundTx = c.eventTx(ctx, gateway, [][]common.Hash{{gatewayRefundedTopic}, {id}})
	return rerouteTx, refundTx, nil
}

// Receipt reads a transaction's receipt on chain.
func (g *GatewayOps) Receipt(ctx context.Context, chain string, tx common.Hash) (*types.Receipt, error) {
	c, err := g.chain(chain)
	if err != nil {
		return nil, err
	}
	r, err := c.receipt(ctx, tx)
	if err != nil {
		return nil, fmt.Errorf("receipt of %s on %s: %w", tx.Hex(), chain, err)
	}
	return r, nil
}
