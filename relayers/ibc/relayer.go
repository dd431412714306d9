package ibc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/relayers"
)

// KindTransfer is the bridge protocol name of ICS-20 hops, as in the
// routing topology.
const KindTransfer = "ibc-transfer"

// RelayerOptions configure the ICS-20 relayer.
type RelayerOptions struct {
	// Paths the relayer serves; a hop from X to Y uses the path between
	// them (either direction).
	Paths []*Path
	// BlockTime of the chains, for ETAs. Default 1s.
	BlockTime time.Duration
	// Forwarders are the forwarding accounts per intermediate chain id
	// (multi-hop routes; see forward.go).
	Forwarders map[string]*Sender
	// ForwardTimeout is how long a forward has to arrive (chain time).
	// Default 10 minutes.
	ForwardTimeout time.Duration
	// RefundTimeout is how long a failed forward's refund has to arrive
	// back. Default 24 hours.
	RefundTimeout time.Duration
	// SourceTxWait bounds the wait for a hop's source transaction to be
	// found on its chain. Default 2 minutes. The transaction is the
	// previous hop's delivery, which was already seen, or a wallet's
	// broadcast one: a hop whose source transaction stays missing (a node
	// that lost or pruned it, chains started afresh) fails, coded
	// ibc_not_found, for the transfer to wait, retry or refund, instead of
	// waiting without end.
	SourceTxWait time.Duration
	Progress     relayers.Progress
	Logger       *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *RelayerOptions) EnsureDefaults() {
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.Progress == nil {
		o.Progress = relayers.NopProgress{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ForwardTimeout == 0 {
		o.ForwardTimeout = 10 * time.Minute
	}
	if o.RefundTimeout == 0 {
		o.RefundTimeout = 24 * time.Hour
	}
	if o.SourceTxWait == 0 {
		o.SourceTxWait = 2 * time.Minute
	}
}

// Validate reports unusable options.
func (o *RelayerOptions) Validate() error {
	if len(o.Paths) == 0 {
		return errors.New("ibc relayer: no paths")
	}
	seen := map[[2]string]bool{}
	for _, p := range o.Paths {
		k := [2]string{p.Spec.A.ChainID, p.Spec.B.ChainID}
		if seen[k] {
			return fmt.Errorf("ibc relayer: two paths between %s and %s", k[0], k[1])
		}
		seen[k], seen[[2]string{k[1], k[0]}] = true, true
	}
	if o.BlockTime < 0 {
		return fmt.Errorf("ibc relayer: block time %s", o.BlockTime)
	}
	if o.SourceTxWait < 0 {
		return fmt.Errorf("ibc relayer: source tx wait %s", o.SourceTxWait)
	}
	return nil
}

// Relayer carries ICS-20 hops: the wallet's (or the previous hop's)
// MsgTransfer on the source chain starts the hop; the relayer proves the
// packet to the destination, brings the ack back (or times the packet out,
// which refunds the sender) and reports each step.
type Relayer struct {
	opts RelayerOptions

	mu  sync.Mutex
	gas map[string]uint64 // last delivery gas per destination chain
}

var _ relayers.Relayer = (*Relayer)(nil)

// NewRelayer returns an ICS-20 relayer over opts.Paths.
func NewRelayer(opts RelayerOptions) (*Relayer, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &Relayer{opts: opts, gas: map[string]uint64{}}, nil
}

// Kind implements relayers.Relayer.
func (r *Relayer) Kind() string { return KindTransfer }

func (r *Relayer) path(from, to string) (*Path, error) {
	for _, p := range r.opts.Paths {
		if (p.Spec.A.ChainID == from && p.Spec.B.ChainID == to) || (p.Spec.A.ChainID == to && p.Spec.B.ChainID == from) {
			return p, nil
		}
	}
	return nil, errorf(CodeBadHop, nil, "no path between %s and %s", from, to)
}

// Estimate implements relayers.Relayer: ICS-20 charges no protocol fee;
// the relayer pays the destination's gas; a hop takes about four blocks
// (the send becomes provable, the receive, the ack becomes provable).
func (r *Relayer) Estimate(_ context.Context, hop relayers.Hop) (relayers.Estimate, error) {
	if _, err := r.path(hop.FromChain, hop.ToChain); err != nil {
		return relayers.Estimate{}, err
	}
	r.mu.Lock()
	gas := r.gas[hop.ToChain]
	r.mu.Unlock()
	return relayers.Estimate{Fee: new(big.Int), DeliveryGas: gas, ETA: 4 * r.opts.BlockTime}, nil
}

// normalizeHash accepts "0x"-prefixed or bare hex of 32 bytes.
func normalizeHash(s string) (string, error) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(s) != 64 {
		return "", fmt.Errorf("not a 32-byte hash")
	}
	for _, c := range s {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return "", fmt.Errorf("not hex")
		}
	}
	return strings.ToUpper(s), nil
}

