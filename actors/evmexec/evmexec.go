// Package evmexec runs a transfer's effects on EVM chains: it follows the
// wallet's source transaction to finality, carries each hop with the
// relayer of its bridge kind (the next hop starts from the previous hop's
// delivery transaction, where the destination gateway forwarded along the
// committed route), and reads what each hop delivered from its receipt.
// A hop that cannot be delivered is refunded where its funds are: by the
// hop's relayer (a pool's or a lock's refund) or, when a gateway on an
// intermediate chain already refunded, by recording that refund.
//
// Funds a Gateway parked (it could not forward, and the route commits
// alternatives) are reported as a parked hop failure in the asset held;
// the transfer then either takes a committed alternative (the executor
// calls the Gateway's reroute with the alternative's proof, and the new
// route's first hop starts from that transaction) or refunds them
// (refundParked).
package evmexec

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/routing"
)

// ReceiptClient is what the executor reads from a chain.
type ReceiptClient interface {
	TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error)
	BlockNumber(ctx context.Context) (uint64, error)
}

// Executor implements actors.Executor for EVM chains.
type Executor struct {
	Store  *routing.Store
	Chains map[string]*evmsource.Chain
	// Relayers by protocol (strait-lockmint, strait-liquidity, strait-wormhole).
	Relayers map[string]relayers.Relayer
	// Hub must be the Progress the relayers were built with.
	Hub            *Hub
	FinalityBlocks uint64
	Poll           time.Duration
	Logger         *slog.Logger
	// Observe, if set, hears every hop the relayers carried: the edge,
	// whether it was delivered, and how long it took from the start of
	// the hop to its final delivery (the bridge actors' live figures).
	Observe func(edge string, ok bool, took time.Duration)
	// Gateways sends the operator's reroute and refundParked calls; nil:
	// parked funds wait for their refund address (or anyone after the
	// deadline) to move them, and a transfer that would need it fails.
	Gateways GatewayCaller
}

// GatewayCaller sends an operator's calls to the Gateways (evm.GatewayOps).
type GatewayCaller interface {
	Call(ctx context.Context, chain string, gateway common.Address, data []byte) (*types.Receipt, error)
	ParkedOutcome(ctx context.Context, chain string, gateway common.Address, id [32]byte) (rerouteTx, refundTx string, err error)
}

var transferTopic = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))

// Run implements actors.Executor.
func (x *Executor) Run(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	switch eff.Kind {
	case transfer.EffWatchSource:
		x.watchSource(ctx, st, report)
	case transfer.EffStartHop:
		x.hop(ctx, st, eff, report)
	case transfer.EffStartRefund:
		x.refund(ctx, st, report)
	}
}

// Refunder is a relayer that can return the funds of a hop that cannot be
// delivered to the transfer's refund address (the liquidity relayer:
// refund(order) once the pool allows it; the lock/mint relayer: an
// attested cancellation at the destination, then refundLocked at the
// source). Refund must be idempotent: a second call reports the refund
// already paid.
type Refunder interface {
	Refund(ctx context.Context, hop relayers.Hop) (*evm.Refund, error)
}

func (x *Executor) log() *slog.Logger {
	if x.Logger != nil {
		return x.Logger
	}
	return slog.Default()
}

func (x *Executor) poll() time.Duration {
	if x.Poll > 0 {
		return x.Poll
	}
	return 200 * time.Millisecond
}

func (x *Executor) chainOf(asset string) (*evmsource.Chain, ReceiptClient, error) {
	snap := x.Store.Load()
	i, ok := snap.AssetIndex(asset)
	if !ok {
		return nil, nil, fmt.Errorf("unknown asset %s", asset)
	}
	c, ok := x.Chains[snap.Assets[i].Chain]
	if !ok {
		return nil, nil, fmt.Errorf("no EVM chain %s", snap.Assets[i].Chain)
	}
	rc, ok := c.Client.(ReceiptClient)
	if !ok {
		return nil, nil, fmt.Errorf("client of %s cannot read receipts", c.Name)
	}
	return c, rc, nil
}

