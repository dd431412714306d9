// Package routing is Strait's router: the asset graph, the fee, latency and
// success models, k-best route search with Pareto pruning, splits over
// capacities, and explanations. It is pure: no actor, chain, NATS or storage
// imports, no clock and no randomness of its own. Same snapshot + request →
// same answer.
package routing

import (
	"fmt"
	"math"
	"sort"
)

// ChainKind says what kind of ledger a chain is.
type ChainKind string

// Chain is one ledger of the graph.
type Chain struct {
	ID         string    `json:"id"`
	Kind       ChainKind `json:"kind"`
	BlockTimeS float64   `json:"block_time_s"`
	FinalityS  float64   `json:"finality_s"`
	// GasAsset is the asset id of the chain's fee token (e.g. "ETH@base").
	GasAsset string `json:"gas_asset"`
	// HopGasUnits is what one delivery transaction costs on this chain, in
	// whole GasAsset tokens. It is charged to hops that land here.
	HopGasUnits float64 `json:"hop_gas"`
	// HopGas is HopGasUnits in GasAsset base units (set by the builder).
	HopGas Amount `json:"-"`
}

// Asset is a node of the routing graph: one token on one chain.
type Asset struct {
	ID       string `json:"id"` // SYMBOL@chain
	Symbol   string `json:"symbol"`
	Chain    string `json:"chain"`
	Decimals uint8  `json:"decimals"`
	Kind     string `json:"kind"` // native, wrapped, ibc
	Address  string `json:"address_or_denom,omitempty"`
	// CanonicalOf is the asset this token represents, if it is a
	// representation (a voucher, a wrapped token).
	CanonicalOf string `json:"canonical_of,omitempty"`
	// Canonical is the economic identity used for prices and for "same thing"
	// questions: USDC on every chain, axlUSDC and ibc/... vouchers of it all
	// map to "USDC".
	Canonical string `json:"canonical"`
}

// Status is an edge's operational state.
type Status uint8

// Edge statuses. Paused and circuit-open edges are never used.
const (
	StatusOpen Status = iota
	StatusDegraded
	StatusPaused
	StatusCircuitOpen
)

var statusNames = [...]string{"open", "degraded", "paused", "circuit-open"}

func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return fmt.Sprintf("status(%d)", s)
}

// ParseStatus maps a status name to a Status.
func ParseStatus(s string) (Status, bool) {
	for i, n := range statusNames {
		if n == s {
			return Status(i), true
		}
	}
	return 0, false
}

// Usable reports whether a route may use an edge in this state.
func (s Status) Usable() bool { return s == StatusOpen || s == StatusDegraded }

// TrustClass groups bridges by what a user must trust.
type TrustClass uint8

// Trust classes, from least to most trust required.
const (
	TrustNative      TrustClass = iota // on-chain swap: the chain itself
	TrustLightClient                   // IBC light clients
	TrustIssuer                        // the token issuer attests (CCTP)
	TrustOptimistic                    // optimistic verification with a challenge window
	TrustCommittee                     // guardian / validator / DVN committee signatures
)

var trustNames = [...]string{"native", "light-client", "issuer-attestation", "optimistic", "committee"}

// ParseTrustClass maps a trust class's name (TrustClass.String) back to it.
func ParseTrustClass(s string) (TrustClass, bool) {
	for i, n := range trustNames {
		if n == s {
			return TrustClass(i), true
		}
	}
	return 0, false
}

func (t TrustClass) String() string {
	if int(t) < len(trustNames) {
		return trustNames[t]
	}
	return fmt.Sprintf("trust(%d)", t)
}

// trustPenaltyPPM is the extra cost, in millionths of the transfer's value
// per hop, that the `safest` preset charges for each trust class.
var trustPenaltyPPM = [...]float64{0, 0, 20, 60, 100}

// Latency is a hop's latency distribution, in seconds.
type Latency struct {
	P50 float64 `json:"p50_s"`
	P90 float64 `json:"p90_s"`
}

// Curve is a liquidity pool's utilisation fee curve: the fee rate rises as the
// pool drains, with a kink like a lending market's rate model.
type Curve struct {
	Pool      Amount  // pool size, in units of the edge's source asset
	Available Amount  // liquidity available now (published by the bridge)
	BasePPM   float64 // fee rate at zero utilisation, millionths
	Slope1PPM float64 // added at the kink
	Slope2PPM float64 // added between the kink and full utilisation
	Kink      float64 // utilisation of the kink, in (0,1)
}

// ratePPM is the fee rate for moving a through the pool: the rate at the
// utilisation the pool reaches after the transfer.
func (c *Curve) ratePPM(a *Amount) (float64, bool) {
	if a.Gt(&c.Available) {
		return 0, false
	}
	pool := toFloat(&c.Pool)
	if pool <= 0 {
		return 0, false
	}
	used := pool - toFloat(&c.Available) + toFloat(a)
	u := used / pool
	if u > 1 {
		u = 1
	}
	r := c.BasePPM
	if u <= c.Kink {
		r += c.Slope1PPM * u / c.Kink
	} else {
		r += c.Slope1PPM + c.Slope2PPM*(u-c.Kink)/(1-c.Kink)
	}
	return r, true
}

