package api

import "fmt"

// Code is a stable error code. Wallets match on codes, never on messages:
// a code, once published, keeps its meaning forever.
type Code string

// The error codes of the wallet API, in one table.
const (
	CodeInvalidJSON     Code = "INVALID_JSON"      // the body is not valid JSON or has the wrong shape
	CodeBadRequest      Code = "BAD_REQUEST"       // a field is missing or out of range
	CodeTooLarge        Code = "TOO_LARGE"         // the body exceeds MaxMessageBytes
	CodeUnknownChain    Code = "UNKNOWN_CHAIN"     // no such chain
	CodeUnknownAsset    Code = "UNKNOWN_ASSET"     // no such asset
	CodeBadAmount       Code = "BAD_AMOUNT"        // zero, negative, fractional or over 256 bits
	CodeSameAsset       Code = "SAME_ASSET"        // source and destination are the same asset
	CodeNoRoute         Code = "NO_ROUTE"          // no route satisfies the request
	CodeBadConstraints  Code = "BAD_CONSTRAINTS"   // constraints out of range or contradictory
	CodeUnknownPreset   Code = "UNKNOWN_PRESET"    // preset not known
	CodeQuoteExpired    Code = "QUOTE_EXPIRED"     // the quote's expiry has passed
	CodeUnknownQuote    Code = "UNKNOWN_QUOTE"     // no such quote
	CodeTxMismatch      Code = "TX_MISMATCH"       // the signed transaction does not do what the quote says
	CodeTxReplayed      Code = "TX_REPLAYED"       // the transaction was already submitted for another transfer
	CodeBadSignature    Code = "BAD_SIGNATURE"     // the transaction's signature does not verify
	CodeNotFound        Code = "NOT_FOUND"         // no such transfer
	CodeNotCancellable  Code = "NOT_CANCELLABLE"   // the source transaction has confirmed: too late to cancel
	CodeClientRefReused Code = "CLIENT_REF_REUSED" // client_ref already names a different transfer request
	CodeNotSubmittable  Code = "NOT_SUBMITTABLE"   // the quote has no source transaction to sign (its route starts where Strait builds none); a retry cannot help
	CodeUnavailable     Code = "UNAVAILABLE"       // the node cannot serve now (starting, overloaded); retry
	CodeInternal        Code = "INTERNAL"          // a bug: report it
)

// Codes lists every code with a one-line meaning (for docs and tests).
var Codes = map[Code]string{
	CodeInvalidJSON:     "the body is not valid JSON or has the wrong shape",
	CodeBadRequest:      "a field is missing or out of range",
	CodeTooLarge:        "the body exceeds the size limit",
	CodeUnknownChain:    "no such chain",
	CodeUnknownAsset:    "no such asset",
	CodeBadAmount:       "zero, negative, fractional or over 256 bits",
	CodeSameAsset:       "source and destination are the same asset",
	CodeNoRoute:         "no route satisfies the request",
	CodeBadConstraints:  "constraints out of range or contradictory",
	CodeUnknownPreset:   "preset not known",
	CodeQuoteExpired:    "the quote has expired",
	CodeUnknownQuote:    "no such quote",
	CodeTxMismatch:      "the signed transaction does not match the quote",
	CodeTxReplayed:      "the transaction was already submitted",
	CodeBadSignature:    "the transaction's signature does not verify",
	CodeNotFound:        "no such transfer",
	CodeNotCancellable:  "too late to cancel",
	CodeClientRefReused: "client_ref already names a different request",
	CodeNotSubmittable:  "the quote cannot be submitted (no source transaction)",
	CodeUnavailable:     "the node cannot serve now; retry",
	CodeInternal:        "internal error",
}

// Error is the body of every error reply: {"error":{"code","message","field"}}.
type Error struct {
	Code    Code   `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
}

// ErrorReply wraps an Error on the wire.
type ErrorReply struct {
	Error *Error `json:"error"`
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s (field %s)", e.Code, e.Message, e.Field)
	}
	return fmt.Sprintf("%s: %s", e.Code, e.Message)
}

// Errorf builds an Error.
func Errorf(code Code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}
