package node

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/actors"
	figures "github.com/straitnet/strait/actors/bridge"
	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/actors/ibcexec"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/relayers/evmcosmos"
	"github.com/straitnet/strait/relayers/ibc"
	"github.com/straitnet/strait/routing"
)

// The EVM -> Cosmos bridge of the devnet: its relayer's key (gas on the EVM
// chains, the uusdc float on the first Cosmos chain), the denom it pays,
// and its fee.
const (
	bridgeKeyName = "operator-evm-cosmos"
	// BridgeDenom is the bank denom the EVM -> Cosmos bridge pays in.
	BridgeDenom  = "uusdc"
	bridgeFeeBps = 5
)

// bridgeFloat is the bridge relayer's uusdc at genesis (10 M USDC).
var bridgeFloat = sdkmath.NewInt(10_000_000_000_000)

// WithCosmos prepares EVM devnet options for the Cosmos devnet: the Cosmos
// chains become peers of every pool and gateway (under the numbers and
// stand-in addresses of relayers/evmcosmos), and the bridge relayer's key
// gets gas. Pass the result to StartEVMDevnet before StartCosmosDevnet.
func WithCosmos(o evmnet.Options, chains []cosmos.ChainSpec) evmnet.Options {
	if len(chains) == 0 {
		chains = cosmos.DefaultChains()
	}
	for _, c := range chains {
		o.Remote = append(o.Remote, evmnet.RemotePeer{ChainID: evmcosmos.ChainID(c.ID), Pool: evmcosmos.PoolTag(c.ID), Gateway: evmcosmos.GatewayTag(c.ID)})
	}
	o.Funded = append(o.Funded, evmnet.DevKey(bridgeKeyName))
	return o
}

// CosmosOptions configure StartCosmosDevnet.
type CosmosOptions struct {
	// Chains default to cosmos.DefaultChains(); the first is where the
	// EVM -> Cosmos bridge lands (USDC arrives there as uusdc).
	Chains    []cosmos.ChainSpec
	BlockTime time.Duration
	Logger    *slog.Logger
}

// CosmosDevnet is the in-process Cosmos devnet wired into a node next to
// the EVM devnet: its chains and relayers, the EVM -> Cosmos bridge, the
// executor of the hops that land on Cosmos, and the Mux that serves both
// families.
type CosmosDevnet struct {
	Devnet   *cosmos.Devnet
	Bridge   *evmcosmos.Relayer
	Executor *ibcexec.Executor
	// Executor for the node: EVM hops to the EVM executor, Cosmos hops to
	// Executor.
	Mux *actors.Mux
	// Store is the merged routing snapshot (also swapped into the EVM
	// devnet's source builder and executor).
	Store *routing.Store
	// BridgeChain is the Cosmos chain the bridge pays on.
	BridgeChain string
	// Attesters are the bridge's committee (in process, each with its own
	// chain connections).
	Attesters []evmcosmos.Attester
}

