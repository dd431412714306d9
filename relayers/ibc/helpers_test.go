package ibc_test

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/relayers/ibc"
)

// env is two or three in-process chains on one clock, linked pairwise.
type env struct {
	net     *cosmos.Network
	relayer ibc.Key
	user    ibc.Key
	paths   map[[2]string]ibc.PathSpec
}

func newEnv(t *testing.T, chains ...cosmos.ChainSpec) *env {
	t.Helper()
	relayer := ibc.KeyFromSeed("relayer", "strait test relayer")
	user := ibc.KeyFromSeed("user", "strait test user")
	ticker := time.NewTicker(3 * time.Millisecond)
	t.Cleanup(ticker.Stop)
	net, err := cosmos.NewNetwork(cosmos.NetworkOptions{Chains: chains, Funded: []sdk.AccAddress{user.Address(), relayer.Address(),
		ibc.KeyFromSeed("relayer2", "strait test relayer 2").Address()}, Ticker: ticker.C, Seed: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Close)
	return &env{net: net, relayer: relayer, user: user, paths: map[[2]string]ibc.PathSpec{}}
}

// newPausableEnv is newEnv for alpha-1 and beta-1, whose blocks stop
// while the returned flag is set (a block in progress finishes).
func newPausableEnv(t *testing.T) (*env, *atomic.Bool) {
	t.Helper()
	relayer := ibc.KeyFromSeed("relayer", "strait test relayer")
	user := ibc.KeyFromSeed("user", "strait test user")
	ticks := make(chan time.Time)
	paused := new(atomic.Bool)
	stop := make(chan struct{})
	t.Cleanup(func() { close(stop) })
	go func() {
		tk := time.NewTicker(3 * time.Millisecond)
		defer tk.Stop()
		for {
			select {
			case <-stop:
				return
			case now := <-tk.C:
				if !paused.Load() {
					select {
					case ticks <- now:
					case <-stop:
						return
					}
				}
			}
		}
	}()
	net, err := cosmos.NewNetwork(cosmos.NetworkOptions{Chains: []cosmos.ChainSpec{{ID: "alpha-1", Denom: "ualpha"}, {ID: "beta-1", Denom: "ubeta"}},
		Funded: []sdk.AccAddress{user.Address(), relayer.Address(), ibc.KeyFromSeed("relayer2", "strait test relayer 2").Address()},
		Ticker: ticks, Seed: t.Name()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(net.Close)
	return &env{net: net, relayer: relayer, user: user, paths: map[[2]string]ibc.PathSpec{}}, paused
}

// outcomes is a relay step's result.
type outcomes struct {
	out []ibc.Outcome
	err error
}

// async runs a relay step on its own goroutine (a test lets chains move
// meanwhile) and delivers its result.
func async(step func() ([]ibc.Outcome, error)) <-chan outcomes {
	done := make(chan outcomes, 1)
	go func() {
		out, err := step()
		done <- outcomes{out, err}
	}()
	return done
}

func sender(t testing.TB, c ibc.Chain, k ibc.Key) *ibc.Sender {
	t.Helper()
	s, err := ibc.NewSender(c, k, ibc.SenderOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ctxT(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func (e *env) link(t *testing.T, a, b string) ibc.PathSpec {
	t.Helper()
	ctx := ctxT(t, 2*time.Minute)
	p, err := ibc.Link(ctx, sender(t, e.net.Chain(a), e.relayer), sender(t, e.net.Chain(b), e.relayer), ibc.LinkOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e.paths[[2]string{a, b}] = p
	e.paths[[2]string{b, a}] = p.Reversed()
	return p
}

// path builds a runtime path with the given relayer key.
func (e *env) path(t testing.TB, spec ibc.PathSpec, k ibc.Key) *ibc.Path {
	return e.pathWith(t, spec, k, ibc.PathOptions{})
}

func (e *env) pathWith(t testing.TB, spec ibc.PathSpec, k ibc.Key, opts ibc.PathOptions) *ibc.Path {
	t.Helper()
	a, b := e.net.Chain(spec.A.ChainID), e.net.Chain(spec.B.ChainID)
	opts.Poll = 2 * time.Millisecond
	p, err := ibc.NewPath(spec, ibc.Side{Chain: a, Sender: sender(t, a, k)}, ibc.Side{Chain: b, Sender: sender(t, b, k)}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// transfer sends amount of denom from the user on spec.A to the user on
// spec.B and returns the packet and its block.
func (e *env) transfer(t testing.TB, us *ibc.Sender, spec ibc.PathSpec, denom string, amount int64, timeout time.Time) (channeltypes.Packet, int64) {
	t.Helper()
	ctx := ctxT(t, time.Minute)
	msg := transfertypes.NewMsgTransfer(spec.A.PortID, spec.A.ChannelID, sdk.NewCoin(denom, sdkmath.NewInt(amount)),
		e.user.Address().String(), e.user.Address().String(), clienttypes.ZeroHeight(), uint64(timeout.UnixNano()), "")
	r, err := us.Send(ctx, msg)
	if err != nil {
		t.Fatal(err)
	}
	if !r.OK() {
		t.Fatalf("transfer refused: %s/%d %s", r.Codespace, r.Code, r.Log)
	}
	evs, err := ibc.PacketEvents(r.Events, channeltypes.EventTypeSendPacket)
	if err != nil || len(evs) != 1 {
		t.Fatalf("send_packet events: %v %v", evs, err)
	}
	return evs[0].Packet, r.Height
}

func (e *env) balance(t testing.TB, chain string, denom string) sdkmath.Int {
	t.Helper()
	b, err := e.net.Chain(chain).Balance(ctxT(t, 10*time.Second), e.user.Address(), denom)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// voucher is the ibc/HASH denom of denom after one hop over spec (A -> B).
func voucher(spec ibc.PathSpec, denom string) string {
	return transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(spec.B.PortID, spec.B.ChannelID, denom)).IBCDenom()
}

// transfers broadcasts n transfers at once (several land in one block) and
// returns their packets and the highest block.
func (e *env) transfers(t testing.TB, us *ibc.Sender, spec ibc.PathSpec, denom string, amount int64, n int) ([]channeltypes.Packet, int64) {
	t.Helper()
	ctx := ctxT(t, time.Minute)
	var hashes []string
	for i := 0; i < n; i++ {
		msg := transfertypes.NewMsgTransfer(spec.A.PortID, spec.A.ChannelID, sdk.NewCoin(denom, sdkmath.NewInt(amount)),
			e.user.Address().String(), e.user.Address().String(), clienttypes.ZeroHeight(), uint64(e.net.Now().Add(time.Hour).UnixNano()), "")
		r, err := us.Broadcast(ctx, msg)
		if err != nil || r.Code != 0 {
			t.Fatalf("broadcast transfer: %+v %v", r, err)
		}
		hashes = append(hashes, r.Hash)
	}
	var pkts []channeltypes.Packet
	var h int64
	for _, hash := range hashes {
		r, err := us.Chain().WaitTx(ctx, hash)
		if err != nil || !r.OK() {
			t.Fatalf("transfer %s: %+v %v", hash, r, err)
		}
		evs, err := ibc.PacketEvents(r.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			t.Fatalf("send_packet events: %v %v", evs, err)
		}
		pkts, h = append(pkts, evs[0].Packet), max(h, r.Height)
	}
	return pkts, h
}
