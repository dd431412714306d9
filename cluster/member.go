// Package cluster runs a Strait node as a member of a protoactor-go
// cluster: remote on a TCP address, the disthash identity lookup (a virtual
// actor's identity hashes to the member that activates it), and a cluster
// provider from package cluster/membership. Package cluster/journal is the
// replicated journal whose fencing makes double execution impossible even
// when membership is wrong; see docs/cluster.md.
package cluster

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"strconv"
	"sync"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	pcluster "github.com/asynkron/protoactor-go/cluster"
	"github.com/asynkron/protoactor-go/cluster/identitylookup/disthash"
	"github.com/asynkron/protoactor-go/remote"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/cluster/membership"
)

// Config of one member.
type Config struct {
	// Name of the cluster; members of one cluster share it (default
	// "strait"). [A-Za-z0-9_-].
	Name string `yaml:"name"`
	// Host and Port the member's remote listens on (default 127.0.0.1 and
	// a free port).
	Host string `yaml:"host"`
	Port int    `yaml:"port"`
	// AdvertisedHost is the host:port other members dial, when it differs
	// from Host:Port (containers, NAT).
	AdvertisedHost string `yaml:"advertised_host"`
	// Membership chooses the cluster provider.
	Membership membership.Config `yaml:"membership"`
	// RequestTimeout bounds a request to a virtual actor (default 5s).
	RequestTimeout time.Duration `yaml:"request_timeout"`
	// Logger for the member and the actor system; nil discards.
	Logger *slog.Logger `yaml:"-"`
}

// EnsureDefaults fills unset fields.
func (c *Config) EnsureDefaults() {
	if c.Name == "" {
		c.Name = "strait"
	}
	if c.Host == "" {
		c.Host = "127.0.0.1"
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 5 * time.Second
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	c.Membership.EnsureDefaults()
}

// Validate checks the config after EnsureDefaults.
func (c *Config) Validate() error {
	if c.Name == "" || len(c.Name) > 64 {
		return fmt.Errorf("cluster: name %q must be 1..64 bytes", c.Name)
	}
	for i := 0; i < len(c.Name); i++ {
		ch := c.Name[i]
		if !(ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '-') {
			return fmt.Errorf("cluster: name %q: use [A-Za-z0-9_-]", c.Name)
		}
	}
	if c.Port < 0 || c.Port > 65535 {
		return fmt.Errorf("cluster: port %d not in 0..65535", c.Port)
	}
	if c.AdvertisedHost != "" {
		if _, _, err := net.SplitHostPort(c.AdvertisedHost); err != nil {
			return fmt.Errorf("cluster: advertised_host %q is not host:port", c.AdvertisedHost)
		}
	}
	if c.RequestTimeout <= 0 {
		return fmt.Errorf("cluster: request_timeout %v <= 0", c.RequestTimeout)
	}
	return c.Membership.Validate()
}

// Member is a running cluster member.
type Member struct {
	System   *actor.ActorSystem
	Cluster  *pcluster.Cluster
	cfg      Config
	provider pcluster.ClusterProvider
	stopOnce sync.Once

	// view is the latest topology the member list published; kept here
	// because MemberList.Members reads its set without a lock.
	viewMu    sync.Mutex
	view      []string
	members   []*pcluster.Member
	known     bool // a topology was published
	observers []func([]*pcluster.Member)
}

// Start starts a member hosting kinds. nc is the NATS connection the
// nats-kv provider uses (nil with automanaged).
func Start(cfg Config, nc *nats.Conn, kinds ...*pcluster.Kind) (m *Member, err error) {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	provider, err := cfg.Membership.NewProvider(nc, cfg.Logger.With("component", "membership"))
	if err != nil {
		return nil, err
	}
	log := cfg.Logger.With("component", "cluster")
	sys := actor.NewActorSystem(actor.WithLoggerFactory(func(*actor.ActorSystem) *slog.Logger { return log }))
	ropts := []remote.ConfigOption{}
	if cfg.AdvertisedHost != "" {
		ropts = append(ropts, remote.WithAdvertisedHost(cfg.AdvertisedHost))
	}
	rcfg := remote.Configure(cfg.Host, cfg.Port, ropts...)
	ccfg := pcluster.Configure(cfg.Name, provider, disthash.New(), rcfg,
		pcluster.WithKinds(kinds...), pcluster.WithRequestTimeout(cfg.RequestTimeout))
	c := pcluster.New(sys, ccfg)
	m = &Member{System: sys, Cluster: c, cfg: cfg, provider: provider}
	sys.EventStream.Subscribe(func(evt any) {
		if t, ok := evt.(*pcluster.ClusterTopology); ok {
			ids := make([]string, 0, len(t.Members))
			for _, mm := range t.Members {
				ids = append(ids, mm.Id)
			}
			m.viewMu.Lock()
			m.view, m.members, m.known = ids, t.Members, true
			obs := append([]func([]*pcluster.Member){}, m.observers...)
			m.viewMu.Unlock()
			for _, fn := range obs {
				fn(t.Members)
			}
		}
	})
	// protoactor reports a failed start (listen, provider) by panicking.
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("cluster: start member: %v", r)
			sys.Shutdown()
		}
	}()
	c.StartMember()
	return m, nil
}

// ID is the member's id in the cluster.
func (m *Member) ID() string { return m.System.ID }

// Name is the cluster's name.
func (m *Member) Name() string { return m.cfg.Name }

// Address is the member's remote address (host:port).
func (m *Member) Address() string { return m.System.Address() }

// Request sends msg to the virtual actor kind/identity and waits for its
// reply.
func (m *Member) Request(kind, identity string, msg any, timeout time.Duration) (any, error) {
	if timeout <= 0 {
		timeout = m.cfg.RequestTimeout
	}
	res, err := m.Cluster.Request(identity, kind, msg, pcluster.WithTimeout(timeout))
	if err != nil {
		return nil, err
	}
	if res == nil {
		return nil, errors.New("cluster: no reply from " + kind + "/" + identity)
	}
	return res, nil
}

// Members lists the member ids in this member's current view (the last
// topology its member list published).
func (m *Member) Members() []string {
	m.viewMu.Lock()
	defer m.viewMu.Unlock()
	return append([]string(nil), m.view...)
}

// OnTopology calls fn with the members of every topology the member list
// publishes from now on, and at once with the current one if there is one
// already. fn runs on the actor system's event stream: it must not block.
func (m *Member) OnTopology(fn func(members []*pcluster.Member)) {
	m.viewMu.Lock()
	m.observers = append(m.observers, fn)
	cur, known := m.members, m.known
	m.viewMu.Unlock()
	if known {
		fn(cur)
	}
}

// Stop leaves the cluster. graceful=false stops without telling anyone, as
// a crash would: the member's membership entry then expires.
// Only the first Stop or Close acts.
func (m *Member) Stop(graceful bool) {
	m.stopOnce.Do(func() { m.Cluster.Shutdown(graceful) })
}

// Close stops the member's provider without leaving (its entry expires)
// and then the member; for tests and process exit after a failure.
func (m *Member) Close() {
	m.stopOnce.Do(func() {
		_ = m.provider.Shutdown(false)
		m.Cluster.Shutdown(false)
	})
}

// FreePort returns a free TCP port on host (tests, examples).
func FreePort(host string) (int, error) {
	l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return 0, err
	}
	defer l.Close()
	_, p, _ := net.SplitHostPort(l.Addr().String())
	return strconv.Atoi(p)
}
