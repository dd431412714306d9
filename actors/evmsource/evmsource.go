// Package evmsource builds and checks the source transaction of a transfer
// that starts on an EVM chain: the wallet approves the gateway for the
// amount and calls Gateway.start(transferId, token, amount, route), which
// takes the tokens, commits the whole route by hash and starts the first
// hop. The quote carries the unsigned transactions; at submit the signed
// one must be exactly that call, from the quoted owner, on the quoted chain.
package evmsource

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/contracts/altroutes"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/routing"
)

// Client is what the package needs of a chain's RPC client.
type Client interface {
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
}

// Chain is one EVM chain with Strait's contracts.
type Chain struct {
	Name     string
	ChainID  uint64
	Client   Client
	Gateway  common.Address
	Bridges  map[string]common.Address // by protocol: strait-lockmint, strait-liquidity, strait-wormhole
	HopKinds map[string]uint8          // gateway hop kind by protocol
	// TokenTag names, in a Gateway hop, a token that has no EVM address on
	// this chain (a Cosmos denom); nil: every token needs an address.
	TokenTag func(denom string) common.Address
}

// DefaultHopKinds are the Gateway's hop kinds.
var DefaultHopKinds = map[string]uint8{"strait-lockmint": 1, "strait-liquidity": 2, "strait-wormhole": 3}

// Source builds and checks source transactions for a set of chains.
type Source struct {
	Store  *routing.Store
	Chains map[string]*Chain // by Strait chain id
	// MinDeadline bounds the route deadline from below (default 1 h).
	MinDeadline time.Duration
	// Recipient decodes a recipient that is not an EVM address (a Cosmos
	// account) to the 20 bytes the Gateway route carries; nil: EVM only.
	Recipient func(addr string) (common.Address, error)
}

var (
	gatewayABI = bindings.NewGateway()
	tokenABI   = bindings.NewTestToken()
)

// recipient is the 20 bytes the Gateway route carries for addr, the
// recipient on dst's chain. The address must be of that chain's kind: an
// EVM address for an EVM chain, an account the Recipient decoder reads (a
// bech32 account) for a Cosmos chain. The same 20 bytes as the other kind
// of address belong to another key (an EVM address is the end of a
// Keccak-256 hash of the public key, a Cosmos account a RIPEMD-160 of its
// SHA-256), so funds sent to a wallet's EVM address on a Cosmos chain, or
// the other way round, would reach an account nobody holds. (Cosmos chains
// with Ethereum-style accounts derive both alike; none is wired here.)
func (s *Source) recipient(snap *routing.Snapshot, dst *routing.Asset, addr string) (common.Address, error) {
	kind := routing.ChainKind("")
	if c, ok := snap.Chain(dst.Chain); ok {
		kind = c.Kind
	}
	isHex := common.IsHexAddress(addr)
	switch {
	case kind == "cosmos" && isHex:
		return common.Address{}, fmt.Errorf("%q is an EVM address, but %s is on %s, a Cosmos chain: give the recipient's account there (bech32)", addr, dst.ID, dst.Chain)
	case kind == "evm" && !isHex:
		return common.Address{}, fmt.Errorf("%q is not an EVM address, and %s is on %s, an EVM chain", addr, dst.ID, dst.Chain)
	case isHex:
		return common.HexToAddress(addr), nil
	case s.Recipient == nil:
		return common.Address{}, fmt.Errorf("%q is not an EVM address", addr)
	}
	return s.Recipient(addr)
}

// TransferID is the on-chain transfer id of a quote: one quote, one transfer.
func TransferID(quoteID string) common.Hash {
	return crypto.Keccak256Hash([]byte("strait/quote/" + quoteID))
}

