package evmsource

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/altroutes"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/routing"
)

// TestStartCommitsTheAlternativesTheRerouteCallsProve: the start call's
// route carries the Merkle root of the alternatives, and each committed
// alternative's reroute calldata names the chain and token it starts from,
// the route's recipient, refund address and deadline, and a proof of its
// leaf under that root.
func TestStartCommitsTheAlternativesTheRerouteCallsProve(t *testing.T) {
	f := setup(t)
	a, b, c := f.d.Chains[0], f.d.Chains[1], f.d.Chains[2]
	snap := f.src.Store.Load()
	amt, _ := routing.ParseAmount("200000000", "amount")
	ans, err := snap.Route(routing.Request{From: "USDC@" + a.Name(), To: "USDC@" + c.Name(), Amount: amt,
		Constraints: routing.Constraints{DenyBridges: []string{"strait-liquidity:" + a.Name() + "->" + c.Name()}}})
	if err != nil {
		t.Fatal(err)
	}
	chosen := &ans.Routes[0]
	if len(chosen.Hops) != 2 || chosen.Hops[0].To != "USDC@"+b.Name() {
		t.Fatalf("route %s", chosen.Path())
	}
	// Two made-up alternatives from USDC@b (the quote service would not
	// pick these; the builder commits what it is given): b -> c, and
	// b -> a -> c.
	direct, err := snap.Route(routing.Request{From: "USDC@" + b.Name(), To: "USDC@" + c.Name(), Amount: chosen.Hops[0].AmountOut})
	if err != nil {
		t.Fatal(err)
	}
	back, err := snap.Route(routing.Request{From: "USDC@" + b.Name(), To: "USDC@" + a.Name(), Amount: chosen.Hops[0].AmountOut})
	if err != nil {
		t.Fatal(err)
	}
	twoHop := back.Routes[0]
	twoHop.Hops = append(append([]routing.Hop(nil), twoHop.Hops...), chosen.Hops[0])
	twoHop.Hops[1].From, twoHop.Hops[1].To = "USDC@"+a.Name(), "USDC@"+c.Name()
	twoHop.Hops[1].Bridge, twoHop.Hops[1].Edge = "strait-liquidity:"+a.Name()+"->"+c.Name(), ""
	user := f.d.Options.Demo[0].Address.Hex()
	q := &quote.Quote{ID: "q_alt", Request: api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + c.Name(), Amount: "200000000",
		Owner: user, Recipient: user}, ExpiresAt: time.Now().Add(time.Minute),
		AltRoutes: []quote.Alt{{Hop: 1, Route: direct.Routes[0]}, {Hop: 1, Route: twoHop}}}
	tx, _, err := f.src.Build(q, chosen)
	if err != nil {
		t.Fatal(err)
	}
	gw := bindings.NewGateway().GetABI()
	start, err := gw.Methods["start"].Inputs.Unpack(hexutil.MustDecode(tx.Data)[4:])
	if err != nil {
		t.Fatal(err)
	}
	route := *abiRoute(start[3])
	if route.AltRoot == ([32]byte{}) || len(q.Alternatives) != 2 {
		t.Fatalf("root %x, %d alternatives committed", route.AltRoot, len(q.Alternatives))
	}
	usdcB := f.d.Deployments[b.Name()].Tokens["USDC"]
	for i, alt := range q.Alternatives {
		data := hexutil.MustDecode(alt.Call)
		if [4]byte(data[:4]) != [4]byte(gw.Methods["reroute"].ID) {
			t.Fatalf("alternative %d's call is not reroute", i)
		}
		args, err := gw.Methods["reroute"].Inputs.Unpack(data[4:])
		if err != nil {
			t.Fatal(err)
		}
		chainID, token, r, proof := args[1].(*big.Int), args[2].(common.Address), *abiRoute(args[3]), args[4].([][32]byte)
		if args[0].([32]byte) != [32]byte(TransferID(q.ID)) || chainID.Uint64() != b.ChainID() || token != usdcB {
			t.Fatalf("alternative %d starts on %v with %s", i, chainID, token)
		}
		if r.Recipient != route.Recipient || r.RefundTo != route.RefundTo || r.Deadline != route.Deadline || r.AltRoot != ([32]byte{}) {
			t.Fatalf("alternative %d: %+v vs route %+v", i, r, route)
		}
		if alt.From != "USDC@"+b.Name() || len(alt.Route) != len(r.Hops) || len(r.Hops) != i+1 {
			t.Fatalf("alternative %d: %+v with %d gateway hops", i, alt, len(r.Hops))
		}
		leaf, err := altroutes.Leaf(chainID.Uint64(), token, r)
		if err != nil {
			t.Fatal(err)
		}
		ps := make([]common.Hash, len(proof))
		for k, p := range proof {
			ps[k] = p
		}
		if !altroutes.Verify(route.AltRoot, leaf, ps) {
			t.Fatalf("alternative %d's proof does not verify", i)
		}
	}
	// No alternatives: the zero root, as before.
	q2 := &quote.Quote{ID: "q_noalt", Request: q.Request, ExpiresAt: q.ExpiresAt}
	tx2, _, err := f.src.Build(q2, chosen)
	if err != nil {
		t.Fatal(err)
	}
	start2, _ := gw.Methods["start"].Inputs.Unpack(hexutil.MustDecode(tx2.Data)[4:])
	if r := abiRoute(start2[3]); r.AltRoot != ([32]byte{}) || len(q2.Alternatives) != 0 {
		t.Fatalf("root %x with no alternatives", r.AltRoot)
	}
}

// abiRoute converts the ABI decoder's anonymous struct to the binding's.
func abiRoute(v any) *bindings.GatewayRoute {
	return abi.ConvertType(v, new(bindings.GatewayRoute)).(*bindings.GatewayRoute)
}
