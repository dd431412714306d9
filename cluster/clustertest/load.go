package clustertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/evmnet"
)

// SourceChain is where every order starts (the gateway there takes the
// wallet's tokens).
const SourceChain = "devnet-evm-a"

var debug = os.Getenv("CLUSTERTEST_DEBUG") != ""

// Order is one transfer to make.
type Order struct {
	Ref       string // client_ref (the transfer id derives from it)
	Wallet    evmnet.Key
	From, To  string // asset ids
	Amount    string
	Recipient common.Address
}

// Orders makes n orders spread over the wallets, alternating the
// liquidity bridge (USDC a->b) and the lock/mint bridge (TKA a->c, minted
// as wTKA), each to a fresh recipient of its own, so that a recipient's
// balance is exactly what its transfer delivered.
func Orders(tag string, n int, wallets []evmnet.Key) []Order {
	out := make([]Order, 0, n)
	for i := 0; i < n; i++ {
		o := Order{Wallet: wallets[i%len(wallets)], Ref: fmt.Sprintf("%s-%d", tag, i),
			Recipient: evmnet.DevKey(fmt.Sprintf("%s-recipient-%d", tag, i)).Address}
		if i%2 == 0 {
			o.From, o.To, o.Amount = "USDC@devnet-evm-a", "USDC@devnet-evm-b", fmt.Sprint((10+i%7)*1_000_000)
		} else {
			o.From, o.To = "TKA@devnet-evm-a", "wTKA@devnet-evm-c"
			o.Amount = new(big.Int).Mul(big.NewInt(int64(1+i%5)), evmnet.Ether).String()
		}
		out = append(out, o)
	}
	return out
}

// Placed is an accepted order.
type Placed struct {
	Order
	ID       string
	Quote    *api.QuoteReply
	Hops     int
	Accepted time.Time
	// Quoting and Submitting are the latencies of the accepted attempt's
	// quote and submit calls (retries included).
	Quoting, Submitting time.Duration
}

// Load places orders through a retrying API client and tracks the
// wallets' nonces on the source chain.
type Load struct {
	Env    *Env
	Client *api.Client

	// Requotes counts submits answered UNKNOWN_QUOTE or QUOTE_EXPIRED and
	// quoted again (a quote dies with the node that made it).
	Requotes atomic.Int64

	mu     sync.Mutex
	nonces map[common.Address]uint64
}

// NewLoad makes a load with its own connection and retrying client.
func (e *Env) NewLoad(o api.ClientOptions) (*Load, error) {
	nc, err := nats.Connect(e.NATS.ClientURL(), nats.Name("clustertest-load"), nats.MaxReconnects(-1))
	if err != nil {
		return nil, err
	}
	c, err := api.NewClientWith(nc, o)
	if err != nil {
		nc.Close()
		return nil, err
	}
	return &Load{Env: e, Client: c, nonces: map[common.Address]uint64{}}, nil
}

// Close closes the load's connection.
func (l *Load) Close() { l.Client.Conn().Close() }

// reserve takes n consecutive nonces of a wallet on the source chain.
func (l *Load) reserve(ctx context.Context, w evmnet.Key, n uint64) (uint64, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	nonce, ok := l.nonces[w.Address]
	if !ok {
		var err error
		if nonce, err = l.Env.Chains[SourceChain].PendingNonceAt(ctx, w.Address); err != nil {
			return 0, fmt.Errorf("nonce of %s: %w", w.Address.Hex(), err)
		}
	}
	l.nonces[w.Address] = nonce + n
	return nonce, nil
}

func sign(ctx context.Context, cl *ethclient.Client, key evmnet.Key, u api.UnsignedTx, nonce, chainID uint64) (string, error) {
	return evmnet.SignCall(ctx, cl, key, common.HexToAddress(u.To), u.Data, nonce, chainID)
}

