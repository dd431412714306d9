package routing

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"
)

// The topology file format is the one of the source-cited snapshot of real
// chains, assets and bridges that Strait ships as its `realistic` topology
// (see routing/topologies/README.md). The loader reads the fields the router
// needs and fills every figure the snapshot lacks with a documented default
// (TopologyDefaults); each edge's Notes say which defaults it used.

type topoFile struct {
	Version string      `json:"version"`
	Chains  []topoChain `json:"chains"`
	Assets  []topoAsset `json:"assets"`
	Bridges []topoEdge  `json:"bridges"`
	// Prices (USD per canonical asset) may be given in the file; missing
	// ones come from TopologyDefaults.Prices.
	Prices map[string]float64 `json:"prices"`
}

type topoChain struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	BlockTimeS *float64 `json:"block_time_s"`
	FinalityS  *float64 `json:"finality_s"`
	NativeGas  string   `json:"native_gas_token"`
	HopGasUSD  *float64 `json:"hop_gas_usd"`
}

type topoAsset struct {
	ID          string  `json:"id"`
	Symbol      string  `json:"symbol"`
	Chain       string  `json:"chain"`
	Decimals    *int    `json:"decimals"`
	Kind        string  `json:"kind"`
	Address     string  `json:"address_or_denom"`
	CanonicalOf *string `json:"canonical_of"`
}

type topoEdge struct {
	ID         string   `json:"id"`
	Protocol   string   `json:"protocol"`
	Mode       string   `json:"mode"`
	From       string   `json:"from"`
	To         string   `json:"to"`
	Assets     []string `json:"assets"`
	AssetPairs []struct {
		From string `json:"from_asset"`
		To   string `json:"to_asset"`
	} `json:"asset_pairs"`
	Latency *struct {
		P50      *float64 `json:"p50"`
		P90      *float64 `json:"p90"`
		Estimate *float64 `json:"estimate"`
	} `json:"latency_s"`
	Fee *struct {
		Model string   `json:"model"`
		Value *float64 `json:"value"`
		Base  *float64 `json:"base_usd"`
	} `json:"fee"`
	Limits *struct {
		DailyUSD *float64 `json:"governor_daily_limit_usd"`
		BigTxUSD *float64 `json:"governor_big_tx_usd"`
		LoUSD    *float64 `json:"capacity_lo_usd"`
		HiUSD    *float64 `json:"capacity_hi_usd"`
	} `json:"limits"`
	Pool *struct {
		PoolUSD      float64 `json:"pool_usd"`
		AvailableUSD float64 `json:"available_usd"`
	} `json:"pool"`
	Trust  string `json:"trust"`
	Status string `json:"status"`
}

// TopologyDefaults are the documented figures used where a topology file has
// none. They are defaults, not data: docs/routing.md lists them with reasons.
type TopologyDefaults struct {
	// Prices is the fixed price table (USD per canonical asset) used by the
	// benchmarks and the devnet. It is not market data.
	Prices map[string]float64
	// HopGasUSD is a delivery transaction's cost by chain kind, and by chain
	// id where a chain differs from its kind.
	HopGasUSD map[string]float64
	// Swaps adds on-chain swap edges between assets of one chain that share
	// a canonical id, and between USDC and USDT forms on one chain.
	Swaps bool
}

// DefaultTopologyDefaults returns the defaults Strait uses.
func DefaultTopologyDefaults() TopologyDefaults {
	return TopologyDefaults{
		Prices: map[string]float64{
			"USDC": 1, "USDT": 1, "ETH": 3000, "BTC": 60000, "SOL": 150, "ATOM": 5, "OSMO": 0.5,
			"AKT": 2, "APT": 6, "AVAX": 25, "AXL": 0.6, "BABY": 0.1, "BERA": 3, "BNB": 600,
			"CELO": 0.6, "DYDX": 1.2, "HYPE": 30, "INJ": 20, "JUNO": 0.2, "KAVA": 0.5, "MNT": 0.8,
			"MON": 1, "NTRN": 0.4, "POL": 0.4, "S": 0.5, "SCRT": 0.3, "SEI": 0.3, "STRD": 0.8,
			"SUI": 3, "TIA": 5, "XPRT": 0.2, "USDbC": 1,
		},
		HopGasUSD: map[string]float64{
			"evm": 0.02, "cosmos": 0.005, "solana": 0.001, "other": 0.005,
			"ethereum": 1.5, "bsc": 0.05, "avalanche": 0.05, "polygon": 0.01,
		},
		Swaps: true,
	}
}

