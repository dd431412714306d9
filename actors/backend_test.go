package actors

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/actors/walletapi"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// hashChecker stands in for the chain-specific checker at this seam: the
// transaction id is the hash of the signed bytes; "0xbad" is a mismatch.
type hashChecker struct{}

func (hashChecker) Check(_ context.Context, q *quote.Quote, r api.SubmitRequest) (string, *api.Error) {
	if r.SignedTx == "0xbad0" {
		return "", api.Errorf(api.CodeTxMismatch, "signed_tx", "transaction does not call the gateway with the quoted route")
	}
	if r.TxHash != "" {
		return r.TxHash, nil
	}
	h := sha256.Sum256([]byte(r.SignedTx))
	return "0x" + hex.EncodeToString(h[:]), nil
}

type apiEnv struct {
	c  *api.Client
	j  *persistence.PebbleJournal
	m  *Manager
	qs *quote.Service
	ck *clockT
}

type clockT struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clockT) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clockT) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func startAPI(t *testing.T) *apiEnv { t.Helper(); return startAPIWith(t, hashChecker{}) }

func startAPIWith(t *testing.T, checker SourceChecker) *apiEnv {
	t.Helper()
	_, nc := testnats.Start(t)
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(snap)
	ck := &clockT{t: time.Now()}
	qs, err := quote.New(quote.Options{Store: store, Now: ck.now})
	if err != nil {
		t.Fatal(err)
	}
	j, err := persistence.Open(t.TempDir(), persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub := jsPublisher(t, nc)
	sim := newBridgeSim()
	sim.gate = make(chan struct{}) // hops never finish here: this test is about the API
	m, err := NewManager(Options{Journal: j, Executor: sim, Publisher: pub, Logger: quiet, Tick: time.Hour, Now: ck.now})
	if err != nil {
		t.Fatal(err)
	}
	if err := m.Start(); err != nil {
		t.Fatal(err)
	}
	b := &Backend{Quotes: qs, Manager: m, Journal: j, Checker: checker, Store: store, Now: ck.now}
	svc, err := walletapi.Serve(nc, b, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = svc.Stop()
		close(sim.gate)
		m.Stop()
		_ = j.Close()
	})
	return &apiEnv{c: api.NewClient(nc), j: j, m: m, qs: qs, ck: ck}
}

func (e *apiEnv) quote(t *testing.T, owner string) *api.QuoteReply {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	q, err := e.c.Quote(ctx, api.QuoteRequest{From: "USDC@ethereum", To: "USDC@base", Amount: "5000000", Owner: owner, Recipient: owner})
	if err != nil {
		t.Fatal(err)
	}
	return q
}

func code(err error) api.Code {
	var e *api.Error
	if errors.As(err, &e) {
		return e.Code
	}
	return ""
}

func TestSubmitIsIdempotentAndCoded(t *testing.T) {
	e := startAPI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	q := e.quote(t, "0xAbC")
	tr, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "ref-1", SignedTx: "0x01"})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Substatus != api.SubSourceConfirming || tr.Seq != 2 {
		t.Fatalf("after submit: %s seq %d", tr.Substatus, tr.Seq)
	}
	again, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "ref-1", SignedTx: "0x01"})
	if err != nil || again.ID != tr.ID || again.Seq != tr.Seq {
		t.Fatalf("repeat submit: %+v %v", again, err)
	}
	head, _, _ := e.j.Head(ctx, StreamPrefix+tr.ID)
	if head != 2 {
		t.Fatalf("repeat submit journaled: head %d", head)
	}
	q2 := e.quote(t, "0xAbC")
	if _, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "ref-1", SignedTx: "0x02"}); code(err) != api.CodeClientRefReused {
		t.Fatalf("client_ref reuse: %v", err)
	}
	if _, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "ref-2", SignedTx: "0x01"}); code(err) != api.CodeTxReplayed {
		t.Fatalf("replayed tx: %v", err)
	}
	if _, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "ref-3", SignedTx: "0xbad0"}); code(err) != api.CodeTxMismatch {
		t.Fatalf("mismatched tx: %v", err)
	}
	if _, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: "q_nope", ClientRef: "ref-4", SignedTx: "0x03"}); code(err) != api.CodeUnknownQuote {
		t.Fatalf("unknown quote: %v", err)
	}
	e.ck.add(2 * time.Minute)
	if _, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "ref-5", SignedTx: "0x04"}); code(err) != api.CodeQuoteExpired {
		t.Fatalf("expired quote: %v", err)
	}
	// None of the refused submits journaled anything.
	streams, _ := e.j.Streams(ctx, StreamPrefix, "", 0)
	if len(streams) != 1 {
		t.Fatalf("%d transfer streams, want 1: %v", len(streams), streams)
	}
	list, err := e.c.List(ctx, api.ListRequest{Owner: "0xabc"})
	if err != nil || len(list.Transfers) != 1 || list.Transfers[0].ID != tr.ID {
		t.Fatalf("list: %+v %v", list, err)
	}
	got, err := e.c.Get(ctx, tr.ID)
	if err != nil || got.ID != tr.ID {
		t.Fatalf("get: %v", err)
	}
	// The source transaction was broadcast and may still be mined: the
	// cancel is recorded, and the transaction's fate ends the transfer.
	c, err := e.c.Cancel(ctx, tr.ID)
	if err != nil || c.Status != api.StatusPending || !c.CancelRequested || c.Seq != 3 {
		t.Fatalf("cancel: %+v %v", c, err)
	}
	if again, err := e.c.Cancel(ctx, tr.ID); err != nil || again.Seq != 3 || !again.CancelRequested {
		t.Fatalf("second cancel (journals nothing): %+v %v", again, err)
	}
	if _, err := e.m.Input(tr.ID, transfer.Input{Kind: transfer.InSourceFailed, TxID: "0x01", Reason: "replaced by the wallet"}); err != nil {
		t.Fatal(err)
	}
	if got, err := e.c.Get(ctx, tr.ID); err != nil || got.Substatus != api.SubCancelled {
		t.Fatalf("after the source failed: %+v %v", got, err)
	}
	if _, err := e.c.Cancel(ctx, tr.ID); code(err) != api.CodeNotCancellable {
		t.Fatalf("cancel of an ended transfer: %v", err)
	}
	if _, err := e.c.Get(ctx, "tr_missing"); code(err) != api.CodeNotFound {
		t.Fatalf("missing: %v", err)
	}
}

