package faults_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster/clustertest"
)

// The fault tests run a real cluster on 127.0.0.1: a NATS server with
// JetStream embedded in the test process, the devnet chains as a
// `strait evm-devnet` process, and three `strait node` processes (the
// binary is built once per run; STRAIT_TEST_BINARY names a prebuilt one).
// Each test puts transfers through the wallet API while a fault happens,
// and then checks:
//
//   - every accepted transfer ended COMPLETED, and each recipient holds
//     exactly what its transfer delivered (a double payment would show
//     twice the amount, a lost one nothing);
//   - the replicated journal, read into a fresh replica the way a new node
//     catches up (hash chains checked), holds exactly the accepted
//     transfers, each with one Completed and one HopDelivered per hop;
//   - the API kept answering: a probe quoting every 50 ms through the
//     retrying client had no call fail (its failed attempts were retried
//     successfully), and no order failed.

// memberTTL is the nodes' membership TTL: a node that stops heartbeating
// leaves the others' view after about this long.
const memberTTL = 3 * time.Second

var (
	buildOnce sync.Once
	binary    string
	binDir    string
	buildErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if binDir != "" {
		os.RemoveAll(binDir)
	}
	os.Exit(code)
}

func strait(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		if binary = os.Getenv("STRAIT_TEST_BINARY"); binary != "" {
			return
		}
		if binDir, buildErr = os.MkdirTemp("", "strait-faults-"); buildErr != nil {
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		defer cancel()
		binary, buildErr = clustertest.BuildBinary(ctx, binDir)
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binary
}

type fixture struct {
	t     *testing.T
	ctx   context.Context
	e     *clustertest.Env
	load  *clustertest.Load
	ev    *clustertest.Events
	probe *clustertest.Probe
	dir   string
}

// loadClient is the retrying client the orders go through: an attempt
// that lands on a dead or frozen node is given up after 10 s and sent
// again (a submit is idempotent by its client_ref).
var loadClient = api.ClientOptions{Retries: 6, Timeout: 10 * time.Second}

// start runs NATS, the devnet and three nodes, and starts the probe and
// the event watcher. On failure the tail of every log is printed.
func start(t *testing.T, wallets int) *fixture {
	t.Helper()
	bin := strait(t)
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	t.Cleanup(cancel)
	dir := t.TempDir()
	if keep := os.Getenv("STRAIT_TEST_KEEP"); keep != "" {
		// Debugging: keep the logs and data of the run.
		var err error
		if dir, err = os.MkdirTemp(keep, t.Name()+"-"); err != nil {
			t.Fatal(err)
		}
		t.Logf("keeping the run in %s", dir)
	}
	e, err := clustertest.Start(ctx, clustertest.Options{Binary: bin, Dir: dir, Nodes: 3, Wallets: wallets, MemberTTL: memberTTL})
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, ctx: ctx, e: e, dir: dir}
	t.Cleanup(func() {
		if t.Failed() {
			for _, p := range e.Logs() {
				t.Logf("---- %s (tail)\n%s", filepath.Base(p), clustertest.Tail(p, 3000))
			}
		}
		if err := e.Close(); err != nil {
			t.Logf("close: %v", err)
		}
	})
	t0 := time.Now()
	if err := e.StartNodes(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("3 nodes ready in %v", time.Since(t0).Round(time.Millisecond))
	if f.load, err = e.NewLoad(loadClient); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.load.Close)
	if f.ev, err = e.WatchEvents(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.ev.Close)
	if f.probe, err = e.StartProbe(50*time.Millisecond, api.ClientOptions{Retries: 10, Timeout: 3 * time.Second, MaxBackoff: time.Second}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.probe.Stop() })
	return f
}

// placeAsync places orders in the background.
func (f *fixture) placeAsync(orders []clustertest.Order, concurrency int) func() []*clustertest.Placed {
	type result struct {
		ps  []*clustertest.Placed
		err error
	}
	ch := make(chan result, 1)
	go func() {
		ps, err := f.load.PlaceAll(f.ctx, orders, concurrency)
		ch <- result{ps, err}
	}()
	return func() []*clustertest.Placed {
		f.t.Helper()
		r := <-ch
		if r.err != nil {
			f.t.Fatalf("%d of %d orders accepted: %v", len(r.ps), len(orders), r.err)
		}
		return r.ps
	}
}

