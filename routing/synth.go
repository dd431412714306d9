package routing

import (
	"fmt"
	"math/rand/v2"
)

// SynthParams shape a seeded synthetic topology.
type SynthParams struct {
	Seed     uint64
	Chains   int
	Families int // canonical assets; each chain holds one form of each
	// BridgesPerAsset and SwapsPerAsset are the out-edges of every asset.
	BridgesPerAsset int
	SwapsPerAsset   int
	// PoolShare is the fraction of bridges that are liquidity pools.
	PoolShare float64
}

// StressParams is the `stress` preset: 10,000 asset nodes, 100,000 edges.
func StressParams(seed uint64) SynthParams {
	return SynthParams{Seed: seed, Chains: 500, Families: 20, BridgesPerAsset: 7, SwapsPerAsset: 3, PoolShare: 0.2}
}

// Synthetic builds a random topology from p; the same p gives the same graph.
func Synthetic(p SynthParams) (*Snapshot, error) {
	if p.Chains < 2 || p.Families < 1 || p.BridgesPerAsset < 0 || p.SwapsPerAsset < 0 || p.SwapsPerAsset >= p.Families && p.Families > 1 {
		return nil, errf(CodeBadTopology, "", "synthetic topology: bad parameters %+v", p)
	}
	rng := rand.New(rand.NewPCG(p.Seed, p.Seed^0x5354524149540000))
	b := NewBuilder(fmt.Sprintf("synthetic-%d", p.Seed))
	famPrice := make([]float64, p.Families)
	for f := range famPrice {
		switch {
		case f < 2:
			famPrice[f] = 1 // stablecoins
		default:
			famPrice[f] = 0.1 + rng.Float64()*1000
		}
		b.SetPrice(fmt.Sprintf("F%d", f), famPrice[f])
	}
	asset := func(c, f int) string { return fmt.Sprintf("F%d@c%d", f, c) }
	for c := 0; c < p.Chains; c++ {
		kind := ChainKind("evm")
		if c%3 == 0 {
			kind = "cosmos"
		}
		b.AddChain(Chain{ID: fmt.Sprintf("c%d", c), Kind: kind, BlockTimeS: 1 + float64(rng.IntN(12)),
			FinalityS: float64(2 + rng.IntN(900)), GasAsset: asset(c, p.Families-1), HopGasUnits: (0.001 + rng.Float64()*0.5) / famPrice[p.Families-1]})
		for f := 0; f < p.Families; f++ {
			dec := uint8(6)
			if f%2 == 1 {
				dec = 18
			}
			b.AddAsset(Asset{ID: asset(c, f), Symbol: fmt.Sprintf("F%d", f), Chain: fmt.Sprintf("c%d", c), Decimals: dec, Kind: "native", Canonical: fmt.Sprintf("F%d", f)})
		}
	}
	protocols := []string{"lockmint", "liquidity", "guardian", "ibc", "intent"}
	for c := 0; c < p.Chains; c++ {
		for f := 0; f < p.Families; f++ {
			from := asset(c, f)
			used := map[int]bool{c: true}
			for i := 0; i < p.BridgesPerAsset; i++ {
				d := rng.IntN(p.Chains)
				for used[d] {
					d = rng.IntN(p.Chains)
				}
				used[d] = true
				proto := protocols[rng.IntN(len(protocols))]
				p50 := 2 + rng.ExpFloat64()*300
				sp := EdgeSpec{
					ID: fmt.Sprintf("%s:c%d->c%d#%s", proto, c, d, from), Bridge: fmt.Sprintf("%s:c%d->c%d", proto, c, d), Protocol: proto,
					From: from, To: asset(d, f), RatePPM: float64(rng.IntN(30)) * 100, BaseUnits: rng.Float64() * 0.5 / famPrice[f],
					Latency: Latency{P50: p50, P90: p50 * (1.5 + rng.Float64()*2)}, Trust: TrustClass(1 + rng.IntN(4)),
				}
				sp.Prior = Beta{Alpha: 90 + float64(rng.IntN(10)), Beta: 1 + float64(rng.IntN(5))}
				if rng.Float64() < p.PoolShare {
					pool := 1e5 + rng.Float64()*1e7
					sp.Pool = &PoolSpec{PoolUSD: pool, AvailableUSD: pool * (0.2 + 0.8*rng.Float64()), Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8}
				} else if rng.IntN(2) == 0 {
					hi := 1e5 + rng.Float64()*1e7
					sp.CapHiUSD, sp.CapLoUSD = hi, hi*rng.Float64()
				}
				b.AddEdge(sp)
			}
			if p.Families > 1 {
				seen := map[int]bool{f: true}
				for i := 0; i < p.SwapsPerAsset; i++ {
					g := rng.IntN(p.Families)
					for seen[g] {
						g = rng.IntN(p.Families)
					}
					seen[g] = true
					b.AddEdge(EdgeSpec{
						ID: fmt.Sprintf("swap:%s->%s", from, asset(c, g)), Bridge: fmt.Sprintf("swap:c%d", c), Protocol: "swap", Kind: KindSwap,
						From: from, To: asset(c, g), RatePPM: float64(5+rng.IntN(30)) * 100, Latency: Latency{P50: 2, P90: 6},
						Trust: TrustNative, Prior: Beta{Alpha: 999, Beta: 1}, CapLoUSD: 1e5, CapHiUSD: 1e6 + rng.Float64()*1e7,
					})
				}
			}
		}
	}
	return b.Build()
}
