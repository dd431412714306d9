package ibc_test

import (
	"testing"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/relayers/ibc"
)

// TestRelayWaitsForALaggingClock: the source chain's clock runs a minute
// ahead of the destination's (the destination is slow, or its blocks
// paused), so the source's headers are "from the future" for the
// destination's light client (max clock drift 10 s). The relayer waits for
// the destination's clock instead of failing, and delivers once it has
// caught up.
func TestRelayWaitsForALaggingClock(t *testing.T) {
	e, paused := newPausableEnv(t)
	net, relayer, user := e.net, e.relayer, e.user
	spec := e.link(t, "alpha-1", "beta-1")
	p := e.path(t, spec, relayer)
	alpha := net.Chain("alpha-1")
	pkt, h := e.transfer(t, sender(t, alpha, user), spec, "ualpha", 1000, net.Now().Add(time.Hour))

	// Blocks stop; alpha alone moves a minute ahead.
	paused.Store(true)
	ctx := ctxT(t, time.Minute)
	ahead := net.Now().Add(time.Minute)
	for i := 0; i < 2; i++ {
		if err := alpha.Produce(ctx, ahead.Add(time.Duration(i)*time.Second)); err != nil {
			t.Fatal(err)
		}
	}
	done := async(func() ([]ibc.Outcome, error) { return p.Relay(ctx, "alpha-1", h, []channeltypes.Packet{pkt}) })
	select {
	case r := <-done:
		t.Fatalf("relay ended while beta's clock lags a minute behind: %+v %v", r.out, r.err)
	case <-time.After(300 * time.Millisecond):
	}
	// Blocks resume: the shared clock advances a second per tick, and beta
	// catches up with alpha's headers.
	paused.Store(false)
	r := <-done
	if r.err != nil || len(r.out) != 1 || r.out[0].Err != nil || !r.out[0].AckOK || r.out[0].RecvTx == "" {
		t.Fatalf("relay after the clocks met: %+v %v", r.out, r.err)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 1000 {
		t.Fatalf("beta holds %s of the voucher, want 1000", got)
	}
}