// verify waits for every transfer to end and checks the outcome (see the
// top of the file); it returns the probe's report.
func (f *fixture) verify(ps []*clustertest.Placed) clustertest.ProbeReport {
	t := f.t
	t.Helper()
	t0 := time.Now()
	done, err := f.load.WaitDone(f.ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("all %d transfers ended %v after the last was accepted", len(ps), time.Since(t0).Round(time.Millisecond))
	d, err := f.e.CheckDelivered(f.ctx, ps, done)
	if err != nil {
		t.Fatal(err)
	}
	for asset, s := range d.Sent {
		t.Logf("%s: %s delivered and held by the recipients", asset, s)
	}
	rep, err := f.e.CheckJournal(f.ctx, filepath.Join(f.dir, "check-replica"), ps)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("replicated journal: %d transfers, %d records, one Completed and one delivery per hop each", rep.Transfers, rep.Records)
	pr := f.probe.Stop()
	st := f.load.Client.Stats()
	t.Logf("API probe: %d quotes, %d failed attempts retried, %d calls saved by a retry, %d failed; p50 %.1f ms, p99 %.1f ms, max %.0f ms",
		pr.Calls, pr.FailedAttempts, pr.RetriedOK, pr.Failed, pr.Latency.P50ms, pr.Latency.P99ms, pr.Latency.MaxMs)
	t.Logf("load client: %+v; status events republished after a fault: %d", st, f.ev.Republished())
	if pr.Failed > 0 {
		t.Fatalf("%d API calls failed even after retries: %s", pr.Failed, strings.Join(pr.Errors, "; "))
	}
	if pr.Calls == 0 {
		t.Fatal("the probe made no call")
	}
	if st.GaveUp > 0 {
		t.Fatalf("the load client gave up on %d calls", st.GaveUp)
	}
	return pr
}

func ids(ps []*clustertest.Placed) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.ID
	}
	return out
}

// TestKillMidFlight: 1,000 transfers (150 under -short) submitted across
// three nodes in two halves; as soon as the first half is accepted, while
// its transfers run, node 2 is killed with SIGKILL, and the second half
// goes to the survivors. (TestKillDuringSubmits kills a node in the middle
// of submits.) The dead node's transfers resume
// on the survivors once its membership entry expires; the time from the
// kill until the last stalled transfer moved again is reported.
func TestKillMidFlight(t *testing.T) {
	n, wallets := 1000, 100
	if testing.Short() {
		n, wallets = 150, 30
	}
	f := start(t, wallets)
	t0 := time.Now()
	orders := clustertest.Orders("kill", n, f.e.Demo)
	ps := f.placeAsync(orders[:n/2], 100)()
	t.Logf("first %d transfers accepted in %v", len(ps), time.Since(t0).Round(time.Millisecond))
	victim := f.e.Nodes[1]
	killedAt := time.Now()
	if err := victim.Kill(); err != nil {
		t.Fatal(err)
	}
	ended, inFlight, other, err := f.load.Progress(f.ctx, ps)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("killed %s (SIGKILL): just after, %d transfers had ended, %d had a hop in flight, %d were before their first hop", victim.Name, ended, inFlight, other)
	ps = append(ps, f.placeAsync(orders[n/2:], 100)()...)
	t.Logf("all %d transfers accepted %v after the kill", len(ps), time.Since(killedAt).Round(time.Millisecond))
	f.verify(ps)
	st := f.ev.Stalled(ids(ps), killedAt, memberTTL)
	if st.Pending == 0 {
		t.Fatal("no transfer was pending at the kill: the test proves nothing")
	}
	t.Logf("resume: %d transfers pending at the kill; the last to move again did %.2f s after it (median %.2f s); %d waited longer than the %v membership TTL",
		st.Pending, st.ResumeS, st.P50S, st.Over, memberTTL)
}

// TestKillDuringSubmits kills node 2 while 100 submits are in flight (150
// orders from 30 wallets). A submit journals the transfer with the
// wallet's signed transactions before it broadcasts them, so a node
// killed in between leaves a transfer that its next owner broadcasts and
// runs (or the wallet's retry finishes), never funds in the gateway for a
// transfer nobody journaled (clustertest.OrphanError).
func TestKillDuringSubmits(t *testing.T) {
	f := start(t, 30)
	wait := f.placeAsync(clustertest.Orders("killsub", 150, f.e.Demo), 100)
	if err := f.ev.WaitSeen(f.ctx, 50); err != nil {
		t.Fatal(err)
	}
	if err := f.e.Nodes[1].Kill(); err != nil {
		t.Fatal(err)
	}
	f.verify(wait())
}

