package wormhole

import (
	"encoding/hex"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// SequenceString formats a sequence for JSON: sequences exceed 2^53, which
// JSON numbers do not carry exactly in most readers.
func SequenceString(s uint64) string { return strconv.FormatUint(s, 10) }

// Summary is a VAA's fields for people and tools (`strait wormhole
// inspect`). Its JSON keys are a public contract.
type Summary struct {
	Version          uint8          `json:"version"`
	GuardianSetIndex uint32         `json:"guardian_set_index"`
	Signatures       []SigSummary   `json:"signatures"`
	Timestamp        int64          `json:"timestamp"`
	Nonce            uint32         `json:"nonce"`
	EmitterChain     uint16         `json:"emitter_chain"`
	EmitterChainName string         `json:"emitter_chain_name"`
	EmitterAddress   string         `json:"emitter_address"`
	Sequence         string         `json:"sequence"`
	ConsistencyLevel uint8          `json:"consistency_level"`
	SigningDigest    string         `json:"signing_digest"`
	Payload          string         `json:"payload"`
	PayloadKind      string         `json:"payload_kind"`
	Transfer         *TransferJSON  `json:"strait_transfer,omitempty"`
	TokenTransfer    *TokenTransfer `json:"token_transfer,omitempty"`
	Upgrade          *UpgradeJSON   `json:"guardian_set_upgrade,omitempty"`
	PayloadError     string         `json:"payload_error,omitempty"`
	// Verification is set when the VAA was verified (inspect --verify).
	Verification *VerifyJSON `json:"verification,omitempty"`
}

// SigSummary is one signature.
type SigSummary struct {
	Index     uint8  `json:"guardian_index"`
	Signature string `json:"signature"`
	// Guardian is the set's key at Index and Recovered the address the
	// signature recovers to (both only with a guardian set).
	Guardian  string `json:"guardian,omitempty"`
	Recovered string `json:"recovered,omitempty"`
}

// TransferJSON is a Strait transfer payload.
type TransferJSON struct {
	TransferID string `json:"transfer_id"`
	Token      string `json:"token"`
	Amount     string `json:"amount"`
	ToChain    uint16 `json:"to_chain"`
	Recipient  string `json:"recipient"`
	RouteHash  string `json:"route_hash"`
	NextHop    uint8  `json:"next_hop"`
	Remaining  string `json:"remaining_hops"`
}

// TokenTransfer is the header of a Wormhole token bridge transfer (the
// SDK decodes only this part; the rest of a payload-3 transfer is the
// application's).
type TokenTransfer struct {
	PayloadID    uint8  `json:"payload_id"`
	Amount       string `json:"amount"`
	TokenAddress string `json:"token_address"`
	TokenChain   uint16 `json:"token_chain"`
	To           string `json:"to"`
	ToChain      uint16 `json:"to_chain"`
}

// UpgradeJSON is a guardian set upgrade.
type UpgradeJSON struct {
	Chain    uint16   `json:"chain"`
	NewIndex uint32   `json:"new_index"`
	Keys     []string `json:"keys"`
}

// VerifyJSON is the outcome of a verification.
type VerifyJSON struct {
	OK     bool   `json:"ok"`
	Code   string `json:"code,omitempty"`
	Reason string `json:"reason,omitempty"`
	Quorum int    `json:"quorum,omitempty"`
	Set    uint32 `json:"guardian_set"`
}

// NewSummary describes a parsed VAA; with a guardian set, each signature
// also shows its guardian and the address it recovers to.
func NewSummary(v *vaa.VAA, set *GuardianSet) *Summary {
	s := &Summary{
		Version: v.Version, GuardianSetIndex: v.GuardianSetIndex, Timestamp: v.Timestamp.Unix(), Nonce: v.Nonce,
		EmitterChain: uint16(v.EmitterChain), EmitterChainName: v.EmitterChain.String(),
		EmitterAddress: hex.EncodeToString(v.EmitterAddress[:]), Sequence: SequenceString(v.Sequence),
		ConsistencyLevel: v.ConsistencyLevel, SigningDigest: v.SigningDigest().Hex(), Payload: hex.EncodeToString(v.Payload),
		Signatures: []SigSummary{},
	}
	digest := v.SigningDigest()
	for _, sig := range v.Signatures {
		if sig == nil {
			continue
		}
		ss := SigSummary{Index: sig.Index, Signature: hex.EncodeToString(sig.Signature[:])}
		if set != nil {
			if int(sig.Index) < len(set.Keys) {
				ss.Guardian = set.Keys[sig.Index].Hex()
			}
			if pub, err := cryptoRecover(digest, sig); err == nil {
				ss.Recovered = pub.Hex()
			}
		}
		s.Signatures = append(s.Signatures, ss)
	}
	switch {
	case len(v.Payload) > 0 && v.Payload[0] == PayloadID:
		s.PayloadKind = "strait-transfer"
		t, err := DecodeTransfer(v.Payload)
		if err != nil {
			s.PayloadError = err.Error()
			break
		}
		s.Transfer = &TransferJSON{TransferID: hex.EncodeToString(t.TransferID[:]), Token: hex.EncodeToString(t.Token[:]),
			Amount: t.Amount.String(), ToChain: uint16(t.ToChain), Recipient: hex.EncodeToString(t.Recipient[:]),
			RouteHash: hex.EncodeToString(t.RouteHash[:]), NextHop: t.NextHop, Remaining: hex.EncodeToString(t.Remaining)}
	case v.EmitterChain == vaa.GovernanceChain && v.EmitterAddress == vaa.GovernanceEmitter:
		s.PayloadKind = "governance"
		if up, err := DecodeGuardianSetUpgrade(v); err == nil {
			s.PayloadKind = "guardian-set-upgrade"
			u := &UpgradeJSON{Chain: uint16(up.Chain), NewIndex: up.NewIndex}
			for _, k := range up.Keys {
				u.Keys = append(u.Keys, k.Hex())
			}
			s.Upgrade = u
		}
	case vaa.IsTransfer(v.Payload):
		// Payload ids 1 and 3 mean a token transfer only from a token
		// bridge emitter; the label says what the bytes look like.
		s.PayloadKind = "token-transfer"
		h, err := vaa.DecodeTransferPayloadHdr(v.Payload)
		if err != nil {
			s.PayloadError = errorf(CodeBadPayload, err, "token transfer header").Error()
			break
		}
		s.TokenTransfer = &TokenTransfer{PayloadID: h.Type, Amount: h.Amount.String(), TokenAddress: hex.EncodeToString(h.OriginAddress[:]),
			TokenChain: uint16(h.OriginChain), To: hex.EncodeToString(h.TargetAddress[:]), ToChain: uint16(h.TargetChain)}
	default:
		s.PayloadKind = "other"
	}
	return s
}

func cryptoRecover(digest common.Hash, sig *vaa.Signature) (common.Address, error) {
	pub, err := ecrecover(digest[:], sig.Signature[:])
	if err != nil {
		return common.Address{}, err
	}
	return pub, nil
}
