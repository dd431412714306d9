package persistence

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/maphash"
	"log/slog"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/bloom"
	"github.com/straitnet/strait/persistence/internal/groupcommit"
)

// PebbleJournal is the Journal on one Pebble database.
//
// Concurrency: appends to one stream are serialized by a per-stream lock that
// is held across the expected-sequence check and the synced commit, so the
// check is atomic with the write. Appends to different streams run in
// parallel and Pebble's commit pipeline lets concurrent synced commits share
// one WAL fsync. The in-memory head of a stream advances only after its
// commit is synced.
type PebbleJournal struct {
	db   *pebble.DB
	opts Options
	log  *slog.Logger

	// gc gathers concurrent appends into one synced batch (nil unless
	// Options.GroupCommit).
	gc *groupcommit.Committer

	// filter knows every stream in the store (nil when disabled or
	// read-only); see streamFilter.
	filter *streamFilter

	// seed hashes stream names to shards.
	seed maphash.Seed

	// failed is set once a write or sync fails (or the engine reports a
	// fatal error); from then on every call returns CodeFailed. After a
	// failed fsync the engine's memory may hold data the disk does not, so
	// the only safe continuation is to reopen and let recovery decide. It
	// is read by every append and written once: the padding keeps it (and
	// the fields above) off the cache line of closeMu, which every read
	// writes.
	failed atomic.Pointer[Error]
	_      [64]byte

	// closeMu is held shared by every operation but appends (which hold
	// their shard's closeMu) and exclusively by Close, so Close never pulls
	// the database from under a running call.
	closeMu sync.RWMutex
	closed  bool
	_       [64]byte

	// shards hold the in-memory stream heads. Sharding keeps hundreds of
	// concurrent writers from queueing on one mutex or one cache line.
	shards [numShards]shard
}

const numShards = 64

// shard is one slice of the stream-head table. Its fields share one cache
// line and the padding keeps two shards off a common line whatever the
// alignment, so appends to streams of different shards, running on
// different cores, do not pass cache lines back and forth.
type shard struct {
	mu      sync.Mutex
	streams map[string]*streamState // guarded by mu
	// closeMu is held shared by every append to a stream of this shard and
	// exclusively by Close, like the journal's closeMu for other calls: a
	// lock shared by all appenders would make every append move its cache
	// line between cores twice.
	closeMu sync.RWMutex
	closed  bool // guarded by closeMu
	_       [128 - 8 - 8 - 24 - 8]byte
}

type streamState struct {
	// lock serializes appends to the stream. Waiting for it does not watch
	// the caller's context: it is held only for one append's check and
	// synced commit.
	lock sync.Mutex
	// refs counts the calls using this state; it rises only under the
	// shard's mu (so eviction, which holds it, sees every user) and falls
	// without it.
	refs   atomic.Int32
	loaded bool   // guarded by lock
	last   uint64 // guarded by lock
	hash   Hash   // guarded by lock
	// pending is, while an append's commit is on its way to the disk, the
	// head before it with pendingBit set, and 0 otherwise. Pebble makes a
	// batch visible to readers before its WAL fsync (and, with group
	// commit, before its WAL write), so Read caps a stream at that head
	// while an append is pending: a reader never sees a record whose append
	// has not been acknowledged, which a crash could still take away. (One
	// word, so an append sets and clears it with one atomic store each.)
	pending atomic.Uint64
}

// pendingBit marks streamState.pending as set; sequences stay below it.
const pendingBit = 1 << 63

// batchOp is one operation of an append, as offsets into its encode buffer.
type batchOp struct {
	k0, k1, v0, v1 int
	del            bool
}

// scratchPool holds encode buffers: Pebble copies keys and values into the
// batch, so they can be reused once the append's group is applied.
var scratchPool = sync.Pool{New: func() any { b := make([]byte, 0, 1024); return &b }}

var _ Journal = (*PebbleJournal)(nil)

// Open opens (creating if needed, unless opts.ReadOnly) the journal stored
// in dir.
func Open(dir string, opts Options) (*PebbleJournal, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	j := &PebbleJournal{opts: opts, log: opts.Logger, seed: maphash.MakeSeed()}
	for i := range j.shards {
		j.shards[i].streams = make(map[string]*streamState)
	}
	po := &pebble.Options{
		FS:                 opts.FS,
		Logger:             pebbleLogger{j},
		MemTableSize:       opts.MemTableSize,
		ReadOnly:           opts.ReadOnly,
		ErrorIfNotExists:   opts.ReadOnly,
		FormatMajorVersion: pebble.FormatNewest,
	}
	// Bloom filters make the point reads of probeHead (is record n+1
	// there?) skip tables that cannot hold the key.
	for i := range po.Levels {
		po.Levels[i].FilterPolicy = bloom.FilterPolicy(10)
	}
	if d := opts.WALMinSyncInterval; d > 0 {
		po.WALMinSyncInterval = func() time.Duration { return d }
	}
	if opts.Tune != nil {
		opts.Tune(po)
	}
	db, err := openPebble(dir, po)
	if err != nil {
		return nil, fmt.Errorf("open journal %s: %w", dir, err)
	}
	j.db = db
	if err := j.checkFormat(); err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open journal %s: %w", dir, err)
	}
	if !opts.ReadOnly && opts.GroupCommit {
		j.gc = groupcommit.New(db, groupcommit.Options{})
	}
	if !opts.ReadOnly && opts.StreamFilterCapacity > 0 {
		if err := j.loadStreamFilter(); err != nil {
			if j.gc != nil {
				j.gc.Close()
			}
			_ = db.Close()
			return nil, fmt.Errorf("open journal %s: %w", dir, err)
		}
	}
	return j, nil
}

