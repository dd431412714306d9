package actors

import (
	"context"
	"testing"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

type tagExec string

func (x tagExec) Run(_ context.Context, _ transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	report(transfer.Input{Kind: "ran", Reason: string(x), Hop: eff.Hop})
}

// TestMuxDispatch: hops go to the executor of their edge's protocol,
// source watches and refunds to the executor of the asset's chain, and an
// effect nobody serves is reported as that effect's failure.
func TestMuxDispatch(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	m := &Mux{Store: routing.NewStore(snap),
		Protocols: map[string]Executor{"ibc-transfer": tagExec("ibc")},
		Chains:    map[string]Executor{"ethereum": tagExec("evm"), "noble": tagExec("cosmos")}}
	run := func(eff transfer.Effect) transfer.Input {
		var got transfer.Input
		m.Run(context.Background(), transfer.State{SourceTx: "0xabc"}, eff, func(in transfer.Input) { got = in })
		return got
	}
	for _, c := range []struct {
		eff        transfer.Effect
		kind, want string
	}{
		{transfer.Effect{Kind: transfer.EffStartHop, Edge: "ibc-transfer:noble->osmosis#USDC>USDC"}, "ran", "ibc"},
		{transfer.Effect{Kind: transfer.EffWatchSource, From: "USDC@ethereum"}, "ran", "evm"},
		{transfer.Effect{Kind: transfer.EffStartRefund, From: "USDC@noble"}, "ran", "cosmos"},
		{transfer.Effect{Kind: transfer.EffStartHop, Edge: "no-such-edge", Hop: 2}, transfer.InHopResult, ""},
		{transfer.Effect{Kind: transfer.EffWatchSource, From: "USDC@osmosis"}, transfer.InSourceFailed, ""},
		{transfer.Effect{Kind: transfer.EffStartRefund, From: "nothing@nowhere"}, transfer.InRefundResult, ""},
	} {
		got := run(c.eff)
		if got.Kind != c.kind || (c.want != "" && got.Reason != c.want) || (c.want == "" && (got.OK || got.Reason == "")) {
			t.Errorf("%s %s%s: got %+v", c.eff.Kind, c.eff.Edge, c.eff.From, got)
		}
	}
	// A refund goes to the executor of the hop the funds are in, even
	// while they are still on the source chain (a deposit into a bridge
	// whose escrow only that executor can refund).
	inHop := transfer.State{SourceTx: "0xabc", Route: []transfer.Hop{{Edge: "ibc-transfer:noble->osmosis#USDC>USDC"}}}
	var got transfer.Input
	m.Run(context.Background(), inHop, transfer.Effect{Kind: transfer.EffStartRefund, From: "USDC@ethereum"}, func(in transfer.Input) { got = in })
	if got.Kind != "ran" || got.Reason != "ibc" {
		t.Errorf("refund of funds in an ibc hop, held on ethereum: %+v", got)
	}
	// A hop the topology does not know: the chain's executor.
	inHop.Route[0].Edge = "gone"
	m.Run(context.Background(), inHop, transfer.Effect{Kind: transfer.EffStartRefund, From: "USDC@ethereum"}, func(in transfer.Input) { got = in })
	if got.Kind != "ran" || got.Reason != "evm" {
		t.Errorf("refund with an unknown hop: %+v", got)
	}
	// A hop whose protocol has no executor fails as a hop.
	for i := range snap.Edges {
		if snap.Edges[i].Protocol != "ibc-transfer" {
			if got := run(transfer.Effect{Kind: transfer.EffStartHop, Edge: snap.Edges[i].ID, Hop: 1, Attempt: 2}); got.Kind != transfer.InHopResult || got.OK || got.Hop != 1 || got.Attempt != 2 {
				t.Fatalf("unserved protocol %s: %+v", snap.Edges[i].Protocol, got)
			}
			break
		}
	}
}
