package routing

import (
	"fmt"
	"math"
	"strings"
)

// PoolSpec describes a liquidity bridge's pool in USD, for the builder.
type PoolSpec struct {
	PoolUSD, AvailableUSD         float64
	BasePPM, Slope1PPM, Slope2PPM float64
	Kink                          float64
}

// EdgeSpec describes a hop option in human units; the builder turns it into
// an Edge with base-unit amounts.
type EdgeSpec struct {
	ID, Bridge, Protocol string
	Kind                 EdgeKind
	From, To             string  // asset ids
	BaseUnits            float64 // base fee, in whole source tokens
	RatePPM              float64
	VolatilityPPM        float64
	Pool                 *PoolSpec
	Latency              Latency
	CapLoUSD, CapHiUSD   float64
	Trust                TrustClass
	Status               Status
	Prior                Beta
	// NoDestGas: the hop's destination gas is already in the fee (swaps pay
	// their own gas on the source chain).
	NoDestGas bool
	Notes     string
}

// Builder assembles a Snapshot and validates it.
type Builder struct {
	name   string
	chains []Chain
	assets []Asset
	specs  []EdgeSpec
	prices map[string]float64
}

// NewBuilder starts an empty snapshot called name.
func NewBuilder(name string) *Builder {
	return &Builder{name: name, prices: map[string]float64{}}
}

// SetPrice sets the USD price of a canonical asset.
func (b *Builder) SetPrice(canonical string, usd float64) { b.prices[canonical] = usd }

// AddChain adds a chain.
func (b *Builder) AddChain(c Chain) { b.chains = append(b.chains, c) }

// AddAsset adds an asset. An empty Canonical is derived from CanonicalOf.
func (b *Builder) AddAsset(a Asset) { b.assets = append(b.assets, a) }

// AddEdge adds a hop option.
func (b *Builder) AddEdge(e EdgeSpec) { b.specs = append(b.specs, e) }

// HasAsset reports whether an asset id was added.
func (b *Builder) HasAsset(id string) bool {
	for i := range b.assets {
		if b.assets[i].ID == id {
			return true
		}
	}
	return false
}

// CanonicalSymbol maps a root token symbol to its economic identity: wrapped
// gas tokens are the gas token (WETH is ETH), the rest are themselves.
func CanonicalSymbol(sym string) string {
	switch sym {
	case "WETH", "ETH":
		return "ETH"
	case "WBTC", "BTC":
		return "BTC"
	}
	return sym
}

