// Package routingbench is `strait bench routing`: a seeded workload of route
// queries over a topology, answered by Strait's router and, on the same
// graph with static weights, by gonum's Yen k-shortest paths and by plain
// Dijkstra, with Strait's k best costs checked against Yen's.
package routingbench

import (
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"runtime"
	"sort"
	"time"

	"golang.org/x/sys/unix"
	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"

	"github.com/straitnet/strait/routing"
)

// Options configure a run.
type Options struct {
	Topology string
	Snapshot *routing.Snapshot
	Seed     uint64
	Queries  int
	// OracleQueries is how many of the queries also run gonum's Yen (slow on
	// large graphs); 0 = all.
	OracleQueries int
	K             int
	// MaxHops is the hop bound for every algorithm's comparison (default 4).
	MaxHops int
	Preset  routing.Preset
	// Progress, if set, receives a line now and then on long runs.
	Progress io.Writer
}

// Algorithm is one algorithm's figures. The JSON keys are a public contract.
type Algorithm struct {
	Name           string  `json:"name"`
	Queries        int     `json:"queries"`
	P50us          float64 `json:"p50_us"`
	P99us          float64 `json:"p99_us"`
	MaxUs          float64 `json:"max_us"`
	QPS            float64 `json:"qps"`
	AllocsPerQuote float64 `json:"allocs_per_quote"`
	// CPUP50us and CPUP99us are the same percentiles of the CPU time the
	// query's thread used (CLOCK_THREAD_CPUTIME_ID): what one core spends,
	// unaffected by other processes competing for the machine.
	CPUP50us float64 `json:"cpu_p50_us"`
	CPUP99us float64 `json:"cpu_p99_us"`
	Note     string  `json:"note,omitempty"`
}

// Result is the run's one JSON object. The keys are a public contract.
type Result struct {
	Topology        string      `json:"topology"`
	Nodes           int         `json:"nodes"`
	Edges           int         `json:"edges"`
	Queries         int         `json:"queries"`
	K               int         `json:"k"`
	MaxHops         int         `json:"max_hops"`
	Preset          string      `json:"preset"`
	Seed            uint64      `json:"seed"`
	Algorithms      []Algorithm `json:"algorithms"`
	OracleAgreement float64     `json:"oracle_agreement"`
	OracleCompared  int         `json:"oracle_compared"`
	OracleSkipped   int         `json:"oracle_skipped_hop_bound"`
	NoRoute         int         `json:"no_route"`
	Split           int         `json:"split_answers"`
	GoMaxProcs      int         `json:"gomaxprocs"`
	SpeedupVsYen    float64     `json:"strait_p50_speedup_vs_yen"`
}

type query struct {
	src, dst int32
	amount   routing.Amount
}

// workload draws queries between assets that have a route within the hop
// bound, with amounts log-uniform between $10 and $100k.
func workload(s *routing.Snapshot, n int, seed uint64, maxHops int) []query {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	out := make([]query, 0, n)
	reach := map[int32][]int8{}
	for tries := 0; len(out) < n && tries < n*50; tries++ {
		src := int32(rng.IntN(len(s.Assets)))
		d, ok := reach[src]
		if !ok {
			d = hops(s, src, maxHops)
			reach[src] = d
		}
		dst := int32(rng.IntN(len(s.Assets)))
		if dst == src || d[dst] < 0 {
			continue
		}
		usd := math.Pow(10, 1+rng.Float64()*4)
		a := s.UnitsForUSD(src, usd)
		if a.IsZero() {
			continue
		}
		out = append(out, query{src: src, dst: dst, amount: a})
	}
	return out
}

func hops(s *routing.Snapshot, src int32, max int) []int8 {
	d := make([]int8, len(s.Assets))
	for i := range d {
		d[i] = -1
	}
	d[src] = 0
	front := []int32{src}
	for h := 1; h <= max; h++ {
		var next []int32
		for _, v := range front {
			for _, e := range s.Out(v) {
				if u := s.Edges[e].To; d[u] < 0 {
					d[u] = int8(h)
					next = append(next, u)
				}
			}
		}
		front = next
	}
	return d
}

func percentile(d []time.Duration, p float64) float64 {
	sorted := append([]time.Duration(nil), d...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i] < sorted[j] })
	i := int(math.Ceil(p*float64(len(sorted)))) - 1
	return float64(sorted[max(i, 0)].Nanoseconds()) / 1e3
}

