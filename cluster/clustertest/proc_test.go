package clustertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// The process handling the fault tests rely on, on a plain child process.
func TestProcSignals(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh on this system: the process test needs one")
	}
	dir := t.TempDir()
	// Prints a line every 20 ms; the log grows only while it runs.
	p, err := StartProc("ticker", filepath.Join(dir, "ticker.log"), dir, sh, "-c", "trap 'echo bye; exit 0' TERM; while :; do echo tick; sleep 0.02; done")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Kill()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := p.WaitLog(ctx, "tick"); err != nil {
		t.Fatal(err)
	}
	if err := p.Freeze(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // let a tick in progress finish
	n1, _ := CountInLog(p.LogPath, "tick")
	time.Sleep(200 * time.Millisecond)
	n2, _ := CountInLog(p.LogPath, "tick")
	if n1 != n2 {
		t.Fatalf("frozen process kept ticking: %d then %d", n1, n2)
	}
	if err := p.Thaw(); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for n, _ := CountInLog(p.LogPath, "tick"); n == n2; n, _ = CountInLog(p.LogPath, "tick") {
		if time.Now().After(deadline) {
			t.Fatal("thawed process does not tick")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := p.Term(5 * time.Second); err != nil {
		t.Fatal(err)
	}
	if exited, err := p.Exited(); !exited || err != nil {
		t.Fatalf("after SIGTERM: exited %v, %v", exited, err)
	}
	if err := p.WaitLog(ctx, "bye"); err != nil {
		t.Fatal(err)
	}

	q, err := StartProc("sleeper", filepath.Join(dir, "sleeper.log"), dir, sh, "-c", "sleep 30")
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Kill(); err != nil {
		t.Fatal(err)
	}
	if exited, err := q.Exited(); !exited || err == nil {
		t.Fatalf("after SIGKILL: exited %v, %v (want a signal exit)", exited, err)
	}
	if _, err := os.Stat(q.LogPath); err != nil {
		t.Fatal(err)
	}
}

func TestSummarise(t *testing.T) {
	var ds []time.Duration
	for i := 1; i <= 100; i++ {
		ds = append(ds, time.Duration(i)*time.Millisecond)
	}
	got := Summarise(ds)
	if got.N != 100 || got.P50ms != 50 || got.P99ms != 99 || got.MaxMs != 100 {
		t.Fatalf("%+v", got)
	}
	if (Summarise(nil) != Latencies{}) {
		t.Fatal("empty")
	}
}
