package guardians

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/wormhole"
)

// recorder is a relayers.Progress that keeps every step.
type recorder struct {
	mu        sync.Mutex
	observed  int
	attested  int
	delivered map[relayers.HopRef]string
	failed    map[relayers.HopRef]error
}

func newRecorder() *recorder {
	return &recorder{delivered: map[relayers.HopRef]string{}, failed: map[relayers.HopRef]error{}}
}
func (r *recorder) HopObserved(relayers.HopRef, string, string, uint64) {
	r.mu.Lock()
	r.observed++
	r.mu.Unlock()
}
func (r *recorder) HopAttested(_ relayers.HopRef, n int) {
	r.mu.Lock()
	r.attested = n
	r.mu.Unlock()
}
func (r *recorder) HopSubmitted(relayers.HopRef, string, string) {}
func (r *recorder) HopDelivered(ref relayers.HopRef, _ string, tx string, _ bool) {
	r.mu.Lock()
	r.delivered[ref] = tx
	r.mu.Unlock()
}
func (r *recorder) HopFailed(ref relayers.HopRef, err error) {
	r.mu.Lock()
	r.failed[ref] = err
	r.mu.Unlock()
}

type liveEnv struct {
	t   *testing.T
	ctx context.Context
	n   *Network
	d   *evmnet.Devnet
}

