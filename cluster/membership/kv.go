// Package membership provides protoactor-go cluster providers: one on a
// NATS JetStream key-value bucket (each member heartbeats its entry; an
// entry that stops being refreshed expires and the member leaves), and the
// static automanaged provider, chosen by Config.
//
// Membership decides where a virtual actor is activated; it is never the
// guarantee that only one activation exists. Two members can disagree for
// a while (a heartbeat late by more than the TTL, a partition), so two
// activations of one transfer can run at once. Exclusivity comes from the
// replicated journal's fencing (package cluster/journal): the activation
// whose append JetStream refuses stops without acting.
package membership

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sort"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/cluster"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// KVOptions configure the key-value provider.
type KVOptions struct {
	// Bucket is the key-value bucket (default strait_members).
	Bucket string
	// TTL is how long an entry lives without a heartbeat: a member that
	// stops leaves the others' view within about TTL (default 6s, at least
	// 1s). Members heartbeat every TTL/3.
	TTL time.Duration
	// Replicas of the bucket when this member creates it (default 1).
	Replicas int
	// RequestTimeout bounds each bucket operation (default 5s).
	RequestTimeout time.Duration
	// Logger; nil discards.
	Logger *slog.Logger
	// OnExpelled, if set, is called (once, on its own goroutine) when this
	// member's own entry disappears while it runs: a heartbeat came later
	// than the TTL (a frozen or starved process) or someone deleted it.
	// The others have dropped the member for good; it should restart.
	OnExpelled func()
}

