package main

import (
	"bytes"
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
