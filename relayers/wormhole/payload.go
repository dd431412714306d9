package wormhole

import (
	"encoding/binary"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// The Strait transfer payload, carried in a VAA's payload (big-endian,
// Wormhole style; contracts/src/StraitWormhole.sol decodes the same bytes):
//
//	offset size field
//	0      1    payload id 0x53 ('S'), distinct from the token bridge's 1..3
//	1      1    version 1
//	2      32   transfer id
//	34     32   token: its address on the emitter's chain, left-padded
//	66     32   amount (uint256)
//	98     2    destination Wormhole chain id
//	100    32   recipient, left-padded
//	132    32   route hash: keccak256 of the route committed at the source
//	164    1    next hop: index of the route's next hop, 0 if this hop ends it
//	165    2    length n of the remaining hops
//	167    n    remaining hops (the route continuation the recipient, a
//	            Gateway, forwards along); empty iff next hop is 0
//
// Nothing may follow: the SDK's parser accepts anything after a VAA's body
// as payload, so exact length is what catches trailing bytes.
const (
	PayloadID      = 0x53
	PayloadVersion = 1
	payloadFixed   = 167
	// MaxRemaining bounds the remaining-hops field (its length is 16 bits).
	MaxRemaining = 1<<16 - 1
)

// Transfer is the decoded payload.
type Transfer struct {
	TransferID [32]byte
	Token      vaa.Address
	Amount     *big.Int
	ToChain    vaa.ChainID
	Recipient  vaa.Address
	RouteHash  [32]byte
	NextHop    uint8
	Remaining  []byte
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

func (t *Transfer) check() error {
	switch {
	case t.Amount == nil || t.Amount.Sign() <= 0:
		return errorf(CodeBadPayload, nil, "amount must be positive")
	case t.Amount.Cmp(maxUint256) > 0:
		return errorf(CodeBadPayload, nil, "amount exceeds 256 bits")
	case t.Recipient == (vaa.Address{}):
		return errorf(CodeBadPayload, nil, "recipient is zero")
	case t.ToChain == 0:
		return errorf(CodeBadPayload, nil, "destination chain is zero")
	case len(t.Remaining) > MaxRemaining:
		return errorf(CodeBadPayload, nil, "remaining hops are %d bytes, at most %d", len(t.Remaining), MaxRemaining)
	case (t.NextHop == 0) != (len(t.Remaining) == 0):
		return errorf(CodeBadPayload, nil, "next hop %d with %d bytes of remaining hops: both or neither", t.NextHop, len(t.Remaining))
	}
	return nil
}

// Encode serialises a transfer; it refuses one that Decode would refuse.
func (t *Transfer) Encode() ([]byte, error) {
	if err := t.check(); err != nil {
		return nil, err
	}
	b := make([]byte, payloadFixed+len(t.Remaining))
	b[0], b[1] = PayloadID, PayloadVersion
	copy(b[2:34], t.TransferID[:])
	copy(b[34:66], t.Token[:])
	t.Amount.FillBytes(b[66:98])
	binary.BigEndian.PutUint16(b[98:100], uint16(t.ToChain))
	copy(b[100:132], t.Recipient[:])
	copy(b[132:164], t.RouteHash[:])
	b[164] = t.NextHop
	binary.BigEndian.PutUint16(b[165:167], uint16(len(t.Remaining)))
	copy(b[167:], t.Remaining)
	return b, nil
}

// DecodeTransfer parses a payload. It copies what it keeps: the input is
// never referenced or changed.
func DecodeTransfer(p []byte) (*Transfer, error) {
	if len(p) < 2 {
		return nil, errorf(CodeBadPayload, nil, "payload is %d bytes, truncated", len(p))
	}
	if p[0] != PayloadID {
		return nil, errorf(CodeBadPayload, nil, "payload id %d is not a Strait transfer (%d)", p[0], PayloadID)
	}
	if p[1] != PayloadVersion {
		return nil, errorf(CodeBadPayload, nil, "payload version %d, want %d", p[1], PayloadVersion)
	}
	if len(p) < payloadFixed {
		return nil, errorf(CodeBadPayload, nil, "payload is %d bytes, the fixed part is %d (truncated)", len(p), payloadFixed)
	}
	n := int(binary.BigEndian.Uint16(p[165:167]))
	switch {
	case len(p) < payloadFixed+n:
		return nil, errorf(CodeBadPayload, nil, "remaining hops declare %d bytes, %d present (truncated)", n, len(p)-payloadFixed)
	case len(p) > payloadFixed+n:
		return nil, errorf(CodeBadPayload, nil, "%d trailing bytes after the payload", len(p)-payloadFixed-n)
	}
	t := &Transfer{Amount: new(big.Int).SetBytes(p[66:98]), ToChain: vaa.ChainID(binary.BigEndian.Uint16(p[98:100])), NextHop: p[164]}
	copy(t.TransferID[:], p[2:34])
	copy(t.Token[:], p[34:66])
	copy(t.Recipient[:], p[100:132])
	copy(t.RouteHash[:], p[132:164])
	if n > 0 {
		t.Remaining = append([]byte(nil), p[167:]...)
	}
	if err := t.check(); err != nil {
		return nil, err
	}
	return t, nil
}

// EVMAddress returns a 32-byte Wormhole address as an EVM address, or an
// error if its upper 12 bytes are not zero.
func EVMAddress(a vaa.Address) (common.Address, error) {
	for _, b := range a[:12] {
		if b != 0 {
			return common.Address{}, errorf(CodeBadPayload, nil, "address %x is not a left-padded EVM address", a[:])
		}
	}
	return common.BytesToAddress(a[12:]), nil
}

// FromEVM left-pads an EVM address into a Wormhole address.
func FromEVM(a common.Address) vaa.Address {
	var out vaa.Address
	copy(out[12:], a[:])
	return out
}
