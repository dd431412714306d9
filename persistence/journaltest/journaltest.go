// Package journaltest is the conformance suite every persistence.Journal
// implementation must pass: the Pebble journal runs it, and so must the
// cluster's replicated journal.
package journaltest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/straitnet/strait/persistence"
)

// Factory opens a fresh, empty journal whose records are stamped by clock.
// The factory registers its own cleanup (t.Cleanup); the suite may also call
// Close, so Close must be idempotent.
type Factory func(t *testing.T, clock func() time.Time) persistence.Journal

// Clock is a settable test clock.
type Clock struct{ ns atomic.Int64 }

// NewClock starts at t.
func NewClock(t time.Time) *Clock { c := &Clock{}; c.Set(t); return c }

// Now returns the clock's time.
func (c *Clock) Now() time.Time { return time.Unix(0, c.ns.Load()).UTC() }

// Set moves the clock.
func (c *Clock) Set(t time.Time) { c.ns.Store(t.UnixNano()) }

var t0 = time.Date(2025, 3, 1, 12, 0, 0, 123456789, time.UTC)

// Run runs the suite.
func Run(t *testing.T, newJournal Factory) {
	tests := []struct {
		name string
		fn   func(t *testing.T, j persistence.Journal, c *Clock)
	}{
		{"AppendRead", testAppendRead},
		{"HashChain", testHashChain},
		{"Conflict", testConflict},
		{"RaceOneWinner", testRaceOneWinner},
		{"ConcurrentSameStream", testConcurrentSameStream},
		{"ConcurrentStreams", testConcurrentStreams},
		{"Streams", testStreams},
		{"Indexes", testIndexes},
		{"Snapshots", testSnapshots},
		{"BadInput", testBadInput},
		{"PayloadNotAliased", testPayloadNotAliased},
		{"Cancelled", testCancelled},
		{"Closed", testClosed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := NewClock(t0)
			j := newJournal(t, c.Now)
			tc.fn(t, j, c)
		})
	}
}

func ev(typ, payload string) persistence.Event {
	return persistence.Event{Type: typ, Payload: []byte(payload)}
}

func mustAppend(t *testing.T, j persistence.Journal, req persistence.AppendRequest) []persistence.Record {
	t.Helper()
	recs, err := j.Append(context.Background(), req)
	if err != nil {
		t.Fatalf("append %s at %d: %v", req.Stream, req.ExpectedSeq, err)
	}
	return recs
}

func mustRead(t *testing.T, j persistence.Journal, stream string, from uint64, limit int) []persistence.Record {
	t.Helper()
	recs, err := j.Read(context.Background(), stream, from, limit)
	if err != nil {
		t.Fatalf("read %s from %d: %v", stream, from, err)
	}
	return recs
}

func mustVerifyOK(t *testing.T, j persistence.Journal) persistence.VerifyReport {
	t.Helper()
	rep, err := j.Verify(context.Background())
	if err != nil {
		t.Fatalf("verify: %v", err)
	}
	if !rep.OK() {
		t.Fatalf("verify found problems: %v", rep.Problems)
	}
	return rep
}

func wantCode(t *testing.T, err error, code persistence.Code) {
	t.Helper()
	if got := persistence.CodeOf(err); got != code {
		t.Fatalf("error %v: code %q, want %q", err, got, code)
	}
}

func sameRecord(a, b persistence.Record) bool {
	return a.Stream == b.Stream && a.Seq == b.Seq && a.Time.Equal(b.Time) && a.Type == b.Type &&
		bytes.Equal(a.Payload, b.Payload) && a.PrevHash == b.PrevHash && a.Hash == b.Hash
}

