package e2ebench

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"os/exec"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/internal/testlog"
)

// The load generator. By default the clients run in a child process (the
// same executable, started with LoaderEnv set): a wallet backend is
// another process, usually on another machine, and a generator sharing the
// service's process shares its heap too. Its garbage (a copy of every
// ~6.5 KB quote reply) would be the service's collector's work, and each
// collection's assists and pauses would stall the clients as well as the
// service. The child and the service still share the machine's cores.
// Options.Loader = LoaderInProcess keeps everything in one process (for
// profiling, or comparison).
//
// The generator runs slices: a subject, a rate and a duration each. Its
// clients' connections live across slices, so a run can alternate between
// the echo floor and the quote service in short slices (see
// Options.Slice) without reconnecting.

// Loader modes.
const (
	LoaderProcess   = "process"
	LoaderInProcess = "inprocess"
)

// LoaderEnv, when set in a process's environment, makes LoaderMain run
// that process as the load generator.
const LoaderEnv = "STRAIT_E2E_LOADER"

// loadSpec is one slice for the generator; the parent writes it to the
// child's stdin, one JSON line a slice.
type loadSpec struct {
	URL      string        `json:"url"`
	Subject  string        `json:"subject"`
	Bodies   [][]byte      `json:"bodies,omitempty"`
	Clients  int           `json:"clients"`
	Duration time.Duration `json:"duration"`
	Rate     float64       `json:"rate"`
}

// sliceResult is what the generator measured in one slice: every answered
// request's latency and, for paced slices, how late each idle client's
// request left (microseconds), and what its own process's runtime did.
type sliceResult struct {
	LatUs   []int64       `json:"lat_us"`
	LateUs  []int64       `json:"late_us,omitempty"`
	Errors  int           `json:"errors"`
	Seconds float64       `json:"seconds"`
	Runtime *runtimeDelta `json:"runtime,omitempty"`
	Err     string        `json:"error,omitempty"`
}

// maxSpecBytes bounds one slice's line (the request bodies ride along).
const maxSpecBytes = 64 << 20

// LoaderMain runs this process as the benchmark's load generator when
// LoaderEnv is set: it reads slices from stdin, one JSON line each, runs
// each and writes its result as a JSON line to stdout, until stdin ends;
// then it returns true (the caller exits). It returns false at once
// otherwise. The strait binary and this package's tests call it first
// thing.
func LoaderMain() bool {
	if os.Getenv(LoaderEnv) == "" {
		return false
	}
	g := &generator{}
	defer g.close()
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 0, 1<<20), maxSpecBytes)
	out := json.NewEncoder(os.Stdout)
	var bodies [][]byte
	for in.Scan() {
		var spec loadSpec
		var res sliceResult
		if err := json.Unmarshal(in.Bytes(), &spec); err != nil {
			res.Err = fmt.Sprintf("read the slice: %v", err)
		} else {
			// The bodies come with the first slice; later ones reuse them.
			if spec.Bodies != nil {
				bodies = spec.Bodies
			}
			spec.Bodies = bodies
			before := sampleRuntime()
			res = g.run(spec)
			if res.Err == "" {
				d := before.delta()
				res.Runtime = &d
			}
		}
		if err := out.Encode(res); err != nil {
			return true
		}
	}
	return true
}

// child is a load generator process serving slices.
type child struct {
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Scanner
	errOut *testlog.Buffer
	// bodies are the request bodies the child has: a slice sends its
	// own only when they differ (they are most of a slice's line).
	bodies [][]byte
}

// startChild starts the load generator process.
func startChild() (*child, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("load generator: %w", err)
	}
	c := &child{cmd: exec.Command(exe), errOut: &testlog.Buffer{}}
	c.cmd.Env = append(os.Environ(), LoaderEnv+"=1")
	c.cmd.Stderr = c.errOut
	if c.in, err = c.cmd.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := c.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	c.out = bufio.NewScanner(out)
	c.out.Buffer(make([]byte, 0, 1<<20), maxSpecBytes)
	if err := c.cmd.Start(); err != nil {
		return nil, fmt.Errorf("load generator process: %w", err)
	}
	return c, nil
}

// run runs one slice in the child; started is called as the slice is
// sent, ended as soon as its result line arrives (before it is decoded).
func (c *child) run(spec loadSpec, started, ended func()) (sliceResult, error) {
	bodies := spec.Bodies
	if len(bodies) > 0 && len(bodies) == len(c.bodies) && &bodies[0] == &c.bodies[0] {
		spec.Bodies = nil
	}
	line, err := json.Marshal(spec)
	if err != nil {
		return sliceResult{}, err
	}
	started()
	if _, err := c.in.Write(append(line, '\n')); err != nil {
		return sliceResult{}, fmt.Errorf("load generator process: %w (%s)", err, truncate(c.errOut.String(), 500))
	}
	if len(bodies) > 0 {
		c.bodies = bodies
	}
	ok := c.out.Scan()
	ended()
	if !ok {
		err := c.out.Err()
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return sliceResult{}, fmt.Errorf("load generator process: %w (%s)", err, truncate(c.errOut.String(), 500))
	}
	var res sliceResult
	if err := json.Unmarshal(c.out.Bytes(), &res); err != nil {
		return sliceResult{}, fmt.Errorf("load generator output %q: %w", truncate(c.out.Text(), 200), err)
	}
	if res.Err != "" {
		return sliceResult{}, errors.New("load generator: " + res.Err)
	}
	return res, nil
}

