package actors

import (
	"context"
	"fmt"

	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/routing"
)

// Mux is an Executor that hands each effect to the executor of its kind:
// a hop, and a refund of the funds in it, to the executor of its edge's
// protocol; watching the source (and a refund whose hop's protocol has no
// executor) to the executor of the chain the asset is on. It lets one node
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
	x, err := m.route(st, eff)
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

func (m *Mux) route(st transfer.State, eff transfer.Effect) (Executor, error) {
	snap := m.Store.Load()
	if eff.Kind == transfer.EffStartRefund {
		// The funds are in the hop the transfer is at (before any hop
		// started, in the first, which the source transaction handed them
		// to): its protocol's executor knows how to get them back. The
		// chain's may not: a deposit into the EVM -> Cosmos bridge's
		// escrow is still on the EVM chain, and only the Cosmos executor
		// can refund it.
		if len(st.Route) > 0 {
			if ei, ok := snap.EdgeIndex(st.Route[min(st.HopIndex, len(st.Route)-1)].Edge); ok {
				if x, ok := m.Protocols[snap.Edges[ei].Protocol]; ok {
					return x, nil
				}
			}
		}
	}
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