// waitFinal waits for a transaction's receipt and for it to be final.
func (x *Executor) waitFinal(ctx context.Context, rc ReceiptClient, h common.Hash) (*types.Receipt, error) {
	return x.waitSource(ctx, rc, h, 0)
}

func (x *Executor) watchSource(ctx context.Context, st transfer.State, report func(transfer.Input)) {
	c, rc, err := x.chainOf(st.From)
	if err != nil {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: err.Error()})
		return
	}
	// A transfer the wallet cancelled is not broadcast again: if its
	// transaction never reached the chain, the cancel is what the wallet
	// wants. (A cancel that lands while an earlier watch is about to
	// broadcast again loses nothing: a transaction that then confirms is
	// refunded.)
	if len(st.SourceRaw) > 0 && !st.CancelRequested {
		go x.ensureSent(ctx, c, st)
	}
	deadline := x.sourceDeadline(ctx, c, st)
	r, err := x.waitSource(ctx, rc, common.HexToHash(st.SourceTx), deadline)
	if errors.Is(err, errSourceExpired) {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Expired: true,
			Reason: fmt.Sprintf("%s passed the start call's deadline (%s) with the transaction unmined; the Gateway refuses it now, so no funds moved",
				c.Name, time.Unix(int64(deadline), 0).UTC().Format(time.RFC3339))})
		return
	}
	if err != nil {
		return // node stopping: the watch resumes on restart
	}
	if r.Status != types.ReceiptStatusSuccessful {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: "source transaction reverted"})
		return
	}
	report(transfer.Input{Kind: transfer.InSourceConfirmed, TxID: st.SourceTx, Amount: st.Amount})
}

// errSourceExpired: the source transaction can no longer be mined
// successfully.
var errSourceExpired = errors.New("source transaction expired unmined")

// HeaderReader reads block headers; a ReceiptClient that also is one lets
// the source watch see when the chain passed the start call's deadline.
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// sourceDeadline is the deadline (unix seconds) the transfer's start call
// commits on chain, read from its journaled signed transaction or, for a
// transaction the wallet broadcast itself, from the chain; 0 if unknown
// (the watch then waits as long as the node runs).
func (x *Executor) sourceDeadline(ctx context.Context, c *evmsource.Chain, st transfer.State) uint64 {
	raw := ""
	if n := len(st.SourceRaw); n > 0 {
		raw = st.SourceRaw[n-1]
	} else if tx, _, err := c.Client.TransactionByHash(ctx, common.HexToHash(st.SourceTx)); err == nil && tx != nil {
		if b, err := tx.MarshalBinary(); err == nil {
			raw = hexutil.Encode(b)
		}
	}
	if raw == "" {
		return 0
	}
	dl, err := evmsource.StartDeadline(raw)
	if err != nil {
		x.log().Warn("source transaction's deadline unreadable; watching it without one", "transfer", st.ID, "err", err)
		return 0
	}
	return dl
}

