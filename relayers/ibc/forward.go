package ibc

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	"github.com/straitnet/strait/internal/strictjson"
	"github.com/straitnet/strait/relayers"
)

// Multi-hop Cosmos routes (A -> B -> C) forward on the intermediate chain
// through a forwarding account: the wallet's MsgTransfer on A pays Strait's
// forwarder on B and carries the rest of the route in its memo. The memo is
// part of the packet, whose commitment A stores: nobody can change the route
// after the wallet signed it. The forwarder moves the funds it received only
// as that memo says (the next hop's channel and receiver), once per incoming
// packet, and when the next hop fails (timeout or error ack, which return the
// funds to the forwarder) it sends them back over the channel they came in on,
// to the memo's refund address on the source chain. The forwarder is a
// custodian for the seconds between two hops; docs/ibc.md says so.

// ForwardMemo is the "strait" object of a transfer memo.
type ForwardMemo struct {
	// Next are the hops after the one this packet makes, first first.
	Next []ForwardHop `json:"next"`
	// RefundTo is the sender's address on the source chain.
	RefundTo string `json:"refund_to"`
	// ID is the transfer's id (hex), which tells a forward's packet apart
	// when one receive transaction carries several (relayers batch).
	ID string `json:"id,omitempty"`
	// Of names the incoming packet a forward carries on
	// ("chain/channel/sequence"); the forwarder's own transfers set it, and
	// it is how a forward is made once only.
	Of string `json:"of,omitempty"`
}

// ForwardHop is one further hop: the chain it goes to, the channel on the
// current chain that leads there, and the receiver there (the next
// forwarder, or the final recipient).
type ForwardHop struct {
	Chain    string `json:"chain"`
	Channel  string `json:"channel"`
	Receiver string `json:"receiver"`
}

type memoEnvelope struct {
	Strait *ForwardMemo `json:"strait"`
}

// Memo encodes m as a transfer memo.
func (m ForwardMemo) Memo() string {
	b, _ := json.Marshal(memoEnvelope{Strait: &m})
	return string(b)
}

// ParseForwardMemo decodes a transfer memo (outside input: whatever a
// wallet wrote). A memo without a "strait" object is (nil, nil); a
// malformed one is a CodeBadMemo error.
func ParseForwardMemo(memo string) (*ForwardMemo, error) {
	if !strings.Contains(memo, `"strait"`) {
		return nil, nil
	}
	var env memoEnvelope
	if err := strictjson.Decode([]byte(memo), 0, &env); err != nil {
		return nil, errorf(CodeBadMemo, err, "memo")
	}
	m := env.Strait
	if m == nil {
		return nil, errorf(CodeBadMemo, nil, "memo: null strait object")
	}
	if len(m.Next) == 0 || len(m.Next) > 8 {
		return nil, errorf(CodeBadMemo, nil, "memo: %d further hops (1 to 8)", len(m.Next))
	}
	for i, h := range m.Next {
		if h.Chain == "" || len(h.Chain) > 64 {
			return nil, errorf(CodeBadMemo, nil, "memo: hop %d: chain %q", i, h.Chain)
		}
		if err := host.ChannelIdentifierValidator(h.Channel); err != nil {
			return nil, errorf(CodeBadMemo, err, "memo: hop %d: channel", i)
		}
		if _, err := sdk.AccAddressFromBech32(h.Receiver); err != nil {
			return nil, errorf(CodeBadMemo, err, "memo: hop %d: receiver", i)
		}
	}
	if len(m.ID) > 66 || len(m.Of) > 200 {
		return nil, errorf(CodeBadMemo, nil, "memo: id or of too long")
	}
	if _, err := sdk.AccAddressFromBech32(m.RefundTo); err != nil {
		return nil, errorf(CodeBadMemo, err, "memo: refund_to")
	}
	return m, nil
}

// ParseTransferData decodes an ICS-20 packet's data (outside input).
func ParseTransferData(b []byte) (transfertypes.FungibleTokenPacketData, error) {
	var d transfertypes.FungibleTokenPacketData
	if err := strictjson.Decode(b, 0, &d); err != nil {
		return d, errorf(CodeBadEvent, err, "transfer packet data")
	}
	if err := d.ValidateBasic(); err != nil {
		return d, errorf(CodeBadEvent, err, "transfer packet data")
	}
	return d, nil
}

// ReceivedDenom is the denom an ICS-20 packet credits on its destination:
// the voucher ibc/HASH of the prefixed trace, or the unwound denom when
// the token goes back to where it came from.
func ReceivedDenom(pk channeltypes.Packet, denom string) string {
	if transfertypes.ReceiverChainIsSource(pk.SourcePort, pk.SourceChannel, denom) {
		unprefixed := denom[len(transfertypes.GetDenomPrefix(pk.SourcePort, pk.SourceChannel)):]
		return transfertypes.ParseDenomTrace(unprefixed).IBCDenom()
	}
	return transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(pk.DestinationPort, pk.DestinationChannel, denom)).IBCDenom()
}

