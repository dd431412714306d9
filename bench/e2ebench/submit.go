package e2ebench

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/node"
)

// SubmitOptions configure the submit phase: a real node (embedded NATS,
// Pebble journal, transfer actors) over the in-process EVM devnet, and
// wallets that submit signed source transactions.
type SubmitOptions struct {
	// Wallets submit concurrently, each its transfers in nonce order.
	Wallets   int
	PerWallet int
	Progress  io.Writer
}

// SubmitResult is the submit phase's figures.
type SubmitResult struct {
	Latency
	Wallets   int `json:"wallets"`
	Transfers int `json:"transfers"`
}

type signedTransfer struct {
	req api.SubmitRequest
}

// RunSubmit measures accepted submits a second: each submit checks the
// signed approval and start call against the quote (signature recovery,
// calldata), broadcasts both to the chain, journals the transfer (a synced
// append) and starts its actor. Quotes are taken and signed beforehand; only
// the submits are timed.
func RunSubmit(o SubmitOptions) (*SubmitResult, error) {
	if o.Wallets <= 0 {
		o.Wallets = 16
	}
	if o.PerWallet <= 0 {
		o.PerWallet = 20
	}
	progress := func(format string, args ...any) {
		if o.Progress != nil {
			fmt.Fprintf(o.Progress, format+"\n", args...)
		}
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var wallets []evmnet.Key
	for i := 0; i < o.Wallets; i++ {
		wallets = append(wallets, evmnet.DevKey(fmt.Sprintf("bench-submit-%d", i)))
	}
	progress("submit: starting the EVM devnet and a node (%d wallets)", o.Wallets)
	ev, err := node.StartEVMDevnetWith(ctx, node.DevnetOptions{EVM: evmnet.Options{BlockPeriod: time.Second, Demo: wallets}, Guardians: -1}, quiet)
	if err != nil {
		return nil, err
	}
	defer ev.Close()
	dir, err := os.MkdirTemp("", "strait-bench-submit-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	ready := make(chan node.Addrs, 1)
	done := make(chan error, 1)
	go func() {
		done <- node.Run(ctx, node.Config{DataDir: dir, NATSPort: -1, HTTPAddr: "127.0.0.1:0", Store: ev.Store, Builder: ev.Source,
			Checker: ev.Source, Executor: ev.Executor, Logger: quiet, Ready: func(a node.Addrs) { ready <- a }})
	}()
	defer func() {
		cancel()
		<-done
	}()
	var addrs node.Addrs
	select {
	case addrs = <-ready:
	case err := <-done:
		return nil, fmt.Errorf("node: %w", err)
	case <-time.After(time.Minute):
		return nil, fmt.Errorf("node did not start")
	}

	// Quote and sign every transfer first (quotes live a minute).
	src, dst := ev.Devnet.Targets[0], ev.Devnet.Targets[1]
	work := make([][]api.SubmitRequest, o.Wallets)
	errs := make([]error, o.Wallets)
	var wg sync.WaitGroup
	for w := range wallets {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			work[w], errs[w] = prepare(ctx, addrs.NATS, src, dst, wallets[w], o.PerWallet)
		}(w)
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	progress("submit: %d signed transfers ready, submitting", o.Wallets*o.PerWallet)

	var mu sync.Mutex
	var lat []int64 // microseconds
	failed := 0
	start := time.Now()
	for w := range work {
		wg.Add(1)
		go func(reqs []api.SubmitRequest) {
			defer wg.Done()
			nc, err := nats.Connect(addrs.NATS)
			if err != nil {
				mu.Lock()
				failed += len(reqs)
				mu.Unlock()
				return
			}
			defer nc.Close()
			c := api.NewClient(nc)
			var mine []int64
			bad := 0
			for _, r := range reqs {
				t0 := time.Now()
				rctx, rcancel := context.WithTimeout(ctx, 30*time.Second)
				_, err := c.Submit(rctx, r)
				rcancel()
				if err != nil {
					bad++
					progress("submit %s: %v", r.ClientRef, err)
					continue
				}
				mine = append(mine, time.Since(t0).Microseconds())
			}
			mu.Lock()
			lat = append(lat, mine...)
			failed += bad
			mu.Unlock()
		}(work[w])
	}
	wg.Wait()
	elapsed := time.Since(start)
	res := &SubmitResult{Wallets: o.Wallets, Transfers: o.Wallets * o.PerWallet}
	res.Requests, res.Errors = len(lat), failed
	if len(lat) > 0 {
		p := percentilesMs(lat, 0.5, 0.99)
		res.P50ms, res.P99ms = p[0], p[1]
		res.QPS = float64(len(lat)) / elapsed.Seconds()
	}
	return res, nil
}

// prepare quotes n transfers for one wallet and signs each one's approval
// and start call with consecutive nonces.
func prepare(ctx context.Context, url string, src, dst evmnet.Target, key evmnet.Key, n int) ([]api.SubmitRequest, error) {
	nc, err := nats.Connect(url)
	if err != nil {
		return nil, err
	}
	defer nc.Close()
	c := api.NewClient(nc)
	cl := src.Client()
	nonce, err := cl.PendingNonceAt(ctx, key.Address)
	if err != nil {
		return nil, err
	}
	var out []api.SubmitRequest
	for i := 0; i < n; i++ {
		qctx, qcancel := context.WithTimeout(ctx, 30*time.Second)
		q, err := c.Quote(qctx, api.QuoteRequest{From: "USDC@" + src.Name(), To: "USDC@" + dst.Name(), Amount: fmt.Sprint(1_000_000 + i),
			Owner: key.Address.Hex(), Recipient: key.Address.Hex()})
		qcancel()
		if err != nil {
			return nil, fmt.Errorf("quote for %s: %w", key.Name, err)
		}
		if q.SourceTx == nil {
			return nil, fmt.Errorf("quote for %s has no source transaction", key.Name)
		}
		req := api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: fmt.Sprintf("bench-%s-%d", key.Name, i)}
		for _, a := range q.SourceTx.Approvals {
			raw, err := sign(key, a, nonce, src.ChainID())
			if err != nil {
				return nil, err
			}
			nonce++
			req.SignedApprovals = append(req.SignedApprovals, raw)
		}
		if req.SignedTx, err = sign(key, *q.SourceTx, nonce, src.ChainID()); err != nil {
			return nil, err
		}
		nonce++
		out = append(out, req)
	}
	return out, nil
}

func sign(key evmnet.Key, u api.UnsignedTx, nonce, chainID uint64) (string, error) {
	gas, ok := new(big.Int).SetString(u.GasLimit, 10)
	if !ok {
		gas = big.NewInt(2_000_000)
	}
	feeCap, ok := new(big.Int).SetString(u.MaxFeePerGas, 10)
	if !ok {
		feeCap = big.NewInt(100e9)
	}
	tip, ok := new(big.Int).SetString(u.MaxPriorityFeePerGas, 10)
	if !ok {
		tip = big.NewInt(1e9)
	}
	// Later transactions of a wallet land in later blocks: leave room for
	// the base fee to rise.
	feeCap.Mul(feeCap, big.NewInt(4))
	if feeCap.Cmp(tip) < 0 {
		feeCap.Set(tip)
	}
	to := common.HexToAddress(u.To)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: feeCap, Gas: gas.Uint64(), To: &to, Data: hexutil.MustDecode(u.Data)})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), key.Private())
	if err != nil {
		return "", err
	}
	b, err := signed.MarshalBinary()
	if err != nil {
		return "", err
	}
	return hexutil.Encode(b), nil
}