// waitSource is waitFinal for the wallet's start call, which gives up with
// errSourceExpired once the chain's last final block is at or past the
// call's deadline and the transaction is still unmined: the Gateway
// refuses a start at or after its deadline, and blocks after a final one
// cannot be older than it, so the call can never succeed. The header is
// read before the receipt, so a transaction mined in time is always seen.
func (x *Executor) waitSource(ctx context.Context, rc ReceiptClient, h common.Hash, deadline uint64) (*types.Receipt, error) {
	hr, canExpire := rc.(HeaderReader)
	canExpire = canExpire && deadline > 0
	t := time.NewTicker(x.poll())
	defer t.Stop()
	for {
		var finalTime uint64
		if canExpire {
			if head, err := rc.BlockNumber(ctx); err == nil && head >= x.FinalityBlocks {
				if hd, err := hr.HeaderByNumber(ctx, new(big.Int).SetUint64(head-x.FinalityBlocks)); err == nil && hd != nil {
					finalTime = hd.Time
				}
			}
		}
		r, err := rc.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			head, herr := rc.BlockNumber(ctx)
			if herr == nil && head >= r.BlockNumber.Uint64()+x.FinalityBlocks {
				return r, nil
			}
		} else if finalTime > 0 && finalTime >= deadline {
			return nil, errSourceExpired
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// ensureSent broadcasts the transfer's journaled signed transactions if,
// a few polls into the watch, the chain does not know its source
// transaction: the submit journaled the transfer and stopped before it
// broadcast (its node died). The normal path broadcast them already and
// costs one lookup.
func (x *Executor) ensureSent(ctx context.Context, c *evmsource.Chain, st transfer.State) {
	select {
	case <-ctx.Done():
		return
	case <-time.After(5 * x.poll()):
	}
	if tx, _, err := c.Client.TransactionByHash(ctx, common.HexToHash(st.SourceTx)); err == nil && tx != nil {
		return
	}
	if err := evmsource.BroadcastRaw(ctx, c.Client, st.SourceRaw); err != nil && ctx.Err() == nil {
		x.log().Warn("broadcast the journaled source transactions", "transfer", st.ID, "chain", c.Name, "err", err)
		return
	}
	x.log().Info("broadcast the journaled source transactions (the submit stopped before it did)", "transfer", st.ID, "chain", c.Name, "tx", st.SourceTx)
}

// hopJob is one hop of a transfer as the relayers see it.
type hopJob struct {
	hop      relayers.Hop
	protocol string
	src, dst *evmsource.Chain
	dstRC    ReceiptClient
	srcRC    ReceiptClient
}

// job describes hop i of the transfer's route: its bridge kind, its chains
// and the transaction it starts from (the wallet's source transaction for
// hop 0, else the delivery of hop i-1, where the gateway forwarded).
//
// sourceTx, when set, is the transaction hop i starts from instead: for the
// first hop of a rerouted route, the Gateway's reroute.
func (x *Executor) job(st transfer.State, i, attempt int, amount, sourceTx string) (*hopJob, error) {
	if i < 0 || i >= len(st.Route) {
		return nil, fmt.Errorf("hop %d is not on the route", i)
	}
	rh := st.Route[i]
	snap := x.Store.Load()
	ei, ok := snap.EdgeIndex(rh.Edge)
	if !ok {
		return nil, fmt.Errorf("unknown edge %s", rh.Edge)
	}
	j := &hopJob{protocol: snap.Edges[ei].Protocol}
	var err error
	if j.src, j.srcRC, err = x.chainOf(rh.From); err != nil {
		return nil, err
	}
	if j.dst, j.dstRC, err = x.chainOf(rh.To); err != nil {
		return nil, err
	}
	switch {
	case sourceTx != "":
	case i == 0:
		sourceTx = st.SourceTx
	default:
		sourceTx = ""
		for k := len(st.Log) - 1; k >= 0; k-- {
			if l := st.Log[k]; l.Index == i-1 && l.State == "delivered" {
				sourceTx = l.DestTx
				break
			}
		}
		if sourceTx == "" {
			return nil, fmt.Errorf("hop %d has no delivery transaction of hop %d to start from", i, i-1)
		}
	}
	ref := relayers.HopRef{Transfer: st.ID, Hop: i, Attempt: attempt}
	if st.Reroutes > 0 {
		// Each route's hops have their own references (a hop index is
		// per route).
		ref.Transfer = fmt.Sprintf("%s/r%d", st.ID, st.Reroutes)
	}
	j.hop = relayers.Hop{Ref: ref, TransferID: evmsource.TransferID(st.QuoteID), Kind: j.protocol, FromChain: j.src.Name, ToChain: j.dst.Name, SourceTx: sourceTx}
	if i == 0 {
		j.hop.Amount, _ = new(big.Int).SetString(amount, 10)
	}
	return j, nil
}

// gatewayOutcome looks for the Gateway's TransferRefunded or
// TransferParked in the hop's source transaction: on an intermediate chain
// the Gateway refunds at once when the next hop cannot start (its bridge
// paused, the deadline passed), and the funds are then at the refund
// address on that chain; or, when the route commits alternatives, it
// parks them there.
func (x *Executor) gatewayOutcome(ctx context.Context, j *hopJob) (*evm.GatewayRefund, *evm.GatewayParked, error) {
	r, err := j.srcRC.TransactionReceipt(ctx, common.HexToHash(j.hop.SourceTx))
	if err != nil {
		return nil, nil, fmt.Errorf("receipt of %s on %s: %w", j.hop.SourceTx, j.src.Name, err)
	}
	return evm.GatewayRefundIn(r, j.src.Gateway, j.hop.TransferID), evm.GatewayParkedIn(r, j.src.Gateway, j.hop.TransferID), nil
}

// undeliverable reports whether a relayer's failure means the hop can never
// be delivered: its destination contract is paused (unpausing takes
// governance's timelock, and the Gateway itself refunds rather than wait
// for a paused bridge), the order's on-chain deadline passed, or the lock's
// delivery was cancelled at the destination.
func undeliverable(err error) bool {
	switch evm.CodeOf(err) {
	case evm.CodePaused, evm.CodeExpired, evm.CodeCancelled:
		return true
	}
	return false
}

func (x *Executor) hop(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	fail := func(err error, final bool) {
		report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Reason: err.Error(), Final: final})
	}
	var rerouteTx string
	if st.Reroutes > 0 && eff.Hop == 0 {
		// The first hop of a committed alternative: take the parked funds
		// along it (or find that it was taken), then carry the hop.
		tx, err := x.takeAlternative(ctx, st)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			// The funds are still parked where they were: the decider may
			// pick another alternative (this one's bridge now counts as
			// failed) or refund them.
			report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Reason: err.Error(), Parked: !errors.Is(err, errNotParked)})
			return
		}
		rerouteTx = tx
	}
	j, err := x.job(st, eff.Hop, eff.Attempt, eff.Amount, rerouteTx)
	if err != nil {
		fail(err, false)
		return
	}
	rel, ok := x.Relayers[j.protocol]
	if !ok {
		fail(fmt.Errorf("no relayer for %s", j.protocol), false)
		return
	}
	if eff.Hop > 0 {
		g, p, err := x.gatewayOutcome(ctx, j)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			fail(err, false)
			return
		}
		if g != nil {
			fail(fmt.Errorf("the gateway on %s refunded %s of %s to %s instead of starting the hop: %s", j.src.Name, g.Amount, x.assetOf(j.src.Name, g.Token),
				g.RefundTo.Hex(), revertReason(g.Reason)), true)
			return
		}
		if p != nil {
			report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Parked: true, Final: true, TxID: p.TxHash.Hex(),
				Asset: x.assetOf(j.src.Name, p.Token), Amount: p.Amount.String(),
				Reason: fmt.Sprintf("the gateway on %s parked %s of %s instead of starting the hop: %s", j.src.Name, p.Amount, x.assetOf(j.src.Name, p.Token), revertReason(p.Reason))})
			return
		}
	}
	dst, drc, h := j.dst, j.dstRC, j.hop
	ref := h.Ref
	w := x.Hub.Watch(ref)
	defer x.Hub.Forget(ref)
	started := time.Now()
	observe := func(ok bool) {
		if x.Observe != nil && ctx.Err() == nil {
			x.Observe(eff.Edge, ok, time.Since(started))
		}
	}
	if err := rel.Execute(ctx, h); err != nil {
		if ctx.Err() != nil {
			return // node stopping: the hop resumes on restart, idempotently
		}
		observe(false)
		fail(err, undeliverable(err))
		return
	}
	txID := w.Delivered()
	if txID == "" {
		observe(false)
		fail(errors.New("relayer reported delivery without a transaction"), false)
		return
	}
	r, err := x.waitFinal(ctx, drc, common.HexToHash(txID))
	if err != nil {
		return
	}
	amount, err := x.delivered(r, eff.To, dst, st)
	if err != nil {
		observe(false)
		fail(err, false)
		return
	}
	observe(true)
	report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: true, TxID: txID, Amount: amount.String()})
}

