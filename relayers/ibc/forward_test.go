package ibc_test

import (
	"sync"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
)

type deliveries struct {
	relayers.NopProgress
	mu sync.Mutex
	tx map[relayers.HopRef]string
}

func (d *deliveries) HopDelivered(ref relayers.HopRef, chain, tx string, already bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if tx != "" {
		d.tx[ref] = tx
	}
}

// TestMultiHopForward: a route alpha -> beta -> gamma. The wallet pays the
// forwarder on beta with the rest of the route in the memo; the relayer
// forwards once along that route; a forward that fails comes back to the
// wallet on alpha.
func TestMultiHopForward(t *testing.T) {
	e := newEnv(t, cosmos.ChainSpec{ID: "alpha-1", Denom: "ualpha"}, cosmos.ChainSpec{ID: "beta-1", Denom: "ubeta"},
		cosmos.ChainSpec{ID: "gamma-1", Denom: "ugamma"})
	ab := e.link(t, "alpha-1", "beta-1")
	bc := e.link(t, "beta-1", "gamma-1")
	fwKey := ibc.KeyFromSeed("relayer2", "strait test relayer 2") // funded by newEnv
	fw := sender(t, e.net.Chain("beta-1"), fwKey)
	dl := &deliveries{tx: map[relayers.HopRef]string{}}
	mk := func(timeout time.Duration) *ibc.Relayer {
		rl, err := ibc.NewRelayer(ibc.RelayerOptions{Paths: []*ibc.Path{e.path(t, ab, e.relayer), e.path(t, bc, e.relayer)},
			Forwarders: map[string]*ibc.Sender{"beta-1": fw}, ForwardTimeout: timeout, Progress: dl})
		if err != nil {
			t.Fatal(err)
		}
		return rl
	}
	rl := mk(0)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	ctx := ctxT(t, 2*time.Minute)
	start := e.balance(t, "alpha-1", "ualpha")
	send := func(amount int64, id byte) (string, [32]byte) {
		var tid [32]byte
		tid[0] = id
		// What the wallet signs: built by the relayer from the route.
		msg, err := rl.BuildTransfer(ibc.TransferRequest{Chains: []string{"alpha-1", "beta-1", "gamma-1"},
			Coin: sdk.NewCoin("ualpha", sdkmath.NewInt(amount)), Sender: e.user.Address().String(), Receiver: e.user.Address().String(),
			Timeout: e.net.Now().Add(time.Hour), TransferID: tid})
		if err != nil {
			t.Fatal(err)
		}
		if msg.Receiver != fw.Address() || msg.SourceChannel != ab.A.ChannelID {
			t.Fatalf("built %+v", msg)
		}
		r, err := us.Send(ctx, msg)
		if err != nil || !r.OK() {
			t.Fatalf("transfer %+v %v", r, err)
		}
		return r.Hash, tid
	}
	hop := func(tr string, i int, from, to, src string, tid [32]byte) relayers.Hop {
		return relayers.Hop{Ref: relayers.HopRef{Transfer: tr, Hop: i, Attempt: 1}, TransferID: tid, Kind: ibc.KindTransfer,
			FromChain: from, ToChain: to, SourceTx: src}
	}
	final, _ := cosmos.VoucherDenom("ualpha", [2]string{ab.B.PortID, ab.B.ChannelID}, [2]string{bc.B.PortID, bc.B.ChannelID})
	onBeta, _ := cosmos.VoucherDenom("ualpha", [2]string{ab.B.PortID, ab.B.ChannelID})

	tx0, tid := send(500, 1)
	h0 := hop("t1", 0, "alpha-1", "beta-1", tx0, tid)
	if err := rl.Execute(ctx, h0); err != nil {
		t.Fatal(err)
	}
	h1 := hop("t1", 1, "beta-1", "gamma-1", dl.tx[h0.Ref], tid)
	if err := rl.Execute(ctx, h1); err != nil {
		t.Fatal(err)
	}
	if got := e.balance(t, "gamma-1", final); got.Int64() != 500 {
		t.Fatalf("recipient on gamma has %s of %s, want 500", got, final)
	}
	// Another attempt forwards nothing more.
	h1.Ref.Attempt = 2
	if err := rl.Execute(ctx, h1); err != nil {
		t.Fatal(err)
	}
	if got := e.balance(t, "gamma-1", final); got.Int64() != 500 {
		t.Fatalf("after a second attempt gamma has %s, want 500", got)
	}
	// The memo commits the route: beta -> alpha is not it.
	if err := rl.Execute(ctx, hop("t1", 1, "beta-1", "alpha-1", dl.tx[h0.Ref], tid)); ibc.CodeOf(err) != ibc.CodeBadHop {
		t.Fatalf("off-route hop: %v", err)
	}

	// A forward that cannot arrive in time comes back to alpha.
	tx0, tid = send(300, 2)
	h0 = hop("t2", 0, "alpha-1", "beta-1", tx0, tid)
	if err := rl.Execute(ctx, h0); err != nil {
		t.Fatal(err)
	}
	err := mk(time.Nanosecond).Execute(ctx, hop("t2", 1, "beta-1", "gamma-1", dl.tx[h0.Ref], tid))
	if ibc.CodeOf(err) != ibc.CodeTimedOut {
		t.Fatalf("expired forward: %v, want %s", err, ibc.CodeTimedOut)
	}
	if got := e.balance(t, "alpha-1", "ualpha"); start.Sub(got).Int64() != 500 {
		t.Fatalf("alpha balance %s -> %s: want only the delivered 500 gone", start, got)
	}
	b, err := e.net.Chain("beta-1").Balance(ctx, fwKey.Address(), onBeta)
	if err != nil || !b.IsZero() {
		t.Fatalf("forwarder kept %s %v", b, err)
	}
}