// Build implements quote.SourceTxBuilder.
func (s *Source) Build(q *quote.Quote, r *routing.Route) (*api.UnsignedTx, string, error) {
	if len(r.Hops) == 0 {
		return nil, "", errors.New("empty route")
	}
	snap := s.Store.Load()
	asset := func(id string) (*routing.Asset, error) {
		i, ok := snap.AssetIndex(id)
		if !ok {
			return nil, fmt.Errorf("unknown asset %s", id)
		}
		return &snap.Assets[i], nil
	}
	src, err := asset(r.Hops[0].From)
	if err != nil {
		return nil, "", err
	}
	sc, ok := s.Chains[src.Chain]
	if !ok {
		return nil, "", fmt.Errorf("chain %s has no Strait gateway", src.Chain)
	}
	if !common.IsHexAddress(src.Address) {
		// (A Cosmos denom, say: the chain is here for the bridges into it.)
		return nil, "", fmt.Errorf("asset %s is not an EVM token: Strait builds source transactions on EVM chains only", src.ID)
	}
	if !common.IsHexAddress(q.Request.Owner) {
		return nil, "", &quote.FieldError{Field: "owner", Err: fmt.Errorf("address %q is not an EVM address (the owner signs the source transaction on %s)", q.Request.Owner, src.Chain)}
	}
	dst, err := asset(r.Hops[len(r.Hops)-1].To)
	if err != nil {
		return nil, "", err
	}
	recipient, err := s.recipient(snap, dst, q.Request.Recipient)
	if err != nil {
		return nil, "", &quote.FieldError{Field: "recipient", Err: err}
	}
	refund := q.Request.RefundAddress
	if refund == "" {
		refund = q.Request.Owner
	}
	if !common.IsHexAddress(refund) {
		return nil, "", &quote.FieldError{Field: "refund_address", Err: fmt.Errorf("address %q is not an EVM address (refunds are paid by the Gateway on EVM chains)", refund)}
	}
	slippage := int64(routing.DefaultSlippageBps)
	if c := q.Request.Constraints; c != nil && c.SlippageBps != nil {
		slippage = int64(*c.SlippageBps)
	}
	route := bindings.GatewayRoute{Recipient: recipient, RefundTo: common.HexToAddress(refund)}
	if route.Hops, err = s.gatewayHops(snap, r.Hops, slippage); err != nil {
		return nil, "", err
	}
	min := s.MinDeadline
	if min <= 0 {
		min = time.Hour
	}
	d := time.Duration(3*r.ETAP90) * time.Second
	if d < min {
		d = min
	}
	route.Deadline = uint64(q.ExpiresAt.Add(d).Unix())
	id := TransferID(q.ID)
	if route.AltRoot, q.Alternatives, err = s.commitAlternatives(snap, id, route, q.AltRoutes, slippage); err != nil {
		return nil, "", err
	}
	token := common.HexToAddress(src.Address)
	amount := r.AmountIn.ToBig()
	data, err := gatewayABI.TryPackStart(id, token, amount, route)
	if err != nil {
		return nil, "", fmt.Errorf("encode start: %w", err)
	}
	hash, err := RouteHash(route)
	if err != nil {
		return nil, "", err
	}
	owner := common.HexToAddress(q.Request.Owner)
	approveData := tokenABI.PackApprove(sc.Gateway, amount)
	chainID := fmt.Sprint(sc.ChainID)
	approve := api.UnsignedTx{Chain: sc.Name, ChainID: chainID, From: owner.Hex(), To: token.Hex(), Data: hexutil.Encode(approveData), Value: "0"}
	start := api.UnsignedTx{Chain: sc.Name, ChainID: chainID, From: owner.Hex(), To: sc.Gateway.Hex(), Data: hexutil.Encode(data), Value: "0"}
	if sc.Client != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		nonce, err := sc.Client.PendingNonceAt(ctx, owner)
		if err != nil {
			return nil, "", fmt.Errorf("nonce of %s on %s: %w", owner, sc.Name, err)
		}
		approve.Nonce, start.Nonce = fmt.Sprint(nonce), fmt.Sprint(nonce+1)
		if err := hints(ctx, sc, owner, token, approveData, data, &approve, &start); err != nil {
			if short := shortfall(ctx, sc, owner, token, amount, src.ID); short != nil {
				return nil, "", short
			}
			return nil, "", err
		}
	}
	start.Approvals = []api.UnsignedTx{approve}
	return &start, hash.Hex(), nil
}

