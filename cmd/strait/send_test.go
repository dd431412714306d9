package main

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/straitnet/strait/actors/walletapi"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/node"
)

// TestSendStatusWatch runs a node on the devnet and drives it with the CLI
// clients a person would use: send (quote, sign, submit, watch), status and
// watch (replaying the finished transfer).
func TestSendStatusWatch(t *testing.T) {
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ev, err := node.StartEVMDevnet(context.Background(), evmnet.Options{BlockPeriod: 100 * time.Millisecond}, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer ev.Close()
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan node.Addrs, 1)
	done := make(chan error, 1)
	go func() {
		done <- node.Run(ctx, node.Config{DataDir: t.TempDir(), NATSPort: -1, HTTPAddr: "127.0.0.1:0", Store: ev.Store, Builder: ev.Source,
			Checker: ev.Source, Executor: ev.Executor, Logger: quiet, Ready: func(a node.Addrs) { ready <- a }})
	}()
	defer func() { cancel(); <-done }()
	var a node.Addrs
	select {
	case a = <-ready:
	case err := <-done:
		t.Fatal(err)
	}
	run := runCLI
	out, err := run("send", "--nats", a.NATS, "--from", "USDC@devnet-evm-a", "--to", "USDC@devnet-evm-b", "--amount", "100000000", "--wallet", "3", "--client-ref", "cli-test-1")
	if err != nil {
		t.Fatalf("send: %v\n%s", err, out)
	}
	if !strings.Contains(out, "Completed") || !strings.Contains(out, "DONE/COMPLETED") {
		t.Fatalf("send output lacks completion:\n%s", out)
	}
	id := ""
	for _, f := range strings.Fields(out) {
		if strings.HasPrefix(f, "tr_") {
			id = f
			break
		}
	}
	if id == "" {
		t.Fatalf("no transfer id in:\n%s", out)
	}
	out, err = run("status", "--nats", a.NATS, id)
	if err != nil || !strings.Contains(out, "DONE/COMPLETED") || !strings.Contains(out, "delivered") || !strings.Contains(out, "source tx 0x") {
		t.Fatalf("status: %v\n%s", err, out)
	}
	out, err = run("watch", "--nats", a.NATS, id)
	if err != nil || strings.Count(out, "\n") < 5 {
		t.Fatalf("watch replay: %v\n%s", err, out)
	}
	// Resumed past its end: the final state, at once.
	out, err = run("watch", "--nats", a.NATS, "--from-seq", "999", id)
	if err != nil || !strings.Contains(out, "(no events after seq") || !strings.Contains(out, "DONE/COMPLETED") {
		t.Fatalf("watch past the end: %v\n%s", err, out)
	}
	// A mistyped id is refused at once (exit 3), not waited for.
	began := time.Now()
	out, err = run("watch", "--nats", a.NATS, "tr_nope")
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 3 || !strings.Contains(err.Error(), "NOT_FOUND") || time.Since(began) > 10*time.Second {
		t.Fatalf("watch of an unknown transfer: %v after %s\n%s", err, time.Since(began), out)
	}
	// A finished transfer whose events the stream no longer keeps: watch
	// says so and ends as the transfer did.
	nc, err := nats.Connect(a.NATS)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	js, err := jetstream.New(nc)
	if err != nil {
		t.Fatal(err)
	}
	st, err := js.Stream(context.Background(), api.EventsStream)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Purge(context.Background(), jetstream.WithPurgeSubject(api.EventsSubjectFor(id))); err != nil {
		t.Fatal(err)
	}
	defer func(w time.Duration) { watchWait = w }(watchWait)
	watchWait = 300 * time.Millisecond
	out, err = run("watch", "--nats", a.NATS, id)
	if err != nil || !strings.Contains(out, "the events stream does not hold the rest") || !strings.Contains(out, "DONE/COMPLETED") {
		t.Fatalf("watch after the events expired: %v\n%s", err, out)
	}
	// Too late to cancel a completed transfer.
	out, err = run("cancel", "--nats", a.NATS, id)
	if !errors.As(err, &ee) || ee.code != 3 || !strings.Contains(err.Error(), "NOT_CANCELLABLE") {
		t.Fatalf("cancel of a completed transfer: %v\n%s", err, out)
	}
	// A transfer whose source transaction waits in the pool (the chain
	// holds still): the cancel is recorded, and says what happens next.
	src := ev.Devnet.Chains[0]
	src.Stop()
	out, err = run("send", "--nats", a.NATS, "--from", "USDC@devnet-evm-a", "--to", "USDC@devnet-evm-b", "--amount", "1000000", "--wallet", "2", "--client-ref", "cli-test-cancel", "--no-watch")
	if err != nil {
		src.Start()
		t.Fatalf("send: %v\n%s", err, out)
	}
	pending := ""
	for _, f := range strings.Fields(out) {
		if strings.HasPrefix(f, "tr_") {
			pending = f
			break
		}
	}
	out, err = run("cancel", "--nats", a.NATS, pending)
	src.Start()
	if err != nil || !strings.Contains(out, "PENDING/SOURCE_CONFIRMING") || !strings.Contains(out, "cancel requested") || !strings.Contains(out, "cancel recorded") {
		t.Fatalf("cancel of a pending transfer: %v\n%s", err, out)
	}
	out, err = run("status", "--nats", a.NATS, pending)
	if err != nil || !strings.Contains(out, "cancel requested") {
		t.Fatalf("status after the cancel: %v\n%s", err, out)
	}
	// The wallets' transfers, one page each.
	out, err = run("list", "--nats", a.NATS, "--wallet", "3")
	if err != nil || !strings.Contains(out, id) || !strings.Contains(out, "DONE/COMPLETED") {
		t.Fatalf("list of wallet 3: %v\n%s", err, out)
	}
	key2, _ := demoWallet(2)
	out, err = run("list", "--nats", a.NATS, "--owner", strings.ToLower(key2.Address.Hex()), "--limit", "1")
	if err != nil || !strings.Contains(out, pending) || !strings.Contains(out, "cancel requested") {
		t.Fatalf("list of wallet 2 by owner: %v\n%s", err, out)
	}
	// The same client_ref again returns the same transfer.
	out, err = run("send", "--nats", a.NATS, "--from", "USDC@devnet-evm-a", "--to", "USDC@devnet-evm-b", "--amount", "100000000", "--wallet", "3", "--client-ref", "cli-test-1", "--no-watch")
	if err == nil || !strings.Contains(err.Error(), "CLIENT_REF_REUSED") {
		t.Fatalf("resend with a new quote and the same client_ref: %v\n%s", err, out)
	}
}

