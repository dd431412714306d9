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

// AckProvableAt relays the acks in out (from Receive on srcChain's path)
// back to srcChain as Relay's ack step does, with the proofs' starting
// height h given: as if the relayer had read the destination's height h
// just before another relayer moved the source's client past it.
func (p *Path) AckProvableAt(ctx context.Context, srcChain string, h int64, out []Outcome) error {
	src, dst, err := p.From(srcChain)
	if err != nil {
		return err
	}
	batch := make([]int, len(out))
	for i := range out {
		batch[i] = i
	}
	return p.ackBatch(ctx, src, dst, h, out, batch)
}

// TimeoutProvableAt times out the expired packet pkt sent on srcChain as
// Relay's timeout step does, with the destination's height h (past the
// timeout) given: as if the relayer had read h just before another relayer
// moved the source's client past it.
func (p *Path) TimeoutProvableAt(ctx context.Context, srcChain string, h int64, pkt channeltypes.Packet) (Outcome, error) {
	src, dst, err := p.From(srcChain)
	if err != nil {
		return Outcome{}, err
	}
	o := Outcome{Packet: pkt, TimedOut: true}
	err = p.timeoutAt(ctx, src, dst, &o, h)
	return o, err
}

// AckOf looks for pk's acknowledgement on dst as the receive step does
// for a packet another transaction received.
func (p *Path) AckOf(ctx context.Context, dst Chain, pk channeltypes.Packet) ([]byte, error) {
	return p.ackOf(ctx, &Side{Chain: dst}, pk)
}