// refund returns the funds of a transfer that cannot go on. They are where
// the hop in progress (or the next one, after a delivery past the
// deadline) took them: if the Gateway on that hop's chain already refunded
// (TransferRefunded in the hop's source transaction), the refund is done
// and only recorded; otherwise the hop's relayer refunds (a liquidity
// order, once its pool allows it). Re-running it after a restart is safe:
// the chain says whether the refund was paid.
func (x *Executor) refund(ctx context.Context, st transfer.State, report func(transfer.Input)) {
	fail := func(err error) {
		report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: err.Error()})
	}
	var rerouteTx string
	if st.Reroutes > 0 && st.HopIndex == 0 && !st.Parked {
		// The first hop of an alternative: it starts from the reroute, if
		// it happened; else the funds are still parked.
		c, _, err := x.chainOf(st.Held)
		if err == nil && x.Gateways != nil {
			rerouteTx, _, err = x.Gateways.ParkedOutcome(ctx, c.Name, c.Gateway, evmsource.TransferID(st.QuoteID))
		}
		if err != nil {
			if ctx.Err() == nil {
				fail(err)
			}
			return
		}
	}
	if st.Parked || (st.Reroutes > 0 && st.HopIndex == 0 && rerouteTx == "") {
		x.refundParked(ctx, st, report)
		return
	}
	j, err := x.job(st, min(st.HopIndex, len(st.Route)-1), 0, st.HeldAmt, rerouteTx)
	if err != nil {
		fail(err)
		return
	}
	j.hop.Ref.Attempt = -1 // the refund's own reference: never a hop attempt's
	if _, err := x.waitFinal(ctx, j.srcRC, common.HexToHash(j.hop.SourceTx)); err != nil {
		return // node stopping: the refund resumes on restart
	}
	g, _, err := x.gatewayOutcome(ctx, j)
	if err != nil {
		if ctx.Err() == nil {
			fail(err)
		}
		return
	}
	if g != nil {
		report(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: g.TxHash.Hex(), Asset: x.assetOf(j.src.Name, g.Token), Amount: g.Amount.String(),
			Reason: fmt.Sprintf("by the gateway on %s, which could not start the next hop (%s)", j.src.Name, revertReason(g.Reason))})
		return
	}
	rel, ok := x.Relayers[j.protocol].(Refunder)
	if !ok {
		fail(fmt.Errorf("the funds are in a %s hop from %s, which has no automatic refund", j.protocol, j.src.Name))
		return
	}
	var res *evm.Refund
	for attempt := 1; ; attempt++ {
		res, err = rel.Refund(ctx, j.hop)
		if err == nil || ctx.Err() != nil || attempt >= 5 || !transient(err) {
			break
		}
		x.log().Warn("refund attempt failed; retrying", "transfer", st.ID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
		case <-time.After(time.Duration(attempt) * x.poll()):
		}
	}
	if ctx.Err() != nil {
		return // node stopping: the refund resumes on restart, idempotently
	}
	if err != nil {
		fail(err)
		return
	}
	how := "refunded by the " + j.protocol + " contract on " + res.Chain
	if res.Already {
		how += " (already paid)"
	}
	report(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: res.TxID, Asset: x.assetOf(res.Chain, res.Token), Amount: res.Amount.String(), Reason: how})
}

