package cosmos

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"

	"github.com/straitnet/strait/relayers/ibc"
)

// The devnet description uses the routing topology format (the shape of
// the realistic snapshot and of devnet/evmnet's description), so that the
// router loads the Cosmos devnet as it loads the real world. Every voucher
// is its own asset, with its ibc/HASH denom and its trace, and canonical_of
// names the native token it stands for: routing knows which voucher is which.

type topoChain struct {
	ID             string  `json:"id"`
	Kind           string  `json:"kind"`
	CosmosChainID  string  `json:"cosmos_chain_id"`
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
	Trace       string  `json:"trace,omitempty"`
	CanonicalOf *string `json:"canonical_of"`
}

type topoPair struct {
	From string `json:"from_asset"`
	To   string `json:"to_asset"`
}

type topoIBC struct {
	SrcPort       string `json:"src_port"`
	SrcChannel    string `json:"src_channel"`
	SrcClient     string `json:"src_client"`
	SrcConnection string `json:"src_connection"`
	DstPort       string `json:"dst_port"`
	DstChannel    string `json:"dst_channel"`
	DstClient     string `json:"dst_client"`
	DstConnection string `json:"dst_connection"`
	Version       string `json:"version"`
	Ordering      string `json:"ordering"`
}

type topoBridge struct {
	ID         string     `json:"id"`
	Protocol   string     `json:"protocol"`
	From       string     `json:"from"`
	To         string     `json:"to"`
	Assets     []string   `json:"assets"`
	AssetPairs []topoPair `json:"asset_pairs"`
	Latency    struct {
		P50 float64 `json:"p50"`
	} `json:"latency_s"`
	Fee struct {
		Model string `json:"model"`
		Note  string `json:"note"`
	} `json:"fee"`
	Trust string  `json:"trust"`
	IBC   topoIBC `json:"ibc"`
}

type topology struct {
	Version     string             `json:"version"`
	Description string             `json:"description"`
	Chains      []topoChain        `json:"chains"`
	Assets      []topoAsset        `json:"assets"`
	Bridges     []topoBridge       `json:"bridges"`
	Prices      map[string]float64 `json:"prices"`
	Paths       []ibc.PathSpec     `json:"ibc_paths"`
}

// Symbol is the devnet symbol of a chain's native denom ("uatoma" ->
// "ATOMA").
func Symbol(denom string) string { return strings.ToUpper(strings.TrimPrefix(denom, "u")) }

// VoucherDenom is the ibc/HASH denom of base after crossing the given
// hops, each a (port, channel) on the receiving chain, first hop first.
func VoucherDenom(base string, hops ...[2]string) (denom, trace string) {
	full := base
	for _, h := range hops {
		full = transfertypes.GetPrefixedDenom(h[0], h[1], full)
	}
	dt := transfertypes.ParseDenomTrace(full)
	return dt.IBCDenom(), full
}

// end returns the path between a and b as seen from a (a's end first).
func (d *Devnet) end(a, b string) (mine, theirs ibc.End) {
	p := d.Path(a, b)
	if p.Spec.A.ChainID == a {
		return p.Spec.A, p.Spec.B
	}
	return p.Spec.B, p.Spec.A
}

