// Package cosmos runs Cosmos chains in process for tests and `strait up`:
// ibc-go v8's simapp (the SDK's bank, staking, auth and ibc-go's core and
// ICS-20 transfer) with a validator set whose keys sign every header, so
// that light clients on other chains verify them exactly as they verify a
// real network's. A chain is not safe for concurrent use, so each has a
// single owner goroutine; every method hands it a request. Block time is
// virtual: a block is made on each tick the chain receives, stamped with the
// tick's time.
package cosmos

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"time"

	sdkmath "cosmossdk.io/math"
	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/ed25519"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	cmttypes "github.com/cometbft/cometbft/types"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"google.golang.org/grpc"

	ibctesting "github.com/cosmos/ibc-go/v8/testing"

	"github.com/straitnet/strait/relayers/ibc"
)

// Account is a genesis account and its balances.
type Account struct {
	Address sdk.AccAddress
	Coins   sdk.Coins
}

// ChainOptions configure one in-process chain.
type ChainOptions struct {
	ChainID string
	// Validators signing each header. Default 4.
	Validators int
	// Seed makes the validator keys deterministic (with the chain id).
	Seed string
	// Accounts funded at genesis.
	Accounts []Account
	// Genesis is the first block's time (virtual). Default 2026-01-01.
	Genesis time.Time
	// Ticks make blocks: one block per tick, stamped with the tick's time
	// (forced to increase). Nil: blocks are made only by Produce.
	Ticks  <-chan time.Time
	Logger *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *ChainOptions) EnsureDefaults() {
	if o.Validators == 0 {
		o.Validators = 4
	}
	if o.Genesis.IsZero() {
		o.Genesis = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports unusable options.
func (o *ChainOptions) Validate() error {
	if o.ChainID == "" {
		return errors.New("cosmos chain: no chain id")
	}
	if o.Validators < 1 || o.Validators > 100 {
		return fmt.Errorf("cosmos chain %s: %d validators", o.ChainID, o.Validators)
	}
	if len(o.Accounts) == 0 {
		return fmt.Errorf("cosmos chain %s: no genesis accounts (the first delegates to the validators)", o.ChainID)
	}
	return nil
}

// Chain is one in-process simapp chain. It implements ibc.Chain.
type Chain struct {
	id     string
	logger *slog.Logger
	reqs   chan func()
	ticks  <-chan time.Time
	stop   chan struct{}
	done   chan struct{}

	// Owner-only state.
	t       *tb
	tc      *ibctesting.TestChain
	mempool [][]byte
	waiters map[string][]chan ibc.TxResult
	headers map[int64]*cmtproto.SignedHeader
	vals    map[int64]*cmtproto.ValidatorSet
	times   map[int64]time.Time
	txs     map[string]ibc.TxResult
	index   map[string][]string // "type.key=value" -> tx hashes, in block order
	last    time.Time
	err     error // a failed block stops the chain
}

var _ ibc.Chain = (*Chain)(nil)

// NewChain builds the chain (genesis, first block) and starts its owner.
func NewChain(opts ChainOptions) (*Chain, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	c := &Chain{
		id: opts.ChainID, logger: opts.Logger.With("chain", opts.ChainID),
		reqs: make(chan func()), ticks: opts.Ticks, stop: make(chan struct{}), done: make(chan struct{}),
		t:       &tb{name: opts.ChainID, logger: opts.Logger},
		waiters: map[string][]chan ibc.TxResult{}, headers: map[int64]*cmtproto.SignedHeader{},
		vals: map[int64]*cmtproto.ValidatorSet{}, times: map[int64]time.Time{}, txs: map[string]ibc.TxResult{},
		index: map[string][]string{},
	}
	if err := catch("genesis of "+opts.ChainID, func() error { return c.genesis(opts) }); err != nil {
		return nil, err
	}
	go c.run()
	return c, nil
}

func (c *Chain) genesis(opts ChainOptions) error {
	var validators []*cmttypes.Validator
	signers := map[string]cmttypes.PrivValidator{}
	for i := 0; i < opts.Validators; i++ {
		pv := cmttypes.NewMockPVWithParams(ed25519.GenPrivKeyFromSecret([]byte(fmt.Sprintf("%s/%s/validator/%d", opts.Seed, opts.ChainID, i))), false, false)
		pub, err := pv.GetPubKey()
		if err != nil {
			return err
		}
		validators = append(validators, cmttypes.NewValidator(pub, 1))
		signers[pub.Address().String()] = pv
	}
	valSet := cmttypes.NewValidatorSet(validators)
	var accs []authtypes.GenesisAccount
	var bals []banktypes.Balance
	for i, a := range opts.Accounts {
		accs = append(accs, authtypes.NewBaseAccount(a.Address, nil, uint64(i), 0))
		coins := a.Coins
		if i == 0 && coins.AmountOf(sdk.DefaultBondDenom).IsZero() {
			// The first account delegates the validators' bond.
			coins = coins.Add(sdk.NewCoin(sdk.DefaultBondDenom, sdkmath.NewInt(1_000_000_000)))
		}
		bals = append(bals, banktypes.Balance{Address: a.Address.String(), Coins: coins})
	}
	app := ibctesting.SetupWithGenesisValSet(c.t, valSet, accs, opts.ChainID, sdk.DefaultPowerReduction, bals...)
	c.tc = &ibctesting.TestChain{
		TB: c.t, ChainID: opts.ChainID, App: app,
		CurrentHeader: cmtproto.Header{ChainID: opts.ChainID, Height: 1, Time: opts.Genesis.UTC()},
		QueryServer:   app.GetIBCKeeper(), TxConfig: app.GetTxConfig(), Codec: app.AppCodec(),
		Vals: valSet, NextVals: valSet, Signers: signers,
	}
	c.last = opts.Genesis.UTC().Add(-time.Second)
	// Block 1's header carries no app hash (there is no state before it),
	// so a client can only start from block 2.
	if err := c.produce(opts.Genesis.UTC()); err != nil {
		return err
	}
	return c.produce(opts.Genesis.UTC().Add(time.Millisecond))
}

// run is the owner loop: it serves requests and makes a block per tick.
func (c *Chain) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case f := <-c.reqs:
			f()
		case t, ok := <-c.ticks:
			if !ok {
				c.ticks = nil
				continue
			}
			if c.err == nil {
				if err := catch("block on "+c.id, func() error { return c.produce(t) }); err != nil {
					c.err = err
					c.logger.Error("chain stopped", "err", err)
				}
			}
		}
	}
}

