package guardians

import (
	"context"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers/wormhole"
)

// BenchmarkDeliveries measures devnet deliveries per second: VAAs (13 of
// 19 guardian signatures over real publications on chain A) submitted to
// chain B's StraitWormhole, which verifies every signature on chain and
// mints. Blocks are sealed every 64 deliveries; the figure covers signing
// the transaction, the pool, execution and sealing, not the guardians'
// finality wait (that is block time, not throughput).
func BenchmarkDeliveries(b *testing.B) {
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	n, err := Deploy(ctx, d, Options{})
	if err != nil {
		b.Fatal(err)
	}
	a, dst := d.Chains[0], d.Chains[1]
	demo := d.Options.Demo[0]
	// One publication per delivery, sent in bulk (blocks of 64).
	s, err := evmnet.NewSender(ctx, a, demo)
	if err != nil {
		b.Fatal(err)
	}
	tka := d.Deployments[a.Name()].Tokens["TKA"]
	total := big.NewInt(int64(b.N))
	if err := s.Exec(ctx, "approve", tka, tokenABI.PackApprove(n.Bridge[a.Name()], total)); err != nil {
		b.Fatal(err)
	}
	var vaas [][]byte
	for i := 0; i < b.N; i++ {
		br := n.Bridge[a.Name()]
		r, err := s.Send(ctx, "send", &br, abiW.PackSend(tid(fmt.Sprint("bench-", i)), tka, big.NewInt(1),
			new(big.Int).SetUint64(dst.ChainID()), wormhole.FromEVM(demo.Address), [32]byte{}, 0, nil))
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range r.Logs {
			if m, err := wormhole.ParseMessage(n.WormholeChain[a.Name()], br, l, time.Unix(0, 0)); err == nil {
				vaas = append(vaas, sign(m.Body(0), n.Keys, seq(0, 13)...))
			}
		}
	}
	op := d.Options.Operators[0]
	cl := dst.Client()
	nonce, err := cl.NonceAt(ctx, op.Address, nil)
	if err != nil {
		b.Fatal(err)
	}
	head, _ := cl.HeaderByNumber(ctx, nil)
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		b.Fatal(err)
	}
	fee := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	to := n.Bridge[dst.Name()]
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(dst.ChainID()))
	var gas uint64
	b.ResetTimer()
	var pending []*types.Transaction
	flush := func() {
		// The simulated pool promotes asynchronously: seal only once it
		// holds every transaction sent.
		want := pending[len(pending)-1].Nonce() + 1
		for {
			pn, err := cl.PendingNonceAt(ctx, op.Address)
			if err != nil {
				b.Fatal(err)
			}
			if pn >= want {
				break
			}
			time.Sleep(100 * time.Microsecond)
		}
		dst.Commit()
		for _, tx := range pending {
			var r *types.Receipt
			var err error
			for try := 0; try < 2000; try++ {
				// The receipt index catches up with the block shortly after.
				if r, err = cl.TransactionReceipt(ctx, tx.Hash()); err == nil {
					break
				}
				time.Sleep(time.Millisecond)
			}
			if err != nil || r.Status != types.ReceiptStatusSuccessful {
				b.Fatalf("delivery %s: %v", tx.Hash(), err)
			}
			gas += r.GasUsed
		}
		pending = pending[:0]
	}
	for i, raw := range vaas {
		tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(dst.ChainID()), Nonce: nonce + uint64(i),
			GasTipCap: tip, GasFeeCap: fee, Gas: 400_000, To: &to, Data: abiW.PackDeliver(raw)}), signer, op.Private())
		if err != nil {
			b.Fatal(err)
		}
		if err := cl.SendTransaction(ctx, tx); err != nil {
			b.Fatal(err)
		}
		pending = append(pending, tx)
		if len(pending) == 64 {
			flush()
		}
	}
	if len(pending) > 0 {
		flush()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "deliveries/s")
	b.ReportMetric(float64(gas)/float64(b.N), "gas/delivery")
}
