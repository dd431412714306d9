package journalbench

import (
	"context"
	"encoding/json"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/internal/proccpu"
	"github.com/straitnet/strait/persistence"
)

// TestRunSmall runs every phase with a handful of appends and checks the
// public JSON contract of `strait bench journal --json`.
func TestRunSmall(t *testing.T) {
	res, err := Run(context.Background(), Config{
		Dir:          t.TempDir(),
		Writers:      []int{1, 4},
		Appends:      40,
		Rounds:       2,
		PacedRate:    2000,
		PacedWriters: 8,
		CompareGroup: true,
		FsyncProbe:   20 * time.Millisecond,
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Writers) != 2 || res.Writers[1].Writers != 4 || res.Writers[1].Appends != 40 {
		t.Fatalf("writers: %+v", res.Writers)
	}
	for _, w := range append(res.Writers, res.Floor.PebbleByWriters...) {
		if w.AppendsPerS <= 0 || w.P50ms <= 0 || w.P99ms < w.P50ms || w.WALSyncs <= 0 {
			t.Fatalf("implausible figures: %+v", w)
		}
	}
	if res.Floor.PebbleAppendsPerS <= 0 || res.Floor.FsyncsPerS <= 0 || res.RatioToFloor <= 0 || res.Floor.PebbleWriters != 4 {
		t.Fatalf("floor: %+v ratio %v", res.Floor, res.RatioToFloor)
	}
	if res.Paced == nil || res.Paced.Appends != 40 || res.RecordBytes <= res.PayloadBytes {
		t.Fatalf("paced %+v record bytes %d", res.Paced, res.RecordBytes)
	}
	if p := res.Paced; p.P50ms <= 0 || p.P99ms < p.P50ms || p.MaxInFlight < 1 || p.WALFsync.Count < 1 || p.WALFsync.P50ms <= 0 {
		t.Fatalf("paced figures: %+v", p)
	}
	if p := res.Floor.Paced; p == nil || p.Appends != 40 || p.P50ms <= 0 || p.WALFsync.Count < 1 {
		t.Fatalf("paced floor: %+v", p)
	}
	if l := res.Floor.FsyncLatency; l.Count < 1 || l.P50ms <= 0 || l.MaxMs < l.P99ms {
		t.Fatalf("fsync latency: %+v", l)
	}
	if len(res.Floor.GroupedByWriters) != 2 || res.Floor.GroupedAppendsPerS <= 0 || res.RatioToGroupedFloor <= 0 {
		t.Fatalf("grouped floor: %+v ratio %v", res.Floor.GroupedByWriters, res.RatioToGroupedFloor)
	}
	if len(res.StraitGroupedByWriters) != 2 || res.RatioStraitGroupedByWriters["4"] <= 0 || res.PacedGrouped == nil || res.PacedGrouped.Appends != 40 {
		t.Fatalf("strait grouped: %+v %v paced %+v", res.StraitGroupedByWriters, res.RatioStraitGroupedByWriters, res.PacedGrouped)
	}
	for _, w := range append(res.Floor.GroupedByWriters, res.StraitGroupedByWriters...) {
		if w.Appends != 40 || w.WALSyncs <= 0 {
			t.Fatalf("grouped side: %+v", w)
		}
	}
	for _, w := range []string{"1", "4"} {
		if r := res.RatioRoundsByWriters[w]; len(r) != 2 || res.RatioByWriters[w] != median(r) || res.RatioPooledByWriters[w] <= 0 || res.CPURatioByWriters[w] <= 0 {
			t.Fatalf("ratios at %s writers: rounds %v median %v pooled %v cpu %v", w, r, res.RatioByWriters[w], res.RatioPooledByWriters[w], res.CPURatioByWriters[w])
		}
	}
	if res.RatioToFloor != res.RatioByWriters["4"] || res.RatioPooledToFloor != res.RatioPooledByWriters["4"] || res.RatioMethod == "" {
		t.Fatalf("ratio_to_floor %v, by writers %v, pooled %v, method %q", res.RatioToFloor, res.RatioByWriters, res.RatioPooledToFloor, res.RatioMethod)
	}
	b, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	var generic struct {
		Writers []map[string]any `json:"writers"`
		Floor   map[string]any   `json:"floor"`
		Ratio   *float64         `json:"ratio_to_floor"`
	}
	if err := json.Unmarshal(b, &generic); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"writers", "appends_per_s", "p50_ms", "p99_ms"} {
		if _, ok := generic.Writers[0][k]; !ok {
			t.Fatalf("writers[0] lacks %q: %s", k, b)
		}
	}
	for _, k := range []string{"pebble_appends_per_s", "fsyncs_per_s"} {
		if _, ok := generic.Floor[k]; !ok {
			t.Fatalf("floor lacks %q: %s", k, b)
		}
	}
	if generic.Ratio == nil {
		t.Fatalf("no ratio_to_floor: %s", b)
	}
}