// startLive starts a devnet with blocks on a fast timer and the guardian
// bridge deployed.
func startLive(t *testing.T) *liveEnv {
	t.Helper()
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{BlockPeriod: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	n, err := Deploy(ctx, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range d.Chains {
		c.Start()
	}
	return &liveEnv{t: t, ctx: ctx, n: n, d: d}
}

func (e *liveEnv) balance(chain string, token, who common.Address) *big.Int {
	out, err := evmnet.Call(e.ctx, e.d.Chain(chain).Client(), token, bindings.NewTestToken().PackBalanceOf(who))
	if err != nil {
		e.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

func TestEndToEndOverTheGuardianBridge(t *testing.T) {
	e := startLive(t)
	prog := newRecorder()
	r, err := e.n.StartRelay(e.ctx, RelayOptions{Progress: prog, QuorumTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a, b, c := e.d.Targets[0].Name(), e.d.Targets[1].Name(), e.d.Targets[2].Name()
	demo := e.d.Options.Demo[0]
	amt := new(big.Int).Mul(big.NewInt(50), evmnet.Ether)

	// 1. EVM -> EVM: TKB from B to A, minted there as whTKB.
	tx, err := e.n.Send(e.ctx, demo, SendArgs{TransferID: tid("e2e-1"), Token: "TKB", Origin: b, Amount: amt, From: b, To: a,
		Recipient: wormhole.FromEVM(demo.Address)})
	if err != nil {
		t.Fatal(err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "e2e-1", Hop: 0, Attempt: 1}, TransferID: tid("e2e-1"), Kind: wormhole.Kind,
		FromChain: b, ToChain: a, SourceTx: tx, Amount: amt}
	if est, err := r.Relayer.Estimate(e.ctx, hop); err != nil || est.ETA <= 0 {
		t.Fatalf("estimate: %+v %v", est, err)
	}
	if err := r.Relayer.Execute(e.ctx, hop); err != nil {
		t.Fatalf("execute: %v", err)
	}
	whTKB := e.n.TokenOn(a, b, "TKB")
	if got := e.balance(a, whTKB, demo.Address); got.Cmp(amt) != 0 {
		t.Fatalf("whTKB on A: %v, want %v", got, amt)
	}
	if prog.attested < 13 || prog.delivered[hop.Ref] == "" {
		t.Fatalf("progress: attested %d, delivered %q", prog.attested, prog.delivered[hop.Ref])
	}
	// Executing again reports the earlier delivery and pays nothing.
	again := hop
	again.Ref.Attempt = 2
	if err := r.Relayer.Execute(e.ctx, again); err != nil {
		t.Fatalf("second execute: %v", err)
	}
	if got := e.balance(a, whTKB, demo.Address); got.Cmp(amt) != 0 {
		t.Fatalf("paid twice: %v", got)
	}

	// 2. A route that combines bridge kinds: A -(guardian bridge)-> B,
	// where the Gateway forwards along the committed route -(lock/mint)-> C.
	gw := bindings.NewGateway()
	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 3, Bridge: e.n.Bridge[a], DstChainId: new(big.Int).SetUint64(e.d.Targets[1].ChainID()), DstToken: e.n.TokenOn(b, b, "TKB"), MaxFee: new(big.Int)},
			{Kind: 1, Bridge: e.d.Deployments[b].LockMint, DstChainId: new(big.Int).SetUint64(e.d.Targets[2].ChainID()), MaxFee: new(big.Int)},
		},
		Recipient: demo.Address, RefundTo: demo.Address, Deadline: uint64(time.Now().Add(240 * time.Hour).Unix()),
	}
	rest, err := gw.GetABI().Methods["decodePayload"].Outputs.Pack(route, big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	hashIn, err := gw.GetABI().Methods["routeHash"].Inputs.Pack(route)
	if err != nil {
		t.Fatal(err)
	}
	out, err := evmnet.Call(e.ctx, e.d.Chain(a).Client(), e.d.Deployments[a].Gateway, append(gw.GetABI().Methods["routeHash"].ID, hashIn...))
	if err != nil {
		t.Fatal(err)
	}
	var rh [32]byte
	copy(rh[:], out)
	half := new(big.Int).Div(amt, big.NewInt(2))
	tx2, err := e.n.Send(e.ctx, demo, SendArgs{TransferID: tid("e2e-2"), Token: "TKB", Origin: b, Amount: half, From: a, To: b,
		Recipient: wormhole.FromEVM(e.d.Deployments[b].Gateway), RouteHash: rh, NextHop: 1, Remaining: rest})
	if err != nil {
		t.Fatal(err)
	}
	hop1 := relayers.Hop{Ref: relayers.HopRef{Transfer: "e2e-2", Hop: 0, Attempt: 1}, TransferID: tid("e2e-2"), Kind: wormhole.Kind,
		FromChain: a, ToChain: b, SourceTx: tx2, Amount: half}
	if err := r.Relayer.Execute(e.ctx, hop1); err != nil {
		t.Fatalf("guardian hop: %v", err)
	}
	evmSet, err := evmrelay.Build(e.d, evmrelay.Options{Progress: prog})
	if err != nil {
		t.Fatal(err)
	}
	hop2 := relayers.Hop{Ref: relayers.HopRef{Transfer: "e2e-2", Hop: 1, Attempt: 1}, TransferID: tid("e2e-2"), Kind: evmSet.LockMint.Kind(),
		FromChain: b, ToChain: c, SourceTx: prog.delivered[hop1.Ref], Amount: half}
	if err := evmSet.LockMint.Execute(e.ctx, hop2); err != nil {
		t.Fatalf("lock/mint hop: %v", err)
	}
	wTKBonC := e.d.Deployments[c].Wrapped["TKB@"+b]
	if got := e.balance(c, wTKBonC, demo.Address); got.Cmp(half) != 0 {
		t.Fatalf("wTKB on C after the combined route: %v, want %v", got, half)
	}
	if got := e.balance(a, whTKB, demo.Address); got.Cmp(new(big.Int).Sub(amt, half)) != 0 {
		t.Fatalf("whTKB left on A: %v", got)
	}
}

func TestMissingQuorumRaisesAlarmAndDeliversNothing(t *testing.T) {
	e := startLive(t)
	prog := newRecorder()
	var alarms []wormhole.QuorumAlarm
	var mu sync.Mutex
	// 12 of 19 guardians run: one short of quorum.
	r, err := e.n.StartRelay(e.ctx, RelayOptions{Running: 12, Progress: prog, QuorumTimeout: 2 * time.Second,
		Alarm: func(a wormhole.QuorumAlarm) { mu.Lock(); alarms = append(alarms, a); mu.Unlock() }})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a, b := e.d.Targets[0].Name(), e.d.Targets[1].Name()
	demo := e.d.Options.Demo[1]
	amt := big.NewInt(1234)
	tx, err := e.n.Send(e.ctx, demo, SendArgs{TransferID: tid("mq-1"), Token: "TKA", Origin: a, Amount: amt, From: a, To: b,
		Recipient: wormhole.FromEVM(demo.Address)})
	if err != nil {
		t.Fatal(err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "mq-1", Attempt: 1}, TransferID: tid("mq-1"), Kind: wormhole.Kind,
		FromChain: a, ToChain: b, SourceTx: tx, Amount: amt}
	err = r.Relayer.Execute(e.ctx, hop)
	if wormhole.CodeOf(err) != wormhole.CodeQuorumTimeout {
		t.Fatalf("execute: %v, want %s", err, wormhole.CodeQuorumTimeout)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(alarms) != 1 || alarms[0].Signatures != 12 || alarms[0].Quorum != 13 {
		t.Fatalf("alarms: %+v", alarms)
	}
	if prog.failed[hop.Ref] == nil {
		t.Fatal("hop not reported failed")
	}
	if got := e.balance(b, e.n.TokenOn(b, a, "TKA"), demo.Address); got.Sign() != 0 {
		t.Fatalf("delivered without quorum: %v", got)
	}
}

// A route the Gateway starts, with the guardian bridge as hop kind 3 on
// both hops: A -> B (the Gateway there forwards along the committed route)
// -> C.
func TestGatewayStartsAGuardianRoute(t *testing.T) {
	e := startLive(t)
	prog := newRecorder()
	r, err := e.n.StartRelay(e.ctx, RelayOptions{Progress: prog, QuorumTimeout: 30 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a, b, c := e.d.Targets[0].Name(), e.d.Targets[1].Name(), e.d.Targets[2].Name()
	demo := e.d.Options.Demo[2]
	amt := new(big.Int).Mul(big.NewInt(7), evmnet.Ether)
	gw := bindings.NewGateway()
	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 3, Bridge: e.n.Bridge[a], DstChainId: new(big.Int).SetUint64(e.d.Targets[1].ChainID()), DstToken: e.n.TokenOn(b, a, "TKA"), MaxFee: new(big.Int)},
			{Kind: 3, Bridge: e.n.Bridge[b], DstChainId: new(big.Int).SetUint64(e.d.Targets[2].ChainID()), MaxFee: new(big.Int)},
		},
		Recipient: demo.Address, RefundTo: demo.Address, Deadline: uint64(time.Now().Add(240 * time.Hour).Unix()),
	}
	s, err := evmnet.NewSender(e.ctx, e.d.Chain(a), demo)
	if err != nil {
		t.Fatal(err)
	}
	tka := e.d.Deployments[a].Tokens["TKA"]
	if err := s.Exec(e.ctx, "approve gateway", tka, tokenABI.PackApprove(e.d.Deployments[a].Gateway, amt)); err != nil {
		t.Fatal(err)
	}
	gwAddr := e.d.Deployments[a].Gateway
	rcpt, err := s.Send(e.ctx, "gateway start", &gwAddr, gw.PackStart(tid("gw-1"), tka, amt, route))
	if err != nil {
		t.Fatal(err)
	}
	hop0 := relayers.Hop{Ref: relayers.HopRef{Transfer: "gw-1", Hop: 0, Attempt: 1}, TransferID: tid("gw-1"), Kind: wormhole.Kind,
		FromChain: a, ToChain: b, SourceTx: rcpt.TxHash.Hex(), Amount: amt}
	if err := r.Relayer.Execute(e.ctx, hop0); err != nil {
		t.Fatalf("hop 0: %v", err)
	}
	hop1 := relayers.Hop{Ref: relayers.HopRef{Transfer: "gw-1", Hop: 1, Attempt: 1}, TransferID: tid("gw-1"), Kind: wormhole.Kind,
		FromChain: b, ToChain: c, SourceTx: prog.delivered[hop0.Ref], Amount: amt}
	if err := r.Relayer.Execute(e.ctx, hop1); err != nil {
		t.Fatalf("hop 1: %v", err)
	}
	if got := e.balance(c, e.n.TokenOn(c, a, "TKA"), demo.Address); got.Cmp(amt) != 0 {
		t.Fatalf("whTKA on C: %v, want %v", got, amt)
	}
	if got := e.balance(b, e.n.TokenOn(b, a, "TKA"), e.d.Deployments[b].Gateway); got.Sign() != 0 {
		t.Fatalf("left at the intermediate Gateway: %v", got)
	}
}

// In autonomous mode every assembled VAA is delivered with no hop driving
// it.
func TestAutonomousDelivery(t *testing.T) {
	e := startLive(t)
	r, err := e.n.StartRelay(e.ctx, RelayOptions{Autonomous: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	a, c := e.d.Targets[0].Name(), e.d.Targets[2].Name()
	demo := e.d.Options.Demo[3]
	amt := big.NewInt(777)
	if _, err := e.n.Send(e.ctx, demo, SendArgs{TransferID: tid("auto-1"), Token: "TKA", Origin: a, Amount: amt, From: a, To: c,
		Recipient: wormhole.FromEVM(demo.Address)}); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(30 * time.Second)
	for e.balance(c, e.n.TokenOn(c, a, "TKA"), demo.Address).Cmp(amt) != 0 {
		if time.Now().After(deadline) {
			t.Fatal("not delivered in 30 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
