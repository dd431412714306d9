package e2ebench

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/routing/topologies"
)

// TestMain lets Run start this test binary as its load generator.
func TestMain(m *testing.M) {
	if LoaderMain() {
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestShortRunHasTheContractKeys runs a very short benchmark and checks the
// figures are plausible and the JSON keys scripts rely on are present.
func TestShortRunHasTheContractKeys(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Snapshot: s, Topology: "realistic", Seed: 1, Clients: 4, Duration: 300 * time.Millisecond, Rate: 200})
	if err != nil {
		t.Fatal(err)
	}
	if res.Quote.Requests == 0 || res.Quote.Errors != 0 || res.Echo.Requests == 0 || res.Quote.P99ms < res.Quote.P50ms {
		t.Fatalf("implausible: %+v", res)
	}
	body, _ := json.Marshal(res)
	var m map[string]any
	_ = json.Unmarshal(body, &m)
	for _, k := range []string{"quote", "echo_floor_qps", "ratio_to_floor", "submit_per_s", "all_routes", "quote_reply_bytes", "routes_per_quote"} {
		if _, ok := m[k]; !ok {
			t.Fatalf("key %s missing from %s", k, body)
		}
	}
	q := m["quote"].(map[string]any)
	for _, k := range []string{"p50_ms", "p99_ms", "qps"} {
		if _, ok := q[k]; !ok {
			t.Fatalf("quote.%s missing", k)
		}
	}
	// The echo service is paced like quotes, and every phase says what the
	// runtime did (quotes allocate: the counter moved).
	if res.EchoPaced == nil || res.EchoPaced.Requests == 0 || res.QuotePaced == nil {
		t.Fatalf("paced phases missing: %+v", res)
	}
	if r := res.Quote.Runtime; r == nil || r.AllocMBPerS <= 0 || r.GCCPUFraction < 0 || r.GCCPUFraction > 1 {
		t.Fatalf("quote phase runtime figures implausible: %+v", r)
	}
	// The clients ran in a child process, which reports its own runtime.
	if res.Loader != LoaderProcess || res.Quote.Loader == nil || res.Quote.Loader.AllocMBPerS <= 0 {
		t.Fatalf("the load generator's process figures are missing: loader %q, %+v", res.Loader, res.Quote.Loader)
	}
	// Both processes burned CPU on the quotes, and the total per request
	// is the service's plus the generator's.
	ql := res.Quote
	if ql.Runtime.CPUSeconds <= 0 || ql.Loader.CPUSeconds <= 0 || ql.ServiceCPUusPerRequest <= 0 ||
		math.Abs(ql.CPUusPerRequest-ql.ServiceCPUusPerRequest-ql.Loader.CPUSeconds/float64(ql.Requests)*1e6) > 1e-6 {
		t.Fatalf("CPU figures implausible: service %+v, loader %+v, per request %v / %v", ql.Runtime, ql.Loader, ql.ServiceCPUusPerRequest, ql.CPUusPerRequest)
	}
}

// The run says what its quotes carried: asking for every route lists
// more routes in longer replies, each request once.
func TestReplySizesFollowAllRoutes(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	some, all := quoteBodies(s, 1, 64, false), quoteBodies(s, 1, 64, true)
	if len(some) != 64 || len(all) != 64 || bytes.Contains(some[0], []byte("all_routes")) || !bytes.Contains(all[0], []byte(`"all_routes":true`)) {
		t.Fatalf("bodies: %d and %d, %s and %s", len(some), len(all), some[0], all[0])
	}
	b1, r1, err := replySizes(s, some)
	if err != nil {
		t.Fatal(err)
	}
	b2, r2, err := replySizes(s, all)
	if err != nil {
		t.Fatal(err)
	}
	if r1 < 1 || r2 <= r1 || r2 > 5 || b1 < 500 || b2 <= b1 {
		t.Fatalf("routes a quote %v (all: %v), bytes %v (all: %v)", r1, r2, b1, b2)
	}
}

// TestInProcessLoader runs the clients in the test's own process.
func TestInProcessLoader(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Snapshot: s, Topology: "realistic", Seed: 1, Clients: 2, Duration: 200 * time.Millisecond, Loader: LoaderInProcess})
	if err != nil {
		t.Fatal(err)
	}
	if res.Loader != LoaderInProcess || res.Quote.Requests == 0 || res.Quote.Errors != 0 || res.Quote.Loader != nil {
		t.Fatalf("implausible in-process run: %+v", res)
	}
	if _, err := Run(Options{Snapshot: s, Loader: "elsewhere"}); err == nil {
		t.Fatal("an unknown loader was accepted")
	}
}

// TestSubmitPhaseAcceptsEverySignedTransfer runs a tiny submit phase against
// a real node over the EVM devnet: every signed transfer is accepted.
func TestSubmitPhaseAcceptsEverySignedTransfer(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the EVM devnet and a node (a few seconds); the full run covers it")
	}
	res, err := RunSubmit(SubmitOptions{Wallets: 2, PerWallet: 3})
	if err != nil {
		t.Fatal(err)
	}
	if res.Requests != 6 || res.Errors != 0 || res.QPS <= 0 || res.P99ms < res.P50ms {
		t.Fatalf("implausible submit phase: %+v", res)
	}
}

