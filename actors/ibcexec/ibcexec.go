// Package ibcexec runs the hops of a transfer that land on Cosmos chains:
// ICS-20 hops (`ibc-transfer`, through relayers/ibc) and the EVM -> Cosmos
// liquidity bridge (`strait-evm-cosmos`). Each hop is carried by the
// relayer of its protocol through the relayers.Relayer interface; the next
// hop starts from the previous hop's delivery transaction; and what a hop
// delivered is read from the destination chain (the packet the chain
// acknowledged, or the payment the bridge made), never taken from the
// relayer's word.
package ibcexec

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"

	sdk "github.com/cosmos/cosmos-sdk/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
	"github.com/straitnet/strait/routing"
)

// Executor implements actors.Executor for hops that land on Cosmos chains.
type Executor struct {
	Store *routing.Store
	// Chains are the Cosmos chains by id.
	Chains map[string]ibc.Chain
	// Relayers by protocol (ibc-transfer, strait-evm-cosmos), built with
	// Hub as their Progress.
	Relayers map[string]relayers.Relayer
	Hub      *Hub
	// RefundEVM refunds a transfer that entered Cosmos from an EVM chain
	// and failed there (its deposit is still in the EVM escrow); nil: such
	// refunds need an operator.
	RefundEVM func(ctx context.Context, st transfer.State) (txID, amount string, err error)
	Logger    *slog.Logger
}

// Run implements actors.Executor.
func (x *Executor) Run(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	switch eff.Kind {
	case transfer.EffWatchSource:
		x.watchSource(ctx, st, report)
	case transfer.EffStartHop:
		x.hop(ctx, st, eff, report)
	case transfer.EffStartRefund:
		x.refund(ctx, st, eff, report)
	}
}

func (x *Executor) asset(id string) (*routing.Asset, error) {
	snap := x.Store.Load()
	i, ok := snap.AssetIndex(id)
	if !ok {
		return nil, fmt.Errorf("unknown asset %s", id)
	}
	return &snap.Assets[i], nil
}

// watchSource follows a wallet's Cosmos transaction into a block.
func (x *Executor) watchSource(ctx context.Context, st transfer.State, report func(transfer.Input)) {
	a, err := x.asset(st.From)
	if err != nil {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: err.Error()})
		return
	}
	c, ok := x.Chains[a.Chain]
	if !ok {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: "no Cosmos chain " + a.Chain})
		return
	}
	tx, err := c.WaitTx(ctx, strings.ToUpper(strings.TrimPrefix(st.SourceTx, "0x")))
	if err != nil {
		return // node stopping: the watch resumes on restart
	}
	if !tx.OK() {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: "source transaction failed: " + tx.Log})
		return
	}
	// CometBFT finality is instant: included is final.
	report(transfer.Input{Kind: transfer.InSourceConfirmed, TxID: st.SourceTx, Amount: st.Amount})
}

