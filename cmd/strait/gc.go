package main

import (
	"bufio"
	"bytes"
	"math"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// The collector's settings for the strait process, unless the environment
// sets GOGC or GOMEMLIMIT (which take precedence, each on its own).
//
// Why not Go's defaults: a node serving quotes allocates about 8 KB per
// quote in its handler (more in NATS) and keeps every quote until it
// expires, so at thousands of quotes a second it collected several times
// a second. On two cores each cycle's mark phase takes a quarter of the
// CPU, plus assists from the allocating quote workers, and the requests
// arriving meanwhile wait: the quote latency's tail is made of these
// windows. What sets their share of the time is the allocation rate over
// the heap growth allowed between cycles (GOGC), not the live heap (a
// larger live heap means longer but rarer cycles). `strait bench e2e`
// paced at 5,000 quotes a second over 20 s: GOGC 400, 6 cycles and a p99
// of 4.0 ms; GOGC 1000, 2 cycles and 1.9 ms (bench/RESULTS.md).
//
// So the heap may grow to eleven times the live heap between cycles
// (GOGC 1000), under a soft memory limit of half the memory the process
// may use (the cgroup's limit, else the machine's), so that a node whose
// live heap is large collects sooner instead of growing past what the host
// has: with 100,000 remembered quotes (~260 MB live) on a host with 1 GiB,
// the collector runs as the heap nears 512 MiB. The limit is soft: a live
// heap above it makes the collector run often (Go caps it at about half
// the CPU), which an operator then fixes with GOMEMLIMIT or a smaller
// quote.Options.MaxQuotes (docs/operators.md).
const (
	defaultGCPercent = 1000
	// fallbackMemoryLimit applies when the memory available is unknown.
	fallbackMemoryLimit = 1 << 30
	// minMemoryLimit bounds the limit from below on tiny hosts.
	minMemoryLimit = 256 << 20
)

func init() {
	p := gcDefaults(os.Getenv, availableMemory)
	if p.percent != 0 {
		debug.SetGCPercent(p.percent)
	}
	if p.limit != 0 {
		debug.SetMemoryLimit(p.limit)
	}
}

// gcPolicy is what to set: 0 leaves a setting as the runtime has it.
type gcPolicy struct {
	percent int
	limit   int64
}

// gcDefaults decides the settings from the environment and the memory
// available to the process (read only when needed; 0: unknown). A GOGC from the environment
// leaves the limit alone too unless GOMEMLIMIT is unset and GOGC was left
// to us: whoever tuned GOGC chose the collector's pace.
func gcDefaults(getenv func(string) string, available func() int64) gcPolicy {
	if getenv("GOGC") != "" {
		return gcPolicy{}
	}
	p := gcPolicy{percent: defaultGCPercent}
	if getenv("GOMEMLIMIT") == "" {
		p.limit = fallbackMemoryLimit
		if avail := available(); avail > 0 {
			p.limit = max(avail/2, minMemoryLimit)
		}
	}
	return p
}

// availableMemory is the memory the process may use: the cgroup's limit
// (v2, else v1) when there is one, else the machine's total; 0 when
// neither can be read.
func availableMemory() int64 {
	read := func(path string) []byte {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		return b
	}
	total := parseMemTotal(read("/proc/meminfo"))
	for _, path := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		if lim := parseCgroupLimit(read(path)); lim > 0 && (total == 0 || lim < total) {
			return lim
		}
	}
	return total
}

// parseCgroupLimit reads a cgroup memory limit file: a byte count, or
// "max" (v2) or a huge number (v1) for none. Anything else: 0 (unknown).
func parseCgroupLimit(b []byte) int64 {
	s := strings.TrimSpace(string(b))
	if s == "" || s == "max" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n <= 0 || n >= math.MaxInt64/2 {
		return 0
	}
	return n
}

// parseMemTotal reads MemTotal (in kB) from /proc/meminfo; 0 if absent
// or malformed.
func parseMemTotal(b []byte) int64 {
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) != 3 || f[0] != "MemTotal:" || f[2] != "kB" {
			continue
		}
		kb, err := strconv.ParseInt(f[1], 10, 64)
		if err != nil || kb <= 0 || kb > math.MaxInt64/1024 {
			return 0
		}
		return kb * 1024
	}
	return 0
}
