package e2ebench

import (
	"math"
	"runtime/metrics"
	"sync"

	"github.com/straitnet/strait/internal/proccpu"
)

// Runtime is what the Go runtime of the benchmark's process (NATS server,
// service and clients alike) did during a phase: how often the garbage
// collector ran, the share of CPU it took, its stop-the-world pauses, and
// how long runnable goroutines waited for a core. They say whether a slow
// tail comes from the collector, from queueing for the CPU, or from
// neither.
type Runtime struct {
	GCCycles       uint64  `json:"gc_cycles"`
	GCCPUFraction  float64 `json:"gc_cpu_fraction"`
	GCPauseP99ms   float64 `json:"gc_pause_p99_ms"`
	GCPauseMaxms   float64 `json:"gc_pause_max_ms"`
	SchedLatP99ms  float64 `json:"sched_latency_p99_ms"`
	SchedLatP999ms float64 `json:"sched_latency_p999_ms"`
	AllocMBPerS    float64 `json:"alloc_mb_per_s"`
	// CPUSeconds is the process's CPU time (user and system) in the
	// phase: with CPUs, how much of the machine it took.
	CPUSeconds float64 `json:"cpu_s"`
	CPUs       float64 `json:"cpus"`
}

var runtimeMetrics = []string{
	"/gc/cycles/total:gc-cycles",
	"/cpu/classes/gc/total:cpu-seconds",
	"/cpu/classes/total:cpu-seconds",
	"/sched/pauses/total/gc:seconds",
	"/sched/latencies:seconds",
	"/gc/heap/allocs:bytes",
}

type runtimeSample struct {
	m   []metrics.Sample
	cpu float64 // process CPU seconds so far
}

func sampleRuntime() runtimeSample {
	s := runtimeSample{m: make([]metrics.Sample, len(runtimeMetrics)), cpu: proccpu.Used().Seconds()}
	for i, name := range runtimeMetrics {
		s.m[i].Name = name
	}
	metrics.Read(s.m)
	return s
}

// runtimeDelta is what a process's runtime did between two samples, in a
// form that adds up over a phase's slices and crosses from the generator's
// process as JSON (the histograms' counts only: both processes run the
// same binary, whose runtime has the same buckets).
type runtimeDelta struct {
	GCCycles    uint64   `json:"gc_cycles"`
	GCCPU       float64  `json:"gc_cpu_s"`
	RuntimeCPU  float64  `json:"runtime_cpu_s"`
	PauseCounts []uint64 `json:"pause_counts"`
	SchedCounts []uint64 `json:"sched_counts"`
	AllocBytes  uint64   `json:"alloc_bytes"`
	CPUSeconds  float64  `json:"cpu_s"`
}

// delta is what the runtime did from before to now.
func (before runtimeSample) delta() runtimeDelta {
	a := sampleRuntime()
	after, bm := a.m, before.m
	u := func(i int) uint64 { return after[i].Value.Uint64() - bm[i].Value.Uint64() }
	f := func(i int) float64 { return after[i].Value.Float64() - bm[i].Value.Float64() }
	return runtimeDelta{GCCycles: u(0), GCCPU: f(1), RuntimeCPU: f(2),
		PauseCounts: countsDelta(bm[3].Value.Float64Histogram(), after[3].Value.Float64Histogram()),
		SchedCounts: countsDelta(bm[4].Value.Float64Histogram(), after[4].Value.Float64Histogram()),
		AllocBytes:  u(5), CPUSeconds: a.cpu - before.cpu}
}

// add adds another slice's delta.
func (d *runtimeDelta) add(o runtimeDelta) {
	d.GCCycles += o.GCCycles
	d.GCCPU += o.GCCPU
	d.RuntimeCPU += o.RuntimeCPU
	d.PauseCounts = addCounts(d.PauseCounts, o.PauseCounts)
	d.SchedCounts = addCounts(d.SchedCounts, o.SchedCounts)
	d.AllocBytes += o.AllocBytes
	d.CPUSeconds += o.CPUSeconds
}

// figures are the delta's Runtime over seconds.
func (d *runtimeDelta) figures(seconds float64) Runtime {
	r := Runtime{GCCycles: d.GCCycles, CPUSeconds: d.CPUSeconds}
	if d.RuntimeCPU > 0 {
		r.GCCPUFraction = d.GCCPU / d.RuntimeCPU
	}
	pauses, sched := buckets()
	p := hist{counts: d.PauseCounts, buckets: pauses}
	r.GCPauseP99ms, r.GCPauseMaxms = p.quantile(0.99)*1e3, p.quantile(1)*1e3
	sl := hist{counts: d.SchedCounts, buckets: sched}
	r.SchedLatP99ms, r.SchedLatP999ms = sl.quantile(0.99)*1e3, sl.quantile(0.999)*1e3
	if seconds > 0 {
		r.AllocMBPerS = float64(d.AllocBytes) / seconds / 1e6
		r.CPUs = r.CPUSeconds / seconds
	}
	return r
}

// buckets are this runtime's GC pause and scheduling latency buckets.
var buckets = sync.OnceValues(func() (pauses, sched []float64) {
	s := sampleRuntime()
	return s.m[3].Value.Float64Histogram().Buckets, s.m[4].Value.Float64Histogram().Buckets
})

func countsDelta(a, b *metrics.Float64Histogram) []uint64 {
	out := make([]uint64, len(b.Counts))
	for i := range b.Counts {
		out[i] = b.Counts[i]
		if i < len(a.Counts) {
			out[i] -= a.Counts[i]
		}
	}
	return out
}

func addCounts(a, b []uint64) []uint64 {
	if len(a) < len(b) {
		a = append(a, make([]uint64, len(b)-len(a))...)
	}
	for i, c := range b {
		a[i] += c
	}
	return a
}

type hist struct {
	counts  []uint64
	buckets []float64
}

// quantile is the upper bound of the bucket holding quantile q (the
// runtime's buckets are narrow: a few per power of two).
func (h hist) quantile(q float64) float64 {
	var total uint64
	for _, c := range h.counts {
		total += c
	}
	if total == 0 {
		return 0
	}
	rank := uint64(math.Ceil(q * float64(total)))
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= max(rank, 1) {
			hi := h.buckets[i+1]
			if math.IsInf(hi, 1) {
				hi = h.buckets[i]
			}
			return hi
		}
	}
	return 0
}
