package persistence_test

import (
	"context"
	"fmt"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/persistence"
)

// BenchmarkAppendMem measures the CPU cost of an append (validation, head
// check, hashing, encoding, commit) without the disk: Pebble on an in-memory
// filesystem, 10 appends per stream as a transfer would. The durable figures
// come from `strait bench journal` (see bench/RESULTS.md).
func BenchmarkAppendMem(b *testing.B) {
	j, err := persistence.Open("db", persistence.Options{FS: vfs.NewMem()})
	if err != nil {
		b.Fatal(err)
	}
	defer j.Close()
	payload := make([]byte, 200)
	var writer atomic.Int64
	b.ReportAllocs()
	b.SetParallelism(8)
	b.RunParallel(func(pb *testing.PB) {
		w := writer.Add(1)
		ctx := context.Background()
		for i := 0; pb.Next(); i++ {
			_, err := j.Append(ctx, persistence.AppendRequest{
				Stream:      fmt.Sprintf("transfer/b%d-%d", w, i/10),
				ExpectedSeq: uint64(i % 10),
				Events:      []persistence.Event{{Type: "HopDelivered", Payload: payload}},
			})
			if err != nil {
				b.Fatal(err)
			}
		}
	})
}