// transient tells a failure worth another refund attempt (a timeout, an
// unreachable node) from one that says the refund cannot happen.
func transient(err error) bool {
	if relayers.IsPermanent(err) {
		return false
	}
	switch evm.CodeOf(err) {
	case "", evm.CodeTimeout:
		return true
	}
	return false
}

// assetOf names the routing asset of a token on a chain (or token@chain
// for one the topology does not list).
func (x *Executor) assetOf(chain string, token common.Address) string {
	snap := x.Store.Load()
	for i := range snap.Assets {
		a := &snap.Assets[i]
		if a.Chain == chain && common.IsHexAddress(a.Address) && common.HexToAddress(a.Address) == token {
			return a.ID
		}
	}
	return token.Hex() + "@" + chain
}

// revertReason renders the revert data a Gateway recorded: the custom
// error's name when it is one of the contracts', else hex.
func revertReason(data []byte) string {
	if len(data) < 4 {
		return "no reason given"
	}
	for _, a := range []abi.ABI{bindings.NewLiquidityPool().GetABI(), bindings.NewLockMintBridge().GetABI(), bindings.NewGateway().GetABI()} {
		if e, err := a.ErrorByID([4]byte(data[:4])); err == nil {
			return e.Name
		}
	}
	return hexutil.Encode(data)
}

