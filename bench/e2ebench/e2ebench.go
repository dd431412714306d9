// Package e2ebench is `strait bench e2e`: the wallet API over NATS on
// loopback, measured against a no-op micro echo service on the same server
// (the floor: what NATS request/reply alone costs on this machine).
package e2ebench

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"runtime/pprof"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/micro"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/walletapi"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/routing"
)

// Options configure a run.
type Options struct {
	Snapshot *routing.Snapshot
	Topology string
	Seed     uint64
	// Clients is the number of concurrent requesters (each its own
	// connection); Duration how long each phase runs.
	Clients  int
	Duration time.Duration
	// Rate, when > 0, paces the quote phase at this many requests a second
	// in total (for latency at a given load); 0 = as fast as possible.
	Rate float64
	// MaxQuotes is how many quotes the quote service remembers (default
	// 10,000; a node's default is 100,000): the live heap each garbage
	// collection marks.
	MaxQuotes int
	// Loader is where the clients run: LoaderProcess (default: a child
	// process, see loader.go) or LoaderInProcess.
	Loader string
	// Slice is how long the echo floor and the quote service each run at
	// full speed before the other takes over (default 500 ms): the two
	// phases alternate, slice by slice (echo first, then quote first, and
	// so on), until each has had Duration. A machine whose speed drifts
	// (other tenants, frequency) then slows both alike, and the ratio
	// between them holds still. Slice >= Duration runs each phase in one
	// piece. The paced phases, which measure latency at a steady load,
	// always run in one piece each: a slice's first requests find the
	// other service's data in the caches.
	Slice time.Duration
	// PhaseProfile, when set, writes a CPU profile of the service process
	// for each unpaced slice, named PhaseProfile.echo.N.pprof and
	// PhaseProfile.quote.N.pprof (round N); `go tool pprof -proto` merges
	// a phase's. A profile of the whole run mixes the two phases, and
	// only a profile taken in place shows what the caches' misses cost
	// (instruction counts and the handler's benchmark do not: see
	// bench/RESULTS.md). It cannot be used with a whole-run profile.
	PhaseProfile string
	// AllRoutes makes the bench's quote requests ask for every route
	// found (api.QuoteRequest.AllRoutes), dominated ones too, as every
	// reply listed them before quotes left them out by default.
	AllRoutes bool
	// Submits, when set, adds the submit phase (a node over the EVM devnet).
	Submits  *SubmitOptions
	Progress io.Writer
}

// Latency is one phase's figures. The JSON keys are a public contract.
type Latency struct {
	P50ms    float64 `json:"p50_ms"`
	P99ms    float64 `json:"p99_ms"`
	QPS      float64 `json:"qps"`
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	// Runtime is what the service process's Go runtime did meanwhile
	// (with LoaderInProcess, the clients' too).
	Runtime *Runtime `json:"runtime,omitempty"`
	// Loader is what the load generator's process's runtime did (absent
	// with LoaderInProcess).
	Loader *Runtime `json:"loader_runtime,omitempty"`
	// SendLateP99ms (paced phases) is the 99th percentile of how late an
	// idle client's request left after its due time: the generator's own
	// timer and scheduling, not charged to the service (see runLoad).
	SendLateP99ms float64 `json:"send_late_p99_ms,omitempty"`
	// ServiceCPUusPerRequest is the service process's CPU time (the NATS
	// server, the services; the clients too with LoaderInProcess) per
	// answered request, in microseconds; CPUusPerRequest adds the load
	// generator's process. They say where the machine's cores went,
	// which a rate alone cannot (the two processes share the cores).
	ServiceCPUusPerRequest float64 `json:"service_cpu_us_per_request"`
	CPUusPerRequest        float64 `json:"cpu_us_per_request"`
}