// LoadTopology reads a topology file into a snapshot. Malformed input is a
// CodeBadTopology error naming the first bad field; nothing is half-loaded.
func LoadTopology(name string, data []byte, d TopologyDefaults) (*Snapshot, error) {
	var f topoFile
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&f); err != nil {
		return nil, errf(CodeBadTopology, "", "topology %s: invalid JSON: %v", name, err)
	}
	b := NewBuilder(name)
	for k, v := range d.Prices {
		b.SetPrice(k, v)
	}
	for k, v := range f.Prices {
		if !(v > 0) || math.IsInf(v, 0) {
			return nil, errf(CodeBadTopology, "prices."+k, "price of %s must be positive", k)
		}
		b.SetPrice(k, v)
	}
	chains := map[string]*topoChain{}
	for i := range f.Chains {
		c := &f.Chains[i]
		if c.ID == "" || chains[c.ID] != nil {
			return nil, errf(CodeBadTopology, fmt.Sprintf("chains[%d].id", i), "chain id %q empty or repeated", c.ID)
		}
		chains[c.ID] = c
	}
	assets := map[string]*topoAsset{}
	for i := range f.Assets {
		a := &f.Assets[i]
		field := fmt.Sprintf("assets[%d]", i)
		if a.ID == "" || assets[a.ID] != nil {
			return nil, errf(CodeBadTopology, field+".id", "asset id %q empty or repeated", a.ID)
		}
		if chains[a.Chain] == nil {
			return nil, errf(CodeBadTopology, field+".chain", "asset %s: unknown chain %q", a.ID, a.Chain)
		}
		if a.Decimals == nil || *a.Decimals < 0 || *a.Decimals > 36 {
			return nil, errf(CodeBadTopology, field+".decimals", "asset %s: decimals missing or out of [0,36]", a.ID)
		}
		assets[a.ID] = a
	}
	for _, a := range f.Assets {
		co := ""
		if a.CanonicalOf != nil {
			co = *a.CanonicalOf
		}
		b.AddAsset(Asset{ID: a.ID, Symbol: a.Symbol, Chain: a.Chain, Decimals: uint8(*a.Decimals), Kind: a.Kind, Address: a.Address, CanonicalOf: co})
	}
	for _, c := range f.Chains {
		ch := Chain{ID: c.ID, Kind: ChainKind(c.Kind), GasAsset: c.NativeGas + "@" + c.ID}
		if c.BlockTimeS != nil {
			ch.BlockTimeS = *c.BlockTimeS
		}
		if c.FinalityS != nil {
			ch.FinalityS = *c.FinalityS
		}
		if assets[ch.GasAsset] == nil {
			return nil, errf(CodeBadTopology, "chains."+c.ID+".native_gas_token", "chain %s: gas asset %s is not among the assets", c.ID, ch.GasAsset)
		}
		gasUSD, ok := d.HopGasUSD[c.ID]
		if !ok {
			gasUSD = d.HopGasUSD[c.Kind]
		}
		if c.HopGasUSD != nil {
			gasUSD = *c.HopGasUSD
		}
		canon := canonicalIn(assets, ch.GasAsset)
		if p := pricesGet(d.Prices, f.Prices, canon); p > 0 {
			ch.HopGasUnits = gasUSD / p
		}
		b.AddChain(ch)
	}

	wrapped := map[string]bool{}
	all := append([]topoAsset(nil), f.Assets...)
	for i := range f.Bridges {
		t := &f.Bridges[i]
		field := fmt.Sprintf("bridges[%d]", i)
		if t.ID == "" || chains[t.From] == nil || chains[t.To] == nil {
			return nil, errf(CodeBadTopology, field, "bridge %q: missing id or unknown chain %q/%q", t.ID, t.From, t.To)
		}
		pairs := make([][2]string, 0, len(t.AssetPairs))
		for _, p := range t.AssetPairs {
			if assets[p.From] == nil || assets[p.To] == nil {
				return nil, errf(CodeBadTopology, field+".asset_pairs", "bridge %s: unknown asset %q or %q", t.ID, p.From, p.To)
			}
			pairs = append(pairs, [2]string{p.From, p.To})
		}
		if len(t.AssetPairs) == 0 {
			for _, sym := range t.Assets {
				if strings.Contains(sym, ":") { // "ITS:*" and the like: any token, none in particular
					continue
				}
				from := sym + "@" + t.From
				if assets[from] == nil {
					continue
				}
				to := sym + "@" + t.To
				if t.Protocol == "wormhole-token-bridge" {
					// Wormhole unwraps a token returning to its origin chain and
					// mints a wrapped form (at most 8 decimals) anywhere else.
					root := rootOf(assets, from)
					if assets[root].Chain == t.To {
						to = root
					} else {
						to = sym + ".wh." + assets[root].Chain + "@" + t.To
						if assets[to] == nil && !wrapped[to] {
							wrapped[to] = true
							dec := min(*assets[root].Decimals, 8)
							b.AddAsset(Asset{ID: to, Symbol: sym + ".wh." + assets[root].Chain, Chain: t.To, Decimals: uint8(dec), Kind: "wrapped", CanonicalOf: root})
							rootID := root
							all = append(all, topoAsset{ID: to, Symbol: sym + ".wh." + assets[root].Chain, Chain: t.To, Decimals: &dec, Kind: "wrapped", CanonicalOf: &rootID})
						}
					}
				} else if assets[to] == nil {
					continue
				}
				pairs = append(pairs, [2]string{from, to})
			}
		}
		for _, p := range pairs {
			sp, err := edgeFromTopology(t, chains, p[0], p[1])
			if err != nil {
				return nil, errf(CodeBadTopology, field, "%v", err)
			}
			b.AddEdge(sp)
		}
	}
	if d.Swaps {
		for i := range all[len(f.Assets):] {
			assets[all[len(f.Assets)+i].ID] = &all[len(f.Assets)+i]
		}
		addSwaps(b, all, assets, chains)
	}
	return b.Build()
}

