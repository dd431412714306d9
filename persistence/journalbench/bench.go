// Package journalbench measures durable journal appends against the floor
// the hardware and the storage engine allow: raw synced Pebble commits of
// the same bytes, and the disk's single-stream fsync rate. `strait bench
// journal` is a thin shell over Run.
package journalbench

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/internal/proccpu"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/persistence/internal/groupcommit"
)

// Config drives one benchmark run.
type Config struct {
	// Dir is where the databases are created (one per phase, removed after).
	Dir string
	// Writers lists the concurrency levels (default 1, 16, 256).
	Writers []int
	// Duration of each phase, used when Appends is 0 (default 8s).
	Duration time.Duration
	// Appends per phase (split across the writers); 0 means use Duration.
	Appends int
	// Rounds splits each phase into this many alternating slices of Strait
	// and raw Pebble (default 5), so that a disk or a neighbour that changes
	// speed during the run affects both sides alike. Rounds alternate which
	// side goes first (Strait then raw, raw then Strait, ...), and the ratio
	// is the median of the rounds' ratios (see Result.RatioToFloor).
	Rounds int
	// PayloadBytes is the payload of each record (default 200).
	PayloadBytes int
	// EventsPerStream: each writer moves to a new stream after this many
	// appends, like a transfer that ends (default 10).
	EventsPerStream int
	// PacedRate is the offered load of the paced latency phase in appends/s
	// (default 10000; negative skips the phase).
	PacedRate int
	// PacedWriters is the number of streams the paced load is spread over
	// (default 1000): each is a chain of dependent appends (an append waits
	// for the previous one of its stream, as a transfer's events do), while
	// appends are issued on schedule whether or not earlier ones completed.
	PacedWriters int
	// CompareGroup adds two sides to each concurrency level, Strait with
	// its group committer (Options.GroupCommit) and raw Pebble through the
	// same group committer, and a paced phase with the group committer.
	CompareGroup bool
	// WALMinSyncInterval is passed to both Strait and the raw floor.
	WALMinSyncInterval time.Duration
	// FsyncProbe is the length of the single-stream fsync measurement (2s).
	FsyncProbe time.Duration
	Clock      func() time.Time
	Logger     *slog.Logger
}

