package evmrelay

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"sync"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// BenchOptions configure the relay benchmark.
type BenchOptions struct {
	// Hops per kind.
	Hops int
	// Concurrency: hops in flight at once per kind.
	Concurrency int
	BlockPeriod time.Duration
	Logger      *slog.Logger
}

// KindResult is one bridge kind's figures.
type KindResult struct {
	Hops          int     `json:"hops"`
	Failed        int     `json:"failed"`
	ElapsedS      float64 `json:"elapsed_s"`
	HopsPerSecond float64 `json:"hops_per_second"`
	// Gas per hop, averaged: the wallet's gateway call on the source, the
	// relayer's delivery on the destination and (liquidity) the settlement.
	SourceGas   uint64  `json:"source_gas_per_hop"`
	DeliveryGas uint64  `json:"delivery_gas_per_hop"`
	SettleGas   uint64  `json:"settle_gas_per_hop,omitempty"`
	LatencyP50S float64 `json:"latency_p50_s"`
	LatencyP90S float64 `json:"latency_p90_s"`
}

// BenchResult is the benchmark's output (its JSON keys are a contract).
type BenchResult struct {
	Bench         string                 `json:"bench"`
	Chains        int                    `json:"chains"`
	BlockPeriodS  float64                `json:"block_period_s"`
	FinalityDepth uint64                 `json:"finality_depth"`
	Concurrency   int                    `json:"concurrency"`
	Hops          int                    `json:"hops"`
	ElapsedS      float64                `json:"elapsed_s"`
	HopsPerSecond float64                `json:"hops_per_second"`
	ByKind        map[string]*KindResult `json:"by_kind"`
}

type gasProgress struct {
	relayers.NopProgress
	mu sync.Mutex
	tx map[string]string // hop ref -> delivery tx
}

func (g *gasProgress) HopDelivered(ref relayers.HopRef, chain, tx string, already bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.tx[ref.Transfer] = tx
}

