package relayers

import (
	"context"
	"fmt"
	"sort"
	"sync"
)

// NonceSource reads an account's next nonce from the chain (the pending
// nonce of an RPC endpoint).
type NonceSource func(ctx context.Context) (uint64, error)

// NonceManager hands out the nonces of one operator key to concurrent
// senders with no gap and no reuse. A nonce is leased; the sender either
// Commits it (the transaction reached a node) or Releases it (it never
// left), and a released nonce is handed out again before any new one, so
// that a failure cannot leave a gap that would block every later
// transaction.
type NonceManager struct {
	source NonceSource

	mu       sync.Mutex
	loaded   bool
	next     uint64
	released []uint64 // sorted ascending
	leased   map[uint64]bool
}

// NewNonceManager reads the starting nonce from source on first use.
func NewNonceManager(source NonceSource) *NonceManager {
	return &NonceManager{source: source, leased: map[uint64]bool{}}
}

// Lease is one leased nonce.
type Lease struct {
	m     *NonceManager
	Nonce uint64
	done  bool
}

// Acquire leases the lowest free nonce.
func (m *NonceManager) Acquire(ctx context.Context) (*Lease, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.loaded {
		n, err := m.source(ctx)
		if err != nil {
			return nil, fmt.Errorf("load nonce: %w", err)
		}
		m.next, m.loaded = n, true
	}
	var n uint64
	if len(m.released) > 0 {
		n, m.released = m.released[0], m.released[1:]
	} else {
		n = m.next
		m.next++
	}
	m.leased[n] = true
	return &Lease{m: m, Nonce: n}, nil
}

// Commit records that the transaction with this nonce reached a node.
func (l *Lease) Commit() {
	l.m.mu.Lock()
	defer l.m.mu.Unlock()
	if l.done {
		return
	}
	l.done = true
	delete(l.m.leased, l.Nonce)
}

// Release returns a nonce whose transaction never left, to be reused first.
func (l *Lease) Release() {
	l.m.mu.Lock()
	defer l.m.mu.Unlock()
	if l.done {
		return
	}
	l.done = true
	delete(l.m.leased, l.Nonce)
	i := sort.Search(len(l.m.released), func(i int) bool { return l.m.released[i] >= l.Nonce })
	l.m.released = append(l.m.released, 0)
	copy(l.m.released[i+1:], l.m.released[i:])
	l.m.released[i] = l.Nonce
	// Released nonces at the top (no later nonce was handed out) are no
	// gap: next simply comes back down to them. What stays in released is
	// then below a nonce in flight or sent, a gap the next leases fill;
	// without this, two sends failing out of order left their nonces
	// "released" for good, and Resync refused to run until some later
	// send took them.
	for n := len(l.m.released); n > 0 && l.m.released[n-1]+1 == l.m.next; n-- {
		l.m.released = l.m.released[:n-1]
		l.m.next--
	}
}

// Resync reloads the next nonce from the chain when nothing is in flight
// (after a restart, or after another process used the key). It reports
// whether it did.
func (m *NonceManager) Resync(ctx context.Context) (bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(m.leased) > 0 || len(m.released) > 0 {
		return false, nil
	}
	n, err := m.source(ctx)
	if err != nil {
		return false, fmt.Errorf("resync nonce: %w", err)
	}
	m.next, m.loaded = n, true
	return true, nil
}
