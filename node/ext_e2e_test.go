package node

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
)

// The tests here run the node as a separate process (this test binary,
// re-executed with childNodeEnv naming a config file), attached over
// JSON-RPC to devnet chains served by the test process and to a NATS server
// the test process embeds. The chains and NATS outlive the node, so a node
// killed with SIGKILL and started again finds them where it left them.

const childNodeEnv = "STRAIT_TEST_CHILD_NODE_CONFIG"

// quoteTTLBad is the quote TTL while the bad-input case runs: it waits for
// a quote to expire, and needs another to stay alive until a transfer has
// completed.
const quoteTTLBad = 10 * time.Second

func TestMain(m *testing.M) {
	if path := os.Getenv(childNodeEnv); path != "" {
		os.Exit(runChildNode(path))
	}
	os.Exit(m.Run())
}

// runChildNode is `strait up --config path` in the test binary.
func runChildNode(path string) int {
	c, err := LoadConfig(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	log := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if err := RunFile(ctx, c, log, func(info UpInfo) { fmt.Printf("READY %s\n", info.Addrs.NATS) }); err != nil {
		fmt.Fprintln(os.Stderr, "node:", err)
		return 1
	}
	return 0
}

type extEnv struct {
	d        *evmnet.Devnet
	nc       *nats.Conn
	c        *api.Client
	js       jetstream.JetStream
	dir      string
	cfgPath  string
	dataDir  string
	child    *exec.Cmd
	childErr string
	waitErr  chan error

	mu     sync.Mutex
	nonces map[common.Address]uint64
}

// startServedDevnet starts the EVM devnet chains (wallets funded demo
// wallets, blocks every block; opts, if set, adjusts the options), serves
// each over JSON-RPC on loopback, and writes the devnet description to
// devnet.json in a temp dir, as `strait evm-devnet --out` does.
func startServedDevnet(t *testing.T, wallets int, block time.Duration, opts func(*evmnet.Options)) (*evmnet.Devnet, []AttachedChain, string) {
	t.Helper()
	o := evmnet.Options{BlockPeriod: block, AutoMine: true, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	for i := 0; i < wallets; i++ {
		o.Demo = append(o.Demo, evmnet.DevKey(fmt.Sprintf("demo-%d", i)))
	}
	if opts != nil {
		opts(&o)
	}
	d, err := evmnet.Start(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	var attached []AttachedChain
	for _, c := range d.Chains {
		srv, err := c.ServeRPC("127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { srv.Close() })
		attached = append(attached, AttachedChain{Name: c.Name(), ChainID: c.ChainID(), RPC: srv.URL, BlockTime: block})
	}
	dir := t.TempDir()
	desc, err := d.Topology()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "devnet.json"), desc, 0o644); err != nil {
		t.Fatal(err)
	}
	return d, attached, dir
}

// startExtEnv starts the chains (wallets funded demo wallets, blocks every
// block), serves them over JSON-RPC on loopback, starts NATS, and writes
// the node config the way `strait evm-devnet --config` does.
func startExtEnv(t *testing.T, wallets int, block, quoteTTL time.Duration) *extEnv {
	t.Helper()
	d, attached, dir := startServedDevnet(t, wallets, block, nil)
	ns, nc := testnats.Start(t)
	cfg := string(DevnetAttachConfig("devnet.json", attached, d.Options))
	for old, repl := range map[string]string{
		"nats:\n  host: 127.0.0.1\n  port: 4222\n": fmt.Sprintf("nats:\n  urls: [%q]\n", ns.ClientURL()),
		"addr: 127.0.0.1:8080":                     "addr: 127.0.0.1:0",
		"data_dir: data\n":                         fmt.Sprintf("data_dir: data\nquote:\n  ttl: %s\n", quoteTTL),
	} {
		if !strings.Contains(cfg, old) {
			t.Fatalf("generated config lacks %q:\n%s", old, cfg)
		}
		cfg = strings.Replace(cfg, old, repl, 1)
	}
	e := &extEnv{d: d, nc: nc, c: api.NewClient(nc), dir: dir, cfgPath: filepath.Join(dir, "node.yaml"), dataDir: filepath.Join(dir, "data"),
		nonces: map[common.Address]uint64{}}
	var err error
	if e.js, err = jetstream.New(nc); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(e.cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	// On the test that owns the environment, not on the subtest that
	// happens to start a node: a subtest's end must not kill the node.
	t.Cleanup(e.kill)
	return e
}

// setQuoteTTL rewrites the quote TTL in the node config.
func (e *extEnv) setQuoteTTL(t *testing.T, ttl time.Duration) {
	t.Helper()
	b, err := os.ReadFile(e.cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?m)^  ttl: .*$`)
	if !re.Match(b) {
		t.Fatal("config has no quote ttl")
	}
	if err := os.WriteFile(e.cfgPath, re.ReplaceAll(b, []byte("  ttl: "+ttl.String())), 0o644); err != nil {
		t.Fatal(err)
	}
}

// startNode runs the node process and waits until it serves.
func (e *extEnv) startNode(t *testing.T) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), childNodeEnv+"="+e.cfgPath)
	stderr, err := os.Create(filepath.Join(e.dir, fmt.Sprintf("node-%d.log", time.Now().UnixNano())))
	if err != nil {
		t.Fatal(err)
	}
	e.childErr = stderr.Name()
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	e.child = cmd
	e.waitErr = make(chan error, 1)
	ready := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "READY ") {
				close(ready)
			}
		}
		e.waitErr <- cmd.Wait()
		stderr.Close()
	}()
	select {
	case <-ready:
	case err := <-e.waitErr:
		e.waitErr <- err
		t.Fatalf("node exited before serving: %v\n%s", err, e.logTail())
	case <-time.After(90 * time.Second):
		t.Fatalf("node not ready after 90 s\n%s", e.logTail())
	}
}

func (e *extEnv) logTail() string {
	b, _ := os.ReadFile(e.childErr)
	if len(b) > 4000 {
		b = b[len(b)-4000:]
	}
	return string(b)
}

// kill ends the node with SIGKILL: no shutdown code runs.
func (e *extEnv) kill() {
	if e.child == nil {
		return
	}
	_ = e.child.Process.Signal(syscall.SIGKILL)
	<-e.waitErr
	e.child = nil
}

// stop ends the node with SIGTERM (graceful) and checks it exited cleanly.
func (e *extEnv) stop(t *testing.T) {
	t.Helper()
	if e.child == nil {
		return
	}
	_ = e.child.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-e.waitErr:
		e.child = nil
		if err != nil {
			t.Fatalf("node exit: %v\n%s", err, e.logTail())
		}
	case <-time.After(30 * time.Second):
		e.kill()
		t.Fatal("node did not stop on SIGTERM within 30 s")
	}
}

// nextNonces reserves n consecutive nonces of a wallet on chain a (every
// transfer in these tests starts there).
func (e *extEnv) nextNonces(ctx context.Context, w evmnet.Key, n uint64) (uint64, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	nonce, ok := e.nonces[w.Address]
	if !ok {
		var err error
		if nonce, err = e.d.Chains[0].Client().PendingNonceAt(ctx, w.Address); err != nil {
			return 0, err
		}
	}
	e.nonces[w.Address] = nonce + n
	return nonce, nil
}

// order is one transfer to make.
type order struct {
	wallet    evmnet.Key
	from, to  string // asset ids
	amount    string
	recipient common.Address
	ref       string
}

type placed struct {
	order
	quote *api.QuoteReply
	tr    *api.Transfer
}

func signE(ctx context.Context, cl evmnet.Client, key evmnet.Key, u api.UnsignedTx, nonce, chainID uint64) (string, error) {
	return evmnet.SignCall(ctx, cl, key, common.HexToAddress(u.To), u.Data, nonce, chainID)
}

// quoteAndSign quotes an order and signs its approval and start call with
// the next nonces of the wallet.
func (e *extEnv) quoteAndSign(ctx context.Context, o order) (*api.QuoteReply, api.SubmitRequest, error) {
	q, err := e.c.Quote(ctx, api.QuoteRequest{From: o.from, To: o.to, Amount: o.amount, Owner: o.wallet.Address.Hex(), Recipient: o.recipient.Hex()})
	if err != nil {
		return nil, api.SubmitRequest{}, fmt.Errorf("quote %s: %w", o.ref, err)
	}
	if q.SourceTx == nil || len(q.SourceTx.Approvals) != 1 {
		return nil, api.SubmitRequest{}, fmt.Errorf("quote %s: no source transaction with one approval: %+v", o.ref, q.SourceTx)
	}
	a := e.d.Chains[0]
	nonce, err := e.nextNonces(ctx, o.wallet, 2)
	if err != nil {
		return nil, api.SubmitRequest{}, err
	}
	appr, err := signE(ctx, a.Client(), o.wallet, q.SourceTx.Approvals[0], nonce, a.ChainID())
	if err != nil {
		return nil, api.SubmitRequest{}, err
	}
	start, err := signE(ctx, a.Client(), o.wallet, *q.SourceTx, nonce+1, a.ChainID())
	if err != nil {
		return nil, api.SubmitRequest{}, err
	}
	return q, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: o.ref, SignedApprovals: []string{appr}, SignedTx: start}, nil
}

// placeAll quotes, signs and submits every order concurrently.
func (e *extEnv) placeAll(ctx context.Context, orders []order) ([]*placed, error) {
	out := make([]*placed, len(orders))
	errs := make([]error, len(orders))
	var wg sync.WaitGroup
	for i, o := range orders {
		wg.Add(1)
		go func(i int, o order) {
			defer wg.Done()
			// A bounded wait per order: a node that stops answering shows
			// as an error naming the order, not as a stalled test.
			ctx, cancel := context.WithTimeout(ctx, time.Minute)
			defer cancel()
			q, req, err := e.quoteAndSign(ctx, o)
			if err != nil {
				errs[i] = err
				return
			}
			tr, err := e.c.Submit(ctx, req)
			if err != nil {
				errs[i] = fmt.Errorf("submit %s: %w", o.ref, err)
				return
			}
			out[i] = &placed{order: o, quote: q, tr: tr}
		}(i, o)
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// orders makes n transfers from chain a, spread over the wallets,
// alternating the liquidity bridge (USDC a->b) and the lock/mint bridge
// (TKA a->c, minted as wTKA), each to its own fresh recipient so that a
// recipient's balance is exactly what its transfer delivered.
func (e *extEnv) orders(tag string, n int, wallets []evmnet.Key) []order {
	var out []order
	for i := 0; i < n; i++ {
		o := order{wallet: wallets[i%len(wallets)], recipient: evmnet.DevKey(fmt.Sprintf("%s-recipient-%d", tag, i)).Address, ref: fmt.Sprintf("%s-%d", tag, i)}
		if i%2 == 0 {
			o.from, o.to, o.amount = "USDC@devnet-evm-a", "USDC@devnet-evm-b", fmt.Sprint((10+i%7)*1_000_000)
		} else {
			o.from, o.to = "TKA@devnet-evm-a", "wTKA@devnet-evm-c"
			o.amount = new(big.Int).Mul(big.NewInt(int64(1+i%5)), evmnet.Ether).String()
		}
		out = append(out, o)
	}
	return out
}

// waitDone polls until every transfer has ended (or the deadline passes).
func (e *extEnv) waitDone(ctx context.Context, ps []*placed) (map[string]*api.Transfer, error) {
	done := map[string]*api.Transfer{}
	for {
		for _, p := range ps {
			if _, ok := done[p.tr.ID]; ok {
				continue
			}
			tr, err := e.c.Get(ctx, p.tr.ID)
			if err != nil {
				var ae *api.Error
				if errors.As(err, &ae) && ae.Code != api.CodeUnavailable {
					return done, err
				}
				continue // the node may be restarting
			}
			if tr.Status == api.StatusDone || tr.Status == api.StatusFailed {
				done[p.tr.ID] = tr
			}
		}
		if len(done) == len(ps) {
			return done, nil
		}
		select {
		case <-ctx.Done():
			var stuck []string
			for _, p := range ps {
				if _, ok := done[p.tr.ID]; !ok && len(stuck) < 5 {
					tr, _ := e.c.Get(context.Background(), p.tr.ID)
					js, _ := json.Marshal(tr)
					stuck = append(stuck, string(js))
				}
			}
			return done, fmt.Errorf("%d of %d transfers ended: %w; some of the others: %s", len(done), len(ps), ctx.Err(), strings.Join(stuck, "\n"))
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// checkDelivered: every transfer COMPLETED, and each recipient holds
// exactly its transfer's amount_out (a double delivery would show twice
// the amount, a lost one zero); the totals agree.
func (e *extEnv) checkDelivered(t *testing.T, ps []*placed, done map[string]*api.Transfer) {
	t.Helper()
	sum := map[string]*big.Int{}
	held := map[string]*big.Int{}
	for _, p := range ps {
		tr := done[p.tr.ID]
		if tr == nil || tr.Substatus != api.SubCompleted {
			t.Fatalf("transfer %s (%s) ended %+v", p.tr.ID, p.ref, tr)
		}
		out, ok := new(big.Int).SetString(tr.AmountOut, 10)
		min, _ := new(big.Int).SetString(tr.MinOut, 10)
		if !ok || out.Sign() <= 0 || (min != nil && out.Cmp(min) < 0) {
			t.Fatalf("transfer %s delivered %q (min %q)", tr.ID, tr.AmountOut, tr.MinOut)
		}
		sym, chain, _ := strings.Cut(p.to, "@")
		dep := e.d.Deployments[chain]
		token := dep.Tokens[sym]
		if sym == "wTKA" {
			token = dep.Wrapped["TKA@devnet-evm-a"]
		}
		bal := balanceOf(t, e.d.Chain(chain).Client(), token, p.recipient)
		if bal.Cmp(out) != 0 {
			t.Fatalf("transfer %s (%s): recipient %s holds %s of %s, the transfer delivered %s", tr.ID, p.ref, p.recipient.Hex(), bal, p.to, out)
		}
		if sum[p.to] == nil {
			sum[p.to], held[p.to] = new(big.Int), new(big.Int)
		}
		sum[p.to].Add(sum[p.to], out)
		held[p.to].Add(held[p.to], bal)
	}
	for asset, s := range sum {
		if s.Cmp(held[asset]) != 0 {
			t.Fatalf("%s: delivered %s in total, recipients hold %s", asset, s, held[asset])
		}
		t.Logf("%s: %s delivered and held", asset, s)
	}
}

// journalFootprint is what a rejected request must leave unchanged: the
// status events the node has published (one per journal event) per
// transfer, except the transfer `busy` that is running meanwhile, and the
// number of transfers.
func (e *extEnv) journalFootprint(t *testing.T, ctx context.Context, busy string) string {
	t.Helper()
	st, err := e.js.Stream(ctx, api.EventsStream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx, jetstream.WithSubjectFilter(api.EventsSubject))
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for subj, n := range info.State.Subjects {
		if subj != api.EventsSubjectFor(busy) {
			subjects = append(subjects, fmt.Sprintf("%s=%d", subj, n))
		}
	}
	sort.Strings(subjects)
	n := 0
	for _, w := range e.d.Options.Demo {
		l, err := e.c.List(ctx, api.ListRequest{Owner: w.Address.Hex(), Limit: 500})
		if err != nil {
			t.Fatal(err)
		}
		n += len(l.Transfers)
	}
	return fmt.Sprintf("transfers=%d events %v", n, subjects)
}

// TestExternalNode runs the node as its own process against chains and
// NATS that outlive it. In order: bad input over NATS gets coded errors and
// journals nothing; 200 concurrent submits all complete with exact
// balances; a node killed with SIGKILL mid-flight and started again
// completes every transfer exactly once. At the end the journal holds
// exactly the accepted transfers, one delivery per hop each.
func TestExternalNode(t *testing.T) {
	const wallets = 40
	concurrent := 200
	if testing.Short() {
		// -short (the race pass) runs the same path on fewer transfers.
		concurrent = 40
	}
	e := startExtEnv(t, wallets, 250*time.Millisecond, quoteTTLBad)
	e.startNode(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	demo := e.d.Options.Demo
	var accepted []*placed

	t.Run("bad input", func(t *testing.T) {
		accepted = append(accepted, e.badInput(t, ctx)...)
	})
	if t.Failed() {
		return
	}
	// The short quote TTL served the expired-quote case; 200 quotes signed
	// and submitted at once need the default. A graceful restart on the
	// same data dir.
	e.stop(t)
	e.setQuoteTTL(t, time.Minute)
	e.startNode(t)

	t.Run("concurrent submits", func(t *testing.T) {
		start := time.Now()
		ps, err := e.placeAll(ctx, e.orders("conc", concurrent, demo))
		if err != nil {
			t.Fatalf("%v\nnode log:\n%s", err, e.logTail())
		}
		submitted := time.Since(start)
		done, err := e.waitDone(ctx, ps)
		if err != nil {
			t.Fatalf("%v\nnode log:\n%s", err, e.logTail())
		}
		e.checkDelivered(t, ps, done)
		accepted = append(accepted, ps...)
		t.Logf("%d transfers from %d wallets: submitted in %v, all completed in %v", len(ps), wallets, submitted.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	})
	if t.Failed() {
		return
	}

	t.Run("SIGKILL mid-flight", func(t *testing.T) {
		ps, err := e.placeAll(ctx, e.orders("kill", 30, demo[:10]))
		if err != nil {
			t.Fatal(err)
		}
		// Kill once several hops are in flight and not everything is done.
		var inFlight, finished, hopsInFlight int
		for {
			inFlight, finished, hopsInFlight = 0, 0, 0
			for _, p := range ps {
				tr, err := e.c.Get(ctx, p.tr.ID)
				if err != nil {
					t.Fatal(err)
				}
				switch {
				case tr.Status == api.StatusDone || tr.Status == api.StatusFailed:
					finished++
				case tr.Substatus == api.SubHopInFlight:
					inFlight++
				}
				for _, h := range tr.Hops {
					if h.State == "in_flight" {
						hopsInFlight++
					}
				}
			}
			if hopsInFlight >= 3 || finished == len(ps) {
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
		if finished == len(ps) {
			t.Fatal("every transfer finished before the node could be killed; the test proves nothing")
		}
		e.kill()
		t.Logf("killed the node with %d hops in flight (%d transfers past their source), %d finished, %d not started", hopsInFlight, inFlight, finished, len(ps)-inFlight-finished)
		e.startNode(t)
		done, err := e.waitDone(ctx, ps)
		if err != nil {
			t.Fatalf("%v\n%s", err, e.logTail())
		}
		e.checkDelivered(t, ps, done)
		accepted = append(accepted, ps...)
	})
	if t.Failed() {
		return
	}

	// The journal: exactly the accepted transfers, each with one
	// HopDelivered per hop and one Completed.
	e.stop(t)
	j, err := persistence.Open(persistence.JournalDir(e.dataDir), persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	streams, err := j.Streams(ctx, actors.StreamPrefix, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := j.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("journal verify: %v %+v", err, rep)
	}
	want := map[string]bool{}
	for _, p := range accepted {
		want[actors.StreamPrefix+p.tr.ID] = true
	}
	var extra []string
	for _, s := range streams {
		if !want[s] {
			extra = append(extra, s)
		}
	}
	if len(streams) != len(accepted) || len(extra) > 0 {
		t.Fatalf("journal holds %d transfers, %d were accepted; not accepted: %v", len(streams), len(accepted), extra)
	}
	for _, p := range accepted {
		recs, err := j.Read(ctx, actors.StreamPrefix+p.tr.ID, 1, 0)
		if err != nil {
			t.Fatal(err)
		}
		delivered := map[int]int{}
		completed := 0
		for _, r := range recs {
			switch r.Type {
			case "HopDelivered":
				var ev struct {
					Hop int `json:"hop"`
				}
				if err := json.Unmarshal(r.Payload, &ev); err != nil {
					t.Fatalf("%s seq %d: %v", r.Stream, r.Seq, err)
				}
				delivered[ev.Hop]++
			case "Completed":
				completed++
			}
		}
		hops := len(p.quote.Routes[0].Hops)
		if completed != 1 || len(delivered) != hops {
			var types []string
			for _, r := range recs {
				types = append(types, r.Type)
			}
			head, _, _ := j.Head(ctx, actors.StreamPrefix+p.tr.ID)
			t.Fatalf("%s (%s): %d Completed, deliveries %v for %d hops; journal (head %d): %v", p.tr.ID, p.ref, completed, delivered, hops, head, types)
		}
		for h, n := range delivered {
			if n != 1 {
				t.Fatalf("%s: hop %d delivered %d times in the journal", p.tr.ID, h, n)
			}
		}
	}
}

// rawCall sends bytes to a wallet API subject and returns the error code
// of the reply ("" if it succeeded).
func (e *extEnv) rawCall(t *testing.T, subject string, body []byte) api.Code {
	t.Helper()
	msg, err := e.nc.Request(subject, body, 10*time.Second)
	if err != nil {
		t.Fatalf("%s: %v", subject, err)
	}
	var reply struct {
		Error *api.Error `json:"error"`
	}
	if err := json.Unmarshal(msg.Data, &reply); err != nil {
		t.Fatalf("%s: reply is not JSON: %q", subject, msg.Data)
	}
	if reply.Error == nil {
		return ""
	}
	return reply.Error.Code
}

func codeOf(err error) api.Code {
	var ae *api.Error
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// badInput: every kind of bad request, over NATS against the running node,
// gets its code and changes nothing: no status event, no transfer. One good
// transfer (whose signed transactions the replays reuse) is returned.
//
// The node's quote TTL is short (quoteTTLBad) so that a quote can expire
// within the test; everything that needs the good quote alive happens
// before then.
func (e *extEnv) badInput(t *testing.T, ctx context.Context) []*placed {
	w := e.d.Options.Demo[len(e.d.Options.Demo)-1]
	recipient := evmnet.DevKey("bad-input-recipient").Address
	good := order{wallet: w, from: "USDC@devnet-evm-a", to: "USDC@devnet-evm-b", amount: "5000000", recipient: recipient, ref: "bad-input-good"}
	quote := func() *api.QuoteReply {
		q, err := e.c.Quote(ctx, api.QuoteRequest{From: good.from, To: good.to, Amount: good.amount, Owner: w.Address.Hex(), Recipient: recipient.Hex()})
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	stale := quote() // to let expire
	q, req, err := e.quoteAndSign(ctx, good)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := e.c.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	p := &placed{order: good, quote: q, tr: tr}
	// The good transfer runs meanwhile: its own events are left out.
	before := e.journalFootprint(t, ctx, tr.ID)

	quoteReq := func(from, to, amount string) []byte {
		b, _ := json.Marshal(api.QuoteRequest{From: from, To: to, Amount: amount, Owner: w.Address.Hex(), Recipient: recipient.Hex()})
		return b
	}
	over256 := new(big.Int).Lsh(big.NewInt(1), 256).String() // 78 digits: the schema admits it
	over300 := new(big.Int).Lsh(big.NewInt(1), 300).String() // 91 digits: the schema does not
	raw := []struct {
		name    string
		subject string
		body    []byte
		want    api.Code
	}{
		{"malformed JSON", api.SubjectSubmit, []byte(`{"quote_id": "q_1", `), api.CodeInvalidJSON},
		// Well-formed JSON of the wrong shape fails the request's JSON
		// Schema: BAD_REQUEST, as the API documents.
		{"wrong types", api.SubjectSubmit, []byte(`{"quote_id": 5, "client_ref": ["x"]}`), api.CodeBadRequest},
		{"malformed quote JSON", api.SubjectQuote, []byte(`not json`), api.CodeInvalidJSON},
		// The router knows assets; an asset on an unknown chain is an
		// unknown asset.
		{"unknown chain", api.SubjectQuote, quoteReq("USDC@no-such-chain", good.to, "1000000"), api.CodeUnknownAsset},
		{"unknown asset", api.SubjectQuote, quoteReq("FOO@devnet-evm-a", good.to, "1000000"), api.CodeUnknownAsset},
		{"zero amount", api.SubjectQuote, quoteReq(good.from, good.to, "0"), api.CodeBadAmount},
		{"amount over 256 bits", api.SubjectQuote, quoteReq(good.from, good.to, over256), api.CodeBadAmount},
		// Not a decimal integer string of at most 78 digits: the schema.
		{"negative amount", api.SubjectQuote, quoteReq(good.from, good.to, "-5000000"), api.CodeBadRequest},
		{"fractional amount", api.SubjectQuote, quoteReq(good.from, good.to, "1.5"), api.CodeBadRequest},
		{"oversized amount", api.SubjectQuote, quoteReq(good.from, good.to, over300), api.CodeBadRequest},
		{"amount beyond the pools", api.SubjectQuote, quoteReq(good.from, good.to, "1000000000000000000"), api.CodeNoRoute},
		{"oversized message", api.SubjectSubmit, []byte(`{"quote_id":"` + strings.Repeat("q", api.MaxMessageBytes) + `"}`), api.CodeTooLarge},
		{"unknown quote", api.SubjectSubmit, []byte(`{"quote_id":"q_000000000000000000000000","client_ref":"bad-1","signed_tx":"0x01"}`), api.CodeUnknownQuote},
	}
	for _, c := range raw {
		if got := e.rawCall(t, c.subject, c.body); got != c.want {
			t.Errorf("%s: code %q, want %q", c.name, got, c.want)
		}
	}

	// Submits of well-formed requests that must be refused. None of the
	// transactions signed here is broadcast (the node refuses first), so
	// they use a nonce far ahead and leave the wallet's nonces alone.
	a := e.d.Chains[0]
	fresh := quote()
	signWith := func(k evmnet.Key, u api.UnsignedTx) string {
		s, err := signE(ctx, a.Client(), k, u, 1_000_000, a.ChainID())
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tampered := *fresh.SourceTx
	data := hexutil.MustDecode(tampered.Data)
	data[len(data)-1] ^= 1
	tampered.Data = hexutil.Encode(data)
	type submitCase struct {
		name string
		req  api.SubmitRequest
		want api.Code
	}
	submit := func(cases ...submitCase) {
		for _, c := range cases {
			_, err := e.c.Submit(ctx, c.req)
			if got := codeOf(err); got != c.want {
				t.Errorf("%s: %v (code %q), want %q", c.name, err, got, c.want)
			}
		}
	}
	replay := func(ref string) api.SubmitRequest {
		return api.SubmitRequest{QuoteID: req.QuoteID, ClientRef: ref, SignedApprovals: req.SignedApprovals, SignedTx: req.SignedTx}
	}
	submit(
		submitCase{"tx that does not match the quote", api.SubmitRequest{QuoteID: fresh.QuoteID, ClientRef: "bad-mismatch", SignedTx: signWith(w, tampered)}, api.CodeTxMismatch},
		submitCase{"tx signed by someone else", api.SubmitRequest{QuoteID: fresh.QuoteID, ClientRef: "bad-signer", SignedTx: signWith(e.d.Options.Demo[0], *fresh.SourceTx)}, api.CodeBadSignature},
		submitCase{"not a transaction", api.SubmitRequest{QuoteID: fresh.QuoteID, ClientRef: "bad-bytes", SignedTx: "0xdeadbeef"}, api.CodeTxMismatch},
		submitCase{"replayed transaction", replay("bad-replay"), api.CodeTxReplayed},
		submitCase{"client_ref reused for another quote", api.SubmitRequest{QuoteID: fresh.QuoteID, ClientRef: good.ref, SignedTx: req.SignedTx}, api.CodeClientRefReused},
	)
	// The good request again is idempotent: the same transfer, nothing new.
	again, err := e.c.Submit(ctx, req)
	if err != nil || again.ID != tr.ID {
		t.Errorf("repeated submit: %+v, %v; want transfer %s", again, err, tr.ID)
	}
	done, err := e.waitDone(ctx, []*placed{p})
	if err != nil {
		t.Fatal(err)
	}
	e.checkDelivered(t, []*placed{p}, done)
	// Replayed again now that the original is mined (the chain answers a
	// re-broadcast with "nonce too low"): still TX_REPLAYED.
	if time.Now().After(q.ExpiresAt) {
		t.Fatalf("the good quote expired before the mined replay could be tried (TTL %v too short for this machine)", quoteTTLBad)
	}
	submit(submitCase{"replay of a mined transaction", replay("bad-replay-mined"), api.CodeTxReplayed})
	time.Sleep(time.Until(stale.ExpiresAt) + 100*time.Millisecond)
	submit(submitCase{"expired quote", api.SubmitRequest{QuoteID: stale.QuoteID, ClientRef: "bad-expired", SignedTx: signWith(w, *stale.SourceTx)}, api.CodeQuoteExpired})

	if after := e.journalFootprint(t, ctx, tr.ID); after != before {
		t.Fatalf("bad input changed the journal: before %s, after %s", before, after)
	} else {
		t.Logf("journal unchanged by %d bad requests: %s", len(raw)+8, after)
	}
	return []*placed{p}
}