// EnsureDefaults fills unset fields.
func (c *Config) EnsureDefaults() {
	if len(c.Writers) == 0 {
		c.Writers = []int{1, 16, 256}
	}
	if c.Duration == 0 {
		c.Duration = 8 * time.Second
	}
	if c.PayloadBytes == 0 {
		c.PayloadBytes = 200
	}
	if c.Rounds == 0 {
		c.Rounds = 5
	}
	if c.EventsPerStream == 0 {
		c.EventsPerStream = 10
	}
	if c.PacedRate == 0 {
		c.PacedRate = 10000
	}
	if c.PacedWriters == 0 {
		c.PacedWriters = 1000
	}
	if c.FsyncProbe == 0 {
		c.FsyncProbe = 2 * time.Second
	}
	if c.Clock == nil {
		c.Clock = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
}

// Validate checks the config after EnsureDefaults.
func (c *Config) Validate() error {
	if c.Dir == "" {
		return errors.New("bench journal: no directory")
	}
	for _, w := range c.Writers {
		if w < 1 || w > 100000 {
			return fmt.Errorf("bench journal: %d writers", w)
		}
	}
	if c.PacedWriters < 1 {
		return fmt.Errorf("bench journal: %d paced writers", c.PacedWriters)
	}
	if c.Rounds < 1 || c.Duration < 0 || c.Appends < 0 || c.PayloadBytes < 0 || c.PayloadBytes > 1<<20 || c.EventsPerStream < 1 {
		return errors.New("bench journal: negative duration/appends or payload out of 0..1MiB")
	}
	return nil
}

// WriterResult is one concurrency level. The first four keys are the public
// contract of `strait bench journal --json`.
type WriterResult struct {
	Writers        int     `json:"writers"`
	AppendsPerS    float64 `json:"appends_per_s"`
	P50ms          float64 `json:"p50_ms"`
	P99ms          float64 `json:"p99_ms"`
	Appends        int     `json:"appends"`
	Seconds        float64 `json:"seconds"`
	P999ms         float64 `json:"p999_ms"`
	WALSyncs       int64   `json:"wal_syncs"`
	AppendsPerSync float64 `json:"appends_per_sync"`
	// CPUusPerAppend is process CPU time (all threads, including the
	// engine's background work) per append: unlike throughput it hardly
	// depends on the disk or on neighbours.
	CPUusPerAppend float64 `json:"cpu_us_per_append"`
}

// Latency is a distribution of durations.
type Latency struct {
	Count  int     `json:"count"`
	P50ms  float64 `json:"p50_ms"`
	P99ms  float64 `json:"p99_ms"`
	P999ms float64 `json:"p999_ms"`
	MaxMs  float64 `json:"max_ms"`
}

func latencyOf(d []time.Duration) Latency {
	slices.Sort(d)
	l := Latency{Count: len(d), P50ms: pct(d, 0.5), P99ms: pct(d, 0.99), P999ms: pct(d, 0.999)}
	if len(d) > 0 {
		l.MaxMs = round3(float64(d[len(d)-1]) / float64(time.Millisecond))
	}
	return l
}

// Floor is what the machine allows without Strait.
type Floor struct {
	// PebbleAppendsPerS: raw synced commits, one Pebble batch per append, at
	// the highest writer count. This is the floor of the target.
	PebbleAppendsPerS float64 `json:"pebble_appends_per_s"`
	// FsyncsPerS: single-stream write+fdatasync loop.
	FsyncsPerS      float64        `json:"fsyncs_per_s"`
	PebbleWriters   int            `json:"pebble_writers"`
	PebbleByWriters []WriterResult `json:"pebble_by_writers"`
	// FsyncLatency is the distribution of the probe's write+fdatasync.
	FsyncLatency Latency `json:"fsync_latency"`
	// Paced is the paced phase with raw synced Pebble commits of the same
	// bytes (one batch per append), run right after Strait's: what the
	// disk and the engine allow at that load.
	Paced *Paced `json:"paced,omitempty"`
	// GroupedAppendsPerS (with --compare-group): raw synced commits of the
	// same bytes gathered by the journal's group committer (one batch per
	// group), at the highest writer count: the like-for-like floor of
	// Strait with GroupCommit.
	GroupedAppendsPerS float64        `json:"grouped_appends_per_s,omitempty"`
	GroupedByWriters   []WriterResult `json:"grouped_by_writers,omitempty"`
}

// Paced is the latency under a fixed offered load from an open-loop
// generator: each append is issued at its scheduled time whether or not
// earlier ones completed, and its latency runs from that scheduled time, so
// a stall is charged to every append scheduled during it (no coordinated
// omission).
type Paced struct {
	TargetAppendsPerS float64 `json:"target_appends_per_s"`
	AppendsPerS       float64 `json:"appends_per_s"`
	// Writers is the number of streams the load is spread over.
	Writers     int     `json:"writers"`
	Appends     int     `json:"appends"`
	P50ms       float64 `json:"p50_ms"`
	P99ms       float64 `json:"p99_ms"`
	P999ms      float64 `json:"p999_ms"`
	MaxMs       float64 `json:"max_ms"`
	MaxInFlight int     `json:"max_in_flight"`
	// WALFsync is the latency of the journal's WAL syncs during the phase,
	// timed at the filesystem: the disk's share of the append latency.
	WALFsync Latency `json:"wal_fsync"`
	// WALSlowFsyncShare is the share of the phase's wall time spent in WAL
	// fsyncs that took longer than 5 ms: every append issued during such a
	// fsync waits for it, so when this exceeds 1% the disk alone puts the
	// p99 above 5 ms.
	WALSlowFsyncShare float64 `json:"wal_slow_fsync_share"`
	AppendsPerSync    float64 `json:"appends_per_sync"`
	CPUusPerAppend    float64 `json:"cpu_us_per_append"`
}

// Result is the whole run; `writers`, `floor` and `ratio_to_floor` are the
// public contract.
type Result struct {
	Writers []WriterResult `json:"writers"`
	Floor   Floor          `json:"floor"`
	// RatioToFloor is Strait's throughput over raw Pebble's at the highest
	// writer count: the median, over the rounds, of the ratio of the round's
	// Strait slice to its raw slice (RatioRoundsByWriters). The two slices
	// of a round run back to back, so a neighbour or a disk that changes
	// speed between rounds moves both; the median drops a round in which it
	// changed speed within the round.
	RatioToFloor float64 `json:"ratio_to_floor"`
	// RatioMethod names how RatioToFloor and RatioByWriters are computed.
	RatioMethod string `json:"ratio_method"`
	// RatioByWriters is that median at each concurrency level.
	RatioByWriters map[string]float64 `json:"ratio_by_writers"`
	// RatioRoundsByWriters lists each round's ratio, in round order: the
	// spread of the median above.
	RatioRoundsByWriters map[string][]float64 `json:"ratio_rounds_by_writers"`
	// RatioPooledToFloor and RatioPooledByWriters are the ratio of all
	// Strait appends per second of Strait slices to the same for raw
	// Pebble (the figure reported as ratio_to_floor before the median).
	RatioPooledToFloor   float64            `json:"ratio_pooled_to_floor"`
	RatioPooledByWriters map[string]float64 `json:"ratio_pooled_by_writers"`
	// CPURatioByWriters is raw Pebble's process CPU per append over
	// Strait's: where both sides are CPU-bound it predicts the throughput
	// ratio, and it moves less with neighbours than throughput does.
	CPURatioByWriters map[string]float64 `json:"cpu_ratio_by_writers"`
	// With --compare-group: Strait with its group committer, measured in
	// the same slices (StraitGroupedByWriters), its ratio to the raw
	// per-append floor (RatioStraitGroupedByWriters) and to the raw floor
	// through the same group committer (RatioToGroupedFloor at the highest
	// writer count, RatioToGroupedByWriters by level: like for like).
	StraitGroupedByWriters      []WriterResult     `json:"strait_grouped_by_writers,omitempty"`
	RatioStraitGroupedByWriters map[string]float64 `json:"ratio_strait_grouped_by_writers,omitempty"`
	RatioToGroupedFloor         float64            `json:"ratio_to_grouped_floor,omitempty"`
	RatioToGroupedByWriters     map[string]float64 `json:"ratio_to_grouped_by_writers,omitempty"`
	Paced                       *Paced             `json:"paced,omitempty"`
	// PacedGrouped (with --compare-group) is the paced phase with the
	// group committer, run right after the other.
	PacedGrouped         *Paced `json:"paced_grouped,omitempty"`
	RecordBytes          int    `json:"record_bytes"`
	PayloadBytes         int    `json:"payload_bytes"`
	WALMinSyncIntervalUs int64  `json:"wal_min_sync_interval_us"`
	Cores                int    `json:"cores"`
	GoVersion            string `json:"go_version"`
	Dir                  string `json:"dir"`
}

// walTimer times WAL syncs at the filesystem (files named *.log); it
// changes nothing else.
type walTimer struct {
	vfs.FS
	mu  sync.Mutex
	lat []time.Duration
}

// take returns the sync latencies recorded so far and forgets them.
func (t *walTimer) take() []time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	l := t.lat
	t.lat = nil
	return l
}

