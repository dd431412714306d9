package ibc

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	gogoproto "github.com/cosmos/gogoproto/proto"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
)

// Side is one end of a path at run time: the chain, the relayer's sender on
// it, and the end's identifiers.
type Side struct {
	Chain  Chain
	Sender *Sender
	End    End
}

// PathOptions configure a Path.
type PathOptions struct {
	// Poll is how often to look for a new block while waiting. Default 50ms.
	Poll time.Duration
	// MaxMsgs is the most packet messages per transaction. Default 50.
	MaxMsgs int
	// Now is the clock used for timeout decisions that cannot wait for a
	// block (injected). Default time.Now.
	Now    func() time.Time
	Logger *slog.Logger
	// Tamper, if set, may alter every packet message before it is signed:
	// fault injection for tests of what ibc-go rejects. Never set in
	// production.
	Tamper func(msg sdk.Msg)
}

// EnsureDefaults fills unset fields.
func (o *PathOptions) EnsureDefaults() {
	if o.Poll == 0 {
		o.Poll = 50 * time.Millisecond
	}
	if o.MaxMsgs == 0 {
		o.MaxMsgs = 50
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *PathOptions) Validate() error {
	if o.Poll < 0 || o.MaxMsgs < 1 {
		return fmt.Errorf("ibc path: poll %s, max msgs %d", o.Poll, o.MaxMsgs)
	}
	return nil
}

// Path relays packets both ways over one channel.
type Path struct {
	Spec PathSpec
	A, B Side
	opts PathOptions
}

// NewPath checks that the sides match spec and returns the path.
func NewPath(spec PathSpec, a, b Side, opts PathOptions) (*Path, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if err := spec.Validate(); err != nil {
		return nil, err
	}
	if a.Chain == nil || b.Chain == nil || a.Sender == nil || b.Sender == nil {
		return nil, errorf(CodeBadPath, nil, "path %s <-> %s: missing chain or sender", spec.A.ChainID, spec.B.ChainID)
	}
	if a.Chain.ID() != spec.A.ChainID || b.Chain.ID() != spec.B.ChainID {
		return nil, errorf(CodeBadPath, nil, "path %s <-> %s given chains %s and %s", spec.A.ChainID, spec.B.ChainID, a.Chain.ID(), b.Chain.ID())
	}
	a.End, b.End = spec.A, spec.B
	return &Path{Spec: spec, A: a, B: b, opts: opts}, nil
}

// From returns the side whose chain is chainID and the other side.
func (p *Path) From(chainID string) (src, dst *Side, err error) {
	switch chainID {
	case p.A.Chain.ID():
		return &p.A, &p.B, nil
	case p.B.Chain.ID():
		return &p.B, &p.A, nil
	}
	return nil, nil, errorf(CodeBadHop, nil, "chain %s is not on path %s <-> %s", chainID, p.Spec.A.ChainID, p.Spec.B.ChainID)
}

// Outcome is what happened to one packet.
type Outcome struct {
	Packet channeltypes.Packet
	// RecvTx is the destination transaction that received the packet
	// (empty if it had been received before).
	RecvTx          string
	AlreadyReceived bool
	// Ack is the acknowledgement the destination wrote; AckOK tells whether
	// it is a success (an error ack refunds the sender on the source).
	Ack      []byte
	AckOK    bool
	AckError string
	// AckTx is the source transaction that relayed the ack (empty if it
	// had been acknowledged before).
	AckTx        string
	AlreadyAcked bool
	// TimedOut: the packet expired unreceived; TimeoutTx refunded the
	// sender on the source (empty if it was timed out before).
	TimedOut  bool
	TimeoutTx string
	// Err is the packet's failure (coded), if it failed.
	Err error
}

// Done reports whether nothing is left to relay for the packet.
func (o Outcome) Done() bool {
	return o.Err == nil && (o.AckTx != "" || o.AlreadyAcked || o.TimedOut)
}

// WaitHeight waits until c's latest height is at least h and returns it.
func (p *Path) WaitHeight(ctx context.Context, c Chain, h int64) (int64, error) {
	return WaitHeight(ctx, c, h, p.opts.Poll)
}

// WaitHeight waits, polling every poll, until c's latest height is at
// least h and returns it.
func WaitHeight(ctx context.Context, c Chain, h int64, poll time.Duration) (int64, error) {
	for {
		latest, err := c.LatestHeight(ctx)
		if err != nil {
			return 0, errorf(CodeChain, err, "latest height of %s", c.ID())
		}
		if latest >= h {
			return latest, nil
		}
		t := time.NewTimer(poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return 0, ctx.Err()
		case <-t.C:
		}
	}
}

// Relay carries packets sent on srcChain (in blocks up to sentHeight) to
// the other side and their acks back, or times them out. It returns one
// outcome per packet, in order. Packets already received or acknowledged
// (by another relayer, or before a crash) count as success.
func (p *Path) Relay(ctx context.Context, srcChain string, sentHeight int64, pkts []channeltypes.Packet) ([]Outcome, error) {
	src, dst, err := p.From(srcChain)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, len(pkts))
	for i := range pkts {
		out[i].Packet = pkts[i]
	}
	if err := p.recv(ctx, src, dst, sentHeight, out); err != nil {
		return out, err
	}
	if err := p.acknowledge(ctx, src, dst, out); err != nil {
		return out, err
	}
	if err := p.timeout(ctx, src, dst, out); err != nil {
		return out, err
	}
	return out, nil
}