// burn spends nonces an order reserved but could not use (a self-transfer
// of nothing each), so that the wallet's later transactions are not stuck
// behind the gap. A nonce already used is fine.
func (l *Load) burn(ctx context.Context, w evmnet.Key, nonce, n uint64) error {
	cl := l.Env.Chains[SourceChain]
	id := l.Env.ChainIDs[SourceChain]
	var errs []error
	for i := uint64(0); i < n; i++ {
		raw, err := sign(ctx, cl, w, api.UnsignedTx{To: w.Address.Hex(), Data: "0x"}, nonce+i, id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		tx := new(types.Transaction)
		_ = tx.UnmarshalBinary(hexutil.MustDecode(raw))
		if err := cl.SendTransaction(ctx, tx); err != nil && !strings.Contains(strings.ToLower(err.Error()), "nonce too low") &&
			!strings.Contains(strings.ToLower(err.Error()), "already known") {
			errs = append(errs, fmt.Errorf("burn nonce %d of %s: %w", nonce+i, w.Address.Hex(), err))
		}
	}
	return errors.Join(errs...)
}

// requoteTries bounds how often one order is quoted again.
const requoteTries = 8

// Place quotes, signs and submits one order. A quote lost with the node
// that made it (UNKNOWN_QUOTE, QUOTE_EXPIRED) is made again and signed
// with the same nonces; a failed order gives its nonces back to the chain
// (burn) so that its wallet's other orders go on.
func (l *Load) Place(ctx context.Context, o Order) (*Placed, error) {
	const approval = 1 // ERC-20 sources need one approval before the start call
	nonce, err := l.reserve(ctx, o.Wallet, 1+approval)
	if err != nil {
		return nil, err
	}
	p, err := l.place(ctx, o, nonce)
	if err != nil {
		if berr := l.burn(context.WithoutCancel(ctx), o.Wallet, nonce, 1+approval); berr != nil {
			err = errors.Join(err, berr)
		}
		return nil, fmt.Errorf("order %s: %w", o.Ref, err)
	}
	return p, nil
}

func (l *Load) place(ctx context.Context, o Order, nonce uint64) (*Placed, error) {
	cl, id := l.Env.Chains[SourceChain], l.Env.ChainIDs[SourceChain]
	var last error
	for try := 0; try < requoteTries; try++ {
		if try > 0 {
			// A quote another node cannot find: its node died, froze or
			// was expelled; give the cluster a moment to settle.
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(time.Duration(try) * 200 * time.Millisecond):
			}
		}
		t0 := time.Now()
		q, err := l.Client.Quote(ctx, api.QuoteRequest{From: o.From, To: o.To, Amount: o.Amount, Owner: o.Wallet.Address.Hex(), Recipient: o.Recipient.Hex()})
		if err != nil {
			return nil, fmt.Errorf("quote: %w", err)
		}
		quoting := time.Since(t0)
		if q.SourceTx == nil || len(q.SourceTx.Approvals) != 1 || len(q.Routes) == 0 {
			return nil, fmt.Errorf("quote %s: want a source transaction with one approval and a route", q.QuoteID)
		}
		appr, err := sign(ctx, cl, o.Wallet, q.SourceTx.Approvals[0], nonce, id)
		if err != nil {
			return nil, err
		}
		start, err := sign(ctx, cl, o.Wallet, *q.SourceTx, nonce+1, id)
		if err != nil {
			return nil, err
		}
		t1 := time.Now()
		tr, err := l.Client.Submit(ctx, api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: o.Ref, SignedApprovals: []string{appr}, SignedTx: start})
		if debug && err != nil {
			fmt.Fprintf(os.Stderr, "DEBUG %s try %d quote %s at %s: submit after %v: %v\n", o.Ref, try, q.QuoteID, t1.Format("15:04:05.000"), time.Since(t1), err)
		}
		switch code := CodeOf(err); {
		case err == nil:
			return &Placed{Order: o, ID: tr.ID, Quote: q, Hops: len(q.Routes[0].Hops), Accepted: time.Now(), Quoting: quoting, Submitting: time.Since(t1)}, nil
		case code == api.CodeUnknownQuote || code == api.CodeQuoteExpired:
			// The node that made the quote is gone. If an earlier attempt
			// reached a node that broadcast the signed transactions and
			// died before it journaled the transfer, the wallet's funds
			// moved under a quote no node holds any more: say so (an
			// orphan), and do not sign other transactions on the same
			// nonces. Otherwise quote again.
			if orphan, oerr := l.broadcast(ctx, appr, start); oerr != nil {
				return nil, oerr
			} else if orphan != "" {
				return nil, &OrphanError{Ref: o.Ref, Quote: q.QuoteID, Tx: orphan, Err: err}
			}
			last = err
			l.Requotes.Add(1)
			continue
		case code == api.CodeClientRefReused:
			// An earlier try of this order was accepted (its reply lost)
			// with the quote it named: that transfer is this order's.
			got, gerr := l.Client.Get(ctx, actors.TransferID(o.Ref))
			if gerr != nil {
				return nil, fmt.Errorf("submit: %w; get the earlier transfer: %v", err, gerr)
			}
			return &Placed{Order: o, ID: got.ID, Quote: q, Hops: len(q.Routes[0].Hops), Accepted: time.Now(), Quoting: quoting, Submitting: time.Since(t1)}, nil
		default:
			return nil, fmt.Errorf("submit: %w", err)
		}
	}
	return nil, fmt.Errorf("submit: quote lost %d times: %w", requoteTries, last)
}

// OrphanError: a node broadcast an order's signed source transactions
// and then lost the transfer (it died before journaling it, and the quote
// died with it): the funds sit in the gateway and no transfer exists.
type OrphanError struct {
	Ref, Quote, Tx string
	Err            error
}

func (e *OrphanError) Error() string {
	return fmt.Sprintf("order %s: its source transaction %s (quote %s) is on chain but no node accepted the transfer: %v", e.Ref, e.Tx, e.Quote, e.Err)
}

func (e *OrphanError) Unwrap() error { return e.Err }