// Result is the run's one JSON object. The keys are a public contract.
type Result struct {
	Topology string `json:"topology"`
	Clients  int    `json:"clients"`
	// SliceS is how long each alternating slice of the echo and quote
	// phases ran (Options.Slice), in seconds.
	SliceS float64 `json:"slice_s"`
	// Loader is where the clients ran: "process" or "inprocess".
	Loader     string   `json:"loader"`
	MaxQuotes  int      `json:"max_quotes"`
	DurationS  float64  `json:"duration_s"`
	Quote      Latency  `json:"quote"`
	QuotePaced *Latency `json:"quote_paced,omitempty"`
	PacedRate  float64  `json:"paced_rate,omitempty"`
	Echo       Latency  `json:"echo"`
	// EchoPaced is the echo service paced at the same rate, measured the
	// same way: the latency NATS and the clients alone give at that load.
	EchoPaced    *Latency `json:"echo_paced,omitempty"`
	EchoFloorQPS float64  `json:"echo_floor_qps"`
	RatioToFloor float64  `json:"ratio_to_floor"`
	// RatioRounds is each round's quote rate over its echo rate (a round
	// is one slice of each), for how much the ratio moved within the run.
	RatioRounds []float64 `json:"ratio_rounds"`
	// RatioCI95 is a 95 % bootstrap interval of RatioToFloor over the
	// run's rounds ([low, high]; absent with fewer than three rounds): how
	// closely this run pins the ratio down on this host (interval.go).
	RatioCI95 []float64 `json:"ratio_ci95,omitempty"`
	// SubmitPerS is accepted submits a second against a node over the EVM
	// devnet (null when the submit phase is skipped); Submit has its detail.
	SubmitPerS *float64      `json:"submit_per_s"`
	Submit     *SubmitResult `json:"submit,omitempty"`
	// AllRoutes: the quote requests asked for every route (Options).
	AllRoutes bool `json:"all_routes"`
	// QuoteReplyBytes and RoutesPerQuote are the mean size of a quote's
	// reply and the mean number of routes it lists, over the run's
	// requests: what each quote carried.
	QuoteReplyBytes float64 `json:"quote_reply_bytes"`
	RoutesPerQuote  float64 `json:"routes_per_quote"`
}

type nopBackend struct{}

func (nopBackend) Submit(api.SubmitRequest) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeUnavailable, "", "not in this benchmark")
}
func (nopBackend) Get(string) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeNotFound, "", "none")
}
func (nopBackend) List(api.ListRequest) (*api.ListReply, *api.Error) {
	return &api.ListReply{Transfers: []api.Transfer{}}, nil
}
func (nopBackend) Cancel(string) (*api.Transfer, *api.Error) {
	return nil, api.Errorf(api.CodeNotFound, "", "none")
}
func (nopBackend) Chains() (*api.ChainsReply, *api.Error)   { return &api.ChainsReply{}, nil }
func (nopBackend) Bridges() (*api.BridgesReply, *api.Error) { return &api.BridgesReply{}, nil }

type quoteBackend struct {
	nopBackend
	q *quote.Service
}

func (b quoteBackend) Quote(r api.QuoteRequest) (*api.QuoteReply, *api.Error) { return b.q.Quote(r) }
func (b quoteBackend) AppendQuote(buf []byte, r api.QuoteRequest) ([]byte, *api.Error) {
	return b.q.AppendQuote(buf, r)
}
func (b quoteBackend) QuotesOnlyCompute() bool { return b.q.QuotesOnlyCompute() }

var (
	_ walletapi.Backend       = quoteBackend{}
	_ walletapi.QuoteComputer = quoteBackend{}
	_ walletapi.QuoteAppender = quoteBackend{}
)

