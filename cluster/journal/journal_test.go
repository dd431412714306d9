package journal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/persistence/journaltest"
)

func TestConformance(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		_, nc := testnats.Start(t)
		j, err := Open(t.TempDir(), nc, Options{Local: persistence.Options{Clock: clock}})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}

// node is one cluster node's journal: its own Pebble directory and its own
// NATS connection to the shared server.
func node(t *testing.T, ns *server.Server, dir string, opts Options) *Journal {
	t.Helper()
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	j, err := Open(dir, nc, opts)
	if err != nil {
		nc.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = j.Close(); nc.Close() })
	return j
}

func ev(typ, payload string) persistence.Event {
	return persistence.Event{Type: typ, Payload: []byte(payload)}
}

func appendOK(t *testing.T, j persistence.Journal, stream string, expected uint64, evs ...persistence.Event) []persistence.Record {
	t.Helper()
	recs, err := j.Append(context.Background(), persistence.AppendRequest{Stream: stream, ExpectedSeq: expected, Events: evs})
	if err != nil {
		t.Fatalf("append %s at %d: %v", stream, expected, err)
	}
	return recs
}

func readAll(t *testing.T, j persistence.Journal, stream string) []persistence.Record {
	t.Helper()
	recs, err := j.Read(context.Background(), stream, 1, 0)
	if err != nil {
		t.Fatalf("read %s: %v", stream, err)
	}
	return recs
}

func sameRecords(t *testing.T, got, want []persistence.Record) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d records, want %d", len(got), len(want))
	}
	for i := range got {
		g, w := got[i], want[i]
		if g.Stream != w.Stream || g.Seq != w.Seq || !g.Time.Equal(w.Time) || g.Type != w.Type ||
			!bytes.Equal(g.Payload, w.Payload) || g.PrevHash != w.PrevHash || g.Hash != w.Hash {
			t.Fatalf("record %d = %+v, want %+v", i, g, w)
		}
	}
}

// TestFencedSecondWriter: two nodes append to one stream; the one whose
// view is stale is refused by JetStream and writes nothing locally.
func TestFencedSecondWriter(t *testing.T) {
	ns, _ := testnats.Start(t)
	a := node(t, ns, t.TempDir(), Options{})
	b := node(t, ns, t.TempDir(), Options{})
	ctx := context.Background()
	const s = "transfer/t1"

	// Both activate the stream while it is empty.
	for _, j := range []*Journal{a, b} {
		if seq, _, err := j.Head(ctx, s); err != nil || seq != 0 {
			t.Fatalf("head = %d %v", seq, err)
		}
	}
	won := appendOK(t, a, s, 0, ev("Submitted", "from a"))

	// b still believes the stream is empty: its local check passes and
	// JetStream refuses the publish.
	_, err := b.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("Submitted", "from b")},
		Index: []persistence.Index{{Name: "owner", Value: "b"}}})
	if persistence.CodeOf(err) != persistence.CodeConflict || !errors.Is(err, persistence.ErrConflict) {
		t.Fatalf("second writer: %v, want %s", err, persistence.CodeConflict)
	}
	var e *persistence.Error
	if !errors.As(err, &e) || e.Seq != 1 || !strings.Contains(e.Msg, "fenced") {
		t.Fatalf("conflict does not name the replicated head: %#v", e)
	}
	if recs, err := b.Local().Read(ctx, s, 1, 0); err != nil || len(recs) != 0 {
		t.Fatalf("fenced writer wrote locally: %v %v", recs, err)
	}
	if hits, _ := b.Local().Lookup(ctx, persistence.Index{Name: "owner", Value: "b"}, "", 0); len(hits) != 0 {
		t.Fatalf("fenced writer's index entry exists: %v", hits)
	}
	if last, _, err := a.lastMessage(ctx, s); err != nil || last.Last() != 1 || last.LastHash() != won[0].Hash {
		t.Fatalf("replicated stream holds %+v %v, want only a's record", last, err)
	}

	// Failover: b reads (catching up a's record) and takes the stream over;
	// now a is the stale writer and is fenced in turn.
	sameRecords(t, readAll(t, b, s), won)
	took := appendOK(t, b, s, 1, ev("HopStarted", "b owns it"))
	_, err = a.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: 1, Events: []persistence.Event{ev("HopStarted", "a again")}})
	if persistence.CodeOf(err) != persistence.CodeConflict {
		t.Fatalf("stale first writer: %v, want a conflict", err)
	}
	if recs, _ := a.Local().Read(ctx, s, 1, 0); len(recs) != 1 {
		t.Fatalf("stale writer has %d local records, want 1", len(recs))
	}
	sameRecords(t, readAll(t, a, s), append(won, took...))
	for _, j := range []*Journal{a, b} {
		if rep, err := j.Verify(ctx); err != nil || !rep.OK() || rep.Records != 2 {
			t.Fatalf("verify: %+v %v", rep, err)
		}
	}
}

