package actors

import (
	"context"
	"fmt"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
)

// Mux is an Executor that hands each effect to the executor of its kind:
// a hop to the executor of its edge's protocol, watching the source and a
// refund to the executor of the chain the asset is on. It lets one node
// run transfers whose hops cross chain families (EVM, Cosmos).
type Mux struct {
	Store *routing.Store
	// Protocols maps a bridge protocol ("strait-liquidity", "ibc-transfer")
	// to the executor of its hops.
	Protocols map[string]Executor
	// Chains maps a chain id to the executor that watches source
	// transactions and refunds there.
	Chains map[string]Executor
}

// Run implements Executor. An effect nobody serves is reported as a
// failure of that effect (never silently dropped: the transfer recovers).
func (m *Mux) Run(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	x, err := m.route(eff)
	if err == nil {
		x.Run(ctx, st, eff, report)
		return
	}
	switch eff.Kind {
	case transfer.EffWatchSource:
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: err.Error()})
	case transfer.EffStartHop:
		report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Reason: err.Error()})
	case transfer.EffStartRefund:
		report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: err.Error()})
	}
}

func (m *Mux) route(eff transfer.Effect) (Executor, error) {
	snap := m.Store.Load()
	if eff.Kind == transfer.EffStartHop {
		ei, ok := snap.EdgeIndex(eff.Edge)
		if !ok {
			return nil, fmt.Errorf("unknown edge %s", eff.Edge)
		}
		p := snap.Edges[ei].Protocol
		if x, ok := m.Protocols[p]; ok {
			return x, nil
		}
		return nil, fmt.Errorf("no executor for protocol %s", p)
	}
	ai, ok := snap.AssetIndex(eff.From)
	if !ok {
		return nil, fmt.Errorf("unknown asset %s", eff.From)
	}
	c := snap.Assets[ai].Chain
	if x, ok := m.Chains[c]; ok {
		return x, nil
	}
	return nil, fmt.Errorf("no executor for chain %s", c)
}