// Close stops the owner; pending calls return an error.
func (c *Chain) Close() {
	select {
	case <-c.stop:
	default:
		close(c.stop)
	}
	<-c.done
}

// do runs f on the owner.
func (c *Chain) do(ctx context.Context, f func() error) error {
	errc := make(chan error, 1)
	req := func() { errc <- catch(c.id, f) }
	select {
	case c.reqs <- req:
	case <-c.stop:
		return fmt.Errorf("chain %s: closed", c.id)
	case <-ctx.Done():
		return ctx.Err()
	}
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}

// Produce makes one block at time t now (tests that drive blocks by hand).
func (c *Chain) Produce(ctx context.Context, t time.Time) error {
	return c.do(ctx, func() error {
		if c.err != nil {
			return c.err
		}
		return c.produce(t)
	})
}

// produce finalizes and commits a block with every mempool transaction,
// then signs its header with the validators (ibc-go's testing header
// builder) and records it for light clients.
func (c *Chain) produce(t time.Time) error {
	t = t.UTC()
	if !t.After(c.last) {
		t = c.last.Add(time.Millisecond)
	}
	c.last = t
	tc := c.tc
	tc.CurrentHeader.Time = t
	txs := c.mempool
	c.mempool = nil
	res, err := tc.App.FinalizeBlock(&abci.RequestFinalizeBlock{
		Height: tc.CurrentHeader.Height, Time: t, NextValidatorsHash: tc.NextVals.Hash(), Txs: txs,
	})
	if err != nil {
		return fmt.Errorf("finalize block %d: %w", tc.CurrentHeader.Height, err)
	}
	if _, err := tc.App.Commit(); err != nil {
		return fmt.Errorf("commit block %d: %w", tc.CurrentHeader.Height, err)
	}
	h := tc.CurrentHeader.Height
	tc.LastHeader = tc.CurrentTMClientHeader()
	c.headers[h] = tc.LastHeader.SignedHeader
	c.vals[h] = tc.LastHeader.ValidatorSet
	c.times[h] = t
	tc.Vals = tc.NextVals
	tc.NextVals = ibctesting.ApplyValSetChanges(c.t, tc.Vals, res.ValidatorUpdates)
	tc.Vals.IncrementProposerPriority(1)
	tc.CurrentHeader = cmtproto.Header{
		ChainID: tc.ChainID, Height: tc.App.LastBlockHeight() + 1, AppHash: tc.App.LastCommitID().Hash, Time: t,
		ValidatorsHash: tc.Vals.Hash(), NextValidatorsHash: tc.NextVals.Hash(), ProposerAddress: tc.Vals.Proposer.Address,
	}
	for i, raw := range txs {
		r := res.TxResults[i]
		tx := ibc.TxResult{Hash: ibc.TxHash(raw), Height: h, Code: r.Code, Codespace: r.Codespace, Log: r.Log,
			Data: r.Data, Events: r.Events, GasUsed: r.GasUsed, Tx: raw}
		c.txs[tx.Hash] = tx
		seen := map[string]bool{}
		for _, e := range r.Events {
			for _, a := range e.Attributes {
				k := e.Type + "." + a.Key + "=" + a.Value
				if !seen[k] {
					seen[k] = true
					c.index[k] = append(c.index[k], tx.Hash)
				}
			}
		}
		for _, w := range c.waiters[tx.Hash] {
			w <- tx
		}
		delete(c.waiters, tx.Hash)
	}
	return nil
}