// delivered reads what a delivery paid: the first transfer of the hop's
// destination token to the destination gateway (which forwards it) or to
// the recipient.
func (x *Executor) delivered(r *types.Receipt, asset string, dst *evmsource.Chain, st transfer.State) (*big.Int, error) {
	snap := x.Store.Load()
	i, _ := snap.AssetIndex(asset)
	token := common.HexToAddress(snap.Assets[i].Address)
	to := map[common.Address]bool{dst.Gateway: true}
	if common.IsHexAddress(st.Recipient) {
		to[common.HexToAddress(st.Recipient)] = true
	}
	for _, l := range r.Logs {
		if l.Address == token && len(l.Topics) == 3 && l.Topics[0] == transferTopic && to[common.BytesToAddress(l.Topics[2].Bytes())] {
			return new(big.Int).SetBytes(l.Data), nil
		}
	}
	return nil, fmt.Errorf("delivery %s paid no %s to the gateway or the recipient", r.TxHash.Hex(), asset)
}

// Hub is the relayers' Progress: it hands each hop's delivery transaction
// to the executor waiting on it.
type Hub = relayers.DeliveryHub

// NewHub returns an empty hub.
func NewHub() *Hub { return relayers.NewDeliveryHub() }

// errNotParked: the funds a reroute was to take are no longer parked (they
// were refunded); the transfer goes to its refund, which records that.
var errNotParked = errors.New("the parked funds were refunded")

// current is the committed alternative the transfer's route now follows.
func current(st transfer.State) (*transfer.Alternative, error) {
	for i := range st.Alternatives {
		a := &st.Alternatives[i]
		if a.From != st.Held || len(a.Route) != len(st.Route) {
			continue
		}
		same := true
		for k := range a.Route {
			same = same && a.Route[k] == st.Route[k]
		}
		if same {
			return a, nil
		}
	}
	return nil, fmt.Errorf("the route from %s is not a committed alternative", st.Held)
}

