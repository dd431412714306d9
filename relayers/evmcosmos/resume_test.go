package evmcosmos

import (
	"context"
	"log/slog"
	"math/big"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// gatedAttester refuses to sign while its gate is shut, as an attester does
// while the payment's packet is unacknowledged: the settlement waits, and
// the test decides when it may complete.
type gatedAttester struct {
	Attester
	open *atomic.Bool
}

func (g gatedAttester) SignSettle(ctx context.Context, o bindings.LiquidityPoolOrder, filler common.Address, depositTx common.Hash, chain, fillTx string) ([]byte, error) {
	if !g.open.Load() {
		return nil, errorf(CodeUnacknowledged, nil, "test: attesters wait")
	}
	return g.Attester.SignSettle(ctx, o, filler, depositTx, chain, fillTx)
}

// noisyClient is an EVM node that answers every log query with a
// malformed Deposited log of the pool first.
type noisyClient struct {
	evm.Client
	pool common.Address
}

func (c noisyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	logs, err := c.Client.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	bad := types.Log{Address: c.pool, Topics: []common.Hash{depositedTopic, {1}, {2}}, Data: []byte{1, 2, 3}, TxHash: common.Hash{0xba, 0xd}}
	return append([]types.Log{bad}, logs...), nil
}

// TestResumeSettlesAfterRestart: a relayer pays an order on Cosmos and is
// closed while the attesters still refuse, so the escrow stays open. A new
// relayer over the same chains resumes: that order is settled and the
// relayer's pool credit rises by the order's amount; an order nobody paid
// and an order already settled are left alone (their state unchanged, no
// transaction sent on either chain); a malformed log the node returns is
// skipped with its reason logged.
func TestResumeSettlesAfterRestart(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	quiet := slog.New(slog.DiscardHandler)
	cchains := cosmos.DefaultChains()[:2]
	landing := cchains[0].ID
	opKey := evmnet.DevKey("resume-test-operator")
	op := relayers.NewOperatorKey(opKey.Name, opKey.Private())
	var remote []evmnet.RemotePeer
	for _, c := range cchains {
		remote = append(remote, evmnet.RemotePeer{ChainID: ChainID(c.ID), Pool: PoolTag(c.ID), Gateway: GatewayTag(c.ID)})
	}
	d, err := evmnet.Start(ctx, evmnet.Options{Chains: evmnet.DefaultChains()[:2], BlockPeriod: 100 * time.Millisecond,
		Remote: remote, Funded: []evmnet.Key{opKey}, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	cd, err := cosmos.StartDevnet(ctx, cosmos.DevnetOptions{Chains: cchains, BlockTime: 200 * time.Millisecond, Logger: quiet,
		Bridged: []cosmos.BridgedToken{{Chain: landing, Denom: "uusdc", Holders: []sdk.AccAddress{CosmosKey(op).Address()}, Amount: sdkmath.NewInt(1_000_000_000_000)}}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cd.Close)
	land := cd.Net.Chain(landing)

	// Three deposits by a wallet on chain A, mined before the block timer
	// starts: S will be settled before the restart, P paid but not
	// settled, N paid by nobody.
	a := d.Chains[0]
	pool, usdc := d.Deployments[a.Name()].Liquidity, d.Deployments[a.Name()].Tokens["USDC"]
	user := d.Options.Demo[0]
	s, err := evmnet.NewSender(ctx, a, user)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Exec(ctx, "approve", usdc, bindings.NewTestToken().PackApprove(pool, big.NewInt(1_000_000_000))); err != nil {
		t.Fatal(err)
	}
	head, err := a.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	type deposit struct {
		order bindings.LiquidityPoolOrder
		hash  [32]byte
		tx    common.Hash
	}
	deposits := map[string]deposit{}
	for i, name := range []string{"S", "P", "N"} {
		amount := big.NewInt(int64(i+1) * 10_000_000)
		o := bindings.LiquidityPoolOrder{TransferId: crypto.Keccak256Hash([]byte("resume test " + name)),
			SrcChainId: new(big.Int).SetUint64(a.ChainID()), SrcPool: pool, DstChainId: new(big.Int).SetUint64(ChainID(landing)),
			DstPool: PoolTag(landing), SrcToken: usdc, DstToken: DenomTag("uusdc"), Amount: amount, MaxFee: new(big.Int).Div(amount, big.NewInt(100)),
			Recipient: common.BytesToAddress(cosmos.DevKey("resume-recipient-" + name).Address()), RefundTo: user.Address,
			Deadline: head.Time + 3600, Payload: []byte{}}
		rc, err := s.Send(ctx, "deposit "+name, &pool, poolABI.PackDeposit(o))
		if err != nil {
			t.Fatal(err)
		}
		h, err := evm.OrderHash(o)
		if err != nil {
			t.Fatal(err)
		}
		deposits[name] = deposit{order: o, hash: h, tx: rc.TxHash}
	}
	for _, c := range d.Chains {
		c.Start()
	}

	gate := &atomic.Bool{}
	gate.Store(true)
	cc := map[string]*CosmosChain{landing: {Chain: land, Denom: "uusdc"}}
	// newRelayer builds a relayer over the devnets; a noisy one reads the
	// EVM chains through a node that slips a malformed Deposited log into
	// every log query.
	newRelayer := func(noisy bool, log *slog.Logger) *Relayer {
		t.Helper()
		o := evmrelay.Options{PollInterval: 50 * time.Millisecond, WaitTimeout: time.Minute, Logger: quiet}
		own, err := evmrelay.Chains(d, o)
		if err != nil {
			t.Fatal(err)
		}
		if noisy {
			own = nil
			for _, c := range d.Targets {
				dep := d.Deployments[c.Name()]
				ch, err := evm.NewChain(evm.ChainOptions{Name: c.Name(), ChainID: c.ChainID(), Liquidity: dep.Liquidity, LockMint: dep.LockMint,
					PoolToken: dep.Tokens["USDC"], FinalityDepth: evmnet.FinalityBlocks, PollInterval: o.PollInterval, WaitTimeout: o.WaitTimeout, Logger: quiet,
					Endpoints: []relayers.Endpoint[evm.Client]{{Name: c.Name() + "/noisy", Client: noisyClient{Client: c.Client(), pool: dep.Liquidity}}}})
				if err != nil {
					t.Fatal(err)
				}
				own = append(own, ch)
			}
		}
		var atts []Attester
		for _, k := range d.Options.Attesters {
			cs, err := evmrelay.Chains(d, o)
			if err != nil {
				t.Fatal(err)
			}
			byID := map[uint64]*evm.Chain{}
			for _, c := range cs {
				byID[c.Options().ChainID] = c
			}
			atts = append(atts, gatedAttester{Attester: &LocalAttester{Key: relayers.NewOperatorKey(k.Name, k.Private()), EVM: byID, Cosmos: cc}, open: gate})
		}
		r, err := NewRelayer(Options{EVM: own, Cosmos: cc, Operator: op, Attesters: atts, Threshold: int(d.Options.Threshold),
			Poll: 50 * time.Millisecond, Logger: log})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Close)
		return r
	}
	state := func(name string) uint8 {
		t.Helper()
		out, err := evmnet.Call(ctx, a.Client(), pool, poolABI.PackDepositState(deposits[name].order.TransferId))
		if err != nil {
			t.Fatal(err)
		}
		st, err := poolABI.UnpackDepositState(out)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	execute := func(r *Relayer, name string) {
		t.Helper()
		dp := deposits[name]
		if err := r.Execute(ctx, relayers.Hop{Ref: relayers.HopRef{Transfer: "resume-" + name, Attempt: 1}, TransferID: dp.order.TransferId,
			Kind: Kind, FromChain: a.Name(), ToChain: landing, SourceTx: dp.tx.Hex()}); err != nil {
			t.Fatalf("execute %s: %v", name, err)
		}
	}
	settlement := func(r *Relayer, name string) error {
		t.Helper()
		for {
			if done, err := r.Settlement(deposits[name].hash); done {
				return err
			}
			if ctx.Err() != nil {
				t.Fatalf("settlement of %s never ended", name)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	credit := func() *big.Int {
		t.Helper()
		out, err := evmnet.Call(ctx, a.Client(), pool, poolABI.PackCredit(op.Address(), usdc))
		if err != nil {
			t.Fatal(err)
		}
		v, err := poolABI.UnpackCredit(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}

	// Before the restart: S paid and settled; P paid while the attesters
	// refuse, then the relayer stops.
	r1 := newRelayer(false, quiet)
	execute(r1, "S")
	if err := settlement(r1, "S"); err != nil || state("S") != 2 {
		t.Fatalf("settlement of S: %v, state %d", err, state("S"))
	}
	gate.Store(false)
	execute(r1, "P")
	r1.Close()
	if done, err := r1.Settlement(deposits["P"].hash); !done || err == nil {
		t.Fatalf("P's settlement after Close: done %v, err %v; want stopped with an error", done, err)
	}
	if st := state("P"); st != 1 {
		t.Fatalf("P is in state %d after the stop, want 1 (in escrow)", st)
	}
	if st := state("N"); st != 1 {
		t.Fatalf("N is in state %d, want 1", st)
	}

	// The restart.
	gate.Store(true)
	credit0 := credit()
	nonce0, err := a.Client().NonceAt(ctx, op.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	float0, err := land.Balance(ctx, CosmosKey(op).Address(), "uusdc")
	if err != nil {
		t.Fatal(err)
	}
	logs := &testlog.Buffer{}
	r2 := newRelayer(true, slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelWarn})))
	n, err := r2.Resume(ctx)
	if err != nil || n != 1 {
		t.Fatalf("Resume: %d settlements, %v; want 1", n, err)
	}
	if l := logs.String(); !strings.Contains(l, "resume: skipping a deposit log") || !strings.Contains(l, string(evm.CodeBadLog)) {
		t.Fatalf("the malformed log was not skipped with its reason; warnings:\n%s", l)
	}
	if err := settlement(r2, "P"); err != nil {
		t.Fatalf("resumed settlement of P: %v", err)
	}
	if st := state("P"); st != 2 {
		t.Fatalf("P is in state %d after the resumed settlement, want 2", st)
	}
	want := new(big.Int).Add(credit0, deposits["P"].order.Amount)
	if got := credit(); got.Cmp(want) != 0 {
		t.Fatalf("relayer's pool credit %s, want %s (+%s)", got, want, deposits["P"].order.Amount)
	}
	// N and S left alone: not started, state unchanged, one EVM
	// transaction (P's settlement) and no Cosmos payment.
	for name, st := range map[string]uint8{"N": 1, "S": 2} {
		if done, _ := r2.Settlement(deposits[name].hash); done {
			t.Errorf("Resume settled %s", name)
		}
		if got := state(name); got != st {
			t.Errorf("%s in state %d, want %d", name, got, st)
		}
	}
	if nonce, err := a.Client().NonceAt(ctx, op.Address(), nil); err != nil || nonce != nonce0+1 {
		t.Errorf("relayer sent %d transactions on %s during the resume (%v), want 1", nonce-nonce0, a.Name(), err)
	}
	if float, err := land.Balance(ctx, CosmosKey(op).Address(), "uusdc"); err != nil || !float.Equal(float0) {
		t.Errorf("relayer's uusdc on %s went %s -> %s (%v) during the resume", landing, float0, float, err)
	}

	// Resuming again finds nothing left to settle.
	if n, err := r2.Resume(ctx); err != nil || n != 0 {
		t.Errorf("second Resume: %d settlements, %v; want none", n, err)
	}
}

// depositLog is a Deposited log of pool for order o, as a node returns it.
func depositLog(t testing.TB, pool common.Address, o bindings.LiquidityPoolOrder) *types.Log {
	t.Helper()
	h, err := evm.OrderHash(o)
	if err != nil {
		t.Fatal(err)
	}
	data, err := poolABI.GetABI().Events["Deposited"].Inputs.NonIndexed().Pack(h, o)
	if err != nil {
		t.Fatal(err)
	}
	return &types.Log{Address: pool, Topics: []common.Hash{depositedTopic, o.TransferId, common.BigToHash(o.DstChainId)}, Data: data}
}

func resumeFixture() (common.Address, uint64, map[string]*CosmosChain, bindings.LiquidityPoolOrder) {
	id, cc := fixture()
	o := order(id, nil)
	o.SrcChainId = big.NewInt(31001)
	o.RefundTo = recipient
	o.Payload = []byte{}
	return common.HexToAddress("0x9999"), 31001, map[string]*CosmosChain{id: cc}, o
}

func TestDepositForSkipsWhatIsNotOurs(t *testing.T) {
	pool, chainID, cosmosChains, o := resumeFixture()
	if dep, chain, p, err := depositFor(pool, chainID, cosmosChains, depositLog(t, pool, o)); err != nil || chain != "land-1" || p == nil || dep.Order.TransferId != o.TransferId {
		t.Fatalf("honest log: %v, %q, %v", dep, chain, err)
	}
	cases := map[string]*types.Log{}
	l := depositLog(t, pool, o)
	l.Data = l.Data[:len(l.Data)-32]
	cases["truncated data"] = l
	l = depositLog(t, pool, o)
	l.Address = common.HexToAddress("0x8888")
	cases["another contract"] = l
	l = depositLog(t, pool, o)
	l.Topics = l.Topics[:2]
	cases["missing topic"] = l
	other := o
	other.SrcChainId = big.NewInt(31002)
	cases["another source chain"] = depositLog(t, pool, other)
	other = o
	other.DstChainId = big.NewInt(31003)
	cases["an EVM destination"] = depositLog(t, pool, other)
	other = o
	other.DstPool = PoolTag("other-1")
	cases["an order the bridge cannot carry"] = depositLog(t, pool, other)
	for name, l := range cases {
		if _, _, _, err := depositFor(pool, chainID, cosmosChains, l); relayers.CodeOf(err) == "" {
			t.Errorf("%s: %v, want a coded error", name, err)
		}
	}
}

// FuzzDepositLog: Resume reads logs from an EVM node; whatever the data and
// topics, depositFor answers with a deposit bound for a served chain or a
// coded error, never a panic.
func FuzzDepositLog(f *testing.F) {
	pool, chainID, cosmosChains, o := resumeFixture()
	honest := depositLog(f, pool, o)
	f.Add(honest.Data, honest.Topics[1].Bytes(), honest.Topics[2].Bytes())
	f.Add([]byte{}, honest.Topics[1].Bytes(), honest.Topics[2].Bytes())
	f.Add(honest.Data[:100], []byte{1}, []byte{})
	f.Fuzz(func(t *testing.T, data, t1, t2 []byte) {
		l := &types.Log{Address: pool, Topics: []common.Hash{depositedTopic, common.BytesToHash(t1), common.BytesToHash(t2)}, Data: data}
		dep, chain, p, err := depositFor(pool, chainID, cosmosChains, l)
		if err != nil {
			if relayers.CodeOf(err) == "" {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if dep == nil || p == nil || cosmosChains[chain] == nil {
			t.Fatalf("deposit %v for chain %q without an error", dep, chain)
		}
	})
}
