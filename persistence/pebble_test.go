package persistence_test

import (
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/persistence/journaltest"
)

// TestPebbleConformanceMem runs the suite on an in-memory filesystem (fast).
func TestPebbleConformanceMem(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		j, err := persistence.Open("journal", persistence.Options{FS: vfs.NewMem(), Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}

// TestPebbleConformanceDisk runs the suite on the real filesystem, where
// every append pays a real fsync.
func TestPebbleConformanceDisk(t *testing.T) {
	journaltest.Run(t, func(t *testing.T, clock func() time.Time) persistence.Journal {
		j, err := persistence.Open(t.TempDir(), persistence.Options{Clock: clock})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = j.Close() })
		return j
	})
}