// RunBench starts a two-chain devnet, prepares `Hops` wallet transfers of
// each kind through the gateway (not timed), then relays them all with
// `Concurrency` in flight per kind, blocks sealing on the timer, and
// reports hops per second and gas per hop.
func RunBench(ctx context.Context, o BenchOptions) (*BenchResult, error) {
	if o.Hops <= 0 {
		o.Hops = 100
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 32
	}
	if o.BlockPeriod == 0 {
		o.BlockPeriod = time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	d, err := evmnet.Start(ctx, evmnet.Options{Chains: evmnet.DefaultChains()[:2], BlockPeriod: o.BlockPeriod, Logger: o.Logger,
		// One wallet per kind: a wallet's transfers are ordered by nonce, and
		// one kind's backlog must not hold back the other's.
		Demo: []evmnet.Key{evmnet.DevKey("bench-wallet-lockmint"), evmnet.DevKey("bench-wallet-liquidity")}})
	if err != nil {
		return nil, err
	}
	defer d.Close()
	a, b := d.Chains[0], d.Chains[1]
	da, db := d.Deployments[a.Name()], d.Deployments[b.Name()]
	tok, gw := bindings.NewTestToken(), bindings.NewGateway()
	maxU := new(big.Int).Lsh(big.NewInt(1), 255)
	for _, w := range d.Options.Demo {
		s, err := evmnet.NewSender(ctx, a, w)
		if err != nil {
			return nil, err
		}
		for _, t := range []common.Address{da.Tokens["TKA"], da.Tokens["USDC"]} {
			if err := s.Exec(ctx, "approve", t, tok.PackApprove(da.Gateway, maxU)); err != nil {
				return nil, err
			}
		}
	}
	kinds := []string{evm.KindLockMint, evm.KindLiquidity}
	// The wallet's transfers are signed now and sent during the timed run,
	// so that every hop's time includes source inclusion and finality.
	hops := map[string][]relayers.Hop{}
	signed := map[string][]*types.Transaction{}
	deadline := uint64(time.Now().Add(24 * time.Hour).Unix())
	head, err := a.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	tip, err := a.Client().SuggestGasTipCap(ctx)
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), tip)
	signer := types.LatestSignerForChainID(new(big.Int).SetUint64(a.ChainID()))
	for ki, kind := range kinds {
		user := d.Options.Demo[ki]
		nonce, err := a.Client().PendingNonceAt(ctx, user.Address)
		if err != nil {
			return nil, err
		}
		var gas uint64
		for i := 0; i < o.Hops; i++ {
			id := crypto.Keccak256Hash([]byte(fmt.Sprintf("bench %s %d", kind, i)))
			hop := bindings.GatewayHop{Kind: 1, Bridge: da.LockMint, DstChainId: new(big.Int).SetUint64(b.ChainID()),
				DstToken: db.Wrapped["TKA@"+a.Name()], MaxFee: big.NewInt(0)}
			token, amount := da.Tokens["TKA"], evmnet.Ether
			if kind == evm.KindLiquidity {
				hop = bindings.GatewayHop{Kind: 2, Bridge: da.Liquidity, DstChainId: new(big.Int).SetUint64(b.ChainID()),
					DstToken: db.Tokens["USDC"], MaxFee: big.NewInt(10 * 1_000_000)}
				token, amount = da.Tokens["USDC"], big.NewInt(100*1_000_000)
			}
			route := bindings.GatewayRoute{Hops: []bindings.GatewayHop{hop}, Recipient: user.Address, RefundTo: user.Address, Deadline: deadline}
			data := gw.PackStart(id, token, amount, route)
			if gas == 0 {
				// Every start of a kind runs the same code path; estimate
				// the first and give the rest the same margin.
				g, err := a.Client().EstimateGas(ctx, ethereum.CallMsg{From: user.Address, To: &da.Gateway, Data: data})
				if err != nil {
					return nil, fmt.Errorf("estimate %s start: %w", kind, err)
				}
				gas = g + g/4
			}
			tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(a.ChainID()), Nonce: nonce,
				GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &da.Gateway, Data: data}), signer, user.Private())
			if err != nil {
				return nil, err
			}
			nonce++
			signed[kind] = append(signed[kind], tx)
			hops[kind] = append(hops[kind], relayers.Hop{Ref: relayers.HopRef{Transfer: fmt.Sprintf("%s-%d", kind, i), Attempt: 1},
				TransferID: id, Kind: kind, FromChain: a.Name(), ToChain: b.Name(), SourceTx: tx.Hash().Hex(), Amount: amount})
		}
	}
	prog := &gasProgress{tx: map[string]string{}}
	set, err := Build(d, Options{Progress: prog, Logger: o.Logger, PollInterval: o.BlockPeriod / 10, WaitTimeout: 5 * time.Minute})
	if err != nil {
		return nil, err
	}
	for _, c := range d.Chains {
		c.Start()
	}
	res := &BenchResult{Bench: "relay", Chains: 2, BlockPeriodS: o.BlockPeriod.Seconds(), FinalityDepth: evmnet.FinalityBlocks,
		Concurrency: o.Concurrency, ByKind: map[string]*KindResult{}}
	var mu sync.Mutex
	lat := map[string][]float64{}
	failed := map[string]int{}
	start := time.Now()
	var all sync.WaitGroup
	for _, kind := range kinds {
		var r relayers.Relayer = set.LockMint
		if kind == evm.KindLiquidity {
			r = set.Liquidity
		}
		all.Add(1)
		go func(kind string, r relayers.Relayer) {
			defer all.Done()
			sem := make(chan struct{}, o.Concurrency)
			var wg sync.WaitGroup
			for i, h := range hops[kind] {
				sem <- struct{}{}
				wg.Add(1)
				go func(h relayers.Hop, tx *types.Transaction) {
					defer func() { <-sem; wg.Done() }()
					t0 := time.Now()
					err := a.Client().SendTransaction(ctx, tx)
					if err == nil {
						err = r.Execute(ctx, h)
					}
					mu.Lock()
					defer mu.Unlock()
					if err != nil {
						failed[kind]++
						o.Logger.Error("bench hop failed", "hop", h.Ref.String(), "err", err)
						return
					}
					lat[kind] = append(lat[kind], time.Since(t0).Seconds())
				}(h, signed[kind][i])
			}
			wg.Wait()
			mu.Lock()
			res.ByKind[kind] = &KindResult{Hops: len(hops[kind]), ElapsedS: time.Since(start).Seconds()}
			mu.Unlock()
		}(kind, r)
	}
	all.Wait()
	res.ElapsedS = time.Since(start).Seconds()
	res.Hops = 2 * o.Hops
	res.HopsPerSecond = float64(res.Hops-failed[kinds[0]]-failed[kinds[1]]) / res.ElapsedS
	for _, kind := range kinds {
		k := res.ByKind[kind]
		k.Failed = failed[kind]
		k.HopsPerSecond = float64(k.Hops-k.Failed) / k.ElapsedS
		var sg uint64
		for _, tx := range signed[kind] {
			r, err := a.Client().TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				return nil, fmt.Errorf("source receipt %s: %w", tx.Hash(), err)
			}
			sg += r.GasUsed
		}
		k.SourceGas = sg / uint64(o.Hops)
		l := lat[kind]
		sort.Float64s(l)
		if len(l) > 0 {
			k.LatencyP50S = l[len(l)/2]
			k.LatencyP90S = l[len(l)*9/10]
		}
	}
	// Delivery gas from the receipts of the delivery transactions.
	var dsum = map[string]uint64{}
	var dn = map[string]uint64{}
	for ref, tx := range prog.tx {
		if tx == "" {
			continue
		}
		r, err := b.Client().TransactionReceipt(ctx, common.HexToHash(tx))
		if err != nil {
			return nil, fmt.Errorf("delivery receipt %s: %w", tx, err)
		}
		kind := evm.KindLockMint
		if len(ref) >= len(evm.KindLiquidity) && ref[:len(evm.KindLiquidity)] == evm.KindLiquidity {
			kind = evm.KindLiquidity
		}
		dsum[kind] += r.GasUsed
		dn[kind]++
	}
	for _, kind := range kinds {
		if dn[kind] > 0 {
			res.ByKind[kind].DeliveryGas = dsum[kind] / dn[kind]
		}
	}
	// Settlement gas from the Settled events on the source pool.
	pool := bindings.NewLiquidityPool()
	logs, err := a.Client().FilterLogs(ctx, filterSettled(da.Liquidity, pool))
	if err != nil {
		return nil, fmt.Errorf("settled logs: %w", err)
	}
	var ssum, sn uint64
	seen := map[common.Hash]bool{}
	for _, l := range logs {
		if seen[l.TxHash] {
			continue
		}
		seen[l.TxHash] = true
		r, err := a.Client().TransactionReceipt(ctx, l.TxHash)
		if err != nil {
			return nil, err
		}
		ssum += r.GasUsed
		sn++
	}
	if sn > 0 {
		res.ByKind[evm.KindLiquidity].SettleGas = ssum / sn
	}
	return res, nil
}