func TestParseForwardMemo(t *testing.T) {
	addr := ibc.KeyFromSeed("x", "y").Address().String()
	good := ibc.ForwardMemo{Next: []ibc.ForwardHop{{Chain: "c-1", Channel: "channel-2", Receiver: addr}}, RefundTo: addr}
	m, err := ibc.ParseForwardMemo(good.Memo())
	if err != nil || m.Next[0].Channel != "channel-2" {
		t.Fatalf("%+v %v", m, err)
	}
	if m, err := ibc.ParseForwardMemo(`{"other":1}`); m != nil || err != nil {
		t.Fatalf("foreign memo: %v %v", m, err)
	}
	for i, s := range []string{`{"strait":null}`, `{"strait":{}}`, `{"strait":{"next":[{"chain":"c","channel":"x","receiver":"` + addr + `"}],"refund_to":"` + addr + `"}}`,
		`{"strait":{"next":[{"chain":"c","channel":"channel-1","receiver":"nope"}],"refund_to":"` + addr + `"}}`,
		`{"strait":{"next":[{"chain":"c","channel":"channel-1","receiver":"` + addr + `"}],"refund_to":"` + addr + `","extra":1}}`,
		good.Memo() + "{}"} {
		if _, err := ibc.ParseForwardMemo(s); ibc.CodeOf(err) != ibc.CodeBadMemo {
			t.Errorf("case %d: %v", i, err)
		}
	}
}

func FuzzParseForwardMemo(f *testing.F) {
	addr := ibc.KeyFromSeed("x", "y").Address().String()
	f.Add(ibc.ForwardMemo{Next: []ibc.ForwardHop{{Chain: "c-1", Channel: "channel-2", Receiver: addr}}, RefundTo: addr}.Memo())
	f.Add(`{"strait":{"next":[]}}`)
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ibc.ParseForwardMemo(s)
		if err != nil && ibc.CodeOf(err) != ibc.CodeBadMemo {
			t.Fatalf("uncoded error %v", err)
		}
		if m != nil && (len(m.Next) == 0 || m.RefundTo == "") {
			t.Fatalf("accepted %+v", m)
		}
	})
}
