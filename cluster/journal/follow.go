package journal

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"time"

	"github.com/nats-io/nats.go/jetstream"
)

// Follower keeps this node's Pebble a replica of the whole cluster's
// journal: it lands every append of STRAIT_JOURNAL as it arrives, with the
// checks of CatchUpAll (landOne: the message must continue the local chain
// of its stream). Reads stay local, so with a follower running every node
// answers transfer.get and lists by index (owner, status) from its own disk,
// whichever node wrote the transfer.
type Follower struct {
	j      *Journal
	it     jetstream.MessagesContext
	cancel context.CancelFunc
	done   chan struct{}
	ready  chan struct{}
	upTo   uint64

	seen   atomic.Uint64 // stream sequence of the last message handled
	landed atomic.Uint64 // messages landed (not already local)
	failed atomic.Uint64 // messages that could not be landed

	// mark is the follower's progress kept in the local store (markName):
	// every message up to it was landed or already local. It stops moving
	// at the first message that could not be landed, so that the next
	// start reads that message again. run owns mark, saved and stuck.
	mark, saved uint64
	stuck       bool
	from        uint64 // the stream sequence this follower started at
}

// markEvery is how many messages the follower handles between saves of
// its mark (it also saves when it stops): a node that crashes reads at
// most this many messages again, and a follower that keeps up does not
// write its mark once per message.
const markEvery = 1000

// markName names the follower's mark in the local store.
func (j *Journal) markName() string { return "follower/" + j.opts.StreamName }

// Follow starts a follower: an ordered consumer (no durable state on the
// servers; it recreates itself after a disconnect) on every journal
// subject, from the message after the follower's mark in the local store
// (where the previous follower on this store got to), or from the start
// of the stream. Messages this node already holds are skipped. It returns once the follower has handled every message up to
// the stream's last one at the time of the call (so that a node starting
// up lists the cluster's unfinished transfers), or with ctx's error.
func (j *Journal) Follow(ctx context.Context) (*Follower, error) {
	if err := j.begin(ctx); err != nil {
		return nil, err
	}
	defer j.end()
	rctx, cancel := j.requestCtx(ctx)
	info, err := j.stream.Info(rctx)
	cancel()
	if err != nil {
		return nil, j.replicationErr(ctx, j.opts.StreamName, "stream info", err)
	}
	mark, _, err := j.local.Mark(ctx, j.markName())
	if err != nil {
		return nil, fmt.Errorf("follow %s: %w", j.opts.StreamName, err)
	}
	if mark > info.State.LastSeq {
		// The stream was recreated (its sequences start again): the mark
		// says nothing about it.
		j.opts.Logger.Warn("journal follower: mark past the stream's end; reading the stream from its start",
			"mark", mark, "last_seq", info.State.LastSeq)
		mark = 0
	}
	cc := jetstream.OrderedConsumerConfig{FilterSubjects: []string{j.opts.SubjectPrefix + ".>"}}
	if mark > 0 {
		cc.DeliverPolicy, cc.OptStartSeq = jetstream.DeliverByStartSequencePolicy, mark+1
	}
	cons, err := j.stream.OrderedConsumer(ctx, cc)
	if err != nil {
		return nil, j.replicationErr(ctx, j.opts.StreamName, "follow", err)
	}
	it, err := cons.Messages()
	if err != nil {
		return nil, j.replicationErr(ctx, j.opts.StreamName, "follow", err)
	}
	fctx, fcancel := context.WithCancel(context.Background())
	f := &Follower{j: j, it: it, cancel: fcancel, done: make(chan struct{}), ready: make(chan struct{}), upTo: info.State.LastSeq,
		mark: mark, saved: mark, from: mark + 1}
	if info.State.Msgs == 0 || f.upTo == 0 || mark >= f.upTo {
		close(f.ready)
	}
	go f.run(fctx)
	select {
	case <-f.ready:
		return f, nil
	case <-ctx.Done():
		f.Stop()
		return nil, ctx.Err()
	}
}

func (f *Follower) run(ctx context.Context) {
	defer close(f.done)
	defer f.saveMark()
	log := f.j.opts.Logger
	prefix := f.j.opts.SubjectPrefix + "."
	for {
		m, err := f.it.Next()
		if errors.Is(err, jetstream.ErrMsgIteratorClosed) || ctx.Err() != nil {
			return
		}
		if err != nil {
			// A missed heartbeat or a disconnect: the ordered consumer
			// resets itself from the last sequence it delivered.
			log.Warn("journal follower: waiting for the stream", "err", err)
			select {
			case <-ctx.Done():
				return
			case <-time.After(100 * time.Millisecond):
			}
			continue
		}
		md, err := m.Metadata()
		if err != nil {
			continue
		}
		ok := f.land(ctx, prefix, m, md.Sequence.Stream)
		f.seen.Store(md.Sequence.Stream)
		if !ok {
			f.stuck = true
		} else if !f.stuck {
			f.mark = md.Sequence.Stream
			if f.mark-f.saved >= markEvery {
				f.saveMark()
			}
		}
		if md.Sequence.Stream >= f.upTo {
			select {
			case <-f.ready:
			default:
				close(f.ready)
			}
		}
	}
}

// saveMark keeps the follower's progress in the local store.
func (f *Follower) saveMark() {
	if f.mark == f.saved {
		return
	}
	if err := f.j.local.SetMark(context.Background(), f.j.markName(), f.mark); err != nil {
		f.j.opts.Logger.Warn("journal follower: mark not saved (the next start reads more of the stream again)", "mark", f.mark, "err", err)
		return
	}
	f.saved = f.mark
}

// land lands message seq; false when it could not (logged).
func (f *Follower) land(ctx context.Context, prefix string, m jetstream.Msg, seq uint64) bool {
	j := f.j
	if err := j.begin(ctx); err != nil {
		return false // closed: the node is stopping
	}
	defer j.end()
	stream, err := StreamOfToken(strings.TrimPrefix(m.Subject(), prefix))
	if err == nil {
		var ok bool
		ok, err = j.landOne(ctx, stream, &jetstream.RawStreamMsg{Subject: m.Subject(), Sequence: seq, Header: m.Headers(), Data: m.Data()})
		if ok {
			f.landed.Add(1)
		}
	}
	if err != nil && ctx.Err() == nil {
		// Not landed: the stream's next activation (a read or an append)
		// catches it up from JetStream, or reports why it cannot.
		f.failed.Add(1)
		j.opts.Logger.Error("journal follower: message not landed", "subject", m.Subject(), "seq", seq, "err", err)
		return false
	}
	return err == nil
}

// From is the stream sequence the follower started reading at (1 when it
// read the stream from its start; later when the local store's mark said
// where a previous follower had got to).
func (f *Follower) From() uint64 { return f.from }

// Seen is the stream sequence of the last message the follower handled.
func (f *Follower) Seen() uint64 { return f.seen.Load() }

// Landed counts the messages the follower wrote locally (the others were
// this node's own appends, or already landed).
func (f *Follower) Landed() uint64 { return f.landed.Load() }

// Failed counts the messages that could not be landed (logged).
func (f *Follower) Failed() uint64 { return f.failed.Load() }

// Stop stops the follower and waits for it.
func (f *Follower) Stop() {
	f.cancel()
	f.it.Stop()
	<-f.done
}