func (x *Executor) hop(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	fail := func(err error) {
		report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Reason: err.Error()})
	}
	snap := x.Store.Load()
	ei, ok := snap.EdgeIndex(eff.Edge)
	if !ok {
		fail(fmt.Errorf("unknown edge %s", eff.Edge))
		return
	}
	protocol := snap.Edges[ei].Protocol
	rel, ok := x.Relayers[protocol]
	if !ok {
		fail(fmt.Errorf("no relayer for %s", protocol))
		return
	}
	from, err := x.asset(eff.From)
	if err != nil {
		fail(err)
		return
	}
	to, err := x.asset(eff.To)
	if err != nil {
		fail(err)
		return
	}
	dst, ok := x.Chains[to.Chain]
	if !ok {
		fail(fmt.Errorf("no Cosmos chain %s", to.Chain))
		return
	}
	sourceTx := st.SourceTx
	if eff.Hop == 0 && eff.From != st.From {
		// A new route from where the funds were held: after an IBC hop
		// failed, ICS-20 returned the tokens to whoever sent the packet (the
		// wallet, a forwarder, or the EVM -> Cosmos bridge's float), and
		// starting again from there would need a new transaction by that
		// sender, which no relayer makes. Fail at once rather than wait for
		// a source transaction that is on another chain.
		fail(fmt.Errorf("%s: a rerouted route cannot start on %s (the funds are back with the failed hop's sender)", ibc.CodeBadHop, from.Chain))
		return
	}
	if eff.Hop > 0 {
		sourceTx = ""
		for i := len(st.Log) - 1; i >= 0; i-- {
			if l := st.Log[i]; l.Index == eff.Hop-1 && l.State == "delivered" {
				sourceTx = l.DestTx
				break
			}
		}
		if sourceTx == "" {
			fail(fmt.Errorf("hop %d has no delivery transaction of hop %d to start from", eff.Hop, eff.Hop-1))
			return
		}
	}
	ref := relayers.HopRef{Transfer: st.ID, Hop: eff.Hop, Attempt: eff.Attempt}
	h := relayers.Hop{Ref: ref, TransferID: evmsource.TransferID(st.QuoteID), Kind: protocol, FromChain: from.Chain, ToChain: to.Chain, SourceTx: sourceTx}
	if eff.Hop == 0 {
		h.Amount, _ = new(big.Int).SetString(eff.Amount, 10)
	}
	w := x.Hub.Watch(ref)
	defer x.Hub.Forget(ref)
	if err := rel.Execute(ctx, h); err != nil {
		if ctx.Err() != nil {
			return // node stopping: the hop resumes on restart, idempotently
		}
		// An error ack or a timeout ends the packet for good (ICS-20 gave
		// the tokens back to its sender): retrying the hop from the same
		// source transaction cannot deliver, so the transfer refunds at
		// once. A rejected proof can: the packet is still pending.
		switch relayers.CodeOf(err) {
		case ibc.CodeAckError, ibc.CodeTimedOut:
			report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: false, Final: true, Reason: err.Error()})
		default:
			fail(err)
		}
		return
	}
	txID := w.Delivered()
	var amount *big.Int
	switch protocol {
	case ibc.KindTransfer:
		txID, amount, err = x.received(ctx, dst, h, to, txID)
	default:
		amount, err = paid(ctx, dst, txID, to)
	}
	if err != nil {
		fail(err)
		return
	}
	report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: true, TxID: txID, Amount: amount.String()})
}

// received reads what an ICS-20 hop delivered: the packet of this hop in
// the destination's receive transaction, acknowledged with success, in the
// denom the route expects there.
func (x *Executor) received(ctx context.Context, dst ibc.Chain, h relayers.Hop, to *routing.Asset, recvTx string) (string, *big.Int, error) {
	// The hop's packet, when its source transaction sent it (a wallet's or
	// a bridge payment's MsgTransfer; a forward is found by its receiver).
	var sent *channeltypes.Packet
	if src, ok := x.Chains[h.FromChain]; ok {
		if tx, err := src.Tx(ctx, strings.ToUpper(strings.TrimPrefix(h.SourceTx, "0x"))); err == nil {
			if evs, err := ibc.PacketEvents(tx.Events, channeltypes.EventTypeSendPacket); err == nil && len(evs) == 1 {
				sent = &evs[0].Packet
			}
		}
	}
	if recvTx == "" && sent != nil {
		// Delivered by someone else: find the receive by the packet.
		txs, err := dst.FindTx(ctx, channeltypes.EventTypeRecvPacket+"."+channeltypes.AttributeKeyDstChannel+"="+sent.DestinationChannel,
			channeltypes.EventTypeRecvPacket+"."+channeltypes.AttributeKeySequence+"="+fmt.Sprint(sent.Sequence))
		if err == nil {
			for _, t := range txs {
				if t.OK() {
					recvTx = t.Hash
					break
				}
			}
		}
	}
	if recvTx == "" {
		return "", nil, fmt.Errorf("ibc_not_found: hop %s delivered, but its receive transaction is unknown", h.Ref)
	}
	tx, err := dst.Tx(ctx, recvTx)
	if err != nil {
		return "", nil, fmt.Errorf("ibc_not_found: receive %s on %s: %w", recvTx, dst.ID(), err)
	}
	acks, err := ibc.PacketEvents(tx.Events, channeltypes.EventTypeWriteAck)
	if err != nil {
		return "", nil, err
	}
	var found []*big.Int
	for _, a := range acks {
		p := a.Packet
		if sent != nil && (p.SourceChannel != sent.SourceChannel || p.Sequence != sent.Sequence) {
			continue
		}
		if ok, _ := ibc.AckSuccess(a.Ack); !ok {
			continue
		}
		var data transfertypes.FungibleTokenPacketData
		if err := json.Unmarshal(p.Data, &data); err != nil {
			continue
		}
		if receivedDenom(p, data.Denom) != to.Address {
			continue
		}
		v, ok := new(big.Int).SetString(data.Amount, 10)
		if !ok || v.Sign() <= 0 {
			continue
		}
		found = append(found, v)
	}
	if len(found) != 1 {
		return "", nil, fmt.Errorf("ibc_not_found: receive %s on %s has %d successful packets of %s for hop %s, want 1", recvTx, dst.ID(), len(found), to.Address, h.Ref)
	}
	return recvTx, found[0], nil
}