// openPebble turns an engine panic during open (a fatal log from the
// engine, see pebbleLogger) into an error.
func openPebble(dir string, po *pebble.Options) (db *pebble.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(pebbleFatal)
			if !ok {
				panic(r)
			}
			err = f
		}
	}()
	return pebble.Open(dir, po)
}

// checkFormat writes the format marker into a new store and refuses a store
// written by another format.
func (j *PebbleJournal) checkFormat() error {
	v, closer, err := j.db.Get([]byte(keyFormat))
	if err == nil {
		got := string(v)
		_ = closer.Close()
		if got != formatV1 {
			return errorf(CodeBadFormat, "store format %q, this build reads %q", truncate(got, 40), formatV1)
		}
		return nil
	}
	if !errors.Is(err, pebble.ErrNotFound) {
		return &Error{Code: CodeIO, Msg: "read format marker", Err: err}
	}
	it, err := j.db.NewIter(nil)
	if err != nil {
		return &Error{Code: CodeIO, Msg: "scan store", Err: err}
	}
	empty := !it.First()
	_ = it.Close()
	if !empty {
		return errorf(CodeBadFormat, "store has data but no %s marker", keyFormat)
	}
	if j.opts.ReadOnly {
		return nil
	}
	b := j.db.NewBatch()
	defer b.Close()
	_ = b.Set([]byte(keyFormat), []byte(formatV1), nil)
	if err := j.commit(b); err != nil {
		return &Error{Code: CodeWriteFailed, Msg: "write format marker", Err: err}
	}
	return nil
}

// loadStreamFilter adds every stored stream to a new filter: one seek per
// stream (about a second per million streams).
func (j *PebbleJournal) loadStreamFilter() error {
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: []byte(prefixRecord), UpperBound: prefixUpper([]byte(prefixRecord))})
	if err != nil {
		return &Error{Code: CodeIO, Msg: "scan streams", Err: err}
	}
	defer it.Close()
	var names []string
	for ok := it.First(); ok; {
		stream, _, kok := parseRecordKey(it.Key())
		if !kok {
			return &Error{Code: CodeCorruptRecord, Key: fmt.Sprintf("%q", it.Key()), Msg: "malformed record key"}
		}
		names = append(names, stream)
		_, next := streamBounds(stream)
		ok = it.SeekGE(next)
	}
	if err := it.Error(); err != nil {
		return &Error{Code: CodeIO, Msg: "scan streams", Err: err}
	}
	j.filter = newStreamFilter(max(j.opts.StreamFilterCapacity, 2*len(names)))
	for _, s := range names {
		j.filter.add(s)
	}
	return nil
}

// DB exposes the engine for tools and tests (verification tooling, fault
// injection). Writing through it bypasses the journal's checks and its
// in-memory state (stream heads, stream filter): reopen the journal after
// adding records that way.
func (j *PebbleJournal) DB() *pebble.DB { return j.db }

// begin is called at the start of every operation but appends
// (beginAppend); end must follow.
func (j *PebbleJournal) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	j.closeMu.RLock()
	if j.closed {
		j.closeMu.RUnlock()
		return errorf(CodeClosed, "journal is closed")
	}
	if f := j.failed.Load(); f != nil {
		j.closeMu.RUnlock()
		return &Error{Code: CodeFailed, Msg: "journal failed earlier; reopen it", Err: f}
	}
	return nil
}

func (j *PebbleJournal) end() { j.closeMu.RUnlock() }

// beginAppend is begin for an append to a stream of sh; sh.closeMu.RUnlock
// must follow.
func (j *PebbleJournal) beginAppend(ctx context.Context, sh *shard) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sh.closeMu.RLock()
	if sh.closed {
		sh.closeMu.RUnlock()
		return errorf(CodeClosed, "journal is closed")
	}
	if f := j.failed.Load(); f != nil {
		sh.closeMu.RUnlock()
		return &Error{Code: CodeFailed, Msg: "journal failed earlier; reopen it", Err: f}
	}
	return nil
}

// fail marks the journal failed (first failure wins) and returns the error.
func (j *PebbleJournal) fail(e *Error) *Error {
	if j.failed.CompareAndSwap(nil, e) {
		j.log.Error("journal failed; refusing further work until reopened", "code", string(e.Code), "err", e.Error())
	}
	return e
}

// commit applies b synced and waits for the fsync.
//
// A failed WAL write or sync makes Pebble's synced Apply call
// Logger.Fatalf (and return nil if Fatalf returns). Our Fatalf marks the
// journal failed and panics with pebbleFatal carrying Pebble's error; the
// panic unwinds to here, on the committing goroutine, and becomes this
// append's error. (ApplyNoSyncWait + SyncWait would hand the error back
// without the detour, but costs a second park/unpark per append, which
// measurably lowers throughput with hundreds of writers on two cores.)
func (j *PebbleJournal) commit(b *pebble.Batch) (err error) {
	defer func() {
		if r := recover(); r != nil {
			f, ok := r.(pebbleFatal)
			if !ok {
				// Pebble panics when its WAL writer already failed; treat it
				// as a failed write too.
				f = pebbleFatal{msg: fmt.Sprint(r)}
			}
			err = f
		}
	}()
	return b.Commit(pebble.Sync)
}