// TestLoaderChildReportsABadSlice: a slice the child cannot run comes back
// as an error from the child, not as figures, and the child serves the
// next slice.
func TestLoaderChildReportsABadSlice(t *testing.T) {
	c, err := startChild()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := c.close(); err != nil {
			t.Errorf("the child did not exit cleanly: %v", err)
		}
	}()
	nop := func() {}
	if _, err := c.run(loadSpec{URL: "nats://127.0.0.1:1", Subject: "x", Clients: 1, Duration: time.Millisecond}, nop, nop); err == nil || !strings.Contains(err.Error(), "needs bodies") {
		t.Fatalf("a slice without bodies: %v", err)
	}
	if _, err := c.run(loadSpec{URL: "nats://127.0.0.1:1", Subject: "x", Bodies: [][]byte{[]byte("{}")}, Clients: 1, Duration: time.Millisecond}, nop, nop); err == nil || !strings.Contains(err.Error(), "client 0") {
		t.Fatalf("a slice against no server: %v", err)
	}
}

// The echo and quote phases alternate in slices: each phase's figures add
// up its slices (its requests over its slices' time), and the runtime
// deltas of the slices add up.
func TestPhasesAlternateInSlices(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(Options{Snapshot: s, Topology: "realistic", Seed: 1, Clients: 2, Duration: 400 * time.Millisecond, Slice: 100 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	if res.SliceS != 0.1 || len(res.RatioRounds) != 4 || res.Quote.Requests == 0 || res.Echo.Requests == 0 || res.Quote.Errors != 0 {
		t.Fatalf("implausible sliced run: %+v", res)
	}
	if ci := res.RatioCI95; len(ci) != 2 || ci[0] <= 0 || ci[0] > ci[1] {
		t.Fatalf("ratio interval %v", ci)
	}
	// Four slices of 0.1 s each: the rates are requests over about 0.4 s.
	for _, l := range []Latency{res.Echo, res.Quote} {
		if secs := float64(l.Requests) / l.QPS; secs < 0.35 || secs > 1 {
			t.Fatalf("a phase's slices add up to %.3f s, want about 0.4 s: %+v", secs, l)
		}
	}
	var d runtimeDelta
	d.add(runtimeDelta{GCCycles: 1, CPUSeconds: 0.5, SchedCounts: []uint64{1, 2}, AllocBytes: 10})
	d.add(runtimeDelta{GCCycles: 2, CPUSeconds: 0.25, SchedCounts: []uint64{0, 1, 3}, AllocBytes: 5})
	if d.GCCycles != 3 || d.CPUSeconds != 0.75 || d.AllocBytes != 15 || len(d.SchedCounts) != 3 || d.SchedCounts[1] != 3 || d.SchedCounts[2] != 3 {
		t.Fatalf("deltas add up to %+v", d)
	}
	if r := d.figures(1.5); r.CPUs != 0.5 || math.Abs(r.AllocMBPerS-1e-5) > 1e-12 {
		t.Fatalf("figures %+v", r)
	}
}

// TestPhaseProfiles writes one CPU profile per unpaced slice, named by
// phase and round, and none for the paced phases.
func TestPhaseProfiles(t *testing.T) {
	s, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	prefix := filepath.Join(t.TempDir(), "p")
	if _, err := Run(Options{Snapshot: s, Topology: "realistic", Seed: 1, Clients: 2, Duration: 200 * time.Millisecond,
		Slice: 100 * time.Millisecond, Rate: 100, PhaseProfile: prefix}); err != nil {
		t.Fatal(err)
	}
	for _, phase := range []string{"echo", "quote"} {
		for round := range 2 {
			p := fmt.Sprintf("%s.%s.%d.pprof", prefix, phase, round)
			// (A CPU profile is a gzipped protocol buffer.)
			f, err := os.Open(p)
			if err != nil {
				t.Fatal(err)
			}
			z, err := gzip.NewReader(f)
			var n int64
			if err == nil {
				n, err = io.Copy(io.Discard, z)
			}
			_ = f.Close()
			if err != nil || n == 0 {
				t.Fatalf("%s: %d bytes, %v", p, n, err)
			}
		}
	}
	if extra, _ := filepath.Glob(prefix + ".*.2.pprof"); len(extra) != 0 {
		t.Fatalf("profiles beyond the unpaced rounds: %v", extra)
	}
	// A profile that cannot be written fails the run, saying so.
	_, err = Run(Options{Snapshot: s, Topology: "realistic", Seed: 1, Clients: 1, Duration: 50 * time.Millisecond,
		PhaseProfile: filepath.Join(t.TempDir(), "missing", "p")})
	if err == nil || !strings.Contains(err.Error(), "phase profile") {
		t.Fatalf("an unwritable phase profile: %v", err)
	}
}
