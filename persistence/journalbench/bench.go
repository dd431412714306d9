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
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
	"github.com/straitnet/strait/persistence"
)

// Config drives one benchmark run.
type Config struct {
	// Dir is where the databases are created (one per phase, removed after).
	Dir string
	// Writers lists the concurrency levels (default 1, 16, 256).
	Writers []int
	// Duration of each phase, used when Appends is 0 (default 5s).
	Duration time.Duration
	// Appends per phase (split across the writers); 0 means use Duration.
	Appends int
	// Rounds splits each phase into this many alternating slices of Strait
	// and raw Pebble (default 3), so that a disk or a neighbour that changes
	// speed during the run affects both sides alike.
	Rounds int
	// PayloadBytes is the payload of each record (default 200).
	PayloadBytes int
	// EventsPerStream: each writer moves to a new stream after this many
	// appends, like a transfer that ends (default 10).
	EventsPerStream int
	// PacedRate is the offered load of the paced latency phase in appends/s
	// (default 10000; negative skips the phase).
	PacedRate int
	// PacedWriters is the number of workers serving the paced load (64).
	PacedWriters int
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
		c.Duration = 5 * time.Second
	}
	if c.PayloadBytes == 0 {
		c.PayloadBytes = 200
	}
	if c.Rounds == 0 {
		c.Rounds = 3
	}
	if c.EventsPerStream == 0 {
		c.EventsPerStream = 10
	}
	if c.PacedRate == 0 {
		c.PacedRate = 10000
	}
	if c.PacedWriters == 0 {
		c.PacedWriters = 64
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

// Floor is what the machine allows without Strait.
type Floor struct {
	PebbleAppendsPerS float64        `json:"pebble_appends_per_s"` // raw synced commits at the highest writer count
	FsyncsPerS        float64        `json:"fsyncs_per_s"`         // single-stream write+fdatasync loop
	PebbleWriters     int            `json:"pebble_writers"`
	PebbleByWriters   []WriterResult `json:"pebble_by_writers"`
}

// Paced is the latency under a fixed offered load, measured from each
// append's scheduled start (so queueing behind a slow append counts).
type Paced struct {
	TargetAppendsPerS float64 `json:"target_appends_per_s"`
	AppendsPerS       float64 `json:"appends_per_s"`
	Writers           int     `json:"writers"`
	Appends           int     `json:"appends"`
	P50ms             float64 `json:"p50_ms"`
	P99ms             float64 `json:"p99_ms"`
	P999ms            float64 `json:"p999_ms"`
}

// Result is the whole run; `writers`, `floor` and `ratio_to_floor` are the
// public contract.
type Result struct {
	Writers      []WriterResult `json:"writers"`
	Floor        Floor          `json:"floor"`
	RatioToFloor float64        `json:"ratio_to_floor"`
	// RatioByWriters is Strait / raw Pebble at each concurrency level.
	RatioByWriters       map[string]float64 `json:"ratio_by_writers"`
	Paced                *Paced             `json:"paced,omitempty"`
	RecordBytes          int                `json:"record_bytes"`
	PayloadBytes         int                `json:"payload_bytes"`
	WALMinSyncIntervalUs int64              `json:"wal_min_sync_interval_us"`
	Cores                int                `json:"cores"`
	GoVersion            string             `json:"go_version"`
	Dir                  string             `json:"dir"`
}

// syncCounter counts WAL syncs through Pebble's filesystem interposer; it
// never injects an error.
type syncCounter struct{ n atomic.Int64 }

func (s *syncCounter) MaybeError(op errorfs.Op) error {
	switch op.Kind {
	case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
		if strings.HasSuffix(op.Path, ".log") {
			s.n.Add(1)
		}
	}
	return nil
}

func (s *syncCounter) String() string { return "wal-sync-counter" }

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
		RatioByWriters:       map[string]float64{},
	}
	probe := persistence.Record{Stream: streamName(0, 0, 0), Seq: 1, Time: cfg.Clock(), Type: "HopDelivered", Payload: make([]byte, cfg.PayloadBytes)}
	res.RecordBytes = len(persistence.SealRecord(&probe))

	phase := 0
	nextDir := func() string {
		phase++
		return filepath.Join(cfg.Dir, fmt.Sprintf("phase%03d", phase))
	}
	cfg.Logger.Info("fsync probe")
	fs, err := fsyncRate(cfg.Dir, cfg.FsyncProbe, res.RecordBytes)
	if err != nil {
		return res, err
	}
	res.Floor.FsyncsPerS = round1(fs)
	// The latency phase runs first, before the throughput phases have
	// written and deleted gigabytes: on a filesystem mounted with discard,
	// deletes can stall fsyncs for a while afterwards.
	if cfg.PacedRate > 0 {
		cfg.Logger.Info("paced latency", "rate", cfg.PacedRate)
		p, err := runPaced(ctx, cfg, nextDir())
		if err != nil {
			return res, err
		}
		res.Paced = &p
	}
	top := 0
	for i, w := range cfg.Writers {
		if w > cfg.Writers[top] {
			top = i
		}
		var strait, floor []slice
		for round := 0; round < cfg.Rounds; round++ {
			cfg.Logger.Info("strait appends", "writers", w, "round", round)
			s, err := runStrait(ctx, cfg, nextDir(), w)
			if err != nil {
				return res, err
			}
			strait = append(strait, s)
			cfg.Logger.Info("raw pebble floor", "writers", w, "round", round)
			f, err := runFloor(ctx, cfg, nextDir(), w, res.RecordBytes)
			if err != nil {
				return res, err
			}
			floor = append(floor, f)
		}
		sr, fr := summarize(w, strait), summarize(w, floor)
		res.Writers = append(res.Writers, sr)
		res.Floor.PebbleByWriters = append(res.Floor.PebbleByWriters, fr)
		if fr.AppendsPerS > 0 {
			res.RatioByWriters[fmt.Sprint(w)] = round3(sr.AppendsPerS / fr.AppendsPerS)
		}
	}
	res.Floor.PebbleWriters = res.Floor.PebbleByWriters[top].Writers
	res.Floor.PebbleAppendsPerS = res.Floor.PebbleByWriters[top].AppendsPerS
	res.RatioToFloor = res.RatioByWriters[fmt.Sprint(cfg.Writers[top])]
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
func drive(ctx context.Context, cfg Config, writers int, fn writerFn) (slice, error) {
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
	cpu0 := processCPU()
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
	sl := slice{elapsed: time.Since(start), cpu: processCPU() - cpu0, lat: slices.Concat(lat...)}
	return sl, firstErr
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

func runStrait(ctx context.Context, cfg Config, dir string, writers int) (slice, error) {
	defer os.RemoveAll(dir)
	counter := &syncCounter{}
	j, err := persistence.Open(dir, persistence.Options{
		FS:                 errorfs.Wrap(vfs.Default, counter),
		Clock:              cfg.Clock,
		WALMinSyncInterval: cfg.WALMinSyncInterval,
	})
	if err != nil {
		return slice{}, err
	}
	defer j.Close()
	payload := make([]byte, cfg.PayloadBytes)
	_, _ = rand.Read(payload)
	base := counter.n.Load()
	r, err := drive(ctx, cfg, writers, func(ctx context.Context, w, i int) error {
		gen, k := i/cfg.EventsPerStream, i%cfg.EventsPerStream
		_, err := j.Append(ctx, persistence.AppendRequest{
			Stream:      streamName(w, gen, writers),
			ExpectedSeq: uint64(k),
			Events:      []persistence.Event{{Type: "HopDelivered", Payload: payload}},
		})
		return err
	})
	r.syncs = counter.n.Load() - base
	return r, err
}

// runFloor commits, per append, one synced Pebble batch holding a key of the
// journal's layout and a value of a journal record's size: the same bytes
// with no Strait logic (no validation, hashing, head check or lock).
func runFloor(ctx context.Context, cfg Config, dir string, writers, valueBytes int) (slice, error) {
	defer os.RemoveAll(dir)
	counter := &syncCounter{}
	po := &pebble.Options{
		FS:                 errorfs.Wrap(vfs.Default, counter),
		MemTableSize:       64 << 20,
		FormatMajorVersion: pebble.FormatNewest,
	}
	for i := range po.Levels {
		po.Levels[i].FilterPolicy = bloom.FilterPolicy(10) // as the journal
	}
	if d := cfg.WALMinSyncInterval; d > 0 {
		po.WALMinSyncInterval = func() time.Duration { return d }
	}
	db, err := pebble.Open(dir, po)
	if err != nil {
		return slice{}, err
	}
	defer db.Close()
	value := make([]byte, valueBytes)
	_, _ = rand.Read(value)
	base := counter.n.Load()
	r, err := drive(ctx, cfg, writers, func(ctx context.Context, w, i int) error {
		gen, k := i/cfg.EventsPerStream, i%cfg.EventsPerStream
		b := db.NewBatch()
		defer b.Close()
		_ = b.Set(persistence.RecordKey(streamName(w, gen, writers), uint64(k+1)), value, nil)
		return b.Commit(pebble.Sync)
	})
	r.syncs = counter.n.Load() - base
	return r, err
}

// fsyncRate appends n-byte writes to one file, each followed by fdatasync,
// for d: the rate one synchronous writer gets from this disk.
func fsyncRate(dir string, d time.Duration, n int) (float64, error) {
	name := filepath.Join(dir, "fsync-probe")
	f, err := vfs.Default.Create(name, vfs.WriteCategoryUnspecified)
	if err != nil {
		return 0, fmt.Errorf("fsync probe: %w", err)
	}
	defer os.Remove(name)
	defer f.Close()
	buf := make([]byte, n)
	start := time.Now()
	count := 0
	for time.Since(start) < d {
		if _, err := f.Write(buf); err != nil {
			return 0, fmt.Errorf("fsync probe: %w", err)
		}
		if err := f.SyncData(); err != nil {
			return 0, fmt.Errorf("fsync probe: %w", err)
		}
		count++
	}
	return float64(count) / time.Since(start).Seconds(), nil
}

// runPaced offers cfg.PacedRate appends/s: slot s is due at start+s/rate and
// is served by worker s mod PacedWriters. Latency runs from the slot's due
// time, so a worker that falls behind is charged for it (no coordinated
// omission).
func runPaced(ctx context.Context, cfg Config, dir string) (Paced, error) {
	defer os.RemoveAll(dir)
	j, err := persistence.Open(dir, persistence.Options{Clock: cfg.Clock, WALMinSyncInterval: cfg.WALMinSyncInterval})
	if err != nil {
		return Paced{}, err
	}
	defer j.Close()
	payload := make([]byte, cfg.PayloadBytes)
	_, _ = rand.Read(payload)
	rate := float64(cfg.PacedRate)
	total := int(rate * cfg.Duration.Seconds())
	if cfg.Appends > 0 {
		total = cfg.Appends
	}
	workers := cfg.PacedWriters
	lat := make([][]time.Duration, workers)
	var firstErr error
	var errOnce sync.Once
	var wg sync.WaitGroup
	start := time.Now().Add(10 * time.Millisecond)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			i := 0
			for s := w; s < total; s += workers {
				due := start.Add(time.Duration(float64(s) / rate * float64(time.Second)))
				if d := time.Until(due); d > 0 {
					time.Sleep(d)
				}
				gen, k := i/cfg.EventsPerStream, i%cfg.EventsPerStream
				i++
				_, err := j.Append(ctx, persistence.AppendRequest{
					Stream:      streamName(w, gen, 0),
					ExpectedSeq: uint64(k),
					Events:      []persistence.Event{{Type: "HopDelivered", Payload: payload}},
				})
				if err != nil {
					errOnce.Do(func() { firstErr = err })
					return
				}
				lat[w] = append(lat[w], time.Since(due))
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if firstErr != nil {
		return Paced{}, firstErr
	}
	all := slices.Concat(lat...)
	slices.Sort(all)
	return Paced{
		TargetAppendsPerS: rate,
		AppendsPerS:       round1(float64(len(all)) / elapsed.Seconds()),
		Writers:           workers,
		Appends:           len(all),
		P50ms:             pct(all, 0.50),
		P99ms:             pct(all, 0.99),
		P999ms:            pct(all, 0.999),
	}, nil
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
