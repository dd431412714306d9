package main

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/node"
)

// The commands strait up suggests reach the node that printed them: on
// another NATS address than the clients' default they say which.
func TestUpSuggestsCommandsThatReachThisNode(t *testing.T) {
	devnet := node.UpInfo{Chains: []string{"devnet-evm-a (chain id 31001)"}, Demo: []evmnet.Key{evmnet.DevKey("demo-0")}, CosmosRecipient: "cosmos1xyz"}
	quotes := node.UpInfo{}
	for _, c := range []struct {
		name, nats, want string
		info             node.UpInfo
		commands         int
	}{
		{"devnet, default port", defaultNATS, "", devnet, 2},
		{"devnet, port 4333", "nats://127.0.0.1:4333", " --nats nats://127.0.0.1:4333 ", devnet, 2},
		{"quotes only, default port", defaultNATS, "", quotes, 1},
		{"quotes only, port 4333", "nats://127.0.0.1:4333", " --nats nats://127.0.0.1:4333 ", quotes, 1},
	} {
		c.info.Addrs = node.Addrs{NATS: c.nats, HTTP: "http://127.0.0.1:8080"}
		var out bytes.Buffer
		printUp(&out, c.info, "/data")
		var cmds []string
		for _, l := range strings.Split(out.String(), "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "go run ./cmd/strait ") {
				cmds = append(cmds, l)
			}
		}
		if len(cmds) != c.commands {
			t.Fatalf("%s: %d commands in\n%s", c.name, len(cmds), out.String())
		}
		for _, l := range cmds {
			if c.want == "" && strings.Contains(l, "--nats") || c.want != "" && !strings.Contains(l, c.want) {
				t.Errorf("%s: %q", c.name, l)
			}
		}
		if !strings.Contains(out.String(), "NATS:    "+c.nats) {
			t.Errorf("%s: the address is not shown:\n%s", c.name, out.String())
		}
	}
}

// A client command that cannot reach a node says where it tried and what
// to check; list takes --owner or --wallet, not both (a usage error).
func TestClientCommandsWithoutANode(t *testing.T) {
	for _, args := range [][]string{
		{"list", "--nats", "nats://127.0.0.1:1", "--wallet", "1"},
		{"status", "--nats", "nats://127.0.0.1:1", "tr_x"},
		{"cancel", "--nats", "nats://127.0.0.1:1", "tr_x"},
		{"quote", "--nats", "nats://127.0.0.1:1", "--from", "USDC@a", "--to", "USDC@b", "--amount", "1"},
	} {
		_, err := runCLI(args...)
		if err == nil || !strings.Contains(err.Error(), "connect to nats://127.0.0.1:1 (is `strait up` running?)") {
			t.Errorf("%v: %v", args, err)
		}
	}
	_, err := runCLI("list", "--owner", "0x01", "--wallet", "1")
	var ee *exitError
	if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), "not both") {
		t.Errorf("list with --owner and --wallet: %v", err)
	}
}
