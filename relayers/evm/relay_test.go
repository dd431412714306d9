package evm_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

var (
	tokABI    = bindings.NewTestToken()
	gwABI     = bindings.NewGateway()
	bridgeABI = bindings.NewLockMintBridge()
	poolABI   = bindings.NewLiquidityPool()
)

// recorder is a Progress that keeps every step.
type recorder struct {
	mu        sync.Mutex
	steps     []string
	obs       chan struct{}
	deliverTx string
}

func (r *recorder) add(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.steps = append(r.steps, s)
}

func (r *recorder) HopObserved(ref relayers.HopRef, chain, tx string, block uint64) {
	r.add(fmt.Sprintf("observed %s", ref))
	if r.obs != nil {
		select {
		case r.obs <- struct{}{}:
		default:
		}
	}
}
func (r *recorder) HopAttested(ref relayers.HopRef, n int) {
	r.add(fmt.Sprintf("attested %s %d", ref, n))
}
func (r *recorder) HopSubmitted(ref relayers.HopRef, chain, tx string) {
	r.add(fmt.Sprintf("submitted %s", ref))
}
func (r *recorder) HopDelivered(ref relayers.HopRef, chain, tx string, already bool) {
	r.mu.Lock()
	r.deliverTx = tx
	r.mu.Unlock()
	r.add(fmt.Sprintf("delivered %s already=%v tx=%v", ref, already, tx != ""))
}
func (r *recorder) HopFailed(ref relayers.HopRef, err error) {
	r.add(fmt.Sprintf("failed %s %v", ref, err))
}

func (r *recorder) all() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string{}, r.steps...)
}

