package evmnet

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"sort"
)

// The devnet description is written in the routing topology format (the
// shape of the source-cited real-world snapshot), so that the router loads
// the devnet exactly as it loads the real world.

type topoChain struct {
	ID             string  `json:"id"`
	Kind           string  `json:"kind"`
	EVMChainID     uint64  `json:"evm_chain_id"`
	BlockTimeS     float64 `json:"block_time_s"`
	FinalityS      float64 `json:"finality_s"`
	NativeGasToken string  `json:"native_gas_token"`
}

type topoAsset struct {
	ID          string  `json:"id"`
	Symbol      string  `json:"symbol"`
	Chain       string  `json:"chain"`
	Decimals    int     `json:"decimals"`
	Kind        string  `json:"kind"`
	Address     string  `json:"address_or_denom"`
	CanonicalOf *string `json:"canonical_of"`
}

type topoPair struct {
	From string `json:"from_asset"`
	To   string `json:"to_asset"`
}

type topoLatency struct {
	P50      float64 `json:"p50"`
	Estimate float64 `json:"estimate"`
}

type topoFee struct {
	Model string   `json:"model"`
	Value *float64 `json:"value"`
	Note  string   `json:"note,omitempty"`
}

type topoPool struct {
	PoolUSD      float64 `json:"pool_usd"`
	AvailableUSD float64 `json:"available_usd"`
}

type topoBridge struct {
	ID         string      `json:"id"`
	Protocol   string      `json:"protocol"`
	From       string      `json:"from"`
	To         string      `json:"to"`
	Assets     []string    `json:"assets"`
	AssetPairs []topoPair  `json:"asset_pairs"`
	Latency    topoLatency `json:"latency_s"`
	Fee        topoFee     `json:"fee"`
	Pool       *topoPool   `json:"pool,omitempty"`
	Trust      string      `json:"trust"`
	Contract   string      `json:"contract"`
}

type topology struct {
	Version     string             `json:"version"`
	Description string             `json:"description"`
	Chains      []topoChain        `json:"chains"`
	Assets      []topoAsset        `json:"assets"`
	Bridges     []topoBridge       `json:"bridges"`
	Prices      map[string]float64 `json:"prices"`
	// Deployments carries every contract address, for tools and relayers.
	Deployments []*Deployment `json:"deployments"`
}

// Protocol names of Strait's own EVM bridges in a topology.
const (
	ProtocolLockMint  = "strait-lockmint"
	ProtocolLiquidity = "strait-liquidity"
)

// FinalityBlocks is the depth the devnet's relayers wait for before they
// attest a source event; the description derives finality_s from it.
const FinalityBlocks = 2

