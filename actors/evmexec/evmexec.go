// Package evmexec runs a transfer's effects on EVM chains: it follows the
// wallet's source transaction to finality, carries each hop with the
// relayer of its bridge kind (the next hop starts from the previous hop's
// delivery transaction, where the destination gateway forwarded along the
// committed route), and reads what each hop delivered from its receipt.
package evmexec

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/relayers"
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
		// The contracts refund on their own (the gateway when a forward
		// cannot start, a pool after its grace period); a refund Strait
		// itself would have to push needs an operator today.
		report(transfer.Input{Kind: transfer.InRefundResult, OK: false, Reason: "refund of funds held at " + eff.From + " needs an operator (no automatic EVM refund path yet)"})
	}
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
	t := time.NewTicker(x.poll())
	defer t.Stop()
	for {
		r, err := rc.TransactionReceipt(ctx, h)
		if err == nil && r != nil {
			head, herr := rc.BlockNumber(ctx)
			if herr == nil && head >= r.BlockNumber.Uint64()+x.FinalityBlocks {
				return r, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

func (x *Executor) watchSource(ctx context.Context, st transfer.State, report func(transfer.Input)) {
	_, rc, err := x.chainOf(st.From)
	if err != nil {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: err.Error()})
		return
	}
	r, err := x.waitFinal(ctx, rc, common.HexToHash(st.SourceTx))
	if err != nil {
		return // node stopping: the watch resumes on restart
	}
	if r.Status != types.ReceiptStatusSuccessful {
		report(transfer.Input{Kind: transfer.InSourceFailed, TxID: st.SourceTx, Reason: "source transaction reverted"})
		return
	}
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
	src, _, err := x.chainOf(eff.From)
	if err != nil {
		fail(err)
		return
	}
	dst, drc, err := x.chainOf(eff.To)
	if err != nil {
		fail(err)
		return
	}
	sourceTx := st.SourceTx
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
	h := relayers.Hop{Ref: ref, TransferID: evmsource.TransferID(st.QuoteID), Kind: protocol, FromChain: src.Name, ToChain: dst.Name, SourceTx: sourceTx}
	if eff.Hop == 0 {
		h.Amount, _ = new(big.Int).SetString(eff.Amount, 10)
	}
	w := x.Hub.watch(ref)
	defer x.Hub.forget(ref)
	if err := rel.Execute(ctx, h); err != nil {
		if ctx.Err() != nil {
			return // node stopping: the hop resumes on restart, idempotently
		}
		fail(err)
		return
	}
	txID := w.delivered()
	if txID == "" {
		fail(errors.New("relayer reported delivery without a transaction"))
		return
	}
	r, err := x.waitFinal(ctx, drc, common.HexToHash(txID))
	if err != nil {
		return
	}
	amount, err := x.delivered(r, eff.To, dst, st)
	if err != nil {
		fail(err)
		return
	}
	report(transfer.Input{Kind: transfer.InHopResult, Hop: eff.Hop, Attempt: eff.Attempt, OK: true, TxID: txID, Amount: amount.String()})
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
type Hub struct {
	mu sync.Mutex
	w  map[relayers.HopRef]*waiter
}

// NewHub returns an empty hub.
func NewHub() *Hub { return &Hub{w: map[relayers.HopRef]*waiter{}} }

type waiter struct {
	mu sync.Mutex
	tx string
}

func (w *waiter) delivered() string { w.mu.Lock(); defer w.mu.Unlock(); return w.tx }

func (h *Hub) watch(ref relayers.HopRef) *waiter {
	h.mu.Lock()
	defer h.mu.Unlock()
	w := &waiter{}
	h.w[ref] = w
	return w
}

func (h *Hub) forget(ref relayers.HopRef) {
	h.mu.Lock()
	delete(h.w, ref)
	h.mu.Unlock()
}

func (h *Hub) get(ref relayers.HopRef) *waiter {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.w[ref]
}

// HopObserved implements relayers.Progress.
func (h *Hub) HopObserved(relayers.HopRef, string, string, uint64) {}

// HopAttested implements relayers.Progress.
func (h *Hub) HopAttested(relayers.HopRef, int) {}

// HopSubmitted implements relayers.Progress.
func (h *Hub) HopSubmitted(relayers.HopRef, string, string) {}

// HopDelivered implements relayers.Progress.
func (h *Hub) HopDelivered(ref relayers.HopRef, _ string, txID string, _ bool) {
	if w := h.get(ref); w != nil && txID != "" {
		w.mu.Lock()
		w.tx = strings.TrimSpace(txID)
		w.mu.Unlock()
	}
}

// HopFailed implements relayers.Progress.
func (h *Hub) HopFailed(relayers.HopRef, error) {}
