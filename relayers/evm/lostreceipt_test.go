package evm_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// lossyClient never shows the receipt of a transaction sent through it:
// the node took the transaction, but its answers about it are lost.
type lossyClient struct {
	evm.Client
	mu   sync.Mutex
	sent map[common.Hash]bool
}

func (l *lossyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	l.mu.Lock()
	l.sent[tx.Hash()] = true
	l.mu.Unlock()
	return l.Client.SendTransaction(ctx, tx)
}

func (l *lossyClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	l.mu.Lock()
	lost := l.sent[h]
	l.mu.Unlock()
	if lost {
		return nil, ethereum.NotFound
	}
	return l.Client.TransactionReceipt(ctx, h)
}

// TestRetryAfterALostReceipt: the delivery lands but its receipt never
// arrives; the bounded wait ends, the retry finds the transfer delivered
// and reports it as such instead of sending again.
func TestRetryAfterALostReceipt(t *testing.T) {
	d := startNet(t, true)
	a, b := d.Targets[0], d.Targets[1]
	user := d.Options.Demo[1]
	to := evmnet.DevKey("lost-receipt").Address
	amt := evmnet.Ether
	id := crypto.Keccak256Hash([]byte("lost-receipt-1"))
	wtka := d.Deployments[b.Name()].Wrapped["TKA@"+a.Name()]
	tx := startTransfer(t, d, user, id, 1, d.Deployments[a.Name()].Tokens["TKA"], amt, to, wtka, big.NewInt(0))

	chains, err := evmrelay.Chains(d, evmrelay.Options{PollInterval: 20 * time.Millisecond, WaitTimeout: 3 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range chains {
		o := c.Options()
		for j := range o.Endpoints {
			o.Endpoints[j].Client = &lossyClient{Client: o.Endpoints[j].Client, sent: map[common.Hash]bool{}}
		}
		if chains[i], err = evm.NewChain(o); err != nil {
			t.Fatal(err)
		}
	}
	set := build(t, d, 0, nil, evmrelay.Options{})
	p := &recorder{}
	op := d.Options.Operators[0]
	r, err := evm.NewLockMint(evm.Options{Chains: chains, Operator: relayers.NewOperatorKey(op.Name, op.Private()),
		Attesters: set.Attesters, Threshold: int(d.Options.Threshold), Progress: p,
		Retry: relayers.RetryOptions{Initial: 10 * time.Millisecond}})
	if err != nil {
		t.Fatal(err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-lost", Attempt: 1}, TransferID: id, Kind: evm.KindLockMint,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex()}
	if err := r.Execute(context.Background(), hop); err != nil {
		t.Fatalf("execute: %v (%v)", err, p.all())
	}
	steps := strings.Join(p.all(), "|")
	if strings.Count(steps, "submitted") != 1 || !strings.Contains(steps, "already=true tx=true") {
		t.Fatalf("want one submission, then already-delivered: %v", p.all())
	}
	if got := balance(t, b, wtka, to); got.Cmp(amt) != 0 {
		t.Fatalf("delivered %v, want %v once", got, amt)
	}
}
