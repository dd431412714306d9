package evmnet

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/routing"
)

func TestDevnetDeploysAndRoutingLoadsItsDescription(t *testing.T) {
	ctx := context.Background()
	d, err := Start(ctx, Options{BlockPeriod: 100 * time.Millisecond, AutoMine: true})
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()

	for _, c := range d.Chains {
		id, err := c.Client().ChainID(ctx)
		if err != nil || id.Uint64() != c.ChainID() {
			t.Fatalf("%s: chain id %v, %v", c.Name(), id, err)
		}
		dep := d.Deployments[c.Name()]
		for name, a := range map[string]common.Address{"gateway": dep.Gateway, "lockmint": dep.LockMint, "liquidity": dep.Liquidity} {
			// Every fund-holding contract is a proxy administered by Governance
			// and owned by it.
			admin, err := c.Client().StorageAt(ctx, a, common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103"), nil)
			if err != nil || common.BytesToAddress(admin) != dep.Governance {
				t.Fatalf("%s %s: admin %x, %v", c.Name(), name, admin, err)
			}
			out, err := Call(ctx, c.Client(), a, bindings.NewGateway().PackOwner())
			if err != nil || common.BytesToAddress(out) != dep.Governance {
				t.Fatalf("%s %s: owner %x, %v", c.Name(), name, out, err)
			}
		}
	}

	// Blocks come on the timer.
	c := d.Chains[0]
	n0, _ := c.Client().BlockNumber(ctx)
	deadline := time.Now().Add(5 * time.Second)
	for {
		n, _ := c.Client().BlockNumber(ctx)
		if n >= n0+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no blocks on the timer: still at %d", n)
		}
		time.Sleep(20 * time.Millisecond)
	}

	js, err := d.Topology()
	if err != nil {
		t.Fatal(err)
	}
	var shape map[string]any
	if err := json.Unmarshal(js, &shape); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"version", "description", "chains", "assets", "bridges"} {
		if _, ok := shape[k]; !ok {
			t.Fatalf("description lacks %q", k)
		}
	}
	snap, err := routing.LoadTopology("devnet", js, routing.DefaultTopologyDefaults())
	if err != nil {
		t.Fatalf("routing cannot load the devnet description: %v", err)
	}
	if snap == nil {
		t.Fatal("nil snapshot")
	}
	for _, want := range []string{ProtocolLockMint + ":devnet-evm-a->devnet-evm-b", ProtocolLiquidity + ":devnet-evm-c->devnet-evm-a", "wTKA@devnet-evm-c"} {
		if !strings.Contains(string(js), want) {
			t.Fatalf("description lacks %s", want)
		}
	}
}

func TestKeyNeverPrintsThePrivateKey(t *testing.T) {
	k := DevKey("demo")
	secret := fmt.Sprintf("%x", k.Private().D.Bytes())
	b, _ := json.Marshal(k)
	for _, s := range []string{fmt.Sprint(k), fmt.Sprintf("%v %+v %#v %s", k, k, k, k), string(b)} {
		if strings.Contains(s, secret) {
			t.Fatalf("private key printed: %s", s)
		}
	}
}

func TestOptionsValidate(t *testing.T) {
	o := Options{Chains: []ChainSpec{{Name: "x", ChainID: 1, Token: "X"}}}
	o.EnsureDefaults()
	if err := o.Validate(); err == nil {
		t.Fatal("one chain accepted")
	}
	o.Chains = append(o.Chains, ChainSpec{Name: "x", ChainID: 2, Token: "Y"})
	if err := o.Validate(); err == nil {
		t.Fatal("repeated chain name accepted")
	}
}