type incomingPacket struct {
	pk   channeltypes.Packet
	data transfertypes.FungibleTokenPacketData
}

// incoming decodes every packet a transaction received (recv_packet
// events; a relayer may batch many in one transaction).
func incoming(tx TxResult) ([]incomingPacket, error) {
	var out []incomingPacket
	for _, e := range eventsOf(tx.Events, channeltypes.EventTypeRecvPacket) {
		e.Type = channeltypes.EventTypeSendPacket // same attributes
		pe, err := ParsePacketEvent(e)
		if err != nil {
			return nil, err
		}
		d, err := ParseTransferData(pe.Packet.Data)
		if err != nil {
			continue // not an ICS-20 packet
		}
		out = append(out, incomingPacket{pe.Packet, d})
	}
	return out, nil
}

// forward runs a hop whose source transaction is the previous hop's
// receive on the intermediate chain.
func (r *Relayer) forward(ctx context.Context, ref relayers.HopRef, transferID [32]byte, p *Path, src *Side, recvTx TxResult, toChain string) (Outcome, channeltypes.Packet, error) {
	fw := r.opts.Forwarders[src.Chain.ID()]
	if fw == nil {
		return Outcome{}, channeltypes.Packet{}, errorf(CodeBadHop, nil, "hop %s: no forwarder on %s", ref, src.Chain.ID())
	}
	all, err := incoming(recvTx)
	if err != nil {
		return Outcome{}, channeltypes.Packet{}, err
	}
	// The hop's packet pays the forwarder and carries a Strait memo (with
	// the transfer's id when the hop names one).
	var cands []incomingPacket
	var memos []*ForwardMemo
	var lastErr error
	wantID := ""
	if transferID != ([32]byte{}) {
		wantID = fmt.Sprintf("%x", transferID[:])
	}
	for _, c := range all {
		if c.data.Receiver != fw.Address() {
			continue
		}
		m, err := ParseForwardMemo(c.data.Memo)
		if err != nil {
			lastErr = err
			continue
		}
		if m == nil || (wantID != "" && !strings.EqualFold(strings.TrimPrefix(m.ID, "0x"), wantID)) {
			continue
		}
		cands, memos = append(cands, c), append(memos, m)
	}
	switch {
	case len(cands) == 0 && lastErr != nil:
		return Outcome{}, channeltypes.Packet{}, lastErr
	case len(cands) == 0:
		return Outcome{}, channeltypes.Packet{}, errorf(CodeBadHop, nil, "hop %s: tx %s received no packet for the forwarder with a Strait memo", ref, recvTx.Hash)
	case len(cands) > 1:
		return Outcome{}, channeltypes.Packet{}, errorf(CodeBadHop, nil, "hop %s: tx %s received %d forwarded packets; the hop must name its transfer id", ref, recvTx.Hash, len(cands))
	}
	in, data, memo := cands[0].pk, cands[0].data, memos[0]
	next := memo.Next[0]
	if next.Chain != toChain || next.Channel != src.End.ChannelID {
		return Outcome{}, channeltypes.Packet{}, errorf(CodeBadHop, nil, "hop %s: the committed route goes to %s over %s, not to %s over %s",
			ref, next.Chain, next.Channel, toChain, src.End.ChannelID)
	}
	amount, ok := sdkmath.NewIntFromString(data.Amount)
	if !ok {
		return Outcome{}, channeltypes.Packet{}, errorf(CodeBadEvent, nil, "hop %s: amount %q", ref, data.Amount)
	}
	denom := ReceivedDenom(in, data.Denom)
	of := fmt.Sprintf("%s/%s/%d", src.Chain.ID(), in.DestinationChannel, in.Sequence)
	// Once per incoming packet: an earlier attempt's forward is reused.
	pk, h, err := r.findForward(ctx, src.Chain, fw, of)
	if err != nil {
		return Outcome{}, channeltypes.Packet{}, err
	}
	if h == 0 {
		rest := ForwardMemo{Next: memo.Next[1:], RefundTo: memo.RefundTo, ID: memo.ID, Of: of}
		fwdMemo := ""
		if len(rest.Next) > 0 {
			fwdMemo = rest.Memo()
		} else {
			fwdMemo = fmt.Sprintf(`{"strait_forward_of":%q}`, of)
		}
		t, err := src.Chain.BlockTime(ctx, 0)
		if err != nil {
			return Outcome{}, channeltypes.Packet{}, errorf(CodeChain, err, "block time of %s", src.Chain.ID())
		}
		msg := transfertypes.NewMsgTransfer(src.End.PortID, src.End.ChannelID, sdk.NewCoin(denom, amount), fw.Address(), next.Receiver,
			clienttypes.ZeroHeight(), uint64(t.Add(r.opts.ForwardTimeout).UnixNano()), fwdMemo)
		res, err := fw.Send(ctx, msg)
		if err != nil {
			return Outcome{}, channeltypes.Packet{}, err
		}
		if !res.OK() {
			return Outcome{}, channeltypes.Packet{}, txError(src.Chain, res)
		}
		evs, err := PacketEvents(res.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			return Outcome{}, channeltypes.Packet{}, errorf(CodeBadEvent, err, "forward tx %s", res.Hash)
		}
		pk, h = evs[0].Packet, res.Height
		r.opts.Progress.HopObserved(ref, src.Chain.ID(), res.Hash, uint64(res.Height))
	}
	out, err := p.Relay(ctx, src.Chain.ID(), h, []channeltypes.Packet{pk})
	if err != nil {
		return Outcome{}, pk, err
	}
	o := out[0]
	if o.Err == nil && (o.TimedOut || (o.Ack != nil && !o.AckOK)) {
		// The next hop gave the funds back to the forwarder: send them home.
		if err := r.refundForward(ctx, fw, in, data, denom, amount, memo.RefundTo, of); err != nil {
			return o, pk, fmt.Errorf("hop %s: refund after failed forward: %w", ref, err)
		}
	}
	return o, pk, nil
}