func (j *PebbleJournal) shardOf(stream string) *shard {
	// The runtime's string hash (AES-based where the CPU has it) costs a
	// fraction of a byte-at-a-time hash on every append.
	return &j.shards[maphash.String(j.seed, stream)%numShards]
}

// acquire pins the state of stream in sh (its shard); release unpins it.
func (j *PebbleJournal) acquire(sh *shard, stream string) *streamState {
	sh.mu.Lock()
	st := sh.streams[stream]
	if st == nil {
		if len(sh.streams) >= max(1, j.opts.MaxCachedStreams/numShards) {
			sh.evictLocked(max(1, j.opts.MaxCachedStreams/numShards) * 9 / 10)
		}
		st = &streamState{}
		sh.streams[stream] = st
	}
	st.refs.Add(1)
	sh.mu.Unlock()
	return st
}

func (sh *shard) release(st *streamState) { st.refs.Add(-1) }

// evictLocked drops idle stream heads until the shard holds at most target.
// A dropped head is re-read from disk, which is authoritative because heads
// only advance after a synced commit.
func (sh *shard) evictLocked(target int) {
	for name, st := range sh.streams {
		if len(sh.streams) <= target {
			return
		}
		if st.refs.Load() == 0 {
			delete(sh.streams, name)
		}
	}
}

// Append implements Journal.
func (j *PebbleJournal) Append(ctx context.Context, req AppendRequest) ([]Record, error) {
	if err := j.validateAppend(req.Stream, req.Events, req.Index, req.Unindex); err != nil {
		return nil, err
	}
	// The records and their payload copies are made before the stream's
	// lock is taken; write seals them (sequences, time, hashes) under it.
	recs := newRecords(req.Stream, req.Events)
	if err := j.write(ctx, req.Stream, req.ExpectedSeq, req.Index, req.Unindex, recs, true); err != nil {
		return nil, err
	}
	return recs, nil
}

// smallPayload bounds the payload that newRecords copies into the
// allocation of its record.
const smallPayload = 256

// recordAndPayload is the record of a one-event append with room for its
// payload's copy: one allocation instead of two on the common path.
type recordAndPayload struct {
	rec     [1]Record
	payload [smallPayload]byte
}

// newRecords returns unsealed records of stream for events: type and a copy
// of the payload (nil stays nil), in at most two allocations.
func newRecords(stream string, events []Event) []Record {
	total := 0
	for i := range events {
		total += len(events[i].Payload)
	}
	var recs []Record
	var copies []byte
	if len(events) == 1 && total <= smallPayload {
		x := new(recordAndPayload)
		recs, copies = x.rec[:], x.payload[:0]
	} else {
		recs, copies = make([]Record, len(events)), make([]byte, 0, total)
	}
	for i := range events {
		ev, r := &events[i], &recs[i]
		r.Stream, r.Type = stream, ev.Type
		if ev.Payload != nil {
			n := len(copies)
			copies = append(copies, ev.Payload...)
			// Capped, so that appending to one payload cannot overwrite the
			// next one.
			r.Payload = copies[n:len(copies):len(copies)]
		}
	}
	return recs
}

// SealEvents turns events into the records that follow a stream whose last
// record is (last, prev): sequences last+1, ..., time now (nanoseconds, UTC),
// hashes chained from prev. Payloads are copied. A replicated journal seals
// records once, publishes them, and lands the same records everywhere with
// AppendSealed.
func SealEvents(stream string, last uint64, prev Hash, now time.Time, events []Event) []Record {
	now = time.Unix(0, now.UnixNano()).UTC()
	recs := newRecords(stream, events)
	for i := range recs {
		r := &recs[i]
		r.Seq, r.Time, r.PrevHash = last+1+uint64(i), now, prev
		r.Hash = RecordHash(r)
		prev = r.Hash
	}
	return recs
}

// SealedAppend lands records sealed elsewhere (by SealEvents on another
// node): the same bytes, times and hashes on every replica.
type SealedAppend struct {
	Stream      string
	ExpectedSeq uint64
	Records     []Record
	Index       []Index
	Unindex     []Index
}

// AppendSealed writes req.Records if the stream's head is ExpectedSeq and the
// records continue it exactly: sequences ExpectedSeq+1, ... of req.Stream,
// prev_hash linked to the head's hash, each hash matching its content.
// Otherwise it returns a coded error (CodeConflict for a head mismatch,
// CodeBadRequest or CodeHashMismatch for records that do not fit) and
// writes nothing. Durability and atomicity are those of Append.
func (j *PebbleJournal) AppendSealed(ctx context.Context, req SealedAppend) error {
	if err := j.validateSealed(req.Stream, req.Records, req.Index, req.Unindex); err != nil {
		return err
	}
	return j.write(ctx, req.Stream, req.ExpectedSeq, req.Index, req.Unindex, req.Records, false)
}

