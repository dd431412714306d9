package journal

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
)

// BenchmarkAppend measures durable appends through the replicated journal
// (JetStream publish with the subject's expected sequence, file storage on
// an embedded server, then the synced Pebble write) against the Pebble
// journal alone, with 1, 16 and 256 concurrent writers. Each writer moves to
// a new stream every 10 appends, as transfers do. Reported: appends/s and
// per-append latency percentiles.
//
//	go test -run='^$' -bench=BenchmarkAppend -benchtime=3000x ./cluster/journal/
func BenchmarkAppend(b *testing.B) {
	for _, kind := range []string{"replicated", "pebble"} {
		for _, writers := range []int{1, 16, 256} {
			b.Run(fmt.Sprintf("%s/writers=%d", kind, writers), func(b *testing.B) {
				var j persistence.Journal
				if kind == "replicated" {
					_, nc := testnats.Start(b)
					rj, err := Open(b.TempDir(), nc, Options{})
					if err != nil {
						b.Fatal(err)
					}
					j = rj
				} else {
					pj, err := persistence.Open(b.TempDir(), persistence.Options{})
					if err != nil {
						b.Fatal(err)
					}
					j = pj
				}
				defer j.Close()
				benchAppends(b, j, writers)
			})
		}
	}
}

func benchAppends(b *testing.B, j persistence.Journal, writers int) {
	payload := make([]byte, 200)
	var next atomic.Int64
	lat := make([][]time.Duration, writers)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stream, seq := "", uint64(0)
			for i := 0; ; i++ {
				if next.Add(1) > int64(b.N) {
					return
				}
				if i%10 == 0 {
					stream, seq = fmt.Sprintf("transfer/b%d-%d", w, i), 0
				}
				t0 := time.Now()
				if _, err := j.Append(context.Background(), persistence.AppendRequest{Stream: stream, ExpectedSeq: seq,
					Events: []persistence.Event{{Type: "Step", Payload: payload}}}); err != nil {
					b.Error(err)
					return
				}
				lat[w] = append(lat[w], time.Since(t0))
				seq++
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	all := slices.Concat(lat...)
	slices.Sort(all)
	if len(all) == 0 {
		return
	}
	pct := func(p float64) float64 { return float64(all[int(p*float64(len(all)-1))].Microseconds()) / 1000 }
	b.ReportMetric(float64(len(all))/elapsed.Seconds(), "appends/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
}
