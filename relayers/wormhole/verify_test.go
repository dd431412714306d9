package wormhole

import (
	"bytes"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

var t0 = time.Unix(1_700_000_000, 0)

func testKeys(prefix string, n int) ([]*ecdsa.PrivateKey, []common.Address) {
	keys := make([]*ecdsa.PrivateKey, n)
	addrs := make([]common.Address, n)
	for i := range keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("test %s %d", prefix, i))))
		if err != nil {
			panic(err)
		}
		keys[i], addrs[i] = k, crypto.PubkeyToAddress(k.PublicKey)
	}
	return keys, addrs
}

func testTransfer() *Transfer {
	return &Transfer{TransferID: [32]byte{1, 2, 3}, Token: FromEVM(common.HexToAddress("0x00000000000000000000000000000000000000aa")),
		Amount: big.NewInt(250_000_000), ToChain: 31002, Recipient: FromEVM(common.HexToAddress("0x00000000000000000000000000000000000000bb")),
		RouteHash: [32]byte{9}}
}

func testVAA(t testing.TB, set uint32, payload []byte) *vaa.VAA {
	t.Helper()
	if payload == nil {
		var err error
		if payload, err = testTransfer().Encode(); err != nil {
			t.Fatal(err)
		}
	}
	return &vaa.VAA{Version: 1, GuardianSetIndex: set, Timestamp: t0, Nonce: 7, Sequence: 1<<60 + 3, ConsistencyLevel: 1,
		EmitterChain: 31001, EmitterAddress: FromEVM(common.HexToAddress("0x00000000000000000000000000000000000000cc")), Payload: payload}
}

func signBy(v *vaa.VAA, keys []*ecdsa.PrivateKey, idx ...int) []byte {
	v.Signatures = nil
	for _, i := range idx {
		v.AddSignature(keys[i], uint8(i))
	}
	b, err := v.Marshal()
	if err != nil {
		panic(err)
	}
	return b
}

func first(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = i
	}
	return out
}

func newTestSets(t testing.TB, addrs []common.Address) *Sets {
	t.Helper()
	s, err := NewSets(GuardianSet{Index: 0, Keys: addrs})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestVerifyQuorumOfWholeSet(t *testing.T) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(t, addrs)
	v := testVAA(t, 0, nil)
	if q := sets.Current().Quorum(); q != 13 {
		t.Fatalf("quorum of 19 is %d, want 13", q)
	}
	ok, err := Verify(sets, signBy(v, keys, first(13)...), t0)
	if err != nil {
		t.Fatal(err)
	}
	if ok.Digest != v.SigningDigest() || len(ok.Signers) != 13 {
		t.Fatalf("verified %+v", ok)
	}
	raw := signBy(v, keys, first(12)...)
	if _, err := Verify(sets, raw, t0); CodeOf(err) != CodeNoQuorum {
		t.Fatalf("12 of 19: %v", err)
	}
	// The SDK pitfall: given a subset of the keys, (*VAA).Verify computes
	// quorum from the subset and accepts 12 signatures.
	parsed, _ := vaa.Unmarshal(raw)
	if err := parsed.Verify(addrs[:12]); err != nil {
		t.Fatalf("expected the SDK to accept with a partial set (the pitfall this verifier avoids): %v", err)
	}
	// VerifySignatures checks no quorum at all.
	one, _ := vaa.Unmarshal(signBy(v, keys, 4))
	if !one.VerifySignatures(addrs) {
		t.Fatal("expected VerifySignatures to accept one signature")
	}
	if _, err := Check(sets, one, t0); CodeOf(err) != CodeNoQuorum {
		t.Fatalf("one signature: %v", err)
	}
}

