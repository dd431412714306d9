package evmnet

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

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

// AdjustTime right after a mined transaction succeeds, while a transaction
// that is really pending still gets the backend's refusal. (The pool
// lists a just-mined transaction only for a moment, so the loop meets that
// window rarely here; a loaded CI machine met it in contracts' tests.)
func TestAdjustTimeAfterAMinedTransaction(t *testing.T) {
	ctx := context.Background()
	from, to := DevKey("adjust-from"), DevKey("adjust-to")
	c, err := NewChain(ChainOptions{Name: "adjust-test", ChainID: 31998, Alloc: map[common.Address]*big.Int{from.Address: Ether}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := NewSender(ctx, c, from)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 20; i++ {
		if _, err := s.Send(ctx, "transfer", &to.Address, nil); err != nil {
			t.Fatal(err)
		}
		before, _ := c.Client().HeaderByNumber(ctx, nil)
		if err := c.AdjustTime(time.Hour); err != nil {
			t.Fatalf("adjust time after mined transaction %d: %v", i, err)
		}
		after, _ := c.Client().HeaderByNumber(ctx, nil)
		if after.Time < before.Time+3600 {
			t.Fatalf("block time %d after adjusting from %d by an hour", after.Time, before.Time)
		}
	}
	head, _ := c.Client().HeaderByNumber(ctx, nil)
	nonce, _ := c.Client().PendingNonceAt(ctx, from.Address)
	tx, _ := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(31998), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 21000, To: &to.Address, Value: big.NewInt(1)}),
		types.LatestSignerForChainID(big.NewInt(31998)), from.Private())
	if err := c.Client().SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := c.AdjustTime(time.Hour); err == nil || err.Error() != adjustTimeBusy {
		t.Fatalf("adjust time with a pending transaction: %v, want the backend's refusal", err)
	}
}