func pricesGet(a, b map[string]float64, k string) float64 {
	if v, ok := b[k]; ok {
		return v
	}
	return a[k]
}

func rootOf(assets map[string]*topoAsset, id string) string {
	for i := 0; i < 16; i++ {
		a := assets[id]
		if a == nil || a.CanonicalOf == nil || *a.CanonicalOf == "" || assets[*a.CanonicalOf] == nil {
			return id
		}
		id = *a.CanonicalOf
	}
	return id
}

func canonicalIn(assets map[string]*topoAsset, id string) string {
	return CanonicalSymbol(assets[rootOf(assets, id)].Symbol)
}

func trustOf(s string) TrustClass {
	switch {
	case strings.HasPrefix(s, "light-client"):
		return TrustLightClient
	case strings.HasPrefix(s, "issuer"):
		return TrustIssuer
	case strings.HasPrefix(s, "optimistic"):
		return TrustOptimistic
	case strings.HasPrefix(s, "native"):
		return TrustNative
	}
	return TrustCommittee
}

// priorFor is the Beta prior of a trust class: the success rate a bridge is
// assumed to have before Strait has seen it work, worth 200 observations.
func priorFor(t TrustClass) Beta {
	switch t {
	case TrustNative:
		return Beta{Alpha: 999, Beta: 1}
	case TrustIssuer:
		return Beta{Alpha: 199.6, Beta: 0.4}
	case TrustLightClient, TrustOptimistic:
		return Beta{Alpha: 199, Beta: 1}
	}
	return Beta{Alpha: 198, Beta: 2}
}

