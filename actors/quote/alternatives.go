package quote

import (
	"math"

	"github.com/straitnet/strait/routing"
)

// DefaultAlternatives is how many alternatives the service commits, at
// most, from each intermediate asset of a quoted route.
const DefaultAlternatives = 2

// Alt is an alternative to the rest of a quoted route: a route from the
// asset the funds hold after hop Hop-1 (before hop Hop) to the
// destination.
type Alt struct {
	Hop   int // the chosen route's hop it replaces (and all after it)
	Route routing.Route
}

// alternatives finds, for each intermediate asset of the chosen route, the
// best routes to the destination that avoid the bridge of the route's next
// hop and still meet the quote's bounds: the request's constraints, an
// expected output at least the chosen route's minimum output, and a p90
// arrival (the chosen route's hops up to that asset, then the
// alternative) within the on-chain deadline the builder gives the route
// (3 × the route's p90, at least minDeadline).
//
// It also leaves out a route the contracts would refuse for this transfer
// id: bridges take a transfer id once per source contract, and a Gateway
// that saw the transfer forwards only along the route it saw. So an
// alternative may not start a hop on a bridge the chosen route already
// used from that chain, nor pass through a chain the chosen route left
// before the intermediate asset.
func alternatives(snap *routing.Snapshot, req routing.Request, chosen *routing.Route, perAsset int, minDeadline float64) []Alt {
	if perAsset <= 0 || len(chosen.Hops) < 2 {
		return nil
	}
	chainOf := func(asset string) string {
		if i, ok := snap.AssetIndex(asset); ok {
			return snap.Assets[i].Chain
		}
		return ""
	}
	budget := math.Max(3*chosen.ETAP90, minDeadline)
	var out []Alt
	elapsed := 0.0
	for i := 1; i < len(chosen.Hops); i++ {
		elapsed += chosen.Hops[i-1].P90
		held := chosen.Hops[i-1].To
		used := map[string]bool{}    // chain|protocol the route started a hop on
		visited := map[string]bool{} // chains the route left before held
		for _, h := range chosen.Hops[:i] {
			c := chainOf(h.From)
			used[c+"|"+h.Protocol] = true
			visited[c] = true
		}
		r := req
		r.From, r.Amount, r.K, r.Split = held, chosen.Hops[i-1].AmountOut, perAsset+2, "never"
		r.Constraints.DenyBridges = append(append([]string(nil), req.Constraints.DenyBridges...), chosen.Hops[i].Bridge)
		ans, err := snap.Route(r)
		if err != nil {
			continue // no way on from here: this asset commits nothing
		}
		n := 0
		for _, a := range ans.Routes {
			if n == perAsset {
				break
			}
			if a.AmountOut.Lt(&chosen.MinOut) || elapsed+a.ETAP90 > budget {
				continue
			}
			ok := true
			for k, h := range a.Hops {
				c := chainOf(h.From)
				if used[c+"|"+h.Protocol] || (k > 0 && visited[c]) {
					ok = false
					break
				}
			}
			if ok {
				out = append(out, Alt{Hop: i, Route: a})
				n++
			}
		}
	}
	return out
}
