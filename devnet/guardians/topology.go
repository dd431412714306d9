package guardians

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/devnet/evmnet"
)

// Topology returns the devnet description (evmnet's, in the routing
// topology format) with the guardian bridge added: its wrapped tokens as
// assets, a strait-wormhole bridge for every ordered pair of chains, and
// the bridge contracts and guardian set under "guardian_bridge".
func (n *Network) Topology() ([]byte, error) {
	base, err := n.EVM.Topology()
	if err != nil {
		return nil, err
	}
	var t map[string]any
	if err := json.Unmarshal(base, &t); err != nil {
		return nil, fmt.Errorf("read devnet description: %w", err)
	}
	assets, _ := t["assets"].([]any)
	bridges, _ := t["bridges"].([]any)
	d := n.EVM
	period := d.Options.BlockPeriod.Seconds()
	for _, c := range d.Targets {
		keys := make([]string, 0, len(n.Wrapped[c.Name()]))
		for k := range n.Wrapped[c.Name()] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, origin := range keys {
			sym, _ := splitAsset(origin)
			assets = append(assets, map[string]any{"id": "wh" + sym + "@" + c.Name(), "symbol": "wh" + sym, "chain": c.Name(),
				"decimals": evmnet.TokenDecimals, "kind": "wrapped", "address_or_denom": n.Wrapped[c.Name()][origin].Hex(), "canonical_of": origin})
		}
	}
	set := n.Sets.Current()
	for i, src := range d.Targets {
		for j, dst := range d.Targets {
			if i == j {
				continue
			}
			var pairs []any
			var syms []any
			for k, spec := range d.Options.Chains {
				origin := d.Targets[k].Name()
				pairs = append(pairs, map[string]any{"from_asset": assetOn(src.Name(), origin, spec.Token), "to_asset": assetOn(dst.Name(), origin, spec.Token)})
				syms = append(syms, spec.Token)
			}
			bridges = append(bridges, map[string]any{
				"id": Protocol + ":" + src.Name() + "->" + dst.Name(), "protocol": Protocol,
				"from": src.Name(), "to": dst.Name(), "assets": syms, "asset_pairs": pairs,
				"latency_s": map[string]any{"p50": (evmnet.FinalityBlocks + 2) * period, "estimate": evmnet.FinalityBlocks * period},
				"fee":       map[string]any{"model": "gas", "value": nil, "note": "the relayer's delivery gas only (VAA verification: one ecrecover per signature)"},
				"trust":     fmt.Sprintf("guardian-set %d-of-%d (set %d)", set.Quorum(), len(set.Keys), set.Index),
				"contract":  n.Bridge[src.Name()].Hex(),
			})
		}
	}
	t["assets"], t["bridges"] = assets, bridges
	gb := map[string]any{"protocol": Protocol, "guardian_set_index": set.Index, "quorum": set.Quorum(),
		"governance_chain": uint16(vaa.GovernanceChain), "governance_emitter": vaa.GovernanceEmitter.String()}
	var guardians []string
	for _, k := range set.Keys {
		guardians = append(guardians, k.Hex())
	}
	gb["guardians"] = guardians
	contracts := map[string]any{}
	for _, c := range d.Targets {
		contracts[c.Name()] = map[string]any{"bridge": n.Bridge[c.Name()].Hex(), "wormhole_chain_id": uint16(n.WormholeChain[c.Name()])}
	}
	gb["chains"] = contracts
	t["guardian_bridge"] = gb
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(t); err != nil {
		return nil, fmt.Errorf("encode devnet description: %w", err)
	}
	return buf.Bytes(), nil
}

// assetOn names, on chain `on`, the guardian bridge's form of the asset
// that originates as `symbol` on chain `origin`.
func assetOn(on, origin, symbol string) string {
	if on == origin {
		return symbol + "@" + on
	}
	return "wh" + symbol + "@" + on
}

func splitAsset(id string) (symbol, chain string) {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '@' {
			return id[:i], id[i+1:]
		}
	}
	return id, ""
}
