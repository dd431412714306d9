package node

import (
	"net"
	"time"

	"github.com/straitnet/strait/cluster"
	"github.com/straitnet/strait/cluster/membership"
)

// ClusterConfig is the config file's `cluster:` section: the node joins a
// protoactor-go cluster (remote on host:port, disthash placement, the
// membership provider) and replicates its journal through the JetStream
// stream STRAIT_JOURNAL (docs/cluster.md).
type ClusterConfig struct {
	// Enabled: the section turns cluster mode on unless it says
	// `enabled: false` (so that a config can keep the section and run alone).
	Enabled *bool `yaml:"enabled"`
	// Name of the cluster: every node of one cluster uses the same
	// (default "strait").
	Name string `yaml:"name"`
	// Host and Port the node's actor remote listens on (default 127.0.0.1
	// and a free port; give a fixed port when other members reach it
	// through a firewall or a container mapping).
	Host string `yaml:"host"`
	Port int    `yaml:"port"`
	// AdvertisedHost is host:port the other members dial when it is not
	// Host:Port (required when Host is 0.0.0.0 or ::).
	AdvertisedHost string `yaml:"advertised_host"`
	// Membership chooses the cluster provider (nats-kv by default).
	Membership membership.Config `yaml:"membership"`
	// JournalReplicas is the replica count of STRAIT_JOURNAL when this node
	// creates it (default 1; 3 on a three-server NATS cluster).
	JournalReplicas int `yaml:"journal_replicas"`
	// RequestTimeout bounds one request to a transfer actor on another
	// node (default 30s: a step journals through JetStream and Pebble).
	RequestTimeout time.Duration `yaml:"request_timeout"`
}

// On reports whether the section turns cluster mode on.
func (c *ClusterConfig) On() bool { return c != nil && (c.Enabled == nil || *c.Enabled) }

func (c *ClusterConfig) ensureDefaults() {
	if c.Name == "" {
		c.Name = "strait"
	}
	if c.Host == "" {
		c.Host = "127.0.0.1"
	}
	if c.JournalReplicas == 0 {
		c.JournalReplicas = 1
	}
	if c.RequestTimeout == 0 {
		c.RequestTimeout = 30 * time.Second
	}
	c.Membership.EnsureDefaults()
}

// MemberConfig is the cluster.Config of this node.
func (c *ClusterConfig) MemberConfig() cluster.Config {
	return cluster.Config{Name: c.Name, Host: c.Host, Port: c.Port, AdvertisedHost: c.AdvertisedHost,
		Membership: c.Membership, RequestTimeout: c.RequestTimeout}
}

// validateCluster checks the cluster section (after EnsureDefaults).
func (c *FileConfig) validateCluster() error {
	cc := c.Cluster
	if !cc.On() {
		return nil
	}
	if len(c.NATS.URLs) == 0 {
		return cfgErr(ConfigInvalid, "nats.urls", "a cluster member needs the NATS servers the cluster shares (the embedded server is for one node)")
	}
	if c.EVM == nil && c.Topology == "devnet" {
		return cfgErr(ConfigInvalid, "topology", `"devnet" runs in-process chains that no other node sees; a cluster member attaches to shared chains (an evm section) or serves quotes over a named topology`)
	}
	if ip := net.ParseIP(cc.Host); ip == nil && !nameRE.MatchString(cc.Host) {
		return cfgErr(ConfigInvalid, "cluster.host", "%q is not an IP address or host name", cc.Host)
	} else if ip != nil && ip.IsUnspecified() && cc.AdvertisedHost == "" {
		return cfgErr(ConfigInvalid, "cluster.advertised_host", "required when cluster.host is %s: the address the other members dial", cc.Host)
	}
	if cc.Port < 0 || cc.Port > 65535 {
		return cfgErr(ConfigInvalid, "cluster.port", "%d out of range (0 picks a free port)", cc.Port)
	}
	if cc.JournalReplicas < 1 || cc.JournalReplicas > 5 {
		return cfgErr(ConfigInvalid, "cluster.journal_replicas", "%d not in 1..5", cc.JournalReplicas)
	}
	if cc.RequestTimeout < time.Second || cc.RequestTimeout > 10*time.Minute {
		return cfgErr(ConfigInvalid, "cluster.request_timeout", "%v outside [1s, 10m]", cc.RequestTimeout)
	}
	if err := cc.Membership.Validate(); err != nil {
		return cfgErr(ConfigInvalid, "cluster.membership", "%v", err)
	}
	mc := cc.MemberConfig()
	mc.EnsureDefaults()
	if err := mc.Validate(); err != nil {
		return cfgErr(ConfigInvalid, "cluster", "%v", err)
	}
	return nil
}
