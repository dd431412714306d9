// Package ibc relays ICS-20 transfers between Cosmos chains with real
// ibc-go light clients on both sides: every MsgRecvPacket, MsgAcknowledgement
// and MsgTimeout carries a Merkle proof that the destination chain's
// 07-tendermint client verifies against a header Strait relayed to it.
//
// The package talks to chains through the small Chain interface; devnet/cosmos
// implements it with in-process simapp chains, and RPCChain with a real node
// over CometBFT RPC and gRPC.
package ibc

import (
	"github.com/straitnet/strait/relayers"
)

// Code is a stable error code string.
type Code = relayers.Code

// The error codes of this package: one table, stable strings.
const (
	// CodeRejected: the chain's ibc-go rejected a packet message (a forged
	// or stale proof, an altered packet, a wrong proof height). The hop
	// failed; the transfer reroutes or refunds.
	CodeRejected Code = "ibc_rejected"
	// CodeTxFailed: a transaction failed for a reason other than ibc-go's
	// verification (out of gas, insufficient fees, a bad signature).
	CodeTxFailed Code = "ibc_tx_failed"
	// CodeTimedOut: the packet expired before it was received; it was (or
	// must be) timed out on the source, which refunds the sender.
	CodeTimedOut Code = "ibc_timed_out"
	// CodeAckError: the destination application answered with an error
	// acknowledgement (the sender is refunded on the source).
	CodeAckError Code = "ibc_ack_error"
	// CodeNotFound: a transaction, packet or event the relayer looked for
	// does not exist (yet).
	CodeNotFound Code = "ibc_not_found"
	// CodeBadEvent: an event from a chain is not the packet event it claims
	// to be (missing or malformed attributes).
	CodeBadEvent Code = "ibc_bad_event"
	// CodeBadHop: the hop cannot be relayed by this relayer (unknown chain,
	// no path between the two chains, a malformed source tx hash).
	CodeBadHop Code = "ibc_bad_hop"
	// CodeBadPath: a path description is malformed or does not match the
	// chains (unknown client, connection or channel).
	CodeBadPath Code = "ibc_bad_path"
	// CodeChain: the chain could not be reached or answered nonsense.
	CodeChain Code = "ibc_chain"
	// CodeBadMemo: a transfer memo's "strait" forwarding object is
	// malformed (a wallet's input).
	CodeBadMemo Code = "ibc_bad_memo"
	// CodeBadKey: an operator key file is malformed.
	CodeBadKey Code = "ibc_bad_key"
)

// Error is a coded error (shared by every relayer kind).
type Error = relayers.Error

func errorf(code Code, err error, format string, args ...any) *Error {
	return relayers.Errorf(code, err, format, args...)
}

// CodeOf returns the code of a coded error in err's chain, or "".
func CodeOf(err error) Code { return relayers.CodeOf(err) }