// edgeFromTopology fills one hop option, with defaults where the file has no
// figure.
func edgeFromTopology(t *topoEdge, chains map[string]*topoChain, from, to string) (EdgeSpec, error) {
	src, dst := chains[t.From], chains[t.To]
	var notes []string
	sp := EdgeSpec{
		ID: t.ID + "#" + symbolOf(from) + ">" + symbolOf(to), Bridge: t.ID, Protocol: t.Protocol, Kind: KindBridge, From: from, To: to,
		Trust: trustOf(t.Trust),
	}
	sp.Prior = priorFor(sp.Trust)
	switch t.Status {
	case "", "active", "open":
	case "legacy-deprecating":
		// Scheduled for sunset, working today: no source says these hops
		// fail more often, so they stay open; the note says so.
		notes = append(notes, "legacy, deprecating")
	case "degraded":
		sp.Status = StatusDegraded
	case "paused":
		sp.Status = StatusPaused
	default:
		return sp, fmt.Errorf("bridge %s: unknown status %q", t.ID, t.Status)
	}
	// Latency: a sourced p50 is used as is; an estimate covers attestation
	// or finality only, so the delivery (a relay and a destination block) is
	// added; with neither, a per-protocol default.
	dstBlock := 2.0
	if dst.BlockTimeS != nil && *dst.BlockTimeS > 0 {
		dstBlock = *dst.BlockTimeS
	}
	srcFinal := 0.0
	if src.FinalityS != nil {
		srcFinal = *src.FinalityS
	} else if src.BlockTimeS != nil {
		srcFinal = *src.BlockTimeS
	} else {
		srcFinal = 6
		notes = append(notes, "source finality default 6s")
	}
	var p50, p90 float64
	switch {
	case t.Latency != nil && t.Latency.P50 != nil:
		p50 = *t.Latency.P50
	case t.Latency != nil && t.Latency.Estimate != nil:
		p50 = *t.Latency.Estimate + 10 + dstBlock
		notes = append(notes, "latency = estimate + 10s relay + destination block")
	case t.Protocol == "ibc-transfer":
		p50 = srcFinal + 10 + dstBlock
		notes = append(notes, "latency default: source finality + 10s relayer + destination block")
	default:
		p50 = srcFinal + 60 + dstBlock
		notes = append(notes, "latency default: source finality + 60s")
	}
	p90 = 2 * p50
	if t.Latency != nil && t.Latency.P90 != nil && *t.Latency.P90 >= p50 {
		p90 = *t.Latency.P90
	} else {
		notes = append(notes, "p90 default 2×p50")
	}
	sp.Latency = Latency{P50: p50, P90: p90}
	if !(p50 >= 0) || math.IsInf(p50, 0) || math.IsInf(p90, 0) {
		return sp, fmt.Errorf("bridge %s: bad latency", t.ID)
	}
	// Fees.
	model, value := "", math.NaN()
	if t.Fee != nil {
		model = t.Fee.Model
		if t.Fee.Value != nil {
			value = *t.Fee.Value
		}
		if t.Fee.Base != nil && *t.Fee.Base >= 0 {
			// base fees in USD are converted by the builder via the price
			// of the source asset; stablecoins are the common case.
			sp.BaseUnits = *t.Fee.Base
		}
	}
	switch {
	case model == "bps" && !math.IsNaN(value):
		if value < 0 || value > 10000 {
			return sp, fmt.Errorf("bridge %s: fee %v bps out of range", t.ID, value)
		}
		sp.RatePPM = value * 100
	case t.Protocol == "across":
		sp.RatePPM, sp.VolatilityPPM = 400, 1000
		notes = append(notes, "fee default 4 bps ± 10 bps (dynamic LP + relayer fee)")
	case t.Protocol == "stargate":
		sp.RatePPM = 600
		notes = append(notes, "fee default 6 bps")
	case t.Protocol == "axelar":
		sp.RatePPM, sp.VolatilityPPM = 100, 500
		notes = append(notes, "fee default 1 bps ± 5 bps (network gas and relayer fee)")
	}
	// Capacity.
	if l := t.Limits; l != nil {
		if l.BigTxUSD != nil && *l.BigTxUSD > 0 {
			// The Governor delays a transfer at or above big-tx by 24 h and
			// queues smaller ones once the daily window fills: treat big-tx
			// as the most a hop can carry promptly and half of it as sure.
			sp.CapHiUSD, sp.CapLoUSD = *l.BigTxUSD, *l.BigTxUSD/2
		}
		if l.HiUSD != nil && *l.HiUSD > 0 {
			sp.CapHiUSD = *l.HiUSD
			sp.CapLoUSD = 0
			if l.LoUSD != nil && *l.LoUSD >= 0 && *l.LoUSD <= *l.HiUSD {
				sp.CapLoUSD = *l.LoUSD
			}
		}
	}
	if sp.CapHiUSD == 0 {
		switch {
		case t.Protocol == "across":
			sp.CapLoUSD, sp.CapHiUSD = 200_000, 2_000_000
			notes = append(notes, "capacity default $200k sure, $2M at most (relayer capital)")
		case t.Protocol == "cctp" && t.Mode == "fast":
			sp.CapLoUSD, sp.CapHiUSD = 1_000_000, 10_000_000
			notes = append(notes, "capacity default $1M sure, $10M at most (Fast Transfer allowance)")
		case t.Protocol == "axelar":
			sp.CapLoUSD, sp.CapHiUSD = 1_000_000, 20_000_000
			notes = append(notes, "capacity default $1M sure, $20M at most")
		}
	}
	if t.Pool != nil {
		sp.Pool = &PoolSpec{PoolUSD: t.Pool.PoolUSD, AvailableUSD: t.Pool.AvailableUSD, Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8}
	} else if t.Protocol == "stargate" {
		sp.Pool = &PoolSpec{PoolUSD: 10_000_000, AvailableUSD: 5_000_000, Slope1PPM: 200, Slope2PPM: 5000, Kink: 0.8}
		notes = append(notes, "pool default $10M, $5M available; utilisation fee +2 bps to the kink at 80%, +50 bps to empty")
	}
	sp.Notes = strings.Join(notes, "; ")
	return sp, nil
}