// TestRaceAcrossNodes: writers on three nodes race for each new stream;
// exactly one append wins in total and every node ends with that record.
func TestRaceAcrossNodes(t *testing.T) {
	ns, _ := testnats.Start(t)
	nodes := []*Journal{
		node(t, ns, t.TempDir(), Options{}),
		node(t, ns, t.TempDir(), Options{}),
		node(t, ns, t.TempDir(), Options{}),
	}
	rounds := 20
	if testing.Short() {
		rounds = 5
	}
	ctx := context.Background()
	for r := 0; r < rounds; r++ {
		s := fmt.Sprintf("transfer/r%d", r)
		for _, j := range nodes {
			if _, _, err := j.Head(ctx, s); err != nil { // activate everywhere first
				t.Fatal(err)
			}
		}
		var wins, conflicts atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for n, j := range nodes {
			for w := 0; w < 4; w++ {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					_, err := j.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("Activated", fmt.Sprintf("n%dw%d", n, w))}})
					switch persistence.CodeOf(err) {
					case "":
						wins.Add(1)
					case persistence.CodeConflict:
						conflicts.Add(1)
					default:
						t.Errorf("node %d: %v", n, err)
					}
				}()
			}
		}
		close(start)
		wg.Wait()
		if wins.Load() != 1 || conflicts.Load() != 11 {
			t.Fatalf("round %d: %d wins %d conflicts, want 1 and 11", r, wins.Load(), conflicts.Load())
		}
		first := readAll(t, nodes[0], s)
		for _, j := range nodes[1:] {
			sameRecords(t, readAll(t, j, s), first)
		}
	}
}

// TestCatchUpLostPebble: a node that lost its Pebble directory gets every
// stream, record for record (same hashes), with its index entries, from
// the replicated stream.
func TestCatchUpLostPebble(t *testing.T) {
	ns, _ := testnats.Start(t)
	ctx := context.Background()
	a := node(t, ns, t.TempDir(), Options{})
	want := map[string][]persistence.Record{}
	for i := 0; i < 5; i++ {
		s := fmt.Sprintf("transfer/x.%d_y", i) // '.' and '_' exercise the subject encoding
		recs, err := a.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("Submitted", s)},
			Index: []persistence.Index{{Name: "status", Value: "PENDING"}}})
		if err != nil {
			t.Fatal(err)
		}
		more, err := a.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: 1,
			Events:  []persistence.Event{ev("HopStarted", ""), ev("Completed", "")},
			Unindex: []persistence.Index{{Name: "status", Value: "PENDING"}}, Index: []persistence.Index{{Name: "status", Value: "DONE"}}})
		if err != nil {
			t.Fatal(err)
		}
		want[s] = append(recs, more...)
	}

	// A fresh node reads one stream: activation lands it.
	b := node(t, ns, t.TempDir(), Options{})
	sameRecords(t, readAll(t, b, "transfer/x.3_y"), want["transfer/x.3_y"])

	// CatchUpAll lands the rest, so local listings see every stream.
	n, err := b.CatchUpAll(ctx)
	if err != nil || n != 8 {
		t.Fatalf("catch up all landed %d appends (%v), want 8", n, err)
	}
	if n, err := b.CatchUpAll(ctx); err != nil || n != 0 {
		t.Fatalf("second catch up landed %d (%v), want 0", n, err)
	}
	streams, err := b.Streams(ctx, "transfer/", "", 0)
	if err != nil || len(streams) != 5 {
		t.Fatalf("streams after catch-up: %v %v", streams, err)
	}
	for s, recs := range want {
		sameRecords(t, readAll(t, b, s), recs)
	}
	if hits, err := b.Lookup(ctx, persistence.Index{Name: "status", Value: "DONE"}, "", 0); err != nil || len(hits) != 5 || hits[0].Seq != 3 {
		t.Fatalf("replicated index: %v %v", hits, err)
	}
	if hits, _ := b.Lookup(ctx, persistence.Index{Name: "status", Value: "PENDING"}, "", 0); len(hits) != 0 {
		t.Fatalf("unindex did not replicate: %v", hits)
	}
	if rep, err := b.Verify(ctx); err != nil || !rep.OK() || rep.Records != 15 || rep.Indexes != 5 {
		t.Fatalf("verify: %+v %v", rep, err)
	}
	// And b carries on where a stopped.
	appendOK(t, b, "transfer/x.0_y", 3, ev("Note", "b"))
}

