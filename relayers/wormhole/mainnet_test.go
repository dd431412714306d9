package wormhole

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
	"time"

	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

type mainnetVAA struct {
	Hex              string `json:"hex"`
	EmitterChain     uint16 `json:"emitterChain"`
	EmitterAddress   string `json:"emitterAddress"`
	Sequence         string `json:"sequence"`
	GuardianSetIndex uint32 `json:"guardianSetIndex"`
	NumSignatures    int    `json:"numSignatures"`
	Quorum           int    `json:"quorum"`
	SigningDigest    string `json:"signingDigest"`
}

type setHistory struct {
	GuardianSets map[string]struct {
		Index         uint32   `json:"index"`
		Addresses     []string `json:"addresses"`
		EstablishedBy struct {
			SignedByGuardianSet uint32 `json:"signedByGuardianSet"`
			UpgradeVAAHex       string `json:"upgradeVAAHex"`
			VAATimestamp        int64  `json:"vaaTimestamp"`
		} `json:"establishedBy"`
	} `json:"guardianSets"`
}

func loadMainnet(t testing.TB) (*Sets, setHistory, []mainnetVAA) {
	t.Helper()
	raw, err := os.ReadFile("testdata/guardian-sets.json")
	if err != nil {
		t.Fatal(err)
	}
	sets, err := LoadSets(raw)
	if err != nil {
		t.Fatalf("load guardian sets: %v", err)
	}
	var hist setHistory
	if err := json.Unmarshal(raw, &hist); err != nil {
		t.Fatal(err)
	}
	var all []mainnetVAA
	for _, f := range []string{"testdata/mainnet-vaas.json", "testdata/more-mainnet-vaas.json"} {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			VAAs []mainnetVAA `json:"vaas"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		all = append(all, doc.VAAs...)
	}
	if len(all) < 16 {
		t.Fatalf("only %d mainnet VAAs in testdata", len(all))
	}
	return sets, hist, all
}

// validAt is a time at which guardian set `index` was the only one
// accepted: after the grace period of the set it replaced.
func validAt(hist setHistory, index uint32) time.Time {
	for _, g := range hist.GuardianSets {
		if g.Index == index {
			return time.Unix(g.EstablishedBy.VAATimestamp, 0).Add(GuardianSetExpiry + time.Second)
		}
	}
	return time.Time{}
}

func TestMainnetVAAsVerify(t *testing.T) {
	sets, hist, all := loadMainnet(t)
	if got := sets.Current().Index; got != 7 {
		t.Fatalf("current mainnet set %d, want 7", got)
	}
	for _, m := range all {
		raw, err := hex.DecodeString(m.Hex)
		if err != nil {
			t.Fatal(err)
		}
		at := validAt(hist, m.GuardianSetIndex)
		v, err := Verify(sets, raw, at)
		if err != nil {
			t.Fatalf("mainnet VAA %d/%s/%s: %v", m.EmitterChain, m.EmitterAddress, m.Sequence, err)
		}
		if v.Digest.Hex()[2:] != m.SigningDigest {
			t.Fatalf("digest %s, recorded %s", v.Digest.Hex(), m.SigningDigest)
		}
		if uint16(v.VAA.EmitterChain) != m.EmitterChain || hex.EncodeToString(v.VAA.EmitterAddress[:]) != m.EmitterAddress ||
			SequenceString(v.VAA.Sequence) != m.Sequence || v.VAA.GuardianSetIndex != m.GuardianSetIndex {
			t.Fatalf("fields differ from the record: %s", v.VAA.MessageID())
		}
		if len(v.Signers) != m.NumSignatures || v.Quorum != m.Quorum {
			t.Fatalf("%d signers quorum %d, recorded %d/%d", len(v.Signers), v.Quorum, m.NumSignatures, m.Quorum)
		}
		// Every signature recovered to the guardian its index names.
		for i, s := range v.VAA.Signatures {
			if v.Signers[i] != v.Set.Keys[s.Index] {
				t.Fatalf("signature %d recovered to %s, guardian %d is %s", i, v.Signers[i], s.Index, v.Set.Keys[s.Index])
			}
		}
		// The SDK agrees when given the whole right set.
		if err := v.VAA.Verify(v.Set.Keys); err != nil {
			t.Fatalf("SDK Verify disagrees: %v", err)
		}
		// A set that is long replaced is refused today.
		if m.GuardianSetIndex < 5 {
			if _, err := Verify(sets, raw, time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)); CodeOf(err) != CodeGuardianSetExpired {
				t.Fatalf("set %d in 2030: got %v, want %s", m.GuardianSetIndex, err, CodeGuardianSetExpired)
			}
		}
	}
}

// The guardian sets form a chain of trust: each upgrade VAA verifies
// against the set before it, and its payload is exactly the next set.
func TestMainnetGuardianSetChainOfTrust(t *testing.T) {
	sets, hist, _ := loadMainnet(t)
	for _, g := range hist.GuardianSets {
		if g.Index == 0 {
			continue
		}
		raw, err := hex.DecodeString(g.EstablishedBy.UpgradeVAAHex)
		if err != nil {
			t.Fatal(err)
		}
		v, err := Verify(sets, raw, validAt(hist, g.EstablishedBy.SignedByGuardianSet))
		if err != nil {
			t.Fatalf("upgrade to set %d: %v", g.Index, err)
		}
		up, err := DecodeGuardianSetUpgrade(v.VAA)
		if err != nil {
			t.Fatalf("upgrade to set %d: %v", g.Index, err)
		}
		want := sets.Get(g.Index)
		if up.NewIndex != g.Index || len(up.Keys) != len(want.Keys) {
			t.Fatalf("upgrade payload names set %d with %d keys", up.NewIndex, len(up.Keys))
		}
		for i := range up.Keys {
			if up.Keys[i] != want.Keys[i] {
				t.Fatalf("set %d key %d: upgrade says %s, file says %s", g.Index, i, up.Keys[i], want.Keys[i])
			}
		}
	}
}

// positions lists the bytes to flip in a VAA: every byte of the first VAA;
// for the others every header and body byte and, in each signature, the
// guardian index, both ends of r and s, and v (the bytes in between play
// the same role as their neighbours).
func positions(raw []byte, all bool) []int {
	var out []int
	nsig := int(raw[5])
	for i := range raw {
		sigOff := i - 6
		if all || i < 6 || sigOff >= 66*nsig {
			out = append(out, i)
			continue
		}
		switch sigOff % 66 {
		case 0, 1, 32, 33, 64, 65:
			out = append(out, i)
		}
	}
	return out
}

// Flipping any byte of a real VAA makes it fail with a coded reason, and
// so does cutting it anywhere or appending to it.
func TestMainnetVAAFlipTruncateAppend(t *testing.T) {
	sets, hist, all := loadMainnet(t)
	for n, m := range all {
		if testing.Short() && n%4 != 0 {
			continue
		}
		raw, _ := hex.DecodeString(m.Hex)
		at := validAt(hist, m.GuardianSetIndex)
		orig := append([]byte(nil), raw...)
		for _, i := range positions(raw, n == 0) {
			for _, mask := range []byte{0x01, 0xff} {
				raw[i] ^= mask
				in := append([]byte(nil), raw...)
				_, err := Verify(sets, raw, at)
				if err == nil {
					t.Fatalf("VAA %s with byte %d ^ %#x verified", m.SigningDigest, i, mask)
				}
				if CodeOf(err) == "" {
					t.Fatalf("byte %d: uncoded error %v", i, err)
				}
				if !bytes.Equal(in, raw) {
					t.Fatal("Verify changed its input")
				}
				raw[i] ^= mask
			}
		}
		if !bytes.Equal(orig, raw) {
			t.Fatal("test did not restore the VAA")
		}
		for _, cut := range positions(raw, n == 0) {
			if _, err := Verify(sets, raw[:cut], at); err == nil || CodeOf(err) == "" {
				t.Fatalf("VAA cut at %d of %d: %v", cut, len(raw), err)
			}
		}
		if _, err := Verify(sets, append(append([]byte(nil), raw...), 0), at); CodeOf(err) != CodeBadSignature {
			t.Fatalf("VAA with a trailing byte: %v", err)
		}
	}
}

func TestSequenceString(t *testing.T) {
	if s := SequenceString(18252082506122526004); s != "18252082506122526004" {
		t.Fatal(s)
	}
	var in vaa.VAA
	in.Sequence = 1<<63 + 1
	b, err := json.Marshal(NewSummary(&in, nil))
	if err != nil || !bytes.Contains(b, []byte(`"sequence":"9223372036854775809"`)) {
		t.Fatalf("sequence in JSON: %s %v", b, err)
	}
}