func (t *walTimer) wrap(name string, f vfs.File, err error) (vfs.File, error) {
	if err != nil || !strings.HasSuffix(name, ".log") {
		return f, err
	}
	return &timedFile{File: f, t: t}, nil
}

func (t *walTimer) Create(name string, c vfs.DiskWriteCategory) (vfs.File, error) {
	f, err := t.FS.Create(name, c)
	return t.wrap(name, f, err)
}

func (t *walTimer) ReuseForWrite(oldname, newname string, c vfs.DiskWriteCategory) (vfs.File, error) {
	f, err := t.FS.ReuseForWrite(oldname, newname, c)
	return t.wrap(newname, f, err)
}

func (t *walTimer) OpenReadWrite(name string, c vfs.DiskWriteCategory, opts ...vfs.OpenOption) (vfs.File, error) {
	f, err := t.FS.OpenReadWrite(name, c, opts...)
	return t.wrap(name, f, err)
}

type timedFile struct {
	vfs.File
	t *walTimer
}

func (f *timedFile) record(t0 time.Time) {
	d := time.Since(t0)
	f.t.mu.Lock()
	f.t.lat = append(f.t.lat, d)
	f.t.mu.Unlock()
}

func (f *timedFile) Sync() error {
	defer f.record(time.Now())
	return f.File.Sync()
}

func (f *timedFile) SyncData() error {
	defer f.record(time.Now())
	return f.File.SyncData()
}

func (f *timedFile) SyncTo(n int64) (bool, error) {
	defer f.record(time.Now())
	return f.File.SyncTo(n)
}

