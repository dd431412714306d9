// Package relayers holds what every bridge relayer shares: the interface the
// transfer actors drive, progress reporting, operator keys that never print,
// RPC pools with failover and circuit breakers, per-key nonce managers,
// bounded retries with backoff and jitter, and low-balance alarms. The
// bridge kinds live in subpackages (relayers/evm, ...).
package relayers

import (
	"context"
	"fmt"
	"math/big"
	"time"
)

// HopRef names one attempt at one hop of one transfer. Every effect a
// relayer has is idempotent on it: executing the same HopRef twice, or two
// attempts of one hop, delivers at most once (the destination contract
// enforces it, and the relayer reports "already delivered").
type HopRef struct {
	Transfer string `json:"transfer"`
	Hop      int    `json:"hop"`
	Attempt  int    `json:"attempt"`
}

func (r HopRef) String() string { return fmt.Sprintf("%s/%d#%d", r.Transfer, r.Hop, r.Attempt) }

// Hop is what a relayer needs to carry one hop: the source transaction that
// started it (the wallet's or the previous hop's delivery) and where it goes.
type Hop struct {
	Ref HopRef `json:"ref"`
	// TransferID is the on-chain transfer id (bytes32).
	TransferID [32]byte `json:"transfer_id"`
	// Kind is the bridge protocol ("strait-lockmint", "strait-liquidity").
	Kind      string `json:"kind"`
	FromChain string `json:"from_chain"`
	ToChain   string `json:"to_chain"`
	// SourceTx is the transaction on FromChain whose event starts the hop.
	SourceTx string   `json:"source_tx"`
	Amount   *big.Int `json:"amount,omitempty"`
}

// Estimate is a relayer's view of a hop before it runs.
type Estimate struct {
	// Fee in the source asset's base units (liquidity fee; zero for lock/mint).
	Fee *big.Int `json:"fee"`
	// DeliveryGas is the gas the destination transaction uses (estimated).
	DeliveryGas uint64        `json:"delivery_gas"`
	ETA         time.Duration `json:"eta"`
	// Capacity is the largest amount deliverable now (nil: unbounded).
	Capacity *big.Int `json:"capacity,omitempty"`
}

// Relayer carries hops of one bridge kind.
type Relayer interface {
	// Kind is the bridge protocol name.
	Kind() string
	Estimate(ctx context.Context, hop Hop) (Estimate, error)
	// Execute runs the hop to delivery (or a definite failure) and reports
	// every step to the Progress it was built with. It returns nil once the
	// hop is delivered, including when it had been delivered before.
	Execute(ctx context.Context, hop Hop) error
}

// Progress receives a hop's steps. Tx ids are chain transaction hashes.
// Implementations must be safe for concurrent use.
type Progress interface {
	HopObserved(ref HopRef, chain, txID string, block uint64)
	HopAttested(ref HopRef, signatures int)
	HopSubmitted(ref HopRef, chain, txID string)
	// HopDelivered: already is true when another instance or an earlier
	// attempt delivered it; txID is then the delivering transaction found
	// on the chain (empty only if it is older than the relayer looks back).
	HopDelivered(ref HopRef, chain, txID string, already bool)
	HopFailed(ref HopRef, err error)
}

// NopProgress ignores every step.
type NopProgress struct{}

func (NopProgress) HopObserved(HopRef, string, string, uint64) {}
func (NopProgress) HopAttested(HopRef, int)                    {}
func (NopProgress) HopSubmitted(HopRef, string, string)        {}
func (NopProgress) HopDelivered(HopRef, string, string, bool)  {}
func (NopProgress) HopFailed(HopRef, error)                    {}
