package evmsource

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/routing"
)

type fixture struct {
	d   *evmnet.Devnet
	src *Source
	qs  *quote.Service
}

func setup(t *testing.T) *fixture {
	t.Helper()
	d, err := evmnet.Start(context.Background(), evmnet.Options{BlockPeriod: 100 * time.Millisecond, AutoMine: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	desc, err := d.Topology()
	if err != nil {
		t.Fatal(err)
	}
	snap, err := routing.LoadTopology("devnet", desc, routing.DefaultTopologyDefaults())
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	src := &Source{Store: store, Chains: map[string]*Chain{}}
	for _, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		src.Chains[c.Name()] = &Chain{Name: c.Name(), ChainID: c.ChainID(), Client: c.Client(), Gateway: dep.Gateway,
			Bridges: map[string]common.Address{evmnet.ProtocolLockMint: dep.LockMint, evmnet.ProtocolLiquidity: dep.Liquidity}}
	}
	qs, err := quote.New(quote.Options{Store: store, Builder: src})
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{d: d, src: src, qs: qs}
}

// sign makes the wallet's transaction from an unsigned one.
func sign(t *testing.T, cl evmnet.Client, key evmnet.Key, u api.UnsignedTx, nonce uint64, chainID uint64) *types.Transaction {
	t.Helper()
	ctx := context.Background()
	to := common.HexToAddress(u.To)
	data := hexutil.MustDecode(u.Data)
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 1_500_000, To: &to, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), key.Private())
	if err != nil {
		t.Fatal(err)
	}
	return signed
}