// Run runs the benchmark against an embedded NATS server on loopback.
func Run(o Options) (*Result, error) {
	if o.Clients <= 0 {
		o.Clients = 32
	}
	if o.Duration <= 0 {
		o.Duration = 5 * time.Second
	}
	if o.MaxQuotes <= 0 {
		o.MaxQuotes = 10_000
	}
	if o.Slice <= 0 {
		o.Slice = 500 * time.Millisecond
	}
	switch o.Loader {
	case "":
		o.Loader = LoaderProcess
	case LoaderProcess, LoaderInProcess:
	default:
		return nil, fmt.Errorf("unknown loader %q (want %s or %s)", o.Loader, LoaderProcess, LoaderInProcess)
	}
	progress := func(format string, args ...any) {
		if o.Progress != nil {
			fmt.Fprintf(o.Progress, format+"\n", args...)
		}
	}
	ns, err := server.NewServer(&server.Options{Host: "127.0.0.1", Port: -1, NoLog: true, NoSigs: true})
	if err != nil {
		return nil, err
	}
	go ns.Start()
	if !ns.ReadyForConnections(10 * time.Second) {
		return nil, fmt.Errorf("embedded NATS did not start")
	}
	defer ns.Shutdown()
	srvConn, err := nats.Connect(ns.ClientURL())
	if err != nil {
		return nil, err
	}
	defer srvConn.Close()
	// (Its 10,000 quotes at 20,000 a second are forgotten before they
	// expire by design: the warning about that would only be noise here.)
	qs, err := quote.New(quote.Options{Store: routing.NewStore(o.Snapshot), MaxQuotes: o.MaxQuotes, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return nil, err
	}
	svc, err := walletapi.Serve(srvConn, quoteBackend{q: qs}, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return nil, err
	}
	defer svc.Stop()
	echo, err := micro.AddService(srvConn, micro.Config{Name: "echo", Version: "0.0.1", QueueGroup: "echo",
		Endpoint: &micro.EndpointConfig{Subject: "bench.echo", Handler: micro.HandlerFunc(func(r micro.Request) { _ = r.Respond(r.Data()) })}})
	if err != nil {
		return nil, err
	}
	defer echo.Stop()

	bodies := quoteBodies(o.Snapshot, o.Seed, 512, o.AllRoutes)
	replyBytes, routesPer, err := replySizes(o.Snapshot, bodies)
	if err != nil {
		return nil, err
	}
	gen, err := newGen(o.Loader)
	if err != nil {
		return nil, err
	}
	defer func() { _ = gen.close() }()
	slices := max(1, int(math.Round(float64(o.Duration)/float64(o.Slice))))
	each := o.Duration / time.Duration(slices)
	res := &Result{Topology: o.Topology, Clients: o.Clients, DurationS: o.Duration.Seconds(), SliceS: each.Seconds(), Loader: o.Loader, MaxQuotes: o.MaxQuotes,
		AllRoutes: o.AllRoutes, QuoteReplyBytes: replyBytes, RoutesPerQuote: routesPer}
	// pair runs the echo floor and the quote service at rate, alternating
	// in slices.
	pair := func(rate float64, slices int) (echo, quote Latency, rounds []float64, counts []round, err error) {
		each := o.Duration / time.Duration(slices)
		subjects := [2]string{"bench.echo", api.SubjectQuote}
		var acc [2]phaseAcc
		for r := 0; r < slices; r++ {
			var qps [2]float64
			var rc round
			for i := range 2 {
				k := i ^ r&1 // echo first, then quote first, ...
				var before runtimeSample
				var svc runtimeDelta
				var prof *os.File
				var profErr error
				sr, err := gen.run(loadSpec{URL: ns.ClientURL(), Subject: subjects[k], Bodies: bodies, Clients: o.Clients, Duration: each, Rate: rate},
					func() {
						before = sampleRuntime()
						if o.PhaseProfile != "" && rate == 0 {
							prof, profErr = startProfile(fmt.Sprintf("%s.%s.%d.pprof", o.PhaseProfile, phaseNames[k], r))
						}
					}, func() {
						svc = before.delta()
						if prof != nil {
							pprof.StopCPUProfile()
							profErr = errors.Join(profErr, prof.Close())
						}
					})
				if err == nil && profErr != nil {
					err = fmt.Errorf("phase profile: %w", profErr)
				}
				if err != nil {
					return Latency{}, Latency{}, nil, nil, fmt.Errorf("%s: %w", subjects[k], err)
				}
				acc[k].add(sr, svc)
				if sr.Seconds > 0 {
					qps[k] = float64(len(sr.LatUs)) / sr.Seconds
				}
				if k == 0 {
					rc.echoN, rc.echoSec = len(sr.LatUs), sr.Seconds
				} else {
					rc.quoteN, rc.quoteSec = len(sr.LatUs), sr.Seconds
				}
			}
			if qps[0] > 0 {
				rounds = append(rounds, math.Round(qps[1]/qps[0]*1e4)/1e4)
			}
			counts = append(counts, rc)
		}
		return acc[0].latency(), acc[1].latency(), rounds, counts, nil
	}
	progress("echo floor and quotes: %d clients, %s each, in slices of %s", o.Clients, o.Duration, each)
	var counts []round
	if res.Echo, res.Quote, res.RatioRounds, counts, err = pair(0, slices); err != nil {
		return nil, err
	}
	res.EchoFloorQPS = res.Echo.QPS
	if res.EchoFloorQPS > 0 {
		res.RatioToFloor = res.Quote.QPS / res.EchoFloorQPS
	}
	if lo, hi, ok := ratioInterval(counts, o.Seed); ok {
		res.RatioCI95 = []float64{math.Round(lo*1e4) / 1e4, math.Round(hi*1e4) / 1e4}
	}
	if o.Rate > 0 {
		progress("echo and quotes paced at %.0f/s", o.Rate)
		e, l, _, _, err := pair(o.Rate, 1)
		if err != nil {
			return nil, err
		}
		res.EchoPaced, res.QuotePaced, res.PacedRate = &e, &l, o.Rate
	}
	if o.Submits != nil {
		so := *o.Submits
		so.Progress = o.Progress
		sr, err := RunSubmit(so)
		if err != nil {
			return nil, fmt.Errorf("submit phase: %w", err)
		}
		res.Submit, res.SubmitPerS = sr, &sr.QPS
	}
	return res, nil
}

// phaseNames name the phases in PhaseProfile's files.
var phaseNames = [2]string{"echo", "quote"}

// startProfile starts a CPU profile into a new file at path.
func startProfile(path string) (*os.File, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		_ = f.Close()
		return nil, err
	}
	return f, nil
}

