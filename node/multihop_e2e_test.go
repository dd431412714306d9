package node

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"math/big"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/guardians"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/wormhole"
)

// devnetNode runs a node over ev on loopback and returns a connected
// client; everything stops at the end of the test.
func devnetNode(t *testing.T, ev *EVMDevnet, cfg Config) (*api.Client, *nats.Conn) {
	t.Helper()
	cfg.Store, cfg.Builder, cfg.Checker, cfg.Executor = ev.Store, ev.Source, ev.Source, ev.Executor
	return serveNode(t, cfg)
}

// fastDevnetNode runs a node over a fresh EVM devnet of 100 ms blocks
// (quiet logs); everything stops at the end of the test.
func fastDevnetNode(t *testing.T) (*EVMDevnet, *api.Client, *nats.Conn) {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev, err := StartEVMDevnet(context.Background(), evmnet.Options{BlockPeriod: 100 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ev.Close() })
	c, nc := devnetNode(t, ev, Config{Logger: quiet})
	return ev, c, nc
}

// serveNode runs a node with cfg (a temp data dir, free loopback ports) and
// returns a connected client; everything stops at the end of the test.
func serveNode(t *testing.T, cfg Config) (*api.Client, *nats.Conn) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan Addrs, 1)
	done := make(chan error, 1)
	cfg.DataDir, cfg.NATSPort, cfg.HTTPAddr = t.TempDir(), -1, "127.0.0.1:0"
	cfg.Ready = func(a Addrs) { ready <- a }
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	go func() { done <- Run(ctx, cfg) }()
	var addrs Addrs
	select {
	case addrs = <-ready:
	case err := <-done:
		cancel()
		t.Fatal(err)
	}
	nc, err := nats.Connect(addrs.NATS)
	if err != nil {
		cancel()
		<-done
		t.Fatal(err)
	}
	t.Cleanup(func() {
		nc.Close()
		cancel()
		<-done
	})
	return api.NewClient(nc), nc
}

// followToEnd reads a transfer's status events until it ends, checking
// that they arrive once and in order.
func followToEnd(t *testing.T, ctx context.Context, c *api.Client, nc *nats.Conn, id string) []api.StatusEvent {
	t.Helper()
	js, _ := jetstream.New(nc)
	cons, err := js.OrderedConsumer(ctx, api.EventsStream, jetstream.OrderedConsumerConfig{FilterSubjects: []string{api.EventsSubjectFor(id)}})
	if err != nil {
		t.Fatal(err)
	}
	var evs []api.StatusEvent
	var last api.StatusEvent
	for last.Status != api.StatusDone && last.Status != api.StatusFailed {
		msg, err := cons.Next(jetstream.FetchMaxWait(time.Minute))
		if err != nil {
			got, _ := c.Get(ctx, id)
			t.Fatalf("waiting for events after %+v: %v (transfer %+v)", last, err, got)
		}
		last = api.StatusEvent{} // a fresh Hop pointer for every event
		if err := json.Unmarshal(msg.Data(), &last); err != nil {
			t.Fatal(err)
		}
		if last.Seq != uint64(len(evs)+1) {
			t.Fatalf("event seq %d, want %d", last.Seq, len(evs)+1)
		}
		evs = append(evs, last)
	}
	return evs
}