func TestVerifyRejectsWithCodes(t *testing.T) {
	keys, addrs := testKeys("g", 19)
	outsider, _ := testKeys("outsider", 1)
	sets := newTestSets(t, addrs)
	good := signBy(testVAA(t, 0, nil), keys, first(13)...)
	cases := map[string]struct {
		raw  func() []byte
		code Code
	}{
		"forged signature": {func() []byte {
			v := testVAA(t, 0, nil)
			signBy(v, keys, first(13)...)
			f := testVAA(t, 0, nil)
			f.AddSignature(outsider[0], 5)
			v.Signatures[5] = f.Signatures[0]
			b, _ := v.Marshal()
			return b
		}, CodeBadSignature},
		"duplicated signer": {func() []byte {
			v := testVAA(t, 0, nil)
			signBy(v, keys, first(13)...)
			v.Signatures = append(v.Signatures[:6], v.Signatures[5:]...)
			b, _ := v.Marshal()
			return b
		}, CodeDuplicateSigner},
		"unordered": {func() []byte {
			v := testVAA(t, 0, nil)
			signBy(v, keys, first(13)...)
			v.Signatures[3], v.Signatures[4] = v.Signatures[4], v.Signatures[3]
			b, _ := v.Marshal()
			return b
		}, CodeSignatureOrder},
		"index outside the set": {func() []byte {
			v := testVAA(t, 0, nil)
			signBy(v, keys, first(13)...)
			v.Signatures[12].Index = 19
			b, _ := v.Marshal()
			return b
		}, CodeSignerIndex},
		"wrong guardian set index": {func() []byte { return signBy(testVAA(t, 3, nil), keys, first(13)...) }, CodeUnknownGuardianSet},
		"truncated in signatures":  {func() []byte { return good[:6+66*7+20] }, CodeMalformed},
		"truncated header":         {func() []byte { return good[:4] }, CodeMalformed},
		"empty":                    {func() []byte { return nil }, CodeMalformed},
		"version 2":                {func() []byte { b := append([]byte(nil), good...); b[0] = 2; return b }, CodeBadVersion},
		"truncated in payload":     {func() []byte { return good[:len(good)-10] }, CodeBadSignature},
		"trailing bytes":           {func() []byte { return append(append([]byte(nil), good...), 1, 2) }, CodeBadSignature},
		"no signatures":            {func() []byte { return signBy(testVAA(t, 0, nil), keys) }, CodeNoSignatures},
	}
	for name, c := range cases {
		raw := c.raw()
		in := append([]byte(nil), raw...)
		_, err := Verify(sets, raw, t0)
		if CodeOf(err) != c.code {
			t.Errorf("%s: got %v, want %s", name, err, c.code)
		}
		if !bytes.Equal(in, raw) {
			t.Errorf("%s: Verify changed its input", name)
		}
	}
}

// The SDK's parser accepts a VAA cut inside its payload: only the
// signatures (and the exact-length payload decoder) catch it.
func TestTruncatedPayloadParsesButFails(t *testing.T) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(t, addrs)
	raw := signBy(testVAA(t, 0, nil), keys, first(13)...)
	cut := raw[:len(raw)-5]
	v, err := Parse(cut)
	if err != nil {
		t.Fatalf("expected the SDK to parse a cut payload: %v", err)
	}
	if _, err := DecodeTransfer(v.Payload); CodeOf(err) != CodeBadPayload {
		t.Fatalf("cut payload decoded: %v", err)
	}
	if _, err := Verify(sets, cut, t0); CodeOf(err) != CodeBadSignature {
		t.Fatalf("cut VAA: %v", err)
	}
}

// highS rewrites a signature into its other valid form (s -> n-s, v ^ 1).
func highS(sig vaa.SignatureData) vaa.SignatureData {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(n, s)
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
	return sig
}

func TestHighSVariantIsTheSameVAA(t *testing.T) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(t, addrs)
	v := testVAA(t, 0, nil)
	raw := signBy(v, keys, first(13)...)
	v.Signatures[0].Signature = highS(v.Signatures[0].Signature)
	variant, _ := v.Marshal()
	if bytes.Equal(raw, variant) {
		t.Fatal("variant has the same bytes")
	}
	a, err := Verify(sets, raw, t0)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Verify(sets, variant, t0)
	if err != nil {
		t.Fatalf("high-S variant: %v (the SDK and ecrecover accept it, so must we, and dedupe by digest)", err)
	}
	if crypto.Keccak256Hash(raw) == crypto.Keccak256Hash(variant) || a.Digest != b.Digest {
		t.Fatal("raw hashes equal or digests differ")
	}
	l := NewLedger()
	if err := l.Consume(a, t0); err != nil {
		t.Fatal(err)
	}
	if err := l.Consume(b, t0); CodeOf(err) != CodeConsumed {
		t.Fatalf("variant consumed twice: %v", err)
	}
	// Another quorum of guardians: other bytes, same digest.
	other, err := Verify(sets, signBy(testVAA(t, 0, nil), keys, first(19)[6:]...), t0)
	if err != nil {
		t.Fatal(err)
	}
	if err := l.Consume(other, t0); CodeOf(err) != CodeConsumed {
		t.Fatalf("other quorum consumed twice: %v", err)
	}
}