// receivedDenom is the bank denom a packet's tokens arrive as on the
// receiving chain (ICS-20: a voucher unwinds when it goes back over the
// channel it came in on, otherwise it gains the receiving end as prefix).
func receivedDenom(p channeltypes.Packet, denom string) string {
	if transfertypes.ReceiverChainIsSource(p.SourcePort, p.SourceChannel, denom) {
		unprefixed := denom[len(transfertypes.GetDenomPrefix(p.SourcePort, p.SourceChannel)):]
		return transfertypes.ParseDenomTrace(unprefixed).IBCDenom()
	}
	return transfertypes.ParseDenomTrace(transfertypes.GetPrefixedDenom(p.DestinationPort, p.DestinationChannel, denom)).IBCDenom()
}

// paid reads what a bridge payment on a Cosmos chain paid: its one message
// (a bank send, or an onward ICS-20 transfer), in the asset's denom.
func paid(ctx context.Context, c ibc.Chain, txID string, to *routing.Asset) (*big.Int, error) {
	if txID == "" {
		return nil, errors.New("relayer reported delivery without a transaction")
	}
	tx, err := c.Tx(ctx, txID)
	if err != nil {
		return nil, fmt.Errorf("payment %s on %s: %w", txID, c.ID(), err)
	}
	if !tx.OK() || len(tx.Tx) == 0 {
		return nil, fmt.Errorf("payment %s on %s failed or is unreadable", txID, c.ID())
	}
	cdc, err := ibc.DefaultCodec()
	if err != nil {
		return nil, err
	}
	dec, err := cdc.TxConfig.TxDecoder()(tx.Tx)
	if err != nil {
		return nil, fmt.Errorf("decode payment %s: %w", txID, err)
	}
	msgs := dec.GetMsgs()
	if len(msgs) != 1 {
		return nil, fmt.Errorf("payment %s has %d messages", txID, len(msgs))
	}
	var coins sdk.Coins
	switch m := msgs[0].(type) {
	case *banktypes.MsgSend:
		coins = m.Amount
	case *transfertypes.MsgTransfer:
		coins = sdk.NewCoins(m.Token)
	default:
		return nil, fmt.Errorf("payment %s is a %T", txID, m)
	}
	v := coins.AmountOf(to.Address)
	if !v.IsPositive() {
		return nil, fmt.Errorf("payment %s paid no %s", txID, to.Address)
	}
	return v.BigInt(), nil
}

// refund: a transfer that entered Cosmos over the EVM bridge still has its
// deposit in the EVM escrow (a failed onward payment is never settled), so
// its refund is the escrow's. A transfer that started on Cosmos was
// refunded by ICS-20 itself when its packet timed out or was refused; any
// other case needs an operator.
func (x *Executor) refund(ctx context.Context, st transfer.State, eff transfer.Effect, report func(transfer.Input)) {
	src, err := x.asset(st.From)
	if err != nil {
		report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: err.Error()})
		return
	}
	if _, cosmos := x.Chains[src.Chain]; !cosmos {
		if x.RefundEVM == nil {
			report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: "no EVM refund wired for " + src.Chain})
			return
		}
		tx, amount, err := x.RefundEVM(ctx, st)
		if err != nil {
			if ctx.Err() != nil {
				return // node stopping: the refund resumes on restart
			}
			report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: err.Error()})
			return
		}
		// The escrow pays back the source token, whatever the transfer held
		// on Cosmos when it failed.
		report(transfer.Input{Kind: transfer.InRefundResult, OK: true, TxID: tx, Asset: st.From, Amount: amount,
			Reason: "from the deposit's escrow on " + src.Chain})
		return
	}
	report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: "funds held as " + eff.From +
		": ICS-20 returns them to the sender when the packet times out or is refused; anything else needs an operator"})
}

// Hub is the relayers' Progress: it hands each hop's delivery transaction
// to the executor waiting on it.
type Hub = relayers.DeliveryHub

// NewHub returns an empty hub.
func NewHub() *Hub { return relayers.NewDeliveryHub() }
