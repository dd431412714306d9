package actors

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/straitnet/strait/api"
)

// seqHeader carries a status event's sequence so that a publisher can find
// where a transfer's published events end.
const seqHeader = "Strait-Seq"

// JetStreamPublisher publishes status events to the STRAIT_EVENTS stream,
// each transfer's events once and in order: it skips events at or below the
// last sequence already in the stream for that transfer, and sets
// Nats-Msg-Id to transfer:seq so that the server drops a duplicate that races
// past that check.
type JetStreamPublisher struct {
	js     jetstream.JetStream
	stream jetstream.Stream
	mu     sync.Mutex
	// last is each transfer's last published seq, while it runs (an
	// ended transfer's is dropped: a node's history would grow it
	// forever, and a later publish asks the stream).
	last map[string]uint64
	// locks keep a transfer's publishes in order, a stripe of transfers
	// to a lock (a lock a transfer would be another map without end).
	locks [64]sync.Mutex
}

// EnsureEventsStream creates (or updates) the STRAIT_EVENTS stream.
func EnsureEventsStream(ctx context.Context, js jetstream.JetStream, replicas int) (jetstream.Stream, error) {
	if replicas <= 0 {
		replicas = 1
	}
	return js.CreateOrUpdateStream(ctx, jetstream.StreamConfig{
		Name:        api.EventsStream,
		Description: "Strait transfer status events, replayable per transfer",
		Subjects:    []string{api.EventsSubject},
		Storage:     jetstream.FileStorage,
		Retention:   jetstream.LimitsPolicy,
		MaxAge:      30 * 24 * time.Hour,
		Duplicates:  10 * time.Minute,
		Replicas:    replicas,
	})
}

// NewJetStreamPublisher ensures the stream and returns a publisher.
func NewJetStreamPublisher(ctx context.Context, nc *nats.Conn) (*JetStreamPublisher, error) {
	js, err := jetstream.New(nc)
	if err != nil {
		return nil, fmt.Errorf("jetstream: %w", err)
	}
	st, err := EnsureEventsStream(ctx, js, 1)
	if err != nil {
		return nil, fmt.Errorf("stream %s: %w", api.EventsStream, err)
	}
	return &JetStreamPublisher{js: js, stream: st, last: map[string]uint64{}}, nil
}

func (p *JetStreamPublisher) lock(id string) *sync.Mutex {
	h := uint32(2166136261) // FNV-1a over the id, without a hasher to allocate
	for i := 0; i < len(id); i++ {
		h = (h ^ uint32(id[i])) * 16777619
	}
	return &p.locks[h%uint32(len(p.locks))]
}

// lastPublished is the last sequence of a transfer's events in the stream.
func (p *JetStreamPublisher) lastPublished(ctx context.Context, id string) (uint64, error) {
	p.mu.Lock()
	seq, ok := p.last[id]
	p.mu.Unlock()
	if ok {
		return seq, nil
	}
	msg, err := p.stream.GetLastMsgForSubject(ctx, api.EventsSubjectFor(id))
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	return strconv.ParseUint(msg.Header.Get(seqHeader), 10, 64)
}

// transferEvents counts the status events this node published (each once:
// an event already in the stream is not published again), on the default
// Prometheus registry that a node's /metrics serves.
var transferEvents = prometheus.NewCounterVec(prometheus.CounterOpts{
	Name: "strait_transfer_events_total",
	Help: "Transfer status events published, by journal event type and the status it left the transfer in.",
}, []string{"type", "status"})

func init() { prometheus.MustRegister(transferEvents) }

// ErrNotConnected: the publisher's NATS connection is down; nothing was
// published.
var ErrNotConnected = errors.New("not connected to NATS")

// Publish implements Publisher.
func (p *JetStreamPublisher) Publish(ctx context.Context, evs []api.StatusEvent) error {
	if len(evs) == 0 {
		return nil
	}
	id := evs[0].TransferID
	if !p.js.Conn().IsConnected() {
		// Reconnecting (or closed): a publish now would wait out its
		// timeout (5 s) in the reconnect buffer, holding up the
		// transfer's actor and every input sent to it. The actor retries
		// once NATS is back (failedPublish).
		return fmt.Errorf("publish events of %s: %w", id, ErrNotConnected)
	}
	l := p.lock(id)
	l.Lock()
	defer l.Unlock()
	last, err := p.lastPublished(ctx, id)
	if err != nil {
		return fmt.Errorf("last event of %s: %w", id, err)
	}
	for _, e := range evs {
		if e.Seq <= last {
			continue
		}
		if e.Seq != last+1 {
			return fmt.Errorf("event %d of %s would leave a gap after %d", e.Seq, id, last)
		}
		body, err := json.Marshal(e)
		if err != nil {
			return err
		}
		msg := nats.NewMsg(api.EventsSubjectFor(id))
		msg.Data = body
		msg.Header.Set(seqHeader, strconv.FormatUint(e.Seq, 10))
		msg.Header.Set(jetstream.MsgIDHeader, fmt.Sprintf("%s:%d", id, e.Seq))
		if _, err := p.js.PublishMsg(ctx, msg); err != nil {
			// The event may have landed with its ack lost: the next
			// attempt asks the stream where it stands, rather than trust
			// this node's count and rely on JetStream's duplicate window
			// (ten minutes) to drop a second copy.
			p.mu.Lock()
			delete(p.last, id)
			p.mu.Unlock()
			return fmt.Errorf("publish event %d of %s: %w", e.Seq, id, err)
		}
		last = e.Seq
		transferEvents.WithLabelValues(e.Type, string(e.Status)).Inc()
		p.mu.Lock()
		if api.Ended(e.Status) {
			delete(p.last, id)
		} else {
			p.last[id] = last
		}
		p.mu.Unlock()
	}
	return nil
}
