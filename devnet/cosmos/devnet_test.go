package cosmos_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
	"github.com/straitnet/strait/routing"
)

// TestDevnet starts the three-chain devnet, loads its description into the
// router, relays a transfer through the relayer the devnet built, and checks
// that the voucher the chain minted is the asset the description names, with
// the trace the chain reports.
func TestDevnet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	start := time.Now()
	d, err := cosmos.StartDevnet(ctx, cosmos.DevnetOptions{BlockTime: 50 * time.Millisecond, ClearEvery: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	t.Logf("devnet up in %s with %d paths", time.Since(start), len(d.Paths))
	if len(d.Paths) != 3 {
		t.Fatalf("%d paths", len(d.Paths))
	}
	desc, err := d.Topology()
	if err != nil {
		t.Fatal(err)
	}
	snap, err := routing.LoadTopology("cosmos-devnet", desc, routing.DefaultTopologyDefaults())
	if err != nil {
		t.Fatal(err)
	}
	amt, err := routing.ParseAmount("1000000", "amount")
	if err != nil {
		t.Fatal(err)
	}
	ans, err := snap.Route(routing.Request{From: "ATOMA@devnet-cosmos-a", To: "ATOMA@devnet-cosmos-c", Amount: amt})
	if err != nil || len(ans.Routes) == 0 {
		t.Fatalf("route a -> c: %v %v", ans, err)
	}
	t.Logf("route: %s", ans.Routes[0].Path())

	// A demo wallet sends ATOMA from a to b; the devnet's relayer carries it.
	user := d.Options.Demo[0]
	a := d.Net.Chain("devnet-cosmos-a")
	p := d.Path("devnet-cosmos-a", "devnet-cosmos-b")
	src, _, err := p.From("devnet-cosmos-a")
	if err != nil {
		t.Fatal(err)
	}
	us, err := ibc.NewSender(a, user, ibc.SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := us.Send(ctx, transfertypes.NewMsgTransfer(src.End.PortID, src.End.ChannelID, sdk.NewCoin("uatoma", sdkmath.NewInt(1234)),
		user.Address().String(), user.Address().String(), clienttypes.ZeroHeight(), uint64(d.Net.Now().Add(time.Hour).UnixNano()), ""))
	if err != nil || !r.OK() {
		t.Fatalf("transfer %+v %v", r, err)
	}
	if err := d.Relayer.Execute(ctx, relayers.Hop{Ref: relayers.HopRef{Transfer: "t", Hop: 0, Attempt: 1}, Kind: ibc.KindTransfer,
		FromChain: "devnet-cosmos-a", ToChain: "devnet-cosmos-b", SourceTx: r.Hash}); err != nil {
		t.Fatal(err)
	}
	var topo struct {
		Assets []struct {
			ID      string `json:"id"`
			Address string `json:"address_or_denom"`
			Trace   string `json:"trace"`
		} `json:"assets"`
	}
	if err := json.Unmarshal(desc, &topo); err != nil {
		t.Fatal(err)
	}
	var denom, trace string
	for _, as := range topo.Assets {
		if as.ID == "ATOMA@devnet-cosmos-b" {
			denom, trace = as.Address, as.Trace
		}
	}
	b := d.Net.Chain("devnet-cosmos-b")
	bal, err := b.Balance(ctx, user.Address(), denom)
	if err != nil || bal.Int64() != 1234 {
		t.Fatalf("balance of %s on b: %v %v", denom, bal, err)
	}
	dt, err := transfertypes.NewQueryClient(b.Conn()).DenomTrace(ctx, &transfertypes.QueryDenomTraceRequest{Hash: denom})
	if err != nil {
		t.Fatal(err)
	}
	if got := dt.DenomTrace.GetFullDenomPath(); got != trace {
		t.Fatalf("chain's trace %q, description's %q", got, trace)
	}
}
