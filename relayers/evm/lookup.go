package evm

import (
	"context"
	"math/big"

	ethereum "github.com/ethereum/go-ethereum"
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
	head, err := c.head(ctx)
	if err != nil {
		return ""
	}
	from := uint64(0)
	if head > c.opts.Lookback {
		from = head - c.opts.Lookback
	}
	q := ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), Addresses: []common.Address{contract},
		Topics: [][]common.Hash{{topic}, {transferID}, {common.BigToHash(srcChainID)}},
	}
	var tx string
	_ = c.pool.Do(ctx, "find delivery", func(ctx context.Context, cl Client) error {
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