// Topology returns the devnet description: chains, native tokens, the
// vouchers of every native token one and two hops away (with traces), and
// an ibc-transfer bridge each way over every path.
func (d *Devnet) Topology() ([]byte, error) {
	str := func(s string) *string { return &s }
	bt := d.Options.BlockTime.Seconds()
	t := topology{Version: "devnet", Prices: map[string]float64{},
		Description: "Strait devnet: in-process Cosmos chains (ibc-go v8 simapp) with an ICS-20 channel between every pair."}
	specs := d.Options.Chains
	assets := map[string]bool{}
	addAsset := func(a topoAsset) {
		if !assets[a.ID] {
			assets[a.ID] = true
			t.Assets = append(t.Assets, a)
		}
	}
	for _, c := range specs {
		t.Chains = append(t.Chains, topoChain{ID: c.ID, Kind: "cosmos", CosmosChainID: c.ID, BlockTimeS: bt, FinalityS: bt, NativeGasToken: "STAKE"})
		addAsset(topoAsset{ID: Symbol(c.Denom) + "@" + c.ID, Symbol: Symbol(c.Denom), Chain: c.ID, Decimals: 6, Kind: "native", Address: c.Denom})
		addAsset(topoAsset{ID: "STAKE@" + c.ID, Symbol: "STAKE", Chain: c.ID, Decimals: 6, Kind: "native", Address: "stake"})
		// Devnet tokens are priced at 1 USD: a fixed table, not market data.
		t.Prices[Symbol(c.Denom)] = 1
	}
	t.Prices["STAKE"] = 1
	// Every token that travels: each chain's own, and the bridged ones.
	origins := append([]ChainSpec(nil), specs...)
	for _, b := range d.Options.Bridged {
		origins = append(origins, ChainSpec{ID: b.Chain, Denom: b.Denom})
		addAsset(topoAsset{ID: Symbol(b.Denom) + "@" + b.Chain, Symbol: Symbol(b.Denom), Chain: b.Chain, Decimals: 6, Kind: "native", Address: b.Denom})
		t.Prices[Symbol(b.Denom)] = 1
	}
	// assetOn names the form of origin's token on chain `on` after the
	// given route of chains (origin first), and returns its asset.
	assetOn := func(origin ChainSpec, route ...string) topoAsset {
		on := route[len(route)-1]
		sym := Symbol(origin.Denom)
		canonical := sym + "@" + origin.ID
		if len(route) == 1 {
			return topoAsset{ID: canonical, Symbol: sym, Chain: on, Decimals: 6, Kind: "native", Address: origin.Denom}
		}
		var hops [][2]string
		for i := 1; i < len(route); i++ {
			_, recv := d.end(route[i-1], route[i])
			hops = append(hops, [2]string{recv.PortID, recv.ChannelID})
		}
		denom, trace := VoucherDenom(origin.Denom, hops...)
		id := sym + "@" + on
		if len(route) > 2 {
			id = sym + "~" + strings.Join(route[1:len(route)-1], "~") + "@" + on
		}
		return topoAsset{ID: id, Symbol: sym, Chain: on, Decimals: 6, Kind: "ibc", Address: denom, Trace: trace, CanonicalOf: str(canonical)}
	}
	for _, src := range specs {
		for _, dst := range specs {
			if src.ID == dst.ID {
				continue
			}
			mine, theirs := d.end(src.ID, dst.ID)
			b := topoBridge{ID: ibc.KindTransfer + ":" + src.ID + "->" + dst.ID, Protocol: ibc.KindTransfer, From: src.ID, To: dst.ID,
				Trust: "light-client", IBC: topoIBC{SrcPort: mine.PortID, SrcChannel: mine.ChannelID, SrcClient: mine.ClientID,
					SrcConnection: mine.ConnectionID, DstPort: theirs.PortID, DstChannel: theirs.ChannelID, DstClient: theirs.ClientID,
					DstConnection: theirs.ConnectionID, Version: transfertypes.Version, Ordering: "unordered"}}
			// Four blocks: the send becomes provable, the receive, the ack
			// becomes provable, the ack.
			b.Latency.P50 = 4 * bt
			b.Fee.Model, b.Fee.Note = "gas", "no protocol fee; the relayer pays the destination's gas"
			for _, origin := range origins {
				// The origin's token as it sits on src: native, or a
				// one-hop voucher from origin.
				var from, to topoAsset
				switch {
				case origin.ID == src.ID:
					from, to = assetOn(origin, src.ID), assetOn(origin, src.ID, dst.ID)
				case origin.ID == dst.ID:
					// Unwinding: the voucher goes home as the native token.
					from, to = assetOn(origin, dst.ID, src.ID), assetOn(origin, dst.ID)
				default:
					from, to = assetOn(origin, origin.ID, src.ID), assetOn(origin, origin.ID, src.ID, dst.ID)
				}
				addAsset(from)
				addAsset(to)
				b.Assets = append(b.Assets, Symbol(origin.Denom))
				b.AssetPairs = append(b.AssetPairs, topoPair{From: from.ID, To: to.ID})
			}
			t.Bridges = append(t.Bridges, b)
		}
	}
	for _, p := range d.Paths {
		t.Paths = append(t.Paths, p.Spec)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(t); err != nil {
		return nil, fmt.Errorf("encode cosmos devnet description: %w", err)
	}
	return buf.Bytes(), nil
}
