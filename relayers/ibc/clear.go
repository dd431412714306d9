package ibc

import (
	"context"
	"log/slog"
	"time"

	"github.com/cosmos/cosmos-sdk/types/query"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
)

// ClearReport counts what a clearing sweep did.
type ClearReport struct {
	// Pending is how many packet commitments the sweep found (both ways).
	Pending int `json:"pending"`
	// Received, Acked and TimedOut count the messages this sweep got in.
	Received int `json:"received"`
	Acked    int `json:"acked"`
	TimedOut int `json:"timed_out"`
	// Failed packets (their errors are in Outcomes).
	Failed   int       `json:"failed"`
	Outcomes []Outcome `json:"-"`
}

// Clear relays whatever is pending on the path, both ways: packets sent
// but never received, and acks written but never relayed back (Strait was
// down, a transaction was lost, another relayer gave up). Every packet
// commitment still on a source chain is such a packet; its data comes back
// from the source's send_packet event.
func (p *Path) Clear(ctx context.Context) (ClearReport, error) {
	var rep ClearReport
	for _, src := range []*Side{&p.A, &p.B} {
		seqs, err := commitments(ctx, src)
		if err != nil {
			return rep, err
		}
		if len(seqs) == 0 {
			continue
		}
		rep.Pending += len(seqs)
		var pkts []channeltypes.Packet
		var maxH int64
		for _, seq := range seqs {
			pk, h, err := FindSent(ctx, src, seq)
			if err != nil {
				// Without its data a packet cannot be relayed; the
				// others still can.
				rep.Failed++
				rep.Outcomes = append(rep.Outcomes, Outcome{Packet: channeltypes.Packet{Sequence: seq, SourceChannel: src.End.ChannelID}, Err: err})
				continue
			}
			pkts = append(pkts, pk)
			maxH = max(maxH, h)
		}
		if len(pkts) == 0 {
			continue
		}
		out, err := p.Relay(ctx, src.Chain.ID(), maxH, pkts)
		rep.Outcomes = append(rep.Outcomes, out...)
		for _, o := range out {
			switch {
			case o.Err != nil:
				rep.Failed++
			case o.TimeoutTx != "":
				rep.TimedOut++
			}
			if o.RecvTx != "" {
				rep.Received++
			}
			if o.AckTx != "" {
				rep.Acked++
			}
		}
		if err != nil {
			return rep, err
		}
	}
	// A sweep that found nothing is the common case (every 10 s on each
	// path of a node): it is logged at debug, so that the info log shows
	// the sweeps that moved or found packets.
	level := slog.LevelInfo
	if rep.Pending == 0 && rep.Failed == 0 {
		level = slog.LevelDebug
	}
	p.opts.Logger.Log(ctx, level, "ibc clearing", "path", p.Spec.A.ChainID+"<->"+p.Spec.B.ChainID, "pending", rep.Pending,
		"received", rep.Received, "acked", rep.Acked, "timed_out", rep.TimedOut, "failed", rep.Failed)
	return rep, nil
}

// RunClearing sweeps on every tick until ctx ends; errors are logged and
// the next tick tries again.
func (p *Path) RunClearing(ctx context.Context, ticks <-chan time.Time) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticks:
			if _, err := p.Clear(ctx); err != nil && ctx.Err() == nil {
				p.opts.Logger.Warn("ibc clearing failed", "path", p.Spec.A.ChainID+"<->"+p.Spec.B.ChainID, "err", err)
			}
		}
	}
}

// commitments lists the sequences of packets sent on src's channel whose
// commitments are still there (not yet acknowledged or timed out).
func commitments(ctx context.Context, src *Side) ([]uint64, error) {
	qc := channeltypes.NewQueryClient(src.Chain.Conn())
	var out []uint64
	var key []byte
	for {
		resp, err := qc.PacketCommitments(ctx, &channeltypes.QueryPacketCommitmentsRequest{
			PortId: src.End.PortID, ChannelId: src.End.ChannelID, Pagination: &query.PageRequest{Key: key, Limit: 1000}})
		if err != nil {
			return nil, errorf(CodeChain, err, "packet commitments on %s", src.Chain.ID())
		}
		for _, c := range resp.Commitments {
			out = append(out, c.Sequence)
		}
		if resp.Pagination == nil || len(resp.Pagination.NextKey) == 0 {
			return out, nil
		}
		key = resp.Pagination.NextKey
	}
}