func summarize(name string, m measured) Algorithm {
	lat, total, allocs := m.wall, m.total, m.allocs
	a := Algorithm{Name: name, Queries: len(lat)}
	if len(lat) == 0 {
		return a
	}
	a.P50us, a.P99us, a.MaxUs = percentile(lat, 0.5), percentile(lat, 0.99), percentile(lat, 1)
	a.CPUP50us, a.CPUP99us = percentile(m.cpu, 0.5), percentile(m.cpu, 0.99)
	a.QPS = float64(len(lat)) / total.Seconds()
	a.AllocsPerQuote = float64(allocs) / float64(len(lat))
	return a
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

type measured struct {
	wall, cpu []time.Duration
	total     time.Duration
	allocs    uint64
}

func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}

// timed runs f over every query, on one OS thread, and records each query's
// wall-clock latency and the CPU time its thread spent.
func timed(qs []query, f func(q query)) measured {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	m := measured{wall: make([]time.Duration, len(qs)), cpu: make([]time.Duration, len(qs))}
	runtime.GC()
	m0 := mallocs()
	start := time.Now()
	for i, q := range qs {
		t0, c0 := time.Now(), threadCPU()
		f(q)
		m.wall[i], m.cpu[i] = time.Since(t0), threadCPU()-c0
	}
	m.total = time.Since(start)
	m.allocs = mallocs() - m0
	return m
}

// Run runs the benchmark.
func Run(o Options) (*Result, error) {
	s := o.Snapshot
	if o.K <= 0 {
		o.K = routing.DefaultK
	}
	if o.MaxHops <= 0 {
		o.MaxHops = routing.DefaultMaxHops
	}
	if o.Preset == "" {
		o.Preset = routing.Recommended
	}
	if o.Queries <= 0 {
		o.Queries = 1000
	}
	progress := func(format string, args ...any) {
		if o.Progress != nil {
			fmt.Fprintf(o.Progress, format+"\n", args...)
		}
	}
	qs := workload(s, o.Queries, o.Seed, o.MaxHops)
	if len(qs) == 0 {
		return nil, fmt.Errorf("topology %s: no query with a route could be drawn", o.Topology)
	}
	res := &Result{Topology: o.Topology, Nodes: len(s.Assets), Edges: len(s.Edges), Queries: len(qs), K: o.K, MaxHops: o.MaxHops, Preset: string(o.Preset), Seed: o.Seed, GoMaxProcs: runtime.GOMAXPROCS(0)}

	// Warm the scratch pool once (first-use allocation), then measure.
	_, _ = s.Route(routing.Request{From: s.Assets[qs[0].src].ID, To: s.Assets[qs[0].dst].ID, Amount: qs[0].amount, Preset: o.Preset, K: o.K, Constraints: routing.Constraints{MaxHops: o.MaxHops}})
	progress("strait: %d queries (%s, k=%d)", len(qs), o.Preset, o.K)
	ms := timed(qs, func(q query) {
		a, err := s.Route(routing.Request{From: s.Assets[q.src].ID, To: s.Assets[q.dst].ID, Amount: q.amount, Preset: o.Preset, K: o.K, Constraints: routing.Constraints{MaxHops: o.MaxHops}})
		if err != nil {
			res.NoRoute++
		} else if a.Split != nil {
			res.Split++
		}
	})
	res.Algorithms = append(res.Algorithms, summarize("strait", ms))

	// The static comparison: one edge per asset pair, fixed weights.
	w := s.StaticWeights(1000)
	simpleSnap, sw := s.Simple(w)
	g := simple.NewWeightedDirectedGraph(0, math.Inf(1))
	for i := range simpleSnap.Assets {
		g.AddNode(simple.Node(int64(i)))
	}
	for i := range simpleSnap.Edges {
		e := &simpleSnap.Edges[i]
		g.SetWeightedEdge(g.NewWeightedEdge(simple.Node(int64(e.From)), simple.Node(int64(e.To)), sw[i]))
	}
	oq := qs
	if o.OracleQueries > 0 && o.OracleQueries < len(qs) {
		oq = qs[:o.OracleQueries]
	}
	staticCosts := make([][]float64, len(oq))
	i := 0
	ms = timed(oq, func(q query) {
		a, err := simpleSnap.Route(routing.Request{From: s.Assets[q.src].ID, To: s.Assets[q.dst].ID, Amount: q.amount, Preset: routing.Static, Static: sw, K: o.K, Split: "never", Constraints: routing.Constraints{MaxHops: o.MaxHops}})
		if err == nil {
			for _, r := range a.Routes {
				staticCosts[i] = append(staticCosts[i], r.Score)
			}
		}
		i++
	})
	res.Algorithms = append(res.Algorithms, func() Algorithm {
		a := summarize("strait-static", ms)
		a.Note = "Strait's search on the same simple graph and static weights as gonum-yen"
		return a
	}())
	progress("gonum-yen: %d queries", len(oq))
	yenCosts := make([][]float64, len(oq))
	yenLong := make([]bool, len(oq))
	i = 0
	ms = timed(oq, func(q query) {
		paths := path.YenKShortestPaths(g, o.K, math.Inf(1), simple.Node(int64(q.src)), simple.Node(int64(q.dst)))
		for _, p := range paths {
			if len(p)-1 > o.MaxHops {
				yenLong[i] = true
			}
			yenCosts[i] = append(yenCosts[i], pathWeight(g, p))
		}
		i++
		if o.Progress != nil && i%100 == 0 {
			progress("gonum-yen: %d/%d", i, len(oq))
		}
	})
	yen := summarize("gonum-yen", ms)
	res.Algorithms = append(res.Algorithms, yen)
	ms = timed(oq, func(q query) {
		path.DijkstraFromTo(simple.Node(int64(q.src)), simple.Node(int64(q.dst)), g)
	})
	res.Algorithms = append(res.Algorithms, func() Algorithm {
		a := summarize("dijkstra", ms)
		a.Note = "best-1 only (gonum DijkstraFromTo)"
		return a
	}())
	agree := 0
	for i := range oq {
		if yenLong[i] {
			res.OracleSkipped++
			continue
		}
		res.OracleCompared++
		if sameCosts(staticCosts[i], yenCosts[i]) {
			agree++
		}
	}
	if res.OracleCompared > 0 {
		res.OracleAgreement = float64(agree) / float64(res.OracleCompared)
	}
	if res.Algorithms[0].P50us > 0 {
		res.SpeedupVsYen = yen.P50us / res.Algorithms[0].P50us
	}
	return res, nil
}

