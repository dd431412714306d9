package api

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// WatchOptions tune Client.Watch. The zero value follows a transfer from
// its first event.
type WatchOptions struct {
	// FromSeq skips the events before this seq (0 or 1: from the first).
	// A wallet that saw events up to n resumes with n+1 (past the end of
	// an ended transfer, Watch returns nil at once).
	FromSeq uint64
	// Idle, when set, is called after each IdleEvery (default 30 s) that
	// passes without an event, with the time since the last event (or
	// since Watch began): a CLI says it is still waiting.
	Idle      func(waited time.Duration)
	IdleEvery time.Duration
}

// EventsGoneError is Watch's answer for a transfer that ended and whose
// events STRAIT_EVENTS no longer keeps (they expire after 30 days), or
// never got (the node that ended it died before publishing its last
// events): Transfer is its final state.
type EventsGoneError struct {
	Transfer *Transfer
}

func (e *EventsGoneError) Error() string {
	return fmt.Sprintf("transfer %s ended %s/%s and the events stream does not hold its events (expired, or never published)", e.Transfer.ID, e.Transfer.Status, e.Transfer.Substatus)
}

// Ended reports whether a status is final (DONE or FAILED).
func Ended(s Status) bool { return s == StatusDone || s == StatusFailed }

// Watch follows transfer id's status events from the stream STRAIT_EVENTS
// (strait.v1.events.transfer.<id>): it calls fn with each, in order and
// each once, from o.FromSeq on. It returns nil once fn has seen the event
// that ended the transfer (status DONE or FAILED), fn's error when fn
// returns one, an *Error with code NOT_FOUND for an id no node knows (at
// once: a mistyped id has no events and never will), an *EventsGoneError
// for an ended transfer whose events expired, or ctx's error. A node
// that restarts under the watch (its NATS server goes away and comes
// back) does not end it: once nats.go has reconnected, the watch carries
// on from the event after the last one fn saw. An outage ends the watch
// only with ctx, or when the connection closes for good (nats.go gave up
// reconnecting: by default after two minutes).
func (c *Client) Watch(ctx context.Context, id string, o WatchOptions, fn func(StatusEvent) error) error {
	t, err := c.Get(ctx, id)
	if err != nil {
		return err
	}
	if Ended(t.Status) && t.Seq < o.FromSeq {
		return nil // the wallet saw the end already: nothing is left to watch
	}
	js, err := jetstream.New(c.nc)
	if err != nil {
		return fmt.Errorf("watch %s: %w", id, err)
	}
	subject := EventsSubjectFor(id)
	if Ended(t.Status) {
		st, err := js.Stream(ctx, EventsStream)
		if err != nil {
			return fmt.Errorf("watch %s: stream %s: %w", id, EventsStream, err)
		}
		if _, err := st.GetLastMsgForSubject(ctx, subject); errors.Is(err, jetstream.ErrMsgNotFound) {
			return &EventsGoneError{Transfer: t}
		} else if err != nil {
			return fmt.Errorf("watch %s: %w", id, err)
		}
	}
	every := o.IdleEvery
	if every <= 0 {
		every = 30 * time.Second
	}
	// The server drops the consumer a minute (and an idle wait) after the
	// last pull, so a watch that ends leaves nothing behind for long.
	cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{subject}, InactiveThreshold: every + time.Minute}
	cons, err := js.OrderedConsumer(ctx, EventsStream, cfg)
	if err != nil {
		return fmt.Errorf("watch %s: %w", id, err)
	}
	next := max(o.FromSeq, 1) // the seq of the next event fn is to see
	last := time.Now()
	wait := reconnectWait
	// pause waits before the next attempt after a failure (the connection
	// closing for good is caught at the top of the loop).
	pause := func() error {
		err := sleepCtx(ctx, wait)
		wait = min(2*wait, maxReconnectWait)
		return err
	}
	for {
		if c.nc.IsClosed() { // (a pull on a closed connection may only time out)
			return fmt.Errorf("watch %s: %w", id, nats.ErrConnectionClosed)
		}
		if cons == nil {
			// After a failure, a new consumer replays the transfer's
			// events from the start (a few dozen at most), and those fn
			// saw are skipped below.
			if cons, err = js.OrderedConsumer(ctx, EventsStream, cfg); err != nil {
				if err := pause(); err != nil {
					return err
				}
				continue
			}
		}
		wctx, cancel := context.WithTimeout(ctx, every)
		msg, err := cons.Next(jetstream.FetchContext(wctx))
		cancel()
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, nats.ErrTimeout) || errors.Is(err, jetstream.ErrNoMessages) || errors.Is(err, context.DeadlineExceeded) {
			if o.Idle != nil {
				o.Idle(time.Since(last))
			}
			// A transfer that ended a while ago (two idle waits: a
			// node publishes within a tick of its journal) with events
			// fn has not seen and the stream does not have will not get
			// them: the node that ended it died between its journal and
			// the publish, and no node could publish them since (a
			// restarted single node does as it starts, and a node that
			// answers this Get publishes what the stream lacks; both
			// failed, or the node is of an older version). Its final
			// state ends the watch.
			if t, gerr := c.Get(ctx, id); gerr == nil && Ended(t.Status) && t.Seq >= next && time.Since(t.UpdatedAt) > 2*every {
				return &EventsGoneError{Transfer: t}
			}
			continue
		}
		if err != nil {
			// The node went away (its NATS server shut down, the
			// connection dropped or is reconnecting, JetStream is not
			// back yet): nats.go reconnects, and the watch carries on
			// with a new consumer once it can. It gives up only with its
			// context, or when the connection closes for good.
			cons = nil
			if err := pause(); err != nil {
				return err
			}
			continue
		}
		wait = reconnectWait
		last = time.Now()
		var e StatusEvent
		if err := json.Unmarshal(msg.Data(), &e); err != nil {
			return fmt.Errorf("watch %s: event at stream seq %d: %w", id, streamSeq(msg), err)
		}
		if e.Seq < next {
			continue // before FromSeq, or seen before a reconnect
		}
		if err := fn(e); err != nil {
			return err
		}
		next = e.Seq + 1
		if Ended(e.Status) {
			return nil
		}
	}
}

// Watch's waits between attempts to follow the events again after a
// failure: doubling from reconnectWait up to maxReconnectWait.
const (
	reconnectWait    = 100 * time.Millisecond
	maxReconnectWait = 2 * time.Second
)

func streamSeq(m jetstream.Msg) uint64 {
	if md, err := m.Metadata(); err == nil {
		return md.Sequence.Stream
	}
	return 0
}
