package evmcosmos

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
)

func TestChainIDs(t *testing.T) {
	seen := map[uint64]bool{}
	for _, id := range []string{"devnet-cosmos-a", "devnet-cosmos-b", "devnet-cosmos-c", "osmosis-1", "cosmoshub-4"} {
		n := ChainID(id)
		if n < 1<<51 || n >= 1<<52 || seen[n] {
			t.Fatalf("ChainID(%s) = %d: outside [2^51, 2^52) or repeated", id, n)
		}
		seen[n] = true
		if ChainID(id) != n {
			t.Fatal("ChainID is not deterministic")
		}
	}
	if PoolTag("x") == GatewayTag("x") || PoolTag("x") == PoolTag("y") {
		t.Fatal("stand-in addresses collide")
	}
	a := common.HexToAddress("0x00112233445566778899aabbccddeeff00112233")
	back, err := AccountBytes(Bech32(a))
	if err != nil || back != a {
		t.Fatalf("bech32 round trip: %s, %v", back, err)
	}
	for _, bad := range []string{"", "cosmos1", "osmo1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqnrql8a", "0x00112233445566778899aabbccddeeff00112233"} {
		if _, err := AccountBytes(bad); err == nil {
			t.Fatalf("AccountBytes(%q) accepted", bad)
		}
	}
}

// fixture: the landing chain "land-1" with a channel to "next-1".
func fixture() (string, *CosmosChain) {
	link := Link{Here: ibc.End{ChainID: "land-1", PortID: "transfer", ChannelID: "channel-0"},
		There: ibc.End{ChainID: "next-1", PortID: "transfer", ChannelID: "channel-7"}}
	return "land-1", &CosmosChain{Denom: "uusdc", Links: map[string]Link{"next-1": link}}
}

var recipient = common.HexToAddress("0x1111111111111111111111111111111111111111")

func order(id string, payload []byte) bindings.LiquidityPoolOrder {
	to := recipient
	if payload != nil {
		to = GatewayTag(id)
	}
	return bindings.LiquidityPoolOrder{TransferId: [32]byte{1}, SrcChainId: big.NewInt(31001), DstChainId: new(big.Int).SetUint64(ChainID(id)),
		DstPool: PoolTag(id), DstToken: DenomTag("uusdc"), Amount: big.NewInt(1_000_000), MaxFee: big.NewInt(1_000), Recipient: to, Payload: payload}
}

