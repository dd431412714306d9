package journalbench

import (
	"context"
	"encoding/json"
	"testing"
	"time"
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

func TestConfigValidate(t *testing.T) {
	for _, c := range []Config{{}, {Dir: "d", Writers: []int{0}}, {Dir: "d", PayloadBytes: -1}, {Dir: "d", Rounds: -1}} {
		c.EnsureDefaults()
		if c.Validate() == nil {
			t.Errorf("config %+v accepted", c)
		}
	}
}
