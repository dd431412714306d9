// Package api is Strait's wire contract with wallet backends: the NATS
// subjects, the JSON request and reply types, the stable error codes, the
// JSON Schemas of every body, and a Go client. It imports nothing of Strait,
// so a wallet backend can depend on it alone.
//
// Amounts are decimal strings of base units (integers up to 256 bits); chain
// sequences and nonces that may exceed 2^53 are strings too. Times are RFC
// 3339 in UTC.
package api

// Version is the API version in every subject.
const Version = "v1"

// The service and its subjects (a nats.go micro service named "strait").
const (
	ServiceName = "strait"

	SubjectQuote          = "strait.v1.quote"
	SubjectSubmit         = "strait.v1.transfer.submit"
	SubjectGet            = "strait.v1.transfer.get"
	SubjectList           = "strait.v1.transfer.list"
	SubjectCancel         = "strait.v1.transfer.cancel"
	SubjectCatalogChains  = "strait.v1.catalog.chains"
	SubjectCatalogBridges = "strait.v1.catalog.bridges"

	// EventsPrefix + transfer id is where a transfer's status events go;
	// EventsStream is the JetStream stream that keeps them.
	EventsPrefix  = "strait.v1.events.transfer."
	EventsSubject = "strait.v1.events.transfer.*"
	EventsStream  = "STRAIT_EVENTS"

	// MaxMessageBytes bounds a request body; larger ones get CodeTooLarge.
	MaxMessageBytes = 64 << 10
)

// EventsSubjectFor is the subject of one transfer's status events.
func EventsSubjectFor(transferID string) string { return EventsPrefix + transferID }

// Status is a transfer's top-level status, in the vocabulary wallet
// developers know from the large aggregators.
type Status string

// Statuses.
const (
	StatusPending Status = "PENDING"
	StatusDone    Status = "DONE"
	StatusFailed  Status = "FAILED"
)

// Substatus refines a Status.
type Substatus string

// Substatuses, grouped by status.
const (
	// PENDING
	SubAwaitingSourceTx Substatus = "AWAITING_SOURCE_TX"
	SubSourceConfirming Substatus = "SOURCE_CONFIRMING"
	SubHopInFlight      Substatus = "HOP_IN_FLIGHT"
	SubRerouting        Substatus = "REROUTING"
	SubRefundInProgress Substatus = "REFUND_IN_PROGRESS"
	// DONE
	SubCompleted Substatus = "COMPLETED"
	SubPartial   Substatus = "PARTIAL"
	SubRefunded  Substatus = "REFUNDED"
	// FAILED
	SubExpired                    Substatus = "EXPIRED"
	SubSlippageExceeded           Substatus = "SLIPPAGE_EXCEEDED"
	SubRejected                   Substatus = "REJECTED"
	SubNotProcessableRefundNeeded Substatus = "NOT_PROCESSABLE_REFUND_NEEDED"
	SubCancelled                  Substatus = "CANCELLED"
)

// StatusOf is the status a substatus belongs to.
func StatusOf(s Substatus) Status {
	switch s {
	case SubAwaitingSourceTx, SubSourceConfirming, SubHopInFlight, SubRerouting, SubRefundInProgress:
		return StatusPending
	case SubCompleted, SubPartial, SubRefunded:
		return StatusDone
	}
	return StatusFailed
}
