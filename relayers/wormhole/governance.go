package wormhole

import (
	"bytes"
	"encoding/binary"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// GuardianSetUpgrade is the payload of a Core governance VAA that installs
// a new guardian set (the SDK's BodyGuardianSetUpdate, decoded).
type GuardianSetUpgrade struct {
	// Chain the upgrade is for (0: every chain).
	Chain    vaa.ChainID
	NewIndex uint32
	Keys     []common.Address
}

// DecodeGuardianSetUpgrade checks that a VAA comes from the governance
// emitter (the SDK's GovernanceChain/GovernanceEmitter, as on Wormhole's
// networks) and decodes its Core guardian-set-upgrade payload exactly:
// module "Core", action 2, then index, key count and keys, and nothing
// after them. It does not verify signatures (see ApplyUpgrade).
func DecodeGuardianSetUpgrade(v *vaa.VAA) (*GuardianSetUpgrade, error) {
	if v.EmitterChain != vaa.GovernanceChain || v.EmitterAddress != vaa.GovernanceEmitter {
		return nil, errorf(CodeUnknownEmitter, nil, "governance VAA from %d/%s, not the governance emitter", v.EmitterChain, v.EmitterAddress)
	}
	p := v.Payload
	const fixed = 32 + 1 + 2 + 4 + 1
	if len(p) < fixed {
		return nil, errorf(CodeBadPayload, nil, "guardian set upgrade is %d bytes, at least %d", len(p), fixed)
	}
	if !bytes.Equal(p[:32], vaa.CoreModule) {
		return nil, errorf(CodeBadPayload, nil, "governance module %x is not Core", p[:32])
	}
	if vaa.GovernanceAction(p[32]) != vaa.ActionGuardianSetUpdate {
		return nil, errorf(CodeBadPayload, nil, "governance action %d is not a guardian set upgrade (%d)", p[32], vaa.ActionGuardianSetUpdate)
	}
	u := &GuardianSetUpgrade{Chain: vaa.ChainID(binary.BigEndian.Uint16(p[33:35])), NewIndex: binary.BigEndian.Uint32(p[35:39])}
	n := int(p[39])
	if len(p) != fixed+20*n {
		return nil, errorf(CodeBadPayload, nil, "guardian set upgrade declares %d keys in %d bytes, want %d", n, len(p), fixed+20*n)
	}
	for i := 0; i < n; i++ {
		u.Keys = append(u.Keys, common.BytesToAddress(p[fixed+20*i:fixed+20*i+20]))
	}
	return u, nil
}

// ApplyUpgrade verifies a guardian set upgrade VAA against the registry
// (it must be signed by the current set, as Wormhole's core contract
// requires), and rotates: the new set becomes current, the old one stays
// accepted for `grace` after `now`. `chain` is this chain's id; an upgrade
// for another chain is refused.
func ApplyUpgrade(sets *Sets, raw []byte, chain vaa.ChainID, now time.Time, grace time.Duration) (*Verified, error) {
	ver, err := Verify(sets, raw, now)
	if err != nil {
		return nil, err
	}
	if cur := sets.Current().Index; ver.VAA.GuardianSetIndex != cur {
		return nil, errorf(CodeWrongGuardianSet, nil, "upgrade signed by set %d, the current set is %d", ver.VAA.GuardianSetIndex, cur)
	}
	up, err := DecodeGuardianSetUpgrade(ver.VAA)
	if err != nil {
		return nil, err
	}
	if up.Chain != 0 && up.Chain != chain {
		return nil, errorf(CodeBadPayload, nil, "upgrade for chain %d, this is %d", up.Chain, chain)
	}
	if err := sets.Rotate(GuardianSet{Index: up.NewIndex, Keys: up.Keys}, now, grace); err != nil {
		return nil, err
	}
	return ver, nil
}
