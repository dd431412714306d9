package relayers

import (
	"errors"
	"fmt"
)

// Code is a stable error code string. Each bridge kind keeps its own table
// of codes (prefixed with its kind, e.g. "evm_timeout") in its package; they
// share this type and Error so that callers match codes the same way for
// every relayer.
type Code string

// Error is a relayer's coded error.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Code, e.Message, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf builds a coded error wrapping err (which may be nil).
func Errorf(code Code, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// CodeOf returns the code of the first coded error in err's chain, or "".
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
