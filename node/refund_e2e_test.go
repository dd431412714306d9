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

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers/evm"
)

// refundNet is a node on its own EVM devnet whose liquidity pools refund
// 3 s (chain time) after an order's deadline, and whose routes' on-chain
// deadlines fall about 60 s of chain time after the quote (the devnet seals
// a block every 100 ms and each block advances its clock by at least a
// second, so that is some 60 blocks: room for the source transaction and a
// first hop even when a loaded machine seals slowly). Every wait below is
// on a condition (the transfer's status events, a balance on chain), never
// on a sleep.
type refundNet struct {
	ev   *EVMDevnet
	c    *api.Client
	nc   *nats.Conn
	dir  string
	stop func()
}

func startRefundNet(t *testing.T, chains int) *refundNet {
	return startRefundNetGrace(t, chains, 3*time.Second)
}

func startRefundNetGrace(t *testing.T, chains int, grace time.Duration) *refundNet {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev, err := StartEVMDevnet(context.Background(), evmnet.Options{Chains: evmnet.DefaultChains()[:chains], BlockPeriod: 100 * time.Millisecond,
		Fees: evmnet.LiquidityFees{BaseBps: 5, SlopeBps: 100, RefundGrace: grace}}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ev.Close() })
	n := &refundNet{ev: ev, dir: t.TempDir()}
	n.run(t)
	t.Cleanup(func() { n.stop() })
	return n
}

// run starts the node on the devnet and its data directory.
func (n *refundNet) run(t *testing.T) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan Addrs, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{DataDir: n.dir, NATSPort: -1, HTTPAddr: "127.0.0.1:0", Store: n.ev.Store, Builder: n.ev.Source,
			Checker: n.ev.Source, Executor: n.ev.Executor, Logger: quiet, Ready: func(a Addrs) { ready <- a }})
	}()
	var addrs Addrs
	select {
	case addrs = <-ready:
	case err := <-done:
		t.Fatal(err)
	}
	nc, err := nats.Connect(addrs.NATS)
	if err != nil {
		cancel()
		<-done
		t.Fatal(err)
	}
	n.c, n.nc = api.NewClient(nc), nc
	stopped := false
	n.stop = func() {
		if !stopped {
			stopped = true
			nc.Close()
			cancel()
			<-done
		}
	}
}

// shortDeadlines makes the next quotes' on-chain deadline about 60 s of
// chain time away on every chain. The devnet's chain clocks run ahead of
// the wall clock (each deployment block advanced them a second), by
// different amounts per chain: the deadline counts from the furthest.
func (n *refundNet) shortDeadlines(t *testing.T) {
	t.Helper()
	var ahead uint64
	for _, c := range n.ev.Devnet.Chains {
		h, err := c.Client().HeaderByNumber(context.Background(), nil)
		if err != nil {
			t.Fatal(err)
		}
		ahead = max(ahead, h.Time)
	}
	// Build sets deadline = quote expiry (now + 60 s) + MinDeadline.
	d := time.Unix(int64(ahead), 0).Add(60 * time.Second).Sub(time.Now().Add(time.Minute))
	n.ev.Source.MinDeadline = max(d, time.Second)
}

// pause has a governance signer pause a contract at once (emergencyPause).
func (n *refundNet) pause(t *testing.T, chain int, target common.Address) {
	t.Helper()
	c := n.ev.Devnet.Chains[chain]
	s, err := evmnet.NewSender(context.Background(), c, n.ev.Devnet.Options.Governance.Signers[0])
	if err != nil {
		t.Fatal(err)
	}
	gov := n.ev.Devnet.Deployments[c.Name()].Governance
	if err := s.Exec(context.Background(), "emergency pause", gov, bindings.NewGovernance().PackEmergencyPause(target)); err != nil {
		t.Fatal(err)
	}
}

// send quotes, signs with the demo wallet and submits; it returns the
// transfer and the quote.
func (n *refundNet) send(t *testing.T, ctx context.Context, req api.QuoteRequest, user evmnet.Key, ref string) (*api.Transfer, *api.QuoteReply) {
	t.Helper()
	q, err := n.c.Quote(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if q.SourceTx == nil {
		t.Fatal("quote has no source transaction")
	}
	src := n.ev.Devnet.Chain(q.SourceTx.Chain)
	cl := src.Client()
	nonce, err := cl.PendingNonceAt(ctx, user.Address)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := n.c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: ref,
		SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, src.ChainID())},
		SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, src.ChainID())})
	if err != nil {
		t.Fatal(err)
	}
	return tr, q
}