func testAppendRead(t *testing.T, j persistence.Journal, c *Clock) {
	const s = "transfer/t1"
	recs := mustAppend(t, j, persistence.AppendRequest{Stream: s, Events: []persistence.Event{
		ev("Submitted", `{"amount":"250"}`), ev("SourceBroadcast", "tx1"), ev("SourceConfirmed", ""),
	}})
	if len(recs) != 3 {
		t.Fatalf("appended %d records, want 3", len(recs))
	}
	for i, r := range recs {
		if r.Stream != s || r.Seq != uint64(i+1) || !r.Time.Equal(t0) {
			t.Fatalf("record %d: stream %q seq %d time %v", i, r.Stream, r.Seq, r.Time)
		}
	}
	c.Set(t0.Add(time.Hour))
	more := mustAppend(t, j, persistence.AppendRequest{Stream: s, ExpectedSeq: 3, Events: []persistence.Event{ev("Completed", "ok")}})
	if more[0].Seq != 4 || !more[0].Time.Equal(t0.Add(time.Hour)) {
		t.Fatalf("fourth record: seq %d time %v", more[0].Seq, more[0].Time)
	}
	all := mustRead(t, j, s, 1, 0)
	want := append(recs, more...)
	if len(all) != len(want) {
		t.Fatalf("read %d records, want %d", len(all), len(want))
	}
	for i := range all {
		if !sameRecord(all[i], want[i]) {
			t.Fatalf("record %d reads back as %+v, appended %+v", i, all[i], want[i])
		}
	}
	if got := mustRead(t, j, s, 2, 2); len(got) != 2 || got[0].Seq != 2 || got[1].Seq != 3 {
		t.Fatalf("read from 2 limit 2: %d records", len(got))
	}
	if got := mustRead(t, j, s, 5, 0); len(got) != 0 {
		t.Fatalf("read past the end: %d records", len(got))
	}
	if got := mustRead(t, j, "transfer/none", 1, 0); len(got) != 0 {
		t.Fatalf("unknown stream: %d records", len(got))
	}
	seq, h, err := j.Head(context.Background(), s)
	if err != nil || seq != 4 || h != more[0].Hash {
		t.Fatalf("head = %d %s %v, want 4 %s", seq, h, err, more[0].Hash)
	}
	seq, h, err = j.Head(context.Background(), "transfer/none")
	if err != nil || seq != 0 || h != persistence.Genesis {
		t.Fatalf("head of empty stream = %d %s %v", seq, h, err)
	}
}

func testHashChain(t *testing.T, j persistence.Journal, c *Clock) {
	const s = "bridge/b1"
	for i := 0; i < 5; i++ {
		mustAppend(t, j, persistence.AppendRequest{Stream: s, ExpectedSeq: uint64(2 * i),
			Events: []persistence.Event{ev("A", fmt.Sprint(i)), ev("B", fmt.Sprint(i))}})
	}
	recs := mustRead(t, j, s, 1, 0)
	prev := persistence.Genesis
	for _, r := range recs {
		if r.PrevHash != prev {
			t.Fatalf("seq %d: prev_hash %s, want %s", r.Seq, r.PrevHash, prev)
		}
		if got := persistence.RecordHash(&r); got != r.Hash {
			t.Fatalf("seq %d: hash %s, recomputed %s", r.Seq, r.Hash, got)
		}
		prev = r.Hash
	}
	// Changing any field changes the hash.
	r := recs[3]
	r.Payload = append([]byte(nil), r.Payload...)
	r.Payload = append(r.Payload, 'x')
	if persistence.RecordHash(&r) == recs[3].Hash {
		t.Fatal("hash ignores the payload")
	}
	r = recs[3]
	r.Stream = "bridge/b2"
	if persistence.RecordHash(&r) == recs[3].Hash {
		t.Fatal("hash ignores the stream")
	}
	rep := mustVerifyOK(t, j)
	if rep.Streams != 1 || rep.Records != 10 {
		t.Fatalf("verify counted %d streams %d records, want 1 and 10", rep.Streams, rep.Records)
	}
}

