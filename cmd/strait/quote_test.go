package main

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/walletapi"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// realisticQuotes answers quotes over the realistic topology (and the
// catalog as catalogOnly does).
type realisticQuotes struct {
	catalogOnly
	q *quote.Service
}

func (b realisticQuotes) Quote(r api.QuoteRequest) (*api.QuoteReply, *api.Error) { return b.q.Quote(r) }

// strait quote says how many routes the reply left out and how to see
// them; --all-routes lists them.
func TestQuoteSaysHowManyRoutesItLeftOut(t *testing.T) {
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	qs, err := quote.New(quote.Options{Store: routing.NewStore(snap)})
	if err != nil {
		t.Fatal(err)
	}
	ns, nc := testnats.Start(t)
	svc, err := walletapi.Serve(nc, realisticQuotes{q: qs}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = svc.Stop() }()
	req := api.QuoteRequest{From: "USDC@ethereum", To: "USDC@osmosis", Amount: "250000000", Owner: "0xabc", Recipient: "r"}
	direct, e := qs.Quote(req)
	if e != nil || direct.DominatedRoutes == 0 {
		t.Fatalf("the request leaves no route out (%v): pick another", e)
	}
	args := []string{"quote", "--nats", ns.ClientURL(), "--from", req.From, "--to", req.To, "--amount", req.Amount, "--owner", req.Owner, "--recipient", req.Recipient}
	out, err := runCLI(args...)
	if err != nil {
		t.Fatal(err)
	}
	n, listed := direct.DominatedRoutes, len(direct.Routes)
	if !strings.Contains(out, fmt.Sprintf("(%d more route", n)) || !strings.Contains(out, "--all-routes lists them") ||
		!strings.Contains(out, fmt.Sprintf("#%d ", listed)) || strings.Contains(out, fmt.Sprintf("#%d ", listed+1)) {
		t.Fatalf("%d routes listed, %d left out; printed:\n%s", listed, n, out)
	}
	out, err = runCLI(append(args, "--all-routes")...)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "left out") || !strings.Contains(out, fmt.Sprintf("#%d ", listed+n)) {
		t.Fatalf("--all-routes: %d routes wanted; printed:\n%s", listed+n, out)
	}
}
