package ibc

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	abci "github.com/cometbft/cometbft/abci/types"
)

func sendEvent(seq, data, th, ts string) abci.Event {
	return abci.Event{Type: "send_packet", Attributes: []abci.EventAttribute{
		{Key: "packet_data_hex", Value: data},
		{Key: "packet_timeout_height", Value: th},
		{Key: "packet_timeout_timestamp", Value: ts},
		{Key: "packet_sequence", Value: seq},
		{Key: "packet_src_port", Value: "transfer"},
		{Key: "packet_src_channel", Value: "channel-0"},
		{Key: "packet_dst_port", Value: "transfer"},
		{Key: "packet_dst_channel", Value: "channel-3"},
	}}
}

func TestParsePacketEvent(t *testing.T) {
	good := sendEvent("7", "7b22616d6f756e74223a2231227d", "0-0", "1767225600000000000")
	pe, err := ParsePacketEvent(good)
	if err != nil {
		t.Fatal(err)
	}
	if pe.Packet.Sequence != 7 || pe.Packet.DestinationChannel != "channel-3" || string(pe.Packet.Data) != `{"amount":"1"}` {
		t.Fatalf("parsed %+v", pe.Packet)
	}
	bad := []abci.Event{
		{Type: "transfer"},
		sendEvent("0", "7b7d", "0-0", "1"),                           // sequence 0
		sendEvent("x", "7b7d", "0-0", "1"),                           // not a number
		sendEvent("1", "zz", "0-0", "1"),                             // not hex
		sendEvent("1", "", "0-0", "1"),                               // no data
		sendEvent("1", "7b7d", "nope", "1"),                          // bad height
		sendEvent("1", "7b7d", "0-0", "-1"),                          // bad timestamp
		sendEvent("1", "7b7d", "0-0", "0"),                           // no timeout at all
		{Type: "send_packet", Attributes: good.Attributes[:3]},       // missing attributes
		{Type: "write_acknowledgement", Attributes: good.Attributes}, // no ack
	}
	for i, e := range bad {
		if _, err := ParsePacketEvent(e); CodeOf(err) != CodeBadEvent {
			t.Errorf("case %d: err %v, want %s", i, err, CodeBadEvent)
		}
	}
}

func FuzzParsePacketEvent(f *testing.F) {
	f.Add("7", "7b22616d6f756e74223a2231227d", "0-0", "1767225600000000000", "channel-0")
	f.Add("1", "00", "1-100", "0", "channel-9")
	f.Add("18446744073709551615", "ff", "0-1", "1", "")
	f.Fuzz(func(t *testing.T, seq, data, th, ts, ch string) {
		e := sendEvent(seq, data, th, ts)
		e.Attributes[5].Value = ch
		before := fmt.Sprint(e)
		pe, err := ParsePacketEvent(e)
		if fmt.Sprint(e) != before {
			t.Fatal("decoder changed its input")
		}
		if err != nil {
			if CodeOf(err) != CodeBadEvent {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if err := pe.Packet.ValidateBasic(); err != nil {
			t.Fatalf("accepted an invalid packet: %v", err)
		}
	})
}

func TestParsePathSpec(t *testing.T) {
	good := `{"a":{"chain_id":"a-1","client_id":"07-tendermint-0","connection_id":"connection-0","port_id":"transfer","channel_id":"channel-0"},
"b":{"chain_id":"b-1","client_id":"07-tendermint-2","connection_id":"connection-1","port_id":"transfer","channel_id":"channel-4"}}`
	p, err := ParsePathSpec([]byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if p.Reversed().A.ChannelID != "channel-4" {
		t.Fatalf("reversed %+v", p.Reversed())
	}
	for i, s := range []string{
		``, `{}`, `[]`, good + `{}`,
		strings.Replace(good, `"a-1"`, `"b-1"`, 1),
		strings.Replace(good, `channel-0`, `chan 0`, 1),
		strings.Replace(good, `"port_id"`, `"port"`, 1),
		strings.Replace(good, `07-tendermint-0`, ``, 1),
	} {
		if _, err := ParsePathSpec([]byte(s)); CodeOf(err) != CodeBadPath {
			t.Errorf("case %d: err %v, want %s", i, err, CodeBadPath)
		}
	}
}

func FuzzParsePathSpec(f *testing.F) {
	f.Add([]byte(`{"a":{"chain_id":"a-1","client_id":"07-tendermint-0","connection_id":"connection-0","port_id":"transfer","channel_id":"channel-0"},"b":{"chain_id":"b-1","client_id":"07-tendermint-0","connection_id":"connection-0","port_id":"transfer","channel_id":"channel-0"}}`))
	f.Add([]byte(`{"a":{}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		in := append([]byte(nil), b...)
		p, err := ParsePathSpec(b)
		if !bytes.Equal(in, b) {
			t.Fatal("decoder changed its input")
		}
		if err != nil {
			if CodeOf(err) != CodeBadPath {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("accepted an invalid path: %v", err)
		}
	})
}

func TestParseKeyAndRedaction(t *testing.T) {
	k := KeyFromSeed("op", "seed")
	got, err := ParseKey("op", []byte("0x"+k.Hex()+"\n"))
	if err != nil || !got.Address().Equals(k.Address()) {
		t.Fatalf("round trip: %v %v", got, err)
	}
	secret := k.Hex()
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("key", "key", k)
	js, _ := json.Marshal(map[string]any{"k": k})
	for _, s := range []string{k.String(), fmt.Sprintf("%v %+v %#v %s %x %q", k, k, k, k, k, k), logs.String(), string(js)} {
		if strings.Contains(strings.ToLower(s), secret) || !strings.Contains(s, "redacted") {
			t.Fatalf("key printed: %s", s)
		}
	}
	for i, s := range []string{"", "zz", secret[:62], strings.Repeat("0", 64), secret + "00"} {
		_, err := ParseKey("op", []byte(s))
		if CodeOf(err) != CodeBadKey {
			t.Errorf("case %d: err %v, want %s", i, err, CodeBadKey)
		}
		if err != nil && len(s) > 8 && strings.Contains(err.Error(), s[:8]) {
			t.Errorf("case %d: error shows key material: %v", i, err)
		}
	}
}

func FuzzParseKey(f *testing.F) {
	f.Add([]byte("0x" + strings.Repeat("ab", 32)))
	f.Add([]byte("nope"))
	f.Fuzz(func(t *testing.T, b []byte) {
		k, err := ParseKey("op", b)
		if err != nil {
			if CodeOf(err) != CodeBadKey {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if strings.Contains(k.String(), k.Hex()) {
			t.Fatal("key printed")
		}
	})
}
