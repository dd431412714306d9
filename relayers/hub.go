package relayers

import (
	"strings"
	"sync"
)

// DeliveryHub is a Progress that hands each hop's delivery transaction to
// the executor waiting on that hop: an executor calls Watch before it asks a
// relayer to execute the hop and reads Delivered afterwards.
type DeliveryHub struct {
	mu sync.Mutex
	w  map[HopRef]*DeliveryWaiter
}

// NewDeliveryHub returns an empty hub.
func NewDeliveryHub() *DeliveryHub { return &DeliveryHub{w: map[HopRef]*DeliveryWaiter{}} }

// DeliveryWaiter receives one hop's delivery transaction.
type DeliveryWaiter struct {
	mu sync.Mutex
	tx string
}

// Delivered is the hop's delivery transaction, or "" when none was reported.
func (w *DeliveryWaiter) Delivered() string { w.mu.Lock(); defer w.mu.Unlock(); return w.tx }

// Watch starts collecting ref's delivery.
func (h *DeliveryHub) Watch(ref HopRef) *DeliveryWaiter {
	h.mu.Lock()
	defer h.mu.Unlock()
	w := &DeliveryWaiter{}
	h.w[ref] = w
	return w
}

// Forget stops collecting ref's delivery.
func (h *DeliveryHub) Forget(ref HopRef) {
	h.mu.Lock()
	delete(h.w, ref)
	h.mu.Unlock()
}

// HopObserved implements Progress.
func (h *DeliveryHub) HopObserved(HopRef, string, string, uint64) {}

// HopAttested implements Progress.
func (h *DeliveryHub) HopAttested(HopRef, int) {}

// HopSubmitted implements Progress.
func (h *DeliveryHub) HopSubmitted(HopRef, string, string) {}

// HopDelivered implements Progress.
func (h *DeliveryHub) HopDelivered(ref HopRef, _ string, txID string, _ bool) {
	h.mu.Lock()
	w := h.w[ref]
	h.mu.Unlock()
	if w != nil && txID != "" {
		w.mu.Lock()
		w.tx = strings.TrimSpace(txID)
		w.mu.Unlock()
	}
}

// HopFailed implements Progress.
func (h *DeliveryHub) HopFailed(HopRef, error) {}

var _ Progress = (*DeliveryHub)(nil)