// EnsureDefaults fills unset fields.
func (o *KVOptions) EnsureDefaults() {
	if o.Bucket == "" {
		o.Bucket = "strait_members"
	}
	if o.TTL == 0 {
		o.TTL = 6 * time.Second
	}
	if o.Replicas == 0 {
		o.Replicas = 1
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = 5 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// Validate checks the options after EnsureDefaults.
func (o *KVOptions) Validate() error {
	switch {
	case validName(o.Bucket) != nil:
		return fmt.Errorf("membership: bucket %q: %v", o.Bucket, validName(o.Bucket))
	case o.TTL < time.Second || o.TTL > 10*time.Minute:
		return fmt.Errorf("membership: TTL %v not in 1s..10m", o.TTL)
	case o.Replicas < 1 || o.Replicas > 5:
		return fmt.Errorf("membership: replicas %d not in 1..5", o.Replicas)
	case o.RequestTimeout <= 0:
		return fmt.Errorf("membership: request timeout %v <= 0", o.RequestTimeout)
	}
	return nil
}

// KVProvider is a cluster.ClusterProvider on a JetStream key-value bucket.
//
// The bucket's TTL expires each entry that is not rewritten in time, and
// its limit markers (LimitMarkerTTL) make the server tell every watcher
// when that happens, so a member that dies without leaving drops out of
// every view within about one TTL. A member that leaves gracefully deletes
// its entry at once.
type KVProvider struct {
	nc   *nats.Conn
	opts KVOptions

	mu       sync.Mutex
	c        *cluster.Cluster
	kv       jetstream.KeyValue
	self     Entry
	members  map[string]Entry // by member id, self included
	cancel   context.CancelFunc
	done     chan struct{}
	stopped  bool
	expelled bool
}

var _ cluster.ClusterProvider = (*KVProvider)(nil)

// NewKVProvider returns a provider that keeps membership in a bucket on
// nc's JetStream. The connection stays the caller's.
func NewKVProvider(nc *nats.Conn, opts KVOptions) (*KVProvider, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	return &KVProvider{nc: nc, opts: opts, members: map[string]Entry{}}, nil
}

func (p *KVProvider) bucket(ctx context.Context) (jetstream.KeyValue, error) {
	js, err := jetstream.New(p.nc)
	if err != nil {
		return nil, err
	}
	kv, err := js.KeyValue(ctx, p.opts.Bucket)
	if errors.Is(err, jetstream.ErrBucketNotFound) {
		kv, err = js.CreateKeyValue(ctx, jetstream.KeyValueConfig{
			Bucket:      p.opts.Bucket,
			Description: "Strait cluster membership: one entry per live member",
			History:     1,
			TTL:         p.opts.TTL,
			// Markers make the server announce expired entries to
			// watchers; without them a dead member would stay in every
			// view until a restart.
			LimitMarkerTTL: p.opts.TTL,
			Replicas:       p.opts.Replicas,
		})
		if errors.Is(err, jetstream.ErrBucketExists) {
			kv, err = js.KeyValue(ctx, p.opts.Bucket)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("membership: bucket %s: %w", p.opts.Bucket, err)
	}
	st, err := kv.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("membership: bucket %s: %w", p.opts.Bucket, err)
	}
	if st.TTL() <= 0 || st.LimitMarkerTTL() <= 0 {
		return nil, fmt.Errorf("membership: bucket %s has TTL %v and limit markers %v; both are needed for dead members to leave", p.opts.Bucket, st.TTL(), st.LimitMarkerTTL())
	}
	if st.TTL() != p.opts.TTL {
		p.opts.Logger.Warn("membership bucket TTL differs from this node's; using the bucket's", "bucket", p.opts.Bucket, "bucket_ttl", st.TTL(), "ttl", p.opts.TTL)
		p.opts.TTL = st.TTL()
	}
	return kv, nil
}

// StartMember implements cluster.ClusterProvider: publish this member,
// watch the others, heartbeat until Shutdown or the actor system stops.
func (p *KVProvider) StartMember(c *cluster.Cluster) error {
	host, port, err := c.ActorSystem.GetHostPort()
	if err != nil {
		return fmt.Errorf("membership: member address: %w", err)
	}
	self := Entry{Cluster: c.Config.Name, ID: c.ActorSystem.ID, Host: host, Port: port, Kinds: c.GetClusterKinds()}
	sort.Strings(self.Kinds)
	val, err := self.encode()
	if err != nil {
		return err
	}
	if err := p.start(c, &self); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.RequestTimeout)
	defer cancel()
	if _, err := p.kv.Put(ctx, Key(self.Cluster, self.ID), val); err != nil {
		p.stop()
		return fmt.Errorf("membership: register %s: %w", self.ID, err)
	}
	go p.heartbeat(Key(self.Cluster, self.ID), val)
	return nil
}

// StartClient implements cluster.ClusterProvider: watch without joining.
func (p *KVProvider) StartClient(c *cluster.Cluster) error { return p.start(c, nil) }

func (p *KVProvider) start(c *cluster.Cluster, self *Entry) error {
	if err := validName(c.Config.Name); err != nil {
		return fmt.Errorf("membership: cluster name %q: %v", c.Config.Name, err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.RequestTimeout)
	kv, err := p.bucket(ctx)
	cancel()
	if err != nil {
		return err
	}
	wctx, wcancel := context.WithCancel(context.Background())
	w, err := kv.Watch(wctx, c.Config.Name+".*")
	if err != nil {
		wcancel()
		return fmt.Errorf("membership: watch %s: %w", p.opts.Bucket, err)
	}
	p.mu.Lock()
	p.c, p.kv, p.cancel, p.done = c, kv, wcancel, make(chan struct{})
	if self != nil {
		p.self = *self
		p.members[self.ID] = *self
	}
	p.mu.Unlock()
	go p.watch(wctx, w)
	return nil
}

// watch applies the bucket's changes to the cluster's member list. The
// initial values arrive first, then a nil entry, then changes as they
// happen; the topology is published after the initial values and after
// each change.
func (p *KVProvider) watch(ctx context.Context, w jetstream.KeyWatcher) {
	defer close(p.done)
	defer func() { _ = w.Stop() }()
	initial := true
	for {
		select {
		case <-ctx.Done():
			return
		case e, ok := <-w.Updates():
			if !ok {
				if ctx.Err() == nil {
					p.opts.Logger.Error("membership watch ended", "bucket", p.opts.Bucket)
				}
				return
			}
			if e == nil {
				initial = false
				p.publish()
				continue
			}
			if p.apply(e) && !initial {
				p.publish()
			}
		}
	}
}

// apply records one bucket change; it reports whether the view changed.
func (p *KVProvider) apply(e jetstream.KeyValueEntry) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch e.Operation() {
	case jetstream.KeyValuePut:
		m, err := DecodeEntry(e.Key(), e.Value())
		if err != nil {
			p.opts.Logger.Warn("membership entry ignored", "key", e.Key(), "err", err)
			return false
		}
		if m.Cluster != p.c.Config.Name {
			return false
		}
		old, had := p.members[m.ID]
		p.members[m.ID] = m
		return !had || old.Host != m.Host || old.Port != m.Port || fmt.Sprint(old.Kinds) != fmt.Sprint(m.Kinds)
	default: // deleted by a graceful leave, or expired (limit marker)
		id, ok := idOfKey(p.c.Config.Name, e.Key())
		if !ok {
			return false
		}
		if id == p.self.ID && !p.stopped {
			// Our own entry expired: a heartbeat came too late. Others have
			// dropped us (and protoactor will not take us back); say so
			// loudly. Journal fencing keeps this safe.
			p.opts.Logger.Error("this member's entry expired; the cluster considers it gone", "member", id)
			if p.opts.OnExpelled != nil && !p.expelled {
				p.expelled = true
				go p.opts.OnExpelled()
			}
			return false
		}
		if _, had := p.members[id]; !had {
			return false
		}
		delete(p.members, id)
		p.opts.Logger.Info("member left", "member", id, "reason", e.Operation().String())
		return true
	}
}

func idOfKey(clusterName, key string) (string, bool) {
	pre := clusterName + "."
	if len(key) <= len(pre) || key[:len(pre)] != pre {
		return "", false
	}
	id := key[len(pre):]
	return id, validName(id) == nil
}

// publish hands the current view to the cluster.
func (p *KVProvider) publish() {
	p.mu.Lock()
	if p.stopped || p.c.ActorSystem.IsStopped() {
		p.mu.Unlock()
		return
	}
	ms := make([]*cluster.Member, 0, len(p.members))
	for _, m := range p.members {
		ms = append(ms, &cluster.Member{Id: m.ID, Host: m.Host, Port: int32(m.Port), Kinds: append([]string(nil), m.Kinds...)})
	}
	c := p.c
	p.mu.Unlock()
	sort.Slice(ms, func(i, j int) bool { return ms[i].Id < ms[j].Id })
	c.MemberList.UpdateClusterTopology(ms)
}

// heartbeat rewrites this member's entry every TTL/3, so it outlives two
// missed beats. It stops when the provider shuts down or the actor system
// stops (a non-graceful cluster shutdown does not call the provider; the
// entry then expires, which is what a crash looks like to the others).
func (p *KVProvider) heartbeat(key string, val []byte) {
	t := time.NewTicker(p.opts.TTL / 3)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
		}
		p.mu.Lock()
		stop := p.stopped || p.c.ActorSystem.IsStopped()
		p.mu.Unlock()
		if stop {
			p.stop()
			return
		}
		ctx, cancel := context.WithTimeout(context.Background(), p.opts.RequestTimeout)
		_, err := p.kv.Put(ctx, key, val)
		cancel()
		if err != nil {
			p.opts.Logger.Warn("membership heartbeat failed", "key", key, "err", err)
		}
	}
}

// stop ends the watch and the heartbeat.
func (p *KVProvider) stop() {
	p.mu.Lock()
	p.stopped = true
	cancel := p.cancel
	p.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// Shutdown implements cluster.ClusterProvider. A graceful shutdown deletes
// this member's entry so the others drop it at once.
func (p *KVProvider) Shutdown(graceful bool) error {
	p.stop()
	p.mu.Lock()
	kv, self := p.kv, p.self
	p.mu.Unlock()
	if !graceful || kv == nil || self.ID == "" {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), p.opts.RequestTimeout)
	defer cancel()
	if err := kv.Delete(ctx, Key(self.Cluster, self.ID)); err != nil {
		return fmt.Errorf("membership: leave: %w", err)
	}
	return nil
}

// Members returns this provider's current view, sorted by id (tests,
// health endpoints).
func (p *KVProvider) Members() []Entry {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]Entry, 0, len(p.members))
	for _, m := range p.members {
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
