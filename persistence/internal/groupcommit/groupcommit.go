// Package groupcommit gathers concurrent writes into one synced Pebble
// batch: every caller of Commit puts its operations into the open group; the
// group's first writer (its leader) applies the whole group as one batch
// (one WAL record, one commit through Pebble's pipeline), waits for the
// fsync that covers it and then releases every writer of the group.
//
// Why not rely on Pebble's commit pipeline alone, which already lets
// concurrent synced batches share an fsync? Each batch still pays the
// pipeline's per-commit work (semaphores, the commit queue, a WAL record,
// publishing, waking its goroutine through the WAL syncer); with hundreds of
// writers on two cores that per-commit work is a large part of an append's
// CPU. A group pays it once for every write in it.
//
// Semantics:
//   - Commit returns only after the fsync that covers the group holding the
//     caller's operations, and returns that group's error: a failed apply or
//     sync fails every write in the group.
//   - A group is one Pebble batch, so each caller's operations are atomic
//     (after a crash they are wholly present or wholly absent), and so is the
//     group.
//   - After the first failure every later Commit fails with the same error
//     (a failed fsync leaves the WAL in an unknown state); reopen the
//     database.
//   - Groups are applied one at a time, in order; a group fills while the
//     previous one is being applied, and its fsync may overlap the next
//     group's apply (Pebble's WAL writer shares one fsync between all the
//     groups written since the previous one).
//
// The leader does the work on its own goroutine, which is already running:
// a dedicated committer goroutine would add a hand-off to every group, and
// on a busy machine each hand-off can wait for a CPU.
package groupcommit

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2"
)

// Options configure a Committer.
type Options struct {
	// MaxGroupBytes closes the open group to newcomers once it holds this
	// many bytes (default 4 MiB); a write that would overflow it waits for
	// the next group. A write larger than the limit goes alone.
	MaxGroupBytes int
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.MaxGroupBytes <= 0 {
		o.MaxGroupBytes = 4 << 20
	}
}

// ErrClosed is returned by Commit after Close.
var ErrClosed = errors.New("group commit: closed")

// Committer is safe for concurrent use.
type Committer struct {
	db   *pebble.DB
	opts Options

	mu     sync.Mutex
	space  sync.Cond // signalled when the open group is taken
	cur    *group
	closed bool

	// applyMu is held by the leader applying its group: groups are applied
	// one at a time, and the next group fills meanwhile.
	applyMu sync.Mutex
	err     atomic.Pointer[error]

	groups  atomic.Int64
	commits atomic.Int64
}

type group struct {
	b      *pebble.Batch
	n      int   // writes in the group
	poison error // a fill failed: the group must not be applied
	done   chan struct{}
	err    error // set before done is closed
}

// New returns a committer on db. It starts no goroutine; Close it before
// closing db.
func New(db *pebble.DB, opts Options) *Committer {
	opts.EnsureDefaults()
	c := &Committer{db: db, opts: opts}
	c.space.L = &c.mu
	c.cur = c.newGroup()
	return c
}

func (c *Committer) newGroup() *group {
	return &group{b: c.db.NewBatch(), done: make(chan struct{})}
}

// Commit runs fill on the open group's batch (under the group's lock, so
// fill must be short: copy prepared keys and values) and waits until that
// group is synced. size is about how many bytes fill adds. fill must not
// fail for ordinary input: Pebble's Set and Delete only fail on a batch of
// gigabytes; if it does fail, the whole group fails (a Pebble batch cannot
// drop the operations already added), and so does every later Commit.
func (c *Committer) Commit(size int, fill func(b *pebble.Batch) error) error {
	c.mu.Lock()
	for {
		if c.closed {
			c.mu.Unlock()
			return ErrClosed
		}
		if p := c.err.Load(); p != nil {
			c.mu.Unlock()
			return *p
		}
		if c.cur.n == 0 || c.cur.b.Len()+size <= c.opts.MaxGroupBytes {
			break
		}
		c.space.Wait()
	}
	g := c.cur
	if err := fill(g.b); err != nil && g.poison == nil {
		g.poison = fmt.Errorf("group commit: build batch: %w", err)
	}
	g.n++
	leader := g.n == 1
	c.mu.Unlock()
	if !leader {
		<-g.done
		return g.err
	}

	// Leader: wait for the previous group's apply; writers keep joining
	// this group meanwhile. Only this goroutine replaces c.cur while it is
	// g, so g is still the open group here.
	c.applyMu.Lock()
	c.mu.Lock()
	c.cur = c.newGroup()
	c.space.Broadcast()
	c.mu.Unlock()
	c.groups.Add(1)
	c.commits.Add(int64(g.n))
	err := g.poison
	if p := c.err.Load(); p != nil {
		err = *p
	}
	if err == nil {
		err = apply(c.db, g.b)
	}
	if err != nil {
		// Recorded before the next leader may apply: after a failure,
		// nothing more must reach Pebble's commit pipeline.
		c.err.CompareAndSwap(nil, &err)
	}
	c.applyMu.Unlock()
	if err == nil {
		err = g.b.SyncWait()
		if err == nil {
			// Pebble reported this group synced, but an earlier group's
			// sync failed: after a failed fsync a later one may "succeed"
			// without the data (the page cache dropped it), so do not trust
			// it.
			if p := c.err.Load(); p != nil {
				err = *p
			}
		}
	}
	if err != nil {
		c.err.CompareAndSwap(nil, &err)
	}
	g.err = err
	close(g.done)
	if err == nil {
		_ = g.b.Close()
	}
	// A failed batch may still be referenced by the engine; leave it to
	// the GC.
	return err
}

// Stats reports how many groups were applied and how many writes they held.
func (c *Committer) Stats() (groups, writes int64) { return c.groups.Load(), c.commits.Load() }

// Close makes later Commits fail with ErrClosed. The caller must not close
// the database while Commits are in flight.
func (c *Committer) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.closed {
		return
	}
	c.closed = true
	c.space.Broadcast()
	if c.cur.n == 0 {
		_ = c.cur.b.Close()
	}
}

// apply hands the batch to Pebble's commit pipeline without waiting for the
// fsync. Pebble reports a broken commit pipeline through its logger's
// Fatalf, which the caller's logger may turn into a panic (as the journal's
// does) instead of exiting; that panic becomes the group's error here, on
// the committer goroutine.
func apply(db *pebble.DB, b *pebble.Batch) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok {
				err = e
			} else {
				err = fmt.Errorf("storage engine: %v", r)
			}
		}
	}()
	return db.ApplyNoSyncWait(b, pebble.Sync)
}
