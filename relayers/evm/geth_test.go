package evm_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/evmrelay"
	"github.com/straitnet/strait/devnet/gethnode"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// TestRelayAgainstRealGeth runs two real `geth --dev` processes (chain ids
// 1337 and 1338) on 127.0.0.1, deploys Strait's contracts over JSON-RPC,
// locks on one, relays with the same relayer code the devnet uses, and
// checks the balance on the other. It is not skipped: CI builds geth (once,
// cached) from the go-ethereum version in go.mod.
func TestRelayAgainstRealGeth(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Minute)
	defer cancel()
	bin, err := gethnode.Binary(ctx)
	if err != nil {
		t.Fatalf("build geth: %v", err)
	}
	opts := evmnet.Options{
		Chains:      []evmnet.ChainSpec{{Name: "geth-a", ChainID: 1337, Token: "TKA"}, {Name: "geth-b", ChainID: 1338, Token: "TKB"}},
		BlockPeriod: time.Second,
		Demo:        []evmnet.Key{evmnet.DevKey("demo-0")},
		Operators:   []evmnet.Key{evmnet.DevKey("operator-0")},
	}
	alloc := evmnet.GenesisAlloc(opts)
	var targets []evmnet.Target
	for _, spec := range opts.Chains {
		n, err := gethnode.Start(ctx, gethnode.Options{ChainID: spec.ChainID, Alloc: alloc, Binary: bin})
		if err != nil {
			t.Fatalf("start geth %s: %v", spec.Name, err)
		}
		t.Cleanup(n.Stop)
		id, err := n.Client.ChainID(ctx)
		if err != nil || id.Uint64() != spec.ChainID {
			t.Fatalf("geth %s: chain id %v, %v", spec.Name, id, err)
		}
		targets = append(targets, &evmnet.LiveChain{ChainName: spec.Name, ID: spec.ChainID, RPC: n.Client})
	}
	start := time.Now()
	d, err := evmnet.Deploy(ctx, targets, opts)
	if err != nil {
		t.Fatalf("deploy over JSON-RPC: %v", err)
	}
	t.Logf("deployed on two geth nodes in %v", time.Since(start).Round(time.Second))

	a, b := targets[0], targets[1]
	user := opts.Demo[0]
	to := evmnet.DevKey("geth-recipient").Address
	amt := new(big.Int).Mul(big.NewInt(4), evmnet.Ether)
	id := crypto.Keccak256Hash([]byte("geth-lm-1"))
	wtka := d.Deployments[b.Name()].Wrapped["TKA@"+a.Name()]
	tx := startTransfer(t, d, user, id, 1, d.Deployments[a.Name()].Tokens["TKA"], amt, to, wtka, big.NewInt(0))

	p := &recorder{}
	set := build(t, d, 0, p, evmrelay.Options{PollInterval: 200 * time.Millisecond, WaitTimeout: 2 * time.Minute})
	hop := relayers.Hop{Ref: relayers.HopRef{Transfer: "t-geth-1", Attempt: 1}, TransferID: id, Kind: evm.KindLockMint,
		FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hex(), Amount: amt}
	if err := set.LockMint.Execute(ctx, hop); err != nil {
		t.Fatalf("relay over geth: %v (steps %v)", err, p.all())
	}
	if got := balance(t, b, wtka, to); got.Cmp(amt) != 0 {
		t.Fatalf("destination balance %v, want %v", got, amt)
	}
	t.Logf("steps: %v", p.all())
}
