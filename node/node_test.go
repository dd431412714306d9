package node

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing/topologies"
)

func runNode(t *testing.T, dir string) (Addrs, context.CancelFunc, chan error) {
	t.Helper()
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan Addrs, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, Config{DataDir: dir, NATSPort: -1, HTTPAddr: "127.0.0.1:0", Snapshot: snap,
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil)), Ready: func(a Addrs) { ready <- a }})
	}()
	select {
	case a := <-ready:
		return a, cancel, done
	case err := <-done:
		cancel()
		t.Fatalf("node stopped: %v", err)
	case <-time.After(30 * time.Second):
		cancel()
		t.Fatal("node did not come up")
	}
	return Addrs{}, cancel, done
}

// TestNodeServesAndRestarts brings a node up, quotes over NATS, checks the
// HTTP endpoints and the refusal of submits of its quotes (no source
// transaction: the node has no chains), shuts it down
// gracefully and brings it up again on the same data directory.
func TestNodeServesAndRestarts(t *testing.T) {
	dir := t.TempDir()
	for round := 0; round < 2; round++ {
		a, cancel, done := runNode(t, dir)
		if !strings.HasPrefix(a.NATS, "nats://127.0.0.1:") || !strings.HasPrefix(a.HTTP, "http://127.0.0.1:") {
			t.Fatalf("addresses %+v not on loopback", a)
		}
		nc, err := nats.Connect(a.NATS)
		if err != nil {
			t.Fatal(err)
		}
		c := api.NewClient(nc)
		ctx, ccancel := context.WithTimeout(context.Background(), 10*time.Second)
		q, err := c.Quote(ctx, api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0x1", Recipient: "osmo1"})
		if err != nil || len(q.Routes) == 0 {
			t.Fatalf("quote: %v", err)
		}
		_, err = c.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: "r", SignedTx: "0x01"})
		var ae *api.Error
		if !errorsAs(err, &ae) || ae.Code != api.CodeNotSubmittable {
			t.Fatalf("submit of a quote without a source transaction: %v, want NOT_SUBMITTABLE", err)
		}
		for _, p := range []string{"/healthz", "/readyz", "/metrics"} {
			// The wallet API's own figures, not only the Go runtime's (a
			// reply is counted after it was sent: retry a moment).
			for try := 0; ; try++ {
				resp, err := http.Get(a.HTTP + p)
				if err != nil || resp.StatusCode != 200 {
					t.Fatalf("%s: %v %v", p, resp, err)
				}
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if p != "/metrics" || bytes.Contains(body, []byte(`strait_api_requests_total{code="OK",endpoint="quote"}`)) &&
					bytes.Contains(body, []byte(`strait_api_requests_total{code="NOT_SUBMITTABLE",endpoint="transfer-submit"}`)) {
					break
				}
				if try == 100 {
					t.Fatalf("/metrics lacks the wallet API's counts:\n%s", body)
				}
				time.Sleep(20 * time.Millisecond)
			}
		}
		ccancel()
		nc.Close()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("shutdown: %v", err)
			}
		case <-time.After(30 * time.Second):
			t.Fatal("node did not shut down")
		}
	}
}

func errorsAs(err error, target **api.Error) bool {
	e, ok := err.(*api.Error)
	if ok {
		*target = e
	}
	return ok
}

// A node without source chains refuses submits: NOT_SUBMITTABLE for a
// quote without a source transaction (no node can take it), UNAVAILABLE
// for one with (a node that has its chain can: clients retry).
func TestUnwiredCheckerCodes(t *testing.T) {
	for _, c := range []struct {
		tx   *api.UnsignedTx
		want api.Code
	}{{nil, api.CodeNotSubmittable}, {&api.UnsignedTx{Chain: "devnet-evm-a"}, api.CodeUnavailable}} {
		q := &quote.Quote{ID: "q_1", Reply: api.QuoteReply{SourceTx: c.tx}}
		if _, e := (unwiredChecker{}).Check(context.Background(), q, api.SubmitRequest{QuoteID: "q_1"}); e == nil || e.Code != c.want {
			t.Fatalf("source tx %v: %v, want %s", c.tx, e, c.want)
		}
	}
}

// A second node on a running node's data directory is refused at once,
// before it opens anything there (the embedded NATS server would open the
// JetStream store before finding its port taken); the first keeps serving,
// and once it stops the directory is free again.
func TestSecondNodeOnTheSameDataDirIsRefused(t *testing.T) {
	dir := t.TempDir()
	a, cancel, done := runNode(t, dir)
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	err = Run(context.Background(), Config{DataDir: dir, NATSPort: -1, HTTPAddr: "127.0.0.1:0", Snapshot: snap, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil || !strings.Contains(err.Error(), "in use by another Strait node") || time.Since(began) > 5*time.Second {
		t.Fatalf("second node on %s: %v after %s", dir, err, time.Since(began))
	}
	// The same through the operator entry point (strait up's).
	fc := &FileConfig{Name: "second", DataDir: dir, Topology: "realistic"}
	fc.NATS.Port, fc.HTTP.Addr = -1, "127.0.0.1:0"
	if err := RunFile(context.Background(), fc, slog.New(slog.NewTextHandler(io.Discard, nil)), nil); err == nil || !strings.Contains(err.Error(), "in use by another Strait node") {
		t.Fatalf("second node from a file config: %v", err)
	}
	nc, err := nats.Connect(a.NATS)
	if err != nil {
		t.Fatal(err)
	}
	ctx, ccancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer ccancel()
	if _, err := api.NewClient(nc).Chains(ctx); err != nil {
		t.Fatalf("the first node after the refusal: %v", err)
	}
	nc.Close()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	_, cancel, done = runNode(t, dir)
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A data directory that cannot be made is reported as such, not as a
// directory another node holds.
func TestUnusableDataDirIsReported(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a-file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	err = Run(context.Background(), Config{DataDir: filepath.Join(file, "data"), NATSPort: -1, HTTPAddr: "127.0.0.1:0", Snapshot: snap,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err == nil || !strings.HasPrefix(err.Error(), "data dir: ") || strings.Contains(err.Error(), "in use") {
		t.Fatalf("data dir under a file: %v", err)
	}
}

// Ports already taken are reported before anything starts.
func TestPortsInUseAreReportedFirst(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	port := l.Addr().(*net.TCPAddr).Port
	for _, c := range []struct {
		cfg  Config
		says string
	}{
		{Config{NATSHost: "127.0.0.1", NATSPort: port, HTTPAddr: "127.0.0.1:0"}, "NATS address 127.0.0.1:"},
		{Config{NATSHost: "127.0.0.1", NATSPort: -1, HTTPAddr: l.Addr().String()}, "HTTP address 127.0.0.1:"},
	} {
		if err := probePorts(&c.cfg); err == nil || !strings.Contains(err.Error(), c.says) || !strings.Contains(err.Error(), "in use") {
			t.Errorf("%+v: %v, want %q in use", c.cfg, err, c.says)
		}
	}
	free := Config{NATSHost: "127.0.0.1", NATSPort: -1, HTTPAddr: "127.0.0.1:0", NATSURL: ""}
	if err := probePorts(&free); err != nil {
		t.Fatalf("free ports: %v", err)
	}
	external := Config{NATSURL: "nats://127.0.0.1:1", NATSPort: port, HTTPAddr: "127.0.0.1:0"}
	if err := probePorts(&external); err != nil {
		t.Fatalf("an external NATS server's port is not ours to probe: %v", err)
	}
}