// addSwaps adds the default on-chain swaps: between forms of one canonical
// asset on a chain (USDC and USDC.e, ETH and WETH, a voucher and its
// wrapped twin) and between USDC and USDT forms.
func addSwaps(b *Builder, list []topoAsset, assets map[string]*topoAsset, chains map[string]*topoChain) {
	byChain := map[string][]string{}
	for _, a := range list {
		byChain[a.Chain] = append(byChain[a.Chain], a.ID)
	}
	for _, c := range sortedKeys(byChain) {
		ids := byChain[c]
		sort.Strings(ids)
		block := 2.0
		if ch := chains[c]; ch.BlockTimeS != nil && *ch.BlockTimeS > 0 {
			block = *ch.BlockTimeS
		}
		for _, x := range ids {
			for _, y := range ids {
				// Every form of an asset is pooled with the others on its
				// chain, except that two Wormhole-wrapped forms (which the
				// loader creates for every origin) are pooled only with the
				// chain's other forms, not with each other.
				if x == y || (strings.Contains(x, ".wh.") && strings.Contains(y, ".wh.")) {
					continue
				}
				cx, cy := CanonicalSymbol(assets[rootOf(assets, x)].Symbol), CanonicalSymbol(assets[rootOf(assets, y)].Symbol)
				rate := -1.0
				switch {
				case (assets[x].Symbol == "ETH" && assets[y].Symbol == "WETH") || (assets[x].Symbol == "WETH" && assets[y].Symbol == "ETH"):
					rate = 0 // wrapping and unwrapping the gas token
				case cx == cy:
					rate = 500
				case stable(cx) && stable(cy) && !strings.Contains(x, ".wh.") && !strings.Contains(y, ".wh."):
					rate = 400
				}
				if rate < 0 {
					continue
				}
				b.AddEdge(EdgeSpec{
					ID: "swap:" + x + "->" + y, Bridge: "swap:" + c, Protocol: "swap", Kind: KindSwap,
					From: x, To: y, RatePPM: rate, VolatilityPPM: 500,
					Latency:  Latency{P50: block, P90: 3 * block},
					CapLoUSD: 500_000, CapHiUSD: 5_000_000,
					Trust: TrustNative, Prior: priorFor(TrustNative),
					Notes: "default on-chain swap: 5 bps between forms of one asset, 4 bps between stablecoins, ±5 bps price impact; $500k sure, $5M at most",
				})
			}
		}
	}
}

func stable(c string) bool { return c == "USDC" || c == "USDT" }

// symbolOf is the symbol part of an asset id.
func symbolOf(id string) string {
	if i := strings.LastIndexByte(id, '@'); i >= 0 {
		return id[:i]
	}
	return id
}
