// Package journal is the cluster's replicated persistence.Journal: every
// append is first published to a JetStream stream, with the expected last
// sequence of its subject, and then written to the node's own Pebble
// journal. JetStream decides which of two writers of one stream wins; the
// loser gets persistence.CodeConflict and writes nothing, which is how a
// stale activation of a transfer learns to stop (see docs/cluster.md).
//
// Reads are local. The first use of a stream in a process (and any use after
// a conflict or an unsure publish) activates it: the node compares its
// Pebble head with the last message of the stream's subject and lands the
// messages it is missing, checking the hash chain as it goes. A node that
// lost its disk, or crashed between publish and local write, thus catches
// up before it reads or appends.
package journal

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/persistence"
)

// CodeReplication: the append could not be published or its outcome is
// unknown (NATS unreachable, no acknowledgement in time). It was not
// acknowledged; the stream is re-activated on next use, which lands the
// append locally if it did reach JetStream. Like every journal code it is
// stable.
const CodeReplication persistence.Code = "JOURNAL_REPLICATION_FAILED"

// Journal is a persistence.Journal replicated through JetStream.
type Journal struct {
	local  *persistence.PebbleJournal
	js     jetstream.JetStream
	stream jetstream.Stream
	opts   Options
	// maxMsg is the largest message body the servers accept (their
	// max_payload less room for headers).
	maxMsg int

	closeMu sync.RWMutex
	closed  bool

	shards [numShards]shard
}

var _ persistence.Journal = (*Journal)(nil)

const numShards = 32

type shard struct {
	mu      sync.Mutex
	streams map[string]*streamState
}

// streamState is one stream's replicated position. Per-subject sequences in
// JetStream are stream sequences (the position of the last message on the
// subject among all messages of STRAIT_JOURNAL), not counts, so the journal
// sequence and the JetStream sequence are kept side by side.
type streamState struct {
	lock   sync.Mutex // serializes activation and appends of the stream
	refs   atomic.Int32
	active bool             // guarded by lock
	jsSeq  uint64           // stream sequence of the subject's last message (0: none)
	head   uint64           // journal sequence of the last record
	hash   persistence.Hash // its hash
}

// Open opens the Pebble journal in dir and joins it to the JetStream stream
// (created if missing) through nc.
func Open(dir string, nc *nats.Conn, opts Options) (*Journal, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Local.ReadOnly {
		return nil, errors.New("replicated journal: Local.ReadOnly is not supported (open the Pebble journal directly)")
	}
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("replicated journal: %w", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), max(opts.RequestTimeout, 10*time.Second))
	defer cancel()
	st, err := ensureStream(ctx, js, &opts)
	if err != nil {
		return nil, err
	}
	local, err := persistence.Open(dir, opts.Local)
	if err != nil {
		return nil, err
	}
	j := &Journal{local: local, js: js, stream: st, opts: opts,
		maxMsg: int(nc.MaxPayload()) - 1024}
	for i := range j.shards {
		j.shards[i].streams = make(map[string]*streamState)
	}
	return j, nil
}

// ensureStream finds or creates the journal's JetStream stream and refuses
// one whose limits could drop messages: catch-up needs every append.
func ensureStream(ctx context.Context, js jetstream.JetStream, o *Options) (jetstream.Stream, error) {
	subjects := o.SubjectPrefix + ".>"
	s, err := js.Stream(ctx, o.StreamName)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		s, err = js.CreateStream(ctx, jetstream.StreamConfig{
			Name:        o.StreamName,
			Description: "Strait replicated journal: one message per append, subject per journal stream",
			Subjects:    []string{subjects},
			Retention:   jetstream.LimitsPolicy,
			Storage:     o.Storage,
			Replicas:    o.Replicas,
			Discard:     jetstream.DiscardNew,
			// Reads must see the leader's state: a stale replica would make
			// an activation think it is current when it is not.
			AllowDirect: false,
			DenyDelete:  true,
			DenyPurge:   true,
		})
		if errors.Is(err, jetstream.ErrStreamNameAlreadyInUse) {
			s, err = js.Stream(ctx, o.StreamName) // another node created it first
		}
	}
	if err != nil {
		return nil, fmt.Errorf("replicated journal: stream %s: %w", o.StreamName, err)
	}
	cfg := s.CachedInfo().Config
	switch {
	case len(cfg.Subjects) != 1 || cfg.Subjects[0] != subjects:
		return nil, fmt.Errorf("replicated journal: stream %s has subjects %v, want [%s]", o.StreamName, cfg.Subjects, subjects)
	case cfg.Retention != jetstream.LimitsPolicy || cfg.MaxAge > 0 || cfg.MaxMsgs > 0 || cfg.MaxBytes > 0 ||
		cfg.MaxMsgsPerSubject > 0 || cfg.AllowMsgTTL:
		return nil, fmt.Errorf("replicated journal: stream %s may drop messages (retention %v, max age %v, max msgs %d, max bytes %d, per subject %d, msg TTL %v); it must keep every append",
			o.StreamName, cfg.Retention, cfg.MaxAge, cfg.MaxMsgs, cfg.MaxBytes, cfg.MaxMsgsPerSubject, cfg.AllowMsgTTL)
	case cfg.AllowDirect:
		return nil, fmt.Errorf("replicated journal: stream %s allows direct gets, which may read a stale replica", o.StreamName)
	}
	return s, nil
}