func testConflict(t *testing.T, j persistence.Journal, c *Clock) {
	const s = "transfer/c"
	mustAppend(t, j, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("Submitted", "x")},
		Index: []persistence.Index{{Name: "owner", Value: "0xabc"}}})
	for _, expected := range []uint64{0, 2, 7} {
		_, err := j.Append(context.Background(), persistence.AppendRequest{Stream: s, ExpectedSeq: expected,
			Events: []persistence.Event{ev("Rogue", "y")}, Index: []persistence.Index{{Name: "owner", Value: "0xevil"}}})
		wantCode(t, err, persistence.CodeConflict)
		if !errors.Is(err, persistence.ErrConflict) {
			t.Fatalf("errors.Is(%v, ErrConflict) is false", err)
		}
		var e *persistence.Error
		if !errors.As(err, &e) || e.Seq != 1 || e.Stream != s {
			t.Fatalf("conflict error does not carry the actual head: %#v", e)
		}
	}
	if got := mustRead(t, j, s, 1, 0); len(got) != 1 {
		t.Fatalf("conflicting appends wrote: %d records", len(got))
	}
	hits, err := j.Lookup(context.Background(), persistence.Index{Name: "owner", Value: "0xevil"}, "", 0)
	if err != nil || len(hits) != 0 {
		t.Fatalf("conflicting append's index entry exists: %v %v", hits, err)
	}
	mustAppend(t, j, persistence.AppendRequest{Stream: s, ExpectedSeq: 1, Events: []persistence.Event{ev("Completed", "")}})
	mustVerifyOK(t, j)
}

// testRaceOneWinner: many writers append to one stream with the same
// expected sequence at once; exactly one may win.
func testRaceOneWinner(t *testing.T, j persistence.Journal, c *Clock) {
	const writers = 16
	rounds := 10
	if testing.Short() {
		rounds = 3
	}
	for round := 0; round < rounds; round++ {
		s := fmt.Sprintf("transfer/race%d", round)
		var wins, conflicts atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				_, err := j.Append(context.Background(), persistence.AppendRequest{Stream: s,
					Events: []persistence.Event{ev("Activated", fmt.Sprint(w))}})
				switch persistence.CodeOf(err) {
				case "":
					wins.Add(1)
				case persistence.CodeConflict:
					conflicts.Add(1)
				default:
					t.Errorf("writer %d: %v", w, err)
				}
			}()
		}
		close(start)
		wg.Wait()
		if wins.Load() != 1 || conflicts.Load() != writers-1 {
			t.Fatalf("round %d: %d wins, %d conflicts; want 1 and %d", round, wins.Load(), conflicts.Load(), writers-1)
		}
		if got := mustRead(t, j, s, 1, 0); len(got) != 1 {
			t.Fatalf("round %d: %d records", round, len(got))
		}
	}
}

// testConcurrentSameStream: writers retry on conflict; every acknowledged
// append appears exactly once and the chain stays intact.
func testConcurrentSameStream(t *testing.T, j persistence.Journal, c *Clock) {
	const s = "transfer/shared"
	writers, each := 8, 25
	if testing.Short() {
		each = 8
	}
	var wg sync.WaitGroup
	acked := make([][]uint64, writers)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; {
				head, _, err := j.Head(context.Background(), s)
				if err != nil {
					t.Errorf("head: %v", err)
					return
				}
				recs, err := j.Append(context.Background(), persistence.AppendRequest{Stream: s, ExpectedSeq: head,
					Events: []persistence.Event{ev("Step", fmt.Sprintf("w%d-%d", w, i))}})
				if persistence.CodeOf(err) == persistence.CodeConflict {
					continue
				}
				if err != nil {
					t.Errorf("append: %v", err)
					return
				}
				acked[w] = append(acked[w], recs[0].Seq)
				i++
			}
		}()
	}
	wg.Wait()
	recs := mustRead(t, j, s, 1, 0)
	if len(recs) != writers*each {
		t.Fatalf("%d records, want %d", len(recs), writers*each)
	}
	for w, seqs := range acked {
		for i, seq := range seqs {
			if got, want := string(recs[seq-1].Payload), fmt.Sprintf("w%d-%d", w, i); got != want {
				t.Fatalf("seq %d holds %q, acknowledged as %q", seq, got, want)
			}
		}
	}
	mustVerifyOK(t, j)
}

