package cosmos

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/devnet/cosmos/simdnode"
	"github.com/straitnet/strait/relayers/ibc"
)

// BenchOptions configure the IBC relay benchmark.
type BenchOptions struct {
	// Packets relayed in the throughput run. Default 200.
	Packets int
	// Samples of send-to-ack latency (one transfer at a time). Default 10.
	Samples int
	// Tick is the wall-clock block pace of the in-process chains.
	// Default 5ms.
	Tick time.Duration
	// RPC also runs the benchmark over two real simd nodes.
	RPC bool
	// SimdBlockTime is the simd nodes' timeout_commit. Default 300ms.
	SimdBlockTime time.Duration
	Logger        *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *BenchOptions) EnsureDefaults() {
	if o.Packets == 0 {
		o.Packets = 200
	}
	if o.Samples == 0 {
		o.Samples = 10
	}
	if o.Tick == 0 {
		o.Tick = 5 * time.Millisecond
	}
	if o.SimdBlockTime == 0 {
		o.SimdBlockTime = 300 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// BenchRun is one mode's figures. The JSON keys are a public contract.
type BenchRun struct {
	Mode    string `json:"mode"`
	Packets int    `json:"packets"`
	// RelayS is the time to relay every packet (receive and ack), the
	// transfers having been sent beforehand (not timed).
	RelayS          float64 `json:"relay_s"`
	PacketsPerS     float64 `json:"packets_per_s"`
	SendToAckP50S   float64 `json:"send_to_ack_p50_s"`
	SendToAckP90S   float64 `json:"send_to_ack_p90_s"`
	Samples         int     `json:"samples"`
	BlockIntervalS  float64 `json:"block_interval_s"`
	MaxMsgsPerTx    int     `json:"max_msgs_per_tx"`
	Failed          int     `json:"failed"`
	ReceivedAlready int     `json:"received_already"`
}

// BenchResult holds the runs.
type BenchResult struct {
	InProcess *BenchRun `json:"inprocess"`
	RPC       *BenchRun `json:"rpc,omitempty"`
}

// RunBench relays packets over in-process chains (and real simd nodes
// with RPC) and measures throughput and send-to-ack latency.
func RunBench(ctx context.Context, o BenchOptions) (*BenchResult, error) {
	o.EnsureDefaults()
	relayer, user := DevKey("bench-relayer"), DevKey("bench-user")
	res := &BenchResult{}
	{
		ticker := time.NewTicker(o.Tick)
		defer ticker.Stop()
		net, err := NewNetwork(NetworkOptions{Chains: []ChainSpec{{ID: "bench-a-1", Denom: "ubencha"}, {ID: "bench-b-1", Denom: "ubenchb"}},
			Funded: []sdk.AccAddress{relayer.Address(), user.Address()}, Ticker: ticker.C, Logger: o.Logger})
		if err != nil {
			return nil, err
		}
		defer net.Close()
		a, b := net.Chains[0], net.Chains[1]
		run, err := benchPair(ctx, o, a, b, relayer, user, "ubencha", func() time.Time { return net.Now() }, o.Tick.Seconds(), 2*time.Millisecond)
		if err != nil {
			return nil, fmt.Errorf("in-process: %w", err)
		}
		run.Mode = "inprocess"
		res.InProcess = run
	}
	if o.RPC {
		bin, err := simdnode.Binary(ctx)
		if err != nil {
			return nil, err
		}
		funded := []simdnode.Account{{Address: relayer.Address().String(), Coins: "100000000000stake"},
			{Address: user.Address().String(), Coins: "100000000000stake"}}
		var chains []*ibc.RPCChain
		for _, id := range []string{"bench-simd-a-1", "bench-simd-b-1"} {
			n, err := simdnode.Start(ctx, simdnode.Options{ChainID: id, Binary: bin, Funded: funded, BlockTime: o.SimdBlockTime, Logger: o.Logger})
			if err != nil {
				return nil, err
			}
			defer n.Stop()
			c, err := ibc.DialRPC(ibc.RPCOptions{ChainID: id, RPC: n.RPC, GRPC: n.GRPC, Poll: 50 * time.Millisecond})
			if err != nil {
				return nil, err
			}
			defer c.Close()
			chains = append(chains, c)
		}
		run, err := benchPair(ctx, o, chains[0], chains[1], relayer, user, "stake", time.Now, 0, 50*time.Millisecond)
		if err != nil {
			return nil, fmt.Errorf("rpc: %w", err)
		}
		run.Mode = "rpc"
		res.RPC = run
	}
	return res, nil
}

func benchPair(ctx context.Context, o BenchOptions, a, b ibc.Chain, relayer, user ibc.Key, denom string, now func() time.Time,
	blockS float64, poll time.Duration) (*BenchRun, error) {
	sa, err := ibc.NewSender(a, relayer, ibc.SenderOptions{})
	if err != nil {
		return nil, err
	}
	sb, err := ibc.NewSender(b, relayer, ibc.SenderOptions{})
	if err != nil {
		return nil, err
	}
	spec, err := ibc.Link(ctx, sa, sb, ibc.LinkOptions{Poll: poll})
	if err != nil {
		return nil, err
	}
	p, err := ibc.NewPath(spec, ibc.Side{Chain: a, Sender: sa}, ibc.Side{Chain: b, Sender: sb}, ibc.PathOptions{Poll: poll, Logger: o.Logger})
	if err != nil {
		return nil, err
	}
	us, err := ibc.NewSender(a, user, ibc.SenderOptions{})
	if err != nil {
		return nil, err
	}
	msg := func() sdk.Msg {
		return transfertypes.NewMsgTransfer(spec.A.PortID, spec.A.ChannelID, sdk.NewCoin(denom, sdkmath.NewInt(1)),
			user.Address().String(), user.Address().String(), clienttypes.ZeroHeight(), uint64(now().Add(time.Hour).UnixNano()), "")
	}
	// Throughput: send every transfer first (not timed), then relay.
	var hashes []string
	for i := 0; i < o.Packets; i++ {
		r, err := us.Broadcast(ctx, msg())
		if err != nil || r.Code != 0 {
			return nil, fmt.Errorf("transfer %d: %+v %v", i, r, err)
		}
		hashes = append(hashes, r.Hash)
	}
	var pkts []channeltypes.Packet
	var sentH int64
	for _, h := range hashes {
		r, err := a.WaitTx(ctx, h)
		if err != nil || !r.OK() {
			return nil, fmt.Errorf("transfer %s: %+v %v", h, r, err)
		}
		evs, err := ibc.PacketEvents(r.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			return nil, fmt.Errorf("transfer %s: %v", h, err)
		}
		pkts = append(pkts, evs[0].Packet)
		sentH = max(sentH, r.Height)
	}
	h0, err := a.LatestHeight(ctx)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	out, err := p.Relay(ctx, spec.A.ChainID, sentH, pkts)
	if err != nil {
		return nil, err
	}
	elapsed := time.Since(start)
	run := &BenchRun{Packets: o.Packets, RelayS: elapsed.Seconds(), PacketsPerS: float64(o.Packets) / elapsed.Seconds(), MaxMsgsPerTx: 50}
	for _, x := range out {
		if !x.Done() || !x.AckOK {
			run.Failed++
		}
		if x.AlreadyReceived {
			run.ReceivedAlready++
		}
	}
	if h1, err := a.LatestHeight(ctx); err == nil && h1 > h0 {
		run.BlockIntervalS = elapsed.Seconds() / float64(h1-h0)
	} else {
		run.BlockIntervalS = blockS
	}
	// Latency: one transfer at a time, from broadcast to the ack relayed.
	var lat []float64
	for i := 0; i < o.Samples; i++ {
		t0 := time.Now()
		r, err := us.Send(ctx, msg())
		if err != nil || !r.OK() {
			return nil, fmt.Errorf("latency transfer: %+v %v", r, err)
		}
		evs, err := ibc.PacketEvents(r.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			return nil, fmt.Errorf("latency transfer: %v", err)
		}
		o2, err := p.Relay(ctx, spec.A.ChainID, r.Height, []channeltypes.Packet{evs[0].Packet})
		if err != nil || !o2[0].Done() {
			return nil, fmt.Errorf("latency relay: %+v %v", o2, err)
		}
		lat = append(lat, time.Since(t0).Seconds())
	}
	sort.Float64s(lat)
	run.Samples = len(lat)
	run.SendToAckP50S = lat[len(lat)/2]
	run.SendToAckP90S = lat[min(len(lat)-1, len(lat)*9/10)]
	return run, nil
}
