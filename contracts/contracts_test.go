// Tests of Strait's contracts on go-ethereum's simulated backend, through
// the generated bindings and the devnet deployment.
package contracts_test

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
)

var (
	bridgeABI = bindings.NewLockMintBridge()
	poolABI   = bindings.NewLiquidityPool()
	gwABI     = bindings.NewGateway()
	govABI    = bindings.NewGovernance()
	tokABI    = bindings.NewTestToken()
)

type env struct {
	t   *testing.T
	ctx context.Context
	net *evmnet.Devnet
	a   *evmnet.Chain
	b   *evmnet.Chain
	c   *evmnet.Chain
	da  *evmnet.Deployment
	db  *evmnet.Deployment
	dc  *evmnet.Deployment
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	net, err := evmnet.Start(ctx, evmnet.Options{})
	if err != nil {
		t.Fatalf("start devnet: %v", err)
	}
	t.Cleanup(func() { net.Close() })
	e := &env{t: t, ctx: ctx, net: net, a: net.Chains[0], b: net.Chains[1], c: net.Chains[2]}
	e.da, e.db, e.dc = net.Deployments[e.a.Name()], net.Deployments[e.b.Name()], net.Deployments[e.c.Name()]
	return e
}

func (e *env) sender(c *evmnet.Chain, k evmnet.Key) *evmnet.Sender {
	s, err := evmnet.NewSender(e.ctx, c, k)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// must sends and fails the test on error.
func (e *env) must(s *evmnet.Sender, what string, to common.Address, data []byte) {
	e.t.Helper()
	if err := s.Exec(e.ctx, what, to, data); err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
}

// reverts sends and expects a revert with the given custom error id.
func (e *env) reverts(s *evmnet.Sender, what string, to common.Address, data []byte, errID common.Hash) {
	e.t.Helper()
	err := s.Exec(e.ctx, what, to, data)
	if err == nil {
		e.t.Fatalf("%s: succeeded, want revert %x", what, errID[:4])
	}
	rd := evmnet.RevertData(err)
	if len(rd) < 4 || !bytes.Equal(rd[:4], errID[:4]) {
		e.t.Fatalf("%s: got %v (revert data %x), want error %x", what, err, rd, errID[:4])
	}
}

func (e *env) call(c *evmnet.Chain, to common.Address, data []byte) []byte {
	e.t.Helper()
	out, err := evmnet.Call(e.ctx, c.Client(), to, data)
	if err != nil {
		e.t.Fatal(err)
	}
	return out
}

func (e *env) balance(c *evmnet.Chain, token, who common.Address) *big.Int {
	e.t.Helper()
	v, err := tokABI.UnpackBalanceOf(e.call(c, token, tokABI.PackBalanceOf(who)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// sign returns sorted M-of-N EIP-191 signatures over digest.
func sign(digest [32]byte, keys ...evmnet.Key) [][]byte {
	type sig struct {
		addr common.Address
		b    []byte
	}
	h := crypto.Keccak256(append([]byte("\x19Ethereum Signed Message:\n32"), digest[:]...))
	var sigs []sig
	for _, k := range keys {
		s, err := crypto.Sign(h, k.Private())
		if err != nil {
			panic(err)
		}
		s[64] += 27
		sigs = append(sigs, sig{k.Address, s})
	}
	sort.Slice(sigs, func(i, j int) bool { return bytes.Compare(sigs[i].addr[:], sigs[j].addr[:]) < 0 })
	out := make([][]byte, len(sigs))
	for i, s := range sigs {
		out[i] = s.b
	}
	return out
}

func chainID(c *evmnet.Chain) *big.Int { return new(big.Int).SetUint64(c.ChainID()) }

func tid(s string) [32]byte { return crypto.Keccak256Hash([]byte(s)) }

func (e *env) lockMsg(src, dst *evmnet.Chain, ds, dd *evmnet.Deployment, id [32]byte, token common.Address, amount *big.Int, to common.Address, payload []byte) bindings.LockMintBridgeMessage {
	return bindings.LockMintBridgeMessage{TransferId: id, SrcChainId: chainID(src), SrcBridge: ds.LockMint,
		DstChainId: chainID(dst), DstBridge: dd.LockMint, SrcToken: token, Amount: amount, Recipient: to, Payload: payload}
}

func (e *env) digest(c *evmnet.Chain, d *evmnet.Deployment, m bindings.LockMintBridgeMessage) [32]byte {
	v, err := bridgeABI.UnpackDigest(e.call(c, d.LockMint, bridgeABI.PackDigest(m)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func TestLockMintRoundTrip(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user := o.Demo[0]
	tka := e.da.Tokens["TKA"]
	wtka := e.db.Wrapped["TKA@"+e.a.Name()]
	amt := new(big.Int).Mul(big.NewInt(5), evmnet.Ether)

	ua, ub := e.sender(e.a, user), e.sender(e.b, user)
	relB := e.sender(e.b, o.Operators[0])
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.LockMint, amt))
	id := tid("lm-1")
	e.must(ua, "lock", e.da.LockMint, bridgeABI.PackLock(id, tka, amt, chainID(e.b), user.Address, nil, user.Address, 0))
	if got := e.balance(e.a, tka, e.da.LockMint); got.Cmp(amt) != 0 {
		t.Fatalf("vault holds %v, want %v", got, amt)
	}
	// A second lock of the same transfer id is refused at the source.
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.LockMint, amt))
	e.reverts(ua, "lock again", e.da.LockMint, bridgeABI.PackLock(id, tka, amt, chainID(e.b), user.Address, nil, user.Address, 0),
		bindings.LockMintBridgeAlreadyLockedErrorID())

	m := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, user.Address, nil)
	d := e.digest(e.b, e.db, m)
	att := o.Attesters
	e.reverts(relB, "one signature", e.db.LockMint, bridgeABI.PackDeliver(m, sign(d, att[0])),
		bindings.LockMintBridgeNotEnoughSignaturesErrorID())
	dup := sign(d, att[0])
	e.reverts(relB, "same signer twice", e.db.LockMint, bridgeABI.PackDeliver(m, [][]byte{dup[0], dup[0]}),
		bindings.LockMintBridgeSignersNotSortedErrorID())
	e.reverts(relB, "outsider", e.db.LockMint, bridgeABI.PackDeliver(m, sign(d, att[0], evmnet.DevKey("mallory"))),
		bindings.LockMintBridgeNotAttesterErrorID())
	bad := m
	bad.Amount = new(big.Int).Mul(amt, big.NewInt(2))
	e.reverts(relB, "tampered amount", e.db.LockMint, bridgeABI.PackDeliver(bad, sign(d, att[0], att[1])),
		bindings.LockMintBridgeNotAttesterErrorID())

	e.must(relB, "deliver", e.db.LockMint, bridgeABI.PackDeliver(m, sign(d, att[0], att[1])))
	if got := e.balance(e.b, wtka, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("wrapped balance %v, want %v", got, amt)
	}
	e.reverts(relB, "replay", e.db.LockMint, bridgeABI.PackDeliver(m, sign(d, att[1], att[2])),
		bindings.LockMintBridgeAlreadyDeliveredErrorID())

	// Home again: the wrapped token burns on B and the vault on A releases.
	before := e.balance(e.a, tka, user.Address)
	e.must(ub, "approve wrapped", wtka, tokABI.PackApprove(e.db.LockMint, amt))
	back := tid("lm-1-back")
	e.must(ub, "lock wrapped", e.db.LockMint, bridgeABI.PackLock(back, wtka, amt, chainID(e.a), user.Address, nil, user.Address, 0))
	if got := e.balance(e.b, wtka, user.Address); got.Sign() != 0 {
		t.Fatalf("wrapped not burnt: %v", got)
	}
	m2 := e.lockMsg(e.b, e.a, e.db, e.da, back, wtka, amt, user.Address, nil)
	relA := e.sender(e.a, o.Operators[0])
	e.must(relA, "deliver home", e.da.LockMint, bridgeABI.PackDeliver(m2, sign(e.digest(e.a, e.da, m2), att[2], att[0])))
	if got := new(big.Int).Sub(e.balance(e.a, tka, user.Address), before); got.Cmp(amt) != 0 {
		t.Fatalf("released %v, want %v", got, amt)
	}
}

func (e *env) order(id [32]byte, amount, maxFee *big.Int, to common.Address, deadline time.Duration) bindings.LiquidityPoolOrder {
	return bindings.LiquidityPoolOrder{TransferId: id, SrcChainId: chainID(e.a), SrcPool: e.da.Liquidity,
		DstChainId: chainID(e.b), DstPool: e.db.Liquidity, SrcToken: e.da.Tokens["USDC"], DstToken: e.db.Tokens["USDC"],
		Amount: amount, MaxFee: maxFee, Recipient: to, RefundTo: to,
		Deadline: uint64(time.Now().Add(deadline).Unix()), Payload: nil}
}

func TestLiquidityFillSettleAndFee(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user, op := o.Demo[1], o.Operators[0]
	usdcA, usdcB := e.da.Tokens["USDC"], e.db.Tokens["USDC"]
	amt := big.NewInt(1_000 * 1_000_000)

	// The fee rises with utilisation: a small fill costs the base rate, a
	// fill that drains most of the pool costs more per unit.
	small, _ := poolABI.UnpackQuoteFee(e.call(e.b, e.db.Liquidity, poolABI.PackQuoteFee(usdcB, amt)))
	bigAmt := new(big.Int).Mul(o.LiquidityPerOperator, big.NewInt(9))
	bigAmt.Div(bigAmt, big.NewInt(10))
	large, _ := poolABI.UnpackQuoteFee(e.call(e.b, e.db.Liquidity, poolABI.PackQuoteFee(usdcB, bigAmt)))
	smallBps := new(big.Int).Div(new(big.Int).Mul(small, big.NewInt(1_000_000)), amt)
	largeBps := new(big.Int).Div(new(big.Int).Mul(large, big.NewInt(1_000_000)), bigAmt)
	if largeBps.Cmp(smallBps) <= 0 {
		t.Fatalf("fee rate does not rise with utilisation: small %v, large %v (per 1e6)", smallBps, largeBps)
	}

	ua := e.sender(e.a, user)
	ord := e.order(tid("liq-1"), amt, big.NewInt(10*1_000_000), user.Address, time.Hour)
	e.must(ua, "approve", usdcA, tokABI.PackApprove(e.da.Liquidity, amt))
	e.must(ua, "deposit", e.da.Liquidity, poolABI.PackDeposit(ord))

	opB, opA := e.sender(e.b, op), e.sender(e.a, op)
	e.reverts(e.sender(e.b, user), "fill by a stranger", e.db.Liquidity, poolABI.PackFill(ord),
		bindings.LiquidityPoolNotRelayerErrorID())
	before := e.balance(e.b, usdcB, user.Address)
	e.must(opB, "fill", e.db.Liquidity, poolABI.PackFill(ord))
	got := new(big.Int).Sub(e.balance(e.b, usdcB, user.Address), before)
	fee := new(big.Int).Sub(amt, got)
	if fee.Sign() <= 0 || fee.Cmp(ord.MaxFee) > 0 {
		t.Fatalf("fee %v outside (0, %v]", fee, ord.MaxFee)
	}
	e.reverts(opB, "fill twice", e.db.Liquidity, poolABI.PackFill(ord), bindings.LiquidityPoolAlreadyFilledErrorID())

	e.reverts(ua, "refund before the deadline", e.da.Liquidity, poolABI.PackRefund(ord), bindings.LiquidityPoolNotExpiredErrorID())
	h, _ := poolABI.UnpackOrderHash(e.call(e.a, e.da.Liquidity, poolABI.PackOrderHash(ord)))
	sd, _ := poolABI.UnpackSettleDigest(e.call(e.a, e.da.Liquidity, poolABI.PackSettleDigest(h, op.Address)))
	credit := func() *big.Int {
		v, _ := poolABI.UnpackCredit(e.call(e.a, e.da.Liquidity, poolABI.PackCredit(op.Address, usdcA)))
		return v
	}
	c0 := credit()
	e.must(opA, "settle", e.da.Liquidity, poolABI.PackSettle(ord, op.Address, sign(sd, o.Attesters[0], o.Attesters[2])))
	if d := new(big.Int).Sub(credit(), c0); d.Cmp(amt) != 0 {
		t.Fatalf("reimbursed %v, want %v", d, amt)
	}
	e.reverts(opA, "settle twice", e.da.Liquidity, poolABI.PackSettle(ord, op.Address, sign(sd, o.Attesters[0], o.Attesters[2])),
		bindings.LiquidityPoolNotDepositedErrorID())

	// An order that is never filled refunds after deadline + grace.
	ord2 := e.order(tid("liq-2"), amt, big.NewInt(10*1_000_000), user.Address, time.Minute)
	e.must(ua, "approve", usdcA, tokABI.PackApprove(e.da.Liquidity, amt))
	e.must(ua, "deposit 2", e.da.Liquidity, poolABI.PackDeposit(ord2))
	if err := e.a.AdjustTime(2 * time.Hour); err != nil {
		t.Fatal(err)
	}
	b0 := e.balance(e.a, usdcA, user.Address)
	e.must(ua, "refund", e.da.Liquidity, poolABI.PackRefund(ord2))
	if d := new(big.Int).Sub(e.balance(e.a, usdcA, user.Address), b0); d.Cmp(amt) != 0 {
		t.Fatalf("refunded %v, want %v", d, amt)
	}
}

func TestGatewayForwardsCommittedRouteAndRefundsOtherwise(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user, op := o.Demo[2], o.Operators[0]
	tka := e.da.Tokens["TKA"]
	wtkaB, wtkaC := e.db.Wrapped["TKA@"+e.a.Name()], e.dc.Wrapped["TKA@"+e.a.Name()]
	amt := new(big.Int).Mul(big.NewInt(3), evmnet.Ether)
	final := evmnet.DevKey("recipient").Address
	deadline := uint64(time.Now().Add(time.Hour).Unix())

	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 1, Bridge: e.da.LockMint, DstChainId: chainID(e.b), DstToken: wtkaB, MaxFee: big.NewInt(0)},
			{Kind: 1, Bridge: e.db.LockMint, DstChainId: chainID(e.c), DstToken: wtkaC, MaxFee: big.NewInt(0)},
		},
		Recipient: final, RefundTo: user.Address, Deadline: deadline,
	}
	ua := e.sender(e.a, user)
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.Gateway, amt))
	id := tid("gw-1")
	e.must(ua, "start", e.da.Gateway, gwABI.PackStart(id, tka, amt, route))

	// Hop 1: A -> B, delivered to B's gateway with the route as payload.
	locked := e.lockedEvent(e.a, e.da, id)
	if locked.Recipient != e.db.Gateway {
		t.Fatalf("first hop goes to %s, want B's gateway", locked.Recipient)
	}
	m1 := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, locked.Recipient, locked.Payload)
	relB := e.sender(e.b, op)
	e.must(relB, "deliver hop 1", e.db.LockMint, bridgeABI.PackDeliver(m1, sign(e.digest(e.b, e.db, m1), o.Attesters[0], o.Attesters[1])))
	// B's gateway forwarded: the wrapped tokens are burnt on B and locked for C.
	locked2 := e.lockedEvent(e.b, e.db, id)
	if locked2.Recipient != final || len(locked2.Payload) != 0 || locked2.Token != wtkaB {
		t.Fatalf("second hop lock = %+v", locked2)
	}
	m2 := e.lockMsg(e.b, e.c, e.db, e.dc, id, wtkaB, amt, final, nil)
	relC := e.sender(e.c, op)
	e.must(relC, "deliver hop 2", e.dc.LockMint, bridgeABI.PackDeliver(m2, sign(e.digest(e.c, e.dc, m2), o.Attesters[1], o.Attesters[2])))
	if got := e.balance(e.c, wtkaC, final); got.Cmp(amt) != 0 {
		t.Fatalf("recipient got %v on C, want %v", got, amt)
	}

	// A route whose second hop names an untrusted bridge: the intermediate
	// gateway refunds on B instead of forwarding.
	bad := route
	bad.Hops = append([]bindings.GatewayHop{}, route.Hops...)
	bad.Hops[1].Bridge = evmnet.DevKey("rogue").Address
	id2 := tid("gw-2")
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.Gateway, amt))
	e.must(ua, "start bad", e.da.Gateway, gwABI.PackStart(id2, tka, amt, bad))
	l := e.lockedEvent(e.a, e.da, id2)
	m3 := e.lockMsg(e.a, e.b, e.da, e.db, id2, tka, amt, l.Recipient, l.Payload)
	e.must(relB, "deliver bad hop", e.db.LockMint, bridgeABI.PackDeliver(m3, sign(e.digest(e.b, e.db, m3), o.Attesters[0], o.Attesters[1])))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("refund on B = %v, want %v", got, amt)
	}
}