// Run runs every phase and returns the result.
func Run(ctx context.Context, cfg Config) (Result, error) {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return Result{}, err
	}
	res := Result{
		PayloadBytes:         cfg.PayloadBytes,
		WALMinSyncIntervalUs: cfg.WALMinSyncInterval.Microseconds(),
		Cores:                runtime.NumCPU(),
		GoVersion:            runtime.Version(),
		Dir:                  cfg.Dir,
		RatioMethod:          "median over rounds of Strait/raw appends per second of the round's two back-to-back slices; rounds alternate which side runs first",
		RatioByWriters:       map[string]float64{},
		RatioRoundsByWriters: map[string][]float64{},
		RatioPooledByWriters: map[string]float64{},
		CPURatioByWriters:    map[string]float64{},
	}
	if cfg.CompareGroup {
		res.RatioToGroupedByWriters = map[string]float64{}
		res.RatioStraitGroupedByWriters = map[string]float64{}
	}
	wmax := slices.Max(cfg.Writers)
	res.RecordBytes = recordBytes(streamName(wmax, 0, wmax), cfg.PayloadBytes)

	phase := 0
	nextDir := func() string {
		phase++
		return filepath.Join(cfg.Dir, fmt.Sprintf("phase%03d", phase))
	}
	cfg.Logger.Info("fsync probe")
	fs, fsLat, err := fsyncRate(cfg.Dir, cfg.FsyncProbe, res.RecordBytes)
	if err != nil {
		return res, err
	}
	res.Floor.FsyncsPerS = round1(fs)
	res.Floor.FsyncLatency = latencyOf(fsLat)
	// The latency phase runs first, before the throughput phases have
	// written and deleted gigabytes: on a filesystem mounted with discard,
	// deletes can stall fsyncs for a while afterwards.
	if cfg.PacedRate > 0 {
		cfg.Logger.Info("paced latency", "rate", cfg.PacedRate)
		p, err := runPaced(ctx, cfg, nextDir(), pacedStrait)
		if err != nil {
			return res, err
		}
		res.Paced = &p
		cfg.Logger.Info("paced latency, raw pebble", "rate", cfg.PacedRate)
		pf, err := runPaced(ctx, cfg, nextDir(), pacedRaw)
		if err != nil {
			return res, err
		}
		res.Floor.Paced = &pf
		if cfg.CompareGroup {
			cfg.Logger.Info("paced latency, group commit", "rate", cfg.PacedRate)
			p, err := runPaced(ctx, cfg, nextDir(), pacedGrouped)
			if err != nil {
				return res, err
			}
			res.PacedGrouped = &p
		}
	}
	top := 0
	for i, w := range cfg.Writers {
		if w > cfg.Writers[top] {
			top = i
		}
		var strait, floor, grouped, straitGrouped []slice
		var rounds []float64
		for round := 0; round < cfg.Rounds; round++ {
			var s, f slice
			var err error
			runS := func() {
				cfg.Logger.Info("strait appends", "writers", w, "round", round)
				s, err = runStrait(ctx, cfg, nextDir(), w, false)
			}
			runF := func() {
				cfg.Logger.Info("raw pebble floor", "writers", w, "round", round)
				f, err = runFloor(ctx, cfg, nextDir(), w, false)
			}
			// Alternate the order, so that neither side always follows the
			// other (whose deleted files the filesystem may still be
			// discarding, whose garbage the runtime may still be
			// collecting).
			first, second := runS, runF
			if round%2 == 1 {
				first, second = runF, runS
			}
			if first(); err != nil {
				return res, err
			}
			if second(); err != nil {
				return res, err
			}
			strait, floor = append(strait, s), append(floor, f)
			if rs, rf := s.rate(), f.rate(); rf > 0 {
				rounds = append(rounds, round3(rs/rf))
			}
			if cfg.CompareGroup {
				cfg.Logger.Info("strait appends, group commit", "writers", w, "round", round)
				sg, err := runStrait(ctx, cfg, nextDir(), w, true)
				if err != nil {
					return res, err
				}
				straitGrouped = append(straitGrouped, sg)
				cfg.Logger.Info("raw pebble floor, grouped", "writers", w, "round", round)
				g, err := runFloor(ctx, cfg, nextDir(), w, true)
				if err != nil {
					return res, err
				}
				grouped = append(grouped, g)
			}
		}
		key := fmt.Sprint(w)
		sr, fr := summarize(w, strait), summarize(w, floor)
		res.Writers = append(res.Writers, sr)
		res.Floor.PebbleByWriters = append(res.Floor.PebbleByWriters, fr)
		if fr.AppendsPerS > 0 {
			res.RatioPooledByWriters[key] = round3(sr.AppendsPerS / fr.AppendsPerS)
		}
		if len(rounds) > 0 {
			res.RatioRoundsByWriters[key] = rounds
			res.RatioByWriters[key] = median(rounds)
		}
		if sr.CPUusPerAppend > 0 {
			res.CPURatioByWriters[key] = round3(fr.CPUusPerAppend / sr.CPUusPerAppend)
		}
		if cfg.CompareGroup {
			sgr, gr := summarize(w, straitGrouped), summarize(w, grouped)
			res.StraitGroupedByWriters = append(res.StraitGroupedByWriters, sgr)
			res.Floor.GroupedByWriters = append(res.Floor.GroupedByWriters, gr)
			if fr.AppendsPerS > 0 {
				res.RatioStraitGroupedByWriters[key] = round3(sgr.AppendsPerS / fr.AppendsPerS)
			}
			if gr.AppendsPerS > 0 {
				res.RatioToGroupedByWriters[key] = round3(sgr.AppendsPerS / gr.AppendsPerS)
			}
		}
	}
	topKey := fmt.Sprint(cfg.Writers[top])
	res.Floor.PebbleWriters = res.Floor.PebbleByWriters[top].Writers
	res.Floor.PebbleAppendsPerS = res.Floor.PebbleByWriters[top].AppendsPerS
	res.RatioToFloor = res.RatioByWriters[topKey]
	res.RatioPooledToFloor = res.RatioPooledByWriters[topKey]
	if cfg.CompareGroup {
		res.Floor.GroupedAppendsPerS = res.Floor.GroupedByWriters[top].AppendsPerS
		res.RatioToGroupedFloor = res.RatioToGroupedByWriters[topKey]
	}
	return res, nil
}

