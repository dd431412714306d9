package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/straitnet/strait/node"
)

// TestEVMDevnetWritesAnAttachableConfig: `strait evm-devnet --config`
// serves every chain's JSON-RPC on loopback and writes a node config that
// loads, names the description next to it and the devnet's keys by name.
func TestEVMDevnetWritesAnAttachableConfig(t *testing.T) {
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "node.yaml")
	var out bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetArgs([]string{"evm-devnet", "--rpc", "127.0.0.1:0", "--out", filepath.Join(dir, "devnet.json"), "--config", cfgPath,
		"--block-period", "100ms", "--demo", "2", "--for", "10ms"})
	if err := rootCmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("evm-devnet: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "http://127.0.0.1:") || !strings.Contains(out.String(), "strait up --config "+cfgPath) {
		t.Fatalf("output lacks the RPC URLs or the attach command:\n%s", out.String())
	}
	c, err := node.LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	if c.EVM == nil || len(c.EVM.Chains) != 3 || c.EVM.Description != "devnet.json" || c.EVM.Operator.DevKey != "operator-0" ||
		len(c.EVM.Attesters.Keys) != 3 || c.EVM.Attesters.Threshold != 2 || c.EVM.Operator.Key().IsZero() {
		t.Fatalf("config: %+v", c.EVM)
	}
	for _, ch := range c.EVM.Chains {
		if !strings.HasPrefix(ch.RPC, "http://127.0.0.1:") || ch.BlockTime.String() != "100ms" {
			t.Fatalf("chain %+v", ch)
		}
	}
	if _, err := os.Stat(c.Path(c.Topology)); err != nil {
		t.Fatalf("topology %s: %v", c.Topology, err)
	}
}

// TestEVMDevnetWritesClusterConfigs: with --nodes 3 the devnet writes three
// cluster member configs that load, with distinct names, data dirs, ports
// and operator keys, all on the same chains and NATS servers.
func TestEVMDevnetWritesClusterConfigs(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetArgs([]string{"evm-devnet", "--rpc", "127.0.0.1:0", "--out", filepath.Join(dir, "devnet.json"), "--config", filepath.Join(dir, "node.yaml"),
		"--nodes", "3", "--nats", "nats://127.0.0.1:4999", "--http-port", "9101", "--cluster-port", "9201",
		"--block-period", "100ms", "--demo", "1", "--for", "10ms"})
	defer rootCmd.SetArgs(nil)
	if err := rootCmd.ExecuteContext(context.Background()); err != nil {
		t.Fatalf("evm-devnet: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "strait node --config") {
		t.Fatalf("output lacks the node command:\n%s", out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "node.yaml")); !os.IsNotExist(err) {
		t.Fatalf("node.yaml written besides the cluster configs: %v", err)
	}
	seen := map[string]bool{}
	for i := 1; i <= 3; i++ {
		c, err := node.LoadConfig(filepath.Join(dir, fmt.Sprintf("node-%d.yaml", i)))
		if err != nil {
			t.Fatal(err)
		}
		addr := hex.EncodeToString(c.EVM.Operator.Key().Reveal())
		wantHTTP, wantPort := fmt.Sprintf("127.0.0.1:%d", 9100+i), 9200+i
		if !c.Cluster.On() || c.Name != fmt.Sprintf("node-%d", i) || c.DataDir != fmt.Sprintf("data-node-%d", i) || c.HTTP.Addr != wantHTTP ||
			c.Cluster.Port != wantPort || len(c.NATS.URLs) != 1 || c.NATS.URLs[0] != "nats://127.0.0.1:4999" ||
			c.EVM.Operator.DevKey != fmt.Sprintf("operator-%d", i-1) || len(c.EVM.Chains) != 3 {
			t.Fatalf("node %d: %+v cluster %+v evm %+v", i, c, c.Cluster, c.EVM)
		}
		for _, k := range []string{c.Name, c.DataDir, c.HTTP.Addr, addr} {
			if seen[k] {
				t.Fatalf("node %d shares %s with another node", i, k)
			}
			seen[k] = true
		}
	}
}
