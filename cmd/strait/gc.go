package main

import (
	"os"
	"runtime/debug"
)

// defaultGCPercent is the collector's heap growth target (GOGC) for the
// strait process when the environment does not set GOGC.
//
// Why not Go's 100: a node serving quotes allocates about 14 KB per quote
// and keeps every quote until it expires (about 2.8 KB each), so at
// thousands of quotes a second it collected several times a second. On two
// cores each cycle's mark phase takes a quarter of the CPU, plus assists
// from the allocating quote workers, so requests arriving meanwhile wait
// longer: fewer cycles mean fewer such windows in the latency tail, and the
// collector's share of the CPU at full load fell from 8-11 % to 1-2 % in
// `strait bench e2e` (which reports both per phase). The price is a peak
// heap of about five times the live heap instead of two (a node holding its
// default 100,000 remembered quotes: ~280 MB live, up to ~1.4 GB).
// Operators who need a tighter bound set GOGC or GOMEMLIMIT, which take
// precedence.
const defaultGCPercent = 400

func init() { applyGCDefault(os.Getenv) }

// applyGCDefault sets defaultGCPercent unless GOGC is set; it reports
// whether it did.
func applyGCDefault(getenv func(string) string) bool {
	if getenv("GOGC") != "" {
		return false
	}
	debug.SetGCPercent(defaultGCPercent)
	return true
}