// TestFrozenNodeIsFenced: node 3 is frozen with SIGSTOP mid-load for three
// membership TTLs, so that the others take its transfers over and run
// them on, and then continued with SIGCONT. Its activations still believe
// they own those transfers; their next appends must be refused by the
// journal's fencing (the node logs "fenced") and nothing may run twice.
// The node is then restarted, as an expelled member must be.
func TestFrozenNodeIsFenced(t *testing.T) {
	n, wallets := 300, 40
	if testing.Short() {
		n, wallets = 90, 20
	}
	f := start(t, wallets)
	wait := f.placeAsync(clustertest.Orders("freeze", n, f.e.Demo), 20)
	if err := f.ev.WaitSeen(f.ctx, n/4); err != nil {
		t.Fatal(err)
	}
	victim := f.e.Nodes[2]
	before, err := victim.FencedLines()
	if err != nil {
		t.Fatal(err)
	}
	frozenAt := time.Now()
	if err := victim.Freeze(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * memberTTL)
	if err := victim.Thaw(); err != nil {
		t.Fatal(err)
	}
	t.Logf("froze %s for %v", victim.Name, time.Since(frozenAt).Round(time.Millisecond))
	// Its activations resume what they were doing; their appends must be
	// refused. Then it is restarted, as a member whose entry expired must
	// be (docs/cluster.md): until then it still serves the wallet API.
	deadline := time.Now().Add(20 * time.Second)
	fenced := 0
	for fenced == 0 && time.Now().Before(deadline) {
		time.Sleep(200 * time.Millisecond)
		after, err := victim.FencedLines()
		if err != nil {
			t.Fatal(err)
		}
		fenced = after - before
	}
	t.Logf("%s after SIGCONT: %d fenced appends logged within %v", victim.Name, fenced, time.Since(frozenAt).Round(time.Millisecond))
	if fenced == 0 {
		t.Fatalf("the frozen node logged no fenced append after it was continued; its log:\n%s", clustertest.Tail(victim.LogPath(), 4000))
	}
	if err := victim.Kill(); err != nil {
		t.Fatal(err)
	}
	if err := victim.Start(f.ctx); err != nil {
		t.Fatal(err)
	}
	ps := wait()
	f.verify(ps)
	st := f.ev.Stalled(ids(ps), frozenAt, memberTTL)
	t.Logf("resume: %d transfers pending at the freeze; the last to move again did %.2f s after it (median %.2f s); %d waited longer than the TTL",
		st.Pending, st.ResumeS, st.P50S, st.Over)
}

// TestRollingRestart: each node in turn is stopped (SIGTERM) and started
// again while orders keep coming; no transfer is lost or stuck.
func TestRollingRestart(t *testing.T) {
	batch, wallets := 40, 40
	if testing.Short() {
		batch, wallets = 20, 20
	}
	f := start(t, wallets)
	var (
		mu     sync.Mutex
		all    []*clustertest.Placed
		errs   []error
		wg     sync.WaitGroup
		stop   = make(chan struct{})
		rounds int
	)
	wg.Add(1)
	go func() { // batches of orders until the restarts are done
		defer wg.Done()
		for k := 0; ; k++ {
			select {
			case <-stop:
				return
			default:
			}
			ps, err := f.load.PlaceAll(f.ctx, clustertest.Orders(fmt.Sprintf("roll-%d", k), batch, f.e.Demo), batch)
			mu.Lock()
			all, rounds = append(all, ps...), rounds+1
			if err != nil {
				errs = append(errs, err)
			}
			mu.Unlock()
		}
	}()
	if err := f.ev.WaitSeen(f.ctx, batch); err != nil {
		t.Fatal(err)
	}
	for _, nd := range f.e.Nodes {
		t0 := time.Now()
		if err := nd.Stop(30 * time.Second); err != nil {
			t.Fatalf("%s: %v", nd.Name, err)
		}
		stopped := time.Since(t0)
		if err := nd.Start(f.ctx); err != nil {
			t.Fatal(err)
		}
		n, _ := f.ev.Seen()
		t.Logf("restarted %s: stopped in %v, ready again %v later; %d transfers started so far", nd.Name, stopped.Round(time.Millisecond), (time.Since(t0) - stopped).Round(time.Millisecond), n)
		time.Sleep(time.Second)
	}
	close(stop)
	wg.Wait()
	if len(errs) > 0 {
		t.Fatalf("orders failed: %v", errs)
	}
	t.Logf("%d transfers in %d batches across the restarts", len(all), rounds)
	f.verify(all)
}