// Receive runs only the first half of Relay: it delivers the packets to
// the destination and reads their acks, but relays nothing back (the acks
// are left for Relay or Clear).
func (p *Path) Receive(ctx context.Context, srcChain string, sentHeight int64, pkts []channeltypes.Packet) ([]Outcome, error) {
	src, dst, err := p.From(srcChain)
	if err != nil {
		return nil, err
	}
	out := make([]Outcome, len(pkts))
	for i := range pkts {
		out[i].Packet = pkts[i]
	}
	return out, p.recv(ctx, src, dst, sentHeight, out)
}

// recv delivers every packet of out to dst, filling RecvTx, Ack and
// AlreadyReceived, or marking TimedOut (to be timed out on src).
func (p *Path) recv(ctx context.Context, src, dst *Side, sentHeight int64, out []Outcome) error {
	// The send is provable once a header commits to the state after it.
	h, err := p.WaitHeight(ctx, src.Chain, sentHeight+1)
	if err != nil {
		return err
	}
	if err := p.checkPackets(src, dst, out); err != nil {
		return err
	}
	seqs := make([]uint64, 0, len(out))
	for _, o := range out {
		seqs = append(seqs, o.Packet.Sequence)
	}
	unrecv, err := unreceived(ctx, dst, seqs)
	if err != nil {
		return err
	}
	dstH, err := dst.Chain.LatestHeight(ctx)
	if err != nil {
		return errorf(CodeChain, err, "latest height of %s", dst.Chain.ID())
	}
	dstT, err := dst.Chain.BlockTime(ctx, dstH)
	if err != nil {
		return errorf(CodeChain, err, "block time of %s", dst.Chain.ID())
	}
	var todo []int
	for i := range out {
		switch {
		case !unrecv[out[i].Packet.Sequence]:
			out[i].AlreadyReceived = true
		case expired(out[i].Packet, dstH+1, dstT):
			// It cannot be received in the next block any more.
			out[i].TimedOut = true
		default:
			todo = append(todo, i)
		}
	}
	if err := p.batches(todo, func(batch []int) error { return p.recvBatch(ctx, src, dst, h, out, batch) }); err != nil {
		return err
	}
	// Acks of packets received before (by someone else, or before a crash)
	// are read back from the destination's write_acknowledgement events.
	for i := range out {
		if out[i].AlreadyReceived && out[i].Ack == nil && out[i].Err == nil {
			ack, err := p.ackOf(ctx, dst, out[i].Packet)
			if err != nil {
				out[i].Err = err
				continue
			}
			out[i].Ack = ack
		}
		if out[i].Ack != nil {
			out[i].AckOK, out[i].AckError = AckSuccess(out[i].Ack)
		}
	}
	return nil
}

func (p *Path) checkPackets(src, dst *Side, out []Outcome) error {
	for _, o := range out {
		pk := o.Packet
		if pk.SourcePort != src.End.PortID || pk.SourceChannel != src.End.ChannelID ||
			pk.DestinationPort != dst.End.PortID || pk.DestinationChannel != dst.End.ChannelID {
			return errorf(CodeBadHop, nil, "packet %s/%s/%d -> %s/%s is not on path %s/%s -> %s/%s", pk.SourcePort, pk.SourceChannel,
				pk.Sequence, pk.DestinationPort, pk.DestinationChannel, src.End.PortID, src.End.ChannelID, dst.End.PortID, dst.End.ChannelID)
		}
	}
	return nil
}