func testConcurrentStreams(t *testing.T, j persistence.Journal, c *Clock) {
	writers, each := 16, 20
	if testing.Short() {
		each = 6
	}
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := fmt.Sprintf("transfer/w%02d", w)
			for i := 0; i < each; i++ {
				_, err := j.Append(context.Background(), persistence.AppendRequest{Stream: s, ExpectedSeq: uint64(i),
					Events: []persistence.Event{ev("Step", fmt.Sprint(i))},
					Index:  []persistence.Index{{Name: "parity", Value: fmt.Sprint(w % 2)}}})
				if err != nil {
					t.Errorf("append %s/%d: %v", s, i+1, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	rep := mustVerifyOK(t, j)
	if rep.Streams != writers || rep.Records != writers*each || rep.Indexes != writers {
		t.Fatalf("verify counted %+v", rep)
	}
	streams, err := j.Streams(context.Background(), "transfer/", "", 0)
	if err != nil || len(streams) != writers {
		t.Fatalf("streams: %v %v", streams, err)
	}
	for w, s := range streams {
		if want := fmt.Sprintf("transfer/w%02d", w); s != want {
			t.Fatalf("stream %d = %q, want %q", w, s, want)
		}
	}
	hits, err := j.Lookup(context.Background(), persistence.Index{Name: "parity", Value: "1"}, "", 0)
	if err != nil || len(hits) != writers/2 {
		t.Fatalf("lookup parity=1: %v %v", hits, err)
	}
	for _, h := range hits {
		if h.Seq != uint64(each) {
			t.Fatalf("hit %+v: seq should be the stream's last (%d)", h, each)
		}
	}
}

func testStreams(t *testing.T, j persistence.Journal, c *Clock) {
	// Listed in byte order of the names ('.' sorts before '/').
	names := []string{"a", "a.b", "a/b", "a/b/c", "ab", "bridge/x", "transfer/1", "transfer/10", "transfer/2"}
	for _, s := range names {
		mustAppend(t, j, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("E", s)}})
	}
	mustAppend(t, j, persistence.AppendRequest{Stream: "a", ExpectedSeq: 1, Events: []persistence.Event{ev("E", "2")}})
	got, err := j.Streams(context.Background(), "", "", 0)
	if err != nil || fmt.Sprint(got) != fmt.Sprint(names) {
		t.Fatalf("all streams = %v %v, want %v", got, err, names)
	}
	if got, _ := j.Streams(context.Background(), "transfer/", "", 0); fmt.Sprint(got) != "[transfer/1 transfer/10 transfer/2]" {
		t.Fatalf("prefix transfer/ = %v", got)
	}
	if got, _ := j.Streams(context.Background(), "transfer/", "transfer/1", 1); fmt.Sprint(got) != "[transfer/10]" {
		t.Fatalf("after transfer/1 limit 1 = %v", got)
	}
	if got, _ := j.Streams(context.Background(), "a", "a/b", 0); fmt.Sprint(got) != "[a/b/c ab]" {
		t.Fatalf("prefix a after a/b = %v", got)
	}
	// "a" and "a/b" are distinct streams: reading one never shows the other.
	if recs := mustRead(t, j, "a", 1, 0); len(recs) != 2 || string(recs[1].Payload) != "2" {
		t.Fatalf("stream a: %d records", len(recs))
	}
	if recs := mustRead(t, j, "a/b", 1, 0); len(recs) != 1 || string(recs[0].Payload) != "a/b" {
		t.Fatalf("stream a/b: %v", recs)
	}
}

func testIndexes(t *testing.T, j persistence.Journal, c *Clock) {
	ctx := context.Background()
	owner := persistence.Index{Name: "owner", Value: "0xAbC"}
	pending := persistence.Index{Name: "status", Value: "PENDING"}
	done := persistence.Index{Name: "status", Value: "DONE"}
	for _, id := range []string{"t3", "t1", "t2"} {
		mustAppend(t, j, persistence.AppendRequest{Stream: "transfer/" + id,
			Events: []persistence.Event{ev("Submitted", id)}, Index: []persistence.Index{owner, pending}})
	}
	mustAppend(t, j, persistence.AppendRequest{Stream: "transfer/t9",
		Events: []persistence.Event{ev("Submitted", "t9")}, Index: []persistence.Index{{Name: "owner", Value: "0xdef"}}})
	hits, err := j.Lookup(ctx, owner, "", 0)
	if err != nil || fmt.Sprint(hits) != "[{transfer/t1 1} {transfer/t2 1} {transfer/t3 1}]" {
		t.Fatalf("lookup owner = %v %v", hits, err)
	}
	if hits, _ := j.Lookup(ctx, owner, "transfer/t1", 1); fmt.Sprint(hits) != "[{transfer/t2 1}]" {
		t.Fatalf("lookup owner after t1 limit 1 = %v", hits)
	}
	// Status moves: PENDING -> DONE atomically with the Completed record.
	mustAppend(t, j, persistence.AppendRequest{Stream: "transfer/t2", ExpectedSeq: 1,
		Events:  []persistence.Event{ev("HopStarted", ""), ev("Completed", "")},
		Unindex: []persistence.Index{pending}, Index: []persistence.Index{done}})
	if hits, _ := j.Lookup(ctx, pending, "", 0); fmt.Sprint(hits) != "[{transfer/t1 1} {transfer/t3 1}]" {
		t.Fatalf("pending = %v", hits)
	}
	if hits, _ := j.Lookup(ctx, done, "", 0); fmt.Sprint(hits) != "[{transfer/t2 3}]" {
		t.Fatalf("done = %v", hits)
	}
	if hits, _ := j.Lookup(ctx, persistence.Index{Name: "owner", Value: "0xabc"}, "", 0); len(hits) != 0 {
		t.Fatalf("index values are case-sensitive, got %v", hits)
	}
	rep := mustVerifyOK(t, j)
	if rep.Indexes != 7 {
		t.Fatalf("verify counted %d index entries, want 7", rep.Indexes)
	}
}

func testSnapshots(t *testing.T, j persistence.Journal, c *Clock) {
	ctx := context.Background()
	const s = "transfer/snap"
	if _, ok, err := j.LoadSnapshot(ctx, s); ok || err != nil {
		t.Fatalf("snapshot of empty stream: %v %v", ok, err)
	}
	recs := mustAppend(t, j, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("A", "1"), ev("B", "2"), ev("C", "3")}})
	c.Set(t0.Add(time.Minute))
	if err := j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 2, State: []byte("state@2")}); err != nil {
		t.Fatal(err)
	}
	snap, ok, err := j.LoadSnapshot(ctx, s)
	if err != nil || !ok || snap.Seq != 2 || string(snap.State) != "state@2" || snap.RecordHash != recs[1].Hash || !snap.Time.Equal(t0.Add(time.Minute)) {
		t.Fatalf("load snapshot = %+v %v %v", snap, ok, err)
	}
	if err := j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 3, State: []byte("state@3")}); err != nil {
		t.Fatal(err)
	}
	if snap, _, _ := j.LoadSnapshot(ctx, s); snap.Seq != 3 || string(snap.State) != "state@3" {
		t.Fatalf("snapshot not replaced: %+v", snap)
	}
	wantCode(t, j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 4}), persistence.CodeNotFound)
	wantCode(t, j.SaveSnapshot(ctx, "transfer/none", persistence.Snapshot{Seq: 1}), persistence.CodeNotFound)
	wantCode(t, j.SaveSnapshot(ctx, s, persistence.Snapshot{Seq: 0}), persistence.CodeBadRequest)
	rep := mustVerifyOK(t, j)
	if rep.Snapshots != 1 {
		t.Fatalf("verify counted %d snapshots", rep.Snapshots)
	}
}