// TestDemoWallet: send and quote name demo wallets 0 to 63; any other
// number is a usage error (exit 2).
func TestDemoWallet(t *testing.T) {
	k, err := demoWallet(7)
	if err != nil || k.Address != evmnet.DevKey("demo-7").Address {
		t.Fatalf("wallet 7: %v %v", k.Address, err)
	}
	for _, n := range []int{-1, 64} {
		_, err := demoWallet(n)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 {
			t.Fatalf("wallet %d: %v", n, err)
		}
	}
}

// TestBenchE2ERefusesTwoProfiles: a whole-run CPU profile and the phase
// profiles cannot run at once (usage error, nothing written).
func TestBenchE2ERefusesTwoProfiles(t *testing.T) {
	dir := t.TempDir()
	rootCmd.SetArgs([]string{"bench", "e2e", "--cpuprofile", filepath.Join(dir, "a"), "--phase-profile", filepath.Join(dir, "b")})
	defer rootCmd.SetArgs(nil)
	err := rootCmd.ExecuteContext(context.Background())
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "cannot be used together") {
		t.Fatalf("both profiles: %v", err)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Fatalf("files written: %v", left)
	}
}

// catalogOnly answers catalog.chains (an EVM and a Cosmos chain) and
// nothing else.
type catalogOnly struct{}

func (catalogOnly) Quote(api.QuoteRequest) (*api.QuoteReply, *api.Error) {
	return nil, api.Errorf(api.CodeUnavailable, "", "no quotes here")
}
func (catalogOnly) Submit(api.SubmitRequest) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeUnavailable, "", "no transfers here")
}
func (catalogOnly) Get(string) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeNotFound, "id", "none")
}
func (catalogOnly) List(api.ListRequest) (*api.ListReply, *api.Error) {
	return &api.ListReply{Transfers: []api.Transfer{}}, nil
}
func (catalogOnly) Cancel(string) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeNotFound, "id", "none")
}
func (catalogOnly) Chains() (*api.ChainsReply, *api.Error) {
	return &api.ChainsReply{Chains: []api.Chain{{ID: "devnet-evm-a", Kind: "evm", Health: "ok"}, {ID: "devnet-cosmos-b", Kind: "cosmos", Health: "ok"}}}, nil
}
func (catalogOnly) Bridges() (*api.BridgesReply, *api.Error) {
	return &api.BridgesReply{Bridges: []api.Bridge{}}, nil
}