// StartCosmosDevnet starts the Cosmos chains with a channel between every
// pair, the IBC relayer and the EVM -> Cosmos bridge (ev must have been
// started with WithCosmos options), merges both devnets' descriptions into
// one routing snapshot, and returns the combined executor.
func StartCosmosDevnet(ctx context.Context, ev *EVMDevnet, o CosmosOptions) (_ *CosmosDevnet, err error) {
	if len(o.Chains) == 0 {
		o.Chains = cosmos.DefaultChains()
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	landing := o.Chains[0].ID
	opKey := evmnet.DevKey(bridgeKeyName)
	op := relayers.NewOperatorKey(opKey.Name, opKey.Private())
	hub := ibcexec.NewHub()
	d, err := cosmos.StartDevnet(ctx, cosmos.DevnetOptions{Chains: o.Chains, BlockTime: o.BlockTime, Progress: hub, Logger: o.Logger,
		Bridged: []cosmos.BridgedToken{{Chain: landing, Denom: BridgeDenom, Holders: []sdk.AccAddress{evmcosmos.CosmosKey(op).Address()}, Amount: bridgeFloat}}})
	if err != nil {
		return nil, fmt.Errorf("cosmos devnet: %w", err)
	}
	cd := &CosmosDevnet{Devnet: d, BridgeChain: landing}
	defer func() {
		if err != nil {
			cd.Close()
		}
	}()
	links := map[string]evmcosmos.Link{}
	for _, c := range o.Chains[1:] {
		p := d.Path(landing, c.ID)
		here, there := p.Spec.A, p.Spec.B
		if here.ChainID != landing {
			here, there = there, here
		}
		links[c.ID] = evmcosmos.Link{Here: here, There: there, Next: d.Net.Chain(c.ID)}
	}
	cchains := map[string]*evmcosmos.CosmosChain{landing: {Chain: d.Net.Chain(landing), Denom: BridgeDenom, Links: links}}
	poll := ev.Devnet.Options.BlockPeriod / 2
	evmChains := func() ([]*evm.Chain, error) {
		return evmrelay.Chains(ev.Devnet, evmrelay.Options{PollInterval: poll, WaitTimeout: 2 * time.Minute, Logger: o.Logger})
	}
	own, err := evmChains()
	if err != nil {
		return nil, err
	}
	var atts []evmcosmos.Attester
	for _, k := range ev.Devnet.Options.Attesters {
		cs, err := evmChains()
		if err != nil {
			return nil, err
		}
		byID := map[uint64]*evm.Chain{}
		for _, c := range cs {
			byID[c.Options().ChainID] = c
		}
		atts = append(atts, &evmcosmos.LocalAttester{Key: relayers.NewOperatorKey(k.Name, k.Private()), EVM: byID, Cosmos: cchains})
	}
	cd.Bridge, err = evmcosmos.NewRelayer(evmcosmos.Options{EVM: own, Cosmos: cchains, Operator: op, FeeBps: bridgeFeeBps,
		Attesters: atts, Threshold: int(ev.Devnet.Options.Threshold), Poll: 500 * time.Millisecond, Progress: hub, Logger: o.Logger})
	cd.Attesters = atts
	if err != nil {
		return nil, err
	}
	// Settlements a previous run paid but did not finish: the journal says
	// their hops were delivered, so nothing else would take them up. A
	// failed scan does not stop the node (the escrow waits; the next start
	// scans again).
	if n, err := cd.Bridge.Resume(ctx); err != nil {
		o.Logger.Warn("evm-cosmos bridge: resuming settlements", "resumed", n, "err", err)
	} else if n > 0 {
		o.Logger.Info("evm-cosmos bridge: resumed settlements", "resumed", n)
	}

	// One routing snapshot over both families.
	desc, err := ev.description()
	if err != nil {
		return nil, err
	}
	cdesc, err := d.Topology()
	if err != nil {
		return nil, err
	}
	merged, err := mergeTopologies(desc, cdesc, bridgeEdges(ev, landing, d.Options.BlockTime))
	if err != nil {
		return nil, err
	}
	defs := routing.DefaultTopologyDefaults()
	defs.Swaps = false
	snap, err := routing.LoadTopology("devnet", merged, defs)
	if err != nil {
		return nil, fmt.Errorf("merged devnet description: %w", err)
	}
	cd.Store = routing.NewStore(snap)
	// The Cosmos chains get chain actors too (catalog.chains health and
	// head).
	for _, c := range o.Chains {
		ch := d.Net.Chain(c.ID)
		ev.ExtraChains = append(ev.ExtraChains, figures.ChainSpec{Name: c.ID, BlockTime: d.Options.BlockTime,
			Head: func(ctx context.Context) (uint64, time.Time, error) {
				h, err := ch.LatestHeight(ctx)
				return uint64(max(h, 0)), time.Time{}, err
			}})
	}
	if err := ev.UseStore(cd.Store); err != nil {
		return nil, err
	}

	// The wallet's Gateway route names Cosmos chains by number, their
	// tokens by tag, and the Cosmos recipient by its 20 bytes.
	ev.Source.Recipient = evmcosmos.AccountBytes
	for _, c := range ev.Source.Chains {
		if c.HopKinds == nil {
			c.HopKinds = map[string]uint8{}
			for k, v := range evmsource.DefaultHopKinds {
				c.HopKinds[k] = v
			}
		}
		c.HopKinds[evmcosmos.Kind] = 2 // the Gateway deposits in its LiquidityPool
		if pool, ok := c.Bridges[evmnet.ProtocolLiquidity]; ok {
			c.Bridges[evmcosmos.Kind] = pool
		}
	}
	for _, c := range o.Chains {
		ev.Source.Chains[c.ID] = &evmsource.Chain{Name: c.ID, ChainID: evmcosmos.ChainID(c.ID), Gateway: evmcosmos.GatewayTag(c.ID),
			Bridges:  map[string]common.Address{ibc.KindTransfer: evmcosmos.GatewayTag(c.ID)},
			HopKinds: map[string]uint8{ibc.KindTransfer: evmcosmos.HopKindIBC}, TokenTag: evmcosmos.DenomTag}
	}

	chains := map[string]ibc.Chain{}
	for _, c := range d.Net.Chains {
		chains[c.ID()] = c
	}
	bridge := cd.Bridge
	cd.Executor = &ibcexec.Executor{Store: cd.Store, Chains: chains, Hub: hub, Logger: o.Logger,
		Relayers: map[string]relayers.Relayer{ibc.KindTransfer: d.Relayer, evmcosmos.Kind: bridge},
		RefundEVM: func(ctx context.Context, st transfer.State) (string, string, error) {
			i, ok := cd.Store.Load().AssetIndex(st.From)
			if !ok {
				return "", "", fmt.Errorf("unknown asset %s", st.From)
			}
			tx, amount, err := bridge.Refund(ctx, cd.Store.Load().Assets[i].Chain, st.SourceTx, evmsource.TransferID(st.QuoteID))
			if err != nil {
				return "", "", err
			}
			return tx, amount.String(), nil
		}}
	cd.Mux = &actors.Mux{Store: cd.Store, Protocols: map[string]actors.Executor{}, Chains: map[string]actors.Executor{}}
	for p := range ev.Executor.Relayers {
		cd.Mux.Protocols[p] = ev.Executor
	}
	for name := range ev.Executor.Chains {
		cd.Mux.Chains[name] = ev.Executor
	}
	for _, p := range []string{ibc.KindTransfer, evmcosmos.Kind} {
		cd.Mux.Protocols[p] = cd.Executor
	}
	for id := range chains {
		cd.Mux.Chains[id] = cd.Executor
	}
	return cd, nil
}

// Close stops the bridge's settlements and the Cosmos chains.
func (c *CosmosDevnet) Close() {
	if c.Bridge != nil {
		c.Bridge.Close()
	}
	if c.Devnet != nil {
		c.Devnet.Close()
	}
}

// description is the EVM devnet's routing description (with the guardian
// bridge when it runs).
func (e *EVMDevnet) description() ([]byte, error) {
	if e.Guardians != nil {
		return e.Guardians.Topology()
	}
	return e.Devnet.Topology()
}

// bridgeEdges are the strait-evm-cosmos bridges: USDC on every EVM chain
// to uusdc on the landing chain.
func bridgeEdges(ev *EVMDevnet, landing string, block time.Duration) []map[string]any {
	var out []map[string]any
	float, _ := new(big.Float).Quo(new(big.Float).SetInt(bridgeFloat.BigInt()), big.NewFloat(1e6)).Float64()
	for _, c := range ev.Devnet.Targets {
		out = append(out, map[string]any{
			"id": evmcosmos.Kind + ":" + c.Name() + "->" + landing, "protocol": evmcosmos.Kind, "from": c.Name(), "to": landing,
			"assets": []string{"USDC"}, "asset_pairs": []map[string]string{{"from_asset": "USDC@" + c.Name(), "to_asset": cosmos.Symbol(BridgeDenom) + "@" + landing}},
			"latency_s": map[string]float64{"p50": 2*ev.Devnet.Options.BlockPeriod.Seconds() + block.Seconds(), "estimate": block.Seconds()},
			"fee":       map[string]any{"model": "bps", "value": float64(bridgeFeeBps), "note": "the relayer's fee; it pays from its own uusdc at once"},
			"pool":      map[string]float64{"pool_usd": float, "available_usd": float},
			"trust":     fmt.Sprintf("liquidity-relayer (committee-settled %d-of-%d)", ev.Devnet.Options.Threshold, len(ev.Devnet.Options.Attesters)),
			"contract":  ev.Devnet.Deployments[c.Name()].Liquidity.Hex(),
		})
	}
	return out
}

// mergeTopologies joins two descriptions in the routing topology format
// (chains, assets and bridges concatenated, prices merged, the first's other
// fields kept) and adds bridges.
func mergeTopologies(a, b []byte, bridges []map[string]any) ([]byte, error) {
	var x, y map[string]any
	if err := json.Unmarshal(a, &x); err != nil {
		return nil, fmt.Errorf("merge descriptions: %w", err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		return nil, fmt.Errorf("merge descriptions: %w", err)
	}
	for _, k := range []string{"chains", "assets", "bridges"} {
		xs, _ := x[k].([]any)
		ys, _ := y[k].([]any)
		x[k] = append(xs, ys...)
	}
	bs, _ := x["bridges"].([]any)
	for _, br := range bridges {
		bs = append(bs, br)
	}
	x["bridges"] = bs
	px, _ := x["prices"].(map[string]any)
	if px == nil {
		px = map[string]any{}
	}
	py, _ := y["prices"].(map[string]any)
	for k, v := range py {
		if _, ok := px[k]; !ok {
			px[k] = v
		}
	}
	x["prices"] = px
	if p, ok := y["ibc_paths"]; ok {
		x["ibc_paths"] = p
	}
	x["description"] = "Strait devnet: in-process EVM and Cosmos chains, the bridges between them."
	return json.Marshal(x)
}
