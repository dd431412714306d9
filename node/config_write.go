package node

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/straitnet/strait/devnet/evmnet"
)

// AttachedChain is one chain a generated config attaches to.
type AttachedChain struct {
	Name      string
	ChainID   uint64
	RPC       string
	BlockTime time.Duration
}

// DevnetAttachConfig writes a node config (YAML, with comments) that
// attaches to devnet chains served over RPC (`strait evm-devnet`): the
// description file (relative to the config), the chains, and the devnet's
// well-known operator and attester keys, named by dev_key (never written
// out). opts are the devnet's options (their keys).
func DevnetAttachConfig(description string, chains []AttachedChain, opts evmnet.Options) []byte {
	opts.EnsureDefaults()
	var b strings.Builder
	fmt.Fprintf(&b, "# Strait node config: attach to the EVM devnet served by `strait evm-devnet`.\n")
	fmt.Fprintf(&b, "# Run with: strait up --config THIS_FILE   (every key: docs/operators.md)\n")
	fmt.Fprintf(&b, "name: strait\ndata_dir: data\n")
	fmt.Fprintf(&b, "nats:\n  host: 127.0.0.1\n  port: 4222\nhttp:\n  addr: 127.0.0.1:8080\n")
	writeEVM(&b, description, chains, opts, opts.Operators[0])
	return []byte(b.String())
}

// ClusterLayout says where the nodes of a generated cluster listen. Node i
// (1-based) is named node-i, keeps its data in DataDir-i (relative to its
// config), serves HTTP on HTTPPort+i-1 and its actor remote on
// ClusterPort+i-1 (a port of 0 lets each node pick a free one).
type ClusterLayout struct {
	// Nodes is the number of nodes (1..len(opts.Operators)).
	Nodes int
	// NATSURLs are the servers every node connects to.
	NATSURLs    []string
	HTTPHost    string
	HTTPPort    int
	ClusterPort int
	// DataDir prefixes every node's data directory (default "data-node").
	DataDir string
	// MemberTTL is the nats-kv membership TTL (default 6s).
	MemberTTL time.Duration
}

func (l *ClusterLayout) ensureDefaults() {
	if len(l.NATSURLs) == 0 {
		l.NATSURLs = []string{"nats://127.0.0.1:4222"}
	}
	if l.HTTPHost == "" {
		l.HTTPHost = "127.0.0.1"
	}
	if l.DataDir == "" {
		l.DataDir = "data-node"
	}
	if l.MemberTTL == 0 {
		l.MemberTTL = 6 * time.Second
	}
}

// ClusterDevnet prepares devnet options for a cluster of n nodes: one
// operator key per node (operator-0 ... operator-n-1; the devnet funds each
// on every chain, registers it as a liquidity relayer and has it add
// LiquidityPerOperator to every pool), and a pool target depth that covers
// all of their liquidity.
func ClusterDevnet(opts *evmnet.Options, n int) {
	opts.Operators = nil
	for i := 0; i < n; i++ {
		opts.Operators = append(opts.Operators, evmnet.DevKey(fmt.Sprintf("operator-%d", i)))
	}
	opts.EnsureDefaults()
	opts.TargetLiquidity = new(big.Int).Mul(opts.LiquidityPerOperator, big.NewInt(int64(len(opts.Operators))))
}

// DevnetClusterConfig writes the config of node i (1-based) of a cluster
// attached to devnet chains served over RPC: like DevnetAttachConfig, with
// a cluster section, the node's own name, data dir and ports, and its own
// operator key opts.Operators[i-1] (funded and registered by the devnet),
// so that no two nodes sign with one key and race for its nonce.
func DevnetClusterConfig(description string, chains []AttachedChain, opts evmnet.Options, l ClusterLayout, i int) ([]byte, error) {
	opts.EnsureDefaults()
	l.ensureDefaults()
	if l.Nodes < 1 || l.Nodes > len(opts.Operators) {
		return nil, fmt.Errorf("%d nodes but %d operator keys on the devnet (one per node)", l.Nodes, len(opts.Operators))
	}
	if i < 1 || i > l.Nodes {
		return nil, fmt.Errorf("node %d of %d", i, l.Nodes)
	}
	port := func(base int) int {
		if base == 0 {
			return 0
		}
		return base + i - 1
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# Strait node config: node %d of %d of a cluster on the EVM devnet served by\n", i, l.Nodes)
	fmt.Fprintf(&b, "# `strait evm-devnet`. Run with: strait node --config THIS_FILE\n")
	fmt.Fprintf(&b, "# (every key: docs/operators.md; the cluster: docs/cluster.md)\n")
	fmt.Fprintf(&b, "name: node-%d\ndata_dir: %s-%d\n", i, l.DataDir, i)
	fmt.Fprintf(&b, "nats:\n  # Every node of the cluster shares these servers.\n  urls:\n")
	for _, u := range l.NATSURLs {
		fmt.Fprintf(&b, "    - %s\n", u)
	}
	fmt.Fprintf(&b, "http:\n  addr: %s\n", joinHostPort(l.HTTPHost, port(l.HTTPPort)))
	fmt.Fprintf(&b, "cluster:\n  name: strait\n  host: 127.0.0.1\n  port: %d\n", port(l.ClusterPort))
	fmt.Fprintf(&b, "  membership:\n    provider: nats-kv\n    ttl: %s\n", l.MemberTTL)
	fmt.Fprintf(&b, "  journal_replicas: 1\n")
	writeEVM(&b, description, chains, opts, opts.Operators[i-1])
	return []byte(b.String()), nil
}

func joinHostPort(host string, port int) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	return host + ":" + strconv.Itoa(port)
}

func writeEVM(b *strings.Builder, description string, chains []AttachedChain, opts evmnet.Options, op evmnet.Key) {
	fmt.Fprintf(b, "evm:\n  # Routing topology and contract addresses of every chain.\n  description: %q\n", description)
	fmt.Fprintf(b, "  finality_blocks: %d\n  chains:\n", evmnet.FinalityBlocks)
	for _, c := range chains {
		fmt.Fprintf(b, "    - name: %s\n      chain_id: %d\n      rpc: %s\n      block_time: %s\n", c.Name, c.ChainID, c.RPC, c.BlockTime)
	}
	fmt.Fprintf(b, "  # Devnet keys (anyone can derive them). A real operator uses file: or env:.\n")
	fmt.Fprintf(b, "  operator:\n    name: %s\n    dev_key: %s\n", op.Name, op.Name)
	fmt.Fprintf(b, "  attesters:\n    threshold: %d\n    keys:\n", opts.Threshold)
	for _, a := range opts.Attesters {
		fmt.Fprintf(b, "      - name: %s\n        dev_key: %s\n", a.Name, a.Name)
	}
}