func startNet(t *testing.T, auto bool) *evmnet.Devnet {
	t.Helper()
	d, err := evmnet.Start(context.Background(), evmnet.Options{
		BlockPeriod: 100 * time.Millisecond, AutoMine: auto,
		Operators: []evmnet.Key{evmnet.DevKey("operator-0"), evmnet.DevKey("operator-1")},
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

func build(t *testing.T, d *evmnet.Devnet, op int, p relayers.Progress, o evmrelay.Options) *evmrelay.Set {
	t.Helper()
	o.Operator, o.Progress = op, p
	if o.PollInterval == 0 {
		o.PollInterval = 20 * time.Millisecond
	}
	if o.WaitTimeout == 0 {
		o.WaitTimeout = 30 * time.Second
	}
	s, err := evmrelay.Build(d, o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func balance(t *testing.T, c evmnet.Target, token, who common.Address) *big.Int {
	t.Helper()
	out, err := evmnet.Call(context.Background(), c.Client(), token, tokABI.PackBalanceOf(who))
	if err != nil {
		t.Fatal(err)
	}
	v, err := tokABI.UnpackBalanceOf(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// startTransfer has a demo wallet start a one-hop transfer through the
// gateway on chain a; it returns the source tx hash.
func startTransfer(t *testing.T, d *evmnet.Devnet, user evmnet.Key, id [32]byte, kind uint8, token common.Address, amount *big.Int, to common.Address, dstToken common.Address, maxFee *big.Int) common.Hash {
	t.Helper()
	return startTransferUntil(t, d, user, id, kind, token, amount, to, dstToken, maxFee, uint64(time.Now().Add(time.Hour).Unix()))
}

// startTransferUntil is startTransfer with the route's deadline (unix
// seconds, compared with chain time).
func startTransferUntil(t *testing.T, d *evmnet.Devnet, user evmnet.Key, id [32]byte, kind uint8, token common.Address, amount *big.Int, to common.Address, dstToken common.Address, maxFee *big.Int, deadline uint64) common.Hash {
	t.Helper()
	ctx := context.Background()
	a, b := d.Targets[0], d.Targets[1]
	da := d.Deployments[a.Name()]
	bridge := da.LockMint
	if kind == 2 {
		bridge = da.Liquidity
	}
	s, err := evmnet.NewSender(ctx, a, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, "approve", token, tokABI.PackApprove(da.Gateway, amount)); err != nil {
		t.Fatal(err)
	}
	route := bindings.GatewayRoute{
		Hops:      []bindings.GatewayHop{{Kind: kind, Bridge: bridge, DstChainId: new(big.Int).SetUint64(b.ChainID()), DstToken: dstToken, MaxFee: maxFee}},
		Recipient: to, RefundTo: user.Address, Deadline: deadline,
	}
	r, err := s.Send(ctx, "start", &da.Gateway, gwABI.PackStart(id, token, amount, route))
	if err != nil {
		t.Fatal(err)
	}
	return r.TxHash
}

func TestLockMintRelayDeliversOnceAcrossInstancesAndRetries(t *testing.T) {
	d := startNet(t, true)
	a, b := d.Chains[0], d.Chains[1]
	user := d.Options.Demo[0]
	to := evmnet.DevKey("lm-recipient").Address
	amt := new(big.Int).Mul(big.NewInt(7), evmnet.Ether)
	id := crypto.Keccak256Hash([]byte("relay-lm-1"))
	wtka := d.Deployments[b.Name()].Wrapped["TKA@"+a.Name()]
	tx := startTransfer(t, d, user, id, 1, d.Deployments[a.Name()].Tokens["TKA"], amt, to, wtka, big.NewInt(0))

	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-lm-1", Hop: 0, Attempt: 1}, TransferID: id, Kind: evm.KindLockMint,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	p1, p2 := &recorder{}, &recorder{}
	r1 := build(t, d, 0, p1, evmrelay.Options{}).LockMint
	r2 := build(t, d, 1, p2, evmrelay.Options{}).LockMint

	est, err := r1.Estimate(context.Background(), hop)
	if err != nil || est.Fee.Sign() != 0 || est.ETA <= 0 {
		t.Fatalf("estimate %+v %v", est, err)
	}
	// Two relayer instances race on the same hop.
	var wg sync.WaitGroup
	errs := make([]error, 2)
	for i, r := range []*evm.LockMint{r1, r2} {
		wg.Add(1)
		go func(i int, r *evm.LockMint) {
			defer wg.Done()
			errs[i] = r.Execute(context.Background(), hop)
		}(i, r)
	}
	wg.Wait()
	if errs[0] != nil || errs[1] != nil {
		t.Fatalf("execute: %v / %v", errs[0], errs[1])
	}
	if got := balance(t, b, wtka, to); got.Cmp(amt) != 0 {
		t.Fatalf("recipient has %v, want %v (delivered once)", got, amt)
	}
	fresh, already := 0, 0
	for _, s := range append(p1.all(), p2.all()...) {
		if strings.HasPrefix(s, "delivered") {
			if !strings.Contains(s, "tx=true") {
				t.Fatalf("delivery without its transaction id: %s", s)
			}
			if strings.Contains(s, "already=true") {
				already++
			} else {
				fresh++
			}
		}
	}
	if fresh != 1 || already != 1 {
		t.Fatalf("want one delivery and one already-delivered, got %v / %v", p1.all(), p2.all())
	}
	winner := p1.all()
	if strings.Contains(strings.Join(winner, "|"), "already=true") {
		winner = p2.all()
	}
	want := []string{"observed", "attested", "submitted", "delivered"}
	for i, w := range want {
		if i >= len(winner) || !strings.HasPrefix(winner[i], w) {
			t.Fatalf("winner's steps %v, want %v", winner, want)
		}
	}

	// A retry after a lost receipt: a new attempt finds it delivered and
	// sends nothing.
	hop.Ref.Attempt = 2
	p3 := &recorder{}
	r3 := build(t, d, 0, p3, evmrelay.Options{}).LockMint
	if err := r3.Execute(context.Background(), hop); err != nil {
		t.Fatal(err)
	}
	for _, s := range p3.all() {
		if strings.HasPrefix(s, "submitted") {
			t.Fatalf("retry submitted a transaction: %v", p3.all())
		}
	}
	if got := balance(t, b, wtka, to); got.Cmp(amt) != 0 {
		t.Fatalf("recipient has %v after the retry", got)
	}
	// A hop that names no real transaction fails with a coded error.
	bad := hop
	bad.SourceTx = "0x1234"
	if err := r3.Execute(context.Background(), bad); evm.CodeOf(err) != evm.CodeBadHop {
		t.Fatalf("bad hop: %v", err)
	}
}

// deadClient is an RPC endpoint that is down.
type deadClient struct{ evm.Client }

var errDown = errors.New("dial tcp 127.0.0.1:1: connection refused")

func (deadClient) ChainID(context.Context) (*big.Int, error)   { return nil, errDown }
func (deadClient) BlockNumber(context.Context) (uint64, error) { return 0, errDown }
func (deadClient) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errDown
}
func (deadClient) TransactionReceipt(context.Context, common.Hash) (*types.Receipt, error) {
	return nil, errDown
}
func (deadClient) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errDown
}
func (deadClient) EstimateGas(context.Context, ethereum.CallMsg) (uint64, error) { return 0, errDown }
func (deadClient) SuggestGasTipCap(context.Context) (*big.Int, error)            { return nil, errDown }
func (deadClient) SendTransaction(context.Context, *types.Transaction) error     { return errDown }
func (deadClient) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return 0, errDown
}

func TestLiquidityRelayFillsAtOnceAndSettles(t *testing.T) {
	d := startNet(t, true)
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[1]
	to := evmnet.DevKey("liq-recipient").Address
	amt := big.NewInt(2_500 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("relay-liq-1"))
	tx := startTransfer(t, d, user, id, 2, da.Tokens["USDC"], amt, to, db.Tokens["USDC"], big.NewInt(50*1_000_000))

	// The operator's first endpoint is down: the pool fails over.
	chains, err := evmrelay.Chains(d, evmrelay.Options{PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	set := build(t, d, 0, nil, evmrelay.Options{})
	var withDead []*evm.Chain
	for _, c := range chains {
		o := c.Options()
		o.Endpoints = append([]relayers.Endpoint[evm.Client]{{Name: "dead", Client: deadClient{}}}, o.Endpoints...)
		nc, err := evm.NewChain(o)
		if err != nil {
			t.Fatal(err)
		}
		withDead = append(withDead, nc)
	}
	op := d.Options.Operators[0]
	p := &recorder{}
	r, err := evm.NewLiquidity(evm.Options{Chains: withDead, Operator: relayers.NewOperatorKey(op.Name, op.Private()),
		Attesters: set.Attesters, Threshold: int(d.Options.Threshold), Progress: p})
	if err != nil {
		t.Fatal(err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-liq-1", Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	est, err := r.Estimate(context.Background(), hop)
	if err != nil || est.Fee.Sign() <= 0 || est.Capacity.Sign() <= 0 {
		t.Fatalf("estimate %+v, %v", est, err)
	}
	creditOut := func() *big.Int {
		out, err := evmnet.Call(context.Background(), a.Client(), da.Liquidity, poolABI.PackCredit(op.Address, da.Tokens["USDC"]))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := poolABI.UnpackCredit(out)
		return v
	}
	c0 := creditOut()
	if err := r.Execute(context.Background(), hop); err != nil {
		t.Fatalf("execute: %v (%v)", err, p.all())
	}
	got := balance(t, b, db.Tokens["USDC"], to)
	if got.Sign() <= 0 || got.Cmp(amt) >= 0 {
		t.Fatalf("recipient got %v of %v", got, amt)
	}
	if d := new(big.Int).Sub(creditOut(), c0); d.Cmp(amt) != 0 {
		t.Fatalf("relayer reimbursed %v on the source, want %v", d, amt)
	}
	// A second run: already filled, nothing sent.
	hop.Ref.Attempt = 2
	p2 := &recorder{}
	r2, _ := evm.NewLiquidity(evm.Options{Chains: chains, Operator: relayers.NewOperatorKey(op.Name, op.Private()),
		Attesters: set.Attesters, Threshold: int(d.Options.Threshold), Progress: p2})
	if err := r2.Execute(context.Background(), hop); err != nil {
		t.Fatal(err)
	}
	if s := strings.Join(p2.all(), "|"); !strings.Contains(s, "already=true") || strings.Contains(s, "submitted") {
		t.Fatalf("second run: %v", p2.all())
	}
}

// TestReorgNeverDeliversAVanishedLock locks on chain a, lets the relayer
// observe it, then reorganises chain a so that the lock is replaced by a
// conflicting transaction of the same sender and nonce. The relayer must
// give up with CodeSourceReorged and the destination must show nothing.
func TestReorgNeverDeliversAVanishedLock(t *testing.T) {
	d := startNet(t, false)
	ctx := context.Background()
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[2]
	amt := evmnet.Ether
	id := crypto.Keccak256Hash([]byte("reorg-1"))
	s, err := evmnet.NewSender(ctx, a, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, "approve", da.Tokens["TKA"], tokABI.PackApprove(da.LockMint, amt)); err != nil {
		t.Fatal(err)
	}
	parent, err := a.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := s.Send(ctx, "lock", &da.LockMint, bridgeABI.PackLock(id, da.Tokens["TKA"], amt, new(big.Int).SetUint64(b.ChainID()), user.Address, nil, user.Address, 0))
	if err != nil {
		t.Fatal(err)
	}
	lockTx, _, err := a.Client().TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}

	p := &recorder{obs: make(chan struct{}, 1)}
	r := build(t, d, 0, p, evmrelay.Options{FinalityDepth: 3, WaitTimeout: 6 * time.Second}).LockMint
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-reorg", Attempt: 1}, TransferID: id, Kind: evm.KindLockMint,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: rcpt.TxHash.Hex()}
	done := make(chan error, 1)
	go func() { done <- r.Execute(ctx, hop) }()
	select {
	case <-p.obs:
	case <-time.After(10 * time.Second):
		t.Fatal("relayer never observed the lock")
	}

	// Reorg: back to the lock's parent; the lock returns to the pool.
	if err := a.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		pn, err := a.Client().PendingNonceAt(ctx, user.Address)
		if err == nil && pn > lockTx.Nonce() {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the reorged lock never returned to the pool")
		}
		time.Sleep(5 * time.Millisecond)
	}
	// The user replaces it (same nonce, higher fees) with a no-op.
	gas, err := a.Client().EstimateGas(ctx, ethereum.CallMsg{From: user.Address, To: &user.Address})
	if err != nil {
		t.Fatal(err)
	}
	repl := types.NewTx(&types.DynamicFeeTx{ChainID: lockTx.ChainId(), Nonce: lockTx.Nonce(),
		GasTipCap: new(big.Int).Mul(lockTx.GasTipCap(), big.NewInt(3)), GasFeeCap: new(big.Int).Mul(lockTx.GasFeeCap(), big.NewInt(3)),
		Gas: gas, To: &user.Address})
	signed, err := types.SignTx(repl, types.LatestSignerForChainID(repl.ChainId()), user.Private())
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Client().SendTransaction(ctx, signed); err != nil {
		t.Fatalf("replace: %v", err)
	}
	if _, err := a.MineTx(ctx, signed, user.Address); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 5; i++ {
		a.Commit()
		b.Commit()
	}
	var execErr error
	select {
	case execErr = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("relayer never gave up")
	}
	if evm.CodeOf(execErr) != evm.CodeSourceReorged {
		t.Fatalf("want %s, got %v (steps %v)", evm.CodeSourceReorged, execErr, p.all())
	}
	out, err := evmnet.Call(ctx, b.Client(), db.LockMint, bridgeABI.PackIsDelivered(new(big.Int).SetUint64(a.ChainID()), id))
	if err != nil {
		t.Fatal(err)
	}
	if delivered, _ := bridgeABI.UnpackIsDelivered(out); delivered {
		t.Fatal("a lock that vanished in a reorg was delivered")
	}
	if got := balance(t, b, db.Wrapped["TKA@"+a.Name()], user.Address); got.Sign() != 0 {
		t.Fatalf("wrapped minted: %v", got)
	}
}

func TestDigestsMatchTheContracts(t *testing.T) {
	d := startNet(t, false)
	ctx := context.Background()
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	m := bindings.LockMintBridgeMessage{TransferId: crypto.Keccak256Hash([]byte("x")), SrcChainId: big.NewInt(31001), SrcBridge: da.LockMint,
		DstChainId: big.NewInt(31002), DstBridge: db.LockMint, SrcToken: da.Tokens["TKA"], Amount: big.NewInt(12345),
		Recipient: common.HexToAddress("0xabc"), Payload: []byte{1, 2, 3}, RefundTo: common.HexToAddress("0xdef"), Deadline: 1_900_000_000}
	out, err := evmnet.Call(ctx, b.Client(), db.LockMint, bridgeABI.PackDigest(m))
	if err != nil {
		t.Fatal(err)
	}
	want, _ := bridgeABI.UnpackDigest(out)
	if evm.MessageDigest(m) != want {
		t.Fatal("message digest differs from the contract's")
	}
	out, _ = evmnet.Call(ctx, b.Client(), db.LockMint, bridgeABI.PackCancelDigest(m))
	if wantC, _ := bridgeABI.UnpackCancelDigest(out); evm.CancelDigest(m) != wantC {
		t.Fatal("cancel digest differs from the contract's")
	}
	out, _ = evmnet.Call(ctx, b.Client(), db.LockMint, bridgeABI.PackRefundDigest(m))
	if wantR, _ := bridgeABI.UnpackRefundDigest(out); evm.RefundDigest(m) != wantR {
		t.Fatal("refund digest differs from the contract's")
	}
	o := bindings.LiquidityPoolOrder{TransferId: m.TransferId, SrcChainId: m.SrcChainId, SrcPool: da.Liquidity, DstChainId: m.DstChainId,
		DstPool: db.Liquidity, SrcToken: da.Tokens["USDC"], DstToken: db.Tokens["USDC"], Amount: big.NewInt(5), MaxFee: big.NewInt(1),
		Recipient: m.Recipient, RefundTo: m.Recipient, Deadline: 99, Payload: []byte("payload")}
	out, err = evmnet.Call(ctx, a.Client(), da.Liquidity, poolABI.PackOrderHash(o))
	if err != nil {
		t.Fatal(err)
	}
	wantH, _ := poolABI.UnpackOrderHash(out)
	if h, err := evm.OrderHash(o); err != nil || h != wantH {
		t.Fatalf("order hash differs: %v", err)
	}
	out, _ = evmnet.Call(ctx, a.Client(), da.Liquidity, poolABI.PackSettleDigest(wantH, m.Recipient))
	wantS, _ := poolABI.UnpackSettleDigest(out)
	if evm.SettleDigest(wantH, m.Recipient) != wantS {
		t.Fatal("settle digest differs")
	}
}

func TestLowOperatorBalanceRaisesAnAlarm(t *testing.T) {
	d := startNet(t, true)
	set := build(t, d, 0, nil, evmrelay.Options{})
	op := d.Options.Operators[0].Address
	bal, err := set.Chains[0].Balance(context.Background(), op)
	if err != nil {
		t.Fatal(err)
	}
	alarms := make(chan relayers.Alarm, 4)
	// A floor above the operator's balance: the alarm must fire once.
	floor := new(big.Int).Add(bal, evmnet.Ether)
	alarm := set.Chains[0].BalanceAlarm(floor, func(a relayers.Alarm) { alarms <- a })
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go evm.WatchBalances(ctx, alarm, 10*time.Millisecond, nil, op)
	select {
	case a := <-alarms:
		if !a.Raised || a.Account != op || a.Chain != set.Chains[0].Name() {
			t.Fatalf("alarm %+v", a)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no alarm")
	}
	time.Sleep(50 * time.Millisecond)
	if len(alarms) != 0 {
		t.Fatal("alarm repeated while the balance stayed low")
	}
}

// TestFillOfAnotherOrderIsNotReimbursed: a relayer fills a made-up order
// under a real deposit's transfer id (paying itself). The committee refuses
// to reimburse it from the real deposit, and an honest relayer reports the
// hop as blocked instead of delivered.
func TestFillOfAnotherOrderIsNotReimbursed(t *testing.T) {
	d := startNet(t, true)
	ctx := context.Background()
	a, b := d.Targets[0], d.Targets[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[0]
	amt := big.NewInt(5_000 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("front-run-1"))
	tx := startTransfer(t, d, user, id, 2, da.Tokens["USDC"], amt, user.Address, db.Tokens["USDC"], big.NewInt(50*1_000_000))

	mallory := d.Options.Operators[1]
	fake := bindings.LiquidityPoolOrder{TransferId: id, SrcChainId: new(big.Int).SetUint64(a.ChainID()), SrcPool: da.Liquidity,
		DstChainId: new(big.Int).SetUint64(b.ChainID()), DstPool: db.Liquidity, SrcToken: da.Tokens["USDC"], DstToken: db.Tokens["USDC"],
		Amount: big.NewInt(1_000_000), MaxFee: big.NewInt(1_000_000), Recipient: mallory.Address, RefundTo: mallory.Address,
		Deadline: uint64(time.Now().Add(time.Hour).Unix())}
	ms, err := evmnet.NewSender(ctx, b, mallory)
	if err != nil {
		t.Fatal(err)
	}
	if err := ms.Exec(ctx, "fake fill", db.Liquidity, poolABI.PackFill(fake)); err != nil {
		t.Fatal(err)
	}
	set := build(t, d, 0, nil, evmrelay.Options{})
	rcpt, err := a.Client().TransactionReceipt(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	var real *evm.Deposit
	for _, l := range rcpt.Logs {
		if dep, err := evm.ParseDeposited(da.Liquidity, l); err == nil {
			real = dep
		}
	}
	if real == nil {
		t.Fatal("no deposit")
	}
	// Let the deposit become final, then ask for a settlement to mallory.
	for i := 0; i < 40; i++ {
		if n, _ := a.Client().BlockNumber(ctx); n >= real.BlockNumber+evmnet.FinalityBlocks {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	_, err = evm.Gather(ctx, set.Attesters, int(d.Options.Threshold), func(ctx context.Context, at evm.Attester) ([]byte, error) {
		return at.SignSettle(ctx, real.Order, mallory.Address, tx)
	})
	if evm.CodeOf(err) != evm.CodeAttestation {
		t.Fatalf("committee signed a settlement for another order's fill: %v", err)
	}
	p := &recorder{}
	honest := build(t, d, 0, p, evmrelay.Options{}).Liquidity
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-front", Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	if err := honest.Execute(ctx, hop); evm.CodeOf(err) != evm.CodeBadHop {
		t.Fatalf("honest relayer: %v (%v)", err, p.all())
	}
	for _, s := range p.all() {
		if strings.HasPrefix(s, "delivered") {
			t.Fatalf("reported delivered: %v", p.all())
		}
	}
}

// TestRunWatchesAndRelaysOnItsOwn: with no one telling it which hops to
// carry, Run tails the final blocks and delivers both kinds.
func TestRunWatchesAndRelaysOnItsOwn(t *testing.T) {
	d := startNet(t, true)
	a, b := d.Targets[0], d.Targets[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[2]
	to := evmnet.DevKey("watched-recipient").Address
	set := build(t, d, 0, nil, evmrelay.Options{})
	head, err := a.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		_ = evm.Run(ctx, set.Chains, head, map[string]relayers.Relayer{evm.KindLockMint: set.LockMint, evm.KindLiquidity: set.Liquidity})
	}()
	amt := evmnet.Ether
	wtka := db.Wrapped["TKA@"+a.Name()]
	startTransfer(t, d, user, crypto.Keccak256Hash([]byte("watched-lm")), 1, da.Tokens["TKA"], amt, to, wtka, big.NewInt(0))
	usdc := big.NewInt(300 * 1_000_000)
	startTransfer(t, d, user, crypto.Keccak256Hash([]byte("watched-liq")), 2, da.Tokens["USDC"], usdc, to, db.Tokens["USDC"], big.NewInt(5*1_000_000))
	deadline := time.Now().Add(30 * time.Second)
	for {
		w, u := balance(t, b, wtka, to), balance(t, b, db.Tokens["USDC"], to)
		if w.Cmp(amt) == 0 && u.Sign() > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not relayed: wrapped %v, usdc %v", w, u)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// cancelOnDelivery is a Progress that cancels its hop's context once the
// hop is delivered: the node that filled dies before it settles.
type cancelOnDelivery struct {
	recorder
	cancel context.CancelFunc
}

func (c *cancelOnDelivery) HopDelivered(ref relayers.HopRef, chain, tx string, already bool) {
	c.recorder.HopDelivered(ref, chain, tx, already)
	c.cancel()
}

// TestTakeoverSettlesForTheOriginalFiller: operator-0 fills an order and
// its node dies before settling; operator-1's node takes the transfer over,
// finds the order filled, and settles it for operator-0, who paid the
// recipient. Before, the takeover settled for itself, the committee refused
// (the fill is not its own), and operator-0 was never reimbursed.
func TestTakeoverSettlesForTheOriginalFiller(t *testing.T) {
	d := startNet(t, true)
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	user := d.Options.Demo[1]
	to := evmnet.DevKey("liq-takeover-recipient").Address
	amt := big.NewInt(1_500 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("relay-liq-takeover"))
	tx := startTransfer(t, d, user, id, 2, da.Tokens["USDC"], amt, to, db.Tokens["USDC"], big.NewInt(50*1_000_000))
	chains, err := evmrelay.Chains(d, evmrelay.Options{PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	set := build(t, d, 0, nil, evmrelay.Options{})
	credit := func(who common.Address) *big.Int {
		out, err := evmnet.Call(context.Background(), a.Client(), da.Liquidity, poolABI.PackCredit(who, da.Tokens["USDC"]))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := poolABI.UnpackCredit(out)
		return v
	}
	op0, op1 := d.Options.Operators[0], d.Options.Operators[1]
	c0, c1 := credit(op0.Address), credit(op1.Address)
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-liq-takeover", Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}

	ctx, cancel := context.WithCancel(context.Background())
	first := &cancelOnDelivery{cancel: cancel}
	r0, err := evm.NewLiquidity(evm.Options{Chains: chains, Operator: relayers.NewOperatorKey(op0.Name, op0.Private()),
		Attesters: set.Attesters, Threshold: int(d.Options.Threshold), Progress: first})
	if err != nil {
		t.Fatal(err)
	}
	_ = r0.Execute(ctx, hop) // cancelled right after the fill: no settlement
	if s := strings.Join(first.all(), "|"); !strings.Contains(s, "delivered") {
		t.Fatalf("first node did not fill: %v", first.all())
	}
	if d := new(big.Int).Sub(credit(op0.Address), c0); d.Sign() != 0 {
		t.Fatalf("the dead node settled anyway (credit +%v): the test does not test a takeover", d)
	}

	hop.Ref.Attempt = 2
	p := &recorder{}
	r1, err := evm.NewLiquidity(evm.Options{Chains: chains, Operator: relayers.NewOperatorKey(op1.Name, op1.Private()),
		Attesters: set.Attesters, Threshold: int(d.Options.Threshold), Progress: p})
	if err != nil {
		t.Fatal(err)
	}
	if err := r1.Execute(context.Background(), hop); err != nil {
		t.Fatalf("takeover: %v (%v)", err, p.all())
	}
	if s := strings.Join(p.all(), "|"); !strings.Contains(s, "already=true") {
		t.Fatalf("takeover filled again: %v", p.all())
	}
	if d := new(big.Int).Sub(credit(op0.Address), c0); d.Cmp(amt) != 0 {
		t.Fatalf("the filler (operator-0) was reimbursed %v, want %v", d, amt)
	}
	if d := new(big.Int).Sub(credit(op1.Address), c1); d.Sign() != 0 {
		t.Fatalf("the takeover node (operator-1) was credited %v for a fill it did not make", d)
	}
	if got := balance(t, b, db.Tokens["USDC"], to); got.Sign() <= 0 || got.Cmp(amt) >= 0 {
		t.Fatalf("recipient got %v of %v (paid once?)", got, amt)
	}
}

// TestAttesterWaitsBrieflyForFinality: an attester asked about a
// transaction its own view does not yet see final waits a few polls for the
// head to catch up instead of refusing at once (a refusal fails the hop into
// minutes of recovery backoff); with no new blocks it still refuses, coded.
func TestAttesterWaitsBrieflyForFinality(t *testing.T) {
	d := startNet(t, false)
	ctx := context.Background()
	a := d.Chains[0]
	da := d.Deployments[a.Name()]
	user := d.Options.Demo[2]
	chains, err := evmrelay.Chains(d, evmrelay.Options{PollInterval: 20 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	var ca *evm.Chain
	for _, c := range chains {
		if c.Name() == a.Name() {
			ca = c
		}
	}
	s, err := evmnet.NewSender(ctx, a, user)
	if err != nil {
		t.Fatal(err)
	}
	tka := da.Tokens["TKA"]
	send := func() common.Hash {
		rcpt, err := s.Send(ctx, "approve", &tka, tokABI.PackApprove(da.LockMint, big.NewInt(1)))
		if err != nil {
			t.Fatal(err)
		}
		return rcpt.TxHash
	}

	// Not final (no block on top of it); two blocks follow shortly.
	tx := send()
	go func() {
		time.Sleep(150 * time.Millisecond)
		a.Commit()
		a.Commit()
	}()
	if _, err := ca.FinalReceipt(ctx, tx); err != nil {
		t.Fatalf("the attester refused a transaction that became final while it waited: %v", err)
	}

	// No block follows: refused with CodeTimeout after the bounded wait.
	tx = send()
	start := time.Now()
	_, err = ca.FinalReceipt(ctx, tx)
	if evm.CodeOf(err) != evm.CodeTimeout {
		t.Fatalf("got %v, want %s", err, evm.CodeTimeout)
	}
	if waited := time.Since(start); waited > 10*time.Second {
		t.Fatalf("waited %v: the wait must stay bounded", waited)
	}
}
