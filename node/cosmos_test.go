package node

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"strings"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	distrtypes "github.com/cosmos/cosmos-sdk/x/distribution/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/relayers/evmcosmos"
	"github.com/straitnet/strait/relayers/ibc"
)

// cosmosDevnets starts the EVM devnet (without the guardian bridge, which
// these tests do not use) and the Cosmos devnet wired to it, and a node
// over both.
func cosmosDevnets(t *testing.T) (*EVMDevnet, *CosmosDevnet, *api.Client, *nats.Conn) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev, err := StartEVMDevnetWith(context.Background(), DevnetOptions{Guardians: -1,
		EVM: WithCosmos(evmnet.Options{BlockPeriod: 100 * time.Millisecond}, nil)}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ev.Close() })
	cd, err := StartCosmosDevnet(context.Background(), ev, CosmosOptions{BlockTime: 200 * time.Millisecond, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cd.Close)
	c, nc := serveNode(t, Config{Store: cd.Store, Builder: ev.Source, Checker: ev.Source, Executor: cd.Mux, Logger: quiet})
	return ev, cd, c, nc
}

func poolCredit(t *testing.T, cl evmnet.Client, pool, who, token common.Address) *big.Int {
	t.Helper()
	p := bindings.NewLiquidityPool()
	out, err := evmnet.Call(context.Background(), cl, pool, p.PackCredit(who, token))
	if err != nil {
		t.Fatal(err)
	}
	v, err := p.UnpackCredit(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// startTransfer quotes USDC on EVM chain A to USDC's voucher on the second
// Cosmos chain for recipient, checks the route, signs with a demo wallet
// and submits.
func startTransfer(t *testing.T, ctx context.Context, ev *EVMDevnet, cd *CosmosDevnet, c *api.Client, wallet int, recipient, amount string) (*api.QuoteReply, *api.Transfer) {
	t.Helper()
	d := ev.Devnet
	a := d.Targets[0]
	user := d.Options.Demo[wallet]
	to := "USDC@" + cd.Devnet.Net.Chains[1].ID()
	q, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: to, Amount: amount, Owner: user.Address.Hex(), Recipient: recipient})
	if err != nil {
		t.Fatal(err)
	}
	r := q.Routes[0]
	if len(r.Hops) != 2 || r.Hops[0].Protocol != evmcosmos.Kind || r.Hops[1].Protocol != ibc.KindTransfer || r.Hops[0].To != "USDC@"+cd.BridgeChain {
		t.Fatalf("best route %+v, want %s to USDC@%s then %s", r.Hops, evmcosmos.Kind, cd.BridgeChain, ibc.KindTransfer)
	}
	if q.SourceTx == nil || len(q.SourceTx.Approvals) != 1 {
		t.Fatalf("quote has no source transaction with its approval: %+v", q.SourceTx)
	}
	cl := a.Client()
	nonce, _ := cl.PendingNonceAt(ctx, user.Address)
	tr, err := c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "cosmos-" + recipient,
		SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
		SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
	if err != nil {
		t.Fatal(err)
	}
	return q, tr
}

