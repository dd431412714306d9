// Package evm relays Strait's two EVM bridge kinds: lock/mint (a committee
// of attesters signs a lock seen final on the source; the destination bridge
// mints or releases) and liquidity (a relayer fills on the destination at
// once from its pool credit and is reimbursed from the source escrow after
// finality, on the committee's word).
package evm

import (
	"github.com/straitnet/strait/relayers"
)

// Code is a stable error code string.
type Code = relayers.Code

// The error codes of this package: one table, stable strings.
const (
	// CodeBadLog: a source log is not the event it claims to be (wrong
	// contract, topic count, or data).
	CodeBadLog Code = "evm_bad_log"
	// CodeEventNotFound: the source transaction has no matching event.
	CodeEventNotFound Code = "evm_event_not_found"
	// CodeSourceReorged: the source transaction left the canonical chain
	// before it was final; nothing is delivered.
	CodeSourceReorged Code = "evm_source_reorged"
	// CodeReverted: a destination transaction would revert (or did).
	CodeReverted Code = "evm_reverted"
	// CodeAttestation: fewer than the threshold of attesters signed.
	CodeAttestation Code = "evm_attestation"
	// CodeFeeTooHigh: the liquidity fee exceeds the order's maximum.
	CodeFeeTooHigh Code = "evm_fee_too_high"
	// CodeTimeout: a wait (finality, receipt) ran out of time.
	CodeTimeout Code = "evm_timeout"
	// CodeBadHop: the hop description cannot be relayed by this relayer.
	CodeBadHop Code = "evm_bad_hop"
	// CodePaused: the contract that must act is paused (an emergency
	// pause; unpausing takes governance's timelock).
	CodePaused Code = "evm_paused"
	// CodeExpired: the order's on-chain deadline has passed.
	CodeExpired Code = "evm_expired"
	// CodeNotRefundable: the funds cannot be refunded because the hop
	// was delivered (the order was filled) or they already left.
	CodeNotRefundable Code = "evm_not_refundable"
	// CodeCancelled: the lock's delivery was cancelled at the destination
	// (its deadline passed undelivered); it is refunded at the source.
	CodeCancelled Code = "evm_cancelled"
)

// Error is a coded error (shared by every relayer kind).
type Error = relayers.Error

func errorf(code Code, err error, format string, args ...any) *Error {
	return relayers.Errorf(code, err, format, args...)
}

// CodeOf returns the code of a coded error in err's chain, or "".
func CodeOf(err error) Code { return relayers.CodeOf(err) }
