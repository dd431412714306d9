package wormhole

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// minVAALength is a header with no signature plus an empty body.
const minVAALength = 1 + 4 + 1 + 51

// Parse decodes a VAA with the SDK, with coded errors. A successful parse
// says nothing about integrity: the SDK takes everything after the body's
// fixed fields as payload, so a VAA cut inside its payload, or with bytes
// appended, still parses (and then fails signature verification).
func Parse(raw []byte) (*vaa.VAA, error) {
	if len(raw) == 0 {
		return nil, errorf(CodeMalformed, nil, "empty input")
	}
	if raw[0] != vaa.SupportedVAAVersion {
		return nil, errorf(CodeBadVersion, nil, "VAA version %d, want %d", raw[0], vaa.SupportedVAAVersion)
	}
	if len(raw) < minVAALength {
		return nil, errorf(CodeMalformed, nil, "%d bytes, a VAA has at least %d", len(raw), minVAALength)
	}
	if len(raw) >= 6 {
		// Signatures are 66 bytes each; say so plainly rather than
		// relaying the SDK's reader message.
		n := int(raw[5])
		if need := 6 + 66*n + 51; len(raw) < need {
			return nil, errorf(CodeMalformed, nil, "%d bytes, but %d signatures and a body need at least %d (truncated)", len(raw), n, need)
		}
	}
	v, err := vaa.Unmarshal(raw)
	if err != nil {
		return nil, errorf(CodeMalformed, err, "VAA does not parse")
	}
	return v, nil
}

// DecodeText reads a VAA written as hex (with or without 0x) or base64
// (standard or URL alphabet), as operators paste them.
func DecodeText(s string) ([]byte, error) {
	s = strings.TrimSpace(s)
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if b, err := hex.DecodeString(h); err == nil && len(h) > 0 {
		return b, nil
	}
	for _, enc := range []*base64.Encoding{base64.StdEncoding, base64.RawStdEncoding, base64.URLEncoding, base64.RawURLEncoding} {
		if b, err := enc.DecodeString(s); err == nil && len(b) > 0 {
			return b, nil
		}
	}
	return nil, errorf(CodeMalformed, nil, "input is neither hex nor base64")
}

// Verified is a VAA that passed verification.
type Verified struct {
	VAA *vaa.VAA
	// Digest is the SDK's SigningDigest: keccak256(keccak256(body)). It is
	// the VAA's identity for replay protection: signature bytes can change
	// (high-S variants, another subset of signers) without changing it.
	Digest common.Hash
	Set    *GuardianSet
	Quorum int
	// Signers are the guardian addresses that signed, in signature order.
	Signers []common.Address
}

// Verify checks a raw VAA against the registry at time `now`: it picks the
// guardian set by the VAA's own index (the SDK's (*VAA).Verify does not:
// it trusts whatever addresses it is given and computes quorum from their
// count), refuses a replaced set after its expiry, requires strictly
// increasing guardian indexes inside the whole set, checks that every
// signature recovers to the guardian its index names, and requires the
// whole set's quorum.
func Verify(sets *Sets, raw []byte, now time.Time) (*Verified, error) {
	v, err := Parse(raw)
	if err != nil {
		return nil, err
	}
	return Check(sets, v, now)
}

// Check verifies a parsed VAA (see Verify).
func Check(sets *Sets, v *vaa.VAA, now time.Time) (*Verified, error) {
	if v.Version != vaa.SupportedVAAVersion {
		return nil, errorf(CodeBadVersion, nil, "VAA version %d, want %d", v.Version, vaa.SupportedVAAVersion)
	}
	g, err := sets.active(v.GuardianSetIndex, now)
	if err != nil {
		return nil, err
	}
	if len(v.Signatures) == 0 {
		return nil, errorf(CodeNoSignatures, nil, "VAA %s carries no signature", v.MessageID())
	}
	q := g.Quorum()
	if len(v.Signatures) < q {
		return nil, errorf(CodeNoQuorum, nil, "%d signatures, guardian set %d (%d guardians) needs %d",
			len(v.Signatures), g.Index, len(g.Keys), q)
	}
	digest := v.SigningDigest()
	signers := make([]common.Address, len(v.Signatures))
	last := -1
	for i, sig := range v.Signatures {
		if sig == nil {
			return nil, errorf(CodeMalformed, nil, "signature %d is missing", i)
		}
		idx := int(sig.Index)
		switch {
		case idx == last:
			return nil, errorf(CodeDuplicateSigner, nil, "signature %d: guardian %d already signed", i, idx)
		case idx < last:
			return nil, errorf(CodeSignatureOrder, nil, "signature %d: guardian index %d after %d, indexes must increase", i, idx, last)
		case idx >= len(g.Keys):
			return nil, errorf(CodeSignerIndex, nil, "signature %d: guardian index %d, set %d has %d guardians", i, idx, g.Index, len(g.Keys))
		}
		last = idx
		got, err := ecrecover(digest[:], sig.Signature[:])
		if err != nil {
			return nil, errorf(CodeBadSignature, err, "signature %d (guardian %d %s) is not a valid signature", i, idx, g.Keys[idx])
		}
		if got != g.Keys[idx] {
			return nil, errorf(CodeBadSignature, nil, "signature %d claims guardian %d %s but recovers to %s (forged, or the signed body changed)",
				i, idx, g.Keys[idx], got)
		}
		signers[i] = got
	}
	return &Verified{VAA: v, Digest: digest, Set: g, Quorum: q, Signers: signers}, nil
}

// Ledger remembers consumed VAAs by signing digest, never by a hash of the
// raw bytes: a high-S variant of a signature, or another quorum of
// signers, makes different bytes for the same message.
type Ledger struct {
	mu   sync.Mutex
	seen map[common.Hash]time.Time
}

// NewLedger returns an empty ledger.
func NewLedger() *Ledger { return &Ledger{seen: map[common.Hash]time.Time{}} }

// Consume records a verified VAA, or fails with CodeConsumed if its digest
// was consumed before.
func (l *Ledger) Consume(v *Verified, now time.Time) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if at, ok := l.seen[v.Digest]; ok {
		return errorf(CodeConsumed, nil, "VAA %s (digest %s) was consumed at %s", v.VAA.MessageID(), v.Digest.Hex(), at.UTC().Format(time.RFC3339))
	}
	l.seen[v.Digest] = now
	return nil
}

// ecrecover returns the address that made a 65-byte [R || S || V] signature
// (V is 0 or 1) of the digest.
func ecrecover(digest, sig []byte) (common.Address, error) {
	pub, err := crypto.Ecrecover(digest, sig)
	if err != nil {
		return common.Address{}, err
	}
	return common.BytesToAddress(crypto.Keccak256(pub[1:])[12:]), nil
}
