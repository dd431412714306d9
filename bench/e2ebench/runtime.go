package e2ebench

import (
	"math"
	"runtime/metrics"

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

// since is the phase's figures from before to now over seconds.
func (before runtimeSample) since(seconds float64) Runtime {
	a := sampleRuntime()
	after, bm := a.m, before.m
	var r Runtime
	u := func(i int) uint64 { return after[i].Value.Uint64() - bm[i].Value.Uint64() }
	f := func(i int) float64 { return after[i].Value.Float64() - bm[i].Value.Float64() }
	r.GCCycles = u(0)
	if total := f(2); total > 0 {
		r.GCCPUFraction = f(1) / total
	}
	pauses := histDelta(bm[3].Value.Float64Histogram(), after[3].Value.Float64Histogram())
	r.GCPauseP99ms, r.GCPauseMaxms = pauses.quantile(0.99)*1e3, pauses.quantile(1)*1e3
	sched := histDelta(bm[4].Value.Float64Histogram(), after[4].Value.Float64Histogram())
	r.SchedLatP99ms, r.SchedLatP999ms = sched.quantile(0.99)*1e3, sched.quantile(0.999)*1e3
	r.CPUSeconds = a.cpu - before.cpu
	if seconds > 0 {
		r.AllocMBPerS = float64(u(5)) / seconds / 1e6
		r.CPUs = r.CPUSeconds / seconds
	}
	return r
}

type hist struct {
	counts  []uint64
	buckets []float64
}

func histDelta(a, b *metrics.Float64Histogram) hist {
	h := hist{counts: make([]uint64, len(b.Counts)), buckets: b.Buckets}
	for i := range b.Counts {
		h.counts[i] = b.Counts[i]
		if i < len(a.Counts) {
			h.counts[i] -= a.Counts[i]
		}
	}
	return h
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