// Local is the node's Pebble journal (tools, verification). Writing through
// it bypasses replication.
func (j *Journal) Local() *persistence.PebbleJournal { return j.local }

// Subject is the subject stream's appends are published on.
func (j *Journal) Subject(stream string) string {
	return j.opts.SubjectPrefix + "." + SubjectToken(stream)
}

func (j *Journal) begin(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	j.closeMu.RLock()
	if j.closed {
		j.closeMu.RUnlock()
		return &persistence.Error{Code: persistence.CodeClosed, Msg: "journal is closed"}
	}
	return nil
}

func (j *Journal) end() { j.closeMu.RUnlock() }

func (j *Journal) acquire(stream string) *streamState {
	h := uint32(2166136261)
	for i := 0; i < len(stream); i++ {
		h ^= uint32(stream[i])
		h *= 16777619
	}
	sh := &j.shards[h%numShards]
	sh.mu.Lock()
	st := sh.streams[stream]
	if st == nil {
		limit := max(1, j.opts.MaxActiveStreams/numShards)
		if len(sh.streams) >= limit {
			for name, s := range sh.streams {
				if len(sh.streams) < limit*9/10 {
					break
				}
				if s.refs.Load() == 0 {
					delete(sh.streams, name)
				}
			}
		}
		st = &streamState{}
		sh.streams[stream] = st
	}
	st.refs.Add(1)
	sh.mu.Unlock()
	return st
}

func (st *streamState) release() { st.refs.Add(-1) }

// requestCtx bounds one JetStream request.
func (j *Journal) requestCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, j.opts.RequestTimeout)
}