// follow reads the transfer's status events until it ends, checking that
// they come once and in order, and returns them.
func (n *refundNet) follow(t *testing.T, ctx context.Context, id string) []api.StatusEvent {
	t.Helper()
	return n.followUntil(t, ctx, id, "")
}

// followUntil is follow, stopping early at the first event of type `until`.
func (n *refundNet) followUntil(t *testing.T, ctx context.Context, id, until string) []api.StatusEvent {
	t.Helper()
	js, err := jetstream.New(n.nc)
	if err != nil {
		t.Fatal(err)
	}
	cons, err := js.OrderedConsumer(ctx, api.EventsStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{api.EventsSubjectFor(id)}})
	if err != nil {
		t.Fatal(err)
	}
	var evs []api.StatusEvent
	for len(evs) == 0 || (evs[len(evs)-1].Status != api.StatusDone && evs[len(evs)-1].Status != api.StatusFailed) {
		msg, err := cons.Next(jetstream.FetchMaxWait(90 * time.Second))
		if err != nil {
			got, _ := n.c.Get(ctx, id)
			t.Fatalf("stuck: no event after %+v: %v (transfer %+v)", evs, err, got)
		}
		var e api.StatusEvent
		if err := json.Unmarshal(msg.Data(), &e); err != nil {
			t.Fatal(err)
		}
		if e.Seq != uint64(len(evs))+1 {
			t.Fatalf("event seq %d after %d events", e.Seq, len(evs))
		}
		evs = append(evs, e)
		if e.Type == until {
			break
		}
	}
	return evs
}

func lastOf(evs []api.StatusEvent, typ string) *api.StatusEvent {
	for i := len(evs) - 1; i >= 0; i-- {
		if evs[i].Type == typ {
			return &evs[i]
		}
	}
	return nil
}

func describe(evs []api.StatusEvent) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString("\n  " + e.Type + " " + string(e.Status) + "/" + string(e.Substatus) + " " + e.Message)
	}
	return b.String()
}

// refundedOnChain checks the Refunded event's transaction on chain: it
// succeeded and paid `want` of `token` to `to`.
func refundedOnChain(t *testing.T, cl evmnet.Client, ev *api.StatusEvent, token, to common.Address, want *big.Int) {
	t.Helper()
	if ev == nil || len(ev.TxIDs) == 0 {
		t.Fatalf("no refund transaction recorded: %+v", ev)
	}
	r, err := cl.TransactionReceipt(context.Background(), common.HexToHash(ev.TxIDs[0]))
	if err != nil || r.Status != 1 {
		t.Fatalf("refund tx %s: %+v %v", ev.TxIDs[0], r, err)
	}
	for _, l := range r.Logs {
		if l.Address == token && len(l.Topics) == 3 && common.BytesToAddress(l.Topics[2].Bytes()) == to && new(big.Int).SetBytes(l.Data).Cmp(want) == 0 {
			return
		}
	}
	t.Fatalf("refund tx %s pays no %v of %s to %s", ev.TxIDs[0], want, token, to)
}

// TestRefundWhenTheDestinationPoolIsPaused: a liquidity hop whose
// destination pool is paused by governance after the quote, so that the
// deposit confirms and no fill can follow. The transfer must not stay
// stuck: it refunds from the source pool once the pool allows it, ends
// DONE/REFUNDED, and the user's USDC are back at the refund address.
func TestRefundWhenTheDestinationPoolIsPaused(t *testing.T) {
	n := startRefundNet(t, 2)
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[1]
	recipient := evmnet.DevKey("refund-e2e-recipient").Address
	n.shortDeadlines(t)
	before := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address)
	tr, _ := n.send(t, ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "150000000",
		Owner: user.Address.Hex(), Recipient: recipient.Hex()}, user, "refund-e2e-paused-pool")
	// Paused now, after the quote: the wallet's deposit on a still goes
	// through, and the fill on b cannot.
	n.pause(t, 1, db.Liquidity)
	evs := n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusDone || last.Substatus != api.SubRefunded {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if f := lastOf(evs, "HopFailed"); f == nil || !strings.Contains(f.Message, "evm_paused") {
		t.Fatalf("the hop should fail on the paused pool:%s", describe(evs))
	}
	if lastOf(evs, "SourceConfirmed") == nil {
		t.Fatalf("the deposit never confirmed:%s", describe(evs))
	}
	got := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address)
	if got.Cmp(before) != 0 {
		t.Fatalf("user holds %v USDC on %s after the refund, had %v:%s", got, a.Name(), before, describe(evs))
	}
	if bal := balanceOf(t, b.Client(), db.Tokens["USDC"], recipient); bal.Sign() != 0 {
		t.Fatalf("recipient got %v although the transfer was refunded", bal)
	}
	refunded := lastOf(evs, "Refunded")
	refundedOnChain(t, a.Client(), refunded, da.Tokens["USDC"], user.Address, big.NewInt(150000000))
	if !strings.Contains(refunded.Message, "USDC@"+a.Name()) {
		t.Fatalf("the record does not say where the funds are: %q", refunded.Message)
	}
	t.Logf("refunded in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
}

