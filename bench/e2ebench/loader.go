package e2ebench

import (
	"bytes"
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
)

// The load generator. By default each phase's clients run in a child
// process (the same executable, started with LoaderEnv set): a wallet
// backend is another process, usually on another machine, and a
// generator sharing the service's process shares its heap too. Its
// garbage (a copy of every ~7 KB quote reply) would be the service's
// collector's work, and each collection's assists and pauses would stall
// the clients as well as the service. The child and the service still
// share the machine's cores. Options.Loader = LoaderInProcess keeps
// everything in one process (for profiling, or comparison).

// Loader modes.
const (
	LoaderProcess   = "process"
	LoaderInProcess = "inprocess"
)

// LoaderEnv, when set in a process's environment, makes LoaderMain run
// that process as the load generator.
const LoaderEnv = "STRAIT_E2E_LOADER"

// loadSpec is one phase for the generator; the parent writes it to the
// child's stdin.
type loadSpec struct {
	URL      string        `json:"url"`
	Subject  string        `json:"subject"`
	Bodies   [][]byte      `json:"bodies"`
	Clients  int           `json:"clients"`
	Duration time.Duration `json:"duration"`
	Rate     float64       `json:"rate"`
}

// loadResult is what the generator measured.
type loadResult struct {
	Latency Latency `json:"latency"`
	Err     string  `json:"error,omitempty"`
}

// LoaderMain runs this process as the benchmark's load generator when
// LoaderEnv is set: it reads one phase from stdin, runs it, writes the
// result to stdout and returns true (the caller then exits). It returns
// false at once otherwise. The strait binary and this package's tests call
// it first thing.
func LoaderMain() bool {
	if os.Getenv(LoaderEnv) == "" {
		return false
	}
	var spec loadSpec
	var res loadResult
	if err := json.NewDecoder(io.LimitReader(os.Stdin, 64<<20)).Decode(&spec); err != nil {
		res.Err = fmt.Sprintf("read the phase: %v", err)
	} else if len(spec.Bodies) == 0 || spec.Clients <= 0 || spec.Duration <= 0 {
		res.Err = "phase needs bodies, clients and a duration"
	} else {
		rt := sampleRuntime()
		start := time.Now()
		res = runLoad(spec)
		r := rt.since(time.Since(start).Seconds())
		res.Latency.Loader = &r
	}
	_ = json.NewEncoder(os.Stdout).Encode(res)
	return true
}

// loadInChild runs one phase in a child process.
func loadInChild(spec loadSpec) (loadResult, error) {
	exe, err := os.Executable()
	if err != nil {
		return loadResult{}, fmt.Errorf("load generator: %w", err)
	}
	in, err := json.Marshal(spec)
	if err != nil {
		return loadResult{}, err
	}
	cmd := exec.Command(exe)
	cmd.Env = append(os.Environ(), LoaderEnv+"=1")
	cmd.Stdin = bytes.NewReader(in)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		return loadResult{}, fmt.Errorf("load generator process: %w (%s)", err, bytes.TrimSpace(errOut.Bytes()))
	}
	var res loadResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		return loadResult{}, fmt.Errorf("load generator output %q: %w", truncate(out.String(), 200), err)
	}
	if res.Err != "" {
		return loadResult{}, errors.New("load generator: " + res.Err)
	}
	return res, nil
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// runLoad runs the phase's clients in this process. Each client has its
// own connection and sends one request at a time. Paced (Rate > 0), the
// clients share the rate and are staggered over one interval; a request's
// latency counts from its due time when the client's previous answer came
// back after that time (the service held it up: no coordinated omission),
// and from when it was actually sent otherwise (the client was idle, and
// a late wake-up of its timer is the generator's, not the service's).
func runLoad(spec loadSpec) loadResult {
	var mu sync.Mutex
	var lat, late []time.Duration
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
		go func(c int) {
			defer wg.Done()
			nc, err := nats.Connect(spec.URL)
			if err != nil {
				errs.Add(1)
				return
			}
			defer nc.Close()
			var mine, myLate []time.Duration
			next := start.Add(time.Duration(c) * interval / time.Duration(clients))
			for i := c; time.Now().Before(stop); i += clients {
				t0 := time.Now()
				if interval > 0 {
					if w := next.Sub(t0); w > 0 {
						time.Sleep(w)
						t0 = time.Now()
						myLate = append(myLate, t0.Sub(next))
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
				mine = append(mine, time.Since(t0))
			}
			mu.Lock()
			lat = append(lat, mine...)
			late = append(late, myLate...)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	elapsed := time.Since(start)
	l := Latency{Requests: len(lat), Errors: int(errs.Load())}
	if len(lat) > 0 {
		p := percentilesMs(lat, 0.5, 0.99)
		l.P50ms, l.P99ms = p[0], p[1]
		l.QPS = float64(len(lat)) / elapsed.Seconds()
	}
	if len(late) > 0 {
		l.SendLateP99ms = percentilesMs(late, 0.99)[0]
	}
	return loadResult{Latency: l}
}

// percentilesMs sorts d and returns its q-quantiles in milliseconds.
func percentilesMs(d []time.Duration, qs ...float64) []float64 {
	sort.Slice(d, func(i, j int) bool { return d[i] < d[j] })
	out := make([]float64, len(qs))
	for k, q := range qs {
		i := int(math.Ceil(q*float64(len(d)))) - 1
		out[k] = float64(d[max(i, 0)].Microseconds()) / 1000
	}
	return out
}