// Append implements persistence.Journal: publish with the subject's expected
// last sequence, then land the same sealed records locally.
func (j *Journal) Append(ctx context.Context, req persistence.AppendRequest) ([]persistence.Record, error) {
	if err := validateAppend(&j.opts.Local, &req); err != nil {
		return nil, err
	}
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	st := j.acquire(req.Stream)
	defer st.release()
	st.lock.Lock()
	defer st.lock.Unlock()

	if !st.active {
		if err := j.activate(ctx, req.Stream, st); err != nil {
			return nil, err
		}
	}
	if st.head != req.ExpectedSeq {
		// The caller may know of appends this node has not seen: look again
		// before calling it a conflict, so the conflict names the real head.
		if err := j.activate(ctx, req.Stream, st); err != nil {
			return nil, err
		}
		if st.head != req.ExpectedSeq {
			return nil, conflict(req.Stream, req.ExpectedSeq, st.head, "")
		}
	}

	recs := persistence.SealEvents(req.Stream, st.head, st.hash, j.opts.Local.Clock(), req.Events)
	a := &Append{Stream: req.Stream, Records: recs, Index: req.Index, Unindex: req.Unindex}
	body := encodeAppend(a)
	if len(body) > j.maxMsg {
		return nil, &persistence.Error{Code: persistence.CodeBadRequest, Stream: req.Stream,
			Msg: fmt.Sprintf("append to %s: %d bytes replicated, the NATS servers accept at most %d per message (max_payload)", req.Stream, len(body), j.maxMsg)}
	}
	msg := &nats.Msg{Subject: j.Subject(req.Stream), Data: body, Header: nats.Header{}}
	msg.Header.Set(HeaderStream, req.Stream)
	msg.Header.Set(HeaderSeq, strconv.FormatUint(a.Last(), 10))

	pctx, cancel := j.requestCtx(ctx)
	ack, err := j.js.PublishMsg(pctx, msg,
		jetstream.WithExpectStream(j.opts.StreamName),
		jetstream.WithExpectLastSequencePerSubject(st.jsSeq))
	cancel()
	var jsSeq uint64
	switch {
	case err == nil:
		jsSeq = ack.Sequence
	case wrongLastSeq(err):
		// Another node appended to this stream since this node last looked:
		// it owns the stream now. Nothing was written, here or there.
		st.active = false
		actual, aerr := j.replicatedHead(ctx, req.Stream)
		if aerr != nil {
			actual = st.head + 1 // at least one append we did not see
		}
		return nil, conflict(req.Stream, req.ExpectedSeq, actual, "fenced: another node appended to this stream; ")
	default:
		// Unsure: the message may or may not be in the stream. If the
		// subject's last message is ours, it is; otherwise report the
		// failure and re-activate on next use (which lands it if it
		// arrives late).
		st.active = false
		landed, seq := j.publishedAnyway(req.Stream, a)
		if !landed {
			if cerr := ctx.Err(); cerr != nil {
				return nil, fmt.Errorf("append to %s: %w", req.Stream, cerr)
			}
			return nil, &persistence.Error{Code: CodeReplication, Stream: req.Stream, Seq: a.First(),
				Msg: fmt.Sprintf("append to %s: publish not acknowledged", req.Stream), Err: err}
		}
		jsSeq = seq
	}
	if j.opts.afterPublish != nil {
		if err := j.opts.afterPublish(req.Stream, recs); err != nil {
			st.active = false
			return nil, err
		}
	}
	// The append is decided; a caller giving up now must not keep it from
	// landing locally.
	err = j.local.AppendSealed(context.WithoutCancel(ctx), persistence.SealedAppend{
		Stream: req.Stream, ExpectedSeq: st.head, Records: recs, Index: req.Index, Unindex: req.Unindex})
	if err != nil {
		// Replicated but not local: not acknowledged; the next activation
		// lands it from the stream.
		st.active = false
		return nil, fmt.Errorf("append to %s: replicated, local write failed: %w", req.Stream, err)
	}
	st.jsSeq, st.head, st.hash = jsSeq, a.Last(), a.LastHash()
	st.active = true
	return recs, nil
}

func conflict(stream string, expected, actual uint64, prefix string) error {
	return &persistence.Error{Code: persistence.CodeConflict, Stream: stream, Seq: actual,
		Msg: fmt.Sprintf("%sstream %s: expected last sequence %d, actual %d", prefix, stream, expected, actual)}
}

// wrongLastSeq reports a JetStream "wrong last sequence" refusal: 10071,
// or 10164 from a replicated stream.
func wrongLastSeq(err error) bool {
	var jerr jetstream.JetStreamError
	if errors.As(err, &jerr) && jerr.APIError() != nil {
		switch jerr.APIError().ErrorCode {
		case jetstream.JSErrCodeStreamWrongLastSequence, jetstream.JSErrCodeStreamWrongLastSequenceConstant:
			return true
		}
	}
	return false
}

// publishedAnyway checks whether a's message reached the stream although
// its publish reported an error: the subject's last message then holds a's
// last record (same hash, so the same sealed bytes).
func (j *Journal) publishedAnyway(stream string, a *Append) (bool, uint64) {
	ctx, cancel := context.WithTimeout(context.Background(), j.opts.RequestTimeout)
	defer cancel()
	last, m, err := j.lastMessage(ctx, stream)
	if err != nil || last == nil || last.LastHash() != a.LastHash() {
		return false, 0
	}
	return true, m.Sequence
}

// lastMessage returns the last message on stream's subject, decoded; nil
// without error if the subject is empty.
func (j *Journal) lastMessage(ctx context.Context, stream string) (*Append, *jetstream.RawStreamMsg, error) {
	rctx, cancel := j.requestCtx(ctx)
	defer cancel()
	m, err := j.stream.GetLastMsgForSubject(rctx, j.Subject(stream))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return nil, nil, nil
	}
	if err != nil {
		return nil, nil, j.replicationErr(ctx, stream, "read last message", err)
	}
	a, err := decodeMsg(stream, m)
	if err != nil {
		return nil, nil, err
	}
	return a, m, nil
}

