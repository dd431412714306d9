package node

import (
	"fmt"
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
	fmt.Fprintf(&b, "evm:\n  # Routing topology and contract addresses of every chain.\n  description: %q\n", description)
	fmt.Fprintf(&b, "  finality_blocks: %d\n  chains:\n", evmnet.FinalityBlocks)
	for _, c := range chains {
		fmt.Fprintf(&b, "    - name: %s\n      chain_id: %d\n      rpc: %s\n      block_time: %s\n", c.Name, c.ChainID, c.RPC, c.BlockTime)
	}
	fmt.Fprintf(&b, "  # Devnet keys (anyone can derive them). A real operator uses file: or env:.\n")
	fmt.Fprintf(&b, "  operator:\n    name: %s\n    dev_key: %s\n", opts.Operators[0].Name, opts.Operators[0].Name)
	fmt.Fprintf(&b, "  attesters:\n    threshold: %d\n    keys:\n", opts.Threshold)
	for _, a := range opts.Attesters {
		fmt.Fprintf(&b, "      - name: %s\n        dev_key: %s\n", a.Name, a.Name)
	}
	return []byte(b.String())
}
