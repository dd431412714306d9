package evm_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// TestTwoHopRoute relays a route a -> b (liquidity, USDC) -> c (liquidity,
// USDC) committed at the source: b's gateway receives the first fill and
// forwards along the route; the second hop's source transaction is the
// first hop's delivery transaction, as the transfer actors will chain them.
func TestTwoHopRoute(t *testing.T) {
	d := startNet(t, true)
	ctx := context.Background()
	a, b, c := d.Targets[0], d.Targets[1], d.Targets[2]
	da, db, dc := d.Deployments[a.Name()], d.Deployments[b.Name()], d.Deployments[c.Name()]
	user := d.Options.Demo[3]
	to := evmnet.DevKey("two-hop-recipient").Address
	amt := big.NewInt(1_000 * 1_000_000)
	id := crypto.Keccak256Hash([]byte("two-hop-1"))
	s, err := evmnet.NewSender(ctx, a, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, "approve", da.Tokens["USDC"], tokABI.PackApprove(da.Gateway, amt)); err != nil {
		t.Fatal(err)
	}
	route := bindings.GatewayRoute{
		Hops: []bindings.GatewayHop{
			{Kind: 2, Bridge: da.Liquidity, DstChainId: new(big.Int).SetUint64(b.ChainID()), DstToken: db.Tokens["USDC"], MaxFee: big.NewInt(5 * 1_000_000)},
			{Kind: 2, Bridge: db.Liquidity, DstChainId: new(big.Int).SetUint64(c.ChainID()), DstToken: dc.Tokens["USDC"], MaxFee: big.NewInt(5 * 1_000_000)},
		},
		Recipient: to, RefundTo: user.Address, Deadline: uint64(time.Now().Add(time.Hour).Unix()),
	}
	r, err := s.Send(ctx, "start", &da.Gateway, gwABI.PackStart(id, da.Tokens["USDC"], amt, route))
	if err != nil {
		t.Fatal(err)
	}
	p := &recorder{}
	rel := build(t, d, 0, p, evmrelay.Options{}).Liquidity
	hop0 := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-2hop", Hop: 0, Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: r.TxHash.Hex(), Amount: amt}
	if err := rel.Execute(ctx, hop0); err != nil {
		t.Fatalf("hop 0: %v", err)
	}
	hop1 := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-2hop", Hop: 1, Attempt: 1}, TransferID: id, Kind: evm.KindLiquidity,
		FromChain: b.Name(), ToChain: c.Name(), SourceTx: p.deliverTx}
	if err := rel.Execute(ctx, hop1); err != nil {
		t.Fatalf("hop 1: %v (%v)", err, p.all())
	}
	got := balance(t, c, dc.Tokens["USDC"], to)
	if got.Sign() <= 0 || got.Cmp(amt) >= 0 {
		t.Fatalf("recipient on c has %v of %v sent", got, amt)
	}
	if left := balance(t, b, db.Tokens["USDC"], db.Gateway); left.Sign() != 0 {
		t.Fatalf("b's gateway kept %v", left)
	}
}
