package evm

import (
	"context"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/relayers"
)

// BalanceAlarm returns an edge-triggered low-balance alarm for operator
// accounts on a chain, reading balances through the chain's RPC pool.
func (c *Chain) BalanceAlarm(floor *big.Int, notify func(relayers.Alarm)) *relayers.BalanceAlarm {
	return &relayers.BalanceAlarm{Chain: c.Name(), Floor: floor, Notify: notify, Logger: c.opts.Logger,
		Read: func(ctx context.Context, a common.Address) (*big.Int, error) { return c.Balance(ctx, a) }}
}

// WatchBalances checks the accounts on every period until ctx ends. Read
// errors are logged (the pool's breakers deal with dead endpoints) and the
// next period tries again.
func WatchBalances(ctx context.Context, alarm *relayers.BalanceAlarm, period time.Duration, logger *slog.Logger, accounts ...common.Address) {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		if err := alarm.Check(ctx, accounts...); err != nil && ctx.Err() == nil && logger != nil {
			logger.Warn("balance check failed", "chain", alarm.Chain, "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