func testBadInput(t *testing.T, j persistence.Journal, c *Clock) {
	ctx := context.Background()
	okEv := []persistence.Event{ev("E", "p")}
	cases := []struct {
		req  persistence.AppendRequest
		code persistence.Code
	}{
		{persistence.AppendRequest{Stream: "", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "/lead", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "trail/", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "a//b", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "nul\x00byte", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "sp ace", Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: string(bytes.Repeat([]byte("a"), persistence.MaxStreamLen+1)), Events: okEv}, persistence.CodeBadStream},
		{persistence.AppendRequest{Stream: "s"}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: []persistence.Event{ev("", "p")}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: []persistence.Event{ev("has space", "p")}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: []persistence.Event{ev(string(bytes.Repeat([]byte("t"), persistence.MaxTypeLen+1)), "")}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: []persistence.Event{{Type: "Big", Payload: make([]byte, persistence.MaxPayloadLimit+1)}}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: func() []persistence.Event {
			// 300 events of 1 MiB: each within any sane per-event bound,
			// together far beyond one atomic append.
			big := make([]byte, 1<<20)
			evs := make([]persistence.Event, 300)
			for i := range evs {
				evs[i] = persistence.Event{Type: "Big", Payload: big}
			}
			return evs
		}()}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: "Owner", Value: "x"}}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: "owner", Value: ""}}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: "owner", Value: "a\x00b"}}}, persistence.CodeBadRequest},
		{persistence.AppendRequest{Stream: "s", Events: okEv, Unindex: []persistence.Index{{Name: "", Value: "x"}}}, persistence.CodeBadRequest},
	}
	for i, tc := range cases {
		_, err := j.Append(ctx, tc.req)
		if got := persistence.CodeOf(err); got != tc.code {
			t.Errorf("case %d (%q): code %q (%v), want %q", i, tc.req.Stream, got, err, tc.code)
		}
	}
	_, err := j.Read(ctx, "bad stream", 1, 0)
	wantCode(t, err, persistence.CodeBadStream)
	_, err = j.Lookup(ctx, persistence.Index{Name: "", Value: "v"}, "", 0)
	wantCode(t, err, persistence.CodeBadRequest)
	if got, err := j.Streams(ctx, "", "", 0); err != nil || len(got) != 0 {
		t.Fatalf("bad input changed the journal: streams %v %v", got, err)
	}
	rep := mustVerifyOK(t, j)
	if rep.Records != 0 || rep.Indexes != 0 {
		t.Fatalf("bad input changed the journal: %+v", rep)
	}
}