// gatewayHops encodes a route's hops as the Gateway's Hop structs.
func (s *Source) gatewayHops(snap *routing.Snapshot, hops []routing.Hop, slippage int64) ([]bindings.GatewayHop, error) {
	asset := func(id string) (*routing.Asset, error) {
		i, ok := snap.AssetIndex(id)
		if !ok {
			return nil, fmt.Errorf("unknown asset %s", id)
		}
		return &snap.Assets[i], nil
	}
	var out []bindings.GatewayHop
	for _, h := range hops {
		from, err := asset(h.From)
		if err != nil {
			return nil, err
		}
		to, err := asset(h.To)
		if err != nil {
			return nil, err
		}
		hc, ok := s.Chains[from.Chain]
		dc, ok2 := s.Chains[to.Chain]
		if !ok || !ok2 {
			return nil, fmt.Errorf("hop %s leaves the EVM chains this node serves", h.Bridge)
		}
		kinds := hc.HopKinds
		if kinds == nil {
			kinds = DefaultHopKinds
		}
		kind, ok := kinds[h.Protocol]
		bridge, ok2 := hc.Bridges[h.Protocol]
		if !ok || !ok2 {
			return nil, fmt.Errorf("protocol %s cannot be started by the gateway on %s", h.Protocol, hc.Name)
		}
		dstToken := common.HexToAddress(to.Address)
		if !common.IsHexAddress(to.Address) {
			if dc.TokenTag == nil {
				return nil, fmt.Errorf("asset %s has no token address", to.ID)
			}
			dstToken = dc.TokenTag(to.Address)
		}
		// The gateway refuses a hop whose fee exceeds maxFee: the quoted fee
		// plus the slippage allowance on the amount.
		maxFee := new(big.Int).Mul(h.AmountIn.ToBig(), big.NewInt(slippage))
		maxFee.Div(maxFee, big.NewInt(10_000))
		maxFee.Add(maxFee, h.Fee.ToBig())
		out = append(out, bindings.GatewayHop{Kind: kind, Bridge: bridge, DstChainId: new(big.Int).SetUint64(dc.ChainID),
			DstToken: dstToken, MaxFee: maxFee})
	}
	return out, nil
}

// commitAlternatives encodes the quote's alternatives as Gateway routes
// with the route's recipient, refund address and deadline (each hop's
// maxFee bounds its fee as the route's do, so an alternative delivers no
// less than the quote's bounds allow), and returns their Merkle root and,
// per alternative, the reroute calldata with its proof. Alternatives that
// leave the EVM chains this node serves, start from a token without an
// address, or start with a hop the EVM executor does not run (lock/mint,
// liquidity, guardian bridge) are left out; none: the zero root.
func (s *Source) commitAlternatives(snap *routing.Snapshot, id common.Hash, route bindings.GatewayRoute, alts []quote.Alt, slippage int64) ([32]byte, []transfer.Alternative, error) {
	type enc struct {
		alt   quote.Alt
		chain uint64
		token common.Address
		r     bindings.GatewayRoute
	}
	var encs []enc
	var leaves []common.Hash
	for _, a := range alts {
		if len(a.Route.Hops) == 0 {
			continue
		}
		if _, ok := DefaultHopKinds[a.Route.Hops[0].Protocol]; !ok {
			// The EVM executor takes an alternative (the Gateway's reroute)
			// as it starts its first hop: that hop must be one it runs.
			continue
		}
		i, ok := snap.AssetIndex(a.Route.Hops[0].From)
		if !ok || !common.IsHexAddress(snap.Assets[i].Address) {
			continue
		}
		c, ok := s.Chains[snap.Assets[i].Chain]
		if !ok {
			continue
		}
		hops, err := s.gatewayHops(snap, a.Route.Hops, slippage)
		if err != nil {
			continue
		}
		e := enc{alt: a, chain: c.ChainID, token: common.HexToAddress(snap.Assets[i].Address),
			r: bindings.GatewayRoute{Hops: hops, Recipient: route.Recipient, RefundTo: route.RefundTo, Deadline: route.Deadline}}
		leaf, err := altroutes.Leaf(e.chain, e.token, e.r)
		if err != nil {
			return [32]byte{}, nil, err
		}
		encs = append(encs, e)
		leaves = append(leaves, leaf)
	}
	if len(encs) == 0 {
		return [32]byte{}, nil, nil
	}
	root, proofs := altroutes.Tree(leaves)
	out := make([]transfer.Alternative, len(encs))
	for k, e := range encs {
		proof := make([][32]byte, len(proofs[k]))
		for j, p := range proofs[k] {
			proof[j] = p
		}
		call, err := gatewayABI.TryPackReroute(id, new(big.Int).SetUint64(e.chain), e.token, e.r, proof)
		if err != nil {
			return [32]byte{}, nil, fmt.Errorf("encode reroute: %w", err)
		}
		hops := make([]transfer.Hop, len(e.alt.Route.Hops))
		for j, h := range e.alt.Route.Hops {
			hops[j] = transfer.Hop{Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To}
		}
		out[k] = transfer.Alternative{From: e.alt.Route.Hops[0].From, Route: hops, Call: hexutil.Encode(call)}
	}
	return root, out, nil
}

