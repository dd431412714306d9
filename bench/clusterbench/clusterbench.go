// Package clusterbench measures a Strait cluster run as real processes on
// loopback (cluster/clustertest): for each node count, quote latency and
// rate, submit latency, and end-to-end transfer throughput on the EVM
// devnet; then, on the largest cluster, failover: a node killed with
// SIGKILL under load, the time until its transfers move again and until
// the API answers again, and the requests the retrying client had to
// repeat. Every run also checks its transfers exactly once (balances and
// the replicated journal): a fast wrong answer is not a result.
package clusterbench

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster/clustertest"
)

// Options configure a run.
type Options struct {
	// Binary is the strait executable the processes run. Required.
	Binary string
	// Dir holds the runs' configs, data and logs. Required.
	Dir string
	// Nodes are the cluster sizes to measure (default 1 and 3).
	Nodes []int
	// Transfers per size (default 300), placed by Concurrency orders at
	// once (default 60) from Wallets funded wallets (default 60).
	Transfers, Concurrency, Wallets int
	// QuoteClients ask quotes back to back for QuoteDuration (defaults 16,
	// 5 s).
	QuoteClients  int
	QuoteDuration time.Duration
	// Failover measures a SIGKILL on the largest cluster (needs at least
	// two nodes) with FailoverTransfers in flight (default Transfers).
	Failover          bool
	FailoverTransfers int
	// BlockPeriod of the devnet chains (default 250 ms) and the nodes'
	// membership TTL (default 3 s).
	BlockPeriod, MemberTTL time.Duration
	// Progress gets a line per step (default: discard).
	Progress io.Writer
	Logger   *slog.Logger
}

