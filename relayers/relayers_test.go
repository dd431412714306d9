package relayers

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestOperatorKeyNeverPrintsTheSecret(t *testing.T) {
	priv, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	k := NewOperatorKey("op", priv)
	secret := fmt.Sprintf("%x", crypto.FromECDSA(priv))
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("send", "key", k, "wrapped", struct{ K OperatorKey }{k})
	js, _ := json.Marshal(map[string]any{"k": k, "p": &k})
	outs := []string{
		k.String(), fmt.Sprint(k), fmt.Sprintf("%v|%+v|%#v|%s|%q|%x|%X|%d", k, k, k, k, k, k, k, k),
		fmt.Sprintf("%v %+v", &k, []OperatorKey{k}), string(js), logs.String(),
		fmt.Errorf("sign with %v: %w", k, errors.New("boom")).Error(),
	}
	for _, s := range outs {
		if strings.Contains(strings.ToLower(s), secret) {
			t.Fatalf("secret leaked: %s", s)
		}
		if !strings.Contains(s, "redacted") {
			t.Fatalf("no redaction marker in %q", s)
		}
	}
	if k.Address() != crypto.PubkeyToAddress(priv.PublicKey) {
		t.Fatal("address")
	}
}

func TestRetryBackoffJitterAndBounds(t *testing.T) {
	var slept []time.Duration
	opts := RetryOptions{MaxAttempts: 6, Initial: 100 * time.Millisecond, Max: time.Second, Multiplier: 2,
		Rand: func() float64 { return 0.999999 },
		Sleep: func(_ context.Context, d time.Duration) error {
			slept = append(slept, d)
			return nil
		}}
	calls := 0
	err := Retry(context.Background(), opts, "flaky", func(context.Context, int) error {
		calls++
		return errors.New("unavailable")
	})
	if !errors.Is(err, ErrRetriesExhausted) || calls != 6 {
		t.Fatalf("calls %d, err %v", calls, err)
	}
	// Ceilings 100, 200, 400, 800, 1000 (capped) ms, drawn near the top.
	want := []time.Duration{100, 200, 400, 800, 1000}
	if len(slept) != len(want) {
		t.Fatalf("slept %v", slept)
	}
	for i, w := range want {
		w *= time.Millisecond
		if slept[i] > w || slept[i] < w*99/100 {
			t.Fatalf("backoff %d = %v, want just under %v", i+1, slept[i], w)
		}
	}
	// Full jitter: a zero draw waits nothing.
	o := RetryOptions{Rand: func() float64 { return 0 }}
	o.EnsureDefaults()
	if d := o.Backoff(4); d != 0 {
		t.Fatalf("jittered backoff %v", d)
	}
	// Different draws spread retries out.
	r := rand.New(rand.NewPCG(1, 2))
	o = RetryOptions{Rand: r.Float64}
	o.EnsureDefaults()
	seen := map[time.Duration]bool{}
	for i := 0; i < 20; i++ {
		seen[o.Backoff(3)] = true
	}
	if len(seen) < 15 {
		t.Fatalf("jitter too narrow: %d distinct of 20", len(seen))
	}
}

func TestRetryStopsOnPermanentAndSucceeds(t *testing.T) {
	opts := RetryOptions{Sleep: func(context.Context, time.Duration) error { return nil }}
	calls := 0
	err := Retry(context.Background(), opts, "x", func(context.Context, int) error {
		calls++
		return Permanent(errors.New("reverted"))
	})
	if calls != 1 || !IsPermanent(err) {
		t.Fatalf("calls %d err %v", calls, err)
	}
	calls = 0
	err = Retry(context.Background(), opts, "x", func(_ context.Context, n int) error {
		calls++
		if n < 3 {
			return errors.New("later")
		}
		return nil
	})
	if err != nil || calls != 3 {
		t.Fatalf("calls %d err %v", calls, err)
	}
	if err := Retry(context.Background(), RetryOptions{MaxAttempts: -1}, "x", nil); err == nil {
		t.Fatal("bad options accepted")
	}
}

