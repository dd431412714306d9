package quote

import (
	"sync/atomic"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
)

// A hop's JSON is mostly its edge's: the bridge, the protocol, the two
// assets, the ETAs and the trust class are the same in every hop over that
// edge within one snapshot (only the amounts, the fee in dollars and the
// success depend on the amount). A reply holds about twenty hops over a
// few thousand edges; writing each hop's edge part from its five strings
// (each read from wherever the snapshot put it, and scanned for bytes to
// escape) and two ETAs was a fifth of the reply's time. hopParts keeps
// each edge's part written, for the current snapshot, filled as hops use
// them.

// edgeParts are an edge's api.HopParts and the hop fields they were made
// from. A hop uses them only when its fields are those very fields: the
// same strings (equal pointers make the comparisons cheap) and the same
// ETAs. Any other hop, from whatever code built it, is written in full.
type edgeParts struct {
	parts                             *api.HopParts
	bridge, protocol, from, to, trust string
	p50, p90                          float64
}

// partsCache is one snapshot's edge parts, by edge index.
type partsCache struct {
	snap  *routing.Snapshot
	edges []atomic.Pointer[edgeParts]
}

// hopParts keeps the current snapshot's cache.
type hopParts struct {
	cur atomic.Pointer[partsCache]
}

// forSnapshot returns snap's cache: a new, empty one when the snapshot
// changed (the old one goes with the quotes still writing from it).
func (h *hopParts) forSnapshot(snap *routing.Snapshot) *partsCache {
	c := h.cur.Load()
	if c != nil && c.snap == snap {
		return c
	}
	n := &partsCache{snap: snap, edges: make([]atomic.Pointer[edgeParts], len(snap.Edges))}
	if h.cur.CompareAndSwap(c, n) {
		return n
	}
	// Another quote swapped first: its cache is snap's, or a newer
	// snapshot's (then this quote's own is used once and dropped).
	if c = h.cur.Load(); c != nil && c.snap == snap {
		return c
	}
	return n
}

// get returns the parts of h's edge when h can be written from them, or
// nil. A nil cache has none.
func (c *partsCache) get(h *routing.Hop) *api.HopParts {
	if c == nil || h.Index < 0 || int(h.Index) >= len(c.edges) {
		return nil
	}
	slot := &c.edges[h.Index]
	e := slot.Load()
	if e == nil {
		// Made from the snapshot's own edge, not from h: a hop that
		// differs from its edge then never fills the slot.
		ed := &c.snap.Edges[h.Index]
		ne := &edgeParts{bridge: ed.Bridge, protocol: ed.Protocol, from: c.snap.Assets[ed.From].ID, to: c.snap.Assets[ed.To].ID,
			trust: ed.Trust.String(), p50: ed.Latency.P50, p90: ed.Latency.P90}
		p, err := api.NewHopParts(ne.bridge, ne.protocol, ne.from, ne.to, seconds(ne.p50), seconds(ne.p90), ne.trust)
		if err != nil {
			return nil // (an ETA that is not a number: the full path reports it)
		}
		ne.parts = p
		// Two quotes may make the same edge's parts at once: either's do.
		slot.Store(ne)
		e = ne
	}
	if h.Bridge != e.bridge || h.Protocol != e.protocol || h.From != e.from || h.To != e.to || h.Trust != e.trust ||
		h.P50 != e.p50 || h.P90 != e.p90 {
		return nil
	}
	return e.parts
}
