package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/straitnet/strait/persistence"
)

// buildJournal writes three streams of five records (with index entries and
// one snapshot) under dataDir/journal.
func buildJournal(t *testing.T, dataDir string) {
	t.Helper()
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	j, err := persistence.Open(persistence.JournalDir(dataDir), persistence.Options{Clock: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, id := range []string{"a", "b", "c"} {
		s := "transfer/" + id
		for seq := uint64(0); seq < 5; seq++ {
			_, err := j.Append(ctx, persistence.AppendRequest{Stream: s, ExpectedSeq: seq,
				Events: []persistence.Event{{Type: "Step", Payload: []byte(fmt.Sprintf(`{"transfer":%q,"n":%d}`, id, seq+1))}},
				Index:  []persistence.Index{{Name: "owner", Value: "0x" + id}}})
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := j.SaveSnapshot(ctx, "transfer/a", persistence.Snapshot{Seq: 4, State: []byte("s")}); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyClean(t *testing.T) {
	dir := t.TempDir()
	buildJournal(t, dir)
	var out bytes.Buffer
	if err := runVerify(context.Background(), &out, dir, false); err != nil {
		t.Fatalf("verify of a clean journal: %v\n%s", err, out.String())
	}
	want := fmt.Sprintf("journal %s\nstreams 3, records 15, index entries 3, snapshots 1\nOK: every hash chain, index entry and snapshot verified\n",
		filepath.Join(dir, "journal"))
	if out.String() != want {
		t.Fatalf("output:\n%s\nwant:\n%s", out.String(), want)
	}
}

// TestVerifyTamper flips one byte of one stored record and expects exactly
// that record to be reported, and a non-zero exit.
func TestVerifyTamper(t *testing.T) {
	dir := t.TempDir()
	buildJournal(t, dir)

	db, err := pebble.Open(persistence.JournalDir(dir), &pebble.Options{})
	if err != nil {
		t.Fatal(err)
	}
	key := persistence.RecordKey("transfer/b", 3)
	v, closer, err := db.Get(key)
	if err != nil {
		t.Fatal(err)
	}
	tampered := bytes.Clone(v)
	_ = closer.Close()
	// The last payload byte sits just before the two 32-byte hashes.
	tampered[len(tampered)-65] ^= 0x01
	if err := db.Set(key, tampered, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	err = runVerify(context.Background(), &out, dir, false)
	if code := exitCode(err); err == nil || code != exitVerifyFailed {
		t.Fatalf("verify of a tampered journal: err %v exit %d, want exit %d\n%s", err, code, exitVerifyFailed, out.String())
	}
	want := fmt.Sprintf(`journal %s
streams 3, records 15, index entries 3, snapshots 1
FAIL: first broken stream transfer/b seq 3: JOURNAL_HASH_MISMATCH record hash does not match its content (key j/transfer/b/3)
problems: 1
  JOURNAL_HASH_MISMATCH stream transfer/b seq 3: record hash does not match its content
`, filepath.Join(dir, "journal"))
	if out.String() != want {
		t.Fatalf("report:\n%s\nwant:\n%s", out.String(), want)
	}

	// The JSON form names the same record.
	out.Reset()
	_ = runVerify(context.Background(), &out, dir, true)
	var rep verifyJSON
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.OK || rep.FirstBroken == nil || rep.FirstBroken.Stream != "transfer/b" || rep.FirstBroken.Seq != 3 || len(rep.Problems) != 1 {
		t.Fatalf("json report: %s", out.String())
	}
}

// TestVerifyCommand runs the cobra command end to end on a missing
// directory (a usage error, exit 1, not a verification failure).
func TestVerifyCommand(t *testing.T) {
	var out bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetArgs([]string{"verify", "--data", filepath.Join(t.TempDir(), "missing")})
	defer rootCmd.SetArgs(nil)
	err := rootCmd.Execute()
	if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "data directory") {
		t.Fatalf("verify of a missing directory: %v (exit %d)", err, exitCode(err))
	}
}

// TestVerifyLockedStore: a store held open by a running journal is reported
// as such, with exit 1 (not a verification failure).
func TestVerifyLockedStore(t *testing.T) {
	dir := t.TempDir()
	buildJournal(t, dir)
	j, err := persistence.Open(persistence.JournalDir(dir), persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	var out bytes.Buffer
	err = runVerify(context.Background(), &out, dir, false)
	if err == nil || exitCode(err) != 1 || !strings.Contains(err.Error(), "stop it first") {
		t.Fatalf("verify of a locked store: %v (exit %d)", err, exitCode(err))
	}
}
