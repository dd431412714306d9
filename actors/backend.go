package actors

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/routing"
)

// SourceChecker checks the wallet's source transaction against its quote:
// that it calls the gateway with the quoted token, amount and route hash,
// from the quoted owner, with a valid signature. It returns the chain
// transaction id. (The EVM implementation decodes and verifies the signed
// transaction; with only a hash it reads the transaction from the chain.)
type SourceChecker interface {
	Check(ctx context.Context, q *quote.Quote, req api.SubmitRequest) (txID string, e *api.Error)
}

// SourceVerifier is a SourceChecker that can check without broadcasting.
// With one, a submit journals the transfer (with the signed transactions)
// before anything reaches the chain, then broadcasts: a node that dies in
// between leaves a transfer that a retry or the transfer's own resume
// broadcasts again, never funds moved for a transfer nobody journaled.
type SourceVerifier interface {
	Verify(ctx context.Context, q *quote.Quote, req api.SubmitRequest) (txID string, e *api.Error)
	Broadcast(ctx context.Context, q *quote.Quote, req api.SubmitRequest) *api.Error
}

// Backend implements the wallet API's transfer endpoints on the manager,
// the quote service and the journal's indexes.
type Backend struct {
	Quotes  *quote.Service
	Manager *Manager
	Journal persistence.Journal
	Checker SourceChecker
	Store   *routing.Store
	Now     func() time.Time
	// DeadlineSlack is added to a route's p90 ETA (times 3) to give the
	// transfer's deadline; default 1 h at least.
	MinDeadline time.Duration
	// Health, if set, reports each chain's live health and head (the
	// chain actors); without it every chain is reported "ok".
	Health ChainHealth
	// FindQuote, if set, finds a quote Quotes does not hold (in a cluster:
	// one another node issued).
	FindQuote func(id string) (*quote.Quote, *api.Error)
}

// ChainHealth reports a chain's health ("ok", "degraded", "down") and head
// height; ok is false when nothing is known about the chain yet.
type ChainHealth interface {
	ChainHealth(id string) (health string, height uint64, ok bool)
}

// TransferID is the id of the transfer a client_ref names. Deriving it from
// client_ref makes a repeated submit land on the same journal stream, whose
// expected-sequence check lets only the first one create it.
func TransferID(clientRef string) string {
	h := sha256.Sum256([]byte("strait/client_ref/" + clientRef))
	return "tr_" + hex.EncodeToString(h[:12])
}

func (b *Backend) now() time.Time {
	if b.Now != nil {
		return b.Now()
	}
	return time.Now()
}

// Quote implements walletapi.Backend.
func (b *Backend) Quote(r api.QuoteRequest) (*api.QuoteReply, *api.Error) { return b.Quotes.Quote(r) }

// AppendQuote implements walletapi.QuoteAppender.
func (b *Backend) AppendQuote(buf []byte, r api.QuoteRequest) ([]byte, *api.Error) {
	return b.Quotes.AppendQuote(buf, r)
}

// QuotesOnlyCompute implements walletapi.QuoteComputer.
func (b *Backend) QuotesOnlyCompute() bool { return b.Quotes.QuotesOnlyCompute() }