// write is the common path of Append and AppendSealed: under the stream's
// lock it checks the head, then either seals recs (seal: sequences, time and
// hashes that follow the head) or checks that recs, sealed elsewhere,
// continue it, and commits them with the index changes, synced.
func (j *PebbleJournal) write(ctx context.Context, stream string, expected uint64, index, unindex []Index,
	recs []Record, seal bool) error {
	if j.opts.ReadOnly {
		return errorf(CodeBadRequest, "journal is open read-only")
	}
	sh := j.shardOf(stream)
	if err := j.beginAppend(ctx, sh); err != nil {
		return err
	}
	st := j.acquire(sh, stream)
	st.lock.Lock()
	// One deferred call and one return, so the compiler open-codes it; a
	// function with several defers and many returns pays a trip through the
	// runtime's defer machinery on every append.
	defer endWrite(sh, st)
	return j.writeLocked(st, stream, expected, index, unindex, recs, seal)
}

// endWrite undoes write's setup; deferred, it also runs if a write panics.
func endWrite(sh *shard, st *streamState) {
	if st.pending.Load() != 0 {
		st.pending.Store(0)
	}
	st.lock.Unlock()
	sh.release(st)
	sh.closeMu.RUnlock()
}

// writeLocked is write under the stream's lock.
func (j *PebbleJournal) writeLocked(st *streamState, stream string, expected uint64, index, unindex []Index,
	recs []Record, seal bool) error {
	if !st.loaded {
		last, h, err := j.probeHead(stream, expected)
		if err != nil {
			return err
		}
		st.last, st.hash, st.loaded = last, h, true
	}
	if st.last != expected {
		e := errorf(CodeConflict, "stream %s: expected last sequence %d, actual %d", stream, expected, st.last)
		e.Stream, e.Seq = stream, st.last
		return e
	}
	if len(recs) == 0 {
		return errorf(CodeBadRequest, "append to %s: no records", stream)
	}
	scratch := scratchPool.Get().(*[]byte)
	var opsArr [8]batchOp
	buf, ops, lastHash, err := j.encodeAppend((*scratch)[:0], opsArr[:0], st, stream, index, unindex, recs, seal)
	if err == nil {
		err = j.commitAppend(st, stream, buf, ops, st.last+1, st.last+uint64(len(recs)), lastHash)
	}
	if cap(buf) <= 64<<10 { // do not pin a large payload's buffer
		*scratch = buf[:0]
		scratchPool.Put(scratch)
	}
	return err
}

// encodeAppend encodes every operation of an append (records, index
// changes) into buf, as offsets in ops, here, in parallel with other
// appenders: the commit then only copies them into a batch. Each record is
// encoded once, right after a copy of its prev_hash, and hashed in place
// (hash = SHA-256(prev_hash || body)); the stored value is the bytes after
// that copy. With seal it sets each record's sequence, time, prev_hash and
// hash; otherwise it checks that the records continue the head and that
// each stored hash is the one just computed.
func (j *PebbleJournal) encodeAppend(buf []byte, ops []batchOp, st *streamState, stream string, index, unindex []Index,
	recs []Record, seal bool) (_ []byte, _ []batchOp, lastHash Hash, err error) {
	last, prev := st.last, st.hash
	var now time.Time
	if seal {
		now = time.Unix(0, j.opts.Clock().UnixNano()).UTC()
	}
	for i := range recs {
		r := &recs[i]
		seq := last + 1 + uint64(i)
		if seal {
			r.Seq, r.Time, r.PrevHash = seq, now, prev
		} else if r.Stream != stream || r.Seq != seq {
			return buf, ops, Hash{}, &Error{Code: CodeBadRequest, Stream: stream, Seq: r.Seq,
				Msg: fmt.Sprintf("sealed record %s/%d does not follow %s/%d", truncate(r.Stream, 80), r.Seq, stream, seq-1)}
		} else if r.PrevHash != prev {
			return buf, ops, Hash{}, &Error{Code: CodeHashMismatch, Stream: stream, Seq: r.Seq, Msg: "sealed record does not link to the stream's head"}
		}
		var v0 int
		var h Hash
		buf, v0, h = appendHashed(buf, r)
		if seal {
			r.Hash = h
		} else if h != r.Hash {
			return buf, ops, Hash{}, &Error{Code: CodeHashMismatch, Stream: stream, Seq: r.Seq, Msg: "sealed record's hash does not match its content"}
		}
		prev = h
		k0 := len(buf)
		buf = append(buf, prefixRecord...)
		buf = append(buf, stream...)
		buf = append(buf, sep)
		buf = binary.BigEndian.AppendUint64(buf, seq)
		ops = append(ops, batchOp{k0: k0, k1: len(buf), v0: v0, v1: k0})
	}
	lastSeq := last + uint64(len(recs))
	for _, ix := range unindex {
		k0 := len(buf)
		buf = appendIndexKey(buf, ix.Name, ix.Value, stream)
		ops = append(ops, batchOp{k0: k0, k1: len(buf), del: true})
	}
	if len(index) > 0 {
		v0 := len(buf)
		buf = appendIndexValue(buf, lastSeq, prev)
		v1 := len(buf)
		for _, ix := range index {
			k0 := len(buf)
			buf = appendIndexKey(buf, ix.Name, ix.Value, stream)
			ops = append(ops, batchOp{k0: k0, k1: len(buf), v0: v0, v1: v1})
		}
	}
	return buf, ops, prev, nil
}

