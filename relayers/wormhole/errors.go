// Package wormhole is Strait's Wormhole-style guardian bridge: a guardian
// set observes the source contract's message publications after finality,
// each guardian signs the VAA digest with the Wormhole SDK, an aggregator
// assembles the VAA once the SDK's quorum (⌊2n/3⌋+1) is reached, and a
// deliverer submits it to the destination contract, which checks the
// signatures against its current guardian set. The same verifier checks
// real mainnet VAAs.
package wormhole

import (
	"github.com/straitnet/strait/relayers"
)

// Code is a stable error code string.
type Code = relayers.Code

// The error codes of this package: one table, stable strings. Decoders
// return one of these and never change their input.
const (
	// CodeMalformed: the bytes are not a VAA (too short, cut inside the
	// header or the signatures).
	CodeMalformed Code = "wormhole_malformed"
	// CodeBadVersion: the VAA version is not 1.
	CodeBadVersion Code = "wormhole_bad_version"
	// CodeUnknownGuardianSet: no guardian set with the VAA's index is known.
	CodeUnknownGuardianSet Code = "wormhole_unknown_guardian_set"
	// CodeWrongGuardianSet: the VAA names another guardian set than the
	// one the caller requires.
	CodeWrongGuardianSet Code = "wormhole_wrong_guardian_set"
	// CodeGuardianSetExpired: the VAA's guardian set was replaced and its
	// grace period is over.
	CodeGuardianSetExpired Code = "wormhole_guardian_set_expired"
	// CodeBadGuardianSet: a guardian set definition is unusable (empty,
	// zero or repeated key, bad index).
	CodeBadGuardianSet Code = "wormhole_bad_guardian_set"
	// CodeNoSignatures: the VAA carries no signature.
	CodeNoSignatures Code = "wormhole_no_signatures"
	// CodeSignatureOrder: guardian indexes are not strictly increasing.
	CodeSignatureOrder Code = "wormhole_signature_order"
	// CodeDuplicateSigner: one guardian signed twice.
	CodeDuplicateSigner Code = "wormhole_duplicate_signer"
	// CodeSignerIndex: a signature names a guardian index outside the set.
	CodeSignerIndex Code = "wormhole_signer_index"
	// CodeBadSignature: a signature does not recover to the guardian its
	// index names (forged, or the signed bytes changed).
	CodeBadSignature Code = "wormhole_bad_signature"
	// CodeNoQuorum: fewer valid signatures than the set's quorum.
	CodeNoQuorum Code = "wormhole_no_quorum"
	// CodeConsumed: a VAA with this signing digest was already delivered.
	CodeConsumed Code = "wormhole_consumed"
	// CodeBadPayload: the payload is not a Strait transfer.
	CodeBadPayload Code = "wormhole_bad_payload"
	// CodeUnknownEmitter: the VAA comes from an emitter the destination
	// does not trust.
	CodeUnknownEmitter Code = "wormhole_unknown_emitter"
	// CodeQuorumTimeout: fewer than quorum guardians signed before the
	// deadline; nothing is delivered.
	CodeQuorumTimeout Code = "wormhole_quorum_timeout"
	// CodeEventNotFound: the source transaction has no message publication
	// for the hop.
	CodeEventNotFound Code = "wormhole_event_not_found"
	// CodeReverted: the destination contract refused the VAA.
	CodeReverted Code = "wormhole_reverted"
	// CodeBadHop: the hop cannot be carried by this relayer.
	CodeBadHop Code = "wormhole_bad_hop"
	// CodeTimeout: a wait (receipt, finality) ran out of time.
	CodeTimeout Code = "wormhole_timeout"
)

// Error is a coded error (shared by every relayer kind).
type Error = relayers.Error

func errorf(code Code, err error, format string, args ...any) *Error {
	return relayers.Errorf(code, err, format, args...)
}

// CodeOf returns the code of a coded error in err's chain, or "".
func CodeOf(err error) Code { return relayers.CodeOf(err) }