func TestBreakerStates(t *testing.T) {
	now := time.Unix(1000, 0)
	b := &Breaker{Threshold: 2, Cooldown: 10 * time.Second}
	b.Failure(now)
	if b.State(now) != BreakerClosed || !b.Allow(now) {
		t.Fatal("opened too early")
	}
	b.Failure(now)
	if b.State(now) != BreakerOpen || b.Allow(now.Add(9*time.Second)) {
		t.Fatal("not open")
	}
	later := now.Add(10 * time.Second)
	if !b.Allow(later) || b.Allow(later) {
		t.Fatal("half-open must allow exactly one probe")
	}
	b.Failure(later)
	if b.State(later.Add(time.Second)) != BreakerOpen {
		t.Fatal("failed probe must re-open")
	}
	end := later.Add(20 * time.Second)
	if !b.Allow(end) {
		t.Fatal("no probe after cooldown")
	}
	b.Success()
	if b.State(end) != BreakerClosed {
		t.Fatal("probe success must close")
	}
}

type fakeRPC struct {
	name  string
	down  bool
	calls int
}

var errRevert = errors.New("execution reverted")

func TestPoolFailoverAndCircuit(t *testing.T) {
	now := time.Unix(0, 0)
	a, b := &fakeRPC{name: "a", down: true}, &fakeRPC{name: "b"}
	p, err := NewPool(PoolOptions{FailureThreshold: 2, Cooldown: time.Minute, Now: func() time.Time { return now },
		IsEndpointFailure: func(err error) bool { return !errors.Is(err, errRevert) }},
		Endpoint[*fakeRPC]{"a", a}, Endpoint[*fakeRPC]{"b", b})
	if err != nil {
		t.Fatal(err)
	}
	call := func(ctx context.Context, c *fakeRPC) error {
		c.calls++
		if c.down {
			return errors.New("connection refused")
		}
		return nil
	}
	for i := 0; i < 5; i++ {
		if err := p.Do(context.Background(), "head", call); err != nil {
			t.Fatal(err)
		}
	}
	// a failed twice, then its breaker opened and it was skipped.
	if a.calls != 2 || b.calls != 5 {
		t.Fatalf("calls a=%d b=%d", a.calls, b.calls)
	}
	if p.States()["a"] != BreakerOpen {
		t.Fatalf("states %v", p.States())
	}
	// A revert is the chain's answer: no failover, no breaker change.
	if err := p.Do(context.Background(), "send", func(ctx context.Context, c *fakeRPC) error { c.calls++; return errRevert }); !errors.Is(err, errRevert) {
		t.Fatalf("revert: %v", err)
	}
	if b.calls != 6 || p.States()["b"] != BreakerClosed {
		t.Fatal("revert counted against the endpoint")
	}
	// After the cooldown a recovered endpoint takes traffic again.
	a.down = false
	now = now.Add(time.Minute)
	if err := p.Do(context.Background(), "head", call); err != nil || a.calls != 3 || p.States()["a"] != BreakerClosed {
		t.Fatalf("probe: err %v, a.calls %d, %v", err, a.calls, p.States())
	}
	// Everything down: a clear error.
	a.down, b.down = true, true
	for i := 0; i < 3; i++ {
		_ = p.Do(context.Background(), "head", call)
	}
	if err := p.Do(context.Background(), "head", call); !errors.Is(err, ErrNoEndpoint) {
		t.Fatalf("want ErrNoEndpoint, got %v", err)
	}
}