// TestTamperedStreamRefused: a message whose record does not hash to its
// content (or does not link) is refused at activation, nothing is landed.
func TestTamperedStreamRefused(t *testing.T) {
	ns, nc := testnats.Start(t)
	ctx := context.Background()
	a := node(t, ns, t.TempDir(), Options{})
	const s = "transfer/tamper"
	good := appendOK(t, a, s, 0, ev("Submitted", "x"))

	// A forged second append: valid record shape, wrong prev_hash.
	forged := persistence.SealEvents(s, 1, persistence.Hash{1}, time.Now(), []persistence.Event{ev("Paid", "twice")})
	msg := &nats.Msg{Subject: a.Subject(s), Data: encodeAppend(&Append{Stream: s, Records: forged}), Header: nats.Header{}}
	msg.Header.Set(HeaderStream, s)
	msg.Header.Set(HeaderSeq, "2")
	if _, err := nc.RequestMsg(msg, 5*time.Second); err != nil {
		t.Fatal(err)
	}
	b := node(t, ns, t.TempDir(), Options{})
	_, err := b.Read(ctx, s, 1, 0)
	if persistence.CodeOf(err) != persistence.CodeHashMismatch {
		t.Fatalf("read of a tampered stream: %v, want %s", err, persistence.CodeHashMismatch)
	}
	if recs, _ := b.Local().Read(ctx, s, 1, 0); len(recs) != 1 || recs[0].Hash != good[0].Hash {
		t.Fatalf("tampered catch-up landed %v", recs)
	}
}