// Execute implements relayers.Relayer. It returns nil once the packet is
// received and acknowledged with success (by this or any relayer). A
// rejected proof, an error acknowledgement or a timeout is a coded failure
// of the hop; the last two have refunded the sender on the source chain.
func (r *Relayer) Execute(ctx context.Context, hop relayers.Hop) error {
	err := r.execute(ctx, hop)
	if err != nil {
		r.opts.Progress.HopFailed(hop.Ref, err)
	}
	return err
}

func (r *Relayer) execute(ctx context.Context, hop relayers.Hop) error {
	pg := r.opts.Progress
	p, err := r.path(hop.FromChain, hop.ToChain)
	if err != nil {
		return err
	}
	hash, err := normalizeHash(hop.SourceTx)
	if err != nil {
		return errorf(CodeBadHop, err, "hop %s: source tx %q", hop.Ref, hop.SourceTx)
	}
	src, dst, err := p.From(hop.FromChain)
	if err != nil {
		return err
	}
	wctx, cancel := context.WithTimeout(ctx, r.opts.SourceTxWait)
	tx, err := src.Chain.WaitTx(wctx, hash)
	cancel()
	if err != nil {
		if ctx.Err() == nil && errors.Is(err, context.DeadlineExceeded) {
			return errorf(CodeNotFound, nil, "hop %s: source tx %s not found on %s within %s", hop.Ref, hash, hop.FromChain, r.opts.SourceTxWait)
		}
		return errorf(CodeNotFound, err, "hop %s: source tx %s on %s", hop.Ref, hash, hop.FromChain)
	}
	if !tx.OK() {
		return errorf(CodeNotFound, nil, "hop %s: source tx %s failed on %s: %s", hop.Ref, hash, hop.FromChain, tx.Log)
	}
	evs, err := PacketEvents(tx.Events, channeltypes.EventTypeSendPacket)
	if err != nil {
		return err
	}
	if len(evs) == 0 && len(eventsOf(tx.Events, channeltypes.EventTypeRecvPacket)) > 0 {
		// The source tx is the previous hop's receive on an intermediate
		// chain: forward along the route its memo committed.
		pg.HopObserved(hop.Ref, hop.FromChain, hash, uint64(tx.Height))
		o, _, err := r.forward(ctx, hop.Ref, hop.TransferID, p, src, tx, hop.ToChain)
		if err != nil {
			return err
		}
		return r.finish(ctx, hop, dst, o)
	}
	var pkts []channeltypes.Packet
	for _, e := range evs {
		if e.Packet.SourcePort == src.End.PortID && e.Packet.SourceChannel == src.End.ChannelID {
			pkts = append(pkts, e.Packet)
		}
	}
	if len(pkts) != 1 {
		return errorf(CodeNotFound, nil, "hop %s: source tx %s has %d packets on %s/%s, want 1", hop.Ref, hash, len(pkts), src.End.PortID, src.End.ChannelID)
	}
	pg.HopObserved(hop.Ref, hop.FromChain, hash, uint64(tx.Height))
	out, err := p.Relay(ctx, hop.FromChain, tx.Height, pkts)
	if err != nil {
		return err
	}
	return r.finish(ctx, hop, dst, out[0])
}

// finish reports a relayed packet's outcome as the hop's.
func (r *Relayer) finish(ctx context.Context, hop relayers.Hop, dst *Side, o Outcome) error {
	pg := r.opts.Progress
	if o.RecvTx != "" {
		pg.HopSubmitted(hop.Ref, hop.ToChain, o.RecvTx)
		if res, err := dst.Chain.Tx(ctx, o.RecvTx); err == nil {
			r.mu.Lock()
			r.gas[hop.ToChain] = uint64(res.GasUsed)
			r.mu.Unlock()
		}
	}
	switch {
	case o.Err != nil:
		return o.Err
	case o.TimedOut:
		return errorf(CodeTimedOut, nil, "hop %s: packet %s/%d expired unreceived; sender refunded on %s (tx %s)",
			hop.Ref, o.Packet.SourceChannel, o.Packet.Sequence, hop.FromChain, o.TimeoutTx)
	case !o.AckOK:
		return errorf(CodeAckError, nil, "hop %s: %s answered %q; sender refunded on %s", hop.Ref, hop.ToChain, o.AckError, hop.FromChain)
	}
	pg.HopDelivered(hop.Ref, hop.ToChain, o.RecvTx, o.RecvTx == "")
	return nil
}