func TestRotationAndExpiry(t *testing.T) {
	keys, addrs := testKeys("g", 19)
	newKeys, newAddrs := testKeys("g2", 19)
	sets := newTestSets(t, addrs)
	body := vaa.BodyGuardianSetUpdate{Keys: newAddrs, NewIndex: 1}
	p, _ := body.Serialize()
	gov := vaa.CreateGovernanceVAA(t0, 1, 1, 0, p)
	raw := signBy(gov, keys, first(13)...)
	// An upgrade from another emitter is refused.
	fake := vaa.CreateGovernanceVAA(t0, 1, 1, 0, p)
	fake.EmitterAddress = FromEVM(common.HexToAddress("0x05"))
	if _, err := ApplyUpgrade(sets, signBy(fake, keys, first(13)...), 31001, t0, time.Hour); CodeOf(err) != CodeUnknownEmitter {
		t.Fatalf("upgrade from another emitter: %v", err)
	}
	if _, err := ApplyUpgrade(sets, raw, 31001, t0, time.Hour); err != nil {
		t.Fatal(err)
	}
	if sets.Current().Index != 1 {
		t.Fatal("not rotated")
	}
	// The same upgrade again: signed by the old set, not the current.
	if _, err := ApplyUpgrade(sets, raw, 31001, t0, time.Hour); CodeOf(err) != CodeWrongGuardianSet {
		t.Fatalf("replayed upgrade: %v", err)
	}
	old := signBy(testVAA(t, 0, nil), keys, first(13)...)
	if _, err := Verify(sets, old, t0.Add(59*time.Minute)); err != nil {
		t.Fatalf("old set inside its grace: %v", err)
	}
	if _, err := Verify(sets, old, t0.Add(time.Hour)); CodeOf(err) != CodeGuardianSetExpired {
		t.Fatalf("old set after expiry: %v", err)
	}
	if _, err := Verify(sets, signBy(testVAA(t, 1, nil), newKeys, first(13)...), t0.Add(48*time.Hour)); err != nil {
		t.Fatalf("new set: %v", err)
	}
	// Old keys claiming the new index: wrong guardian set.
	if _, err := Verify(sets, signBy(testVAA(t, 1, nil), keys, first(13)...), t0); CodeOf(err) != CodeBadSignature {
		t.Fatalf("old keys under the new index: %v", err)
	}
}

func TestGuardianSetValidation(t *testing.T) {
	_, addrs := testKeys("g", 3)
	for name, keys := range map[string][]common.Address{
		"empty": nil, "zero key": {addrs[0], {}}, "repeated key": {addrs[0], addrs[1], addrs[0]},
	} {
		if _, err := NewSets(GuardianSet{Keys: keys}); CodeOf(err) != CodeBadGuardianSet {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, doc := range map[string]string{
		"not json": "{", "no index": `{"addresses":["0x01"]}`, "bad address": `{"index":1,"addresses":["zz"]}`,
		"key mismatch": `{"guardianSets":{"1":{"index":2,"addresses":["0x0000000000000000000000000000000000000001"]}}}`,
	} {
		if _, err := LoadSets([]byte(doc)); CodeOf(err) != CodeBadGuardianSet {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestDecodeText(t *testing.T) {
	raw := []byte{1, 2, 3, 250}
	for _, s := range []string{"010203fa", "0x010203FA", " AQID+g== ", "AQID-g"} {
		b, err := DecodeText(s)
		if err != nil || !bytes.Equal(b, raw) {
			t.Errorf("%q: %x %v", s, b, err)
		}
	}
	if _, err := DecodeText("not a vaa!"); CodeOf(err) != CodeMalformed {
		t.Fatal(err)
	}
}

// FuzzVerify: Verify never panics or changes its input; whatever it
// accepts, the SDK accepts with the whole set, and re-marshals to the
// same bytes.
func FuzzVerify(f *testing.F) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(f, addrs)
	f.Add(signBy(testVAA(f, 0, nil), keys, first(13)...))
	f.Add(signBy(testVAA(f, 0, []byte{1}), keys, first(19)...))
	f.Add([]byte{1, 0, 0, 0, 0, 0})
	f.Add([]byte{})
	_, _, all := loadMainnet(f)
	for _, m := range all[:3] {
		raw, _ := DecodeText(m.Hex)
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		in := append([]byte(nil), raw...)
		v, err := Verify(sets, raw, t0)
		if !bytes.Equal(in, raw) {
			t.Fatal("input changed")
		}
		if err != nil {
			if CodeOf(err) == "" {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		if err := v.VAA.Verify(addrs); err != nil {
			t.Fatalf("accepted, SDK refuses: %v", err)
		}
		out, _ := v.VAA.Marshal()
		if !bytes.Equal(out, raw) {
			t.Fatal("accepted VAA does not re-marshal to its bytes")
		}
	})
}
