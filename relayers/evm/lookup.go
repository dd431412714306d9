package evm

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

var (
	deliveredTopic    = bridgeABI.GetABI().Events["Delivered"].ID
	lockRefundedTopic = bridgeABI.GetABI().Events["LockRefunded"].ID
)

// deliveryTx finds the transaction that delivered a transfer on dst (its
// Delivered or Filled event, both indexed by transfer id and source chain)
// within the chain's lookback window. When another instance or an earlier
// attempt delivered a hop, this is the id the next hop starts from. It
// returns "" if the event is not found (the hop is still delivered).
func (c *Chain) deliveryTx(ctx context.Context, contract common.Address, topic common.Hash, transferID [32]byte, srcChainID *big.Int) string {
	return c.eventTx(ctx, contract, [][]common.Hash{{topic}, {transferID}, {common.BigToHash(srcChainID)}})
}