func receipt(t *testing.T, cl evmnet.Client, h common.Hash) *types.Receipt {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if r, err := cl.TransactionReceipt(context.Background(), h); err == nil {
			return r
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("no receipt for %s", h)
	return nil
}

func TestQuotedStartIsTheRouteTheGatewayCommits(t *testing.T) {
	f := setup(t)
	a := f.d.Targets[0]
	user := f.d.Options.Demo[0]
	reply, e := f.qs.Quote(api.QuoteRequest{From: "USDC@" + a.Name(), To: "USDC@" + f.d.Targets[1].Name(), Amount: "250000000",
		Owner: user.Address.Hex(), Recipient: user.Address.Hex()})
	if e != nil {
		t.Fatal(e)
	}
	if reply.SourceTx == nil || len(reply.SourceTx.Approvals) != 1 {
		t.Fatalf("no source tx: %+v", reply)
	}
	q, _ := f.qs.Lookup(reply.QuoteID)
	cl := a.Client()
	nonce, _ := cl.PendingNonceAt(context.Background(), user.Address)
	approve := sign(t, cl, user, reply.SourceTx.Approvals[0], nonce, a.ChainID())
	if err := cl.SendTransaction(context.Background(), approve); err != nil {
		t.Fatal(err)
	}
	if r := receipt(t, cl, approve.Hash()); r.Status != 1 {
		t.Fatal("approve reverted")
	}
	start := sign(t, cl, user, *reply.SourceTx, nonce+1, a.ChainID())

	// Refusals first: they broadcast nothing.
	other := f.d.Options.Demo[1]
	forged := sign(t, cl, other, *reply.SourceTx, 0, a.ChainID())
	if _, e := f.src.Check(context.Background(), q, api.SubmitRequest{SignedTx: hexOf(t, forged)}); e == nil || e.Code != api.CodeBadSignature {
		t.Fatalf("other signer: %v", e)
	}
	tampered := *reply.SourceTx
	tampered.Data = tampered.Data[:len(tampered.Data)-2] + "ff"
	if _, e := f.src.Check(context.Background(), q, api.SubmitRequest{SignedTx: hexOf(t, sign(t, cl, user, tampered, nonce+1, a.ChainID()))}); e == nil || e.Code != api.CodeTxMismatch {
		t.Fatalf("tampered calldata: %v", e)
	}
	if _, e := f.src.Check(context.Background(), q, api.SubmitRequest{SignedTx: hexOf(t, sign(t, cl, user, *reply.SourceTx, nonce+1, a.ChainID()+7))}); e == nil || e.Code != api.CodeTxMismatch {
		t.Fatalf("wrong chain: %v", e)
	}
	if _, e := f.src.Check(context.Background(), q, api.SubmitRequest{SignedTx: "0x1234"}); e == nil || e.Code != api.CodeTxMismatch {
		t.Fatalf("garbage: %v", e)
	}

	txID, e := f.src.Check(context.Background(), q, api.SubmitRequest{SignedTx: hexOf(t, start)})
	if e != nil {
		t.Fatal(e)
	}
	if txID != start.Hash().Hex() {
		t.Fatalf("tx id %s, want %s", txID, start.Hash().Hex())
	}
	if r := receipt(t, cl, start.Hash()); r.Status != 1 {
		t.Fatal("start reverted")
	}
	// The gateway committed exactly the hash the quote announced.
	gw := bindings.NewGateway()
	id := TransferID(reply.QuoteID)
	out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &f.src.Chains[a.Name()].Gateway, Data: gw.PackTransfers(id)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := gw.UnpackTransfers(out)
	if err != nil {
		t.Fatal(err)
	}
	if common.Hash(tr.RouteHash).Hex() != reply.Routes[0].RouteHash {
		t.Fatalf("gateway committed %x, quote said %s", tr.RouteHash, reply.Routes[0].RouteHash)
	}
	// The start call's on-chain deadline, read back from the signed
	// transaction, is the one the Gateway stored; anything else is refused.
	if dl, err := StartDeadline(hexOf(t, start)); err != nil || dl != tr.Deadline {
		t.Fatalf("StartDeadline = %d, %v; the gateway stored %d", dl, err, tr.Deadline)
	}
	for name, raw := range map[string]string{"approval": hexOf(t, approve), "garbage": "0x1234", "not hex": "zz"} {
		if _, err := StartDeadline(raw); err == nil {
			t.Fatalf("StartDeadline accepted %s", name)
		}
	}
	// Submitting by hash finds the same transaction.
	if got, e := f.src.Check(context.Background(), q, api.SubmitRequest{TxHash: start.Hash().Hex()}); e != nil || got != txID {
		t.Fatalf("by hash: %v %v", got, e)
	}
}

func hexOf(t *testing.T, tx *types.Transaction) string {
	t.Helper()
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(b)
}

// rebroadcastClient answers every send as a node does once the transaction
// is mined ("nonce too low"); it holds the transactions in known.
type rebroadcastClient struct {
	known map[common.Hash]*types.Transaction
}

func (c rebroadcastClient) PendingNonceAt(context.Context, common.Address) (uint64, error) {
	return 0, nil
}
func (c rebroadcastClient) SendTransaction(context.Context, *types.Transaction) error {
	return errors.New("nonce too low: next nonce 2, tx nonce 0")
}
func (c rebroadcastClient) TransactionByHash(_ context.Context, h common.Hash) (*types.Transaction, bool, error) {
	if tx, ok := c.known[h]; ok {
		return tx, false, nil
	}
	return nil, false, errors.New("not found")
}

// TestBroadcastOfAMinedTransaction: re-sending a transaction the chain has
// mined is not a failure (a repeated or replayed submit must reach the
// idempotency and replay checks); a transaction the chain does not have
// still fails.
func TestBroadcastOfAMinedTransaction(t *testing.T) {
	mined := types.NewTx(&types.LegacyTx{Nonce: 0})
	other := types.NewTx(&types.LegacyTx{Nonce: 1})
	cl := rebroadcastClient{known: map[common.Hash]*types.Transaction{mined.Hash(): mined}}
	if err := broadcast(context.Background(), cl, mined); err != nil {
		t.Fatalf("mined transaction: %v", err)
	}
	if err := broadcast(context.Background(), cl, other); err == nil {
		t.Fatal("a transaction the chain does not have and refuses: no error")
	}
}

// FuzzStartDeadline: any journaled "transaction" either decodes to a start
// call with a deadline or is refused with an error; never a panic.
func FuzzStartDeadline(f *testing.F) {
	f.Add("0x")
	f.Add("0x1234")
	f.Add("0x02f8")
	start := gatewayABI.GetABI().Methods["start"].ID
	f.Add(hexutil.Encode(append([]byte{0x02}, start...)))
	f.Fuzz(func(t *testing.T, raw string) {
		if dl, err := StartDeadline(raw); err == nil && dl == 0 {
			t.Fatalf("accepted %q with no deadline", raw)
		}
	})
}

// A quote without a source transaction (a quotes-only node's, submitted to
// a node with chains) is refused as NOT_SUBMITTABLE: not
// UNAVAILABLE, which clients retry, since no retry could take it. Nothing
// is read or sent (no chain is wired here at all).
func TestQuoteWithoutSourceTxIsNotSubmittable(t *testing.T) {
	s := &Source{Chains: map[string]*Chain{}}
	q := &quote.Quote{ID: "q_1", Request: api.QuoteRequest{From: "USDC@devnet-cosmos-a"}}
	for _, req := range []api.SubmitRequest{{QuoteID: "q_1", SignedTx: "0x02"}, {QuoteID: "q_1", TxHash: "0x" + strings.Repeat("ab", 32)}} {
		if _, e := s.Check(context.Background(), q, req); e == nil || e.Code != api.CodeNotSubmittable || e.Field != "quote_id" {
			t.Fatalf("check %+v: %v, want NOT_SUBMITTABLE on quote_id", req, e)
		}
		if _, e := s.Verify(context.Background(), q, req); e == nil || e.Code != api.CodeNotSubmittable {
			t.Fatalf("verify %+v: %v, want NOT_SUBMITTABLE", req, e)
		}
		if e := s.Broadcast(context.Background(), q, req); e == nil || e.Code != api.CodeNotSubmittable {
			t.Fatalf("broadcast %+v: %v, want NOT_SUBMITTABLE", req, e)
		}
	}
	if api.Retryable(&api.Error{Code: api.CodeNotSubmittable}) {
		t.Fatal("NOT_SUBMITTABLE is retryable")
	}
}

// A route from a Cosmos asset cannot start here (source transactions are
// EVM only), even when its chain is wired for the bridges into it: Build
// says so, and the quote service turns that into NO_ROUTE with the reason.
func TestBuildRefusesANonEVMSource(t *testing.T) {
	b := routing.NewBuilder("test")
	b.SetPrice("USDC", 1)
	b.AddChain(routing.Chain{ID: "cosmos-a", Kind: "cosmos", BlockTimeS: 1, FinalityS: 1})
	b.AddChain(routing.Chain{ID: "evm-b", Kind: "evm", BlockTimeS: 1, FinalityS: 2})
	b.AddAsset(routing.Asset{ID: "USDC@cosmos-a", Symbol: "USDC", Chain: "cosmos-a", Decimals: 6, Kind: "native", Canonical: "USDC", Address: "uusdc"})
	b.AddAsset(routing.Asset{ID: "USDC@evm-b", Symbol: "USDC", Chain: "evm-b", Decimals: 6, Kind: "native", Canonical: "USDC",
		Address: "0x00000000000000000000000000000000000000bb"})
	b.AddEdge(routing.EdgeSpec{ID: "x:a->b#USDC", Bridge: "x:a->b", Protocol: "strait-lockmint", From: "USDC@cosmos-a", To: "USDC@evm-b",
		Latency: routing.Latency{P50: 4, P90: 8}, Trust: routing.TrustCommittee, Prior: routing.Beta{Alpha: 99, Beta: 1}})
	snap, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	src := &Source{Store: store, Chains: map[string]*Chain{"cosmos-a": {Name: "cosmos-a"}, "evm-b": {Name: "evm-b"}}}
	qs, err := quote.New(quote.Options{Store: store, Builder: src})
	if err != nil {
		t.Fatal(err)
	}
	_, e := qs.Quote(api.QuoteRequest{From: "USDC@cosmos-a", To: "USDC@evm-b", Amount: "1000000",
		Owner: "0x00000000000000000000000000000000000000aa", Recipient: "0x00000000000000000000000000000000000000aa"})
	if e == nil || e.Code != api.CodeNoRoute || !strings.Contains(e.Message, "USDC@cosmos-a is not an EVM token") {
		t.Fatalf("quote from a Cosmos asset: %v, want NO_ROUTE saying it is not an EVM token", e)
	}
}

// A recipient must be an address of the destination chain's kind, the
// owner and the refund address EVM addresses: anything else is refused
// as BAD_REQUEST on that field (not NO_ROUTE: another address would be
// quoted), before any route is encoded.
func TestBuildRefusesAddressesOfTheWrongKind(t *testing.T) {
	b := routing.NewBuilder("test")
	b.SetPrice("USDC", 1)
	b.AddChain(routing.Chain{ID: "evm-a", Kind: "evm", BlockTimeS: 1, FinalityS: 2})
	b.AddChain(routing.Chain{ID: "evm-b", Kind: "evm", BlockTimeS: 1, FinalityS: 2})
	b.AddChain(routing.Chain{ID: "cosmos-c", Kind: "cosmos", BlockTimeS: 1, FinalityS: 1})
	for _, a := range []routing.Asset{
		{ID: "USDC@evm-a", Chain: "evm-a", Address: "0x00000000000000000000000000000000000000aa"},
		{ID: "USDC@evm-b", Chain: "evm-b", Address: "0x00000000000000000000000000000000000000bb"},
		{ID: "USDC@cosmos-c", Chain: "cosmos-c", Address: "uusdc"},
	} {
		a.Symbol, a.Decimals, a.Kind, a.Canonical = "USDC", 6, "native", "USDC"
		b.AddAsset(a)
	}
	for _, to := range []string{"USDC@evm-b", "USDC@cosmos-c"} {
		b.AddEdge(routing.EdgeSpec{ID: "x:a->" + to, Bridge: "x:a->" + to, Protocol: "strait-lockmint", From: "USDC@evm-a", To: to,
			Latency: routing.Latency{P50: 4, P90: 8}, Trust: routing.TrustCommittee, Prior: routing.Beta{Alpha: 99, Beta: 1}})
	}
	snap, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	decoded := 0
	src := &Source{Store: store, Chains: map[string]*Chain{"evm-a": {Name: "evm-a"}},
		Recipient: func(addr string) (common.Address, error) {
			decoded++
			if !strings.HasPrefix(addr, "cosmos1") {
				return common.Address{}, fmt.Errorf("%q is not a bech32 address", addr)
			}
			return common.HexToAddress("0x00000000000000000000000000000000000000cc"), nil
		}}
	qs, err := quote.New(quote.Options{Store: store, Builder: src})
	if err != nil {
		t.Fatal(err)
	}
	const evmAddr = "0x00000000000000000000000000000000000000ee"
	for _, c := range []struct {
		name, to, owner, recipient, refund, field, says string
	}{
		{"EVM address on a Cosmos chain", "USDC@cosmos-c", evmAddr, evmAddr, "", "recipient", "a Cosmos chain"},
		{"Cosmos account on an EVM chain", "USDC@evm-b", evmAddr, "cosmos1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn3lwf6j", "", "recipient", "an EVM chain"},
		{"undecodable Cosmos account", "USDC@cosmos-c", evmAddr, "osmo1x", "", "recipient", "not a bech32 address"},
		{"owner not an EVM address", "USDC@evm-b", "cosmos1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn3lwf6j", evmAddr, "", "owner", "signs the source transaction"},
		{"refund address not an EVM address", "USDC@evm-b", evmAddr, evmAddr, "cosmos1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn3lwf6j", "refund_address", "not an EVM address"},
	} {
		_, e := qs.Quote(api.QuoteRequest{From: "USDC@evm-a", To: c.to, Amount: "1000000", Owner: c.owner, Recipient: c.recipient, RefundAddress: c.refund})
		if e == nil || e.Code != api.CodeBadRequest || e.Field != c.field || !strings.Contains(e.Message, c.says) {
			t.Errorf("%s: %v, want BAD_REQUEST on %s saying %q", c.name, e, c.field, c.says)
		}
	}
	// A bech32 account for the Cosmos chain gets past the address checks
	// (this fixture has no gateway hops to encode: the refusal that
	// follows is about the route, not the addresses).
	_, e := qs.Quote(api.QuoteRequest{From: "USDC@evm-a", To: "USDC@cosmos-c", Amount: "1000000", Owner: evmAddr, Recipient: "cosmos1qqqsyqcyq5rqwzqfpg9scrgwpugpzysn3lwf6j"})
	if e != nil && e.Field == "recipient" || decoded == 0 {
		t.Fatalf("a Cosmos account for a Cosmos chain: %v (decoder called %d times)", e, decoded)
	}
}

// A wallet that holds less of the token than the amount gets BAD_REQUEST
// on the amount saying what it holds, not NO_ROUTE "execution reverted".
// A start that fails for another reason (the wallet has the tokens) keeps
// NO_ROUTE with the simulation's words.
func TestQuoteForAWalletWithoutTheFunds(t *testing.T) {
	f := setup(t)
	a, b := f.d.Targets[0], f.d.Targets[1]
	user := f.d.Options.Demo[0]
	// The demo wallet's TKA, and one unit more over the lock/mint bridge
	// (no pool to run dry).
	tka := f.d.Deployments[a.Name()].Tokens["TKA"]
	out, err := a.Client().CallContract(context.Background(), ethereum.CallMsg{To: &tka, Data: tokenABI.PackBalanceOf(user.Address)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := tokenABI.UnpackBalanceOf(out)
	if err != nil || bal.Sign() <= 0 {
		t.Fatalf("demo wallet's TKA: %v %v", bal, err)
	}
	more := new(big.Int).Add(bal, big.NewInt(1)).String()
	for _, c := range []struct{ from, to, owner, amount, holds string }{
		{"USDC@" + a.Name(), "USDC@" + b.Name(), "0x0000000000000000000000000000000000000123", "1000000", "holds 0 of USDC@"},
		{"TKA@" + a.Name(), "wTKA@" + b.Name(), user.Address.Hex(), more, "holds " + bal.String() + " of TKA@"},
	} {
		_, e := f.qs.Quote(api.QuoteRequest{From: c.from, To: c.to, Amount: c.amount, Owner: c.owner, Recipient: user.Address.Hex()})
		if e == nil || e.Code != api.CodeBadRequest || e.Field != "amount" || !strings.Contains(e.Message, c.holds) {
			t.Errorf("%s -> %s, owner %s, amount %s: %v, want BAD_REQUEST on amount saying %q", c.from, c.to, c.owner, c.amount, e, c.holds)
		}
	}
	// The demo wallet holds enough: no shortfall to report.
	if short := shortfall(context.Background(), f.src.Chains[a.Name()], user.Address, f.d.Deployments[a.Name()].Tokens["USDC"], big.NewInt(1_000_000), "USDC"); short != nil {
		t.Fatalf("a funded wallet: %v", short)
	}
}

// balanceClient answers balanceOf with out or err (the rest of Client is
// the embedded nil interface: shortfall calls nothing else).
type balanceClient struct {
	Client
	out []byte
	err error
}

func (c balanceClient) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return c.out, c.err
}

// TestShortfallWithoutABalance: when the balance cannot be read (the call
// fails, its answer does not decode, the client cannot call), shortfall
// says nothing, and the quote keeps the simulation's own error.
func TestShortfallWithoutABalance(t *testing.T) {
	owner, token := common.HexToAddress("0x01"), common.HexToAddress("0x02")
	for name, c := range map[string]Client{
		"call fails":     balanceClient{err: errors.New("connection refused")},
		"short answer":   balanceClient{out: []byte{1, 2, 3}},
		"cannot call":    balanceClient{}.Client,
		"answer is zero": balanceClient{out: make([]byte, 32)},
	} {
		short := shortfall(context.Background(), &Chain{Name: "x", Client: c}, owner, token, big.NewInt(5), "USDC@x")
		if name == "answer is zero" {
			if short == nil || !strings.Contains(short.Error(), "holds 0 of USDC@x (base units), less than the amount 5") {
				t.Errorf("%s: %v", name, short)
			}
			continue
		}
		if short != nil {
			t.Errorf("%s: %v, want nothing to say", name, short)
		}
	}
}