func streamName(w, gen, run int) string {
	b := make([]byte, 0, 48)
	b = append(b, "transfer/bench-"...)
	b = strconv.AppendInt(b, int64(run), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(w), 10)
	b = append(b, '-')
	b = strconv.AppendInt(b, int64(gen), 10)
	return string(b)
}

// plan says how many appends each writer does (-1: until the deadline).
func (c *Config) plan(writers int) (perWriter int, deadline time.Duration) {
	if c.Appends > 0 {
		return max(1, c.Appends/writers), 0
	}
	return -1, c.Duration
}

type writerFn func(ctx context.Context, w, i int) error

// slice is one measured run of one side at one concurrency level.
type slice struct {
	lat     []time.Duration
	elapsed time.Duration
	cpu     time.Duration
	syncs   int64
}

// drive runs fn on `writers` goroutines for the planned number of appends
// or time and collects per-append latencies.
func drive(ctx context.Context, cfg Config, side string, writers int, fn writerFn) (sl slice, err error) {
	// Label the writers (and the engine goroutines they start) so a CPU
	// profile of the run (--cpuprofile) splits by side.
	pprof.Do(ctx, pprof.Labels("side", side, "writers", strconv.Itoa(writers)), func(ctx context.Context) {
		sl, err = driveLabeled(ctx, cfg, writers, fn)
	})
	return sl, err
}

func driveLabeled(ctx context.Context, cfg Config, writers int, fn writerFn) (slice, error) {
	perWriter, dur := cfg.plan(writers)
	if dur > 0 {
		dur /= time.Duration(cfg.Rounds)
	}
	if perWriter > 0 {
		perWriter = max(1, perWriter/cfg.Rounds)
	}
	lat := make([][]time.Duration, writers)
	var stop atomic.Bool
	var firstErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	cpu0 := proccpu.Used()
	start := time.Now()
	if dur > 0 {
		t := time.AfterFunc(dur, func() { stop.Store(true) })
		defer t.Stop()
	}
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; (perWriter < 0 || i < perWriter) && !stop.Load(); i++ {
				t0 := time.Now()
				if err := fn(ctx, w, i); err != nil {
					errOnce.Do(func() { firstErr = err })
					stop.Store(true)
					return
				}
				lat[w] = append(lat[w], time.Since(t0))
			}
		}()
	}
	wg.Wait()
	sl := slice{elapsed: time.Since(start), cpu: proccpu.Used() - cpu0, lat: slices.Concat(lat...)}
	return sl, firstErr
}

// rate is the slice's appends per second.
func (s slice) rate() float64 {
	if s.elapsed <= 0 {
		return 0
	}
	return float64(len(s.lat)) / s.elapsed.Seconds()
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return round3((s[n/2-1] + s[n/2]) / 2)
}