// expired reports whether a packet can no longer be received in a block
// at height h whose time is at least t.
func expired(pk channeltypes.Packet, h int64, t time.Time) bool {
	if !pk.TimeoutHeight.IsZero() && uint64(h) >= pk.TimeoutHeight.RevisionHeight {
		return true
	}
	return pk.TimeoutTimestamp != 0 && uint64(t.UnixNano()) >= pk.TimeoutTimestamp
}

func (p *Path) recvBatch(ctx context.Context, src, dst *Side, provable int64, out []Outcome, batch []int) error {
	upd, h, err := updateClientMsg(ctx, dst.Chain, dst.End.ClientID, src.Chain, provable, dst.Sender.Address())
	if err != nil {
		return err
	}
	var msgs []sdk.Msg
	var sent []int
	for _, i := range batch {
		pk := out[i].Packet
		pr, err := QueryProof(ctx, src.Chain, host.PacketCommitmentKey(pk.SourcePort, pk.SourceChannel, pk.Sequence), h)
		if err != nil {
			return err
		}
		if len(pr.Value) == 0 {
			// The commitment is gone: the packet was acknowledged or timed
			// out already (its journey is over).
			out[i].AlreadyReceived, out[i].AlreadyAcked = true, true
			continue
		}
		msgs = append(msgs, channeltypes.NewMsgRecvPacket(pk, pr.Proof, pr.Height, dst.Sender.Address()))
		sent = append(sent, i)
	}
	if len(msgs) == 0 {
		return nil
	}
	p.tamper(msgs)
	if upd != nil {
		msgs = append([]sdk.Msg{upd}, msgs...)
	}
	r, err := dst.Sender.Send(ctx, msgs...)
	if err != nil {
		return err
	}
	if isRedundant(r) {
		for _, i := range sent {
			out[i].AlreadyReceived = true
		}
		return nil
	}
	if !r.OK() {
		if len(sent) > 1 {
			// One bad packet fails the whole transaction: relay one by
			// one to find it and deliver the others.
			for _, i := range sent {
				if err := p.recvBatch(ctx, src, dst, provable, out, []int{i}); err != nil {
					return err
				}
			}
			return nil
		}
		terr := txError(dst.Chain, r)
		if errors.Is(terr, channeltypes.ErrPacketTimeout) || isABCI(r, channeltypes.ErrPacketTimeout) {
			out[sent[0]].TimedOut = true
		} else {
			out[sent[0]].Err = terr
		}
		return nil
	}
	results, err := msgResults(r)
	if err != nil {
		return err
	}
	acks, err := PacketEvents(r.Events, channeltypes.EventTypeWriteAck)
	if err != nil {
		return err
	}
	bySeq := map[uint64][]byte{}
	for _, a := range acks {
		if a.Packet.DestinationChannel == dst.End.ChannelID {
			bySeq[a.Packet.Sequence] = a.Ack
		}
	}
	off := len(results) - len(sent) // skip the update's response
	for k, i := range sent {
		if off+k >= 0 && off+k < len(results) && results[off+k] == channeltypes.NOOP {
			out[i].AlreadyReceived = true // another relayer's tx landed first in this block
			continue
		}
		out[i].RecvTx = r.Hash
		out[i].Ack = bySeq[out[i].Packet.Sequence]
	}
	return nil
}

