package ibc_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/relayers/ibc"
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

func twoChains(t *testing.T) (*env, ibc.PathSpec) {
	e := newEnv(t, cosmos.ChainSpec{ID: "alpha-1", Denom: "ualpha"}, cosmos.ChainSpec{ID: "beta-1", Denom: "ubeta"})
	return e, e.link(t, "alpha-1", "beta-1")
}

// waitVirtual waits until the network's clock passes t.
func waitVirtual(t *testing.T, e *env, at time.Time) {
	t.Helper()
	ctx := ctxT(t, time.Minute)
	for !e.net.Now().After(at) {
		select {
		case <-ctx.Done():
			t.Fatal("virtual clock did not advance")
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func TestTimeoutRefundsSender(t *testing.T) {
	e, spec := twoChains(t)
	p := e.path(t, spec, e.relayer)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	before := e.balance(t, "alpha-1", "ualpha")
	deadline := e.net.Now().Add(3 * time.Second)
	pkt, h := e.transfer(t, us, spec, "ualpha", 700, deadline)
	if got := e.balance(t, "alpha-1", "ualpha"); before.Sub(got).Int64() != 700 {
		t.Fatalf("escrow: %s -> %s", before, got)
	}
	// Strait was not there in time: the packet expires unreceived.
	waitVirtual(t, e, deadline.Add(2*time.Second))
	out, err := p.Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	if o := out[0]; o.Err != nil || !o.TimedOut || o.TimeoutTx == "" || o.RecvTx != "" || !o.Done() {
		t.Fatalf("outcome %+v", o)
	}
	if got := e.balance(t, "alpha-1", "ualpha"); !got.Equal(before) {
		t.Fatalf("sender not refunded: %s, want %s", got, before)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); !got.IsZero() {
		t.Fatalf("voucher minted after timeout: %s", got)
	}
	// A second relayer arriving late finds nothing to do, and says so.
	out, err = e.path(t, spec, e.relayer).Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	if o := out[0]; o.Err != nil || o.TimeoutTx != "" || !o.Done() {
		t.Fatalf("late relay outcome %+v", o)
	}
}

// The same race for a timeout: this relayer reads the destination's height
// past the packet's timeout, another relayer moves the source's client of
// the destination past that height, and the packet's absence must be
// proven at the client's height.
func TestTimeoutAfterAnotherRelayerMovedTheClientPast(t *testing.T) {
	e, spec := twoChains(t)
	ctx := ctxT(t, time.Minute)
	alpha, beta := e.net.Chain("alpha-1"), e.net.Chain("beta-1")
	us := sender(t, alpha, e.user)
	before := e.balance(t, "alpha-1", "ualpha")
	deadline := e.net.Now().Add(3 * time.Second)
	pkt, _ := e.transfer(t, us, spec, "ualpha", 700, deadline)
	waitVirtual(t, e, deadline.Add(2*time.Second))
	read, err := beta.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	moveClientPast(ctx, t, alpha, spec.A.ClientID, beta, read, read+2)
	o, err := e.path(t, spec, e.relayer).TimeoutProvableAt(ctx, "alpha-1", read, pkt)
	if err != nil {
		t.Fatal(err)
	}
	if o.Err != nil || !o.TimedOut || o.TimeoutTx == "" {
		t.Fatalf("outcome %+v", o)
	}
	if got := e.balance(t, "alpha-1", "ualpha"); !got.Equal(before) {
		t.Fatalf("sender not refunded: %s, want %s", got, before)
	}
}

// TestForgedProofsRejected: ibc-go on the destination verifies every proof
// against the light client; Strait reports each refusal as a coded failure
// of the hop, and nothing changes on the destination. The packet is then
// delivered by an honest relay (the reroute), or would time out (refund).
func TestForgedProofsRejected(t *testing.T) {
	e, spec := twoChains(t)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	pkt, h := e.transfer(t, us, spec, "ualpha", 500, e.net.Now().Add(time.Hour))
	cases := []struct {
		name   string
		tamper func(m sdk.Msg)
	}{
		{"forged proof", func(m sdk.Msg) {
			if r, ok := m.(*channeltypes.MsgRecvPacket); ok {
				r.ProofCommitment = append([]byte(nil), r.ProofCommitment...)
				r.ProofCommitment[len(r.ProofCommitment)/2] ^= 0xff
			}
		}},
		{"altered packet", func(m sdk.Msg) {
			if r, ok := m.(*channeltypes.MsgRecvPacket); ok {
				r.Packet.Data = bytes.Replace(r.Packet.Data, []byte(`"500"`), []byte(`"900"`), 1)
			}
		}},
		{"wrong height", func(m sdk.Msg) {
			if r, ok := m.(*channeltypes.MsgRecvPacket); ok {
				r.ProofHeight.RevisionHeight += 1000
			}
		}},
		{"stale proof", func(m sdk.Msg) {
			if r, ok := m.(*channeltypes.MsgRecvPacket); ok {
				// A proof from before the packet was sent proves absence,
				// not the commitment.
				r.ProofHeight.RevisionHeight = uint64(h - 2)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p := e.pathWith(t, spec, e.relayer, ibc.PathOptions{Tamper: c.tamper})
			out, err := p.Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
			if err != nil {
				t.Fatal(err)
			}
			o := out[0]
			if ibc.CodeOf(o.Err) != ibc.CodeRejected || o.RecvTx != "" || o.Done() {
				t.Fatalf("outcome %+v (err %v), want %s", o, o.Err, ibc.CodeRejected)
			}
			t.Logf("rejected: %v", o.Err)
			if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); !got.IsZero() {
				t.Fatalf("voucher minted by a forged relay: %s", got)
			}
		})
	}
	out, err := e.path(t, spec, e.relayer).Relay(ctxT(t, time.Minute), "alpha-1", h, []channeltypes.Packet{pkt})
	if err != nil || !out[0].Done() || out[0].RecvTx == "" {
		t.Fatalf("honest relay after rejections: %+v %v", out, err)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 500 {
		t.Fatalf("voucher %s, want 500", got)
	}
}

// TestCrashAfterReceiveClearing: the relayer dies after the destination
// received the packet and before the ack went back. A new instance's
// clearing sweep finds the pending commitment, relays the ack, and does not
// receive the packet again.
func TestCrashAfterReceiveClearing(t *testing.T) {
	e, spec := twoChains(t)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	var pkts []channeltypes.Packet
	var h int64
	for i := 0; i < 3; i++ {
		pk, hh := e.transfer(t, us, spec, "ualpha", 100, e.net.Now().Add(time.Hour))
		pkts, h = append(pkts, pk), hh
	}
	// The first instance receives the first two, then "crashes".
	out, err := e.path(t, spec, e.relayer).Receive(ctxT(t, time.Minute), "alpha-1", h, pkts[:2])
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range out {
		if o.Err != nil || o.RecvTx == "" || o.Ack == nil {
			t.Fatalf("receive outcome %+v", o)
		}
	}
	// A fresh instance (new sender state) sweeps.
	var logged bytes.Buffer
	p2 := e.pathWith(t, spec, e.relayer, ibc.PathOptions{Logger: slog.New(slog.NewJSONHandler(&logged, &slog.HandlerOptions{Level: slog.LevelDebug}))})
	rep, err := p2.Clear(ctxT(t, time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if rep.Pending != 3 || rep.Received != 1 || rep.Acked != 3 || rep.Failed != 0 {
		t.Fatalf("clearing report %+v", rep)
	}
	for _, o := range rep.Outcomes {
		if !o.Done() {
			t.Fatalf("not done after clearing: %+v", o)
		}
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 300 {
		t.Fatalf("voucher %s, want 300 (each packet once)", got)
	}
	// Each packet was received by exactly one transaction.
	for _, pk := range pkts {
		txs, err := e.net.Chain("beta-1").FindTx(ctxT(t, time.Minute), "recv_packet.packet_sequence="+strconv.FormatUint(pk.Sequence, 10),
			"recv_packet.packet_dst_channel="+spec.B.ChannelID)
		if err != nil {
			t.Fatal(err)
		}
		writes := 0
		for _, tx := range txs {
			evs, _ := ibc.PacketEvents(tx.Events, channeltypes.EventTypeWriteAck)
			for _, ev := range evs {
				if ev.Packet.Sequence == pk.Sequence {
					writes++
				}
			}
		}
		if writes != 1 {
			t.Fatalf("packet %d acknowledged %d times on beta-1", pk.Sequence, writes)
		}
	}
	rep, err = p2.Clear(ctxT(t, time.Minute))
	if err != nil || rep.Pending != 0 {
		t.Fatalf("second sweep %+v %v", rep, err)
	}
	// The sweep that relayed is an info line; the one that found nothing
	// (every tick of a quiet path) is a debug line.
	lines := strings.Split(strings.TrimSpace(logged.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], `"level":"INFO","msg":"ibc clearing"`) || !strings.Contains(lines[0], `"acked":3`) ||
		!strings.Contains(lines[1], `"level":"DEBUG","msg":"ibc clearing"`) {
		t.Fatalf("clearing log:\n%s", logged.String())
	}
}

// TestRacingRelayers: two instances with the same operator key relay the
// same packets at once. Sequence mismatches are absorbed by the senders,
// redundant messages count as success, and each packet is delivered once.
func TestRacingRelayers(t *testing.T) {
	e, spec := twoChains(t)
	us := sender(t, e.net.Chain("alpha-1"), e.user)
	n := 8
	if testing.Short() {
		n = 4
	}
	pkts, h := e.transfers(t, us, spec, "ualpha", 10, n)
	var wg sync.WaitGroup
	outs := make([][]ibc.Outcome, 2)
	errs := make([]error, 2)
	paths := []*ibc.Path{e.path(t, spec, e.relayer), e.path(t, spec, e.relayer)}
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			p := paths[k]
			// Each instance relays packet by packet, in its own order.
			for i := 0; i < n; i++ {
				j := i
				if k == 1 {
					j = n - 1 - i
				}
				o, err := p.Relay(ctxT(t, time.Minute), "alpha-1", h, pkts[j:j+1])
				if err != nil {
					errs[k] = err
					return
				}
				outs[k] = append(outs[k], o...)
			}
		}(k)
	}
	wg.Wait()
	recvs, acks := map[uint64]int{}, map[uint64]int{}
	for k := 0; k < 2; k++ {
		if errs[k] != nil {
			t.Fatalf("instance %d: %v", k, errs[k])
		}
		for _, o := range outs[k] {
			if o.Err != nil || !o.Done() {
				t.Fatalf("instance %d outcome %+v", k, o)
			}
			if o.RecvTx != "" {
				recvs[o.Packet.Sequence]++
			}
			if o.AckTx != "" {
				acks[o.Packet.Sequence]++
			}
		}
	}
	for _, pk := range pkts {
		if recvs[pk.Sequence] != 1 || acks[pk.Sequence] != 1 {
			t.Fatalf("packet %d: received by %d and acked by %d instances", pk.Sequence, recvs[pk.Sequence], acks[pk.Sequence])
		}
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != int64(10*n) {
		t.Fatalf("voucher %s, want %d", got, 10*n)
	}
	var mm int64
	for _, p := range paths {
		mm += p.A.Sender.Mismatches() + p.B.Sender.Mismatches()
	}
	t.Logf("sequence mismatches absorbed by the senders: %d", mm)
}

// TestRelayAfterAnotherRelayerMovedTheClientPast: another relayer updated
// the destination's client of the source past the height the packet is
// provable at, skipping that height. The client has no consensus state
// there, so a proof at it fails ("consensus state not found", which made
// TestRacingRelayers flaky); the relay proves at the client's latest
// height instead.
func TestRelayAfterAnotherRelayerMovedTheClientPast(t *testing.T) {
	e, spec := twoChains(t)
	ctx := ctxT(t, time.Minute)
	alpha, beta := e.net.Chain("alpha-1"), e.net.Chain("beta-1")
	us := sender(t, alpha, e.user)
	pkt, sent := e.transfer(t, us, spec, "ualpha", 10, e.net.Now().Add(time.Hour))
	// The packet is provable from sent+1; the other relayer moves the
	// client straight to sent+3.
	moveClientPast(ctx, t, beta, spec.B.ClientID, alpha, sent+1, sent+3)
	// This relayer read alpha's height when it was sent+1, before the
	// update above landed.
	out, err := e.path(t, spec, e.relayer).RecvProvableAt(ctx, "alpha-1", sent+1, []channeltypes.Packet{pkt})
	if err != nil {
		t.Fatal(err)
	}
	if o := out[0]; o.Err != nil || o.RecvTx == "" {
		t.Fatalf("outcome %+v", o)
	}
	if got := e.balance(t, "beta-1", voucher(spec, "ualpha")); got.Int64() != 10 {
		t.Fatalf("voucher %s, want 10", got)
	}
}

// The same race on the way back: this relayer reads the destination's
// height for the ack's proof, another relayer moves the source's client of
// the destination past it, and the ack must be proven at the client's
// height (the client has no consensus state at the height read).
func TestAckAfterAnotherRelayerMovedTheClientPast(t *testing.T) {
	e, spec := twoChains(t)
	ctx := ctxT(t, time.Minute)
	alpha, beta := e.net.Chain("alpha-1"), e.net.Chain("beta-1")
	us := sender(t, alpha, e.user)
	pkt, sent := e.transfer(t, us, spec, "ualpha", 10, e.net.Now().Add(time.Hour))
	p := e.path(t, spec, e.relayer)
	out, err := p.Receive(ctx, "alpha-1", sent, []channeltypes.Packet{pkt})
	if err != nil || out[0].Err != nil || out[0].Ack == nil {
		t.Fatalf("receive: %+v %v", out, err)
	}
	// The ack is in a block up to beta's latest: provable from latest+1,
	// which is what this relayer reads. The other relayer moves alpha's
	// client of beta straight to latest+3.
	latest, err := beta.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	read := latest + 1
	moveClientPast(ctx, t, alpha, spec.A.ClientID, beta, read, latest+3)
	if err := p.AckProvableAt(ctx, "alpha-1", read, out); err != nil {
		t.Fatal(err)
	}
	if o := out[0]; o.Err != nil || o.AckTx == "" || !o.Done() {
		t.Fatalf("outcome %+v", o)
	}
	// The ack cleared the packet's commitment on alpha (read in the state
	// after the ack's block).
	la, err := alpha.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ibc.WaitHeight(ctx, alpha, la+1, 5*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	pr, err := ibc.QueryProof(ctx, alpha, host.PacketCommitmentKey(pkt.SourcePort, pkt.SourceChannel, pkt.Sequence), la+1)
	if err != nil {
		t.Fatal(err)
	}
	if len(pr.Value) != 0 {
		t.Fatal("the packet's commitment is still on alpha")
	}
}

// moveClientPast is another relayer updating host's client (clientID) of
// counterparty straight to past, once counterparty is there. The client
// must still be below read, the height this test's relayer read: the
// client then never has a consensus state at read.
func moveClientPast(ctx context.Context, t *testing.T, host ibc.Chain, clientID string, counterparty ibc.Chain, read, past int64) {
	t.Helper()
	if _, err := ibc.WaitHeight(ctx, counterparty, past+1, 5*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	cs, err := ibc.ClientState(ctx, host, clientID)
	if err != nil {
		t.Fatal(err)
	}
	if int64(cs.LatestHeight.RevisionHeight) >= read {
		t.Fatalf("the client is at %d already: the test needs it below %d", cs.LatestHeight.RevisionHeight, read)
	}
	header, err := ibc.BuildHeader(ctx, counterparty, cs.LatestHeight, past)
	if err != nil {
		t.Fatal(err)
	}
	other := sender(t, host, ibc.KeyFromSeed("relayer2", "strait test relayer 2"))
	upd, err := clienttypes.NewMsgUpdateClient(clientID, header, other.Address())
	if err != nil {
		t.Fatal(err)
	}
	if r, err := other.Send(ctx, upd); err != nil || !r.OK() {
		t.Fatalf("the other relayer's update: %+v %v", r, err)
	}
}

// searchSpy is a chain whose tx searches that find nothing are reported.
type searchSpy struct {
	ibc.Chain
	empty chan struct{}
}

func (s searchSpy) FindTx(ctx context.Context, conditions ...string) ([]ibc.TxResult, error) {
	r, err := s.Chain.FindTx(ctx, conditions...)
	if err == nil && len(r) == 0 {
		select {
		case s.empty <- struct{}{}:
		default:
		}
	}
	return r, err
}

// TestReceiveWhileAnotherReceiveIsPending: another relayer's receive of
// the packet is in the destination's mempool, not yet in a block (the
// clearing sweep and a hop's relayer met so on `strait up`). This
// relayer's receive is refused by the mempool as redundant, and the ack it
// then looks for is not written yet: it waits for the next block instead
// of failing the hop (which made the transfer wait minutes for a retry).
func TestReceiveWhileAnotherReceiveIsPending(t *testing.T) {
	e, paused := newPausableEnv(t)
	net, relayer, user := e.net, e.relayer, e.user
	other := ibc.KeyFromSeed("relayer2", "strait test relayer 2")
	spec := e.link(t, "alpha-1", "beta-1")
	ctx := ctxT(t, time.Minute)
	alpha, beta := net.Chain("alpha-1"), net.Chain("beta-1")
	pkt, sent := e.transfer(t, sender(t, alpha, user), spec, "ualpha", 10, net.Now().Add(time.Hour))
	if _, err := ibc.WaitHeight(ctx, alpha, sent+2, 2*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	// Blocks stop; the last one in progress finishes.
	paused.Store(true)
	for last := int64(-1); ; {
		time.Sleep(30 * time.Millisecond)
		h, err := beta.LatestHeight(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if h == last {
			break
		}
		last = h
	}
	// The other relayer's receive (with its client update) goes into
	// beta's mempool.
	cs, err := ibc.ClientState(ctx, beta, spec.B.ClientID)
	if err != nil {
		t.Fatal(err)
	}
	header, err := ibc.BuildHeader(ctx, alpha, cs.LatestHeight, sent+1)
	if err != nil {
		t.Fatal(err)
	}
	them := sender(t, beta, other)
	upd, err := clienttypes.NewMsgUpdateClient(spec.B.ClientID, header, them.Address())
	if err != nil {
		t.Fatal(err)
	}
	pr, err := ibc.QueryProof(ctx, alpha, host.PacketCommitmentKey(pkt.SourcePort, pkt.SourceChannel, pkt.Sequence), sent+1)
	if err != nil {
		t.Fatal(err)
	}
	if r, err := them.Broadcast(ctx, upd, channeltypes.NewMsgRecvPacket(pkt, pr.Proof, pr.Height, them.Address())); err != nil || r.Code != 0 {
		t.Fatalf("the other relayer's receive: %+v %v", r, err)
	}
	// This relayer receives the same packet; its search for the ack finds
	// nothing while blocks are stopped, and then blocks go on.
	spy := searchSpy{Chain: beta, empty: make(chan struct{}, 1)}
	p, err := ibc.NewPath(spec, ibc.Side{Chain: alpha, Sender: sender(t, alpha, relayer)}, ibc.Side{Chain: spy, Sender: sender(t, beta, relayer)}, ibc.PathOptions{Poll: 2 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	done := async(func() ([]ibc.Outcome, error) { return p.Receive(ctx, "alpha-1", sent, []channeltypes.Packet{pkt}) })
	select {
	case <-spy.empty:
	case r := <-done:
		t.Fatalf("the receive ended before it looked for the ack in vain: %+v %v", r.out, r.err)
	case <-ctx.Done():
		t.Fatal("no search for the ack")
	}
	paused.Store(false)
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	if o := r.out[0]; o.Err != nil || !o.AlreadyReceived || o.Ack == nil || !o.AckOK {
		t.Fatalf("outcome %+v", o)
	}
}

// heightlessChain is a chain whose height cannot be read.
type heightlessChain struct{ ibc.Chain }

func (heightlessChain) LatestHeight(context.Context) (int64, error) {
	return 0, errors.New("connection refused")
}

// TestAckOfAPacketNobodyReceived: the ack of a packet received by another
// transaction is looked for over the destination's next blocks, then the
// search gives up (ibc_not_found); a destination whose height cannot be
// read ends the search at once (ibc_chain).
func TestAckOfAPacketNobodyReceived(t *testing.T) {
	e, spec := twoChains(t)
	p := e.path(t, spec, e.relayer)
	pk := channeltypes.Packet{Sequence: 999, SourcePort: spec.A.PortID, SourceChannel: spec.A.ChannelID,
		DestinationPort: spec.B.PortID, DestinationChannel: spec.B.ChannelID}
	beta := e.net.Chain("beta-1")
	ctx := ctxT(t, time.Minute)
	from, err := beta.LatestHeight(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.AckOf(ctx, beta, pk); ibc.CodeOf(err) != ibc.CodeNotFound {
		t.Fatalf("ack of an unreceived packet: %v, want %s", err, ibc.CodeNotFound)
	}
	if to, _ := beta.LatestHeight(ctx); to < from+3 {
		t.Fatalf("gave up at height %d, %d blocks after it began; want 3", to, to-from)
	}
	if _, err := p.AckOf(ctx, heightlessChain{beta}, pk); ibc.CodeOf(err) != ibc.CodeChain || !strings.Contains(err.Error(), "latest height of beta-1") {
		t.Fatalf("heightless destination: %v, want %s", err, ibc.CodeChain)
	}
}
