package ibc

import (
	"context"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
)

// RecvProvableAt delivers pkts from srcChain as Relay's receive step does,
// with the proofs' starting height h given: as if the relayer had read h
// just before another relayer moved the client past it.
func (p *Path) RecvProvableAt(ctx context.Context, srcChain string, h int64, pkts []channeltypes.Packet) ([]Outcome, error) {
	src, dst, err := p.From(srcChain)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, len(pkts))
	batch := make([]int, len(pkts))
	for i := range pkts {
		out[i].Packet, batch[i] = pkts[i], i
	}
	return out, p.recvBatch(ctx, src, dst, h, out, batch)
}