func payload(t testing.TB, hops []bindings.GatewayHop, next int64) []byte {
	t.Helper()
	m := bindings.NewGateway().GetABI().Methods["decodePayload"]
	b, err := m.Outputs.Pack(bindings.GatewayRoute{Hops: hops, Recipient: recipient, RefundTo: common.HexToAddress("0x2222"), Deadline: 1 << 40}, big.NewInt(next))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ibcRoute(id string, cc *CosmosChain) []bindings.GatewayHop {
	return []bindings.GatewayHop{
		{Kind: 2, DstChainId: new(big.Int).SetUint64(ChainID(id)), DstToken: DenomTag("uusdc"), MaxFee: big.NewInt(0)},
		{Kind: HopKindIBC, DstChainId: new(big.Int).SetUint64(ChainID("next-1")), DstToken: voucherTag("uusdc", cc.Links["next-1"]), MaxFee: big.NewInt(0)},
	}
}

func TestPlan(t *testing.T) {
	id, cc := fixture()
	o := order(id, nil)
	h := [32]byte{9}
	p, err := planFor(o, h, id, cc, nil)
	if err != nil || p.next != "" || p.recipient != Bech32(recipient) {
		t.Fatalf("direct order: %+v, %v", p, err)
	}
	sender := Bech32(common.HexToAddress("0x3333"))
	if _, ok := p.msg(sender, "uusdc", big.NewInt(999_500), 0).(*banktypes.MsgSend); !ok {
		t.Fatal("direct order is not paid with a bank send")
	}
	if v, err := p.check(p.msg(sender, "uusdc", big.NewInt(999_500), 0), sender, "uusdc"); err != nil || v.Int64() != 999_500 {
		t.Fatalf("honest payment refused: %v", err)
	}
	for name, m := range map[string]sdk.Msg{
		"too little":      p.msg(sender, "uusdc", big.NewInt(998_999), 0),
		"too much":        p.msg(sender, "uusdc", big.NewInt(1_000_001), 0),
		"other denom":     p.msg(sender, "uatom", big.NewInt(999_500), 0),
		"other sender":    p.msg(Bech32(common.HexToAddress("0x4444")), "uusdc", big.NewInt(999_500), 0),
		"other recipient": &banktypes.MsgSend{FromAddress: sender, ToAddress: Bech32(common.HexToAddress("0x5555")), Amount: sdk.NewCoins(sdk.NewCoin("uusdc", sdkmath.NewInt(999_500)))},
		"an ibc transfer": &transfertypes.MsgTransfer{SourcePort: "transfer", SourceChannel: "channel-0", Sender: sender, Receiver: Bech32(recipient), Token: sdk.NewCoin("uusdc", sdkmath.NewInt(999_500))},
	} {
		if _, err := p.check(m, sender, "uusdc"); relayers.CodeOf(err) != CodeMismatch {
			t.Errorf("%s: %v, want %s", name, err, CodeMismatch)
		}
	}

	// On over IBC: the payload commits the route; the payment is a transfer.
	o = order(id, payload(t, ibcRoute(id, cc), 1))
	p, err = planFor(o, h, id, cc, nil)
	if err != nil || p.next != "next-1" || p.recipient != Bech32(recipient) {
		t.Fatalf("onward order: %+v, %v", p, err)
	}
	m, ok := p.msg(sender, "uusdc", big.NewInt(999_500), 77).(*transfertypes.MsgTransfer)
	if !ok || m.SourceChannel != "channel-0" || m.Memo != FillMemo(h) || m.TimeoutTimestamp != 77 {
		t.Fatalf("onward payment %+v", m)
	}
	if _, err := p.check(m, sender, "uusdc"); err != nil {
		t.Fatalf("honest onward payment refused: %v", err)
	}
	wrong := *m
	wrong.SourceChannel = "channel-1"
	if _, err := p.check(&wrong, sender, "uusdc"); relayers.CodeOf(err) != CodeMismatch {
		t.Fatalf("payment over another channel: %v", err)
	}
}

func TestPlanRefusesOrdersItCannotCarry(t *testing.T) {
	id, cc := fixture()
	h := [32]byte{9}
	route := ibcRoute(id, cc)
	three := append(append([]bindings.GatewayHop{}, route...), route[1])
	notIBC := append([]bindings.GatewayHop{}, route...)
	notIBC[1].Kind = 1
	nowhere := append([]bindings.GatewayHop{}, route...)
	nowhere[1].DstChainId = new(big.Int).SetUint64(ChainID("elsewhere-1"))
	otherToken := append([]bindings.GatewayHop{}, route...)
	otherToken[1].DstToken = DenomTag("ibc/FFFF")
	cases := map[string]bindings.LiquidityPoolOrder{}
	o := order(id, nil)
	o.DstChainId = big.NewInt(31002)
	cases["EVM destination"] = o
	o = order(id, nil)
	o.DstPool = PoolTag("other-1")
	cases["other pool"] = o
	o = order(id, nil)
	o.DstToken = DenomTag("uatom")
	cases["other token"] = o
	o = order(id, payload(t, route, 1))
	o.Recipient = recipient
	cases["route without the gateway"] = o
	cases["route of three"] = order(id, payload(t, three, 1))
	cases["next is not IBC"] = order(id, payload(t, notIBC, 1))
	cases["no channel"] = order(id, payload(t, nowhere, 1))
	cases["other voucher"] = order(id, payload(t, otherToken, 1))
	cases["next out of range"] = order(id, payload(t, route, 2))
	cases["next zero"] = order(id, payload(t, route, 0))
	cases["garbage payload"] = order(id, []byte{1, 2, 3})
	for name, o := range cases {
		if _, err := planFor(o, h, id, cc, nil); relayers.CodeOf(err) != CodeBadHop {
			t.Errorf("%s: %v, want %s", name, err, CodeBadHop)
		}
	}
}

// FuzzPlanPayload: the order's payload comes from a chain log; whatever it
// holds, planFor answers with a plan or a coded error.
func FuzzPlanPayload(f *testing.F) {
	id, cc := fixture()
	f.Add(payload(f, ibcRoute(id, cc), 1))
	f.Add([]byte{})
	f.Add(make([]byte, 64))
	f.Fuzz(func(t *testing.T, b []byte) {
		p, err := planFor(order(id, b), [32]byte{}, id, cc, nil)
		if err == nil && p == nil || err != nil && relayers.CodeOf(err) == "" {
			t.Fatalf("plan %v, err %v", p, err)
		}
	})
}

// FuzzDecodeTx: a payment transaction is read from a chain; garbage is an
// error, never a panic.
func FuzzDecodeTx(f *testing.F) {
	cdc, err := ibc.DefaultCodec()
	if err != nil {
		f.Fatal(err)
	}
	b := cdc.TxConfig.NewTxBuilder()
	_ = b.SetMsgs(&banktypes.MsgSend{FromAddress: Bech32(recipient), ToAddress: Bech32(recipient), Amount: sdk.NewCoins(sdk.NewCoin("uusdc", sdkmath.NewInt(1)))})
	b.SetMemo(FillMemo([32]byte{1}))
	raw, err := cdc.TxConfig.TxEncoder()(b.GetTx())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(raw)
	f.Add([]byte{})
	f.Add([]byte{0x0a, 0x02, 0x0a, 0x00})
	f.Fuzz(func(t *testing.T, b []byte) {
		d, err := decodeTx(b)
		if err == nil && (d == nil || len(d.signer) == 0) {
			t.Fatalf("decoded %+v without a signer", d)
		}
	})
}

func TestRefusedStopsSettlement(t *testing.T) {
	wait := errorf(CodeAttestation, errors.Join(fmt.Errorf("attester a: %w", errorf(CodeUnacknowledged, nil, "not yet")),
		fmt.Errorf("attester b: %w", errorf(CodeNotFound, nil, "no tx"))), "0 of 2 signed")
	if refused(wait) {
		t.Fatal("an unacknowledged packet stopped the settlement")
	}
	gone := errorf(CodeAttestation, errors.Join(fmt.Errorf("attester a: %w", errorf(CodeUnacknowledged, nil, "not yet")),
		fmt.Errorf("attester b: %w", errorf(CodeRefused, nil, "error ack"))), "0 of 2 signed")
	if !refused(gone) {
		t.Fatal("a refused packet did not stop the settlement")
	}
}