// close ends the child: its stdin closes and it exits.
func (c *child) close() error {
	_ = c.in.Close()
	done := make(chan error, 1)
	go func() { done <- c.cmd.Wait() }()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		_ = c.cmd.Process.Kill()
		return <-done
	}
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// generator runs slices in this process. Its clients' connections are
// made once and kept for later slices.
type generator struct {
	url   string
	conns []*nats.Conn
}

func (g *generator) close() {
	for _, nc := range g.conns {
		nc.Close()
	}
	g.conns = nil
}

// connect makes sure the generator has n connections to url.
func (g *generator) connect(url string, n int) error {
	if g.url != url {
		g.close()
		g.url = url
	}
	for len(g.conns) < n {
		nc, err := nats.Connect(url)
		if err != nil {
			return fmt.Errorf("client %d: %w", len(g.conns), err)
		}
		g.conns = append(g.conns, nc)
	}
	return nil
}

// run runs one slice. Each client has its own connection and sends one
// request at a time. Paced (Rate > 0), the clients share the rate and are
// staggered over one interval; a request's latency counts from its due
// time when the client's previous answer came back after that time (the
// service held it up: no coordinated omission), and from when it was
// actually sent otherwise (the client was idle, and a late wake-up of its
// timer is the generator's, not the service's).
func (g *generator) run(spec loadSpec) sliceResult {
	if len(spec.Bodies) == 0 || spec.Clients <= 0 || spec.Duration <= 0 {
		return sliceResult{Err: "a slice needs bodies, clients and a duration"}
	}
	if err := g.connect(spec.URL, spec.Clients); err != nil {
		return sliceResult{Err: err.Error()}
	}
	var mu sync.Mutex
	var lat, late []int64
	var errs atomic.Int64
	var wg sync.WaitGroup
	clients := spec.Clients
	start := time.Now()
	stop := start.Add(spec.Duration)
	interval := time.Duration(0)
	if spec.Rate > 0 {
		interval = time.Duration(float64(time.Second) * float64(clients) / spec.Rate)
	}
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int, nc *nats.Conn) {
			defer wg.Done()
			var mine, myLate []int64
			next := start.Add(time.Duration(c) * interval / time.Duration(clients))
			for i := c; time.Now().Before(stop); i += clients {
				t0 := time.Now()
				if interval > 0 {
					if w := next.Sub(t0); w > 0 {
						time.Sleep(w)
						t0 = time.Now()
						myLate = append(myLate, t0.Sub(next).Microseconds())
					} else {
						t0 = next // behind: the previous answer came late
					}
					next = next.Add(interval)
				}
				msg, err := nc.Request(spec.Subject, spec.Bodies[i%len(spec.Bodies)], 5*time.Second)
				if err != nil || msg.Header.Get("Nats-Service-Error-Code") != "" {
					errs.Add(1)
					continue
				}
				mine = append(mine, time.Since(t0).Microseconds())
			}
			mu.Lock()
			lat = append(lat, mine...)
			late = append(late, myLate...)
			mu.Unlock()
		}(c, g.conns[c])
	}
	wg.Wait()
	return sliceResult{LatUs: lat, LateUs: late, Errors: int(errs.Load()), Seconds: time.Since(start).Seconds()}
}

// phaseAcc gathers one phase's slices.
type phaseAcc struct {
	lat, late     []int64
	errs          int
	seconds       float64
	svc, loader   runtimeDelta
	loaderReports bool
}

func (a *phaseAcc) add(r sliceResult, svc runtimeDelta) {
	a.lat = append(a.lat, r.LatUs...)
	a.late = append(a.late, r.LateUs...)
	a.errs += r.Errors
	a.seconds += r.Seconds
	a.svc.add(svc)
	if r.Runtime != nil {
		a.loader.add(*r.Runtime)
		a.loaderReports = true
	}
}

// latency is the phase's figures.
func (a *phaseAcc) latency() Latency {
	l := Latency{Requests: len(a.lat), Errors: a.errs}
	if len(a.lat) > 0 {
		p := percentilesMs(a.lat, 0.5, 0.99)
		l.P50ms, l.P99ms = p[0], p[1]
		l.QPS = float64(len(a.lat)) / a.seconds
	}
	if len(a.late) > 0 {
		l.SendLateP99ms = percentilesMs(a.late, 0.99)[0]
	}
	r := a.svc.figures(a.seconds)
	l.Runtime = &r
	if a.loaderReports {
		lr := a.loader.figures(a.seconds)
		l.Loader = &lr
	}
	if l.Requests > 0 {
		l.ServiceCPUusPerRequest = r.CPUSeconds / float64(l.Requests) * 1e6
		l.CPUusPerRequest = l.ServiceCPUusPerRequest
		if l.Loader != nil {
			l.CPUusPerRequest += l.Loader.CPUSeconds / float64(l.Requests) * 1e6
		}
	}
	return l
}

// percentilesMs sorts d (microseconds) and returns its q-quantiles in
// milliseconds.
func percentilesMs(d []int64, qs ...float64) []float64 {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	out := make([]float64, len(qs))
	for k, q := range qs {
		i := int(math.Ceil(q*float64(len(d)))) - 1
		out[k] = float64(d[max(i, 0)]) / 1000
	}
	return out
}
