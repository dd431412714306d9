package node

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
)

// cancelWhilePending quotes USDC from chain a to chain b, holds chain a
// still (its wallet's transactions wait in the pool), submits and cancels:
// the cancel is recorded, not final, since the signed transaction may
// still be mined. It returns the transfer and the user's USDC on a before.
func cancelWhilePending(t *testing.T, ctx context.Context, n *refundNet, user evmnet.Key, recipient common.Address, ref string) (*api.Transfer, *big.Int, uint64) {
	t.Helper()
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	n.shortDeadlines(t)
	before := balanceOf(t, a.Client(), d.Deployments[a.Name()].Tokens["USDC"], user.Address)
	nonce, err := a.Client().PendingNonceAt(ctx, user.Address)
	if err != nil {
		t.Fatal(err)
	}
	a.Stop()
	t.Cleanup(a.Start)
	tr, _ := n.send(t, ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "120000000",
		Owner: user.Address.Hex(), Recipient: recipient.Hex()}, user, ref)
	if tr.Substatus != api.SubSourceConfirming {
		t.Fatalf("after submit: %s", tr.Substatus)
	}
	c, err := n.c.Cancel(ctx, tr.ID)
	if err != nil || c.Status != api.StatusPending || !c.CancelRequested {
		t.Fatalf("cancel with the source transaction in the pool: %+v %v", c, err)
	}
	return tr, before, nonce
}

// TestCancelledTransferWhoseSourceConfirmsIsRefunded: the wallet cancels
// while its transaction is in the pool, and the transaction is mined
// anyway. The transfer starts no hop and refunds: it ends DONE/REFUNDED
// with the user's USDC back and nothing paid at the destination. (Ending
// it CANCELLED at the cancel, as before, left the deposit in the source
// pool with nobody to fill or refund it.)
func TestCancelledTransferWhoseSourceConfirmsIsRefunded(t *testing.T) {
	n := startRefundNet(t, 2)
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[2]
	recipient := evmnet.DevKey("cancel-e2e-recipient").Address
	tr, before, _ := cancelWhilePending(t, ctx, n, user, recipient, "cancel-e2e-confirms")
	a.Start()
	evs := n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusDone || last.Substatus != api.SubRefunded {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if lastOf(evs, "CancelRequested") == nil || lastOf(evs, "SourceConfirmed") == nil || lastOf(evs, "HopStarted") != nil {
		t.Fatalf("want CancelRequested, SourceConfirmed and no hop:%s", describe(evs))
	}
	usdc := d.Deployments[a.Name()].Tokens["USDC"]
	if got := balanceOf(t, a.Client(), usdc, user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v USDC on %s after the refund, had %v:%s", got, a.Name(), before, describe(evs))
	}
	if bal := balanceOf(t, b.Client(), d.Deployments[b.Name()].Tokens["USDC"], recipient); bal.Sign() != 0 {
		t.Fatalf("recipient got %v although the wallet cancelled", bal)
	}
	refundedOnChain(t, a.Client(), lastOf(evs, "Refunded"), usdc, user.Address, big.NewInt(120000000))
	if got, err := n.c.Get(ctx, tr.ID); err != nil || !got.CancelRequested || got.Substatus != api.SubRefunded {
		t.Fatalf("transfer.get: %+v %v", got, err)
	}
	t.Logf("refunded in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
}

// TestCancelledTransferWhoseSourceIsReplacedEndsCancelled: the wallet
// cancels and replaces its start transaction (the same nonce, a transfer
// to itself): nothing leaves the wallet, and once the chain passes the
// deadline the start call commits, the transfer ends FAILED/CANCELLED.
func TestCancelledTransferWhoseSourceIsReplacedEndsCancelled(t *testing.T) {
	n := startRefundNet(t, 2)
	d := n.ev.Devnet
	a := d.Chains[0]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[3]
	tr, before, nonce := cancelWhilePending(t, ctx, n, user, evmnet.DevKey("cancel-e2e-recipient-2").Address, "cancel-e2e-replaced")
	// The start transaction has nonce+1 (nonce is its approval); replace
	// it with a plain transfer at a higher fee.
	head, err := a.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	self := user.Address
	repl := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(a.ChainID()), Nonce: nonce + 1, GasTipCap: big.NewInt(5e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(5e9)), Gas: 21000, To: &self})
	signed, err := types.SignTx(repl, types.LatestSignerForChainID(repl.ChainId()), user.Private())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Client().SendTransaction(ctx, signed); err != nil {
		t.Fatalf("replace the start transaction: %v", err)
	}
	a.Start()
	evs := n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusFailed || last.Substatus != api.SubCancelled || !strings.Contains(last.Message, "cancelled by the wallet") {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if lastOf(evs, "SourceConfirmed") != nil || lastOf(evs, "HopStarted") != nil {
		t.Fatalf("nothing should have moved:%s", describe(evs))
	}
	if got := balanceOf(t, a.Client(), d.Deployments[a.Name()].Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v USDC, had %v:%s", got, before, describe(evs))
	}
	t.Logf("cancelled in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
}

// TestCancelledTransferIntoCosmosIsRefundedFromTheEscrow: the same cancel
// on a route into Cosmos. The mined deposit sits in the EVM -> Cosmos
// bridge's escrow, on the EVM chain, which only the Cosmos executor can
// refund: the refund goes to the executor of the hop the funds are in
// (before, to the EVM chain's, which answered "no automatic refund" and
// ended the transfer NOT_PROCESSABLE_REFUND_NEEDED).
func TestCancelledTransferIntoCosmosIsRefundedFromTheEscrow(t *testing.T) {
	ev, cd, c, nc := cosmosDevnets(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := ev.Devnet
	a := d.Targets[0]
	chain := d.Chain(a.Name())
	usdc := d.Deployments[a.Name()].Tokens["USDC"]
	user := d.Options.Demo[0]
	before := balanceOf(t, a.Client(), usdc, user.Address)
	chain.Stop()
	t.Cleanup(chain.Start)
	_, tr := startTransfer(t, ctx, ev, cd, c, 0, cosmos.DevKey("cancel-into-cosmos").Address().String(), "40000000")
	if got, err := c.Cancel(ctx, tr.ID); err != nil || !got.CancelRequested {
		t.Fatalf("cancel: %+v %v", got, err)
	}
	chain.Start()
	evs := followUntil(t, ctx, c, nc, tr.ID, func(e api.StatusEvent) bool { return e.Type == "RefundStarted" || api.Ended(e.Status) })
	if last := evs[len(evs)-1]; last.Type != "RefundStarted" || lastOf(evs, "HopStarted") != nil {
		t.Fatalf("after the deposit was mined:%s", describe(evs))
	}
	// The escrow refunds after the order's deadline and its grace: move
	// the EVM clock there.
	if err := chain.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	rest := followToEnd(t, ctx, c, nc, tr.ID)
	if last := rest[len(rest)-1]; last.Substatus != api.SubRefunded {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(rest))
	}
	if got := balanceOf(t, a.Client(), usdc, user.Address); got.Cmp(before) != 0 {
		t.Fatalf("wallet holds %s USDC after the refund, %s before", got, before)
	}
}
