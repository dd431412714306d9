package wormhole

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestTransferRoundTrip(t *testing.T) {
	for _, tr := range []*Transfer{testTransfer(), func() *Transfer {
		x := testTransfer()
		x.NextHop, x.Remaining = 1, bytes.Repeat([]byte{7}, 300)
		x.Amount = new(big.Int).Set(maxUint256)
		return x
	}()} {
		b, err := tr.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if len(b) != payloadFixed+len(tr.Remaining) {
			t.Fatalf("encoded %d bytes", len(b))
		}
		got, err := DecodeTransfer(b)
		if err != nil {
			t.Fatal(err)
		}
		again, _ := got.Encode()
		if !bytes.Equal(again, b) || got.Amount.Cmp(tr.Amount) != 0 || got.Recipient != tr.Recipient {
			t.Fatalf("round trip differs: %+v", got)
		}
	}
}

func TestDecodeTransferRejectsWithCodes(t *testing.T) {
	good, _ := testTransfer().Encode()
	withHops := func() []byte {
		x := testTransfer()
		x.NextHop, x.Remaining = 2, []byte{1, 2, 3}
		b, _ := x.Encode()
		return b
	}
	cases := map[string][]byte{
		"empty":            nil,
		"one byte":         {PayloadID},
		"token bridge id":  append([]byte{1}, good[1:]...),
		"version 2":        append([]byte{PayloadID, 2}, good[2:]...),
		"truncated fixed":  good[:100],
		"trailing byte":    append(append([]byte(nil), good...), 0),
		"truncated hops":   withHops()[:payloadFixed+2],
		"trailing on hops": append(withHops(), 9),
		"zero amount": func() []byte {
			b := append([]byte(nil), good...)
			copy(b[66:98], make([]byte, 32))
			return b
		}(),
		"zero recipient": func() []byte {
			b := append([]byte(nil), good...)
			copy(b[100:132], make([]byte, 32))
			return b
		}(),
		"zero chain": func() []byte {
			b := append([]byte(nil), good...)
			binary.BigEndian.PutUint16(b[98:100], 0)
			return b
		}(),
		"next hop without hops": func() []byte {
			b := append([]byte(nil), good...)
			b[164] = 1
			return b
		}(),
		"hops without next hop": func() []byte {
			b := withHops()
			b[164] = 0
			return b
		}(),
	}
	for name, in := range cases {
		before := append([]byte(nil), in...)
		if _, err := DecodeTransfer(in); CodeOf(err) != CodeBadPayload {
			t.Errorf("%s: got %v, want %s", name, err, CodeBadPayload)
		}
		if !bytes.Equal(before, in) {
			t.Errorf("%s: decoder changed its input", name)
		}
	}
	bad := testTransfer()
	bad.Amount = new(big.Int).Lsh(big.NewInt(1), 256)
	if _, err := bad.Encode(); CodeOf(err) != CodeBadPayload {
		t.Fatal("encoded an amount over 256 bits")
	}
	if _, err := EVMAddress([32]byte{1}); CodeOf(err) != CodeBadPayload {
		t.Fatal("accepted a non-EVM address")
	}
	a := common.HexToAddress("0x1234")
	if got, err := EVMAddress(FromEVM(a)); err != nil || got != a {
		t.Fatal("EVM address round trip")
	}
}

// FuzzDecodeTransfer: the decoder never panics or changes its input, and
// whatever it accepts re-encodes to exactly the same bytes.
func FuzzDecodeTransfer(f *testing.F) {
	good, _ := testTransfer().Encode()
	f.Add(good)
	x := testTransfer()
	x.NextHop, x.Remaining = 1, []byte{1, 2, 3}
	hops, _ := x.Encode()
	f.Add(hops)
	f.Add([]byte{PayloadID, PayloadVersion})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, p []byte) {
		in := append([]byte(nil), p...)
		tr, err := DecodeTransfer(p)
		if !bytes.Equal(in, p) {
			t.Fatal("input changed")
		}
		if err != nil {
			if CodeOf(err) != CodeBadPayload {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		out, err := tr.Encode()
		if err != nil || !bytes.Equal(out, p) {
			t.Fatalf("accepted payload does not re-encode: %v", err)
		}
	})
}