// Submit implements walletapi.Backend.
func (b *Backend) Submit(req api.SubmitRequest) (*api.Transfer, *api.Error) {
	id := TransferID(req.ClientRef)
	// unfinished is a transfer an earlier submit journaled without its
	// source transaction: that submit stopped in between (its node died
	// after Create and before Input). This repeat finishes it: the check
	// and the broadcast are idempotent, and the machine takes the source
	// transaction once.
	var unfinished *transfer.State
	if st, ok, err := b.Manager.Get(id); err != nil {
		return nil, managerErr("read transfer", err)
	} else if ok {
		if st.QuoteID != req.QuoteID {
			return nil, api.Errorf(api.CodeClientRefReused, "client_ref", "client_ref %q already names transfer %s of quote %s", req.ClientRef, id, st.QuoteID)
		}
		if st.Substatus != api.SubAwaitingSourceTx || st.CancelRequested {
			// Idempotent: nothing journaled. (A transfer the wallet
			// cancelled is not broadcast by a retried submit either.)
			return toAPI(&st), nil
		}
		unfinished = &st
	}
	q, e := b.Quotes.Lookup(req.QuoteID)
	if e != nil && e.Code == api.CodeUnknownQuote && b.FindQuote != nil {
		q, e = b.FindQuote(req.QuoteID)
	}
	if e != nil {
		if unfinished != nil {
			// The quote is gone: the transfer cannot be finished here;
			// answer with it as it is (its deadline ends it).
			return toAPI(unfinished), nil
		}
		return nil, e
	}
	if len(q.Answer.Routes) == 0 {
		return nil, api.Errorf(api.CodeNoRoute, "quote_id", "quote %s offers only a split; submit each part's quote", q.ID)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	verifier, journalFirst := b.Checker.(SourceVerifier)
	var txID string
	if journalFirst {
		txID, e = verifier.Verify(ctx, q, req)
	} else {
		txID, e = b.Checker.Check(ctx, q, req)
	}
	if e != nil {
		return nil, e
	}
	if hits, err := b.Journal.Lookup(ctx, persistence.Index{Name: "source_tx", Value: strings.ToLower(txID)}, "", 1); err != nil {
		return nil, managerErr("lookup source tx", err)
	} else if len(hits) > 0 && hits[0].Stream != StreamPrefix+id {
		return nil, api.Errorf(api.CodeTxReplayed, "signed_tx", "transaction %s was already submitted for another transfer", txID)
	}
	r := &q.Answer.Routes[0]
	route := make([]transfer.Hop, len(r.Hops))
	for i, h := range r.Hops {
		route[i] = transfer.Hop{Edge: h.Edge, Bridge: h.Bridge, From: h.From, To: h.To}
	}
	refund := q.Request.RefundAddress
	if refund == "" {
		refund = q.Request.Owner
	}
	deadline := time.Duration(3*r.ETAP90) * time.Second
	if deadline < b.MinDeadline || deadline < time.Hour {
		deadline = max(b.MinDeadline, time.Hour)
	}
	init := transfer.State{ID: id, QuoteID: q.ID, ClientRef: req.ClientRef, Owner: q.Request.Owner, Recipient: q.Request.Recipient,
		RefundAddress: refund, From: q.Request.From, To: q.Request.To, Amount: r.AmountIn.Dec(), MinOut: r.MinOut.Dec(),
		Deadline: b.now().UTC().Add(deadline), Preset: string(q.Answer.Preset), Route: route,
		Alternatives: q.Alternatives,
		// Journaled with the transfer, so that it is not lost if this
		// submit stops before the Input below (transfer.SourceGrace).
		SourceTx: txID, SourceRaw: signedRaw(req)}
	st, existed, err := b.Manager.Create(init, []persistence.Index{
		{Name: "owner", Value: strings.ToLower(q.Request.Owner)},
		{Name: "source_tx", Value: strings.ToLower(txID)},
	})
	if err != nil {
		return nil, managerErr("create transfer", err)
	}
	if existed { // a concurrent or earlier submit of the same client_ref created it
		if st.QuoteID != req.QuoteID {
			return nil, api.Errorf(api.CodeClientRefReused, "client_ref", "client_ref %q already names transfer %s", req.ClientRef, id)
		}
		if st.Substatus != api.SubAwaitingSourceTx || st.CancelRequested {
			return toAPI(&st), nil
		}
		// Not yet given its source transaction: give it (a second Input
		// of the same transaction is ErrNotNow and journals nothing).
	}
	if journalFirst {
		// Journaled: now the chain may see it. A failure here is passing
		// (the retry, or the transfer's resume, broadcasts again).
		if e := verifier.Broadcast(ctx, q, req); e != nil {
			return nil, e
		}
	}
	st, err = b.Manager.Input(id, transfer.Input{Kind: transfer.InSourceBroadcast, TxID: txID})
	if err != nil && !errors.Is(err, transfer.ErrNotNow) {
		return nil, managerErr("record source transaction", err)
	}
	return toAPI(&st), nil
}

// signedRaw lists a request's signed transactions in broadcast order.
func signedRaw(req api.SubmitRequest) []string {
	out := append([]string(nil), req.SignedApprovals...)
	if req.SignedTx != "" {
		out = append(out, req.SignedTx)
	}
	return out
}

// managerErr codes an error of the manager. The node stopping (its
// context canceled) or the member a transfer lives on not answering is
// UNAVAILABLE: the wallet retries, and a submit is idempotent by its
// client_ref (a transfer created without its source transaction is
// finished by the retry, or by transfer.SourceGrace). Anything else is a
// bug: INTERNAL.
func managerErr(what string, err error) *api.Error {
	if retryable(err) {
		return api.Errorf(api.CodeUnavailable, "", "%s: %v", what, err)
	}
	return api.Errorf(api.CodeInternal, "", "%s: %v", what, err)
}

// retryable says whether err means the transfer's node could not answer
// now (it is stopping, slow or cut off), so the same request may be sent
// again: UNAVAILABLE to a wallet, "unavailable" across the cluster.
func retryable(err error) bool {
	return errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrMemberUnavailable)
}

// Get implements walletapi.Backend.
func (b *Backend) Get(id string) (*api.Transfer, *api.Error) {
	st, ok, err := b.Manager.Get(id)
	if err != nil {
		return nil, managerErr("read transfer", err)
	}
	if !ok {
		return nil, api.Errorf(api.CodeNotFound, "id", "no transfer %q", id)
	}
	// An ended transfer's last events may never have gone out (its node
	// died first): the watch that asks for it would wait for them.
	if err := b.Manager.RepairEvents(&st); err != nil {
		b.Manager.log.Warn("events of an ended transfer not repaired; the next read retries", "transfer", id, "err", err)
	}
	return toAPI(&st), nil
}