func testPayloadNotAliased(t *testing.T, j persistence.Journal, c *Clock) {
	buf := []byte("original")
	recs := mustAppend(t, j, persistence.AppendRequest{Stream: "s", Events: []persistence.Event{{Type: "E", Payload: buf}}})
	copy(buf, "CHANGED!")
	if string(recs[0].Payload) != "original" {
		t.Fatalf("returned record aliases the caller's buffer")
	}
	if got := mustRead(t, j, "s", 1, 0); string(got[0].Payload) != "original" {
		t.Fatalf("stored record aliases the caller's buffer: %q", got[0].Payload)
	}
	mustVerifyOK(t, j)
}

func testCancelled(t *testing.T, j persistence.Journal, c *Clock) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := j.Append(ctx, persistence.AppendRequest{Stream: "s", Events: []persistence.Event{ev("E", "")}}); !errors.Is(err, context.Canceled) {
		t.Fatalf("append with a cancelled context: %v", err)
	}
	if got := mustRead(t, j, "s", 1, 0); len(got) != 0 {
		t.Fatalf("cancelled append wrote %d records", len(got))
	}
}

func testClosed(t *testing.T, j persistence.Journal, c *Clock) {
	mustAppend(t, j, persistence.AppendRequest{Stream: "s", Events: []persistence.Event{ev("E", "")}})
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatalf("second close: %v", err)
	}
	_, err := j.Append(context.Background(), persistence.AppendRequest{Stream: "s", ExpectedSeq: 1, Events: []persistence.Event{ev("E", "")}})
	wantCode(t, err, persistence.CodeClosed)
	_, err = j.Read(context.Background(), "s", 1, 0)
	wantCode(t, err, persistence.CodeClosed)
}
