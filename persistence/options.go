package persistence

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
)

// Options configure a PebbleJournal. The zero value is usable after
// EnsureDefaults.
type Options struct {
	// FS is the filesystem; nil means the OS filesystem. Tests pass Pebble's
	// crashable in-memory or error-injecting filesystems.
	FS vfs.FS
	// Clock stamps records and snapshots; nil means time.Now.
	Clock func() time.Time
	// Logger receives the journal's and the engine's logs; nil discards.
	Logger *slog.Logger
	// ReadOnly opens an existing store for reading and verification only.
	ReadOnly bool

	// MaxPayloadBytes bounds one event's payload (default 1 MiB).
	MaxPayloadBytes int
	// MaxAppendBytes bounds the payloads of one append together (default
	// 8 MiB): one append is one WAL record and one memtable batch.
	MaxAppendBytes int
	// MaxEventsPerAppend bounds the events of one append (default 1024).
	MaxEventsPerAppend int
	// MaxIndexOps bounds Index+Unindex entries of one append (default 64).
	MaxIndexOps int
	// MaxCachedStreams bounds the in-memory table of stream heads (last
	// sequence and hash); idle entries beyond it are dropped and re-read from
	// disk on next use (default 1<<20, about 150 MB at worst).
	MaxCachedStreams int

	// StreamFilterCapacity sizes the in-memory filter of existing stream
	// names that spares a new stream's first append a disk read (default
	// 1<<20 streams, 1.25 MiB; grown to twice the streams found at open;
	// negative disables it). Open scans every stream once to fill it.
	StreamFilterCapacity int

	// WALMinSyncInterval delays WAL syncs so more commits share one; 0 (the
	// default) syncs as soon as a commit asks. See docs/persistence.md for
	// the measurement.
	WALMinSyncInterval time.Duration
	// GroupCommit gathers concurrent appends into one synced Pebble batch
	// per group (see persistence/internal/groupcommit) instead of
	// committing each append as its own synced batch, whose fsyncs Pebble's
	// commit pipeline already shares. Off by default: it did not lower the
	// CPU per append and, on a busy machine, lowered throughput (measured in
	// docs/persistence.md and bench/RESULTS.md).
	GroupCommit bool
	// MemTableSize is Pebble's memtable size (default 64 MiB).
	MemTableSize uint64
	// Tune, if set, may adjust the engine options last (benchmarks, tests).
	Tune func(*pebble.Options)
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.FS == nil {
		o.FS = vfs.Default
	}
	if o.Clock == nil {
		o.Clock = time.Now
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.MaxPayloadBytes == 0 {
		o.MaxPayloadBytes = 1 << 20
	}
	if o.MaxAppendBytes == 0 {
		o.MaxAppendBytes = 8 << 20
	}
	if o.MaxEventsPerAppend == 0 {
		o.MaxEventsPerAppend = 1024
	}
	if o.MaxIndexOps == 0 {
		o.MaxIndexOps = 64
	}
	if o.MaxCachedStreams == 0 {
		o.MaxCachedStreams = 1 << 20
	}
	if o.StreamFilterCapacity == 0 {
		o.StreamFilterCapacity = 1 << 20
	}
	if o.MemTableSize == 0 {
		o.MemTableSize = 64 << 20
	}
}

// Validate checks the options after EnsureDefaults.
func (o *Options) Validate() error {
	switch {
	case o.MaxPayloadBytes < 0 || o.MaxPayloadBytes > MaxPayloadLimit:
		return fmt.Errorf("journal options: MaxPayloadBytes %d not in 1..%d", o.MaxPayloadBytes, MaxPayloadLimit)
	case o.MaxAppendBytes < o.MaxPayloadBytes || o.MaxAppendBytes > 256<<20:
		return fmt.Errorf("journal options: MaxAppendBytes %d not in MaxPayloadBytes..256 MiB", o.MaxAppendBytes)
	case o.MaxEventsPerAppend < 1:
		return fmt.Errorf("journal options: MaxEventsPerAppend %d < 1", o.MaxEventsPerAppend)
	case o.MaxIndexOps < 0:
		return fmt.Errorf("journal options: MaxIndexOps %d < 0", o.MaxIndexOps)
	case o.MaxCachedStreams < 1:
		return fmt.Errorf("journal options: MaxCachedStreams %d < 1", o.MaxCachedStreams)
	case o.WALMinSyncInterval < 0 || o.WALMinSyncInterval > time.Second:
		return fmt.Errorf("journal options: WALMinSyncInterval %v not in 0..1s", o.WALMinSyncInterval)
	case o.MemTableSize < 1<<20 || o.MemTableSize > 4<<30:
		return fmt.Errorf("journal options: MemTableSize %d not in 1 MiB..4 GiB", o.MemTableSize)
	}
	return nil
}