// send and quote pay a demo wallet on an EVM chain, and on a Cosmos chain
// the devnet's Cosmos demo account of the same number (the wallet's EVM
// address would name an account nobody holds there).
func TestDefaultRecipientFollowsTheChainKind(t *testing.T) {
	_, nc := testnats.Start(t)
	svc, err := walletapi.Serve(nc, catalogOnly{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	c := api.NewClient(nc)
	ctx := context.Background()
	key, err := demoWallet(5)
	if err != nil {
		t.Fatal(err)
	}
	got, err := defaultRecipient(ctx, c, key, 5, "USDC@devnet-evm-a")
	if err != nil || got != key.Address.Hex() {
		t.Fatalf("EVM destination: %q %v, want %s", got, err, key.Address.Hex())
	}
	want := cosmos.DevKey("demo-5").Address().String()
	got, err = defaultRecipient(ctx, c, key, 5, "USDC@devnet-cosmos-b")
	if err != nil || got != want || !strings.HasPrefix(got, "cosmos1") {
		t.Fatalf("Cosmos destination: %q %v, want %s", got, err, want)
	}
	// Without a catalog to read, it says so and how to go on.
	_ = svc.Stop()
	short, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	got, err = defaultRecipient(short, c, key, 5, "USDC@devnet-cosmos-b")
	if err == nil || got != "" || !strings.Contains(err.Error(), "give --recipient") {
		t.Fatalf("no catalog: %q %v", got, err)
	}
}

// runCLI runs strait with args and returns what it printed. Each run
// starts from the flags' defaults, as a fresh process would (cobra keeps
// the values and Changed of the last run).
func runCLI(args ...string) (string, error) {
	var reset func(c *cobra.Command)
	reset = func(c *cobra.Command) {
		c.Flags().VisitAll(func(f *pflag.Flag) {
			if sv, ok := f.Value.(pflag.SliceValue); ok {
				// (Set on a slice flag already set appends.)
				var def []string
				if d := strings.Trim(f.DefValue, "[]"); d != "" {
					def = strings.Split(d, ",")
				}
				_ = sv.Replace(def)
			} else {
				_ = f.Value.Set(f.DefValue)
			}
			f.Changed = false
		})
		for _, sub := range c.Commands() {
			reset(sub)
		}
	}
	reset(rootCmd)
	var out bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetArgs(args)
	err := rootCmd.ExecuteContext(context.Background())
	return out.String(), err
}

// TestFlagHelpNamesTheValue: pflag takes a back-quoted word in a flag's
// usage as the name of its value, so `--wallet strait up` once showed in
// send's help. No flag's usage may quote.
func TestFlagHelpNamesTheValue(t *testing.T) {
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		for _, fs := range []*pflag.FlagSet{c.LocalFlags(), c.PersistentFlags()} {
			fs.VisitAll(func(f *pflag.Flag) {
				if strings.Contains(f.Usage, "`") {
					t.Errorf("%s --%s: usage %q quotes (shown as the value's name)", c.CommandPath(), f.Name, f.Usage)
				}
			})
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(rootCmd)
}

// TestFollowingCommandsSayWhenTheNodeGoesAndComesBack: send and watch ride
// through a node's restart (api.Client.Watch); what they dial says so.
func TestFollowingCommandsSayWhenTheNodeGoesAndComesBack(t *testing.T) {
	start := func(port int) *server.Server {
		ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: port, NoLog: true, NoSigs: true})
		if err != nil {
			t.Fatal(err)
		}
		go ns.Start()
		if !ns.ReadyForConnections(10 * time.Second) {
			t.Fatal("nats server not ready")
		}
		t.Cleanup(ns.Shutdown)
		return ns
	}
	ns := start(-1)
	url, port := ns.ClientURL(), ns.Addr().(*net.TCPAddr).Port
	var notes testlog.Buffer
	nc, err := dialNode(url, &notes)
	if err != nil {
		t.Fatal(err)
	}
	defer nc.Close()
	ns.Shutdown()
	ns.WaitForShutdown()
	waitForText(t, &notes, "lost the node at "+url)
	start(port)
	waitForText(t, &notes, "reconnected to "+url)
	// One-shot commands dial without notes.
	quiet, err := dialNode(url, nil)
	if err != nil {
		t.Fatal(err)
	}
	quiet.Close()
}

func waitForText(t *testing.T, b *testlog.Buffer, text string) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(b.String(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in %q", text, b.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// unavailableSubmits quotes a signable source transaction and answers
// every submit UNAVAILABLE, as a node going away does.
type unavailableSubmits struct{ catalogOnly }

func (unavailableSubmits) Quote(r api.QuoteRequest) (*api.QuoteReply, *api.Error) {
	return &api.QuoteReply{QuoteID: "q_1", ExpiresAt: time.Now().Add(time.Minute), From: r.From, To: r.To, Amount: r.Amount, Preset: "recommended",
		Routes: []api.Route{{RouteHash: "0x01", AmountOut: r.Amount, MinOut: r.Amount, Hops: []api.Hop{{Bridge: "b", From: r.From, To: r.To, AmountIn: r.Amount, AmountOut: r.Amount, Fee: "0"}}}},
		Why:    []string{"the only route"},
		SourceTx: &api.UnsignedTx{Chain: "devnet-evm-a", ChainID: "31001", From: r.Owner, To: "0x00000000000000000000000000000000000000aa", Data: "0x",
			Value: "0", Nonce: "0", GasLimit: "100000", MaxFeePerGas: "2000000000", MaxPriorityFeePerGas: "1000000000"}}, nil
}

// TestSendSaysHowToRetryASubmitWithAnUnknownOutcome: a submit that failed
// for a transport reason may still have been taken; send names the
// client_ref to send again with (which cannot make a second transfer)
// instead of leaving a person to start a fresh one.
func TestSendSaysHowToRetryASubmitWithAnUnknownOutcome(t *testing.T) {
	ns, nc := testnats.Start(t)
	svc, err := walletapi.Serve(nc, unavailableSubmits{}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	_, err = runCLI("send", "--nats", ns.ClientURL(), "--from", "USDC@devnet-evm-a", "--to", "USDC@devnet-evm-b", "--amount", "100",
		"--wallet", "2", "--recipient", "0x00000000000000000000000000000000000000bb", "--client-ref", "ref-42", "--no-watch")
	if err == nil || !strings.Contains(err.Error(), "UNAVAILABLE") || !strings.Contains(err.Error(), "--client-ref ref-42") || !strings.Contains(err.Error(), "strait list --wallet 2") {
		t.Fatalf("send whose submit failed: %v", err)
	}
}

// runCLI starts every command from its flags' defaults, a subcommand's
// and a slice flag's too.
func TestRunCLIResetsEveryFlag(t *testing.T) {
	sim, _, err := rootCmd.Find([]string{"bench", "sim"})
	if err != nil {
		t.Fatal(err)
	}
	route, _, err := rootCmd.Find([]string{"route"})
	if err != nil {
		t.Fatal(err)
	}
	if err := sim.Flags().Set("policies", "naive"); err != nil {
		t.Fatal(err)
	}
	if err := route.Flags().Set("deny", "x,y"); err != nil {
		t.Fatal(err)
	}
	_, _ = runCLI("--help")
	if p, _ := sim.Flags().GetStringSlice("policies"); strings.Join(p, ",") != strings.Trim(sim.Flags().Lookup("policies").DefValue, "[]") || sim.Flags().Changed("policies") {
		t.Fatalf("bench sim --policies left at %v", p)
	}
	if d, _ := route.Flags().GetStringSlice("deny"); len(d) != 0 || route.Flags().Changed("deny") {
		t.Fatalf("route --deny left at %v", d)
	}
}

// vanishingNode answers one transfer.get with an ended transfer, then is
// unavailable.
type vanishingNode struct {
	catalogOnly
	gets *atomic.Int32
}

func (b vanishingNode) Get(id string) (*api.Transfer, *api.Error) {
	if b.gets.Add(1) > 1 {
		return nil, api.Errorf(api.CodeUnavailable, "", "stopping")
	}
	return &api.Transfer{ID: id, Status: api.StatusDone, Substatus: api.SubCompleted, Seq: 3, UpdatedAt: time.Now()}, nil
}

// A watch resumed past the end of a transfer reads it once more to show
// how it ended; a node gone by then is exit 3 (the node did not answer),
// as for any other read.
func TestWatchResumedPastTheEndWhenTheNodeGoes(t *testing.T) {
	ns, nc := testnats.Start(t)
	b := vanishingNode{gets: &atomic.Int32{}}
	svc, err := walletapi.Serve(nc, b, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	_, err = runCLI("watch", "--nats", ns.ClientURL(), "--from-seq", "9", "tr_x")
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 3 || !strings.Contains(err.Error(), "UNAVAILABLE") || b.gets.Load() != 2 {
		t.Fatalf("watch past the end, node gone: %v (%d reads)", err, b.gets.Load())
	}
}