// TestMultiHopAcrossTwoBridgeKinds: a wallet holding the guardian bridge's
// wrapped TKB on chain A asks for the lock/mint bridge's wrapped TKB on
// chain C. No single bridge connects the two: the route is A -(guardian
// bridge)-> TKB at home on B -(lock/mint)-> C, which the Gateway on B
// forwards along the committed route. Quote, sign, submit and follow over
// NATS to COMPLETED, then read the recipient's balance on C.
func TestMultiHopAcrossTwoBridgeKinds(t *testing.T) {
	ev, c, nc := fastDevnetNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	d, g := ev.Devnet, ev.Guardians
	a, b, cc := d.Targets[0], d.Targets[1], d.Targets[2]
	user := d.Options.Demo[3]
	// The wallet first gets whTKB on A: a guardian-bridge transfer from B,
	// started on the bridge contract and delivered by the node's relayer.
	amt := new(big.Int).Mul(big.NewInt(40), evmnet.Ether)
	fund, err := g.Send(ctx, user, guardians.SendArgs{TransferID: [32]byte{'f', 'u', 'n', 'd'}, Token: "TKB", Origin: b.Name(), Amount: amt,
		From: b.Name(), To: a.Name(), Recipient: wormhole.FromEVM(user.Address)})
	if err != nil {
		t.Fatal(err)
	}
	if err := ev.Relay.Relayer.Execute(ctx, relayers.Hop{Ref: relayers.HopRef{Transfer: "fund", Attempt: 1}, TransferID: [32]byte{'f', 'u', 'n', 'd'},
		Kind: guardians.Protocol, FromChain: b.Name(), ToChain: a.Name(), SourceTx: fund, Amount: amt}); err != nil {
		t.Fatalf("fund the wallet over the guardian bridge: %v", err)
	}
	whTKB := g.TokenOn(a.Name(), b.Name(), "TKB")
	if got := balanceOf(t, a.Client(), whTKB, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("wallet holds %s whTKB on A, want %s", got, amt)
	}

	recipient := evmnet.DevKey("multihop-recipient").Address
	send := new(big.Int).Mul(big.NewInt(25), evmnet.Ether)
	q, err := c.Quote(ctx, api.QuoteRequest{From: "whTKB@" + a.Name(), To: "wTKB@" + cc.Name(), Amount: send.String(),
		Owner: user.Address.Hex(), Recipient: recipient.Hex()})
	if err != nil {
		t.Fatal(err)
	}
	r := q.Routes[0]
	if len(r.Hops) != 2 || r.Hops[0].Protocol != guardians.Protocol || r.Hops[1].Protocol != evmnet.ProtocolLockMint ||
		r.Hops[0].To != "TKB@"+b.Name() {
		t.Fatalf("best route %+v, want %s to TKB@%s then %s", r.Hops, guardians.Protocol, b.Name(), evmnet.ProtocolLockMint)
	}
	if q.SourceTx == nil || len(q.SourceTx.Approvals) != 1 {
		t.Fatalf("quote has no source transaction with its approval: %+v", q.SourceTx)
	}
	cl := a.Client()
	nonce, _ := cl.PendingNonceAt(ctx, user.Address)
	tr, err := c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "multihop-1",
		SignedApprovals: []string{signTx(t, cl, user, q.SourceTx.Approvals[0], nonce, a.ChainID())},
		SignedTx:        signTx(t, cl, user, *q.SourceTx, nonce+1, a.ChainID())})
	if err != nil {
		t.Fatal(err)
	}
	evs := followToEnd(t, ctx, c, nc, tr.ID)
	last := evs[len(evs)-1]
	if last.Substatus != api.SubCompleted {
		got, _ := c.Get(ctx, tr.ID)
		t.Fatalf("transfer ended %s/%s: %s (%+v)", last.Status, last.Substatus, last.Message, got)
	}
	// Each hop started and was delivered, in order, with its transactions.
	var seen []string
	for _, e := range evs {
		if (e.Type == "HopStarted" || e.Type == "HopDelivered") && e.Hop != nil {
			seen = append(seen, e.Type+"/"+string(rune('0'+*e.Hop)))
			if e.Type == "HopDelivered" && len(e.TxIDs) == 0 {
				t.Fatalf("hop %d delivered without a transaction: %+v", *e.Hop, e)
			}
		}
	}
	want := []string{"HopStarted/0", "HopDelivered/0", "HopStarted/1", "HopDelivered/1"}
	if len(seen) != len(want) {
		t.Fatalf("hop events %v, want %v", seen, want)
	}
	for i := range want {
		if seen[i] != want[i] {
			t.Fatalf("hop events %v, want %v", seen, want)
		}
	}
	got, err := c.Get(ctx, tr.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Hops) < 2 || got.Hops[0].Bridge == got.Hops[1].Bridge {
		t.Fatalf("transfer hops %+v", got.Hops)
	}
	wTKB := d.Deployments[cc.Name()].Wrapped["TKB@"+b.Name()]
	bal := balanceOf(t, cc.Client(), wTKB, recipient)
	if bal.Sign() <= 0 || bal.String() != got.AmountOut {
		t.Fatalf("recipient holds %s wTKB on C, transfer says %s delivered", bal, got.AmountOut)
	}
	min, _ := new(big.Int).SetString(r.MinOut, 10)
	if bal.Cmp(min) < 0 {
		t.Fatalf("delivered %s below the quoted minimum %s", bal, min)
	}
	if left := balanceOf(t, a.Client(), whTKB, user.Address); new(big.Int).Add(left, send).Cmp(amt) != 0 {
		t.Fatalf("wallet has %s whTKB left on A after sending %s of %s", left, send, amt)
	}
	// Each bridge's actor heard its hop's outcome and latency from the
	// executor.
	for _, h := range r.Hops {
		deadline := time.Now().Add(5 * time.Second)
		for {
			st, ok := ev.Live.Bridge(h.Bridge)
			if ok && st.Successes == 1 && st.ObservedP50() > 0 && st.Learned.Alpha > st.Prior.Alpha {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("bridge actor %s: %+v", h.Bridge, st)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	t.Logf("delivered %s wTKB on C (quoted %s, min %s) over %s then %s in %d events", bal, r.AmountOut, r.MinOut,
		r.Hops[0].Bridge, r.Hops[1].Bridge, len(evs))
}