// commitAppend commits the encoded operations, synced, and advances the
// stream's head to (lastSeq, lastHash) once they are on disk. It is given
// the head rather than reading it from the records: after the wait for the
// fsync, the records' memory has usually left the CPU's caches.
func (j *PebbleJournal) commitAppend(st *streamState, stream string, buf []byte, ops []batchOp,
	firstSeq, lastSeq uint64, lastHash Hash) error {
	fill := func(b *pebble.Batch) error {
		for _, o := range ops {
			var err error
			if o.del {
				err = b.Delete(buf[o.k0:o.k1], nil)
			} else {
				err = b.Set(buf[o.k0:o.k1], buf[o.v0:o.v1], nil)
			}
			if err != nil {
				return err
			}
		}
		return nil
	}
	// Re-check just before committing: once a sync has failed, Pebble's WAL
	// writer is poisoned and further commits must not reach it.
	if f := j.failed.Load(); f != nil {
		return &Error{Code: CodeFailed, Msg: "journal failed earlier; reopen it", Err: f}
	}
	st.pending.Store(st.last | pendingBit)
	var err error
	if j.gc != nil {
		// Commit with the group in flight: returns after the fsync that
		// covers this append, with that group's error. The stream's lock
		// stays held until then, so the head check is atomic with the
		// write.
		err = j.gc.Commit(len(buf)+len(ops)*8, fill)
	} else {
		b := j.db.NewBatch()
		if err = fill(b); err == nil {
			err = j.commit(b)
		}
		_ = b.Close()
	}
	if err != nil {
		st.pending.Store(0)
		if errors.Is(err, groupcommit.ErrClosed) {
			return errorf(CodeClosed, "journal is closed")
		}
		e := &Error{Code: CodeWriteFailed, Stream: stream, Seq: firstSeq,
			Msg: fmt.Sprintf("append %s/%d..%d not acknowledged", stream, firstSeq, lastSeq), Err: err}
		j.fail(e)
		return e
	}
	if st.last == 0 && j.filter != nil {
		j.filter.add(stream)
	}
	st.last, st.hash = lastSeq, lastHash
	st.pending.Store(0)
	return nil
}

// validateAppend checks an append before anything is touched. It takes the
// request's fields rather than the request so that the caller's Events
// array does not escape to the heap through the error paths.
func (j *PebbleJournal) validateAppend(stream string, events []Event, index, unindex []Index) error {
	if err := j.validateShape(stream, len(events)); err != nil {
		return err
	}
	total := 0
	for i := range events {
		ev := &events[i]
		if err := j.validateEvent(stream, i, ev.Type, len(ev.Payload)); err != nil {
			return err
		}
		total += len(ev.Payload)
	}
	return j.validateRest(stream, total, index, unindex)
}

// validateSealed is validateAppend for AppendSealed's records.
func (j *PebbleJournal) validateSealed(stream string, recs []Record, index, unindex []Index) error {
	if err := j.validateShape(stream, len(recs)); err != nil {
		return err
	}
	total := 0
	for i := range recs {
		r := &recs[i]
		if err := j.validateEvent(stream, i, r.Type, len(r.Payload)); err != nil {
			return err
		}
		total += len(r.Payload)
	}
	return j.validateRest(stream, total, index, unindex)
}

func badAppend(stream, format string, args ...any) error {
	e := errorf(CodeBadRequest, format, args...)
	e.Stream = stream
	return e
}

func (j *PebbleJournal) validateShape(stream string, events int) error {
	if err := ValidateStream(stream); err != nil {
		return err
	}
	if events == 0 {
		return badAppend(stream, "append to %s: no events", stream)
	}
	if events > j.opts.MaxEventsPerAppend {
		return badAppend(stream, "append to %s: %d events, at most %d", stream, events, j.opts.MaxEventsPerAppend)
	}
	return nil
}

func (j *PebbleJournal) validateEvent(stream string, i int, typ string, payloadLen int) error {
	if err := validateType(typ); err != nil {
		return badAppend(stream, "append to %s: event %d: %v", stream, i, err)
	}
	if payloadLen > j.opts.MaxPayloadBytes {
		return badAppend(stream, "append to %s: event %d: payload %d bytes, at most %d", stream, i, payloadLen, j.opts.MaxPayloadBytes)
	}
	return nil
}

func (j *PebbleJournal) validateRest(stream string, total int, index, unindex []Index) error {
	if total > j.opts.MaxAppendBytes {
		return badAppend(stream, "append to %s: payloads total %d bytes, at most %d per append", stream, total, j.opts.MaxAppendBytes)
	}
	if n := len(index) + len(unindex); n > j.opts.MaxIndexOps {
		return badAppend(stream, "append to %s: %d index changes, at most %d", stream, n, j.opts.MaxIndexOps)
	}
	for _, ixs := range [2][]Index{index, unindex} {
		for _, ix := range ixs {
			if err := validateIndex(ix); err != nil {
				return badAppend(stream, "append to %s: %v", stream, err)
			}
		}
	}
	return nil
}

// validateType: 1..MaxTypeLen printable ASCII bytes.
func validateType(t string) error {
	if t == "" || len(t) > MaxTypeLen {
		return fmt.Errorf("type must be 1..%d bytes", MaxTypeLen)
	}
	for i := 0; i < len(t); i++ {
		if t[i]-0x21 > 0x7e-0x21 { // below 0x21 wraps around
			return fmt.Errorf("type has byte %#x at %d; printable ASCII only", t[i], i)
		}
	}
	return nil
}

