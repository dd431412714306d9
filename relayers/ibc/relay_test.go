package ibc_test

import (
	"testing"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/devnet/cosmos"
)

func TestLinkTransferAck(t *testing.T) {
	e := newEnv(t, cosmos.ChainSpec{ID: "alpha-1", Denom: "ualpha"}, cosmos.ChainSpec{ID: "beta-1", Denom: "ubeta"})
	spec := e.link(t, "alpha-1", "beta-1")
	t.Logf("path %+v", spec)
	p := e.path(t, spec, e.relayer)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	before := e.balance(t, "alpha-1", "ualpha")
	pkt, h := e.transfer(t, us, spec, "ualpha", 1000, e.net.Now().Add(time.Hour))
	out, err := p.Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	o := out[0]
	if o.Err != nil || o.RecvTx == "" || o.AckTx == "" || !o.AckOK || o.AlreadyReceived || o.AlreadyAcked {
		t.Fatalf("outcome %+v", o)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 1000 {
		t.Fatalf("voucher balance on beta-1 = %s, want 1000", got)
	}
	if got := e.balance(t, "alpha-1", "ualpha"); before.Sub(got).Int64() != 1000 {
		t.Fatalf("alpha-1 balance %s -> %s, want -1000", before, got)
	}
	// Relaying again is a success that says "already".
	out, err = p.Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	if o := out[0]; o.Err != nil || !o.AlreadyReceived || !o.AlreadyAcked || !o.Done() {
		t.Fatalf("second relay outcome %+v", o)
	}
}
