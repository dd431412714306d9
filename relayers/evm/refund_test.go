package evm_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// TestLiquidityRefundOfAnUnfilledOrder: the destination pool is paused, so
// the fill fails with evm_paused; the refund waits for the source chain to
// pass the order's deadline plus the pool's grace, pays the refund address
// once although two refunders race, and a later call reports the refund
// that was paid.
func TestLiquidityRefundOfAnUnfilledOrder(t *testing.T) {
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{Chains: evmnet.DefaultChains()[:2], BlockPeriod: 100 * time.Millisecond, AutoMine: true,
		Fees: evmnet.LiquidityFees{BaseBps: 5, SlopeBps: 100, RefundGrace: 3 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	gs, err := evmnet.NewSender(ctx, b, d.Options.Governance.Signers[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := gs.Exec(ctx, "pause the destination pool", db.Governance, bindings.NewGovernance().PackEmergencyPause(db.Liquidity)); err != nil {
		t.Fatal(err)
	}
	user := d.Options.Demo[1]
	amt := big.NewInt(700 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("refund-liq-1"))
	head, err := a.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := balance(t, a, da.Tokens["USDC"], user.Address)
	tx := startTransferUntil(t, d, user, id, 2, da.Tokens["USDC"], amt, evmnet.DevKey("refund-recipient").Address, db.Tokens["USDC"],
		big.NewInt(50*1_000_000), head.Time+15)
	if got := new(big.Int).Sub(before, balance(t, a, da.Tokens["USDC"], user.Address)); got.Cmp(amt) != 0 {
		t.Fatalf("the deposit took %v, want %v", got, amt)
	}
	set := build(t, d, 0, nil, evmrelay.Options{})
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-refund-1", Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	if err := set.Liquidity.Execute(ctx, hop); evm.CodeOf(err) != evm.CodePaused {
		t.Fatalf("fill into a paused pool: %v, want %s", err, evm.CodePaused)
	}
	// Two refunders at once (a restarted node and its old self): one pays.
	rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	other := build(t, d, 0, nil, evmrelay.Options{}).Liquidity
	var wg sync.WaitGroup
	res := make([]*evm.Refund, 2)
	errs := make([]error, 2)
	for i := range res {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			r := set.Liquidity
			if i == 1 {
				r = other
			}
			res[i], errs[i] = r.Refund(rctx, hop)
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("refund %d: %v", i, err)
		}
	}
	// Both may report the same transaction (the same operator key signs
	// the same call with the same nonce, and the node knows it already);
	// what must not happen is two refund transactions.
	paid := map[string]bool{}
	for _, r := range res {
		if !r.Already {
			paid[r.TxID] = true
		}
		if r.TxID == "" || r.To != user.Address || r.Amount.Cmp(amt) != 0 || r.Chain != a.Name() || r.Token != da.Tokens["USDC"] {
			t.Fatalf("refund %+v", r)
		}
	}
	if len(paid) > 1 {
		t.Fatalf("%d refund transactions paid: %v", len(paid), paid)
	}
	if got := balance(t, a, da.Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v after the refund, had %v", got, before)
	}
	// Later: already refunded, by the transaction on chain.
	again, err := set.Liquidity.Refund(ctx, hop)
	if err != nil || !again.Already || again.TxID == "" {
		t.Fatalf("third refund: %+v %v", again, err)
	}
	if got := balance(t, a, da.Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v after a repeated refund, had %v", got, before)
	}
}

// TestFilledOrderIsNeverRefunded: once the destination paid the order, the
// source escrow belongs to the relayer; a refund is refused for good.
func TestFilledOrderIsNeverRefunded(t *testing.T) {
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{Chains: evmnet.DefaultChains()[:2], BlockPeriod: 100 * time.Millisecond, AutoMine: true,
		Fees: evmnet.LiquidityFees{BaseBps: 5, SlopeBps: 100, RefundGrace: 1 * time.Second}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[2]
	amt := big.NewInt(300 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("refund-liq-filled"))
	tx := startTransfer(t, d, user, id, 2, da.Tokens["USDC"], amt, evmnet.DevKey("refund-recipient").Address, db.Tokens["USDC"], big.NewInt(50*1_000_000))
	set := build(t, d, 0, nil, evmrelay.Options{})
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-refund-2", Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	if err := set.Liquidity.Execute(ctx, hop); err != nil {
		t.Fatal(err)
	}
	if _, err := set.Liquidity.Refund(ctx, hop); evm.CodeOf(err) != evm.CodeNotRefundable {
		t.Fatalf("refund of a filled order: %v, want %s", err, evm.CodeNotRefundable)
	}
}

// TestLockMintRefundOfAnUndeliverableLock: the destination bridge is
// paused, so delivery fails with evm_paused. The refund waits for the
// destination to pass the lock's deadline, records the cancellation there
// (while paused), then refunds at the source once the cancellation is
// final; two racing refunders pay once, a later call reports the refund,
// and the message can no longer be delivered.
func TestLockMintRefundOfAnUndeliverableLock(t *testing.T) {
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{Chains: evmnet.DefaultChains()[:2], BlockPeriod: 100 * time.Millisecond, AutoMine: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	gs, err := evmnet.NewSender(ctx, b, d.Options.Governance.Signers[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := gs.Exec(ctx, "pause the destination bridge", db.Governance, bindings.NewGovernance().PackEmergencyPause(db.LockMint)); err != nil {
		t.Fatal(err)
	}
	user := d.Options.Demo[3]
	amt := new(big.Int).Mul(big.NewInt(4), evmnet.Ether)
	id := crypto.Keccak256Hash([]byte("refund-lm-1"))
	var now uint64
	for _, c := range d.Chains {
		h, err := c.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		now = max(now, h.Time)
	}
	tka := da.Tokens["TKA"]
	before := balance(t, a, tka, user.Address)
	tx := startTransferUntil(t, d, user, id, 1, tka, amt, evmnet.DevKey("refund-recipient").Address, db.Wrapped["TKA@"+a.Name()],
		big.NewInt(0), now+15)
	set := build(t, d, 0, nil, evmrelay.Options{})
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-refund-lm", Attempt: 1}, TransferID: id, Kind: evm.KindLockMint,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	if err := set.LockMint.Execute(ctx, hop); evm.CodeOf(err) != evm.CodePaused {
		t.Fatalf("delivery into a paused bridge: %v, want %s", err, evm.CodePaused)
	}
	other := build(t, d, 0, nil, evmrelay.Options{}).LockMint
	rctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	res := make([]*evm.Refund, 2)
	errs := make([]error, 2)
	for i, r := range []*evm.LockMint{set.LockMint, other} {
		wg.Add(1)
		go func(i int, r *evm.LockMint) {
			defer wg.Done()
			res[i], errs[i] = r.Refund(rctx, hop)
		}(i, r)
	}
	wg.Wait()
	// Both may report the same transaction (the same operator key signs
	// the same call with the same nonce, and the node knows it already);
	// what must not happen is two refund transactions.
	paid := map[string]bool{}
	for i, r := range res {
		if errs[i] != nil {
			t.Fatalf("refund %d: %v", i, errs[i])
		}
		if !r.Already {
			paid[r.TxID] = true
		}
		if r.TxID == "" || r.To != user.Address || r.Amount.Cmp(amt) != 0 || r.Chain != a.Name() || r.Token != tka {
			t.Fatalf("refund %+v", r)
		}
	}
	if len(paid) > 1 {
		t.Fatalf("%d refund transactions paid: %v", len(paid), paid)
	}
	if got := balance(t, a, tka, user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v TKA after the refund, had %v", got, before)
	}
	again, err := set.LockMint.Refund(ctx, hop)
	if err != nil || !again.Already || again.TxID == "" {
		t.Fatalf("third refund: %+v %v", again, err)
	}
	out, err := evmnet.Call(ctx, b.Client(), db.LockMint, bridgeABI.PackIsDelivered(new(big.Int).SetUint64(a.ChainID()), id))
	if err != nil {
		t.Fatal(err)
	}
	if taken, _ := bridgeABI.UnpackIsDelivered(out); !taken {
		t.Fatal("the cancelled message could still be delivered")
	}
	// The relayer tells the cancellation from a delivery.
	hop.Ref.Attempt = 2
	if err := set.LockMint.Execute(ctx, hop); evm.CodeOf(err) != evm.CodeCancelled {
		t.Fatalf("relaying a cancelled lock: %v, want %s", err, evm.CodeCancelled)
	}
	if got := balance(t, b, db.Wrapped["TKA@"+a.Name()], evmnet.DevKey("refund-recipient").Address); got.Sign() != 0 {
		t.Fatalf("recipient got %v although refunded", got)
	}
}
