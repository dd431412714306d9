package journal

import (
	"context"
	"errors"
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
}

// Follow starts a follower: an ordered consumer (no durable state on the
// servers; it recreates itself after a disconnect) on every journal
// subject from the start of the stream. Messages this node already holds
// are skipped. It returns once the follower has handled every message up to
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
	cons, err := j.stream.OrderedConsumer(ctx, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{j.opts.SubjectPrefix + ".>"}})
	if err != nil {
		return nil, j.replicationErr(ctx, j.opts.StreamName, "follow", err)
	}
	it, err := cons.Messages()
	if err != nil {
		return nil, j.replicationErr(ctx, j.opts.StreamName, "follow", err)
	}
	fctx, fcancel := context.WithCancel(context.Background())
	f := &Follower{j: j, it: it, cancel: fcancel, done: make(chan struct{}), ready: make(chan struct{}), upTo: info.State.LastSeq}
	if info.State.Msgs == 0 || f.upTo == 0 {
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
		f.land(ctx, prefix, m, md.Sequence.Stream)
		f.seen.Store(md.Sequence.Stream)
		if md.Sequence.Stream >= f.upTo {
			select {
			case <-f.ready:
			default:
				close(f.ready)
			}
		}
	}
}

func (f *Follower) land(ctx context.Context, prefix string, m jetstream.Msg, seq uint64) {
	j := f.j
	if err := j.begin(ctx); err != nil {
		return // closed: the node is stopping
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
	}
}

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
