package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/altroutes"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
)

// TestGatewayParksAndReroutesAlongCommittedAlternatives: a route a -> b -> c
// whose second hop cannot start on b (its bridge is not trusted there)
// commits alternatives; b's gateway parks the funds instead of refunding.
// Only a committed alternative that starts on b from the parked token, with
// the same recipient, refund address and deadline, can move them, once;
// the refund address takes them back instead, once; after the deadline
// nobody can reroute, and anybody can refund.
func TestGatewayParksAndReroutesAlongCommittedAlternatives(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user, op, outsider := o.Demo[1], o.Operators[0], o.Demo[3]
	tka := e.da.Tokens["TKA"]
	wtkaB, wtkaC := e.db.Wrapped["TKA@"+e.a.Name()], e.dc.Wrapped["TKA@"+e.a.Name()]
	amt := new(big.Int).Mul(big.NewInt(2), evmnet.Ether)
	final := evmnet.DevKey("reroute-recipient").Address
	deadline := uint64(time.Now().Add(2 * time.Hour).Unix())

	// The alternative: b -> c on b's lock/mint bridge, straight to the
	// recipient. The tree also commits leaves that must not work here.
	alt := bindings.GatewayRoute{
		Hops:      []bindings.GatewayHop{{Kind: 1, Bridge: e.db.LockMint, DstChainId: chainID(e.c), DstToken: wtkaC, MaxFee: big.NewInt(0)}},
		Recipient: final, RefundTo: user.Address, Deadline: deadline,
	}
	otherRecipient := alt
	otherRecipient.Recipient = outsider.Address
	leaf := func(chain uint64, token common.Address, r bindings.GatewayRoute) common.Hash {
		h, err := altroutes.Leaf(chain, token, r)
		if err != nil {
			t.Fatal(err)
		}
		// The contract computes the same leaf.
		out, err := gwABI.UnpackAltLeaf(e.call(e.b, e.db.Gateway, gwABI.PackAltLeaf(new(big.Int).SetUint64(chain), token, r)))
		if err != nil || common.Hash(out) != h {
			t.Fatalf("altLeaf on chain = %x, %v; Go computes %x", out, err, h)
		}
		return h
	}
	leaves := []common.Hash{
		leaf(e.b.ChainID(), wtkaB, alt),            // 0: the good one
		leaf(e.c.ChainID(), wtkaB, alt),            // 1: another chain
		leaf(e.b.ChainID(), tka, alt),              // 2: another token
		leaf(e.b.ChainID(), wtkaB, otherRecipient), // 3: another recipient
	}
	root, proofs := altroutes.Tree(leaves)
	pf := func(i int) [][32]byte {
		out := make([][32]byte, len(proofs[i]))
		for k, p := range proofs[i] {
			out[k] = p
		}
		return out
	}
	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 1, Bridge: e.da.LockMint, DstChainId: chainID(e.b), DstToken: wtkaB, MaxFee: big.NewInt(0)},
			{Kind: 1, Bridge: evmnet.DevKey("rogue").Address, DstChainId: chainID(e.c), DstToken: wtkaC, MaxFee: big.NewInt(0)},
		},
		Recipient: final, RefundTo: user.Address, Deadline: deadline, AltRoot: root,
	}
	ua, ub := e.sender(e.a, user), e.sender(e.b, user)
	relB, relC := e.sender(e.b, op), e.sender(e.c, op)
	ob := e.sender(e.b, outsider)
	// park starts a transfer and delivers its first hop to b's gateway,
	// which cannot forward it and parks it.
	park := func(name string) [32]byte {
		id := tid(name)
		e.must(ua, "approve", tka, tokABI.PackApprove(e.da.Gateway, amt))
		e.must(ua, "start "+name, e.da.Gateway, gwABI.PackStart(id, tka, amt, route))
		l := e.lockedEvent(e.a, e.da, id)
		m := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, l.Recipient, l.Payload)
		e.must(relB, "deliver "+name, e.db.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.b, e.db, m), o.Attesters[0], o.Attesters[1])))
		p, err := gwABI.UnpackParked(e.call(e.b, e.db.Gateway, gwABI.PackParked(id)))
		if err != nil || p.Amount.Cmp(amt) != 0 || p.Token != wtkaB || p.AltRoot != root || p.RefundTo != user.Address || p.Recipient != final {
			t.Fatalf("%s: parked = %+v, %v", name, p, err)
		}
		return id
	}
	bChain := chainID(e.b)
	gw := e.db.Gateway

	id := park("reroute-1")
	if got := e.balance(e.b, wtkaB, user.Address); got.Sign() != 0 {
		t.Fatalf("parking refunded %v", got)
	}
	e.reverts(ob, "reroute with another leaf's proof", gw, gwABI.PackReroute(id, bChain, wtkaB, alt, pf(1)), bindings.GatewayBadProofErrorID())
	e.reverts(ob, "reroute with no proof", gw, gwABI.PackReroute(id, bChain, wtkaB, alt, nil), bindings.GatewayBadProofErrorID())
	e.reverts(ob, "reroute from another chain's leaf", gw, gwABI.PackReroute(id, chainID(e.c), wtkaB, alt, pf(1)), bindings.GatewayWrongChainErrorID())
	e.reverts(ob, "reroute from another token's leaf", gw, gwABI.PackReroute(id, bChain, tka, alt, pf(2)), bindings.GatewayWrongTokenErrorID())
	e.reverts(ob, "reroute to another recipient", gw, gwABI.PackReroute(id, bChain, wtkaB, otherRecipient, pf(3)), bindings.GatewayNotAlternativeErrorID())
	e.reverts(ob, "refund by an outsider before the deadline", gw, gwABI.PackRefundParked(id), bindings.GatewayNotAllowedErrorID())
	e.reverts(ob, "reroute an unknown transfer", gw, gwABI.PackReroute(tid("nothing"), bChain, wtkaB, alt, pf(0)), bindings.GatewayNotParkedErrorID())

	// Anyone may send it along the committed alternative, once.
	e.must(ob, "reroute", gw, gwABI.PackReroute(id, bChain, wtkaB, alt, pf(0)))
	e.reverts(ob, "reroute twice", gw, gwABI.PackReroute(id, bChain, wtkaB, alt, pf(0)), bindings.GatewayNotParkedErrorID())
	e.reverts(ub, "refund after the reroute", gw, gwABI.PackRefundParked(id), bindings.GatewayNotParkedErrorID())
	l := e.lockedEvent(e.b, e.db, id)
	if l.Recipient != final || len(l.Payload) != 0 || l.Token != wtkaB || l.Amount.Cmp(amt) != 0 {
		t.Fatalf("rerouted lock = %+v", l)
	}
	m := e.lockMsg(e.b, e.c, e.db, e.dc, id, wtkaB, amt, final, nil)
	e.must(relC, "deliver the rerouted hop", e.dc.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.c, e.dc, m), o.Attesters[1], o.Attesters[2])))
	if got := e.balance(e.c, wtkaC, final); got.Cmp(amt) != 0 {
		t.Fatalf("recipient got %v on c, want %v", got, amt)
	}

	// The refund address takes parked funds back, once.
	id2 := park("reroute-2")
	e.must(ub, "refund by the refund address", gw, gwABI.PackRefundParked(id2))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("refund paid %v on b, want %v", got, amt)
	}
	e.reverts(ub, "refund twice", gw, gwABI.PackRefundParked(id2), bindings.GatewayNotParkedErrorID())
	e.reverts(ob, "reroute after the refund", gw, gwABI.PackReroute(id2, bChain, wtkaB, alt, pf(0)), bindings.GatewayNotParkedErrorID())

	// An operator may refund before the deadline too.
	id3 := park("reroute-3")
	e.must(relB, "refund by an operator", gw, gwABI.PackRefundParked(id3))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(new(big.Int).Mul(amt, big.NewInt(2))) != 0 {
		t.Fatalf("after the operator's refund the user holds %v on b", got)
	}

	// Past the deadline nobody can reroute, and anybody can refund.
	id4 := park("reroute-4")
	if err := e.b.AdjustTime(3 * time.Hour); err != nil {
		t.Fatal(err)
	}
	e.reverts(ob, "reroute after the deadline", gw, gwABI.PackReroute(id4, bChain, wtkaB, alt, pf(0)), bindings.GatewayExpiredErrorID())
	e.must(ob, "refund by anyone after the deadline", gw, gwABI.PackRefundParked(id4))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(new(big.Int).Mul(amt, big.NewInt(3))) != 0 {
		t.Fatalf("after the late refund the user holds %v on b", got)
	}
}