// lockedEvent finds the Locked event of a transfer id on a chain.
func (e *env) lockedEvent(c *evmnet.Chain, d *evmnet.Deployment, id [32]byte) *bindings.LockMintBridgeLocked {
	e.t.Helper()
	inst := bridgeABI.Instance(c.Client(), d.LockMint)
	it, err := bindingsFilterLocked(inst, id)
	if err != nil {
		e.t.Fatal(err)
	}
	return it
}

func TestPauseAndTimelockedUpgrade(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	gov := o.Governance
	user := o.Demo[3]
	tka := e.da.Tokens["TKA"]
	amt := evmnet.Ether

	s0, s1 := e.sender(e.a, gov.Signers[0]), e.sender(e.a, gov.Signers[1])
	e.must(s0, "emergency pause", e.da.Governance, govABI.PackEmergencyPause(e.da.LockMint))
	ua := e.sender(e.a, user)
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.LockMint, amt))
	e.reverts(ua, "lock while paused", e.da.LockMint, bridgeABI.PackLock(tid("p-1"), tka, amt, chainID(e.b), user.Address, nil, user.Address, 0),
		bindings.LockMintBridgeIsPausedErrorID())
	e.reverts(ua, "unpause by a user", e.da.LockMint, bridgeABI.PackUnpause(), bindings.LockMintBridgeNotOwnerErrorID())
	e.reverts(s0, "unpause by one signer directly", e.da.LockMint, bridgeABI.PackUnpause(), bindings.LockMintBridgeNotOwnerErrorID())

	// Unpause through governance: 2 of 3 signers, then the timelock.
	e.must(s0, "propose unpause", e.da.Governance, govABI.PackPropose(e.da.LockMint, big.NewInt(0), bridgeABI.PackUnpause()))
	e.reverts(s0, "execute unconfirmed", e.da.Governance, govABI.PackExecute(big.NewInt(1)), bindings.GovernanceNotQueuedErrorID())
	e.must(s1, "confirm unpause", e.da.Governance, govABI.PackConfirm(big.NewInt(1)))
	e.reverts(s0, "execute before the delay", e.da.Governance, govABI.PackExecute(big.NewInt(1)), bindings.GovernanceTooEarlyErrorID())
	if err := e.a.AdjustTime(gov.Delay + time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(s0, "execute unpause", e.da.Governance, govABI.PackExecute(big.NewInt(1)))
	e.must(ua, "lock after unpause", e.da.LockMint, bridgeABI.PackLock(tid("p-1"), tka, amt, chainID(e.b), user.Address, nil, user.Address, 0))

	// Upgrade the bridge proxy to a fresh implementation, keeping state.
	deployer := e.sender(e.a, o.Deployer)
	impl, err := deployer.Deploy(e.ctx, "new implementation", common.FromHex(bindings.LockMintBridgeMetaData.Bin))
	if err != nil {
		t.Fatal(err)
	}
	proxyABI := bindings.NewStraitProxy()
	// A direct upgrade call by anyone but the admin falls through to the
	// implementation, which has no such function.
	if err := ua.Exec(e.ctx, "upgrade by a user", e.da.LockMint, proxyABI.PackUpgradeToAndCall(impl, nil)); err == nil {
		t.Fatal("a user upgraded the proxy")
	}
	e.must(s1, "propose upgrade", e.da.Governance, govABI.PackPropose(e.da.LockMint, big.NewInt(0), proxyABI.PackUpgradeToAndCall(impl, nil)))
	e.must(s0, "confirm upgrade", e.da.Governance, govABI.PackConfirm(big.NewInt(2)))
	if err := e.a.AdjustTime(gov.Delay + time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(s1, "execute upgrade", e.da.Governance, govABI.PackExecute(big.NewInt(2)))
	slot := common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	raw, err := e.a.Client().StorageAt(e.ctx, e.da.LockMint, slot, nil)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToAddress(raw) != impl {
		t.Fatalf("implementation slot = %x, want %s", raw, impl)
	}
	locked, _ := bridgeABI.UnpackLocked(e.call(e.a, e.da.LockMint, bridgeABI.PackLocked(tid("p-1"))))
	if !locked {
		t.Fatal("state lost across the upgrade")
	}
	// The proxy cannot be initialised a second time.
	e.reverts(ua, "re-initialise", e.da.LockMint, bridgeABI.PackInitialize(user.Address, user.Address, []common.Address{user.Address}, big.NewInt(1)),
		bindings.LockMintBridgeAlreadyInitializedErrorID())
}

func bindingsFilterLocked(inst *bind.BoundContract, id [32]byte) (*bindings.LockMintBridgeLocked, error) {
	it, err := bind.FilterEvents(inst, &bind.FilterOpts{Start: 0}, bridgeABI.UnpackLockedEvent, []any{id})
	if err != nil {
		return nil, err
	}
	defer it.Close()
	for it.Next() {
		return it.Value(), nil
	}
	if err := it.Error(); err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("no Locked event for %x", id)
}

// TestGatewayStrandsUnreadablePayloadsForGovernance: a delivery to a
// gateway with a payload it cannot decode must not revert (that would block
// the bridge message for ever); the funds are held, reported, and only
// governance (M-of-N through the timelock) can return them.
func TestGatewayStrandsUnreadablePayloadsForGovernance(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user := o.Demo[0]
	tka := e.da.Tokens["TKA"]
	wtkaB := e.db.Wrapped["TKA@"+e.a.Name()]
	amt := evmnet.Ether
	ua := e.sender(e.a, user)
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.LockMint, amt))
	id := tid("stranded-1")
	junk := []byte("not a route")
	e.must(ua, "lock to gateway", e.da.LockMint, bridgeABI.PackLock(id, tka, amt, chainID(e.b), e.db.Gateway, junk, user.Address, 0))
	m := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, e.db.Gateway, junk)
	relB := e.sender(e.b, o.Operators[0])
	e.must(relB, "deliver", e.db.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.b, e.db, m), o.Attesters[0], o.Attesters[1])))
	if got := e.balance(e.b, wtkaB, e.db.Gateway); got.Cmp(amt) != 0 {
		t.Fatalf("gateway holds %v, want %v", got, amt)
	}
	e.reverts(e.sender(e.b, user), "rescue by a user", e.db.Gateway, gwABI.PackRescueStranded(id, wtkaB, user.Address, amt),
		bindings.GatewayNotOwnerErrorID())
	gov := o.Governance
	s0, s1 := e.sender(e.b, gov.Signers[0]), e.sender(e.b, gov.Signers[1])
	e.must(s0, "propose rescue", e.db.Governance, govABI.PackPropose(e.db.Gateway, big.NewInt(0), gwABI.PackRescueStranded(id, wtkaB, user.Address, amt)))
	e.must(s1, "confirm rescue", e.db.Governance, govABI.PackConfirm(big.NewInt(1)))
	if err := e.b.AdjustTime(gov.Delay + time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(s0, "execute rescue", e.db.Governance, govABI.PackExecute(big.NewInt(1)))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("returned %v, want %v", got, amt)
	}
}

