package node

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
)

func signTx(t *testing.T, cl evmnet.Client, key evmnet.Key, u api.UnsignedTx, nonce, chainID uint64) string {
	t.Helper()
	to := common.HexToAddress(u.To)
	head, err := cl.HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 2_000_000, To: &to, Data: hexutil.MustDecode(u.Data)})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), key.Private())
	if err != nil {
		t.Fatal(err)
	}
	b, _ := signed.MarshalBinary()
	return hexutil.Encode(b)
}

func balanceOf(t *testing.T, cl evmnet.Client, token, who common.Address) *big.Int {
	t.Helper()
	tok := bindings.NewTestToken()
	out, err := evmnet.Call(context.Background(), cl, token, tok.PackBalanceOf(who))
	if err != nil {
		t.Fatal(err)
	}
	v, err := tok.UnpackBalanceOf(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestEndToEndOnTheEVMDevnet: quote over NATS, sign with a demo wallet,
// submit, follow the status events to COMPLETED, and find the quoted amount
// at the recipient on the destination chain.
func TestEndToEndOnTheEVMDevnet(t *testing.T) {
	ev, c, nc := fastDevnetNode(t)
	rctx, rcancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer rcancel()

	d := ev.Devnet
	a, b := d.Targets[0], d.Targets[1]
	user := d.Options.Demo[2]
	recipient := evmnet.DevKey("e2e-recipient").Address
	q, err := c.Quote(rctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "250000000", Owner: user.Address.Hex(), Recipient: recipient.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if q.SourceTx == nil {
		t.Fatal("quote has no source transaction")
	}
	if q.SourceTx.GasLimit == "" || q.SourceTx.MaxFeePerGas == "" || q.SourceTx.Approvals[0].GasLimit == "" {
		t.Fatalf("quote lacks gas and fee hints: %+v", q.SourceTx)
	}
	cl := a.Client()
	nonce, _ := cl.PendingNonceAt(rctx, user.Address)
	// The wallet signs the approval and the start call; Strait broadcasts both.
	tr, err := c.Submit(rctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "e2e-1",
		SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
		SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
	if err != nil {
		t.Fatal(err)
	}
	// Follow the status events until the transfer ends (each once, in order).
	evs := followToEnd(t, rctx, c, nc, tr.ID)
	last, seq := evs[len(evs)-1], len(evs)
	if last.Substatus != api.SubCompleted {
		got, _ := c.Get(rctx, tr.ID)
		t.Fatalf("transfer ended %s/%s: %s (%+v)", last.Status, last.Substatus, last.Message, got)
	}
	got, err := c.Get(rctx, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	bal := balanceOf(t, b.Client(), d.Deployments[b.Name()].Tokens["USDC"], recipient)
	if bal.String() != got.AmountOut || bal.Sign() <= 0 {
		t.Fatalf("recipient holds %s, transfer says %s delivered", bal, got.AmountOut)
	}
	want, _ := new(big.Int).SetString(q.Routes[0].MinOut, 10)
	if bal.Cmp(want) < 0 {
		t.Fatalf("delivered %s below the quoted minimum %s", bal, want)
	}
	t.Logf("delivered %s (quoted %s, min %s) in %d events", bal, q.Routes[0].AmountOut, q.Routes[0].MinOut, seq)
}

// TestEndToEndWalletBroadcastsItsOwnTransactions: a wallet that sends the
// approval and the start call through its own RPC submits the start
// call's hash (tx_hash) instead of the signed bytes. The node finds the
// transaction on chain, checks it is the quoted call, follows it and
// relays the route; the wallet follows the transfer with Client.Watch.
func TestEndToEndWalletBroadcastsItsOwnTransactions(t *testing.T) {
	ev, c, _ := fastDevnetNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	d := ev.Devnet
	a, b := d.Targets[0], d.Targets[2]
	user := d.Options.Demo[3]
	recipient := evmnet.DevKey("e2e-self-broadcast").Address
	q, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "150000000", Owner: user.Address.Hex(), Recipient: recipient.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	cl := a.Client()
	nonce, err := cl.PendingNonceAt(ctx, user.Address)
	if err != nil {
		t.Fatal(err)
	}
	var start *types.Transaction
	for i, u := range append(append([]api.UnsignedTx(nil), q.SourceTx.Approvals...), *q.SourceTx) {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(hexutil.MustDecode(signTx(t, cl, user, u, nonce+uint64(i), a.ChainID()))); err != nil {
			t.Fatal(err)
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			t.Fatalf("the wallet's own broadcast of %s: %v", u.To, err)
		}
		start = tx
	}
	tr, err := c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "e2e-self-broadcast", TxHash: start.Hash().Hex()})
	if err != nil {
		t.Fatal(err)
	}
	if tr.SourceTx != start.Hash().Hex() {
		t.Errorf("transfer's source tx %s, the wallet sent %s", tr.SourceTx, start.Hash().Hex())
	}
	var last api.StatusEvent
	if err := c.Watch(ctx, tr.ID, api.WatchOptions{}, func(e api.StatusEvent) error { last = e; return nil }); err != nil {
		t.Fatal(err)
	}
	if last.Substatus != api.SubCompleted {
		got, _ := c.Get(ctx, tr.ID)
		t.Fatalf("transfer ended %s/%s: %s (%+v)", last.Status, last.Substatus, last.Message, got)
	}
	got, err := c.Get(ctx, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	bal := balanceOf(t, b.Client(), d.Deployments[b.Name()].Tokens["USDC"], recipient)
	min, _ := new(big.Int).SetString(q.Routes[0].MinOut, 10)
	if bal.String() != got.AmountOut || bal.Cmp(min) < 0 {
		t.Fatalf("recipient holds %s; transfer says %s delivered, quoted minimum %s", bal, got.AmountOut, min)
	}
	// The same hash again, for another transfer: refused.
	q2, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "150000000", Owner: user.Address.Hex(), Recipient: recipient.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Submit(ctx, api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "e2e-self-broadcast-2", TxHash: start.Hash().Hex()})
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeTxReplayed && ae.Code != api.CodeTxMismatch {
		t.Fatalf("the same transaction for a second transfer: %v", err)
	}
}