// replySizes answers each body once, on a quote service of its own, and
// gives the mean size of the replies and the mean number of routes they
// list.
func replySizes(snap *routing.Snapshot, bodies [][]byte) (meanBytes, meanRoutes float64, err error) {
	if len(bodies) == 0 {
		return 0, 0, nil
	}
	qs, err := quote.New(quote.Options{Store: routing.NewStore(snap), MaxQuotes: len(bodies), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		return 0, 0, err
	}
	var buf []byte
	var nBytes, nRoutes int
	for _, body := range bodies {
		var req api.QuoteRequest
		if err := json.Unmarshal(body, &req); err != nil {
			return 0, 0, fmt.Errorf("bench request %s: %w", body, err)
		}
		reply, e := qs.Quote(req)
		if e != nil {
			return 0, 0, fmt.Errorf("bench request %s: %v", body, e)
		}
		if buf, err = reply.AppendJSON(buf[:0]); err != nil {
			return 0, 0, err
		}
		nBytes += len(buf)
		nRoutes += len(reply.Routes)
	}
	n := float64(len(bodies))
	return math.Round(float64(nBytes)/n*10) / 10, math.Round(float64(nRoutes)/n*1000) / 1000, nil
}

// quoteBodies draws request bodies between assets that have a route,
// asking for every route when allRoutes is set.
func quoteBodies(s *routing.Snapshot, seed uint64, n int, allRoutes bool) [][]byte {
	rng := rand.New(rand.NewPCG(seed, 99))
	var out [][]byte
	for tries := 0; len(out) < n && tries < 50*n; tries++ {
		a, b := int32(rng.IntN(len(s.Assets))), int32(rng.IntN(len(s.Assets)))
		if a == b {
			continue
		}
		amt := s.UnitsForUSD(a, math.Pow(10, 1+rng.Float64()*4))
		if amt.IsZero() {
			continue
		}
		req := routing.Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: amt}
		if _, err := s.Route(req); err != nil {
			continue
		}
		body, _ := json.Marshal(api.QuoteRequest{From: req.From, To: req.To, Amount: amt.Dec(), Owner: "0x0000000000000000000000000000000000000001",
			Recipient: "0x0000000000000000000000000000000000000002", AllRoutes: allRoutes})
		out = append(out, body)
	}
	return out
}

// gen is where a run's slices go: a child process or this process.
type gen interface {
	// run runs one slice; started and ended are called as the slice
	// starts and as soon as it ends (the service's figures are taken
	// between them, without the generator's reporting).
	run(spec loadSpec, started, ended func()) (sliceResult, error)
	close() error
}

func newGen(mode string) (gen, error) {
	if mode == LoaderInProcess {
		return inProcess{&generator{}}, nil
	}
	return startChild()
}

type inProcess struct{ g *generator }

func (p inProcess) run(spec loadSpec, started, ended func()) (sliceResult, error) {
	started()
	r := p.g.run(spec)
	ended()
	if r.Err != "" {
		return r, errors.New(r.Err)
	}
	return r, nil
}

func (p inProcess) close() error {
	p.g.close()
	return nil
}