// TestEVMIntoCosmosAndOnOverIBC: one node, the EVM and Cosmos devnets.
//
//   - USDC on EVM chain A to its voucher on the second Cosmos chain: the
//     wallet's Gateway call deposits into the pool with the route
//     committed; the bridge relayer pays with an IBC transfer from its own
//     uusdc on the first Cosmos chain; Strait's IBC relayer carries that
//     packet; the transfer completes with the recipient's bank balance
//     equal to the delivered amount; the attesters then settle and the
//     relayer is reimbursed on the EVM side.
//   - The same route to a recipient the second chain refuses (a module
//     account): ibc-go answers with an error ack, Strait reports the hop
//     as a coded failure (ibc_ack_error), nothing is settled, and the
//     transfer refunds the wallet from the EVM escrow.
func TestEVMIntoCosmosAndOnOverIBC(t *testing.T) {
	ev, cd, c, nc := cosmosDevnets(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d := ev.Devnet
	a := d.Targets[0]
	usdc := d.Deployments[a.Name()].Tokens["USDC"]
	pool := d.Deployments[a.Name()].Liquidity
	filler := evmnet.DevKey(bridgeKeyName).Address
	landing := cd.Devnet.Net.Chain(cd.BridgeChain)
	second := cd.Devnet.Net.Chains[1]
	bridgeAcc := sdk.MustAccAddressFromBech32(cd.Bridge.CosmosAddress())

	var firstPayment string // the bridge's payment in the first transfer
	t.Run("completes", func(t *testing.T) {
		recipient := cosmos.DevKey("e2e-cosmos-recipient").Address()
		credit0 := poolCredit(t, a.Client(), pool, filler, usdc)
		q, tr := startTransfer(t, ctx, ev, cd, c, 2, recipient.String(), "250000000")
		evs := followToEnd(t, ctx, c, nc, tr.ID)
		last := evs[len(evs)-1]
		if last.Substatus != api.SubCompleted {
			got, _ := c.Get(ctx, tr.ID)
			t.Fatalf("transfer ended %s/%s: %s (%+v)", last.Status, last.Substatus, last.Message, got)
		}
		got, err := c.Get(ctx, tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		snap := cd.Store.Load()
		i, _ := snap.AssetIndex(q.To)
		denom := snap.Assets[i].Address
		if !strings.HasPrefix(denom, "ibc/") {
			t.Fatalf("destination asset %s has denom %q, want a voucher", q.To, denom)
		}
		bal, err := second.Balance(ctx, recipient, denom)
		if err != nil {
			t.Fatal(err)
		}
		if bal.String() != got.AmountOut || !bal.IsPositive() {
			t.Fatalf("recipient holds %s %s on %s, transfer says %s delivered", bal, denom, second.ID(), got.AmountOut)
		}
		min, _ := new(big.Int).SetString(q.Routes[0].MinOut, 10)
		if bal.BigInt().Cmp(min) < 0 {
			t.Fatalf("delivered %s below the quoted minimum %s", bal, min)
		}
		// Reimbursement: the attesters sign once the packet is acknowledged
		// and the deposit final; the pool credits the escrow to the filler.
		want := new(big.Int).Add(credit0, big.NewInt(250000000))
		for poolCredit(t, a.Client(), pool, filler, usdc).Cmp(want) != 0 {
			if ctx.Err() != nil {
				t.Fatalf("relayer's credit on %s is %s, want %s (never reimbursed)", a.Name(), poolCredit(t, a.Client(), pool, filler, usdc), want)
			}
			time.Sleep(100 * time.Millisecond)
		}
		firstPayment = got.Hops[0].DestTx
		// Executing the bridge hop again (a restart, a second instance)
		// finds the payment by its memo and pays nothing.
		float1, err := landing.Balance(ctx, bridgeAcc, BridgeDenom)
		if err != nil {
			t.Fatal(err)
		}
		if err := cd.Bridge.Execute(ctx, relayers.Hop{Ref: relayers.HopRef{Transfer: tr.ID, Hop: 0, Attempt: 9}, TransferID: evmsource.TransferID(q.QuoteID),
			Kind: evmcosmos.Kind, FromChain: a.Name(), ToChain: cd.BridgeChain, SourceTx: sourceTxOf(t, evs)}); err != nil {
			t.Fatalf("bridge hop again: %v", err)
		}
		if float2, _ := landing.Balance(ctx, bridgeAcc, BridgeDenom); !float2.Equal(float1) {
			t.Fatalf("running the bridge hop again paid: float %s -> %s", float1, float2)
		}
		t.Logf("delivered %s %s on %s (quoted %s, min %s) in %d events; relayer reimbursed 250000000 on %s",
			bal, denom, second.ID(), q.Routes[0].AmountOut, q.Routes[0].MinOut, len(evs), a.Name())
	})

	t.Run("one hop", func(t *testing.T) {
		// The route ends on the landing chain: the bridge pays the
		// recipient with a bank send.
		user := d.Options.Demo[1]
		credit0 := poolCredit(t, a.Client(), pool, filler, usdc)
		recipient := cosmos.DevKey("e2e-cosmos-one-hop").Address()
		q, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + cd.BridgeChain, Amount: "5000000", Owner: user.Address.Hex(), Recipient: recipient.String()})
		if err != nil {
			t.Fatal(err)
		}
		if r := q.Routes[0]; len(r.Hops) != 1 || r.Hops[0].Protocol != evmcosmos.Kind {
			t.Fatalf("route %+v, want one %s hop", r.Hops, evmcosmos.Kind)
		}
		cl := a.Client()
		nonce, _ := cl.PendingNonceAt(ctx, user.Address)
		tr, err := c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "cosmos-one-hop",
			SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
			SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
		if err != nil {
			t.Fatal(err)
		}
		evs := followToEnd(t, ctx, c, nc, tr.ID)
		if last := evs[len(evs)-1]; last.Substatus != api.SubCompleted {
			t.Fatalf("transfer ended %s/%s: %s", last.Status, last.Substatus, last.Message)
		}
		got, err := c.Get(ctx, tr.ID)
		if err != nil {
			t.Fatal(err)
		}
		bal, err := landing.Balance(ctx, recipient, BridgeDenom)
		if err != nil {
			t.Fatal(err)
		}
		if bal.String() != got.AmountOut || !bal.IsPositive() {
			t.Fatalf("recipient holds %s %s, transfer says %s delivered", bal, BridgeDenom, got.AmountOut)
		}
		float1, _ := landing.Balance(ctx, bridgeAcc, BridgeDenom)
		if err := cd.Bridge.Execute(ctx, relayers.Hop{Ref: relayers.HopRef{Transfer: tr.ID, Hop: 0, Attempt: 9}, TransferID: evmsource.TransferID(q.QuoteID),
			Kind: evmcosmos.Kind, FromChain: a.Name(), ToChain: cd.BridgeChain, SourceTx: sourceTxOf(t, evs)}); err != nil {
			t.Fatalf("bridge hop again: %v", err)
		}
		if float2, _ := landing.Balance(ctx, bridgeAcc, BridgeDenom); !float2.Equal(float1) {
			t.Fatalf("running the bridge hop again paid: float %s -> %s", float1, float2)
		}
		want := new(big.Int).Add(credit0, big.NewInt(5000000))
		for poolCredit(t, a.Client(), pool, filler, usdc).Cmp(want) != 0 {
			if ctx.Err() != nil {
				t.Fatalf("relayer never reimbursed for the bank send")
			}
			time.Sleep(100 * time.Millisecond)
		}

		// The attesters sign this payment for this order and filler only.
		depTx := common.HexToHash(sourceTxOf(t, evs))
		rc, err := a.Client().TransactionReceipt(ctx, depTx)
		if err != nil {
			t.Fatal(err)
		}
		var dep *evm.Deposit
		for _, l := range rc.Logs {
			if x, err := evm.ParseDeposited(pool, l); err == nil {
				dep = x
			}
		}
		if dep == nil {
			t.Fatal("no deposit in the wallet's transaction")
		}
		fill := got.Hops[0].DestTx
		att := cd.Attesters[0]
		if _, err := att.SignSettle(ctx, dep.Order, filler, depTx, cd.BridgeChain, fill); err != nil {
			t.Fatalf("attester refuses the honest payment: %v", err)
		}
		other := evmnet.DevKey("someone-else").Address
		if _, err := att.SignSettle(ctx, dep.Order, other, depTx, cd.BridgeChain, fill); relayers.CodeOf(err) != evmcosmos.CodeMismatch {
			t.Fatalf("settlement for a filler who did not sign the payment: %v", err)
		}
		if _, err := att.SignSettle(ctx, dep.Order, filler, depTx, cd.BridgeChain, firstPayment); relayers.CodeOf(err) != evmcosmos.CodeMismatch {
			t.Fatalf("settlement with another order's payment: %v", err)
		}
		forged := dep.Order
		forged.Amount = new(big.Int).Mul(forged.Amount, big.NewInt(2))
		if _, err := att.SignSettle(ctx, forged, filler, depTx, cd.BridgeChain, fill); relayers.CodeOf(err) != evmcosmos.CodeMismatch {
			t.Fatalf("settlement of an order that differs from the deposit: %v", err)
		}
	})

	t.Run("refused hop refunds", func(t *testing.T) {
		user := d.Options.Demo[3]
		before := balanceOf(t, a.Client(), usdc, user.Address)
		floatBefore, err := landing.Balance(ctx, bridgeAcc, BridgeDenom)
		if err != nil {
			t.Fatal(err)
		}
		credit0 := poolCredit(t, a.Client(), pool, filler, usdc)
		blocked := sdk.AccAddress(authtypes.NewModuleAddress(distrtypes.ModuleName)).String()
		_, tr := startTransfer(t, ctx, ev, cd, c, 3, blocked, "100000000")
		// Follow until the transfer has decided what to do after the failure.
		var failed *api.StatusEvent
		evs := followUntil(t, ctx, c, nc, tr.ID, func(e api.StatusEvent) bool {
			if e.Type == "HopFailed" && failed == nil {
				e := e
				failed = &e
			}
			return failed != nil && e.Type != "HopFailed" || e.Status == api.StatusDone || e.Status == api.StatusFailed
		})
		if failed == nil || failed.Hop == nil || *failed.Hop != 1 || !strings.HasPrefix(failed.Message, string(ibc.CodeAckError)+":") {
			t.Fatalf("want hop 1 to fail with %s, events %+v", ibc.CodeAckError, evs)
		}
		// An error ack is final (retrying the packet cannot deliver): the
		// transfer refunds at once, without waiting to retry.
		if last := evs[len(evs)-1]; last.Substatus != api.SubRefundInProgress {
			t.Fatalf("after the failed hop: %s/%s %s", last.Status, last.Substatus, last.Message)
		}
		// The error ack returned the payment to the relayer; nothing is
		// settled; the wallet's deposit is still in escrow.
		if float, err := landing.Balance(ctx, bridgeAcc, BridgeDenom); err != nil || !float.Equal(floatBefore) {
			t.Fatalf("relayer's %s on %s: %s (%v), want %s (the refused payment back)", BridgeDenom, landing.ID(), float, err, floatBefore)
		}
		time.Sleep(time.Second) // settlement attempts poll every 500 ms: give a wrong one the chance to land
		if got := poolCredit(t, a.Client(), pool, filler, usdc); got.Cmp(credit0) != 0 {
			t.Fatalf("relayer's credit went from %s to %s: a refused payment was settled", credit0, got)
		}
		if got := balanceOf(t, a.Client(), usdc, user.Address); new(big.Int).Add(got, big.NewInt(100000000)).Cmp(before) != 0 {
			t.Fatalf("wallet holds %s USDC, %s before sending 100000000", got, before)
		}
		// The refund is the escrow's, which the pool allows after the
		// order's deadline and its grace: move the EVM clock there.
		if err := d.Chain(a.Name()).AdjustTime(3 * time.Hour); err != nil {
			t.Fatal(err)
		}
		rest := followToEnd(t, ctx, c, nc, tr.ID)
		last := rest[len(rest)-1]
		if last.Substatus != api.SubRefunded || len(last.TxIDs) != 1 {
			t.Fatalf("transfer ended %s/%s: %s", last.Status, last.Substatus, last.Message)
		}
		if after := balanceOf(t, a.Client(), usdc, user.Address); after.Cmp(before) != 0 {
			t.Fatalf("wallet holds %s USDC after the refund, %s before", after, before)
		}
		t.Logf("hop 1 failed: %s; %s", failed.Message, last.Message)
	})
}

