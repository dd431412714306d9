package ibc_test

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"

	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
)

type recorder struct {
	mu    sync.Mutex
	steps []string
}

func (r *recorder) add(s string) { r.mu.Lock(); r.steps = append(r.steps, s); r.mu.Unlock() }
func (r *recorder) HopObserved(ref relayers.HopRef, chain, tx string, block uint64) {
	r.add("observed " + chain)
}
func (r *recorder) HopAttested(relayers.HopRef, int) { r.add("attested") }
func (r *recorder) HopSubmitted(ref relayers.HopRef, chain, tx string) {
	r.add("submitted " + chain)
}
func (r *recorder) HopDelivered(ref relayers.HopRef, chain, tx string, already bool) {
	r.add(fmt.Sprintf("delivered %s already=%v", chain, already))
}
func (r *recorder) HopFailed(ref relayers.HopRef, err error) {
	r.add("failed " + string(ibc.CodeOf(err)))
}

func TestRelayerExecute(t *testing.T) {
	e, spec := twoChains(t)
	rec := &recorder{}
	rl, err := ibc.NewRelayer(ibc.RelayerOptions{Paths: []*ibc.Path{e.path(t, spec, e.relayer)}, Progress: rec})
	if err != nil {
		t.Fatal(err)
	}
	if rl.Kind() != ibc.KindTransfer {
		t.Fatal(rl.Kind())
	}
	// The wallet signs its own MsgTransfer; the relayer only gets its hash.
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	ctx := ctxT(t, time.Minute)
	r, err := us.Send(ctx, transfertypes.NewMsgTransfer(spec.A.PortID, spec.A.ChannelID, sdk.NewCoin("ualpha", sdkmath.NewInt(42)),
		e.user.Address().String(), e.user.Address().String(), clienttypes.ZeroHeight(), uint64(e.net.Now().Add(time.Hour).UnixNano()), ""))
	if err != nil || !r.OK() {
		t.Fatal(r, err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t1", Hop: 0, Attempt: 1}, Kind: ibc.KindTransfer,
		FromChain: "alpha-1", ToChain: "beta-1", SourceTx: "0x" + r.Hash}
	est, err := rl.Estimate(ctx, hop)
	if err != nil || est.Fee.Sign() != 0 || est.ETA <= 0 {
		t.Fatalf("estimate %+v %v", est, err)
	}
	if err := rl.Execute(ctx, hop); err != nil {
		t.Fatal(err)
	}
	// A second attempt of the same hop is a success that says "already".
	hop.Ref.Attempt = 2
	if err := rl.Execute(ctx, hop); err != nil {
		t.Fatal(err)
	}
	want := []string{"observed alpha-1", "submitted beta-1", "delivered beta-1 already=false", "observed alpha-1", "delivered beta-1 already=true"}
	if fmt.Sprint(rec.steps) != fmt.Sprint(want) {
		t.Fatalf("progress %q, want %q", rec.steps, want)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 42 {
		t.Fatalf("voucher %s", got)
	}
	// Bad hops are coded failures.
	for _, h := range []relayers.Hop{
		{FromChain: "alpha-1", ToChain: "gamma-1", SourceTx: "0x" + r.Hash},
		{FromChain: "alpha-1", ToChain: "beta-1", SourceTx: "0x1234"},
	} {
		if err := rl.Execute(ctx, h); ibc.CodeOf(err) != ibc.CodeBadHop {
			t.Errorf("hop %+v: err %v, want %s", h, err, ibc.CodeBadHop)
		}
	}
}

// TestMissingSourceTxFailsTheHop: a hop whose source transaction is not on
// its chain (a node that lost it, chains started afresh) fails, coded
// ibc_not_found, once SourceTxWait has passed, rather than waiting for it
// without end.
func TestMissingSourceTxFailsTheHop(t *testing.T) {
	e, spec := twoChains(t)
	rec := &recorder{}
	rl, err := ibc.NewRelayer(ibc.RelayerOptions{Paths: []*ibc.Path{e.path(t, spec, e.relayer)}, Progress: rec, SourceTxWait: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t1", Hop: 1, Attempt: 1}, Kind: ibc.KindTransfer,
		FromChain: "alpha-1", ToChain: "beta-1", SourceTx: strings.Repeat("AB", 32)}
	ctx := ctxT(t, time.Minute)
	start := time.Now()
	err = rl.Execute(ctx, hop)
	if ibc.CodeOf(err) != ibc.CodeNotFound || !strings.Contains(err.Error(), "not found on alpha-1 within 300ms") {
		t.Fatalf("err %v, want %s saying how long it waited", err, ibc.CodeNotFound)
	}
	if d := time.Since(start); d > 20*time.Second {
		t.Fatalf("took %s", d)
	}
	if fmt.Sprint(rec.steps) != fmt.Sprint([]string{"failed " + string(ibc.CodeNotFound)}) {
		t.Fatalf("progress %q", rec.steps)
	}
	if _, err := ibc.NewRelayer(ibc.RelayerOptions{Paths: []*ibc.Path{e.path(t, spec, e.relayer)}, SourceTxWait: -time.Second}); err == nil {
		t.Fatal("a negative source tx wait was accepted")
	}
}