// Topology returns the devnet description as JSON in the routing topology
// format: chains, tokens (with addresses), the lock/mint and liquidity
// bridges between every ordered pair of chains, and the deployments.
func (d *Devnet) Topology() ([]byte, error) {
	period := d.Options.BlockPeriod.Seconds()
	t := topology{
		Version:     "devnet",
		Description: "Strait devnet: in-process EVM chains (go-ethereum simulated backend) with Strait's gateway, lock/mint bridge and liquidity pools.",
		Prices:      map[string]float64{},
	}
	str := func(s string) *string { return &s }
	for i, c := range d.Targets {
		spec := d.Options.Chains[i]
		dep := d.Deployments[c.Name()]
		t.Chains = append(t.Chains, topoChain{ID: c.Name(), Kind: "evm", EVMChainID: c.ChainID(),
			BlockTimeS: period, FinalityS: FinalityBlocks * period, NativeGasToken: "ETH"})
		t.Assets = append(t.Assets,
			topoAsset{ID: "ETH@" + c.Name(), Symbol: "ETH", Chain: c.Name(), Decimals: 18, Kind: "native", Address: "native"},
			topoAsset{ID: "USDC@" + c.Name(), Symbol: "USDC", Chain: c.Name(), Decimals: USDCDecimals, Kind: "native", Address: dep.Tokens["USDC"].Hex()},
			topoAsset{ID: spec.Token + "@" + c.Name(), Symbol: spec.Token, Chain: c.Name(), Decimals: TokenDecimals, Kind: "native", Address: dep.Tokens[spec.Token].Hex()})
		// Devnet test tokens are priced at 1 USD: a fixed table, not market data.
		t.Prices[spec.Token] = 1
		keys := make([]string, 0, len(dep.Wrapped))
		for k := range dep.Wrapped {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, origin := range keys {
			sym, _ := splitAsset(origin)
			t.Assets = append(t.Assets, topoAsset{ID: "w" + sym + "@" + c.Name(), Symbol: "w" + sym, Chain: c.Name(),
				Decimals: TokenDecimals, Kind: "wrapped", Address: dep.Wrapped[origin].Hex(), CanonicalOf: str(origin)})
		}
	}
	baseBps := float64(d.Options.Fees.BaseBps)
	poolUSD := usdFloat(d.Options.TargetLiquidity)
	availUSD := usdFloat(new(big.Int).Mul(d.Options.LiquidityPerOperator, big.NewInt(int64(len(d.Options.Operators)))))
	// With several operators the pools can hold more than their target
	// depth; the contract's utilisation is zero down to the target, and the
	// router refuses a pool whose available liquidity exceeds its size.
	poolUSD = math.Max(poolUSD, availUSD)
	for i, src := range d.Targets {
		for j, dst := range d.Targets {
			if i == j {
				continue
			}
			// Lock/mint carries every chain's token: canonical -> wrapped,
			// wrapped -> canonical at home, wrapped -> wrapped elsewhere.
			var pairs []topoPair
			var syms []string
			for k, spec := range d.Options.Chains {
				origin := d.Targets[k].Name()
				pairs = append(pairs, topoPair{From: assetOn(src.Name(), origin, spec.Token), To: assetOn(dst.Name(), origin, spec.Token)})
				syms = append(syms, spec.Token)
			}
			t.Bridges = append(t.Bridges, topoBridge{
				ID: ProtocolLockMint + ":" + src.Name() + "->" + dst.Name(), Protocol: ProtocolLockMint,
				From: src.Name(), To: dst.Name(), Assets: syms, AssetPairs: pairs,
				Latency:  topoLatency{P50: (FinalityBlocks + 2) * period, Estimate: FinalityBlocks * period},
				Fee:      topoFee{Model: "gas", Note: "the relayer's delivery gas only"},
				Trust:    fmt.Sprintf("committee-multisig %d-of-%d", d.Options.Threshold, len(d.Options.Attesters)),
				Contract: d.Deployments[src.Name()].LockMint.Hex(),
			})
			v := baseBps
			t.Bridges = append(t.Bridges, topoBridge{
				ID: ProtocolLiquidity + ":" + src.Name() + "->" + dst.Name(), Protocol: ProtocolLiquidity,
				From: src.Name(), To: dst.Name(), Assets: []string{"USDC"},
				AssetPairs: []topoPair{{From: "USDC@" + src.Name(), To: "USDC@" + dst.Name()}},
				Latency:    topoLatency{P50: 2 * period, Estimate: period},
				Fee: topoFee{Model: "bps", Value: &v, Note: fmt.Sprintf("base %d bps + %d bps x utilisation",
					d.Options.Fees.BaseBps, d.Options.Fees.SlopeBps)},
				Pool:     &topoPool{PoolUSD: poolUSD, AvailableUSD: availUSD},
				Trust:    "liquidity-relayer (committee-settled)",
				Contract: d.Deployments[src.Name()].Liquidity.Hex(),
			})
		}
	}
	for _, c := range d.Targets {
		t.Deployments = append(t.Deployments, d.Deployments[c.Name()])
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep "a->b" readable in bridge ids
	enc.SetIndent("", " ")
	if err := enc.Encode(t); err != nil {
		return nil, fmt.Errorf("encode devnet description: %w", err)
	}
	return buf.Bytes(), nil
}

// assetOn names, on chain `on`, the asset that originates as `symbol` on
// chain `origin`.
func assetOn(on, origin, symbol string) string {
	if on == origin {
		return symbol + "@" + on
	}
	return "w" + symbol + "@" + on
}

func splitAsset(id string) (symbol, chain string) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '@' {
			return id[:i], id[i+1:]
		}
	}
	return id, ""
}

func usdFloat(units *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(units), big.NewFloat(math.Pow10(USDCDecimals))).Float64()
	return f
}
