package membership

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"sort"
	"strconv"
	"time"

	"github.com/asynkron/protoactor-go/cluster"
	"github.com/asynkron/protoactor-go/cluster/clusterproviders/automanaged"
	"github.com/labstack/echo"
	"github.com/nats-io/nats.go"
)

// Provider names.
const (
	ProviderNATSKV      = "nats-kv"
	ProviderAutoManaged = "automanaged"
)

// Config chooses and configures the cluster provider; it is meant to sit
// in the node's config file under `cluster.membership`.
type Config struct {
	// Provider: "nats-kv" (default) or "automanaged".
	Provider string `yaml:"provider" json:"provider"`

	// nats-kv: the bucket, the entry TTL and the bucket's replicas.
	Bucket   string        `yaml:"bucket" json:"bucket"`
	TTL      time.Duration `yaml:"ttl" json:"ttl"`
	Replicas int           `yaml:"replicas" json:"replicas"`

	// automanaged: a static list of every member's automanaged endpoint
	// (host:port, this member's included), the port this member serves its
	// health on, the address it binds (default 0.0.0.0) and how often it
	// polls the others (default 2s).
	Hosts      []string      `yaml:"hosts" json:"hosts"`
	Port       int           `yaml:"port" json:"port"`
	Bind       string        `yaml:"bind" json:"bind"`
	RefreshTTL time.Duration `yaml:"refresh_ttl" json:"refresh_ttl"`

	// OnExpelled (nats-kv; not from a file) is KVOptions.OnExpelled.
	OnExpelled func() `yaml:"-" json:"-"`
}

// EnsureDefaults fills unset fields.
func (c *Config) EnsureDefaults() {
	if c.Provider == "" {
		c.Provider = ProviderNATSKV
	}
	if c.Provider == ProviderAutoManaged {
		if c.Bind == "" {
			c.Bind = "0.0.0.0"
		}
		if c.RefreshTTL == 0 {
			c.RefreshTTL = 2 * time.Second
		}
	}
}

// Validate checks the config after EnsureDefaults.
func (c *Config) Validate() error {
	switch c.Provider {
	case ProviderNATSKV:
		o := c.kvOptions(nil)
		o.EnsureDefaults()
		return o.Validate()
	case ProviderAutoManaged:
		if c.Port < 1 || c.Port > 65535 {
			return fmt.Errorf("membership: automanaged port %d not in 1..65535", c.Port)
		}
		if len(c.Hosts) == 0 {
			return fmt.Errorf("membership: automanaged needs hosts (every member's host:port)")
		}
		for _, h := range c.Hosts {
			if _, p, err := net.SplitHostPort(h); err != nil || p == "" {
				return fmt.Errorf("membership: automanaged host %q is not host:port", h)
			}
		}
		if net.ParseIP(c.Bind) == nil {
			return fmt.Errorf("membership: automanaged bind %q is not an IP address", c.Bind)
		}
		if c.RefreshTTL < 100*time.Millisecond {
			return fmt.Errorf("membership: automanaged refresh_ttl %v below 100ms", c.RefreshTTL)
		}
		return nil
	default:
		return fmt.Errorf("membership: provider %q: want %q or %q", c.Provider, ProviderNATSKV, ProviderAutoManaged)
	}
}

func (c *Config) kvOptions(log *slog.Logger) KVOptions {
	return KVOptions{Bucket: c.Bucket, TTL: c.TTL, Replicas: c.Replicas, Logger: log, OnExpelled: c.OnExpelled}
}

// NewProvider builds the configured provider. nc is used by nats-kv (and
// may be nil for automanaged).
func (c Config) NewProvider(nc *nats.Conn, log *slog.Logger) (cluster.ClusterProvider, error) {
	c.EnsureDefaults()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	switch c.Provider {
	case ProviderAutoManaged:
		return &staticProvider{cfg: c}, nil
	default:
		if nc == nil {
			return nil, fmt.Errorf("membership: nats-kv needs a NATS connection")
		}
		return NewKVProvider(nc, c.kvOptions(log))
	}
}

// staticProvider runs protoactor's automanaged provider with its health
// endpoint bound to cfg.Bind (the provider itself would bind every
// interface).
type staticProvider struct {
	cfg   Config
	inner *automanaged.AutoManagedProvider
	ln    net.Listener
}

func (s *staticProvider) setup(c *cluster.Cluster) error {
	host, port, err := c.ActorSystem.GetHostPort()
	if err != nil {
		return fmt.Errorf("membership: member address: %w", err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort(s.cfg.Bind, strconv.Itoa(s.cfg.Port)))
	if err != nil {
		return fmt.Errorf("membership: automanaged listen: %w", err)
	}
	kinds := c.GetClusterKinds()
	sort.Strings(kinds)
	self := automanaged.NewNode(c.Config.Name, c.ActorSystem.ID, host, port, s.cfg.Port, kinds)
	e := echo.New()
	e.HideBanner, e.HidePort = true, true
	e.Listener = ln
	e.GET("/_health", func(ctx echo.Context) error { return ctx.JSON(http.StatusOK, self) })
	s.ln = ln
	s.inner = automanaged.NewWithTesting(s.cfg.RefreshTTL, s.cfg.Port, e, s.cfg.Hosts...)
	return nil
}

func (s *staticProvider) StartMember(c *cluster.Cluster) error {
	if err := s.setup(c); err != nil {
		return err
	}
	return s.inner.StartMember(c)
}

func (s *staticProvider) StartClient(c *cluster.Cluster) error {
	if err := s.setup(c); err != nil {
		return err
	}
	return s.inner.StartClient(c)
}

func (s *staticProvider) Shutdown(graceful bool) error {
	if s.inner == nil {
		return nil
	}
	return s.inner.Shutdown(graceful)
}
