package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"github.com/straitnet/strait/persistence/journalbench"
)

func init() {
	var (
		asJSON   bool
		dir      string
		writers  string
		cfg      journalbench.Config
		keepTemp bool
		cpuProf  string
	)
	cmd := &cobra.Command{
		Use:   "journal",
		Short: "Durable journal appends/s and latency vs. raw Pebble and the disk's fsync rate",
		Long: `journal measures durable (synced) appends of small records with 1, 16 and
256 concurrent writers, then, in the same run, the floor: raw synced Pebble
commits of the same bytes with no Strait logic, and the disk's single-stream
fdatasync rate. It reports Strait's throughput as a ratio to the raw floor and
the latency under a paced load (default 10,000 appends/s).

Each concurrency level runs --rounds rounds; a round is a Strait slice and a
raw Pebble slice back to back (alternating which goes first), and the ratio
is the median of the rounds' ratios (all of them are in
ratio_rounds_by_writers; the pooled ratio is ratio_pooled_to_floor).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ws, err := parseInts(writers)
			if err != nil {
				return fmt.Errorf("--writers: %w", err)
			}
			cfg.Writers = ws
			if dir == "" {
				// A temp dir on the real disk (not an in-memory filesystem):
				// the benchmark is about fsyncs.
				d, err := os.MkdirTemp("", "strait-bench-journal-")
				if err != nil {
					return err
				}
				if !keepTemp {
					defer os.RemoveAll(d)
				}
				cfg.Dir = d
			} else {
				if err := os.MkdirAll(dir, 0o755); err != nil {
					return err
				}
				cfg.Dir = dir
			}
			cfg.Logger = newLogger("bench-journal")
			if cpuProf != "" {
				pf, err := os.Create(cpuProf)
				if err != nil {
					return err
				}
				defer pf.Close()
				if err := pprof.StartCPUProfile(pf); err != nil {
					return err
				}
				defer pprof.StopCPUProfile()
			}
			res, err := journalbench.Run(cmd.Context(), cfg)
			if err != nil {
				return err
			}
			if asJSON {
				enc := json.NewEncoder(cmd.OutOrStdout())
				return enc.Encode(res)
			}
			printJournalBench(cmd.OutOrStdout(), res)
			return nil
		},
	}
	f := cmd.Flags()
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	f.StringVar(&dir, "dir", "", "directory for the databases (default: a temp dir on disk, removed afterwards)")
	f.StringVar(&cpuProf, "cpuprofile", "", "write a CPU profile of the run (samples labelled side=strait|pebble, writers=N)")
	f.BoolVar(&keepTemp, "keep", false, "keep the default temp dir")
	f.StringVar(&writers, "writers", "1,16,256", "comma-separated concurrency levels")
	f.DurationVar(&cfg.Duration, "duration", 8*time.Second, "length of each phase (Strait and raw Pebble each, split over the rounds)")
	f.IntVar(&cfg.Appends, "appends", 0, "appends per phase instead of --duration")
	f.IntVar(&cfg.Rounds, "rounds", 5, "rounds of back-to-back Strait and raw-Pebble slices per phase (the ratio is their median)")
	f.IntVar(&cfg.PayloadBytes, "payload-bytes", 200, "payload bytes per record")
	f.IntVar(&cfg.EventsPerStream, "events-per-stream", 10, "appends per stream before a writer starts a new stream")
	f.IntVar(&cfg.PacedRate, "paced-rate", 10000, "offered appends/s of the paced latency phase (negative: skip)")
	f.IntVar(&cfg.PacedWriters, "paced-writers", 1000, "streams the paced load is spread over (appends are issued on schedule, open loop)")
	f.BoolVar(&cfg.CompareGroup, "compare-group", false, "also measure Strait with its group committer, raw Pebble through the same committer, and a paced phase with it")
	f.DurationVar(&cfg.WALMinSyncInterval, "wal-min-sync-interval", 0, "Pebble WALMinSyncInterval for Strait and the floor")
	f.DurationVar(&cfg.FsyncProbe, "fsync-probe", 2*time.Second, "length of the fsync-rate probe")
	benchCmd.AddCommand(cmd)
}

func parseInts(s string) ([]int, error) {
	var out []int
	for _, p := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("%q is not a positive integer", p)
		}
		out = append(out, n)
	}
	return out, nil
}

func printJournalBench(out io.Writer, r journalbench.Result) {
	fmt.Fprintf(out, "durable journal appends: %d-byte payloads (%d-byte records), %d cores, %s, WALMinSyncInterval %dµs\n\n",
		r.PayloadBytes, r.RecordBytes, r.Cores, r.GoVersion, r.WALMinSyncIntervalUs)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "side\twriters\tappends/s\tp50 ms\tp99 ms\tappends/fsync\tcpu µs/append\tstrait ratio\t")
	row := func(side string, w journalbench.WriterResult, ratio string) {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.3f\t%.3f\t%.1f\t%.1f\t%s\t\n", side, w.Writers, w.AppendsPerS, w.P50ms, w.P99ms,
			w.AppendsPerSync, w.CPUusPerAppend, ratio)
	}
	for i, w := range r.Writers {
		k := strconv.Itoa(w.Writers)
		row("strait", w, "")
		row("raw pebble, batch per append", r.Floor.PebbleByWriters[i], fmt.Sprintf("%.3f", r.RatioByWriters[k]))
		if i < len(r.StraitGroupedByWriters) {
			row("strait, group commit", r.StraitGroupedByWriters[i], fmt.Sprintf("(%.3f)", r.RatioStraitGroupedByWriters[k]))
			row("raw pebble, grouped", r.Floor.GroupedByWriters[i], fmt.Sprintf("(%.3f)", r.RatioToGroupedByWriters[k]))
		}
	}
	tw.Flush()
	fmt.Fprintf(out, "\nfloor: raw pebble %.0f appends/s at %d writers; disk %.0f fsyncs/s (one stream; fsync p50 %.3f ms, p99 %.3f ms, max %.3f ms)\n",
		r.Floor.PebbleAppendsPerS, r.Floor.PebbleWriters, r.Floor.FsyncsPerS,
		r.Floor.FsyncLatency.P50ms, r.Floor.FsyncLatency.P99ms, r.Floor.FsyncLatency.MaxMs)
	top := strconv.Itoa(r.Floor.PebbleWriters)
	fmt.Fprintf(out, "ratio to floor: %.3f (median of rounds %v; pooled %.3f; CPU per append, raw ÷ strait, %.3f)\n",
		r.RatioToFloor, r.RatioRoundsByWriters[top], r.RatioPooledToFloor, r.CPURatioByWriters[top])
	if len(r.StraitGroupedByWriters) > 0 {
		fmt.Fprintf(out, "group commit: strait with group commit ÷ raw pebble through the same committer %.3f (in parentheses: the strait-with-group-commit row ÷ raw per-append, the raw-grouped row: strait with group commit ÷ it)\n", r.RatioToGroupedFloor)
	}
	paced := func(name string, p *journalbench.Paced) {
		if p == nil {
			return
		}
		fmt.Fprintf(out, "%s %.0f appends/s offered, open loop over %d streams: achieved %.0f/s, p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (max %d in flight)\n",
			name, p.TargetAppendsPerS, p.Writers, p.AppendsPerS, p.P50ms, p.P99ms, p.P999ms, p.MaxMs, p.MaxInFlight)
		fmt.Fprintf(out, "  WAL fsyncs meanwhile: %d (%.1f appends each), p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms; %.1f%% of the time in fsyncs > 5 ms\n",
			p.WALFsync.Count, p.AppendsPerSync, p.WALFsync.P50ms, p.WALFsync.P99ms, p.WALFsync.P999ms, p.WALFsync.MaxMs, 100*p.WALSlowFsyncShare)
	}
	paced("paced", r.Paced)
	paced("paced, raw pebble", r.Floor.Paced)
	paced("paced, group commit", r.PacedGrouped)
}