// takeAlternative sends the parked funds along the committed alternative
// the transfer was rerouted to, and returns the reroute transaction (the
// first hop starts from it). Idempotent: if the funds were already taken
// (an earlier attempt, another node, anyone: reroute is permissionless),
// it returns the transaction that took them.
func (x *Executor) takeAlternative(ctx context.Context, st transfer.State) (string, error) {
	if x.Gateways == nil {
		return "", errors.New("no gateway caller: cannot take a committed alternative")
	}
	alt, err := current(st)
	if err != nil {
		return "", err
	}
	c, _, err := x.chainOf(alt.From)
	if err != nil {
		return "", err
	}
	id := evmsource.TransferID(st.QuoteID)
	outcome := func() (string, error) {
		rer, ref, err := x.Gateways.ParkedOutcome(ctx, c.Name, c.Gateway, id)
		switch {
		case err != nil:
			return "", err
		case rer != "":
			return rer, nil
		case ref != "":
			return "", fmt.Errorf("%w on %s (%s)", errNotParked, c.Name, ref)
		}
		return "", nil
	}
	if tx, err := outcome(); tx != "" || err != nil {
		return tx, err
	}
	data, err := hexutil.Decode(alt.Call)
	if err != nil {
		return "", fmt.Errorf("alternative's call: %w", err)
	}
	r, err := x.Gateways.Call(ctx, c.Name, c.Gateway, data)
	if err != nil {
		if tx, oerr := outcome(); tx != "" || oerr != nil {
			return tx, oerr // taken (or refunded) by someone else meanwhile
		}
		return "", fmt.Errorf("reroute on %s: %w (%s)", c.Name, err, revertReason(revertData(err)))
	}
	return r.TxHash.Hex(), nil
}

// refundParked pays parked funds back to the refund address (the
// Gateway's refundParked), or records that they were paid.
func (x *Executor) refundParked(ctx context.Context, st transfer.State, report func(transfer.Input)) {
	fail := func(err error) {
		report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: err.Error()})
	}
	if x.Gateways == nil {
		fail(errors.New("no gateway caller: the parked funds wait for the refund address (or anyone after the deadline) to call refundParked"))
		return
	}
	c, rc, err := x.chainOf(st.Held)
	if err != nil {
		fail(err)
		return
	}
	id := evmsource.TransferID(st.QuoteID)
	recorded := func(tx string, already bool) bool {
		r, err := rc.TransactionReceipt(ctx, common.HexToHash(tx))
		if err != nil {
			return false
		}
		g := evm.GatewayRefundIn(r, c.Gateway, id)
		if g == nil {
			return false
		}
		how := "refundParked by the gateway on " + c.Name
		if already {
			how += " (already paid)"
		}
		report(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: tx, Asset: x.assetOf(c.Name, g.Token), Amount: g.Amount.String(), Reason: how})
		return true
	}
	for attempt := 1; ; attempt++ {
		rer, ref, err := x.Gateways.ParkedOutcome(ctx, c.Name, c.Gateway, id)
		if err == nil && ref != "" && recorded(ref, true) {
			return
		}
		if err == nil && rer != "" {
			fail(fmt.Errorf("the parked funds on %s were taken along a committed alternative (%s)", c.Name, rer))
			return
		}
		if err == nil {
			var r *types.Receipt
			r, err = x.Gateways.Call(ctx, c.Name, c.Gateway, gatewayABI.PackRefundParked(id))
			if err == nil && recorded(r.TxHash.Hex(), false) {
				return
			}
			if err == nil {
				err = fmt.Errorf("refundParked %s on %s paid nothing", r.TxHash.Hex(), c.Name)
			}
		}
		if ctx.Err() != nil {
			return // node stopping: the refund resumes on restart
		}
		if attempt >= 5 {
			fail(fmt.Errorf("refund of the parked funds on %s: %w (%s)", c.Name, err, revertReason(revertData(err))))
			return
		}
		x.log().Warn("refund of parked funds failed; retrying", "transfer", st.ID, "attempt", attempt, "err", err)
		select {
		case <-ctx.Done():
			return
		case <-time.After(time.Duration(attempt) * x.poll()):
		}
	}
}

var gatewayABI = bindings.NewGateway()

// revertData is the revert data in err's chain, if any.
func revertData(err error) []byte {
	var rv *evm.Revert
	if errors.As(err, &rv) {
		return rv.Data
	}
	return nil
}