func validateIndex(ix Index) error {
	if ix.Name == "" || len(ix.Name) > 64 {
		return fmt.Errorf("index name must be 1..64 bytes")
	}
	for i := 0; i < len(ix.Name); i++ {
		c := ix.Name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return fmt.Errorf("index name %q: byte %#x not allowed", ix.Name, c)
		}
	}
	if ix.Value == "" || len(ix.Value) > 256 {
		return fmt.Errorf("index %s: value must be 1..256 bytes", ix.Name)
	}
	if strings.IndexByte(ix.Value, sep) >= 0 {
		return fmt.Errorf("index %s: value contains a 0x00 byte", ix.Name)
	}
	return nil
}

// decodeStored decodes the value at key (stream, seq) and checks that it
// belongs there and that its hash matches its content.
func decodeStored(stream string, seq uint64, v []byte) (Record, error) {
	key := RecordKeyString(stream, seq)
	r, err := DecodeRecord(key, v)
	if err != nil {
		e := err.(*Error)
		e.Stream, e.Seq = stream, seq
		return Record{}, e
	}
	if r.Stream != stream || r.Seq != seq {
		e := errorf(CodeCorruptRecord, "record says %s/%d", truncate(r.Stream, 80), r.Seq)
		e.Key, e.Stream, e.Seq = key, stream, seq
		return Record{}, e
	}
	if !checkValueHash(v) {
		e := errorf(CodeHashMismatch, "record hash does not match its content")
		e.Key, e.Stream, e.Seq = key, stream, seq
		return Record{}, e
	}
	return r, nil
}

// probeHead finds the head of a stream that is not in memory, guessing that
// the caller is right about it: two point reads (record expected+1 absent,
// record expected present) settle the common case without an iterator,
// which costs several times more. On a wrong guess it falls back to
// loadHead. It relies on sequences having no holes, which Verify checks.
func (j *PebbleJournal) probeHead(stream string, expected uint64) (uint64, Hash, error) {
	if expected == 0 && j.filter != nil && !j.filter.mayContain(stream) {
		return 0, Genesis, nil
	}
	next, err := j.recordExists(stream, expected+1)
	if err != nil || next {
		return j.loadHead(stream)
	}
	if expected == 0 {
		return 0, Genesis, nil
	}
	v, closer, err := j.db.Get(recordKey(stream, expected))
	if err != nil {
		return j.loadHead(stream) // absent (the caller is ahead) or unreadable
	}
	defer closer.Close()
	r, err := decodeStored(stream, expected, v)
	if err != nil {
		return 0, Hash{}, err
	}
	return r.Seq, r.Hash, nil
}

func (j *PebbleJournal) recordExists(stream string, seq uint64) (bool, error) {
	_, closer, err := j.db.Get(recordKey(stream, seq))
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, &Error{Code: CodeIO, Stream: stream, Seq: seq, Key: RecordKeyString(stream, seq), Msg: "read", Err: err}
	}
	_ = closer.Close()
	return true, nil
}

// loadHead reads the last record of stream.
func (j *PebbleJournal) loadHead(stream string) (uint64, Hash, error) {
	lo, hi := streamBounds(stream)
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return 0, Hash{}, &Error{Code: CodeIO, Stream: stream, Msg: "open iterator", Err: err}
	}
	defer it.Close()
	if !it.Last() {
		if err := it.Error(); err != nil {
			return 0, Hash{}, &Error{Code: CodeIO, Stream: stream, Msg: "read head", Err: err}
		}
		return 0, Genesis, nil
	}
	_, seq, ok := parseRecordKey(it.Key())
	if !ok {
		return 0, Hash{}, &Error{Code: CodeCorruptRecord, Stream: stream, Key: fmt.Sprintf("%q", it.Key()), Msg: "malformed record key"}
	}
	v, err := it.ValueAndErr()
	if err != nil {
		return 0, Hash{}, &Error{Code: CodeIO, Stream: stream, Seq: seq, Key: RecordKeyString(stream, seq), Msg: "read head", Err: err}
	}
	r, err := decodeStored(stream, seq, v)
	if err != nil {
		return 0, Hash{}, err
	}
	return r.Seq, r.Hash, nil
}

// Head implements Journal.
func (j *PebbleJournal) Head(ctx context.Context, stream string) (uint64, Hash, error) {
	if err := ValidateStream(stream); err != nil {
		return 0, Hash{}, err
	}
	if err := j.begin(ctx); err != nil {
		return 0, Hash{}, err
	}
	defer j.end()
	return j.loadHead(stream)
}

