package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/devnet/evmnet"
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
	run := func(args ...string) (string, error) {
		var out bytes.Buffer
		rootCmd.SetOut(&out)
		rootCmd.SetArgs(args)
		err := rootCmd.ExecuteContext(context.Background())
		return out.String(), err
	}
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
	if err != nil || !strings.Contains(out, "DONE/COMPLETED") || !strings.Contains(out, "delivered") {
		t.Fatalf("status: %v\n%s", err, out)
	}
	out, err = run("watch", "--nats", a.NATS, id)
	if err != nil || strings.Count(out, "\n") < 5 {
		t.Fatalf("watch replay: %v\n%s", err, out)
	}
	// The same client_ref again returns the same transfer.
	out, err = run("send", "--nats", a.NATS, "--from", "USDC@devnet-evm-a", "--to", "USDC@devnet-evm-b", "--amount", "100000000", "--wallet", "3", "--client-ref", "cli-test-1", "--no-watch")
	if err == nil || !strings.Contains(err.Error(), "CLIENT_REF_REUSED") {
		t.Fatalf("resend with a new quote and the same client_ref: %v\n%s", err, out)
	}
}