func summarize(writers int, ss []slice) WriterResult {
	var all []time.Duration
	var elapsed, cpu time.Duration
	var syncs int64
	for _, s := range ss {
		all = append(all, s.lat...)
		elapsed += s.elapsed
		cpu += s.cpu
		syncs += s.syncs
	}
	slices.Sort(all)
	r := WriterResult{
		Writers:     writers,
		Appends:     len(all),
		Seconds:     round3(elapsed.Seconds()),
		AppendsPerS: round1(float64(len(all)) / elapsed.Seconds()),
		P50ms:       pct(all, 0.50),
		P99ms:       pct(all, 0.99),
		P999ms:      pct(all, 0.999),
		WALSyncs:    syncs,
	}
	if syncs > 0 {
		r.AppendsPerSync = round1(float64(len(all)) / float64(syncs))
	}
	if len(all) > 0 {
		r.CPUusPerAppend = round3(float64(cpu.Microseconds()) / float64(len(all)))
	}
	return r
}

func runStrait(ctx context.Context, cfg Config, dir string, writers int, group bool) (slice, error) {
	defer os.RemoveAll(dir)
	side := "strait"
	if group {
		side = "strait-grouped"
	}
	timer := &walTimer{FS: vfs.Default}
	var j *persistence.PebbleJournal
	var err error
	// Opened under the side's profile label, so the journal's own goroutines
	// (the group committer) are attributed to it in a CPU profile.
	pprof.Do(ctx, pprof.Labels("side", side, "writers", strconv.Itoa(writers)), func(context.Context) {
		j, err = persistence.Open(dir, persistence.Options{
			FS:                 timer,
			Clock:              cfg.Clock,
			WALMinSyncInterval: cfg.WALMinSyncInterval,
			GroupCommit:        group,
		})
	})
	if err != nil {
		return slice{}, err
	}
	defer j.Close()
	appendFn := StraitAppender(j, cfg.PayloadBytes)
	timer.take()
	r, err := drive(ctx, cfg, side, writers, func(ctx context.Context, w, i int) error {
		gen, k := i/cfg.EventsPerStream, i%cfg.EventsPerStream
		return appendFn(ctx, streamName(w, gen, writers), k)
	})
	r.syncs = int64(len(timer.take()))
	return r, err
}

// AppendFn appends the k-th record (k = 0, 1, ...) of stream, synced.
type AppendFn func(ctx context.Context, stream string, k int) error

// StraitAppender appends one event with a random payload of payloadBytes
// through the journal: what every Strait phase of the benchmark does per
// append.
func StraitAppender(j *persistence.PebbleJournal, payloadBytes int) AppendFn {
	payload := make([]byte, payloadBytes)
	_, _ = rand.Read(payload)
	return func(ctx context.Context, stream string, k int) error {
		_, err := j.Append(ctx, persistence.AppendRequest{
			Stream:      stream,
			ExpectedSeq: uint64(k),
			Events:      []persistence.Event{{Type: "HopDelivered", Payload: payload}},
		})
		return err
	}
}

// RawAppender commits, per append, the key the journal would write and a
// random value of the size of the record the journal would store there (an
// event of type "HopDelivered" with a payload of payloadBytes: the size
// depends on the stream name, which the record holds), as one synced Pebble
// batch with no Strait logic: what every raw-floor phase does per append.
func RawAppender(db *pebble.DB, payloadBytes int) AppendFn {
	values := newRawValues(payloadBytes)
	return func(ctx context.Context, stream string, k int) error {
		b := db.NewBatch()
		defer b.Close()
		_ = b.Set(persistence.RecordKey(stream, uint64(k+1)), values.of(stream), nil)
		return b.Commit(pebble.Sync)
	}
}

// rawValues hands out random values of the size of the benchmark's record
// in a given stream.
type rawValues struct {
	base, payloadBytes int
	buf                []byte
}

func newRawValues(payloadBytes int) rawValues {
	base := recordBytes("", payloadBytes)
	v := rawValues{base: base, payloadBytes: payloadBytes, buf: make([]byte, base+persistence.MaxStreamLen+8)}
	_, _ = rand.Read(v.buf)
	return v
}

func (v rawValues) of(stream string) []byte {
	n := v.base + len(stream)
	if len(stream) >= 0x80 { // the stream's length takes a second uvarint byte
		n = recordBytes(stream, v.payloadBytes)
	}
	return v.buf[:n]
}

// recordBytes is the stored size of the benchmark's record in stream.
func recordBytes(stream string, payloadBytes int) int {
	r := persistence.Record{Stream: stream, Seq: 1, Type: "HopDelivered", Payload: make([]byte, payloadBytes)}
	return len(persistence.SealRecord(&r))
}