// Fee is a hop's fee function of the amount: a base fee, a proportional rate,
// the destination gas (converted into the source asset when the snapshot is
// built), and for liquidity bridges a utilisation curve.
type Fee struct {
	Base    Amount  // in source-asset base units
	RatePPM float64 // millionths of the amount (1 bps = 100 ppm)
	// GasInAsset is the destination chain's delivery gas expressed in the
	// source asset, from the snapshot's price table.
	GasInAsset Amount
	Curve      *Curve
	// VolatilityPPM bounds how much the fee may move between quote and
	// execution (dynamic fees); the slippage bound is checked against it.
	VolatilityPPM float64
}

// Beta is a decaying Beta(α, β) estimate of a bridge's success rate, fed by
// observed hop outcomes. The prior is the pseudo-counts it starts with.
type Beta struct {
	Alpha, Beta float64
	// At is the time of the last update, in unix seconds (supplied by the
	// caller: routing has no clock).
	At float64
}

// Mean is the estimate's expected success probability.
func (b Beta) Mean() float64 {
	if b.Alpha+b.Beta <= 0 {
		return 1
	}
	return b.Alpha / (b.Alpha + b.Beta)
}

// Observe returns the estimate after one outcome at time now (unix seconds):
// the old evidence decays with the half-life towards the prior, then the
// outcome is added.
func (b Beta) Observe(success bool, now, halfLifeS float64, prior Beta) Beta {
	if halfLifeS > 0 && now > b.At && b.At > 0 {
		d := math.Exp2(-(now - b.At) / halfLifeS)
		b.Alpha = prior.Alpha + (b.Alpha-prior.Alpha)*d
		b.Beta = prior.Beta + (b.Beta-prior.Beta)*d
	}
	if success {
		b.Alpha++
	} else {
		b.Beta++
	}
	b.At = now
	return b
}

// EdgeKind distinguishes bridges from on-chain swaps.
type EdgeKind uint8

// Edge kinds.
const (
	KindBridge EdgeKind = iota
	KindSwap
)

// Edge is a hop option: one bridge instance (or swap) moving asset From to
// asset To.
type Edge struct {
	ID       string // unique: bridge id + "#" + source symbol (or the swap id)
	Bridge   string // bridge instance id (several edges may share one)
	Protocol string // cctp, ibc-transfer, wormhole-token-bridge, swap, ...
	Kind     EdgeKind
	From, To int32 // asset indices
	Fee      Fee
	Latency  Latency
	// CapLoUSD and CapHiUSD bound the liquidity of the hop in USD: an amount up
	// to CapLoUSD is carried for sure, above CapHiUSD never; in between the
	// success probability falls linearly (uniform prior, Pickhardt–Richter).
	// CapHiUSD 0 means unbounded.
	CapLoUSD, CapHiUSD float64
	Trust              TrustClass
	Status             Status
	Learned            Beta
	// Notes says where defaults were used for this edge's figures.
	Notes string
}

// liquiditySuccess is P(the hop can carry an amount worth usd), from the
// liquidity bounds.
func (e *Edge) liquiditySuccess(usd float64) float64 {
	return liquiditySuccess(e.CapLoUSD, e.CapHiUSD, usd)
}

func liquiditySuccess(lo, hi, usd float64) float64 {
	if hi <= 0 || usd <= lo {
		return 1
	}
	if usd >= hi {
		return 0
	}
	return (hi - usd) / (hi - lo)
}

// statusSuccess is the success factor of an operational state.
func (s Status) success() float64 {
	switch s {
	case StatusOpen:
		return 1
	case StatusDegraded:
		return 0.95
	}
	return 0
}

// Success is the hop's success probability for an amount worth usd: liquidity
// uncertainty × learned outcomes × status.
func (e *Edge) Success(usd float64) float64 {
	return e.liquiditySuccess(usd) * e.Learned.Mean() * e.Status.success()
}

// csr is a compressed adjacency list: the edges of node n are
// ids[start[n]:start[n+1]].
type csr struct {
	start []int32
	ids   []int32
	// other[k] is the far end of edge ids[k] (To in the out-lists, From in
	// the in-lists): the searches' sweeps read it for every edge they pass,
	// most of which they skip, and an edge itself is a large struct.
	other []int32
}

func (c *csr) of(n int32) []int32 { return c.ids[c.start[n]:c.start[n+1]] }

// ends is of(n)'s far ends, index for index.
func (c *csr) ends(n int32) []int32 { return c.other[c.start[n]:c.start[n+1]] }

// both is of(n) and ends(n), reading n's span once; the two have the
// same length.
func (c *csr) both(n int32) (ids, ends []int32) {
	lo, hi := c.start[n], c.start[n+1]
	ids = c.ids[lo:hi]
	return ids, c.other[lo:hi][:len(ids)]
}

// degree is len(of(n)).
func (c *csr) degree(n int32) int { return int(c.start[n+1] - c.start[n]) }

func buildCSR(n int, edges []Edge, key, far func(*Edge) int32) csr {
	c := csr{start: make([]int32, n+1), ids: make([]int32, len(edges)), other: make([]int32, len(edges))}
	for i := range edges {
		c.start[key(&edges[i])+1]++
	}
	for i := 1; i <= n; i++ {
		c.start[i] += c.start[i-1]
	}
	fill := append([]int32(nil), c.start[:n]...)
	for i := range edges {
		k := key(&edges[i])
		c.ids[fill[k]] = int32(i)
		c.other[fill[k]] = far(&edges[i])
		fill[k]++
	}
	return c
}

// sortedKeys returns a map's keys in order (for deterministic output).
func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
