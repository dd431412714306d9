package node

import (
	"fmt"
	"io"
	"log/slog"
)

const redacted = "[redacted]"

// Secret holds key material read from a file or the environment. Every way
// of printing it (String, %v/%+v/%#v/%s/%q/%x, JSON, YAML, slog) shows
// "[redacted]": a config printed in a log or an error never leaks a key.
// Reveal is the one way to read it.
//
// The bytes sit inside a closure: fmt cannot call methods on a value held
// in an unexported field (say KeyConfig.key printed with %x) and would print
// a byte slice or follow a pointer there, but it prints a func only as an
// address.
type Secret struct{ get func() []byte }

// NewSecret wraps key material.
func NewSecret(b []byte) Secret {
	c := append([]byte(nil), b...)
	return Secret{get: func() []byte { return c }}
}

// Reveal returns the material. Call it only where the key is used.
func (s Secret) Reveal() []byte {
	if s.get == nil {
		return nil
	}
	return s.get()
}

// IsZero reports an unset secret.
func (s Secret) IsZero() bool { return len(s.Reveal()) == 0 }

func (Secret) String() string               { return redacted }
func (Secret) GoString() string             { return "node.Secret{" + redacted + "}" }
func (Secret) Format(f fmt.State, _ rune)   { _, _ = io.WriteString(f, redacted) }
func (Secret) MarshalJSON() ([]byte, error) { return []byte(`"` + redacted + `"`), nil }
func (Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }
func (Secret) MarshalYAML() (any, error)    { return redacted, nil }
func (Secret) LogValue() slog.Value         { return slog.StringValue(redacted) }