func (e *env) headTime(c *evmnet.Chain) uint64 {
	e.t.Helper()
	h, err := c.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

func (e *env) cancelDigest(c *evmnet.Chain, d *evmnet.Deployment, m bindings.LockMintBridgeMessage) [32]byte {
	v, err := bridgeABI.UnpackCancelDigest(e.call(c, d.LockMint, bridgeABI.PackCancelDigest(m)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

func (e *env) refundDigest(c *evmnet.Chain, d *evmnet.Deployment, m bindings.LockMintBridgeMessage) [32]byte {
	v, err := bridgeABI.UnpackRefundDigest(e.call(c, d.LockMint, bridgeABI.PackRefundDigest(m)))
	if err != nil {
		e.t.Fatal(err)
	}
	return v
}

// TestLockMintCancelAndRefund: a lock whose destination bridge is paused
// past its deadline is cancelled there (while paused, on the committee's
// signatures, only after the deadline) and refunded at the source to its
// refundTo; a cancelled message can never be delivered, a delivered one
// never cancelled, and a refund pays once. A wrapped token that the lock
// burned is minted back.
func TestLockMintCancelAndRefund(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	att := o.Attesters
	user, refundTo := o.Demo[1], evmnet.DevKey("lm-refund-to")
	tka := e.da.Tokens["TKA"]
	amt := new(big.Int).Mul(big.NewInt(3), evmnet.Ether)
	ua := e.sender(e.a, user)
	relA, relB := e.sender(e.a, o.Operators[0]), e.sender(e.b, o.Operators[0])
	lock := func(id [32]byte, deadline uint64) bindings.LockMintBridgeMessage {
		e.must(ua, "approve", tka, tokABI.PackApprove(e.da.LockMint, amt))
		e.must(ua, "lock", e.da.LockMint, bridgeABI.PackLock(id, tka, amt, chainID(e.b), user.Address, nil, refundTo.Address, deadline))
		m := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, user.Address, nil)
		m.RefundTo, m.Deadline = refundTo.Address, deadline
		return m
	}
	e.reverts(ua, "lock without a refund address", e.da.LockMint,
		bridgeABI.PackLock(tid("lm-x"), tka, amt, chainID(e.b), user.Address, nil, common.Address{}, 1), bindings.LockMintBridgeZeroAddressErrorID())

	// 1. The destination is paused; the deadline passes; cancel and refund.
	m := lock(tid("lm-cancel-1"), e.headTime(e.b)+30)
	gs := e.sender(e.b, o.Governance.Signers[0])
	e.must(gs, "pause the destination bridge", e.db.Governance, govABI.PackEmergencyPause(e.db.LockMint))
	e.reverts(relB, "deliver while paused", e.db.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.b, e.db, m), att[0], att[1])),
		bindings.LockMintBridgeIsPausedErrorID())
	cd := e.cancelDigest(e.b, e.db, m)
	e.reverts(relB, "cancel before the deadline", e.db.LockMint, bridgeABI.PackCancel(m, sign(cd, att[0], att[1])),
		bindings.LockMintBridgeNotExpiredErrorID())
	if err := e.b.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	e.reverts(relB, "cancel with one signature", e.db.LockMint, bridgeABI.PackCancel(m, sign(cd, att[0])),
		bindings.LockMintBridgeNotEnoughSignaturesErrorID())
	e.reverts(relB, "cancel signed as a delivery", e.db.LockMint, bridgeABI.PackCancel(m, sign(e.digest(e.b, e.db, m), att[0], att[1])),
		bindings.LockMintBridgeNotAttesterErrorID())
	early := m
	early.Deadline = 1 // a forged, earlier deadline: the committee never signed it
	e.reverts(relB, "cancel a forged message", e.db.LockMint, bridgeABI.PackCancel(early, sign(cd, att[0], att[1])),
		bindings.LockMintBridgeNotAttesterErrorID())
	e.must(relB, "cancel while paused", e.db.LockMint, bridgeABI.PackCancel(m, sign(cd, att[0], att[1])))
	if ok, _ := bridgeABI.UnpackIsCancelled(e.call(e.b, e.db.LockMint, bridgeABI.PackIsCancelled(chainID(e.a), m.TransferId))); !ok {
		t.Fatal("cancellation not recorded")
	}
	e.reverts(relB, "cancel twice", e.db.LockMint, bridgeABI.PackCancel(m, sign(cd, att[1], att[2])),
		bindings.LockMintBridgeAlreadyDeliveredErrorID())
	rd := e.refundDigest(e.a, e.da, m)
	e.reverts(relA, "refund signed as a cancellation", e.da.LockMint, bridgeABI.PackRefundLocked(m, sign(cd, att[0], att[1])),
		bindings.LockMintBridgeNotAttesterErrorID())
	vault := e.balance(e.a, tka, e.da.LockMint)
	e.must(relA, "refund", e.da.LockMint, bridgeABI.PackRefundLocked(m, sign(rd, att[0], att[1])))
	if got := e.balance(e.a, tka, refundTo.Address); got.Cmp(amt) != 0 {
		t.Fatalf("refundTo holds %v, want %v", got, amt)
	}
	if got := new(big.Int).Sub(vault, e.balance(e.a, tka, e.da.LockMint)); got.Cmp(amt) != 0 {
		t.Fatalf("vault released %v, want %v", got, amt)
	}
	e.reverts(relA, "refund twice", e.da.LockMint, bridgeABI.PackRefundLocked(m, sign(rd, att[1], att[2])),
		bindings.LockMintBridgeAlreadyRefundedErrorID())
	never := m
	never.TransferId = tid("lm-never-locked")
	e.reverts(relA, "refund of no lock", e.da.LockMint, bridgeABI.PackRefundLocked(never, sign(e.refundDigest(e.a, e.da, never), att[0], att[1])),
		bindings.LockMintBridgeNotLockedErrorID())

	// 2. Unpaused again (through governance) the cancelled message still
	// cannot be delivered.
	s1 := e.sender(e.b, o.Governance.Signers[1])
	e.must(gs, "propose unpause", e.db.Governance, govABI.PackPropose(e.db.LockMint, big.NewInt(0), bridgeABI.PackUnpause()))
	e.must(s1, "confirm unpause", e.db.Governance, govABI.PackConfirm(big.NewInt(1)))
	if err := e.b.AdjustTime(o.Governance.Delay + time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(gs, "execute unpause", e.db.Governance, govABI.PackExecute(big.NewInt(1)))
	e.reverts(relB, "deliver after the cancellation", e.db.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.b, e.db, m), att[0], att[1])),
		bindings.LockMintBridgeAlreadyDeliveredErrorID())
	e.reverts(relB, "refund on the wrong chain", e.db.LockMint, bridgeABI.PackRefundLocked(m, sign(rd, att[0], att[1])),
		bindings.LockMintBridgeWrongSourceErrorID())

	// 3. Delivered first: never cancelled, never refunded.
	m3 := lock(tid("lm-cancel-3"), e.headTime(e.b)+5)
	e.must(relB, "deliver", e.db.LockMint, bridgeABI.PackDeliver(m3, sign(e.digest(e.b, e.db, m3), att[0], att[1])))
	if err := e.b.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	e.reverts(relB, "cancel after the delivery", e.db.LockMint, bridgeABI.PackCancel(m3, sign(e.cancelDigest(e.b, e.db, m3), att[0], att[1])),
		bindings.LockMintBridgeAlreadyDeliveredErrorID())
	wtka := e.db.Wrapped["TKA@"+e.a.Name()]
	if got := e.balance(e.b, wtka, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("delivered %v wTKA, want %v", got, amt)
	}

	// 4. A wrapped token going home is burnt by the lock; its refund mints
	// it back on the chain it left.
	ub := e.sender(e.b, user)
	e.must(ub, "approve wrapped", wtka, tokABI.PackApprove(e.db.LockMint, amt))
	back := tid("lm-cancel-4")
	deadline := e.headTime(e.a) + 5
	e.must(ub, "lock wrapped", e.db.LockMint, bridgeABI.PackLock(back, wtka, amt, chainID(e.a), user.Address, nil, user.Address, deadline))
	m4 := e.lockMsg(e.b, e.a, e.db, e.da, back, wtka, amt, user.Address, nil)
	m4.RefundTo, m4.Deadline = user.Address, deadline
	if err := e.a.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	e.must(relA, "cancel at home", e.da.LockMint, bridgeABI.PackCancel(m4, sign(e.cancelDigest(e.a, e.da, m4), att[2], att[0])))
	e.must(relB, "refund the wrapped lock", e.db.LockMint, bridgeABI.PackRefundLocked(m4, sign(e.refundDigest(e.b, e.db, m4), att[2], att[0])))
	if got := e.balance(e.b, wtka, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("wrapped refund %v, want %v minted back", got, amt)
	}
}
