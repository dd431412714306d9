package groupcommit

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
)

// walFault counts WAL syncs and, while on, fails them; a sync takes delay
// (an in-memory sync is instant, and with instant syncs a loaded machine may
// never have two writers waiting at once).
type walFault struct {
	on    atomic.Bool
	syncs atomic.Int64
	delay time.Duration
}

func (f *walFault) MaybeError(op errorfs.Op) error {
	if !strings.HasSuffix(op.Path, ".log") {
		return nil
	}
	switch op.Kind {
	case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
		f.syncs.Add(1)
		if f.delay > 0 {
			time.Sleep(f.delay)
		}
		if f.on.Load() {
			return errorfs.ErrInjected
		}
	}
	return nil
}

func (f *walFault) String() string { return "wal-fault" }

// panicLogger turns Pebble's fatal log into a panic, as the journal's does.
type panicLogger struct{}

func (panicLogger) Infof(string, ...any)           {}
func (panicLogger) Errorf(string, ...any)          {}
func (panicLogger) Fatalf(format string, a ...any) { panic(fmt.Errorf(format, a...)) }

func open(t *testing.T, fs vfs.FS) *pebble.DB {
	t.Helper()
	db, err := pebble.Open("db", &pebble.Options{FS: fs, Logger: panicLogger{}})
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func put(key, value string) func(*pebble.Batch) error {
	return func(b *pebble.Batch) error { return b.Set([]byte(key), []byte(value), nil) }
}

// TestConcurrentWritesShareGroups: every write of many concurrent writers
// lands, atomically with its siblings, and they share groups and syncs.
func TestConcurrentWritesShareGroups(t *testing.T) {
	fault := &walFault{delay: 2 * time.Millisecond}
	mem := vfs.NewCrashableMem()
	db := open(t, errorfs.Wrap(mem, fault))
	c := New(db, Options{})
	const writers, each = 32, 50
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				k := fmt.Sprintf("w%02d/%03d", w, i)
				err := c.Commit(32, func(b *pebble.Batch) error {
					if err := b.Set([]byte(k+"/a"), []byte("a"), nil); err != nil {
						return err
					}
					return b.Set([]byte(k+"/b"), []byte("b"), nil)
				})
				if err != nil {
					t.Errorf("commit %s: %v", k, err)
					return
				}
			}
		}()
	}
	wg.Wait()
	groups, writes := c.Stats()
	c.Close()
	if writes != writers*each {
		t.Fatalf("stats: %d writes, want %d", writes, writers*each)
	}
	if groups >= writes {
		t.Errorf("%d groups for %d writes: no write shared a group", groups, writes)
	}
	if s := fault.syncs.Load(); s > groups+5 {
		t.Errorf("%d WAL syncs for %d groups", s, groups)
	}
	t.Logf("%d writes in %d groups, %d WAL syncs", writes, groups, fault.syncs.Load())
	// Everything acknowledged was synced: a crash that keeps only synced
	// data keeps every write.
	crashed := mem.CrashClone(vfs.CrashCloneCfg{})
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	db2 := open(t, crashed)
	defer db2.Close()
	it, err := db2.NewIter(nil)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for ok := it.First(); ok; ok = it.Next() {
		n++
	}
	_ = it.Close()
	if n != 2*writers*each {
		t.Fatalf("%d keys after crash, want %d", n, 2*writers*each)
	}
}

// TestFailedSyncFailsEveryWriteOfItsGroup: once the WAL sync fails, every
// write waiting on it reports the error, none is acknowledged, every later
// write fails too, and after a crash only the writes acknowledged earlier
// are there.
func TestFailedSyncFailsEveryWriteOfItsGroup(t *testing.T) {
	fault := &walFault{}
	mem := vfs.NewCrashableMem()
	db := open(t, errorfs.Wrap(mem, fault))
	c := New(db, Options{})
	if err := c.Commit(8, put("before", "x")); err != nil {
		t.Fatal(err)
	}
	fault.on.Store(true)
	const writers = 24
	errs := make([]error, writers)
	var wg sync.WaitGroup
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[w] = c.Commit(8, put(fmt.Sprintf("during/%02d", w), "x"))
		}()
	}
	wg.Wait()
	for w, err := range errs {
		if !errors.Is(err, errorfs.ErrInjected) {
			t.Fatalf("writer %d during the failing sync: %v, want the injected error", w, err)
		}
	}
	fault.on.Store(false)
	if err := c.Commit(8, put("after", "x")); !errors.Is(err, errorfs.ErrInjected) {
		t.Fatalf("commit after a failed sync: %v, want the first failure again", err)
	}
	c.Close()
	crashed := mem.CrashClone(vfs.CrashCloneCfg{})
	func() {
		defer func() { _ = recover() }() // the engine may be wedged after a failed sync
		_ = db.Close()
	}()
	db2 := open(t, crashed)
	defer db2.Close()
	if _, closer, err := db2.Get([]byte("before")); err != nil {
		t.Fatalf("acknowledged write lost: %v", err)
	} else {
		_ = closer.Close()
	}
	for _, k := range []string{"during/00", "after"} {
		if _, closer, err := db2.Get([]byte(k)); err == nil {
			_ = closer.Close()
			t.Fatalf("%s survived a crash although it was never synced", k)
		}
	}
}

// TestFillErrorFailsItsGroup: a write whose operations cannot be added
// fails its group (a batch cannot drop what was already added) and nothing
// of that group is applied.
func TestFillErrorFailsItsGroup(t *testing.T) {
	db := open(t, vfs.NewMem())
	defer db.Close()
	c := New(db, Options{})
	defer c.Close()
	boom := errors.New("boom")
	err := c.Commit(8, func(b *pebble.Batch) error {
		_ = b.Set([]byte("half"), []byte("x"), nil)
		return boom
	})
	if !errors.Is(err, boom) {
		t.Fatalf("commit: %v, want boom", err)
	}
	if _, _, err := db.Get([]byte("half")); !errors.Is(err, pebble.ErrNotFound) {
		t.Fatalf("half-built group was applied: %v", err)
	}
	if err := c.Commit(8, put("next", "x")); !errors.Is(err, boom) {
		t.Fatalf("commit after a failed group: %v, want it to stay failed", err)
	}
}

// TestMaxGroupBytes: a group is closed to newcomers once full, and a write
// larger than the limit still goes through (alone).
func TestMaxGroupBytes(t *testing.T) {
	db := open(t, vfs.NewMem())
	defer db.Close()
	c := New(db, Options{MaxGroupBytes: 1 << 10})
	defer c.Close()
	big := strings.Repeat("v", 4<<10)
	var wg sync.WaitGroup
	for w := 0; w < 16; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := c.Commit(len(big)+16, put(fmt.Sprintf("k%02d", w), big)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if groups, writes := c.Stats(); groups != writes {
		t.Fatalf("%d writes of 4 KiB in %d groups of at most 1 KiB", writes, groups)
	}
}

func TestCommitAfterClose(t *testing.T) {
	db := open(t, vfs.NewMem())
	defer db.Close()
	c := New(db, Options{})
	c.Close()
	c.Close() // idempotent
	if err := c.Commit(8, put("k", "v")); !errors.Is(err, ErrClosed) {
		t.Fatalf("commit after close: %v", err)
	}
}