// TestLocalAheadRefused: a Pebble journal holding records the replicated
// stream lacks (a data dir from single-node mode, or a lost stream) is not
// silently used.
func TestLocalAheadRefused(t *testing.T) {
	ns, _ := testnats.Start(t)
	dir := t.TempDir()
	pj, err := persistence.Open(dir, persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	appendOK(t, pj, "transfer/solo", 0, ev("Submitted", ""))
	if err := pj.Close(); err != nil {
		t.Fatal(err)
	}
	j := node(t, ns, dir, Options{})
	_, err = j.Append(context.Background(), persistence.AppendRequest{Stream: "transfer/solo", ExpectedSeq: 1, Events: []persistence.Event{ev("Step", "")}})
	if persistence.CodeOf(err) != persistence.CodeSeqGap {
		t.Fatalf("append to a stream only the local journal has: %v", err)
	}
}

// The crash test re-runs this test binary as a child process that appends
// once, then SIGKILLs itself after the second append is published and
// before it is written locally.
const (
	envCrashChild = "STRAIT_JOURNAL_CRASH_CHILD"
	envCrashURL   = "STRAIT_JOURNAL_CRASH_NATS"
	envCrashDir   = "STRAIT_JOURNAL_CRASH_DIR"
)

func TestCrashChild(t *testing.T) {
	if os.Getenv(envCrashChild) != "1" {
		t.Skip("helper process for TestCrashBetweenPublishAndLocalWrite")
	}
	nc, err := nats.Connect(os.Getenv(envCrashURL))
	if err != nil {
		t.Fatal(err)
	}
	j, err := Open(os.Getenv(envCrashDir), nc, Options{afterPublish: func(stream string, recs []persistence.Record) error {
		if recs[0].Seq == 2 {
			_ = syscall.Kill(os.Getpid(), syscall.SIGKILL)
			time.Sleep(time.Minute)
		}
		return nil
	}})
	if err != nil {
		t.Fatal(err)
	}
	appendOK(t, j, "transfer/crash", 0, ev("Submitted", "acked"))
	fmt.Println("ACKED 1")
	_, err = j.Append(context.Background(), persistence.AppendRequest{Stream: "transfer/crash", ExpectedSeq: 1,
		Events: []persistence.Event{ev("HopStarted", "published, then the crash")}})
	t.Fatalf("child survived its own SIGKILL: %v", err)
}

func TestCrashBetweenPublishAndLocalWrite(t *testing.T) {
	ns, _ := testnats.Start(t)
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.v")
	cmd.Env = append(os.Environ(), envCrashChild+"=1", envCrashURL+"="+ns.ClientURL(), envCrashDir+"="+dir)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die by SIGKILL: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "ACKED 1") {
		t.Fatalf("child did not acknowledge its first append:\n%s", out)
	}
	ctx := context.Background()

	// The local journal has only the acknowledged append.
	pj, err := persistence.Open(dir, persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if seq, _, err := pj.Head(ctx, "transfer/crash"); err != nil || seq != 1 {
		t.Fatalf("local head after the crash = %d %v, want 1", seq, err)
	}
	if err := pj.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopened, the node catches up the published append before reading.
	j := node(t, ns, dir, Options{})
	recs := readAll(t, j, "transfer/crash")
	if len(recs) != 2 || string(recs[0].Payload) != "acked" || string(recs[1].Payload) != "published, then the crash" {
		t.Fatalf("after reopening: %v", recs)
	}
	appendOK(t, j, "transfer/crash", 2, ev("Completed", ""))
	if rep, err := j.Verify(ctx); err != nil || !rep.OK() || rep.Records != 3 {
		t.Fatalf("verify: %+v %v", rep, err)
	}
}

// TestUnsurePublish: an append whose publish cannot be acknowledged (NATS
// is gone) fails with CodeReplication and writes nothing locally.
func TestUnsurePublish(t *testing.T) {
	ns, _ := testnats.Start(t)
	nc, err := nats.Connect(ns.ClientURL(), nats.MaxReconnects(0))
	if err != nil {
		t.Fatal(err)
	}
	j, err := Open(t.TempDir(), nc, Options{RequestTimeout: 500 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	appendOK(t, j, "transfer/u", 0, ev("Submitted", ""))
	nc.Close()
	_, err = j.Append(context.Background(), persistence.AppendRequest{Stream: "transfer/u", ExpectedSeq: 1, Events: []persistence.Event{ev("Step", "")}})
	if persistence.CodeOf(err) != CodeReplication {
		t.Fatalf("append with NATS gone: %v, want %s", err, CodeReplication)
	}
	if seq, _, _ := j.Local().Head(context.Background(), "transfer/u"); seq != 1 {
		t.Fatalf("local head %d after a failed publish, want 1", seq)
	}
}

func TestOpenRefusesLossyStream(t *testing.T) {
	_, nc := testnats.Start(t)
	// A stream that would expire appends cannot back catch-up.
	if _, err := Open(t.TempDir(), nc, Options{StreamName: "J1", SubjectPrefix: "j1"}); err != nil {
		t.Fatal(err)
	}
	js, _ := nc.JetStream()
	if _, err := js.AddStream(&nats.StreamConfig{Name: "J2", Subjects: []string{"j2.>"}, MaxAge: time.Hour}); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.TempDir(), nc, Options{StreamName: "J2", SubjectPrefix: "j2"}); err == nil || !strings.Contains(err.Error(), "drop") {
		t.Fatalf("open on a stream with MaxAge: %v", err)
	}
	if _, err := Open(t.TempDir(), nc, Options{StreamName: "J1", SubjectPrefix: "other"}); err == nil {
		t.Fatal("open with subjects that do not match the stream succeeded")
	}
	for _, o := range []Options{{StreamName: "a.b"}, {SubjectPrefix: "a.*"}, {SubjectPrefix: "a..b"}, {Replicas: 7}} {
		if _, err := Open(t.TempDir(), nc, o); err == nil {
			t.Fatalf("options %+v accepted", o)
		}
	}
}