// ID implements ibc.Chain.
func (c *Chain) ID() string { return c.id }

// LatestHeight implements ibc.Chain.
func (c *Chain) LatestHeight(ctx context.Context) (int64, error) {
	var h int64
	err := c.do(ctx, func() error { h = c.tc.App.LastBlockHeight(); return nil })
	return h, err
}

// LightBlock implements ibc.Chain.
func (c *Chain) LightBlock(ctx context.Context, h int64) (*cmtproto.SignedHeader, *cmtproto.ValidatorSet, error) {
	var sh *cmtproto.SignedHeader
	var vs *cmtproto.ValidatorSet
	err := c.do(ctx, func() error {
		var ok bool
		if sh, ok = c.headers[h]; !ok {
			return fmt.Errorf("chain %s: no header at height %d", c.id, h)
		}
		vs = c.vals[h]
		return nil
	})
	return sh, vs, err
}

// Validators implements ibc.Chain.
func (c *Chain) Validators(ctx context.Context, h int64) (*cmtproto.ValidatorSet, error) {
	var vs *cmtproto.ValidatorSet
	err := c.do(ctx, func() error {
		if v, ok := c.vals[h]; ok {
			vs = v
			return nil
		}
		if h == c.tc.App.LastBlockHeight()+1 {
			var err error
			vs, err = c.tc.Vals.ToProto()
			return err
		}
		return fmt.Errorf("chain %s: no validator set at height %d", c.id, h)
	})
	return vs, err
}

// ABCIQuery implements ibc.Chain.
func (c *Chain) ABCIQuery(ctx context.Context, path string, data []byte, height int64, prove bool) (*abci.ResponseQuery, error) {
	var res *abci.ResponseQuery
	err := c.do(ctx, func() error {
		var err error
		res, err = c.tc.App.Query(context.Background(), &abci.RequestQuery{Path: path, Data: data, Height: height, Prove: prove})
		return err
	})
	return res, err
}

