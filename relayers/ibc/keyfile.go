package ibc

import (
	"bytes"
	"encoding/hex"
	"os"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
)

// ParseKey decodes a hex-encoded 32-byte secp256k1 private key (outside
// input: an operator's key file). Errors never include the input.
func ParseKey(name string, b []byte) (Key, error) {
	b = bytes.TrimSpace(b)
	b = bytes.TrimPrefix(b, []byte("0x"))
	if len(b) != 64 {
		return Key{}, errorf(CodeBadKey, nil, "key %s: want 64 hex digits, got %d characters", name, len(b))
	}
	raw := make([]byte, 32)
	if _, err := hex.Decode(raw, b); err != nil {
		return Key{}, errorf(CodeBadKey, nil, "key %s: not hex", name)
	}
	if bytes.Equal(raw, make([]byte, 32)) {
		return Key{}, errorf(CodeBadKey, nil, "key %s: zero key", name)
	}
	return NewKey(name, &secp256k1.PrivKey{Key: raw}), nil
}

// LoadKey reads a key file written as ParseKey expects.
func LoadKey(name, path string) (Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return Key{}, errorf(CodeBadKey, err, "key %s", name)
	}
	return ParseKey(name, b)
}

// Hex returns the private key in the key-file format (for writing devnet
// key files; never logged).
func (k Key) Hex() string { return hex.EncodeToString(k.priv.Key) }