// TestConcurrentSubmitsMakeOneTransferEach: 200 transfers, each submitted
// twice at the same time, give exactly 200 transfers.
func TestConcurrentSubmitsMakeOneTransferEach(t *testing.T) {
	e := startAPI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	n := 200
	if testing.Short() {
		n = 50
	}
	quotes := make([]*api.QuoteReply, n)
	for i := range quotes {
		quotes[i] = e.quote(t, "0xfeed")
	}
	var wg sync.WaitGroup
	ids := make([][2]string, n)
	errs := make(chan error, 2*n)
	for i := 0; i < n; i++ {
		for k := 0; k < 2; k++ {
			wg.Add(1)
			go func(i, k int) {
				defer wg.Done()
				tr, err := e.c.Submit(ctx, api.SubmitRequest{QuoteID: quotes[i].QuoteID, ClientRef: fmt.Sprint("c-", i), SignedTx: fmt.Sprintf("0x%04x", i)})
				if err != nil {
					errs <- err
					return
				}
				ids[i][k] = tr.ID
			}(i, k)
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for i := range ids {
		if ids[i][0] != ids[i][1] {
			t.Fatalf("transfer %d: two submits gave %s and %s", i, ids[i][0], ids[i][1])
		}
	}
	streams, _ := e.j.Streams(ctx, StreamPrefix, "", 0)
	if len(streams) != n {
		t.Fatalf("%d streams for %d transfers", len(streams), n)
	}
}

// TestSubmitFinishesAnInterruptedSubmit: a submit whose node died after
// journaling the transfer and before journaling its source transaction
// left it AWAITING_SOURCE_TX; the wallet's retry (same client_ref, quote
// and signed transaction, perhaps on another node) finishes it instead of
// answering with a transfer that would wait for its deadline. Without the
// quote, the retry answers with the transfer as it is.
func TestSubmitFinishesAnInterruptedSubmit(t *testing.T) {
	e := startAPI(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, c := range []struct {
		ref       string
		quoteGone bool
	}{{"cut-1", false}, {"cut-2", true}} {
		q := e.quote(t, "0xAbC")
		req := api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: c.ref, SignedTx: "0x" + hex.EncodeToString([]byte(c.ref))}
		txID, _ := hashChecker{}.Check(ctx, nil, req)
		// What the interrupted submit journaled: the transfer, not its
		// source transaction.
		id := TransferID(c.ref)
		_, existed, err := e.m.Create(transfer.State{ID: id, QuoteID: q.QuoteID, ClientRef: c.ref, Owner: "0xAbC", Recipient: "0xAbC",
			From: q.From, To: q.To, Amount: q.Amount, MinOut: "1", Deadline: e.ck.now().Add(time.Hour)},
			[]persistence.Index{{Name: "owner", Value: "0xabc"}, {Name: "source_tx", Value: txID}})
		if err != nil || existed {
			t.Fatalf("create: %v %v", existed, err)
		}
		want, seq := api.SubSourceConfirming, uint64(2)
		if c.quoteGone {
			e.ck.add(2 * time.Minute) // the quote expires
			want, seq = api.SubAwaitingSourceTx, 1
		}
		tr, err := e.c.Submit(ctx, req)
		if err != nil || tr.ID != id || tr.Substatus != want || tr.Seq != seq {
			t.Fatalf("%s: retry after the interrupted submit: %+v %v; want %s at seq %d", c.ref, tr, err, want, seq)
		}
		// Once more: nothing new.
		again, err := e.c.Submit(ctx, req)
		if err != nil || again.Seq != seq {
			t.Fatalf("%s: second retry: %+v %v", c.ref, again, err)
		}
	}
}

// verifyingChecker checks without broadcasting and records, at each
// broadcast, whether the transfer was journaled by then.
type verifyingChecker struct {
	hashChecker
	j         persistence.Journal
	mu        sync.Mutex
	journaled []bool
	fail      bool // the next broadcast fails (passing: UNAVAILABLE)
}

func (v *verifyingChecker) Verify(ctx context.Context, q *quote.Quote, r api.SubmitRequest) (string, *api.Error) {
	return v.hashChecker.Check(ctx, q, r)
}

func (v *verifyingChecker) Broadcast(ctx context.Context, q *quote.Quote, r api.SubmitRequest) *api.Error {
	head, _, err := v.j.Head(ctx, StreamPrefix+TransferID(r.ClientRef))
	v.mu.Lock()
	defer v.mu.Unlock()
	v.journaled = append(v.journaled, err == nil && head >= 1)
	if v.fail {
		v.fail = false
		return api.Errorf(api.CodeUnavailable, "signed_tx", "broadcast: connection refused")
	}
	return nil
}

func (v *verifyingChecker) Check(ctx context.Context, q *quote.Quote, r api.SubmitRequest) (string, *api.Error) {
	panic("a SourceVerifier's Check is not used by the submit")
}

// TestSubmitJournalsBeforeBroadcast: with a SourceVerifier the transfer,
// with its signed transactions, is journaled before they are broadcast; a
// broadcast that fails leaves the transfer for the retry, which
// broadcasts and finishes it.
func TestSubmitJournalsBeforeBroadcast(t *testing.T) {
	v := &verifyingChecker{fail: true}
	e := startAPIWith(t, v)
	v.j = e.j
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	q := e.quote(t, "0xAbC")
	req := api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "jf-1", SignedApprovals: []string{"0xa1"}, SignedTx: "0x01"}
	if _, err := e.c.Submit(ctx, req); code(err) != api.CodeUnavailable {
		t.Fatalf("failed broadcast: %v, want UNAVAILABLE", err)
	}
	st, ok, err := e.m.Get(TransferID("jf-1"))
	if err != nil || !ok || st.Substatus != api.SubAwaitingSourceTx || st.SourceTx == "" || len(st.SourceRaw) != 2 || st.SourceRaw[0] != "0xa1" || st.SourceRaw[1] != "0x01" {
		t.Fatalf("after the failed broadcast: %+v %v %v", st, ok, err)
	}
	tr, err := e.c.Submit(ctx, req)
	if err != nil || tr.Substatus != api.SubSourceConfirming || tr.Seq != 2 {
		t.Fatalf("retry: %+v %v", tr, err)
	}
	v.mu.Lock()
	if len(v.journaled) != 2 || !v.journaled[0] || !v.journaled[1] {
		t.Fatalf("journaled at each broadcast: %v", v.journaled)
	}
	v.fail = true
	v.mu.Unlock()

	// The same interruption, then the wallet cancels: a retried submit
	// does not broadcast the cancelled transfer's transactions.
	q2 := e.quote(t, "0xAbC")
	req2 := api.SubmitRequest{QuoteID: q2.QuoteID, ClientRef: "jf-2", SignedApprovals: []string{"0xa2"}, SignedTx: "0x02"}
	if _, err := e.c.Submit(ctx, req2); code(err) != api.CodeUnavailable {
		t.Fatalf("failed broadcast: %v, want UNAVAILABLE", err)
	}
	if c, err := e.c.Cancel(ctx, TransferID("jf-2")); err != nil || !c.CancelRequested || c.Substatus != api.SubAwaitingSourceTx {
		t.Fatalf("cancel of an unbroadcast transfer: %+v %v", c, err)
	}
	tr, err = e.c.Submit(ctx, req2)
	if err != nil || !tr.CancelRequested || tr.Substatus != api.SubAwaitingSourceTx {
		t.Fatalf("retry after the cancel: %+v %v", tr, err)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.journaled) != 3 {
		t.Fatalf("%d broadcasts, want 3 (the retry after the cancel broadcast again)", len(v.journaled))
	}
}