// findForward looks for the forwarder's transfer that carries incoming
// packet `of` (its memo names it).
func (r *Relayer) findForward(ctx context.Context, c Chain, fw *Sender, of string) (channeltypes.Packet, int64, error) {
	txs, err := c.FindTx(ctx, transfertypes.EventTypeTransfer+".sender="+fw.Address())
	if err != nil {
		return channeltypes.Packet{}, 0, errorf(CodeChain, err, "forwards on %s", c.ID())
	}
	for _, tx := range txs {
		if !tx.OK() {
			continue
		}
		for _, e := range eventsOf(tx.Events, channeltypes.EventTypeSendPacket) {
			pe, err := ParsePacketEvent(e)
			if err != nil {
				continue
			}
			d, err := ParseTransferData(pe.Packet.Data)
			if err != nil || d.Sender != fw.Address() {
				continue
			}
			if strings.Contains(d.Memo, fmt.Sprintf("%q", of)) {
				return pe.Packet, tx.Height, nil
			}
		}
	}
	return channeltypes.Packet{}, 0, nil
}

// refundForward sends a failed forward's funds back over the channel they
// arrived on to the refund address (once: its memo names the packet), and
// relays that transfer.
func (r *Relayer) refundForward(ctx context.Context, fw *Sender, in channeltypes.Packet, data transfertypes.FungibleTokenPacketData,
	denom string, amount sdkmath.Int, refundTo, of string) error {
	back, err := r.path(fw.Chain().ID(), r.chainOfChannel(fw.Chain().ID(), in.DestinationChannel))
	if err != nil {
		return err
	}
	side, _, err := back.From(fw.Chain().ID())
	if err != nil {
		return err
	}
	refundOf := "refund:" + of
	pk, h, err := r.findForward(ctx, fw.Chain(), fw, refundOf)
	if err != nil {
		return err
	}
	if h == 0 {
		t, err := fw.Chain().BlockTime(ctx, 0)
		if err != nil {
			return errorf(CodeChain, err, "block time of %s", fw.Chain().ID())
		}
		msg := transfertypes.NewMsgTransfer(side.End.PortID, side.End.ChannelID, sdk.NewCoin(denom, amount), fw.Address(), refundTo,
			clienttypes.ZeroHeight(), uint64(t.Add(r.opts.RefundTimeout).UnixNano()), fmt.Sprintf(`{"strait_forward_of":%q}`, refundOf))
		res, err := fw.Send(ctx, msg)
		if err != nil {
			return err
		}
		if !res.OK() {
			return txError(fw.Chain(), res)
		}
		evs, err := PacketEvents(res.Events, channeltypes.EventTypeSendPacket)
		if err != nil || len(evs) != 1 {
			return errorf(CodeBadEvent, err, "refund tx %s", res.Hash)
		}
		pk, h = evs[0].Packet, res.Height
	}
	out, err := back.Relay(ctx, fw.Chain().ID(), h, []channeltypes.Packet{pk})
	if err != nil {
		return err
	}
	if !out[0].Done() || !out[0].AckOK {
		return errorf(CodeTxFailed, out[0].Err, "refund packet %s/%d not delivered", pk.SourceChannel, pk.Sequence)
	}
	return nil
}

// chainOfChannel is the chain at the other end of chain's channel.
func (r *Relayer) chainOfChannel(chain, channel string) string {
	for _, p := range r.opts.Paths {
		if p.Spec.A.ChainID == chain && p.Spec.A.ChannelID == channel {
			return p.Spec.B.ChainID
		}
		if p.Spec.B.ChainID == chain && p.Spec.B.ChannelID == channel {
			return p.Spec.A.ChainID
		}
	}
	return ""
}