// replicatedHead is the journal sequence of stream's last replicated record.
func (j *Journal) replicatedHead(ctx context.Context, stream string) (uint64, error) {
	a, _, err := j.lastMessage(ctx, stream)
	if err != nil || a == nil {
		return 0, err
	}
	return a.Last(), nil
}

func (j *Journal) replicationErr(ctx context.Context, stream, what string, err error) error {
	if cerr := ctx.Err(); cerr != nil {
		return fmt.Errorf("%s of %s: %w", what, stream, cerr)
	}
	return &persistence.Error{Code: CodeReplication, Stream: stream, Msg: fmt.Sprintf("%s of %s", what, stream), Err: err}
}

func decodeMsg(stream string, m *jetstream.RawStreamMsg) (*Append, error) {
	a, err := DecodeAppend(stream, m.Data)
	if err != nil {
		return nil, err
	}
	if err := checkHeaders(a, m.Header.Get(HeaderStream), m.Header.Get(HeaderSeq)); err != nil {
		return nil, err
	}
	return a, nil
}

// activate brings the local journal of stream up to the replicated stream
// and records the subject's position. Called with st.lock held.
func (j *Journal) activate(ctx context.Context, stream string, st *streamState) error {
	st.active = false
	last, lastMsg, err := j.lastMessage(ctx, stream)
	if err != nil {
		return err
	}
	head, hash, err := j.local.Head(ctx, stream)
	if err != nil {
		return err
	}
	if last == nil {
		if head != 0 {
			return &persistence.Error{Code: persistence.CodeSeqGap, Stream: stream, Seq: 1,
				Msg: fmt.Sprintf("local journal has %s records 1..%d that the replicated stream %s lacks", stream, head, j.opts.StreamName)}
		}
		st.jsSeq, st.head, st.hash, st.active = 0, 0, persistence.Genesis, true
		return nil
	}
	switch {
	case last.Last() < head:
		return &persistence.Error{Code: persistence.CodeSeqGap, Stream: stream, Seq: last.Last() + 1,
			Msg: fmt.Sprintf("local journal has %s records %d..%d that the replicated stream lacks", stream, last.Last()+1, head)}
	case last.Last() == head:
		if hash != last.LastHash() {
			return &persistence.Error{Code: persistence.CodeHashMismatch, Stream: stream, Seq: head,
				Msg: "local record differs from the replicated one: the journals diverged"}
		}
	default:
		if head, hash, err = j.catchUp(ctx, stream, head, hash, lastMsg.Sequence); err != nil {
			return err
		}
		if head != last.Last() || hash != last.LastHash() {
			return &persistence.Error{Code: persistence.CodeHashMismatch, Stream: stream, Seq: head,
				Msg: fmt.Sprintf("catch-up ended at %d, the replicated head is %d", head, last.Last())}
		}
	}
	st.jsSeq, st.head, st.hash, st.active = lastMsg.Sequence, head, hash, true
	return nil
}

// catchUp lands the messages of stream's subject up to stream sequence
// upTo that follow the local head. AppendSealed checks that each message
// continues the local chain (sequence and prev_hash), so a diverged or
// tampered replica is refused, not merged.
func (j *Journal) catchUp(ctx context.Context, stream string, head uint64, hash persistence.Hash, upTo uint64) (uint64, persistence.Hash, error) {
	subj := j.Subject(stream)
	next := uint64(1)
	landed := 0
	for next <= upTo {
		rctx, cancel := j.requestCtx(ctx)
		m, err := j.stream.GetMsg(rctx, next, jetstream.WithGetMsgSubject(subj))
		cancel()
		if err != nil {
			return 0, persistence.Hash{}, j.replicationErr(ctx, stream, "catch up", err)
		}
		if m.Sequence > upTo {
			break
		}
		next = m.Sequence + 1
		a, err := decodeMsg(stream, m)
		if err != nil {
			return 0, persistence.Hash{}, err
		}
		if a.Last() <= head {
			continue
		}
		if a.First() != head+1 {
			return 0, persistence.Hash{}, &persistence.Error{Code: persistence.CodeSeqGap, Stream: stream, Seq: head + 1,
				Msg: fmt.Sprintf("replicated message %d holds %d..%d, the local head is %d", m.Sequence, a.First(), a.Last(), head)}
		}
		if err := j.local.AppendSealed(ctx, persistence.SealedAppend{Stream: stream, ExpectedSeq: head,
			Records: a.Records, Index: a.Index, Unindex: a.Unindex}); err != nil {
			return 0, persistence.Hash{}, fmt.Errorf("catch up %s: %w", stream, err)
		}
		head, hash = a.Last(), a.LastHash()
		landed++
	}
	if landed > 0 {
		j.opts.Logger.Info("caught up from the replicated journal", "stream", stream, "appends", landed, "head", head)
	}
	return head, hash, nil
}