// TestNonceManagerTakesBackNoncesReleasedOutOfOrder: two sends fail, the
// later nonce first. Nothing was sent after them, so there is no gap: the
// next lease is the first of them again and a resync may run. A nonce
// released below one that was sent stays a gap to fill.
func TestNonceManagerTakesBackNoncesReleasedOutOfOrder(t *testing.T) {
	ctx := context.Background()
	m := NewNonceManager(func(context.Context) (uint64, error) { return 40, nil })
	a, _ := m.Acquire(ctx)
	b, _ := m.Acquire(ctx)
	b.Release()
	a.Release()
	if ok, err := m.Resync(ctx); !ok || err != nil {
		t.Fatalf("resync after both failed: %v %v", ok, err)
	}
	if l, _ := m.Acquire(ctx); l.Nonce != 40 {
		t.Fatalf("next lease %d, want 40", l.Nonce)
	} else {
		l.Release()
	}
	a, _ = m.Acquire(ctx)
	b, _ = m.Acquire(ctx)
	c, _ := m.Acquire(ctx)
	a.Release()
	c.Commit()
	b.Release()
	if ok, _ := m.Resync(ctx); ok {
		t.Fatal("resynced over gaps below a sent nonce")
	}
	for _, want := range []uint64{40, 41, 43} {
		l, _ := m.Acquire(ctx)
		if l.Nonce != want {
			t.Fatalf("lease %d, want %d", l.Nonce, want)
		}
		l.Commit()
	}
}

func TestNonceManagerNoGapsNoReuseUnderConcurrency(t *testing.T) {
	loads := 0
	m := NewNonceManager(func(context.Context) (uint64, error) { loads++; return 40, nil })
	workers, per := 16, 200
	if testing.Short() {
		per = 50
	}
	var mu sync.Mutex
	var committed []uint64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(seed uint64) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, 7))
			for i := 0; i < per; i++ {
				l, err := m.Acquire(context.Background())
				if err != nil {
					t.Error(err)
					return
				}
				if r.IntN(4) == 0 { // the send failed before leaving
					l.Release()
					continue
				}
				mu.Lock()
				committed = append(committed, l.Nonce)
				mu.Unlock()
				l.Commit()
			}
		}(uint64(w))
	}
	wg.Wait()
	// The last sends may have failed after a later one was sent: those
	// nonces are gaps that the next sends fill, first.
	for {
		m.mu.Lock()
		gaps := len(m.released)
		m.mu.Unlock()
		if gaps == 0 {
			break
		}
		l, err := m.Acquire(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		committed = append(committed, l.Nonce)
		l.Commit()
	}
	sort.Slice(committed, func(i, j int) bool { return committed[i] < committed[j] })
	for i, n := range committed {
		if n != 40+uint64(i) {
			t.Fatalf("committed nonces not contiguous from 40: position %d has %d", i, n)
		}
	}
	if loads != 1 {
		t.Fatalf("loaded %d times", loads)
	}
	// Nothing in flight: a resync takes the chain's word.
	if ok, err := m.Resync(context.Background()); !ok || err != nil {
		t.Fatalf("resync %v %v", ok, err)
	}
	l, _ := m.Acquire(context.Background())
	if l.Nonce != 40 {
		t.Fatalf("after resync %d", l.Nonce)
	}
	if ok, _ := m.Resync(context.Background()); ok {
		t.Fatal("resynced with a nonce in flight")
	}
}

func TestBalanceAlarmIsEdgeTriggered(t *testing.T) {
	bal := big.NewInt(100)
	var alarms []Alarm
	acct := common.HexToAddress("0x01")
	b := &BalanceAlarm{Chain: "c", Floor: big.NewInt(50),
		Read:   func(context.Context, common.Address) (*big.Int, error) { return new(big.Int).Set(bal), nil },
		Notify: func(a Alarm) { alarms = append(alarms, a) }}
	ctx := context.Background()
	_ = b.Check(ctx, acct)
	bal.SetInt64(10)
	_ = b.Check(ctx, acct)
	_ = b.Check(ctx, acct)
	bal.SetInt64(60)
	_ = b.Check(ctx, acct)
	if len(alarms) != 2 || !alarms[0].Raised || alarms[1].Raised || alarms[0].Balance.Int64() != 10 {
		t.Fatalf("alarms %+v", alarms)
	}
	b.Read = func(context.Context, common.Address) (*big.Int, error) { return nil, errors.New("down") }
	if err := b.Check(ctx, acct); err == nil {
		t.Fatal("read error swallowed")
	}
}