// FloorOptions are the journal's engine options (as persistence.Open sets
// them), for the raw floor.
func FloorOptions(fs vfs.FS, walMinSyncInterval time.Duration) *pebble.Options {
	return floorOptions(Config{WALMinSyncInterval: walMinSyncInterval}, fs)
}

// floorOptions are the journal's engine options, for the raw floor.
func floorOptions(cfg Config, fs vfs.FS) *pebble.Options {
	po := &pebble.Options{
		FS:                 fs,
		Logger:             quietLogger{},
		MemTableSize:       64 << 20,
		FormatMajorVersion: pebble.FormatNewest,
	}
	for i := range po.Levels {
		po.Levels[i].FilterPolicy = bloom.FilterPolicy(10) // as the journal
	}
	if d := cfg.WALMinSyncInterval; d > 0 {
		po.WALMinSyncInterval = func() time.Duration { return d }
	}
	return po
}

// quietLogger drops the engine's informational logs (the journal sends
// them to its discarded debug log) and keeps Pebble's fatal semantics.
type quietLogger struct{}

func (quietLogger) Infof(string, ...any)  {}
func (quietLogger) Errorf(string, ...any) {}
func (quietLogger) Fatalf(format string, args ...any) {
	panic(fmt.Sprintf(format, args...))
}

// runFloor commits, per append, a key of the journal's layout and a value of
// a journal record's size, synced, with no Strait logic (no validation,
// hashing, head check or lock): either one Pebble batch per append (the
// floor) or, grouped, through the journal's group committer.
func runFloor(ctx context.Context, cfg Config, dir string, writers int, grouped bool) (slice, error) {
	defer os.RemoveAll(dir)
	side := "pebble"
	if grouped {
		side = "pebble-grouped"
	}
	timer := &walTimer{FS: vfs.Default}
	po := floorOptions(cfg, timer)
	var db *pebble.DB
	var gc *groupcommit.Committer
	var err error
	pprof.Do(ctx, pprof.Labels("side", side, "writers", strconv.Itoa(writers)), func(context.Context) {
		db, err = pebble.Open(dir, po)
		if err == nil && grouped {
			gc = groupcommit.New(db, groupcommit.Options{})
		}
	})
	if err != nil {
		return slice{}, err
	}
	defer db.Close()
	if gc != nil {
		defer gc.Close()
	}
	values := newRawValues(cfg.PayloadBytes)
	raw := RawAppender(db, cfg.PayloadBytes)
	timer.take()
	r, err := drive(ctx, cfg, side, writers, func(ctx context.Context, w, i int) error {
		gen, k := i/cfg.EventsPerStream, i%cfg.EventsPerStream
		stream := streamName(w, gen, writers)
		if gc != nil {
			key, value := persistence.RecordKey(stream, uint64(k+1)), values.of(stream)
			return gc.Commit(len(key)+len(value), func(b *pebble.Batch) error { return b.Set(key, value, nil) })
		}
		return raw(ctx, stream, k)
	})
	r.syncs = int64(len(timer.take()))
	return r, err
}

// fsyncRate appends n-byte writes to one file, each followed by fdatasync,
// for d: the rate one synchronous writer gets from this disk, and the
// latency of each write+fdatasync.
func fsyncRate(dir string, d time.Duration, n int) (float64, []time.Duration, error) {
	name := filepath.Join(dir, "fsync-probe")
	f, err := vfs.Default.Create(name, vfs.WriteCategoryUnspecified)
	if err != nil {
		return 0, nil, fmt.Errorf("fsync probe: %w", err)
	}
	defer os.Remove(name)
	defer f.Close()
	buf := make([]byte, n)
	start := time.Now()
	var lat []time.Duration
	for time.Since(start) < d {
		t0 := time.Now()
		if _, err := f.Write(buf); err != nil {
			return 0, nil, fmt.Errorf("fsync probe: %w", err)
		}
		if err := f.SyncData(); err != nil {
			return 0, nil, fmt.Errorf("fsync probe: %w", err)
		}
		lat = append(lat, time.Since(t0))
	}
	return float64(len(lat)) / time.Since(start).Seconds(), lat, nil
}

type pacedMode int

const (
	pacedStrait  pacedMode = iota
	pacedGrouped           // the journal with GroupCommit
	pacedRaw               // raw synced Pebble commits of the same bytes
)