// Build validates the pieces and returns the snapshot. Every problem found is
// reported in one CodeBadTopology error.
func (b *Builder) Build() (*Snapshot, error) {
	var problems []string
	bad := func(format string, args ...any) {
		if len(problems) < 20 {
			problems = append(problems, fmt.Sprintf(format, args...))
		}
	}
	s := &Snapshot{Name: b.name, Prices: b.prices}
	s.Chains = append([]Chain(nil), b.chains...)
	s.Assets = append([]Asset(nil), b.assets...)

	chainSeen := map[string]bool{}
	for _, c := range s.Chains {
		if c.ID == "" || chainSeen[c.ID] {
			bad("chain id %q empty or repeated", c.ID)
		}
		chainSeen[c.ID] = true
	}
	byID := map[string]int{}
	for i, a := range s.Assets {
		if _, dup := byID[a.ID]; dup || a.ID == "" {
			bad("asset id %q empty or repeated", a.ID)
		}
		byID[a.ID] = i
		if !chainSeen[a.Chain] {
			bad("asset %s: unknown chain %q", a.ID, a.Chain)
		}
		if a.Decimals > 60 {
			bad("asset %s: %d decimals", a.ID, a.Decimals)
		}
	}
	// Canonical ids follow CanonicalOf to the root token.
	for i := range s.Assets {
		if s.Assets[i].Canonical != "" {
			continue
		}
		cur, hops := i, 0
		for s.Assets[cur].CanonicalOf != "" && hops < 16 {
			j, ok := byID[s.Assets[cur].CanonicalOf]
			if !ok {
				bad("asset %s: canonical_of %q unknown", s.Assets[cur].ID, s.Assets[cur].CanonicalOf)
				break
			}
			cur, hops = j, hops+1
		}
		if hops >= 16 {
			bad("asset %s: canonical_of cycle", s.Assets[i].ID)
		}
		s.Assets[i].Canonical = CanonicalSymbol(s.Assets[cur].Symbol)
	}
	for _, a := range s.Assets {
		if p, ok := b.prices[a.Canonical]; !ok || !(p > 0) || math.IsInf(p, 0) {
			bad("asset %s: no price for canonical asset %q", a.ID, a.Canonical)
		}
	}
	if len(problems) > 0 {
		return nil, errf(CodeBadTopology, "", "%s", strings.Join(problems, "; "))
	}
	s.finish(nil)
	for i := range s.Chains {
		c := &s.Chains[i]
		if c.GasAsset == "" {
			continue
		}
		gi, ok := s.assetIdx[c.GasAsset]
		if !ok {
			bad("chain %s: gas asset %q unknown", c.ID, c.GasAsset)
			continue
		}
		c.HopGas = amountFromUnits(c.HopGasUnits, s.Assets[gi].Decimals)
	}

	edgeSeen := map[string]bool{}
	s.Edges = make([]Edge, 0, len(b.specs))
	for _, sp := range b.specs {
		from, okf := s.assetIdx[sp.From]
		to, okt := s.assetIdx[sp.To]
		if !okf || !okt {
			bad("edge %s: unknown asset %q or %q", sp.ID, sp.From, sp.To)
			continue
		}
		if from == to {
			bad("edge %s: loops on %s", sp.ID, sp.From)
			continue
		}
		if edgeSeen[sp.ID] || sp.ID == "" {
			bad("edge id %q empty or repeated", sp.ID)
			continue
		}
		edgeSeen[sp.ID] = true
		if sp.RatePPM < 0 || sp.BaseUnits < 0 || sp.Latency.P50 < 0 || sp.Latency.P90 < sp.Latency.P50 || sp.CapLoUSD < 0 || (sp.CapHiUSD > 0 && sp.CapHiUSD < sp.CapLoUSD) {
			bad("edge %s: negative or inconsistent figures", sp.ID)
			continue
		}
		e := Edge{
			ID: sp.ID, Bridge: sp.Bridge, Protocol: sp.Protocol, Kind: sp.Kind,
			From: from, To: to, Latency: sp.Latency,
			CapLoUSD: sp.CapLoUSD, CapHiUSD: sp.CapHiUSD,
			Trust: sp.Trust, Status: sp.Status, Learned: sp.Prior, Notes: sp.Notes,
		}
		e.Fee.RatePPM = sp.RatePPM
		e.Fee.VolatilityPPM = sp.VolatilityPPM
		e.Fee.Base = amountFromUnits(sp.BaseUnits, s.Assets[from].Decimals)
		if !sp.NoDestGas {
			dc := &s.Chains[s.assetChain[to]]
			if gi, ok := s.assetIdx[dc.GasAsset]; ok && !dc.HopGas.IsZero() {
				e.Fee.GasInAsset = s.convert(&dc.HopGas, gi, from)
			}
		}
		if sp.Pool != nil {
			p := sp.Pool
			if !(p.Kink > 0 && p.Kink < 1) || p.PoolUSD <= 0 || p.AvailableUSD < 0 || p.AvailableUSD > p.PoolUSD {
				bad("edge %s: bad pool figures", sp.ID)
				continue
			}
			e.Fee.Curve = &Curve{
				Pool: s.UnitsForUSD(from, p.PoolUSD), Available: s.UnitsForUSD(from, p.AvailableUSD),
				BasePPM: p.BasePPM, Slope1PPM: p.Slope1PPM, Slope2PPM: p.Slope2PPM, Kink: p.Kink,
			}
		}
		s.Edges = append(s.Edges, e)
	}
	if len(problems) > 0 {
		return nil, errf(CodeBadTopology, "", "%s", strings.Join(problems, "; "))
	}
	s.finish(nil)
	return s, nil
}