// EnsureDefaults fills unset options.
func (o *Options) EnsureDefaults() {
	if len(o.Nodes) == 0 {
		o.Nodes = []int{1, 3}
	}
	if o.Transfers == 0 {
		o.Transfers = 300
	}
	if o.Concurrency == 0 {
		o.Concurrency = 60
	}
	if o.Wallets == 0 {
		o.Wallets = 60
	}
	if o.QuoteClients == 0 {
		o.QuoteClients = 16
	}
	if o.QuoteDuration == 0 {
		o.QuoteDuration = 5 * time.Second
	}
	if o.FailoverTransfers == 0 {
		o.FailoverTransfers = o.Transfers
	}
	if o.BlockPeriod == 0 {
		o.BlockPeriod = 250 * time.Millisecond
	}
	if o.MemberTTL == 0 {
		o.MemberTTL = 3 * time.Second
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	switch {
	case o.Binary == "" || o.Dir == "":
		return errors.New("clusterbench: Binary and Dir are required")
	case o.Transfers < 1 || o.Concurrency < 1 || o.Wallets < 1 || o.QuoteClients < 1 || o.QuoteDuration <= 0:
		return errors.New("clusterbench: transfers, concurrency, wallets, quote clients and quote duration must be positive")
	}
	for _, n := range o.Nodes {
		if n < 1 || n > 16 {
			return fmt.Errorf("clusterbench: %d nodes, want 1..16", n)
		}
	}
	return nil
}

// NodeResult is one cluster size. The keys are a public contract.
type NodeResult struct {
	Nodes int `json:"nodes"`
	// Transfers were placed and all completed; TransfersPerS counts them
	// over the time from the first quote to the last completion, and
	// AcceptedPerS over the time to the last accepted submit.
	Transfers     int     `json:"transfers"`
	TransfersPerS float64 `json:"transfers_per_s"`
	AcceptedPerS  float64 `json:"accepted_per_s"`
	SubmitP50ms   float64 `json:"submit_p50_ms"`
	SubmitP99ms   float64 `json:"submit_p99_ms"`
	// Quote latency and rate with QuoteClients asking back to back.
	QuoteP50ms float64 `json:"quote_p50_ms"`
	QuoteP99ms float64 `json:"quote_p99_ms"`
	QuotesPerS float64 `json:"quotes_per_s"`
	// Requotes: submits whose quote another node could not find.
	Requotes int64 `json:"requotes"`
}

// Result is one run. The keys are a public contract.
type Result struct {
	Nodes []NodeResult `json:"nodes"`
	// FailoverNodes is the cluster size the failover was measured on (0:
	// not measured).
	FailoverNodes int `json:"failover_nodes"`
	// FailoverS is the time from the SIGKILL until the last of the
	// transfers pending then moved again (a status event); FailoverP50S
	// the median over those transfers, most of which were not on the dead
	// node; Stalled counts those that waited longer than the TTL.
	FailoverS     float64 `json:"failover_s"`
	FailoverP50S  float64 `json:"failover_p50_s"`
	Pending       int     `json:"failover_pending"`
	Stalled       int     `json:"failover_stalled"`
	APIFailoverS  float64 `json:"api_failover_s"`
	APIFailed     uint64  `json:"api_failed_requests"`
	APIRetriedOK  uint64  `json:"api_retried_ok"`
	APIGaveUp     uint64  `json:"api_gave_up"`
	MemberTTLS    float64 `json:"member_ttl_s"`
	BlockPeriodS  float64 `json:"block_period_s"`
	ExactlyOnceOK bool    `json:"exactly_once_ok"`
}

// Run measures every cluster size, then failover.
func Run(ctx context.Context, o Options) (*Result, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	res := &Result{MemberTTLS: o.MemberTTL.Seconds(), BlockPeriodS: o.BlockPeriod.Seconds(), ExactlyOnceOK: true}
	largest := 0
	for _, n := range o.Nodes {
		largest = max(largest, n)
	}
	for _, n := range o.Nodes {
		nr, err := runSize(ctx, &o, n, res, o.Failover && n == largest && n >= 2)
		if err != nil {
			return res, fmt.Errorf("%d nodes: %w", n, err)
		}
		res.Nodes = append(res.Nodes, *nr)
	}
	return res, nil
}

func runSize(ctx context.Context, o *Options, n int, res *Result, failover bool) (*NodeResult, error) {
	fmt.Fprintf(o.Progress, "%d node(s): starting NATS, the devnet and the nodes\n", n)
	dir := filepath.Join(o.Dir, fmt.Sprintf("nodes-%d", n))
	e, err := clustertest.Start(ctx, clustertest.Options{Binary: o.Binary, Dir: dir, Nodes: n, Wallets: o.Wallets,
		BlockPeriod: o.BlockPeriod, MemberTTL: o.MemberTTL, Logger: o.Logger})
	if err != nil {
		return nil, err
	}
	defer e.Close()
	fail := func(err error) (*NodeResult, error) {
		for _, p := range e.Logs() {
			fmt.Fprintf(o.Progress, "---- %s (tail)\n%s\n", p, clustertest.Tail(p, 2000))
		}
		return nil, err
	}
	if err := e.StartNodes(ctx); err != nil {
		return fail(err)
	}
	nr := &NodeResult{Nodes: n}

	fmt.Fprintf(o.Progress, "%d node(s): quotes, %d clients for %v\n", n, o.QuoteClients, o.QuoteDuration)
	q, err := quotes(ctx, e, o)
	if err != nil {
		return fail(err)
	}
	nr.QuoteP50ms, nr.QuoteP99ms, nr.QuotesPerS = q.P50ms, q.P99ms, float64(q.N)/o.QuoteDuration.Seconds()

	fmt.Fprintf(o.Progress, "%d node(s): %d transfers, %d at once\n", n, o.Transfers, o.Concurrency)
	load, err := e.NewLoad(api.ClientOptions{Timeout: 10 * time.Second, Retries: 6})
	if err != nil {
		return fail(err)
	}
	defer load.Close()
	ev, err := e.WatchEvents()
	if err != nil {
		return fail(err)
	}
	t0 := time.Now()
	ps, err := load.PlaceAll(ctx, clustertest.Orders(fmt.Sprintf("bench%d", n), o.Transfers, e.Demo), o.Concurrency)
	if err != nil {
		ev.Close()
		return fail(err)
	}
	accepted := time.Since(t0)
	err = check(ctx, e, load, ps)
	ev.Close()
	if err != nil {
		return fail(err)
	}
	ids := make([]string, len(ps))
	for i, p := range ps {
		ids[i] = p.ID
	}
	ended := ev.LastEvent(ids).Sub(t0)
	var subs []time.Duration
	for _, p := range ps {
		subs = append(subs, p.Submitting)
	}
	s := clustertest.Summarise(subs)
	nr.Transfers, nr.SubmitP50ms, nr.SubmitP99ms = len(ps), s.P50ms, s.P99ms
	nr.AcceptedPerS, nr.TransfersPerS = float64(len(ps))/accepted.Seconds(), float64(len(ps))/ended.Seconds()
	nr.Requotes = load.Requotes.Load()
	fmt.Fprintf(o.Progress, "%d node(s): %.0f transfers/s end to end, submit p99 %.1f ms, quote p99 %.1f ms\n", n, nr.TransfersPerS, nr.SubmitP99ms, nr.QuoteP99ms)

	all := ps
	if failover {
		more, err := measureFailover(ctx, e, o, res)
		if err != nil {
			return fail(err)
		}
		all = append(all, more...)
	}
	if _, err := e.CheckJournal(ctx, filepath.Join(dir, "check-replica"), all); err != nil {
		res.ExactlyOnceOK = false
		return fail(fmt.Errorf("exactly once (journal): %w", err))
	}
	return nr, nil
}

// check waits for the transfers and checks them exactly once.
func check(ctx context.Context, e *clustertest.Env, load *clustertest.Load, ps []*clustertest.Placed) error {
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	done, err := load.WaitDone(wctx, ps)
	if err != nil {
		return err
	}
	if _, err := e.CheckDelivered(ctx, ps, done); err != nil {
		return fmt.Errorf("exactly once (balances): %w", err)
	}
	return nil
}

// quotes runs QuoteClients back-to-back quoters for QuoteDuration.
func quotes(ctx context.Context, e *clustertest.Env, o *Options) (clustertest.Latencies, error) {
	const conns = 4
	var cs []*api.Client
	for i := 0; i < conns; i++ {
		nc, err := nats.Connect(e.NATS.ClientURL(), nats.Name("clusterbench-quotes"))
		if err != nil {
			return clustertest.Latencies{}, err
		}
		defer nc.Close()
		c, err := api.NewClientWith(nc, api.ClientOptions{Timeout: 5 * time.Second})
		if err != nil {
			return clustertest.Latencies{}, err
		}
		cs = append(cs, c)
	}
	w := e.Demo[0].Address.Hex()
	end := time.Now().Add(o.QuoteDuration)
	var (
		mu   sync.Mutex
		lats []time.Duration
		errs []error
		wg   sync.WaitGroup
	)
	for i := 0; i < o.QuoteClients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c := cs[i%conns]
			var mine []time.Duration
			for k := 0; time.Now().Before(end); k++ {
				req := api.QuoteRequest{From: "USDC@devnet-evm-a", To: "USDC@devnet-evm-b", Amount: fmt.Sprint(1_000_000 * (1 + (i+k)%50)), Owner: w, Recipient: w}
				if k%2 == 1 {
					req.From, req.To, req.Amount = "TKA@devnet-evm-a", "wTKA@devnet-evm-c", fmt.Sprintf("%d000000000000000000", 1+(i+k)%5)
				}
				t0 := time.Now()
				if _, err := c.Quote(ctx, req); err != nil {
					mu.Lock()
					errs = append(errs, err)
					mu.Unlock()
					return
				}
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lats = append(lats, mine...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(errs) > 0 {
		return clustertest.Latencies{}, fmt.Errorf("quotes failed: %w", errors.Join(errs...))
	}
	return clustertest.Summarise(lats), nil
}

// measureFailover kills a node while FailoverTransfers are being placed
// and run, and measures how long its transfers and the API took to come
// back. It returns the transfers it placed.
func measureFailover(ctx context.Context, e *clustertest.Env, o *Options, res *Result) ([]*clustertest.Placed, error) {
	fmt.Fprintf(o.Progress, "%d nodes: failover, SIGKILL one node under %d transfers\n", len(e.Nodes), o.FailoverTransfers)
	ev, err := e.WatchEvents()
	if err != nil {
		return nil, err
	}
	defer ev.Close()
	probe, err := e.StartProbe(50*time.Millisecond, api.ClientOptions{Retries: 10, Timeout: 3 * time.Second, MaxBackoff: time.Second})
	if err != nil {
		return nil, err
	}
	load, err := e.NewLoad(api.ClientOptions{Timeout: 10 * time.Second, Retries: 6})
	if err != nil {
		probe.Stop()
		return nil, err
	}
	defer load.Close()
	// The first half is accepted, then the node is killed at once, while
	// those transfers run; the second half goes to the survivors. The
	// figure is the transfers' failover; a kill during submits is
	// cluster/faults TestKillDuringSubmits.
	orders := clustertest.Orders("failover", o.FailoverTransfers, e.Demo)
	first, err := load.PlaceAll(ctx, orders[:len(orders)/2], o.Concurrency)
	if err != nil {
		probe.Stop()
		return nil, err
	}
	victim := e.Nodes[len(e.Nodes)/2]
	killedAt := time.Now()
	if err := victim.Kill(); err != nil {
		probe.Stop()
		return nil, err
	}
	second, err := load.PlaceAll(ctx, orders[len(orders)/2:], o.Concurrency)
	if err != nil {
		probe.Stop()
		return nil, err
	}
	all := append(first, second...)
	if err := check(ctx, e, load, all); err != nil {
		probe.Stop()
		return nil, err
	}
	ids := make([]string, 0, len(all))
	for _, x := range all {
		ids = append(ids, x.ID)
	}
	st := ev.Stalled(ids, killedAt, o.MemberTTL)
	res.FailoverNodes = len(e.Nodes)
	res.FailoverS, res.FailoverP50S, res.Pending, res.Stalled = st.ResumeS, st.P50S, st.Pending, st.Over
	res.APIFailoverS = probe.LongestWaitAfter(killedAt).Seconds()
	pr := probe.Stop()
	ls := load.Client.Stats()
	res.APIFailed = pr.FailedAttempts + ls.Failures
	res.APIRetriedOK = pr.RetriedOK + ls.RetriedOK
	res.APIGaveUp = pr.Stats.GaveUp + ls.GaveUp + uint64(pr.Failed)
	fmt.Fprintf(o.Progress, "failover: transfers moved again within %.2f s of the kill (median %.2f s, %d of %d waited past the TTL); API answered within %.2f s; %d failed requests, %d retried successfully\n",
		res.FailoverS, res.FailoverP50S, res.Stalled, res.Pending, res.APIFailoverS, res.APIFailed, res.APIRetriedOK)
	return all, nil
}

// Sorted returns the node results by size (for printing).
func (r *Result) Sorted() []NodeResult {
	out := append([]NodeResult(nil), r.Nodes...)
	sort.Slice(out, func(i, j int) bool { return out[i].Nodes < out[j].Nodes })
	return out
}
