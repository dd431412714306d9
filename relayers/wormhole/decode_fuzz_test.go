package wormhole

import (
	"bytes"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// FuzzLoadSets: a guardian set file never panics the loader; what it
// accepts has a valid current set, and the input is not changed.
func FuzzLoadSets(f *testing.F) {
	hist, err := os.ReadFile("testdata/guardian-sets.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(hist)
	f.Add([]byte(`{"index":3,"addresses":["0x0000000000000000000000000000000000000001"]}`))
	f.Add([]byte(`{"guardianSets":{"0":{"index":0,"addresses":[]}}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		in := bytes.Clone(data)
		s, err := LoadSets(data)
		if !bytes.Equal(in, data) {
			t.Fatal("input changed")
		}
		if err != nil {
			if CodeOf(err) != CodeBadGuardianSet {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		if err := s.Current().Validate(); err != nil {
			t.Fatalf("accepted an invalid current set: %v", err)
		}
	})
}

// FuzzDecodeGuardianSetUpgrade: whatever the decoder accepts re-serialises
// with the SDK to the same payload.
func FuzzDecodeGuardianSetUpgrade(f *testing.F) {
	_, addrs := testKeys("g", 3)
	good, _ := vaa.BodyGuardianSetUpdate{Keys: addrs, NewIndex: 1}.Serialize()
	f.Add(good)
	f.Add(good[:39])
	f.Add(append(bytes.Clone(good), 0))
	f.Fuzz(func(t *testing.T, p []byte) {
		v := vaa.CreateGovernanceVAA(t0, 0, 1, 0, p)
		in := bytes.Clone(p)
		u, err := DecodeGuardianSetUpgrade(v)
		if !bytes.Equal(in, p) {
			t.Fatal("input changed")
		}
		if err != nil {
			if CodeOf(err) == "" {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		keys := append([]common.Address(nil), u.Keys...)
		out, _ := vaa.BodyGuardianSetUpdate{Keys: keys, NewIndex: u.NewIndex}.Serialize()
		// The SDK writes chain 0; compare everything else.
		if len(out) != len(p) || !bytes.Equal(out[:33], p[:33]) || !bytes.Equal(out[35:], p[35:]) {
			t.Fatalf("accepted payload does not round trip")
		}
	})
}

// FuzzDecodeText: operator input (hex or base64) never panics the reader.
func FuzzDecodeText(f *testing.F) {
	f.Add("0x0102")
	f.Add("AQID+g==")
	f.Add("")
	f.Add("zz")
	f.Fuzz(func(t *testing.T, s string) {
		b, err := DecodeText(s)
		if err != nil {
			if CodeOf(err) != CodeMalformed {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		if len(b) == 0 {
			t.Fatal("accepted empty input")
		}
	})
}
