package journal_test

import (
	"context"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/cluster/journal"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
)

// countingExec records which effects a node ran; it never reports back, so
// a transfer stays where the test puts it.
type countingExec struct {
	mu   sync.Mutex
	runs map[string]int
}

func (e *countingExec) Run(_ context.Context, _ transfer.State, eff transfer.Effect, _ func(transfer.Input)) {
	e.mu.Lock()
	e.runs[eff.Kind+"/"+eff.Key]++
	e.mu.Unlock()
}

func (e *countingExec) total() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := 0
	for _, v := range e.runs {
		n += v
	}
	return n
}

type clusterNode struct {
	j    *journal.Journal
	m    *actors.Manager
	exec *countingExec
}

func startNode(t *testing.T, url string) *clusterNode {
	t.Helper()
	nc, err := nats.Connect(url)
	if err != nil {
		t.Fatal(err)
	}
	j, err := journal.Open(t.TempDir(), nc, journal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	pub, err := actors.NewJetStreamPublisher(context.Background(), nc)
	if err != nil {
		t.Fatal(err)
	}
	exec := &countingExec{runs: map[string]int{}}
	m, err := actors.NewManager(actors.Options{Journal: j, Executor: exec, Publisher: pub, Tick: time.Hour,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Stop(); _ = j.Close(); nc.Close() })
	return &clusterNode{j: j, m: m, exec: exec}
}

// TestTransferActorsOnTwoNodes: the transfer actor of actors.Manager on two
// nodes, each on its own replicated journal (own Pebble, one NATS). The
// second node's activation catches the transfer up from JetStream and moves
// it on; the first node's activation, now stale, is fenced by JetStream,
// journals nothing and runs no effect.
func TestTransferActorsOnTwoNodes(t *testing.T) {
	ns, _ := testnats.Start(t)
	a, b := startNode(t, ns.ClientURL()), startNode(t, ns.ClientURL())
	const id = "tr-cluster"
	init := transfer.State{ID: id, Owner: "0xowner", From: "USDC@a", To: "USDC@c", Amount: "1000", MinOut: "990",
		RefundAddress: "0xowner", Deadline: time.Now().Add(time.Hour), Route: []transfer.Hop{
			{Edge: "e1", Bridge: "b1", From: "USDC@a", To: "USDC@b"},
			{Edge: "e2", Bridge: "b2", From: "USDC@b", To: "USDC@c"},
		}}
	if _, _, err := a.m.Create(init, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := a.m.Input(id, transfer.Input{Kind: transfer.InTick}); err != nil {
		t.Fatal(err)
	}
	// Node b has never seen the transfer: its activation reads it from the
	// replicated stream, then journals the next event.
	st, err := b.m.Input(id, transfer.Input{Kind: transfer.InSourceBroadcast, TxID: "0x1"})
	if err != nil || st.Seq != 2 {
		t.Fatalf("node b: seq %d %v", st.Seq, err)
	}
	ranBefore := a.exec.total()
	// Node a's activation still believes seq 1.
	_, err = a.m.Input(id, transfer.Input{Kind: transfer.InSourceBroadcast, TxID: "0x2"})
	if persistence.CodeOf(err) != persistence.CodeConflict {
		t.Fatalf("stale node: %v, want %s", err, persistence.CodeConflict)
	}
	if a.exec.total() != ranBefore {
		t.Fatalf("the fenced node ran an effect: %v", a.exec.runs)
	}
	ctx := context.Background()
	if recs, _ := a.j.Local().Read(ctx, actors.StreamPrefix+id, 1, 0); len(recs) != 1 {
		t.Fatalf("fenced node's local journal has %d records, want 1", len(recs))
	}
	// Both nodes now read the one history: b's.
	for name, n := range map[string]*clusterNode{"a": a, "b": b} {
		if err := n.j.CatchUp(ctx, actors.StreamPrefix+id); err != nil {
			t.Fatal(err)
		}
		s, ok, err := n.m.Get(id)
		if err != nil || !ok || s.Seq != 2 || s.SourceTx != "0x1" {
			t.Fatalf("node %s reads seq %d tx %q (%v %v)", name, s.Seq, s.SourceTx, ok, err)
		}
	}
}