func pathWeight(g graph.Weighted, p []graph.Node) float64 {
	w := 0.0
	for i := 1; i < len(p); i++ {
		x, _ := g.Weight(p[i-1].ID(), p[i].ID())
		w += x
	}
	return w
}

func sameCosts(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Abs(a[i]-b[i]) > 1e-9*math.Max(1, math.Abs(b[i])) {
			return false
		}
	}
	return true
}

// Table writes the result as a human table.
func (r *Result) Table(w io.Writer) {
	fmt.Fprintf(w, "topology %s: %d assets, %d edges; %d queries, k=%d, max hops %d, preset %s, seed %d, GOMAXPROCS %d\n",
		r.Topology, r.Nodes, r.Edges, r.Queries, r.K, r.MaxHops, r.Preset, r.Seed, r.GoMaxProcs)
	fmt.Fprintf(w, "%-14s %8s %10s %10s %10s %10s %8s %11s %11s\n", "algorithm", "queries", "p50 µs", "p99 µs", "max µs", "qps", "allocs", "cpu p50 µs", "cpu p99 µs")
	for _, a := range r.Algorithms {
		fmt.Fprintf(w, "%-14s %8d %10.1f %10.1f %10.1f %10.0f %8.1f %11.1f %11.1f\n", a.Name, a.Queries, a.P50us, a.P99us, a.MaxUs, a.QPS, a.AllocsPerQuote, a.CPUP50us, a.CPUP99us)
	}
	fmt.Fprintf(w, "oracle agreement (strait-static k-best costs = gonum Yen's, where Yen's paths are within %d hops): %.4f over %d queries (%d skipped: Yen path longer than the hop bound)\n",
		r.MaxHops, r.OracleAgreement, r.OracleCompared, r.OracleSkipped)
	fmt.Fprintf(w, "strait p50 is %.1fx lower than gonum-yen's; %d queries had no route, %d answers were splits\n", r.SpeedupVsYen, r.NoRoute, r.Split)
}