// broadcast reports the hash of the first of the signed transactions that
// the source chain knows (pending or mined), or "".
func (l *Load) broadcast(ctx context.Context, signed ...string) (string, error) {
	cl := l.Env.Chains[SourceChain]
	for _, raw := range signed {
		tx := new(types.Transaction)
		if err := tx.UnmarshalBinary(hexutil.MustDecode(raw)); err != nil {
			return "", err
		}
		if got, _, err := cl.TransactionByHash(ctx, tx.Hash()); err == nil && got != nil {
			return tx.Hash().Hex(), nil
		} else if err != nil && !errors.Is(err, ethereum.NotFound) {
			return "", fmt.Errorf("look up %s: %w", tx.Hash().Hex(), err)
		}
	}
	return "", nil
}

// PlaceAll places every order with at most concurrency at once, in order
// of the slice (a wallet's orders take its nonces in that order). It
// returns the accepted ones and the errors of the others.
func (l *Load) PlaceAll(ctx context.Context, orders []Order, concurrency int) ([]*Placed, error) {
	out := make([]*Placed, len(orders))
	errs := make([]error, len(orders))
	sem := make(chan struct{}, max(concurrency, 1))
	var wg sync.WaitGroup
	for i, o := range orders {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i], errs[i] = l.Place(ctx, o)
		}()
	}
	wg.Wait()
	var ok []*Placed
	for _, p := range out {
		if p != nil {
			ok = append(ok, p)
		}
	}
	return ok, errors.Join(errs...)
}

// CodeOf is the API error code in err ("" if none).
func CodeOf(err error) api.Code {
	var ae *api.Error
	if errors.As(err, &ae) {
		return ae.Code
	}
	return ""
}

// Ended reports whether a transfer has reached a final status.
func Ended(t *api.Transfer) bool { return t.Status == api.StatusDone || t.Status == api.StatusFailed }

// WaitDone polls until every transfer has ended or ctx ends; it returns
// the final transfers by id.
func (l *Load) WaitDone(ctx context.Context, ps []*Placed) (map[string]*api.Transfer, error) {
	done := map[string]*api.Transfer{}
	for {
		var errs []error
		for _, p := range ps {
			if _, ok := done[p.ID]; ok {
				continue
			}
			tr, err := l.Client.Get(ctx, p.ID)
			if err != nil {
				if ctx.Err() == nil && (api.Retryable(err) || CodeOf(err) == api.CodeNotFound) {
					continue // a node restarting; the transfer is not yet caught up
				}
				errs = append(errs, fmt.Errorf("get %s (%s): %w", p.ID, p.Ref, err))
				continue
			}
			if Ended(tr) {
				done[p.ID] = tr
			}
		}
		if len(done) == len(ps) {
			return done, nil
		}
		if len(errs) > 0 && ctx.Err() == nil {
			return done, errors.Join(errs...)
		}
		select {
		case <-ctx.Done():
			var stuck []string
			for _, p := range ps {
				if _, ok := done[p.ID]; !ok && len(stuck) < 5 {
					tctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
					tr, err := l.Client.Get(tctx, p.ID)
					cancel()
					js, _ := json.Marshal(tr)
					stuck = append(stuck, fmt.Sprintf("%s (%s): %s %v", p.ID, p.Ref, js, err))
				}
			}
			return done, fmt.Errorf("%d of %d transfers ended: %w; some of the others:\n%s", len(done), len(ps), ctx.Err(), strings.Join(stuck, "\n"))
		case <-time.After(300 * time.Millisecond):
		}
	}
}

// Progress counts the transfers by state (for choosing the moment of a
// fault): ended, past their source with a hop in flight, and the rest.
func (l *Load) Progress(ctx context.Context, ps []*Placed) (ended, hopsInFlight, other int, err error) {
	for _, p := range ps {
		tr, err := l.Client.Get(ctx, p.ID)
		if err != nil {
			return 0, 0, 0, err
		}
		switch {
		case Ended(tr):
			ended++
		case tr.Substatus == api.SubHopInFlight:
			hopsInFlight++
		default:
			other++
		}
	}
	return ended, hopsInFlight, other, nil
}

// Latencies summarises durations (milliseconds).
type Latencies struct {
	N     int     `json:"n"`
	P50ms float64 `json:"p50_ms"`
	P99ms float64 `json:"p99_ms"`
	MaxMs float64 `json:"max_ms"`
}

// Summarise computes the percentiles of ds.
func Summarise(ds []time.Duration) Latencies {
	if len(ds) == 0 {
		return Latencies{}
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	at := func(q float64) float64 {
		i := int(q*float64(len(s))+0.5) - 1
		i = min(max(i, 0), len(s)-1)
		return float64(s[i].Microseconds()) / 1000
	}
	return Latencies{N: len(s), P50ms: at(0.50), P99ms: at(0.99), MaxMs: float64(s[len(s)-1].Microseconds()) / 1000}
}
