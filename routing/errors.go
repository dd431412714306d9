package routing

import (
	"errors"
	"fmt"
)

// Code is a stable, machine-readable error code. Codes are part of Strait's
// public contract: wallets and scripts match on them, so never rename one.
type Code string

// The routing error codes, in one table.
const (
	CodeBadRequest        Code = "ROUTE_BAD_REQUEST"        // malformed request (JSON, types)
	CodeUnknownAsset      Code = "ROUTE_UNKNOWN_ASSET"      // source or destination not in the snapshot
	CodeBadAmount         Code = "ROUTE_BAD_AMOUNT"         // zero, negative, non-integer or over 256 bits
	CodeSameAsset         Code = "ROUTE_SAME_ASSET"         // source equals destination
	CodeNoRoute           Code = "ROUTE_NO_ROUTE"           // no route satisfies the request
	CodeBadConstraints    Code = "ROUTE_BAD_CONSTRAINTS"    // constraints out of range or contradictory
	CodeUnknownPreset     Code = "ROUTE_UNKNOWN_PRESET"     // preset name not known
	CodeBadTopology       Code = "ROUTE_BAD_TOPOLOGY"       // a topology file that cannot be loaded
	CodeUnknownEdge       Code = "ROUTE_UNKNOWN_EDGE"       // an edge update names an unknown edge
	CodeInsufficientSplit Code = "ROUTE_SPLIT_INSUFFICIENT" // total capacity cannot carry the amount
)

// Error is a coded routing error. Field names the request field at fault, when
// there is one.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (field %s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

func errf(code Code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// CodeOf returns the code of a routing error anywhere in err's chain, or "".
func CodeOf(err error) Code {
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}