// ensureActive activates stream if this process has not yet.
func (j *Journal) ensureActive(ctx context.Context, stream string) error {
	st := j.acquire(stream)
	defer st.release()
	st.lock.Lock()
	defer st.lock.Unlock()
	if st.active {
		return nil
	}
	return j.activate(ctx, stream, st)
}

// CatchUp re-reads stream's replicated head and lands what this node is
// missing, even if the stream is active: a node reading a stream that
// another node writes calls it to see the latest records.
func (j *Journal) CatchUp(ctx context.Context, stream string) error {
	if err := persistence.ValidateStream(stream); err != nil {
		return err
	}
	if err := j.begin(ctx); err != nil {
		return err
	}
	defer j.end()
	st := j.acquire(stream)
	defer st.release()
	st.lock.Lock()
	defer st.lock.Unlock()
	return j.activate(ctx, stream, st)
}

// CatchUpAll lands every replicated append this node is missing, in every
// stream, up to the stream's last message when it starts, and returns how
// many it landed. A node that lost its disk calls it before listing streams
// (Streams and Lookup are local). It reads the whole STRAIT_JOURNAL stream.
func (j *Journal) CatchUpAll(ctx context.Context) (int, error) {
	if err := j.begin(ctx); err != nil {
		return 0, err
	}
	defer j.end()
	rctx, cancel := j.requestCtx(ctx)
	info, err := j.stream.Info(rctx)
	cancel()
	if err != nil {
		return 0, j.replicationErr(ctx, j.opts.StreamName, "stream info", err)
	}
	upTo := info.State.LastSeq
	if info.State.Msgs == 0 {
		return 0, nil
	}
	cons, err := j.stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{j.opts.SubjectPrefix + ".>"}})
	if err != nil {
		return 0, j.replicationErr(ctx, j.opts.StreamName, "catch up all", err)
	}
	prefix := j.opts.SubjectPrefix + "."
	landed := 0
	for {
		done, n, err := j.landBatch(ctx, cons, prefix, upTo, &landed)
		if err != nil || done {
			return landed, err
		}
		if n == 0 {
			return landed, &persistence.Error{Code: CodeReplication, Msg: fmt.Sprintf("catch up all: stream ended before its last sequence %d", upTo)}
		}
	}
}

// landBatch lands one fetched batch; done reports that upTo was reached.
func (j *Journal) landBatch(ctx context.Context, cons jetstream.Consumer, prefix string, upTo uint64, landed *int) (done bool, n int, err error) {
	fctx, cancel := j.requestCtx(ctx)
	defer cancel()
	batch, err := cons.Fetch(256, jetstream.FetchContext(fctx))
	if err != nil {
		return false, 0, j.replicationErr(ctx, j.opts.StreamName, "catch up all", err)
	}
	for m := range batch.Messages() {
		n++
		md, err := m.Metadata()
		if err != nil {
			return false, n, j.replicationErr(ctx, j.opts.StreamName, "catch up all", err)
		}
		stream, err := StreamOfToken(strings.TrimPrefix(m.Subject(), prefix))
		if err != nil {
			return false, n, err
		}
		ok, err := j.landOne(ctx, stream, &jetstream.RawStreamMsg{Subject: m.Subject(), Sequence: md.Sequence.Stream,
			Header: m.Headers(), Data: m.Data()})
		if err != nil {
			return false, n, err
		}
		if ok {
			*landed++
		}
		if md.Sequence.Stream >= upTo {
			return true, n, nil
		}
	}
	if err := batch.Error(); err != nil {
		return false, n, j.replicationErr(ctx, j.opts.StreamName, "catch up all", err)
	}
	return false, n, nil
}

