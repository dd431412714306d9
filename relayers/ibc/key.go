package ibc

import (
	"fmt"
	"log/slog"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	sdk "github.com/cosmos/cosmos-sdk/types"
)

// Key is a relayer operator's Cosmos account key. Like relayers.OperatorKey
// it never shows the private key: String, GoString, Format (every verb),
// MarshalJSON, MarshalText and LogValue print the name and address only.
type Key struct {
	name string
	priv *secp256k1.PrivKey
	addr sdk.AccAddress
}

// NewKey wraps a secp256k1 private key.
func NewKey(name string, priv *secp256k1.PrivKey) Key {
	return Key{name: name, priv: priv, addr: sdk.AccAddress(priv.PubKey().Address())}
}

// KeyFromSeed derives a key deterministically from a seed phrase (devnet
// and tests only: an operator's key comes from their keyring).
func KeyFromSeed(name, seed string) Key {
	return NewKey(name, secp256k1.GenPrivKeyFromSecret([]byte(seed)))
}

// Name is the key's label.
func (k Key) Name() string { return k.name }

// Address is the key's account address.
func (k Key) Address() sdk.AccAddress { return k.addr }

// Private exposes the key to signing code only.
func (k Key) Private() *secp256k1.PrivKey { return k.priv }

func (k Key) redacted() string {
	return fmt.Sprintf("cosmos-key(%s %s, private key redacted)", k.name, k.addr.String())
}

func (k Key) String() string             { return k.redacted() }
func (k Key) GoString() string           { return k.redacted() }
func (k Key) Format(f fmt.State, _ rune) { _, _ = f.Write([]byte(k.redacted())) }
func (k Key) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf("%q", k.redacted())), nil
}
func (k Key) MarshalText() ([]byte, error) { return []byte(k.redacted()), nil }
func (k Key) LogValue() slog.Value         { return slog.StringValue(k.redacted()) }
