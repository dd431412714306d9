package main

import (
	"bytes"
	"context"
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