// landOne lands message m of stream if it follows the local head; it
// reports whether it did. The stream is left inactive so that its next use
// reads its position afresh.
func (j *Journal) landOne(ctx context.Context, stream string, m *jetstream.RawStreamMsg) (bool, error) {
	a, err := decodeMsg(stream, m)
	if err != nil {
		return false, err
	}
	st := j.acquire(stream)
	defer st.release()
	st.lock.Lock()
	defer st.lock.Unlock()
	head, _, err := j.local.Head(ctx, stream)
	if err != nil {
		return false, err
	}
	if a.Last() <= head {
		return false, nil
	}
	if a.First() != head+1 {
		return false, &persistence.Error{Code: persistence.CodeSeqGap, Stream: stream, Seq: head + 1,
			Msg: fmt.Sprintf("replicated message %d holds %d..%d, the local head is %d", m.Sequence, a.First(), a.Last(), head)}
	}
	st.active = false
	if err := j.local.AppendSealed(ctx, persistence.SealedAppend{Stream: stream, ExpectedSeq: head,
		Records: a.Records, Index: a.Index, Unindex: a.Unindex}); err != nil {
		return false, fmt.Errorf("catch up %s: %w", stream, err)
	}
	return true, nil
}

// Read implements persistence.Journal; the stream is activated first.
func (j *Journal) Read(ctx context.Context, stream string, from uint64, limit int) ([]persistence.Record, error) {
	if err := persistence.ValidateStream(stream); err != nil {
		return nil, err
	}
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	if err := j.ensureActive(ctx, stream); err != nil {
		return nil, err
	}
	return j.local.Read(ctx, stream, from, limit)
}

// Head implements persistence.Journal; the stream is activated first.
func (j *Journal) Head(ctx context.Context, stream string) (uint64, persistence.Hash, error) {
	if err := persistence.ValidateStream(stream); err != nil {
		return 0, persistence.Hash{}, err
	}
	if err := j.begin(ctx); err != nil {
		return 0, persistence.Hash{}, err
	}
	defer j.end()
	if err := j.ensureActive(ctx, stream); err != nil {
		return 0, persistence.Hash{}, err
	}
	return j.local.Head(ctx, stream)
}

// Streams implements persistence.Journal over the streams this node holds
// (see CatchUpAll).
func (j *Journal) Streams(ctx context.Context, prefix, after string, limit int) ([]string, error) {
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	return j.local.Streams(ctx, prefix, after, limit)
}

// SaveSnapshot implements persistence.Journal. Snapshots are derived data
// and stay local: a node that catches up replays records instead.
func (j *Journal) SaveSnapshot(ctx context.Context, stream string, snap persistence.Snapshot) error {
	if err := persistence.ValidateStream(stream); err != nil {
		return err
	}
	if err := j.begin(ctx); err != nil {
		return err
	}
	defer j.end()
	if err := j.ensureActive(ctx, stream); err != nil {
		return err
	}
	return j.local.SaveSnapshot(ctx, stream, snap)
}

// LoadSnapshot implements persistence.Journal (local).
func (j *Journal) LoadSnapshot(ctx context.Context, stream string) (persistence.Snapshot, bool, error) {
	if err := j.begin(ctx); err != nil {
		return persistence.Snapshot{}, false, err
	}
	defer j.end()
	return j.local.LoadSnapshot(ctx, stream)
}

// Lookup implements persistence.Journal over the local indexes, which
// replicate with their appends.
func (j *Journal) Lookup(ctx context.Context, ix persistence.Index, after string, limit int) ([]persistence.IndexHit, error) {
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	return j.local.Lookup(ctx, ix, after, limit)
}

// Verify implements persistence.Journal: it verifies the local store.
func (j *Journal) Verify(ctx context.Context) (persistence.VerifyReport, error) {
	if err := j.begin(ctx); err != nil {
		return persistence.VerifyReport{}, err
	}
	defer j.end()
	return j.local.Verify(ctx)
}

// Close closes the local journal; the NATS connection stays the caller's.
// It is idempotent.
func (j *Journal) Close() error {
	j.closeMu.Lock()
	defer j.closeMu.Unlock()
	if j.closed {
		return nil
	}
	j.closed = true
	return j.local.Close()
}
