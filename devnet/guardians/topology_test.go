package guardians

import (
	"strings"
	"testing"

	"github.com/straitnet/strait/routing"
)

func TestRoutingLoadsTheDescription(t *testing.T) {
	e := newEnv(t)
	js, err := e.n.Topology()
	if err != nil {
		t.Fatal(err)
	}
	snap, err := routing.LoadTopology("devnet", js, routing.DefaultTopologyDefaults())
	if err != nil || snap == nil {
		t.Fatalf("routing cannot load the description: %v", err)
	}
	for _, want := range []string{`"protocol": "strait-wormhole"`, Protocol + ":devnet-evm-a->devnet-evm-b", "whTKA@devnet-evm-c",
		"guardian-set 13-of-19", ProtocolLockMint()} {
		if !strings.Contains(string(js), want) {
			t.Fatalf("description lacks %s", want)
		}
	}
	// The router finds the guardian bridge when asked for its asset.
	amt, err := routing.ParseAmount("10000000000000000000", "amount") // 10 TKA
	if err != nil {
		t.Fatal(err)
	}
	ans, err := snap.Route(routing.Request{From: "TKA@devnet-evm-a", To: "whTKA@devnet-evm-b", Amount: amt, K: 1})
	if err != nil || len(ans.Routes) == 0 {
		t.Fatalf("no route to whTKA: %v", err)
	}
	if p := ans.Routes[0].Hops[0].Protocol; p != Protocol {
		t.Fatalf("route uses %s", p)
	}
}

func ProtocolLockMint() string { return "strait-lockmint:devnet-evm-a->devnet-evm-b" }