// List implements walletapi.Backend.
func (b *Backend) List(r api.ListRequest) (*api.ListReply, *api.Error) {
	limit := r.Limit
	if limit <= 0 {
		limit = 50
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	hits, err := b.Journal.Lookup(ctx, persistence.Index{Name: "owner", Value: strings.ToLower(r.Owner)}, r.After, limit+1)
	if err != nil {
		return nil, managerErr("lookup owner", err)
	}
	out := &api.ListReply{Transfers: []api.Transfer{}}
	for i, h := range hits {
		if i == limit {
			out.Next = hits[limit-1].Stream
			break
		}
		st, ok, err := b.Manager.Get(strings.TrimPrefix(h.Stream, StreamPrefix))
		if err != nil || !ok {
			continue
		}
		out.Transfers = append(out.Transfers, *toAPI(&st))
	}
	return out, nil
}

// Cancel implements walletapi.Backend.
func (b *Backend) Cancel(id string) (*api.Transfer, *api.Error) {
	if _, ok, _ := b.Manager.Get(id); !ok {
		return nil, api.Errorf(api.CodeNotFound, "id", "no transfer %q", id)
	}
	st, err := b.Manager.Input(id, transfer.Input{Kind: transfer.InCancel})
	if errors.Is(err, transfer.ErrNotNow) || errors.Is(err, transfer.ErrTerminal) {
		return nil, api.Errorf(api.CodeNotCancellable, "id", "transfer %s can no longer be cancelled: its source transaction has confirmed or it has ended", id)
	}
	if err != nil {
		return nil, managerErr("cancel", err)
	}
	return toAPI(&st), nil
}

// Chains implements walletapi.Backend from the routing snapshot.
func (b *Backend) Chains() (*api.ChainsReply, *api.Error) {
	s := b.Store.Load()
	out := &api.ChainsReply{Chains: make([]api.Chain, 0, len(s.Chains))}
	for _, c := range s.Chains {
		ch := api.Chain{ID: c.ID, Kind: string(c.Kind), BlockTimeS: c.BlockTimeS, FinalityS: c.FinalityS, Health: "ok"}
		if b.Health != nil {
			if h, height, ok := b.Health.ChainHealth(c.ID); ok {
				ch.Health, ch.Head = h, strconv.FormatUint(height, 10)
			}
		}
		out.Chains = append(out.Chains, ch)
	}
	return out, nil
}

// Bridges implements walletapi.Backend with the snapshot's live figures.
func (b *Backend) Bridges() (*api.BridgesReply, *api.Error) {
	s := b.Store.Load()
	out := &api.BridgesReply{Bridges: make([]api.Bridge, 0, len(s.Edges))}
	for i := range s.Edges {
		e := &s.Edges[i]
		br := api.Bridge{ID: e.ID, Protocol: e.Protocol, From: s.Assets[e.From].ID, To: s.Assets[e.To].ID,
			Status: e.Status.String(), Trust: e.Trust.String(), ETAP50S: e.Latency.P50, ETAP90S: e.Latency.P90, Success: e.Success(0)}
		if c := e.Fee.Curve; c != nil {
			br.LiquidityUSD = s.ValueUSD(e.From, &c.Available)
		}
		out.Bridges = append(out.Bridges, br)
	}
	return out, nil
}

// toAPI converts a transfer's state for the wire.
func toAPI(s *transfer.State) *api.Transfer {
	t := &api.Transfer{ID: s.ID, QuoteID: s.QuoteID, ClientRef: s.ClientRef, Owner: s.Owner, Recipient: s.Recipient, RefundAddress: s.RefundAddress,
		From: s.From, To: s.To, Amount: s.Amount, MinOut: s.MinOut, AmountOut: s.AmountOut, Status: s.Status, Substatus: s.Substatus,
		Reroutes: s.Reroutes, SourceTx: s.SourceTx, CancelRequested: s.CancelRequested, Seq: s.Seq, CreatedAt: s.Created, UpdatedAt: s.Updated, Deadline: s.Deadline, Hops: []api.HopProgress{}}
	if s.RefundAsset != "" {
		t.Refund = &api.Refund{Asset: s.RefundAsset, Amount: s.RefundAmount, Tx: s.RefundTx}
	}
	for _, l := range s.Log {
		t.Hops = append(t.Hops, api.HopProgress{Index: l.Index, Bridge: l.Bridge, From: l.From, To: l.To, State: l.State, Attempt: l.Attempt, SourceTx: l.SourceTx, DestTx: l.DestTx})
	}
	return t
}