// Read implements Journal. It checks each record's hash and that the
// records it returns link to each other without gaps.
func (j *PebbleJournal) Read(ctx context.Context, stream string, from uint64, limit int) ([]Record, error) {
	if err := ValidateStream(stream); err != nil {
		return nil, err
	}
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	if from == 0 {
		from = 1
	}
	_, hi := streamBounds(stream)
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: recordKey(stream, from), UpperBound: hi})
	if err != nil {
		return nil, &Error{Code: CodeIO, Stream: stream, Msg: "open iterator", Err: err}
	}
	defer it.Close()
	// Checked after the iterator took its view: a record in that view
	// whose append is still in flight is past the head before it (see
	// streamState.pending).
	capAt := uint64(math.MaxUint64)
	sh := j.shardOf(stream)
	sh.mu.Lock()
	st := sh.streams[stream]
	sh.mu.Unlock()
	if st != nil {
		if p := st.pending.Load(); p&pendingBit != 0 {
			capAt = p &^ pendingBit
		}
	}
	var out []Record
	want := from
	for ok := it.First(); ok && (limit <= 0 || len(out) < limit); ok = it.Next() {
		_, seq, kok := parseRecordKey(it.Key())
		if !kok {
			return nil, &Error{Code: CodeCorruptRecord, Stream: stream, Key: fmt.Sprintf("%q", it.Key()), Msg: "malformed record key"}
		}
		if seq > capAt {
			break
		}
		if seq != want {
			e := errorf(CodeSeqGap, "stream %s: found sequence %d where %d was due", stream, seq, want)
			e.Stream, e.Seq, e.Key = stream, want, RecordKeyString(stream, want)
			return nil, e
		}
		v, err := it.ValueAndErr()
		if err != nil {
			return nil, &Error{Code: CodeIO, Stream: stream, Seq: seq, Key: RecordKeyString(stream, seq), Msg: "read", Err: err}
		}
		r, err := decodeStored(stream, seq, v)
		if err != nil {
			return nil, err
		}
		if n := len(out); (n > 0 && r.PrevHash != out[n-1].Hash) || (seq == 1 && r.PrevHash != Genesis) {
			e := errorf(CodeHashMismatch, "prev_hash does not link to sequence %d", seq-1)
			e.Stream, e.Seq, e.Key = stream, seq, RecordKeyString(stream, seq)
			return nil, e
		}
		out = append(out, r)
		want++
	}
	if err := it.Error(); err != nil {
		return nil, &Error{Code: CodeIO, Stream: stream, Msg: "read", Err: err}
	}
	return out, nil
}

// Streams implements Journal.
func (j *PebbleJournal) Streams(ctx context.Context, prefix, after string, limit int) ([]string, error) {
	if len(prefix) > MaxStreamLen || strings.IndexByte(prefix, sep) >= 0 {
		return nil, errorf(CodeBadRequest, "bad stream prefix")
	}
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	lower := []byte(prefixRecord + prefix)
	upper := prefixUpper(lower)
	if after != "" {
		if a := []byte(prefixRecord + after + "\x01"); bytes.Compare(a, lower) > 0 {
			lower = a
		}
	}
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return nil, &Error{Code: CodeIO, Msg: "open iterator", Err: err}
	}
	defer it.Close()
	var out []string
	for ok := it.First(); ok && (limit <= 0 || len(out) < limit); {
		stream, _, kok := parseRecordKey(it.Key())
		if !kok {
			return nil, &Error{Code: CodeCorruptRecord, Key: fmt.Sprintf("%q", it.Key()), Msg: "malformed record key"}
		}
		out = append(out, stream)
		_, next := streamBounds(stream)
		ok = it.SeekGE(next)
	}
	if err := it.Error(); err != nil {
		return nil, &Error{Code: CodeIO, Msg: "list streams", Err: err}
	}
	return out, nil
}

// prefixUpper returns the smallest key greater than every key with prefix p.
func prefixUpper(p []byte) []byte {
	u := append([]byte(nil), p...)
	for i := len(u) - 1; i >= 0; i-- {
		if u[i] < 0xff {
			u[i]++
			return u[:i+1]
		}
	}
	return nil
}

// SaveSnapshot implements Journal.
func (j *PebbleJournal) SaveSnapshot(ctx context.Context, stream string, snap Snapshot) error {
	if err := ValidateStream(stream); err != nil {
		return err
	}
	if snap.Seq == 0 {
		return errorf(CodeBadRequest, "snapshot of %s: sequence 0", stream)
	}
	if len(snap.State) > maxSnapshotState {
		return errorf(CodeBadRequest, "snapshot of %s: state %d bytes, at most %d", stream, len(snap.State), maxSnapshotState)
	}
	if j.opts.ReadOnly {
		return errorf(CodeBadRequest, "journal is open read-only")
	}
	if err := j.begin(ctx); err != nil {
		return err
	}
	defer j.end()
	v, closer, err := j.db.Get(recordKey(stream, snap.Seq))
	if errors.Is(err, pebble.ErrNotFound) {
		e := errorf(CodeNotFound, "snapshot of %s at %d: no such record", stream, snap.Seq)
		e.Stream, e.Seq = stream, snap.Seq
		return e
	}
	if err != nil {
		return &Error{Code: CodeIO, Stream: stream, Seq: snap.Seq, Msg: "read record", Err: err}
	}
	r, err := decodeStored(stream, snap.Seq, v)
	_ = closer.Close()
	if err != nil {
		return err
	}
	snap.RecordHash = r.Hash
	snap.Time = time.Unix(0, j.opts.Clock().UnixNano()).UTC()
	b := j.db.NewBatch()
	defer b.Close()
	_ = b.Set(snapshotKey(stream), encodeSnapshot(snap), nil)
	if err := j.commit(b); err != nil {
		return j.fail(&Error{Code: CodeWriteFailed, Stream: stream, Seq: snap.Seq, Msg: "save snapshot", Err: err})
	}
	return nil
}

