// Package strictjson decodes one JSON value from outside input the strict
// way every Strait decoder wants: unknown fields and trailing data are
// errors, and the input's size is bounded before anything is parsed.
// Callers wrap the error in their own coded error.
package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// ErrTrailing reports data after the JSON value.
var ErrTrailing = errors.New("trailing data after the JSON value")

// Decode decodes data into v. A limit > 0 refuses longer input first.
func Decode(data []byte, limit int, v any) error {
	if limit > 0 && len(data) > limit {
		return fmt.Errorf("%d bytes, at most %d", len(data), limit)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return ErrTrailing
	}
	return nil
}