// runPaced offers cfg.PacedRate appends/s from an open-loop generator:
// append s is due at start+s/rate and is started then on its own goroutine,
// whatever the appends before it are doing. The load is spread over
// PacedWriters streams (append s goes to stream s mod PacedWriters, each
// stream a transfer of EventsPerStream events, then the next); an append
// waits for the previous append of its stream, since its expected sequence
// depends on it. Latency runs from the due time, so every delay (a slow
// fsync, a late generator, a busy stream) is charged.
func runPaced(ctx context.Context, cfg Config, dir string, mode pacedMode) (Paced, error) {
	defer os.RemoveAll(dir)
	timer := &walTimer{FS: vfs.Default}
	var appendFn AppendFn
	if mode == pacedRaw {
		db, err := pebble.Open(dir, floorOptions(cfg, timer))
		if err != nil {
			return Paced{}, err
		}
		defer db.Close()
		appendFn = RawAppender(db, cfg.PayloadBytes)
	} else {
		j, err := persistence.Open(dir, persistence.Options{FS: timer, Clock: cfg.Clock,
			WALMinSyncInterval: cfg.WALMinSyncInterval, GroupCommit: mode == pacedGrouped})
		if err != nil {
			return Paced{}, err
		}
		defer j.Close()
		appendFn = StraitAppender(j, cfg.PayloadBytes)
	}
	rate := float64(cfg.PacedRate)
	total := int(rate * cfg.Duration.Seconds())
	if cfg.Appends > 0 {
		total = cfg.Appends
	}
	lanes := cfg.PacedWriters
	lat := make([]time.Duration, total)
	prev := make([]chan struct{}, lanes)
	issued := make([]int, lanes)
	var (
		firstErr    error
		errOnce     sync.Once
		failed      atomic.Bool
		wg          sync.WaitGroup
		inFlight    atomic.Int64
		maxInFlight atomic.Int64
	)
	timer.take()
	cpu0 := proccpu.Used()
	start := time.Now().Add(10 * time.Millisecond)
	n := 0
	for ; n < total && !failed.Load() && ctx.Err() == nil; n++ {
		due := start.Add(time.Duration(float64(n) / rate * float64(time.Second)))
		if d := time.Until(due); d > 0 {
			time.Sleep(d)
		}
		lane := n % lanes
		k := issued[lane]
		issued[lane]++
		before, done := prev[lane], make(chan struct{})
		prev[lane] = done
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			defer close(done)
			for f, m := inFlight.Add(1), maxInFlight.Load(); f > m && !maxInFlight.CompareAndSwap(m, f); m = maxInFlight.Load() {
			}
			defer inFlight.Add(-1)
			if before != nil {
				<-before
			}
			if failed.Load() {
				return
			}
			err := appendFn(ctx, streamName(lane, k/cfg.EventsPerStream, 0), k%cfg.EventsPerStream)
			if err != nil {
				errOnce.Do(func() { firstErr = err })
				failed.Store(true)
				return
			}
			lat[n] = time.Since(due)
		}(n)
	}
	wg.Wait()
	elapsed := time.Since(start)
	cpu := proccpu.Used() - cpu0
	if firstErr != nil {
		return Paced{}, firstErr
	}
	if err := ctx.Err(); err != nil {
		return Paced{}, err
	}
	all := lat[:n]
	slices.Sort(all)
	syncs := timer.take()
	p := Paced{
		TargetAppendsPerS: rate,
		AppendsPerS:       round1(float64(len(all)) / elapsed.Seconds()),
		Writers:           lanes,
		Appends:           len(all),
		P50ms:             pct(all, 0.50),
		P99ms:             pct(all, 0.99),
		P999ms:            pct(all, 0.999),
		MaxInFlight:       int(maxInFlight.Load()),
		WALFsync:          latencyOf(syncs),
	}
	if len(all) > 0 {
		p.MaxMs = round3(float64(all[len(all)-1]) / float64(time.Millisecond))
		p.CPUusPerAppend = round3(float64(cpu.Microseconds()) / float64(len(all)))
	}
	if len(syncs) > 0 {
		p.AppendsPerSync = round1(float64(len(all)) / float64(len(syncs)))
	}
	var slow time.Duration
	for _, d := range syncs {
		if d > 5*time.Millisecond {
			slow += d
		}
	}
	p.WALSlowFsyncShare = round3(float64(slow) / float64(elapsed))
	return p, nil
}

func pct(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(p * float64(len(sorted)-1))
	return round3(float64(sorted[i]) / float64(time.Millisecond))
}

func round1(x float64) float64 { return float64(int64(x*10+0.5)) / 10 }
func round3(x float64) float64 { return float64(int64(x*1000+0.5)) / 1000 }