// caller is a client that reads contracts (go-ethereum's ethclient).
type caller interface {
	CallContract(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// shortfall says why a wallet cannot start a route when the reason is its
// balance: a simulation that reverts says only "execution reverted", and
// a wallet backend shows its user "not enough USDC", not that. It returns
// a FieldError on the amount when the owner holds less of the token than
// the amount, and nil otherwise (or when the balance cannot be read).
func shortfall(ctx context.Context, sc *Chain, owner, token common.Address, amount *big.Int, asset string) error {
	c, ok := sc.Client.(caller)
	if !ok {
		return nil
	}
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &token, Data: tokenABI.PackBalanceOf(owner)}, nil)
	if err != nil {
		return nil
	}
	bal, err := tokenABI.UnpackBalanceOf(out)
	if err != nil || bal.Cmp(amount) >= 0 {
		return nil
	}
	return &quote.FieldError{Field: "amount", Err: fmt.Errorf("the wallet %s holds %s of %s (base units), less than the amount %s", owner.Hex(), bal, asset, amount)}
}

// simulator is what hints needs of a client (go-ethereum's ethclient).
type simulator interface {
	SimulateV1(ctx context.Context, opts ethclient.SimulateOptions, blockNrOrHash *rpc.BlockNumberOrHash) ([]ethclient.SimulateBlockResult, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
}

// hints fills gas limits (from simulating the approval and the start call
// in one block: the start's gas cannot be estimated before the approval
// lands) and fee caps. A reverting simulation means the wallet cannot start
// this route (no balance, a paused gateway): the quote says so.
func hints(ctx context.Context, sc *Chain, owner, token common.Address, approveData, startData []byte, approve, start *api.UnsignedTx) error {
	sim, ok := sc.Client.(simulator)
	if !ok {
		return nil
	}
	res, err := sim.SimulateV1(ctx, ethclient.SimulateOptions{BlockStateCalls: []ethclient.SimulateBlock{{Calls: []ethereum.CallMsg{
		{From: owner, To: &token, Data: approveData},
		{From: owner, To: &sc.Gateway, Data: startData},
	}}}}, nil)
	if err != nil {
		return fmt.Errorf("simulate the source transactions on %s: %w", sc.Name, err)
	}
	if len(res) != 1 || len(res[0].Calls) != 2 {
		return fmt.Errorf("simulate on %s: unexpected result shape", sc.Name)
	}
	for i, c := range res[0].Calls {
		if c.Status != 1 {
			msg := "reverted"
			if c.Error != nil {
				msg = c.Error.Message
			}
			return fmt.Errorf("the wallet's %s would fail on %s: %s", []string{"approval", "start call"}[i], sc.Name, msg)
		}
	}
	approve.GasLimit = fmt.Sprint(res[0].Calls[0].GasUsed * 13 / 10)
	start.GasLimit = fmt.Sprint(res[0].Calls[1].GasUsed * 13 / 10)
	head, err := sim.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("head of %s: %w", sc.Name, err)
	}
	tip, err := sim.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("tip on %s: %w", sc.Name, err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	for _, u := range []*api.UnsignedTx{approve, start} {
		u.MaxFeePerGas, u.MaxPriorityFeePerGas = feeCap.String(), tip.String()
	}
	return nil
}

// RouteHash is keccak256(abi.encode(route)), as Gateway.routeHash computes it.
func RouteHash(route bindings.GatewayRoute) (common.Hash, error) {
	m, ok := gatewayABI.GetABI().Methods["routeHash"]
	if !ok {
		return common.Hash{}, errors.New("gateway ABI has no routeHash")
	}
	enc, err := m.Inputs.Pack(route)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode route: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// StartDeadline returns the route deadline (unix seconds) a signed Gateway
// start call commits: after it, the Gateway refuses the call (Expired), so
// a start transaction still unmined by then can never move the wallet's
// funds. raw is the signed transaction (hex, as journaled). Outside input
// (a journaled wallet transaction): anything that is not a start call is
// an error.
func StartDeadline(raw string) (uint64, error) {
	b, err := hexutil.Decode(raw)
	if err != nil {
		return 0, fmt.Errorf("start transaction: %w", err)
	}
	tx := new(types.Transaction)
	if err := tx.UnmarshalBinary(b); err != nil {
		return 0, fmt.Errorf("start transaction: %w", err)
	}
	m, ok := gatewayABI.GetABI().Methods["start"]
	if !ok {
		return 0, errors.New("gateway ABI has no start")
	}
	data := tx.Data()
	if len(data) < 4 || !bytes.Equal(data[:4], m.ID) {
		return 0, errors.New("start transaction: not a call to Gateway.start")
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 4 {
		return 0, fmt.Errorf("start transaction: arguments: %v", err)
	}
	// The ABI decodes the route tuple into an anonymous struct of the same
	// shape as the binding's (the types come from the ABI, not the input).
	r, ok := abi.ConvertType(args[3], new(bindings.GatewayRoute)).(*bindings.GatewayRoute)
	if !ok || r.Deadline == 0 {
		return 0, errors.New("start transaction: no route deadline")
	}
	return r.Deadline, nil
}

// Check implements actors.SourceChecker: Verify, then Broadcast.
func (s *Source) Check(ctx context.Context, q *quote.Quote, req api.SubmitRequest) (string, *api.Error) {
	id, e := s.Verify(ctx, q, req)
	if e != nil {
		return "", e
	}
	if e := s.Broadcast(ctx, q, req); e != nil {
		return "", e
	}
	return id, nil
}

// Verify implements actors.SourceVerifier: the transaction must be exactly
// the quoted start call, signed by the owner for the quoted chain, and each
// approval the quoted approval; with only a hash, the transaction is read
// from the chain. Nothing is broadcast.
func (s *Source) Verify(ctx context.Context, q *quote.Quote, req api.SubmitRequest) (string, *api.Error) {
	tx, _, _, e := s.verify(ctx, q, req)
	if e != nil {
		return "", e
	}
	return tx.Hash().Hex(), nil
}

// Broadcast implements actors.SourceVerifier: it sends a verified
// request's approvals, then its signed transaction (if it has one).
// Repeating it is harmless: a transaction the chain already has counts as
// sent.
func (s *Source) Broadcast(ctx context.Context, q *quote.Quote, req api.SubmitRequest) *api.Error {
	tx, approvals, c, e := s.verify(ctx, q, req)
	if e != nil {
		return e
	}
	for i, ax := range approvals {
		if err := broadcast(ctx, c.Client, ax); err != nil {
			return api.Errorf(api.CodeUnavailable, "signed_approvals", "broadcast approval %d on %s: %v", i, c.Name, err)
		}
	}
	if req.SignedTx != "" {
		if err := broadcast(ctx, c.Client, tx); err != nil {
			return api.Errorf(api.CodeUnavailable, "signed_tx", "broadcast on %s: %v", c.Name, err)
		}
	}
	return nil
}

// BroadcastRaw sends signed transactions (hex) in order, as Broadcast does.
func BroadcastRaw(ctx context.Context, cl Client, raw []string) error {
	for i, r := range raw {
		b, err := hexutil.Decode(r)
		if err != nil {
			return fmt.Errorf("transaction %d: %w", i, err)
		}
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(b); err != nil {
			return fmt.Errorf("transaction %d: %w", i, err)
		}
		if err := broadcast(ctx, cl, tx); err != nil {
			return fmt.Errorf("broadcast %s: %w", tx.Hash().Hex(), err)
		}
	}
	return nil
}

func (s *Source) verify(ctx context.Context, q *quote.Quote, req api.SubmitRequest) (*types.Transaction, []*types.Transaction, *Chain, *api.Error) {
	want := q.Reply.SourceTx
	if want == nil {
		// Not UNAVAILABLE: the quote stays as it is, so no retry, on this
		// node or another, could take it (a quotes-only node's quote).
		return nil, nil, nil, api.Errorf(api.CodeNotSubmittable, "quote_id", "quote %s has no source transaction to check: the node that quoted it builds none for routes from %s", q.ID, q.Request.From)
	}
	c, ok := s.Chains[want.Chain]
	if !ok || c.Client == nil {
		return nil, nil, nil, api.Errorf(api.CodeUnavailable, "", "no client for chain %s", want.Chain)
	}
	var tx *types.Transaction
	if req.SignedTx != "" {
		raw, err := hexutil.Decode(req.SignedTx)
		if err != nil {
			return nil, nil, nil, api.Errorf(api.CodeTxMismatch, "signed_tx", "not hex: %v", err)
		}
		tx = new(types.Transaction)
		if err := tx.UnmarshalBinary(raw); err != nil {
			return nil, nil, nil, api.Errorf(api.CodeTxMismatch, "signed_tx", "not a signed transaction: %v", err)
		}
	} else {
		var err error
		tx, _, err = c.Client.TransactionByHash(ctx, common.HexToHash(req.TxHash))
		if err != nil {
			return nil, nil, nil, api.Errorf(api.CodeTxMismatch, "tx_hash", "transaction %s not found on %s: %v", req.TxHash, c.Name, err)
		}
	}
	if e := matches(tx, want, c); e != nil {
		return nil, nil, nil, e
	}
	if len(req.SignedApprovals) > len(want.Approvals) {
		return nil, nil, nil, api.Errorf(api.CodeTxMismatch, "signed_approvals", "%d approvals signed, the quote has %d", len(req.SignedApprovals), len(want.Approvals))
	}
	approvals := make([]*types.Transaction, len(req.SignedApprovals))
	for i, raw := range req.SignedApprovals {
		b, err := hexutil.Decode(raw)
		ax := new(types.Transaction)
		if err == nil {
			err = ax.UnmarshalBinary(b)
		}
		if err != nil {
			return nil, nil, nil, api.Errorf(api.CodeTxMismatch, "signed_approvals", "approval %d is not a signed transaction: %v", i, err)
		}
		if e := matches(ax, &want.Approvals[i], c); e != nil {
			e.Field = "signed_approvals"
			return nil, nil, nil, e
		}
		approvals[i] = ax
	}
	return tx, approvals, c, nil
}

func matches(tx *types.Transaction, want *api.UnsignedTx, c *Chain) *api.Error {
	if tx.ChainId() == nil || tx.ChainId().Uint64() != c.ChainID {
		return api.Errorf(api.CodeTxMismatch, "signed_tx", "transaction is for chain id %v, the quote for %d", tx.ChainId(), c.ChainID)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return api.Errorf(api.CodeBadSignature, "signed_tx", "signature does not verify: %v", err)
	}
	if !strings.EqualFold(from.Hex(), want.From) {
		// (the same check covers approvals: they come from the owner too)
		return api.Errorf(api.CodeBadSignature, "signed_tx", "signed by %s, but the quote is for %s", from.Hex(), want.From)
	}
	if tx.To() == nil || !strings.EqualFold(tx.To().Hex(), want.To) {
		return api.Errorf(api.CodeTxMismatch, "signed_tx", "transaction is not a call to the gateway %s", want.To)
	}
	if tx.Value().Sign() != 0 {
		return api.Errorf(api.CodeTxMismatch, "signed_tx", "transaction sends native value")
	}
	if hexutil.Encode(tx.Data()) != want.Data {
		return api.Errorf(api.CodeTxMismatch, "signed_tx", "calldata differs from the quoted start call (token, amount, route or transfer id)")
	}
	return nil
}

// broadcast sends tx; a transaction the chain already has (in the pool, or
// mined: a repeated or replayed submit) counts as sent, so that the caller
// gets to the idempotency and replay checks instead of a broadcast error
// ("nonce too low" once the original is mined).
func broadcast(ctx context.Context, cl Client, tx *types.Transaction) error {
	err := cl.SendTransaction(ctx, tx)
	if err == nil || alreadyKnown(err) {
		return nil
	}
	if got, _, e := cl.TransactionByHash(ctx, tx.Hash()); e == nil && got != nil {
		return nil
	}
	return err
}

func alreadyKnown(err error) bool {
	s := strings.ToLower(err.Error())
	return strings.Contains(s, "already known") || strings.Contains(s, "already imported")
}
