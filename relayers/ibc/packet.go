package ibc

import (
	"encoding/hex"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
)

// PacketEvent is a packet read from a send_packet or write_acknowledgement
// event, with the acknowledgement for the latter.
type PacketEvent struct {
	Packet channeltypes.Packet
	Ack    []byte
}

// ParsePacketEvent decodes a send_packet or write_acknowledgement event.
// Events come from chains (outside input): every attribute is checked, and
// a malformed event is a CodeBadEvent error.
func ParsePacketEvent(e abci.Event) (PacketEvent, error) {
	if e.Type != channeltypes.EventTypeSendPacket && e.Type != channeltypes.EventTypeWriteAck {
		return PacketEvent{}, errorf(CodeBadEvent, nil, "event %q is not a packet event", e.Type)
	}
	get := func(key string) (string, error) {
		v, ok := attrOf(e, key)
		if !ok {
			return "", errorf(CodeBadEvent, nil, "%s event without %s", e.Type, key)
		}
		return v, nil
	}
	var out PacketEvent
	p := &out.Packet
	var err error
	var s string
	if s, err = get(channeltypes.AttributeKeySequence); err != nil {
		return PacketEvent{}, err
	}
	if p.Sequence, err = strconv.ParseUint(s, 10, 64); err != nil || p.Sequence == 0 {
		return PacketEvent{}, errorf(CodeBadEvent, err, "%s: sequence %q", e.Type, s)
	}
	for _, f := range []struct {
		key   string
		dst   *string
		valid func(string) error
	}{
		{channeltypes.AttributeKeySrcPort, &p.SourcePort, host.PortIdentifierValidator},
		{channeltypes.AttributeKeySrcChannel, &p.SourceChannel, host.ChannelIdentifierValidator},
		{channeltypes.AttributeKeyDstPort, &p.DestinationPort, host.PortIdentifierValidator},
		{channeltypes.AttributeKeyDstChannel, &p.DestinationChannel, host.ChannelIdentifierValidator},
	} {
		if *f.dst, err = get(f.key); err != nil {
			return PacketEvent{}, err
		}
		if err := f.valid(*f.dst); err != nil {
			return PacketEvent{}, errorf(CodeBadEvent, err, "%s: %s", e.Type, f.key)
		}
	}
	if s, err = get(channeltypes.AttributeKeyDataHex); err != nil {
		return PacketEvent{}, err
	}
	if p.Data, err = hex.DecodeString(s); err != nil || len(p.Data) == 0 {
		return PacketEvent{}, errorf(CodeBadEvent, err, "%s: packet data", e.Type)
	}
	if s, err = get(channeltypes.AttributeKeyTimeoutHeight); err != nil {
		return PacketEvent{}, err
	}
	if p.TimeoutHeight, err = clienttypes.ParseHeight(s); err != nil {
		return PacketEvent{}, errorf(CodeBadEvent, err, "%s: timeout height %q", e.Type, s)
	}
	if s, err = get(channeltypes.AttributeKeyTimeoutTimestamp); err != nil {
		return PacketEvent{}, err
	}
	if p.TimeoutTimestamp, err = strconv.ParseUint(s, 10, 64); err != nil {
		return PacketEvent{}, errorf(CodeBadEvent, err, "%s: timeout timestamp %q", e.Type, s)
	}
	if err := p.ValidateBasic(); err != nil {
		return PacketEvent{}, errorf(CodeBadEvent, err, "%s: packet", e.Type)
	}
	if e.Type == channeltypes.EventTypeWriteAck {
		if s, err = get(channeltypes.AttributeKeyAckHex); err != nil {
			return PacketEvent{}, err
		}
		if out.Ack, err = hex.DecodeString(s); err != nil || len(out.Ack) == 0 {
			return PacketEvent{}, errorf(CodeBadEvent, err, "%s: acknowledgement", e.Type)
		}
	}
	return out, nil
}

// PacketEvents decodes every event of type typ in events (send_packet or
// write_acknowledgement).
func PacketEvents(events []abci.Event, typ string) ([]PacketEvent, error) {
	var out []PacketEvent
	for _, e := range eventsOf(events, typ) {
		pe, err := ParsePacketEvent(e)
		if err != nil {
			return nil, err
		}
		out = append(out, pe)
	}
	return out, nil
}

// AckSuccess reports whether an acknowledgement is a success (ICS-20 and
// every app that uses the standard channeltypes.Acknowledgement envelope).
func AckSuccess(ack []byte) (bool, string) {
	var a channeltypes.Acknowledgement
	if err := channeltypes.SubModuleCdc.UnmarshalJSON(ack, &a); err != nil {
		return false, "undecodable acknowledgement"
	}
	if a.Success() {
		return true, ""
	}
	return false, a.GetError()
}
