package relayers

import (
	"crypto/ecdsa"
	"fmt"
	"log/slog"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// OperatorKey is a relayer operator's signing key. It never shows the
// private key: String, GoString, Format (every verb), MarshalJSON,
// MarshalText and LogValue print the address only.
type OperatorKey struct {
	name string
	addr common.Address
	priv *ecdsa.PrivateKey
}

// NewOperatorKey wraps a private key.
func NewOperatorKey(name string, k *ecdsa.PrivateKey) OperatorKey {
	return OperatorKey{name: name, addr: crypto.PubkeyToAddress(k.PublicKey), priv: k}
}

// Name is the key's label in logs.
func (k OperatorKey) Name() string { return k.name }

// Address is the key's account.
func (k OperatorKey) Address() common.Address { return k.addr }

// Sign exposes the key only to signing code.
func (k OperatorKey) Private() *ecdsa.PrivateKey { return k.priv }

func (k OperatorKey) redacted() string {
	return fmt.Sprintf("operator-key(%s %s, private key redacted)", k.name, k.addr.Hex())
}

func (k OperatorKey) String() string             { return k.redacted() }
func (k OperatorKey) GoString() string           { return k.redacted() }
func (k OperatorKey) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(k.redacted())) }
func (k OperatorKey) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("%q", k.redacted())), nil
}
func (k OperatorKey) MarshalText() ([]byte, error) { return []byte(k.redacted()), nil }
func (k OperatorKey) LogValue() slog.Value         { return slog.StringValue(k.redacted()) }