// TestRawValuesMatchRecords: the floor writes values of exactly the size of
// the record Strait stores in the same stream.
func TestRawValuesMatchRecords(t *testing.T) {
	for _, payload := range []int{0, 200, 1000} {
		v := newRawValues(payload)
		for _, stream := range []string{"s", streamName(255, 1234, 256), strings.Repeat("x", 127), strings.Repeat("y", 128), strings.Repeat("z", persistence.MaxStreamLen)} {
			r := persistence.Record{Stream: stream, Seq: 7, Time: time.Now(), Type: "HopDelivered", Payload: make([]byte, payload)}
			if got, want := len(v.of(stream)), len(persistence.SealRecord(&r)); got != want {
				t.Errorf("payload %d, stream of %d bytes: raw value %d bytes, record %d", payload, len(stream), got, want)
			}
		}
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{{[]float64{3}, 3}, {[]float64{0.9, 0.7, 0.8}, 0.8}, {[]float64{1, 0.5}, 0.75}, {[]float64{0.2, 0.9, 0.1, 0.8}, 0.5}} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{{}, {Dir: "d", Writers: []int{0}}, {Dir: "d", PayloadBytes: -1}, {Dir: "d", Rounds: -1}} {
		c.EnsureDefaults()
		if c.Validate() == nil {
			t.Errorf("config %+v accepted", c)
		}
	}
}

// BenchmarkSides runs the per-append work of both sides of `strait bench
// journal` (StraitAppender and RawAppender, the same keys, values and engine
// options, synced commits to a temp dir) with 256 writers
// (b.SetParallelism). Under load the wall clock says little; compare the two
// sub-benchmarks' allocs/op, or their instruction counts per append under
// callgrind (see docs/persistence.md), before and after a change to the
// append path.
func BenchmarkSides(b *testing.B) {
	const writers = 256
	run := func(b *testing.B, fn AppendFn) {
		var next atomic.Int64
		b.ReportAllocs()
		b.SetParallelism(max(1, writers/runtime.GOMAXPROCS(0)))
		b.ResetTimer()
		cpu0 := proccpu.Used()
		defer func() {
			// Process CPU (all threads: writers, the WAL syncer, flushes) per
			// append: less sensitive to neighbours than ns/op.
			b.ReportMetric(float64((proccpu.Used()-cpu0).Nanoseconds())/float64(b.N), "cpu-ns/op")
		}()
		b.RunParallel(func(pb *testing.PB) {
			w := int(next.Add(1))
			ctx := context.Background()
			for i := 0; pb.Next(); i++ {
				if err := fn(ctx, streamName(w, i/10, 0), i%10); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	b.Run("strait", func(b *testing.B) {
		j, err := persistence.Open(b.TempDir(), persistence.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer j.Close()
		run(b, StraitAppender(j, 200))
	})
	b.Run("pebble", func(b *testing.B) {
		db, err := pebble.Open(b.TempDir(), FloorOptions(vfs.Default, 0))
		if err != nil {
			b.Fatal(err)
		}
		defer db.Close()
		run(b, RawAppender(db, 200))
	})
}