// LoadSnapshot implements Journal.
func (j *PebbleJournal) LoadSnapshot(ctx context.Context, stream string) (Snapshot, bool, error) {
	if err := ValidateStream(stream); err != nil {
		return Snapshot{}, false, err
	}
	if err := j.begin(ctx); err != nil {
		return Snapshot{}, false, err
	}
	defer j.end()
	v, closer, err := j.db.Get(snapshotKey(stream))
	if errors.Is(err, pebble.ErrNotFound) {
		return Snapshot{}, false, nil
	}
	if err != nil {
		return Snapshot{}, false, &Error{Code: CodeIO, Stream: stream, Msg: "read snapshot", Err: err}
	}
	defer closer.Close()
	s, err := DecodeSnapshot(prefixSnapshot+stream, v)
	if err != nil {
		err.(*Error).Stream = stream
		return Snapshot{}, false, err
	}
	return s, true, nil
}

// Lookup implements Journal.
func (j *PebbleJournal) Lookup(ctx context.Context, ix Index, after string, limit int) ([]IndexHit, error) {
	if err := validateIndex(ix); err != nil {
		return nil, &Error{Code: CodeBadRequest, Msg: "lookup", Err: err}
	}
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	prefix := indexPrefix(ix.Name, ix.Value)
	lower := prefix
	if after != "" {
		lower = append(append(append([]byte(nil), prefix...), after...), sep)
	}
	upper := append(append([]byte(nil), prefix[:len(prefix)-1]...), sep+1)
	it, err := j.db.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return nil, &Error{Code: CodeIO, Msg: "open iterator", Err: err}
	}
	defer it.Close()
	var out []IndexHit
	for ok := it.First(); ok && (limit <= 0 || len(out) < limit); ok = it.Next() {
		_, _, stream, kok := parseIndexKey(it.Key())
		if !kok {
			return nil, &Error{Code: CodeCorruptIndex, Key: fmt.Sprintf("%q", it.Key()), Msg: "malformed index key"}
		}
		v, err := it.ValueAndErr()
		if err != nil {
			return nil, &Error{Code: CodeIO, Msg: "read index", Err: err}
		}
		seq, _, err := DecodeIndexValue(indexKeyString(ix.Name, ix.Value, stream), v)
		if err != nil {
			return nil, err
		}
		out = append(out, IndexHit{Stream: stream, Seq: seq})
	}
	if err := it.Error(); err != nil {
		return nil, &Error{Code: CodeIO, Msg: "lookup", Err: err}
	}
	return out, nil
}

// Verify implements Journal over a consistent point-in-time view.
func (j *PebbleJournal) Verify(ctx context.Context) (VerifyReport, error) {
	if err := j.begin(ctx); err != nil {
		return VerifyReport{}, err
	}
	defer j.end()
	snap := j.db.NewSnapshot()
	defer snap.Close()
	return VerifyReader(ctx, snap)
}

// Close implements Journal. Calls in flight finish first.
func (j *PebbleJournal) Close() error {
	j.closeMu.Lock()
	defer j.closeMu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	for i := range j.shards {
		// Waits for the appends in flight in the shard; later ones see
		// closed.
		sh := &j.shards[i]
		sh.closeMu.Lock()
		sh.closed = true
		sh.closeMu.Unlock()
	}
	if j.gc != nil {
		// Every append holds its shard's closeMu shared until its group is
		// synced, so no group is in flight here.
		j.gc.Close()
	}
	if f := j.failed.Load(); f != nil {
		// The engine may be wedged after a failed write (its WAL writer
		// panics on reuse); release what it lets us and report the failure.
		err := closeQuietly(j.db)
		return errors.Join(&Error{Code: CodeFailed, Msg: "journal had failed", Err: f}, err)
	}
	if err := j.db.Close(); err != nil {
		return fmt.Errorf("close journal: %w", err)
	}
	return nil
}

func closeQuietly(db *pebble.DB) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("close after failure: %v", r)
		}
	}()
	return db.Close()
}

// pebbleFatal is what pebbleLogger.Fatalf panics with. Pebble assumes Fatalf
// does not return; we panic instead of exiting so that a fatal error raised
// inside a commit reaches the caller of Append (recovered in commit) and the
// journal is marked failed. A fatal error on an engine background goroutine
// still ends the process, as Pebble intends.
type pebbleFatal struct {
	msg string
	err error // the first error among Fatalf's arguments, if any
}

func (f pebbleFatal) Error() string { return "storage engine: " + f.msg }
func (f pebbleFatal) Unwrap() error { return f.err }

type pebbleLogger struct{ j *PebbleJournal }

func (l pebbleLogger) Infof(format string, args ...any) {
	l.j.log.Debug(fmt.Sprintf(format, args...), "engine", "pebble")
}

func (l pebbleLogger) Errorf(format string, args ...any) {
	l.j.log.Error(fmt.Sprintf(format, args...), "engine", "pebble")
}

func (l pebbleLogger) Fatalf(format string, args ...any) {
	f := pebbleFatal{msg: fmt.Sprintf(format, args...)}
	for _, a := range args {
		if e, ok := a.(error); ok {
			f.err = e
			break
		}
	}
	l.j.fail(&Error{Code: CodeWriteFailed, Msg: "storage engine fatal error", Err: f})
	panic(f)
}
