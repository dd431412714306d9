package relayers

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

// BalanceReader reads an account's native balance.
type BalanceReader func(ctx context.Context, account common.Address) (*big.Int, error)

// Alarm is raised when an operator's gas balance falls below its floor and
// cleared when it recovers.
type Alarm struct {
	Chain   string
	Account common.Address
	Balance *big.Int
	Floor   *big.Int
	Raised  bool // false: cleared
}

// BalanceAlarm watches operator balances on one chain. It is edge
// triggered: one alarm when a balance drops below the floor, one clearing
// when it is back, nothing in between.
type BalanceAlarm struct {
	Chain  string
	Floor  *big.Int
	Read   BalanceReader
	Notify func(Alarm)
	Logger *slog.Logger

	mu  sync.Mutex
	low map[common.Address]bool
}

// Check reads each account once and notifies on changes.
func (b *BalanceAlarm) Check(ctx context.Context, accounts ...common.Address) error {
	for _, a := range accounts {
		bal, err := b.Read(ctx, a)
		if err != nil {
			return fmt.Errorf("balance of %s on %s: %w", a, b.Chain, err)
		}
		low := bal.Cmp(b.Floor) < 0
		b.mu.Lock()
		if b.low == nil {
			b.low = map[common.Address]bool{}
		}
		changed := b.low[a] != low
		b.low[a] = low
		b.mu.Unlock()
		if !changed {
			continue
		}
		al := Alarm{Chain: b.Chain, Account: a, Balance: bal, Floor: b.Floor, Raised: low}
		if b.Logger != nil {
			if low {
				b.Logger.Warn("operator balance low", "chain", b.Chain, "account", a.Hex(), "balance", bal.String(), "floor", b.Floor.String())
			} else {
				b.Logger.Info("operator balance recovered", "chain", b.Chain, "account", a.Hex(), "balance", bal.String())
			}
		}
		if b.Notify != nil {
			b.Notify(al)
		}
	}
	return nil
}