// followUntil reads a transfer's status events from the start until stop
// says so.
func followUntil(t *testing.T, ctx context.Context, c *api.Client, nc *nats.Conn, id string, stop func(api.StatusEvent) bool) []api.StatusEvent {
	t.Helper()
	js, _ := jetstream.New(nc)
	cons, err := js.OrderedConsumer(ctx, api.EventsStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{api.EventsSubjectFor(id)}})
	if err != nil {
		t.Fatal(err)
	}
	var evs []api.StatusEvent
	for {
		msg, err := cons.Next(jetstream.FetchMaxWait(time.Minute))
		if err != nil {
			got, _ := c.Get(ctx, id)
			t.Fatalf("waiting for events after %+v: %v (transfer %+v)", evs, err, got)
		}
		var e api.StatusEvent
		if err := json.Unmarshal(msg.Data(), &e); err != nil {
			t.Fatal(err)
		}
		evs = append(evs, e)
		if stop(e) {
			return evs
		}
	}
}

// sourceTxOf is the wallet's source transaction in a transfer's events.
func sourceTxOf(t *testing.T, evs []api.StatusEvent) string {
	t.Helper()
	for _, e := range evs {
		if e.Type == "SourceBroadcast" && len(e.TxIDs) == 1 {
			return e.TxIDs[0]
		}
	}
	t.Fatalf("no source transaction in %+v", evs)
	return ""
}