// TestGatewayWithoutAlternativesStillRefunds: altRoot = 0 keeps the old
// behaviour, a failed forward refunds at once and parks nothing.
func TestGatewayWithoutAlternativesStillRefunds(t *testing.T) {
	e := newEnv(t)
	o := e.net.Options
	user, op := o.Demo[2], o.Operators[0]
	tka := e.da.Tokens["TKA"]
	wtkaB, wtkaC := e.db.Wrapped["TKA@"+e.a.Name()], e.dc.Wrapped["TKA@"+e.a.Name()]
	amt := evmnet.Ether
	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 1, Bridge: e.da.LockMint, DstChainId: chainID(e.b), DstToken: wtkaB, MaxFee: big.NewInt(0)},
			{Kind: 1, Bridge: evmnet.DevKey("rogue").Address, DstChainId: chainID(e.c), DstToken: wtkaC, MaxFee: big.NewInt(0)},
		},
		Recipient: user.Address, RefundTo: user.Address, Deadline: uint64(time.Now().Add(time.Hour).Unix()),
	}
	ua := e.sender(e.a, user)
	id := tid("no-alternatives")
	e.must(ua, "approve", tka, tokABI.PackApprove(e.da.Gateway, amt))
	e.must(ua, "start", e.da.Gateway, gwABI.PackStart(id, tka, amt, route))
	l := e.lockedEvent(e.a, e.da, id)
	m := e.lockMsg(e.a, e.b, e.da, e.db, id, tka, amt, l.Recipient, l.Payload)
	e.must(e.sender(e.b, op), "deliver", e.db.LockMint, bridgeABI.PackDeliver(m, sign(e.digest(e.b, e.db, m), o.Attesters[0], o.Attesters[1])))
	if got := e.balance(e.b, wtkaB, user.Address); got.Cmp(amt) != 0 {
		t.Fatalf("refund on b = %v, want %v", got, amt)
	}
	p, err := gwABI.UnpackParked(e.call(e.b, e.db.Gateway, gwABI.PackParked(id)))
	if err != nil || p.Amount.Sign() != 0 {
		t.Fatalf("parked %+v, %v", p, err)
	}
}
