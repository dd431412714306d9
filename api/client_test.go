package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
)

// The client's retries against a real NATS server (embedded, 127.0.0.1):
// the failures are the ones a dying, frozen or restarting node causes.

// sleeps records the client's backoff waits instead of sleeping them
// (the waits are what the tests check; the time is not).
type sleeps struct {
	mu     sync.Mutex
	waits  []time.Duration
	before func(n int) // runs before the n-th wait returns (1-based)
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	n := len(s.waits)
	s.mu.Unlock()
	if s.before != nil {
		s.before(n)
	}
	return ctx.Err()
}

func newClient(t *testing.T, nc *nats.Conn, o api.ClientOptions, s *sleeps) *api.Client {
	t.Helper()
	o.Sleep = s.sleep
	o.Rand = func() float64 { return 0.5 } // jitter: 3/4 of each wait
	c, err := api.NewClientWith(nc, o)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// responder answers subject with reply(n, msg) for the n-th request
// (1-based); a nil reply drops the request (a frozen node, or a reply lost).
func responder(t *testing.T, nc *nats.Conn, subject string, reply func(n int, m *nats.Msg) *nats.Msg) *atomic.Int64 {
	t.Helper()
	var count atomic.Int64
	sub, err := nc.Subscribe(subject, func(m *nats.Msg) {
		n := int(count.Add(1))
		if r := reply(n, m); r != nil {
			r.Subject = m.Reply
			if err := nc.PublishMsg(r); err != nil {
				t.Error(err)
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := nc.Flush(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sub.Unsubscribe() })
	return &count
}

func ok(v any) *nats.Msg {
	b, _ := json.Marshal(v)
	return &nats.Msg{Data: b}
}

func fail(code api.Code) *nats.Msg {
	b, _ := json.Marshal(api.ErrorReply{Error: &api.Error{Code: code, Message: "test"}})
	m := &nats.Msg{Data: b, Header: nats.Header{}}
	m.Header.Set("Nats-Service-Error-Code", string(code))
	m.Header.Set("Nats-Service-Error", "test")
	return m
}

func connect(t *testing.T, url string) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(nc.Close)
	return nc
}

func checkStats(t *testing.T, c *api.Client, want api.ClientStats) {
	t.Helper()
	if got := c.Stats(); got != want {
		t.Fatalf("stats %+v, want %+v", got, want)
	}
}

// No node serves the subject (all down or restarting): the call waits and
// retries until one does.
func TestClientRetriesNoResponders(t *testing.T) {
	ns, nc := testnats.Start(t)
	srv := connect(t, ns.ClientURL())
	s := &sleeps{}
	s.before = func(n int) {
		if n == 2 { // a node comes up during the second wait
			responder(t, srv, api.SubjectGet, func(_ int, m *nats.Msg) *nats.Msg {
				var r api.GetRequest
				_ = json.Unmarshal(m.Data, &r)
				return ok(api.Transfer{ID: r.ID, Status: api.StatusPending})
			})
		}
	}
	c := newClient(t, nc, api.ClientOptions{Retries: 5, Backoff: 100 * time.Millisecond, MaxBackoff: 300 * time.Millisecond}, s)
	tr, err := c.Get(context.Background(), "t1")
	if err != nil || tr.ID != "t1" {
		t.Fatalf("get: %+v, %v", tr, err)
	}
	checkStats(t, c, api.ClientStats{Calls: 1, Attempts: 3, Failures: 2, RetriedOK: 1})
	if want := []time.Duration{75 * time.Millisecond, 150 * time.Millisecond}; !equalDurations(s.waits, want) {
		t.Fatalf("waits %v, want %v", s.waits, want)
	}
}

func equalDurations(a, b []time.Duration) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Retries run out: the call fails with the last error, counted as given
// up; the waits double up to MaxBackoff.
func TestClientGivesUp(t *testing.T) {
	_, nc := testnats.Start(t)
	s := &sleeps{}
	c := newClient(t, nc, api.ClientOptions{Retries: 4, Backoff: 100 * time.Millisecond, MaxBackoff: 300 * time.Millisecond}, s)
	_, err := c.Quote(context.Background(), api.QuoteRequest{From: "a", To: "b", Amount: "1"})
	if !errors.Is(err, nats.ErrNoResponders) || !strings.Contains(err.Error(), "after 5 attempts") {
		t.Fatalf("err %v, want no responders after 5 attempts", err)
	}
	checkStats(t, c, api.ClientStats{Calls: 1, Attempts: 5, Failures: 5, GaveUp: 1})
	want := []time.Duration{75, 150, 225, 225}
	for i := range want {
		want[i] *= time.Millisecond
	}
	if !equalDurations(s.waits, want) {
		t.Fatalf("waits %v, want %v", s.waits, want)
	}
}

// A node answering UNAVAILABLE is retried; any other code is final at once.
func TestClientRetriesUnavailableOnly(t *testing.T) {
	_, nc := testnats.Start(t)
	n := responder(t, nc, api.SubjectQuote, func(n int, _ *nats.Msg) *nats.Msg {
		if n <= 2 {
			return fail(api.CodeUnavailable)
		}
		return ok(api.QuoteReply{QuoteID: "q_1"})
	})
	responder(t, nc, api.SubjectList, func(int, *nats.Msg) *nats.Msg { return fail(api.CodeBadRequest) })
	s := &sleeps{}
	c := newClient(t, nc, api.ClientOptions{}, s)
	q, err := c.Quote(context.Background(), api.QuoteRequest{})
	if err != nil || q.QuoteID != "q_1" || n.Load() != 3 {
		t.Fatalf("quote %+v, %v after %d requests", q, err, n.Load())
	}
	_, err = c.List(context.Background(), api.ListRequest{Owner: "x"})
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeBadRequest {
		t.Fatalf("list: %v, want BAD_REQUEST", err)
	}
	checkStats(t, c, api.ClientStats{Calls: 2, Attempts: 4, Failures: 2, RetriedOK: 1})
}

// A node that takes the request and never answers (frozen, or killed while
// handling it): the attempt times out and the same request goes again. For
// a submit the body is byte-for-byte the same, client_ref included.
func TestClientRetriesTimedOutSubmit(t *testing.T) {
	_, nc := testnats.Start(t)
	var bodies []string
	var mu sync.Mutex
	responder(t, nc, api.SubjectSubmit, func(n int, m *nats.Msg) *nats.Msg {
		mu.Lock()
		bodies = append(bodies, string(m.Data))
		mu.Unlock()
		if n == 1 {
			return nil // frozen
		}
		return ok(api.Transfer{ID: "tr_1", ClientRef: "ref-1"})
	})
	s := &sleeps{}
	c := newClient(t, nc, api.ClientOptions{Timeout: 200 * time.Millisecond}, s)
	tr, err := c.Submit(context.Background(), api.SubmitRequest{QuoteID: "q_1", ClientRef: "ref-1", SignedTx: "0x01"})
	if err != nil || tr.ID != "tr_1" {
		t.Fatalf("submit: %+v, %v", tr, err)
	}
	if len(bodies) != 2 || bodies[0] != bodies[1] || !strings.Contains(bodies[0], `"client_ref":"ref-1"`) {
		t.Fatalf("bodies %q", bodies)
	}
	checkStats(t, c, api.ClientStats{Calls: 1, Attempts: 2, Failures: 1, RetriedOK: 1})
}

// A submit without client_ref is not idempotent: it is sent once.
func TestClientDoesNotRetrySubmitWithoutClientRef(t *testing.T) {
	_, nc := testnats.Start(t)
	n := responder(t, nc, api.SubjectSubmit, func(int, *nats.Msg) *nats.Msg { return fail(api.CodeUnavailable) })
	s := &sleeps{}
	c := newClient(t, nc, api.ClientOptions{}, s)
	_, err := c.Submit(context.Background(), api.SubmitRequest{QuoteID: "q_1", SignedTx: "0x01"})
	if err == nil || !strings.Contains(err.Error(), "not retried") || n.Load() != 1 || len(s.waits) != 0 {
		t.Fatalf("submit without client_ref: %v after %d requests, %d waits", err, n.Load(), len(s.waits))
	}
	checkStats(t, c, api.ClientStats{Calls: 1, Attempts: 1, Failures: 1, NotRetried: 1})
}

// lostCancelReply is a node whose first cancel takes effect and loses its
// reply, and whose later cancels answer NOT_CANCELLABLE; transfer.get
// answers state(taken), taken once the first cancel arrived. It returns a
// retrying client of it.
func lostCancelReply(t *testing.T, state func(taken bool) api.Transfer) *api.Client {
	t.Helper()
	_, nc := testnats.Start(t)
	var taken atomic.Bool
	responder(t, nc, api.SubjectCancel, func(n int, _ *nats.Msg) *nats.Msg {
		if taken.Swap(true) {
			return fail(api.CodeNotCancellable)
		}
		return nil // taken, reply lost
	})
	responder(t, nc, api.SubjectGet, func(int, *nats.Msg) *nats.Msg { return ok(state(taken.Load())) })
	return newClient(t, nc, api.ClientOptions{Timeout: 200 * time.Millisecond}, &sleeps{})
}

// The first cancel reached a node, which cancelled the transfer and lost
// the reply; the retry finds it NOT_CANCELLABLE. The client asks, sees it
// cancelled and reports the cancel as done.
func TestClientCancelAfterLostReply(t *testing.T) {
	c := lostCancelReply(t, func(cancelled bool) api.Transfer {
		sub := api.SubSourceConfirming
		if cancelled {
			sub = api.SubCancelled
		}
		return api.Transfer{ID: "tr_1", Status: api.StatusFailed, Substatus: sub}
	})
	tr, err := c.Cancel(context.Background(), "tr_1")
	if err != nil || tr.Substatus != api.SubCancelled {
		t.Fatalf("cancel: %+v, %v", tr, err)
	}
	// A NOT_CANCELLABLE without an unsure attempt before it is the answer.
	_, err = c.Cancel(context.Background(), "tr_1")
	var ae *api.Error
	if !errors.As(err, &ae) || ae.Code != api.CodeNotCancellable {
		t.Fatalf("second cancel: %v, want NOT_CANCELLABLE", err)
	}
}

// The first cancel was recorded while the source transaction could still
// be mined, and the reply lost; the transaction then confirmed, so the
// retry finds the transfer refunding (NOT_CANCELLABLE). The transfer says
// the cancel was taken: the client reports it done.
func TestClientCancelRequestedAfterLostReply(t *testing.T) {
	c := lostCancelReply(t, func(requested bool) api.Transfer {
		return api.Transfer{ID: "tr_1", Status: api.StatusPending, Substatus: api.SubRefundInProgress, CancelRequested: requested}
	})
	tr, err := c.Cancel(context.Background(), "tr_1")
	if err != nil || !tr.CancelRequested || tr.Substatus != api.SubRefundInProgress {
		t.Fatalf("cancel: %+v, %v", tr, err)
	}
}

// The call's own context ends: no further attempt, and the error is the
// context's.
func TestClientStopsAtContext(t *testing.T) {
	_, nc := testnats.Start(t)
	responder(t, nc, api.SubjectGet, func(int, *nats.Msg) *nats.Msg { return nil })
	c, err := api.NewClientWith(nc, api.ClientOptions{Timeout: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err = c.Get(ctx, "t1")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err %v, want the context's deadline", err)
	}
	checkStats(t, c, api.ClientStats{Calls: 1, Attempts: 1})
}

// NewClient sends once, as before.
func TestPlainClientSendsOnce(t *testing.T) {
	_, nc := testnats.Start(t)
	_, err := api.NewClient(nc).Get(context.Background(), "t1")
	if !errors.Is(err, nats.ErrNoResponders) {
		t.Fatalf("err %v, want no responders", err)
	}
}

// The NATS server restarts under a running client and service: requests
// made meanwhile succeed once both have reconnected.
func TestClientAcrossServerRestart(t *testing.T) {
	dir := t.TempDir()
	ns := natsAt(t, -1, dir)
	url := ns.ClientURL()
	opts := []nats.Option{nats.MaxReconnects(-1), nats.ReconnectWait(50 * time.Millisecond)}
	dial := func() *nats.Conn {
		nc, err := nats.Connect(url, opts...)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(nc.Close)
		return nc
	}
	srv, cl := dial(), dial()
	responder(t, srv, api.SubjectGet, func(int, *nats.Msg) *nats.Msg { return ok(api.Transfer{ID: "t1"}) })
	c, err := api.NewClientWith(cl, api.ClientOptions{Timeout: 500 * time.Millisecond, Backoff: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Get(context.Background(), "t1"); err != nil {
		t.Fatal(err)
	}
	port := ns.Addr().(*net.TCPAddr).Port
	ns.Shutdown()
	ns.WaitForShutdown()
	done := make(chan error, 1)
	go func() {
		_, err := c.Get(context.Background(), "t1")
		done <- err
	}()
	time.Sleep(300 * time.Millisecond)
	natsAt(t, port, dir)
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("get across the restart: %v (stats %+v)", err, c.Stats())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("get across the restart did not end")
	}
	st := c.Stats()
	if st.Calls != 2 {
		t.Fatalf("stats %+v", st)
	}
	t.Logf("across the restart: %+v", st)
}

func TestClientOptionsValidate(t *testing.T) {
	for _, o := range []api.ClientOptions{
		{Backoff: -time.Second},
		{Backoff: time.Second, MaxBackoff: time.Millisecond},
		{Timeout: -time.Second},
	} {
		if _, err := api.NewClientWith(nil, o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