// Conn implements ibc.Chain.
func (c *Chain) Conn() grpc.ClientConnInterface { return ibc.ABCIConn{Query: c.ABCIQuery} }

// Broadcast implements ibc.Chain: CheckTx, then the mempool.
func (c *Chain) Broadcast(ctx context.Context, tx []byte) (ibc.TxResult, error) {
	var out ibc.TxResult
	err := c.do(ctx, func() error {
		if c.err != nil {
			return c.err
		}
		r, err := c.tc.App.CheckTx(&abci.RequestCheckTx{Tx: tx, Type: abci.CheckTxType_New})
		if err != nil {
			return err
		}
		out = ibc.TxResult{Hash: ibc.TxHash(tx), Code: r.Code, Codespace: r.Codespace, Log: r.Log}
		if r.Code == 0 {
			c.mempool = append(c.mempool, tx)
		}
		return nil
	})
	return out, err
}

// WaitTx implements ibc.Chain.
func (c *Chain) WaitTx(ctx context.Context, hash string) (ibc.TxResult, error) {
	w := make(chan ibc.TxResult, 1)
	err := c.do(ctx, func() error {
		if r, ok := c.txs[hash]; ok {
			w <- r
			return nil
		}
		c.waiters[hash] = append(c.waiters[hash], w)
		return nil
	})
	if err != nil {
		return ibc.TxResult{}, err
	}
	select {
	case r := <-w:
		return r, nil
	case <-ctx.Done():
		return ibc.TxResult{}, ctx.Err()
	case <-c.stop:
		return ibc.TxResult{}, fmt.Errorf("chain %s: closed", c.id)
	}
}

// Tx implements ibc.Chain.
func (c *Chain) Tx(ctx context.Context, hash string) (ibc.TxResult, error) {
	var out ibc.TxResult
	err := c.do(ctx, func() error {
		r, ok := c.txs[strings.ToUpper(hash)]
		if !ok {
			return &ibc.Error{Code: ibc.CodeNotFound, Message: fmt.Sprintf("tx %s not on %s", hash, c.id)}
		}
		out = r
		return nil
	})
	return out, err
}

// FindTx implements ibc.Chain.
func (c *Chain) FindTx(ctx context.Context, conditions ...string) ([]ibc.TxResult, error) {
	var out []ibc.TxResult
	err := c.do(ctx, func() error {
		if len(conditions) == 0 {
			return errors.New("find tx: no conditions")
		}
		count := map[string]int{}
		for _, cond := range conditions {
			for _, h := range c.index[cond] {
				count[h]++
			}
		}
		for h, n := range count {
			if n == len(conditions) {
				out = append(out, c.txs[h])
			}
		}
		sort.Slice(out, func(i, j int) bool { return out[i].Height < out[j].Height })
		return nil
	})
	return out, err
}

// BlockTime implements ibc.Chain.
func (c *Chain) BlockTime(ctx context.Context, h int64) (time.Time, error) {
	var t time.Time
	err := c.do(ctx, func() error {
		if h == 0 {
			h = c.tc.App.LastBlockHeight()
		}
		var ok bool
		if t, ok = c.times[h]; !ok {
			return fmt.Errorf("chain %s: no block %d", c.id, h)
		}
		return nil
	})
	return t, err
}

// Balance returns addr's balance of denom (tests and the devnet's demo).
func (c *Chain) Balance(ctx context.Context, addr sdk.AccAddress, denom string) (sdkmath.Int, error) {
	resp, err := banktypes.NewQueryClient(c.Conn()).Balance(ctx, &banktypes.QueryBalanceRequest{Address: addr.String(), Denom: denom})
	if err != nil {
		return sdkmath.Int{}, fmt.Errorf("balance of %s on %s: %w", addr, c.id, err)
	}
	return resp.Balance.Amount, nil
}
