package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/devnet/cosmos/simdnode"
	"github.com/straitnet/strait/relayers/ibc"
)

// TestIBCAgainstRealSimd starts two real simd chains on 127.0.0.1, opens a
// path with `strait ibc link`, and relays through the RPC implementation: a
// transfer and its ack, a timeout that refunds the sender, and a packet left
// pending that `strait ibc clear` delivers. It is not skipped: CI builds simd
// (once, cached) from the tools/simd module.
func TestIBCAgainstRealSimd(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	bin, err := simdnode.Binary(ctx)
	if err != nil {
		t.Fatalf("build simd: %v", err)
	}
	relayer := ibc.KeyFromSeed("relayer", "strait simd relayer")
	user := ibc.KeyFromSeed("user", "strait simd user")
	funded := []simdnode.Account{
		{Address: relayer.Address().String(), Coins: "100000000000stake"},
		{Address: user.Address().String(), Coins: "100000000000stake"},
	}
	nodes := map[string]*simdnode.Node{}
	for _, id := range []string{"simd-a-1", "simd-b-1"} {
		n, err := simdnode.Start(ctx, simdnode.Options{ChainID: id, Binary: bin, Funded: funded})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(n.Stop)
		nodes[id] = n
	}
	na, nb := nodes["simd-a-1"], nodes["simd-b-1"]
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "relayer.key")
	if err := os.WriteFile(keyFile, []byte(relayer.Hex()), 0o600); err != nil {
		t.Fatal(err)
	}
	pathFile := filepath.Join(dir, "path.json")
	var out bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetArgs([]string{"ibc", "link",
		"--a-chain-id", na.ChainID, "--a-rpc", na.RPC, "--a-grpc", na.GRPC, "--a-key-file", keyFile,
		"--b-chain-id", nb.ChainID, "--b-rpc", nb.RPC, "--b-grpc", nb.GRPC, "--b-key-file", keyFile,
		"--out", pathFile})
	if err := rootCmd.ExecuteContext(ctx); err != nil {
		t.Fatalf("strait ibc link: %v\n%s\n%s", err, na.Log(), nb.Log())
	}
	var spec ibc.PathSpec
	if err := json.Unmarshal(out.Bytes(), &spec); err != nil {
		t.Fatalf("link output %q: %v", out.String(), err)
	}
	t.Logf("linked: %+v", spec)

	dial := func(n *simdnode.Node) *ibc.RPCChain {
		c, err := ibc.DialRPC(ibc.RPCOptions{ChainID: n.ChainID, RPC: n.RPC, GRPC: n.GRPC})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	ca, cb := dial(na), dial(nb)
	mk := func(c ibc.Chain, k ibc.Key) *ibc.Sender {
		s, err := ibc.NewSender(c, k, ibc.SenderOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	p, err := ibc.NewPath(spec, ibc.Side{Chain: ca, Sender: mk(ca, relayer)}, ibc.Side{Chain: cb, Sender: mk(cb, relayer)}, ibc.PathOptions{})
	if err != nil {
		t.Fatal(err)
	}
	us := mk(ca, user)
	voucher := transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(spec.B.PortID, spec.B.ChannelID, "stake")).IBCDenom()
	balance := func(c ibc.Chain, denom string) sdkmath.Int {
		resp, err := banktypes.NewQueryClient(c.Conn()).Balance(ctx, &banktypes.QueryBalanceRequest{Address: user.Address().String(), Denom: denom})
		if err != nil {
			t.Fatal(err)
		}
		return resp.Balance.Amount
	}
	send := func(amount int64, timeout time.Time) (channeltypes.Packet, int64) {
		r, err := us.Send(ctx, transfertypes.NewMsgTransfer(spec.A.PortID, spec.A.ChannelID, sdk.NewCoin("stake", sdkmath.NewInt(amount)),
			user.Address().String(), user.Address().String(), clienttypes.ZeroHeight(), uint64(timeout.UnixNano()), ""))
		if err != nil || !r.OK() {
			t.Fatalf("transfer: %+v %v", r, err)
		}
		evs, err := ibc.PacketEvents(r.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			t.Fatalf("send_packet: %v %v", evs, err)
		}
		return evs[0].Packet, r.Height
	}

	// 1. A transfer and its ack.
	pkt, h := send(1000, time.Now().Add(10*time.Minute))
	start := time.Now()
	outs, err := p.Relay(ctx, spec.A.ChainID, h, []channeltypes.Packet{pkt})
	if err != nil || outs[0].Err != nil || outs[0].RecvTx == "" || outs[0].AckTx == "" || !outs[0].AckOK {
		t.Fatalf("relay: %+v %v", outs, err)
	}
	t.Logf("send-to-ack over RPC: %s", time.Since(start))
	if got := balance(cb, voucher); got.Int64() != 1000 {
		t.Fatalf("voucher on b: %s", got)
	}

	// 2. A timeout: the packet expires before anyone relays it.
	before := balance(ca, "stake")
	bt, err := cb.BlockTime(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkt, h = send(500, bt.Add(2*time.Second))
	for {
		latest, err := cb.BlockTime(ctx, 0)
		if err != nil {
			t.Fatal(err)
		}
		if latest.After(bt.Add(3 * time.Second)) {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	outs, err = p.Relay(ctx, spec.A.ChainID, h, []channeltypes.Packet{pkt})
	if err != nil || outs[0].Err != nil || !outs[0].TimedOut || outs[0].TimeoutTx == "" {
		t.Fatalf("timeout relay: %+v %v", outs, err)
	}
	if got := balance(ca, "stake"); !got.Equal(before) {
		t.Fatalf("sender not refunded: %s, want %s (fees are zero)", got, before)
	}

	// 3. A packet nobody relayed: `strait ibc clear` finds and delivers it.
	send(250, time.Now().Add(10*time.Minute))
	out.Reset()
	rootCmd.SetArgs([]string{"ibc", "clear", "--path", pathFile,
		"--a-rpc", na.RPC, "--a-grpc", na.GRPC, "--a-key-file", keyFile,
		"--b-rpc", nb.RPC, "--b-grpc", nb.GRPC, "--b-key-file", keyFile})
	if err := rootCmd.ExecuteContext(ctx); err != nil {
		t.Fatalf("strait ibc clear: %v", err)
	}
	var rep ibc.ClearReport
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatalf("clear output %q: %v", out.String(), err)
	}
	if rep.Pending != 1 || rep.Received != 1 || rep.Acked != 1 || rep.Failed != 0 {
		t.Fatalf("clear report %+v", rep)
	}
	if got := balance(cb, voucher); got.Int64() != 1250 {
		t.Fatalf("voucher on b after clearing: %s, want 1250", got)
	}
}