// acknowledge relays the acks in out back to src.
func (p *Path) acknowledge(ctx context.Context, src, dst *Side, out []Outcome) error {
	var todo []int
	for i := range out {
		if out[i].Err == nil && out[i].Ack != nil && !out[i].AlreadyAcked {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	// The acks are written in blocks up to dst's latest; prove them at the
	// next header.
	latest, err := dst.Chain.LatestHeight(ctx)
	if err != nil {
		return errorf(CodeChain, err, "latest height of %s", dst.Chain.ID())
	}
	h, err := p.WaitHeight(ctx, dst.Chain, latest+1)
	if err != nil {
		return err
	}
	return p.batches(todo, func(batch []int) error { return p.ackBatch(ctx, src, dst, h, out, batch) })
}

// batches runs f on consecutive batches of at most MaxMsgs indexes, all at
// once: their transactions share the sender's sequence (broadcast in
// order) and land in the same or consecutive blocks, instead of one block
// per batch. Each batch owns its own outcomes.
func (p *Path) batches(todo []int, f func(batch []int) error) error {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for len(todo) > 0 {
		n := min(len(todo), p.opts.MaxMsgs)
		batch := todo[:n]
		todo = todo[n:]
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := f(batch); err != nil {
				mu.Lock()
				if first == nil {
					first = err
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	return first
}

func (p *Path) ackBatch(ctx context.Context, src, dst *Side, provable int64, out []Outcome, batch []int) error {
	upd, h, err := updateClientMsg(ctx, src.Chain, src.End.ClientID, dst.Chain, provable, src.Sender.Address())
	if err != nil {
		return err
	}
	var msgs []sdk.Msg
	var sent []int
	for _, i := range batch {
		pk := out[i].Packet
		pr, err := QueryProof(ctx, dst.Chain, host.PacketAcknowledgementKey(pk.DestinationPort, pk.DestinationChannel, pk.Sequence), h)
		if err != nil {
			return err
		}
		if len(pr.Value) == 0 {
			out[i].Err = errorf(CodeNotFound, nil, "ack of %s/%d not on %s at %d", pk.DestinationChannel, pk.Sequence, dst.Chain.ID(), h-1)
			continue
		}
		msgs = append(msgs, channeltypes.NewMsgAcknowledgement(pk, out[i].Ack, pr.Proof, pr.Height, src.Sender.Address()))
		sent = append(sent, i)
	}
	if len(msgs) == 0 {
		return nil
	}
	p.tamper(msgs)
	if upd != nil {
		msgs = append([]sdk.Msg{upd}, msgs...)
	}
	r, err := src.Sender.Send(ctx, msgs...)
	if err != nil {
		return err
	}
	if isRedundant(r) {
		for _, i := range sent {
			out[i].AlreadyAcked = true
		}
		return nil
	}
	if !r.OK() {
		if len(sent) > 1 {
			for _, i := range sent {
				if err := p.ackBatch(ctx, src, dst, provable, out, []int{i}); err != nil {
					return err
				}
			}
			return nil
		}
		out[sent[0]].Err = txError(src.Chain, r)
		return nil
	}
	results, err := msgResults(r)
	if err != nil {
		return err
	}
	off := len(results) - len(sent)
	for k, i := range sent {
		if off+k >= 0 && off+k < len(results) && results[off+k] == channeltypes.NOOP {
			out[i].AlreadyAcked = true
			continue
		}
		out[i].AckTx = r.Hash
	}
	return nil
}

// timeout proves on src that the expired packets of out were never
// received on dst, which refunds their senders.
func (p *Path) timeout(ctx context.Context, src, dst *Side, out []Outcome) error {
	var todo []int
	for i := range out {
		if out[i].TimedOut && out[i].Err == nil {
			todo = append(todo, i)
		}
	}
	for _, i := range todo {
		if err := p.timeoutOne(ctx, src, dst, &out[i]); err != nil {
			return err
		}
	}
	return nil
}

func (p *Path) timeoutOne(ctx context.Context, src, dst *Side, o *Outcome) error {
	pk := o.Packet
	// Wait for a destination header past the timeout: its consensus state
	// is what the source checks the expiry against.
	var h int64
	for {
		latest, err := dst.Chain.LatestHeight(ctx)
		if err != nil {
			return errorf(CodeChain, err, "latest height of %s", dst.Chain.ID())
		}
		t, err := dst.Chain.BlockTime(ctx, latest)
		if err != nil {
			return errorf(CodeChain, err, "block time of %s", dst.Chain.ID())
		}
		if expired(pk, latest, t) {
			h = latest
			break
		}
		if _, err := p.WaitHeight(ctx, dst.Chain, latest+1); err != nil {
			return err
		}
	}
	return p.timeoutAt(ctx, src, dst, o, h)
}

// timeoutAt times o out, or finds it received after all, with the proofs
// of the destination's state at h (a height past the packet's timeout).
func (p *Path) timeoutAt(ctx context.Context, src, dst *Side, o *Outcome, h int64) error {
	pk := o.Packet
	receipt := host.PacketReceiptKey(pk.DestinationPort, pk.DestinationChannel, pk.Sequence)
	pr, err := QueryProof(ctx, dst.Chain, receipt, h)
	if err != nil {
		return err
	}
	if len(pr.Value) != 0 {
		// Received after all (in the block that also expired it): not a
		// timeout; the ack path takes over.
		o.TimedOut = false
		o.AlreadyReceived = true
		ack, err := p.ackOf(ctx, dst, pk)
		if err != nil {
			o.Err = err
			return nil
		}
		o.Ack = ack
		o.AckOK, o.AckError = AckSuccess(ack)
		tmp := []Outcome{*o}
		if err := p.acknowledge(ctx, src, dst, tmp); err != nil {
			return err
		}
		*o = tmp[0]
		return nil
	}
	upd, ph, err := updateClientMsg(ctx, src.Chain, src.End.ClientID, dst.Chain, h, src.Sender.Address())
	if err != nil {
		return err
	}
	if ph != h {
		// The client is past h already: prove the absence at its height
		// (later, so past the timeout too: the packet can no longer
		// arrive).
		if pr, err = QueryProof(ctx, dst.Chain, receipt, ph); err != nil {
			return err
		}
	}
	msgs := []sdk.Msg{channeltypes.NewMsgTimeout(pk, pk.Sequence, pr.Proof, pr.Height, src.Sender.Address())}
	p.tamper(msgs)
	if upd != nil {
		msgs = append([]sdk.Msg{upd}, msgs...)
	}
	r, err := src.Sender.Send(ctx, msgs...)
	if err != nil {
		return err
	}
	if isRedundant(r) {
		return nil // timed out (or acknowledged) by someone else
	}
	if !r.OK() {
		o.Err = txError(src.Chain, r)
		return nil
	}
	results, err := msgResults(r)
	if err != nil {
		return err
	}
	if len(results) > 0 && results[len(results)-1] == channeltypes.NOOP {
		return nil
	}
	o.TimeoutTx = r.Hash
	return nil
}

func (p *Path) tamper(msgs []sdk.Msg) {
	if p.opts.Tamper != nil {
		for _, m := range msgs {
			p.opts.Tamper(m)
		}
	}
}

// unreceived returns which of seqs dst has not received.
func unreceived(ctx context.Context, dst *Side, seqs []uint64) (map[uint64]bool, error) {
	out := map[uint64]bool{}
	if len(seqs) == 0 {
		return out, nil
	}
	resp, err := channeltypes.NewQueryClient(dst.Chain.Conn()).UnreceivedPackets(ctx, &channeltypes.QueryUnreceivedPacketsRequest{
		PortId: dst.End.PortID, ChannelId: dst.End.ChannelID, PacketCommitmentSequences: seqs})
	if err != nil {
		return nil, errorf(CodeChain, err, "unreceived packets on %s", dst.Chain.ID())
	}
	for _, s := range resp.Sequences {
		out[s] = true
	}
	return out, nil
}

// ackWaitBlocks is how many of the destination's blocks ackOf waits for a
// missing acknowledgement.
const ackWaitBlocks = 3

// ackOf reads the acknowledgement of a packet another transaction received.
// That transaction may not be in a block yet: a receive the mempool refuses
// as redundant means another relayer's receive is pending there (the
// clearing sweep's, say), and an indexer may lag its block. So a missing
// acknowledgement is looked for again over the destination's next few
// blocks before it counts as missing (a hop failed for it waits minutes to
// be retried).
func (p *Path) ackOf(ctx context.Context, dst *Side, pk channeltypes.Packet) ([]byte, error) {
	for waited := 0; ; waited++ {
		ack, err := findAck(ctx, dst, pk)
		if err == nil || CodeOf(err) != CodeNotFound || waited == ackWaitBlocks {
			return ack, err
		}
		latest, err := dst.Chain.LatestHeight(ctx)
		if err != nil {
			return nil, errorf(CodeChain, err, "latest height of %s", dst.Chain.ID())
		}
		if _, err := p.WaitHeight(ctx, dst.Chain, latest+1); err != nil {
			return nil, err
		}
	}
}

// findAck reads the acknowledgement dst wrote for pk from its
// write_acknowledgement event.
func findAck(ctx context.Context, dst *Side, pk channeltypes.Packet) ([]byte, error) {
	txs, err := dst.Chain.FindTx(ctx,
		fmt.Sprintf("%s.%s=%s", channeltypes.EventTypeWriteAck, channeltypes.AttributeKeyDstChannel, pk.DestinationChannel),
		fmt.Sprintf("%s.%s=%d", channeltypes.EventTypeWriteAck, channeltypes.AttributeKeySequence, pk.Sequence))
	if err != nil {
		return nil, errorf(CodeChain, err, "find ack of %s/%d on %s", pk.DestinationChannel, pk.Sequence, dst.Chain.ID())
	}
	for _, tx := range txs {
		evs, err := PacketEvents(tx.Events, channeltypes.EventTypeWriteAck)
		if err != nil {
			return nil, err
		}
		for _, e := range evs {
			if e.Packet.DestinationChannel == pk.DestinationChannel && e.Packet.DestinationPort == pk.DestinationPort && e.Packet.Sequence == pk.Sequence {
				return e.Ack, nil
			}
		}
	}
	return nil, errorf(CodeNotFound, nil, "no acknowledgement of %s/%d on %s", pk.DestinationChannel, pk.Sequence, dst.Chain.ID())
}

// FindSent reads the packet with sequence seq sent on src's channel from
// its send_packet event.
func FindSent(ctx context.Context, src *Side, seq uint64) (channeltypes.Packet, int64, error) {
	txs, err := src.Chain.FindTx(ctx,
		fmt.Sprintf("%s.%s=%s", channeltypes.EventTypeSendPacket, channeltypes.AttributeKeySrcChannel, src.End.ChannelID),
		fmt.Sprintf("%s.%s=%d", channeltypes.EventTypeSendPacket, channeltypes.AttributeKeySequence, seq))
	if err != nil {
		return channeltypes.Packet{}, 0, errorf(CodeChain, err, "find packet %s/%d on %s", src.End.ChannelID, seq, src.Chain.ID())
	}
	for _, tx := range txs {
		evs, err := PacketEvents(tx.Events, channeltypes.EventTypeSendPacket)
		if err != nil {
			return channeltypes.Packet{}, 0, err
		}
		for _, e := range evs {
			if e.Packet.SourceChannel == src.End.ChannelID && e.Packet.SourcePort == src.End.PortID && e.Packet.Sequence == seq {
				return e.Packet, tx.Height, nil
			}
		}
	}
	return channeltypes.Packet{}, 0, errorf(CodeNotFound, nil, "no packet %s/%d on %s", src.End.ChannelID, seq, src.Chain.ID())
}

// isRedundant reports a transaction the mempool refused because every
// packet message in it was already processed (ibc-go's redundant relay
// check): another relayer got there first.
func isRedundant(r TxResult) bool { return isABCI(r, channeltypes.ErrRedundantTx) }

type abciErr interface {
	ABCICode() uint32
	Codespace() string
}

func isABCI(r TxResult, e abciErr) bool {
	return r.Code == e.ABCICode() && r.Codespace == e.Codespace()
}

// txError turns a failed transaction into a coded error: anything ibc-go
// refused (its codespaces) is a rejection of the hop.
func txError(c Chain, r TxResult) error {
	code := CodeRejected
	if r.Codespace == sdkerrors.RootCodespace || r.Codespace == "" {
		code = CodeTxFailed
	}
	stage := "in block"
	if r.Height == 0 {
		stage = "refused by the mempool"
	}
	return errorf(code, nil, "tx %s on %s %s: %s/%d: %s", r.Hash, c.ID(), stage, r.Codespace, r.Code, r.Log)
}

// msgResults decodes each packet message's ResponseResultType from a
// transaction's data (UNSPECIFIED for messages that have none).
func msgResults(r TxResult) ([]channeltypes.ResponseResultType, error) {
	var data sdk.TxMsgData
	if err := data.Unmarshal(r.Data); err != nil {
		return nil, errorf(CodeChain, err, "tx %s: decode message responses", r.Hash)
	}
	out := make([]channeltypes.ResponseResultType, len(data.MsgResponses))
	for i, a := range data.MsgResponses {
		switch a.TypeUrl {
		case "/" + protoName(&channeltypes.MsgRecvPacketResponse{}):
			var m channeltypes.MsgRecvPacketResponse
			if err := m.Unmarshal(a.Value); err == nil {
				out[i] = m.Result
			}
		case "/" + protoName(&channeltypes.MsgAcknowledgementResponse{}):
			var m channeltypes.MsgAcknowledgementResponse
			if err := m.Unmarshal(a.Value); err == nil {
				out[i] = m.Result
			}
		case "/" + protoName(&channeltypes.MsgTimeoutResponse{}):
			var m channeltypes.MsgTimeoutResponse
			if err := m.Unmarshal(a.Value); err == nil {
				out[i] = m.Result
			}
		}
	}
	return out, nil
}

func protoName(m gogoproto.Message) string { return gogoproto.MessageName(m) }