// TestRefundWhenTheLockMintDestinationIsPaused: a lock/mint hop whose
// destination bridge is paused after the quote. The lock confirms and
// cannot be delivered; past its deadline the committee cancels it at the
// destination (while paused) and the source bridge returns the tokens.
// The transfer ends DONE/REFUNDED with the user's TKA back, and the
// message can never be delivered.
func TestRefundWhenTheLockMintDestinationIsPaused(t *testing.T) {
	n := startRefundNet(t, 2)
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[3]
	recipient := evmnet.DevKey("refund-e2e-lm-recipient").Address
	n.shortDeadlines(t)
	tka := da.Tokens["TKA"]
	before := balanceOf(t, a.Client(), tka, user.Address)
	amount := new(big.Int).Mul(big.NewInt(7), evmnet.Ether)
	tr, _ := n.send(t, ctx, api.QuoteRequest{From: "TKA@" + a.Name(), To: "wTKA@" + b.Name(), Amount: amount.String(),
		Owner: user.Address.Hex(), Recipient: recipient.Hex()}, user, "refund-e2e-lockmint")
	n.pause(t, 1, db.LockMint)
	evs := n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusDone || last.Substatus != api.SubRefunded {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if f := lastOf(evs, "HopFailed"); f == nil || !strings.Contains(f.Message, "evm_paused") {
		t.Fatalf("the hop should fail on the paused bridge:%s", describe(evs))
	}
	if got := balanceOf(t, a.Client(), tka, user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v TKA after the refund, had %v:%s", got, before, describe(evs))
	}
	refunded := lastOf(evs, "Refunded")
	refundedOnChain(t, a.Client(), refunded, tka, user.Address, amount)
	if !strings.Contains(refunded.Message, amount.String()+" TKA@"+a.Name()) || !strings.Contains(refunded.Message, "strait-lockmint") {
		t.Fatalf("the record does not say where the funds are: %q", refunded.Message)
	}
	out, err := evmnet.Call(ctx, b.Client(), db.LockMint, bindings.NewLockMintBridge().PackIsCancelled(new(big.Int).SetUint64(a.ChainID()),
		[32]byte(common.HexToHash(refundedTransferID(t, n, tr.ID)))))
	if err != nil {
		t.Fatal(err)
	}
	if ok, _ := bindings.NewLockMintBridge().UnpackIsCancelled(out); !ok {
		t.Fatal("no cancellation recorded at the destination")
	}
	if bal := balanceOf(t, b.Client(), db.Wrapped["TKA@"+a.Name()], recipient); bal.Sign() != 0 {
		t.Fatalf("recipient got %v although the transfer was refunded", bal)
	}
	t.Logf("refunded in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
}

// refundedTransferID is the on-chain transfer id of a transfer (that of
// its quote).
func refundedTransferID(t *testing.T, n *refundNet, id string) string {
	t.Helper()
	got, err := n.c.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return evmsource.TransferID(got.QuoteID).Hex()
}

// TestSourceRevertsWhenTheFirstBridgeIsPaused: the first hop's pool is
// paused between the quote and the wallet's transaction, so the start
// call reverts on chain. Nothing was taken: the transfer fails as
// REJECTED and the user's balance is unchanged.
func TestSourceRevertsWhenTheFirstBridgeIsPaused(t *testing.T) {
	n := startRefundNet(t, 2)
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	da := d.Deployments[a.Name()]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[2]
	before := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address)
	q, err := n.c.Quote(ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "90000000",
		Owner: user.Address.Hex(), Recipient: user.Address.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	n.pause(t, 0, da.Liquidity)
	cl := a.Client()
	nonce, _ := cl.PendingNonceAt(ctx, user.Address)
	tr, err := n.c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "refund-e2e-source-reverts",
		SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
		SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
	if err != nil {
		t.Fatal(err)
	}
	evs := n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusFailed || last.Substatus != api.SubRejected || !strings.Contains(last.Message, "reverted") {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if lastOf(evs, "HopStarted") != nil || lastOf(evs, "RefundStarted") != nil {
		t.Fatalf("a reverted source started a hop or a refund:%s", describe(evs))
	}
	if got := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v, had %v: something was taken", got, before)
	}
}

// TestRefundOnTheIntermediateChain: two-hop routes USDC a -> b -> c (the
// direct bridge denied) where the second hop cannot go on. The funds end
// at the refund address on b, the intermediate chain, as USDC@b, and the
// transfer ends REFUNDED saying so.
func TestRefundOnTheIntermediateChain(t *testing.T) {
	cases := []struct {
		name string
		// pause returns the contract to pause on chain index i.
		pause func(d *evmnet.Devnet) (int, common.Address)
		// what the hop failure says
		failure string
	}{
		// The destination pool of the second hop is paused: the gateway
		// on b deposited into b's pool, nobody can fill on c, and b's pool
		// refunds after its grace.
		{"next destination paused", func(d *evmnet.Devnet) (int, common.Address) {
			return 2, d.Deployments[d.Chains[2].Name()].Liquidity
		}, "evm_paused"},
		// The gateway on b is paused: it cannot start the second hop and
		// refunds at once, in the same transaction as the first delivery.
		{"intermediate gateway paused", func(d *evmnet.Devnet) (int, common.Address) {
			return 1, d.Deployments[d.Chains[1].Name()].Gateway
		}, "gateway on devnet-evm-b refunded"},
	}
	for i, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := startRefundNet(t, 3)
			d := n.ev.Devnet
			a, b, c := d.Chains[0], d.Chains[1], d.Chains[2]
			db := d.Deployments[b.Name()]
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			user := d.Options.Demo[i]
			recipient := evmnet.DevKey("refund-e2e-two-hop").Address
			n.shortDeadlines(t)
			onB := balanceOf(t, b.Client(), db.Tokens["USDC"], user.Address)
			tr, q := n.send(t, ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + c.Name(), Amount: "200000000",
				Owner: user.Address.Hex(), Recipient: recipient.Hex(),
				Constraints: &api.Constraints{DenyBridges: []string{"strait-liquidity:" + a.Name() + "->" + c.Name()}}}, user, "refund-e2e-two-hop-"+tc.name)
			if hops := q.Routes[0].Hops; len(hops) != 2 || hops[0].To != "USDC@"+b.Name() {
				t.Fatalf("route %+v does not pass through %s", hops, b.Name())
			}
			chain, target := tc.pause(d)
			n.pause(t, chain, target)
			evs := n.follow(t, ctx, tr.ID)
			last := evs[len(evs)-1]
			if last.Status != api.StatusDone || last.Substatus != api.SubRefunded {
				t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
			}
			if f := lastOf(evs, "HopFailed"); f == nil || f.Hop == nil || *f.Hop != 1 || !strings.Contains(f.Message, tc.failure) {
				t.Fatalf("the second hop should fail with %q:%s", tc.failure, describe(evs))
			}
			delivered := lastOf(evs, "HopDelivered")
			got, err := n.c.Get(ctx, tr.ID)
			if err != nil {
				t.Fatal(err)
			}
			if delivered == nil || len(got.Hops) == 0 || got.Hops[0].State != "delivered" {
				t.Fatalf("the first hop should be delivered: %+v", got.Hops)
			}
			// What hop 1 delivered to b's gateway is now the user's, on b.
			gain := new(big.Int).Sub(balanceOf(t, b.Client(), db.Tokens["USDC"], user.Address), onB)
			if gain.Sign() <= 0 || gain.Cmp(big.NewInt(200000000)) > 0 {
				t.Fatalf("user gained %v USDC on %s:%s", gain, b.Name(), describe(evs))
			}
			refunded := lastOf(evs, "Refunded")
			refundedOnChain(t, b.Client(), refunded, db.Tokens["USDC"], user.Address, gain)
			if !strings.Contains(refunded.Message, gain.String()+" USDC@"+b.Name()) {
				t.Fatalf("the record does not say the funds are on %s: %q", b.Name(), refunded.Message)
			}
			// transfer.get says the same to the wallet.
			after, err := n.c.Get(ctx, tr.ID)
			if err != nil {
				t.Fatal(err)
			}
			if r := after.Refund; r == nil || r.Asset != "USDC@"+b.Name() || r.Amount != gain.String() || r.Tx == "" {
				t.Fatalf("transfer.get's refund is %+v, want %s USDC@%s with its transaction", after.Refund, gain, b.Name())
			}
			if bal := balanceOf(t, c.Client(), d.Deployments[c.Name()].Tokens["USDC"], recipient); bal.Sign() != 0 {
				t.Fatalf("recipient got %v although the transfer was refunded", bal)
			}
			t.Logf("refunded in %s:%s", last.At.Sub(evs[0].At).Round(time.Millisecond), describe(evs))
		})
	}
}

// TestRefundIsPaidOnceAcrossARestart: the node stops while the refund of a
// liquidity order waits for the pool's grace; meanwhile someone else calls
// the pool's permissionless refund. The restarted node rehydrates the
// transfer, runs the journaled refund again, finds it paid, and records
// that transaction: the user is refunded exactly once.
func TestRefundIsPaidOnceAcrossARestart(t *testing.T) {
	n := startRefundNetGrace(t, 2, 30*time.Second)
	d := n.ev.Devnet
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	user := d.Options.Demo[0]
	n.shortDeadlines(t)
	before := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address)
	tr, _ := n.send(t, ctx, api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + b.Name(), Amount: "120000000",
		Owner: user.Address.Hex(), Recipient: user.Address.Hex()}, user, "refund-e2e-restart")
	n.pause(t, 1, db.Liquidity)
	evs := n.followUntil(t, ctx, tr.ID, "RefundStarted")
	if last := evs[len(evs)-1]; last.Type != "RefundStarted" {
		t.Fatalf("no refund started:%s", describe(evs))
	}
	n.stop()

	// Someone else refunds the order (anyone may, once the pool allows).
	sb := lastOf(evs, "SourceBroadcast")
	if sb == nil || len(sb.TxIDs) == 0 {
		t.Fatalf("no source transaction:%s", describe(evs))
	}
	r, err := a.Client().TransactionReceipt(ctx, common.HexToHash(sb.TxIDs[0]))
	if err != nil {
		t.Fatal(err)
	}
	var dep *evm.Deposit
	for _, l := range r.Logs {
		if dd, err := evm.ParseDeposited(da.Liquidity, l); err == nil {
			dep = dd
		}
	}
	if dep == nil {
		t.Fatal("no deposit in the source transaction")
	}
	outsider, err := evmnet.NewSender(ctx, a, d.Options.Demo[3])
	if err != nil {
		t.Fatal(err)
	}
	for {
		err := outsider.Exec(ctx, "refund by an outsider", da.Liquidity, bindings.NewLiquidityPool().PackRefund(dep.Order))
		if err == nil {
			break
		}
		rd := evmnet.RevertData(err)
		if len(rd) < 4 || [4]byte(rd[:4]) != [4]byte(bindings.LiquidityPoolNotExpiredErrorID().Bytes()[:4]) {
			t.Fatalf("outsider's refund: %v", err)
		}
		select { // the pool's grace is measured in blocks: wait for the next
		case <-ctx.Done():
			t.Fatal("the order never became refundable")
		case <-time.After(d.Options.BlockPeriod):
		}
	}
	if got := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("after the outsider's refund the user holds %v, had %v", got, before)
	}

	n.run(t)
	evs = n.follow(t, ctx, tr.ID)
	last := evs[len(evs)-1]
	if last.Status != api.StatusDone || last.Substatus != api.SubRefunded || !strings.Contains(last.Message, "already paid") {
		t.Fatalf("ended %s/%s:%s", last.Status, last.Substatus, describe(evs))
	}
	if got := balanceOf(t, a.Client(), da.Tokens["USDC"], user.Address); got.Cmp(before) != 0 {
		t.Fatalf("user holds %v after the restarted refund, had %v: paid twice?", got, before)
	}
	refundedOnChain(t, a.Client(), lastOf(evs, "Refunded"), da.Tokens["USDC"], user.Address, big.NewInt(120000000))
}
