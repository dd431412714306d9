package ibc

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	rpcclient "github.com/cometbft/cometbft/rpc/client"
	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	cmttypes "github.com/cometbft/cometbft/types"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

// RPCOptions configure a connection to a real node.
type RPCOptions struct {
	ChainID string
	// RPC is the CometBFT RPC address ("http://127.0.0.1:26657").
	RPC string
	// GRPC is the node's gRPC address ("127.0.0.1:9090"), for typed
	// queries. Empty: typed queries go through ABCI over RPC.
	GRPC string
	// Poll is how often WaitTx looks for the transaction. Default 100ms.
	Poll time.Duration
}

// EnsureDefaults fills unset fields.
func (o *RPCOptions) EnsureDefaults() {
	if o.Poll == 0 {
		o.Poll = 100 * time.Millisecond
	}
}

// Validate reports unusable options.
func (o *RPCOptions) Validate() error {
	if o.ChainID == "" || o.RPC == "" {
		return errorf(CodeChain, nil, "rpc chain: chain id %q, rpc %q", o.ChainID, o.RPC)
	}
	return nil
}

// RPCChain is a real node reached over CometBFT RPC (headers, validators,
// proofs, transactions, event search) and gRPC (typed queries).
type RPCChain struct {
	opts RPCOptions
	rpc  *rpchttp.HTTP
	conn grpc.ClientConnInterface
	gc   *grpc.ClientConn
}

var _ Chain = (*RPCChain)(nil)

// DialRPC connects to a node (lazily: nothing is sent until the first call).
func DialRPC(opts RPCOptions) (*RPCChain, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	rc, err := rpchttp.New(opts.RPC, "/websocket")
	if err != nil {
		return nil, errorf(CodeChain, err, "rpc %s", opts.RPC)
	}
	c := &RPCChain{opts: opts, rpc: rc}
	c.conn = ABCIConn{Query: c.ABCIQuery}
	if opts.GRPC != "" {
		cdc, err := DefaultCodec()
		if err != nil {
			return nil, err
		}
		gc, err := grpc.NewClient(opts.GRPC, grpc.WithTransportCredentials(insecure.NewCredentials()),
			grpc.WithDefaultCallOptions(grpc.ForceCodec(cdc.Proto.GRPCCodec())))
		if err != nil {
			return nil, errorf(CodeChain, err, "grpc %s", opts.GRPC)
		}
		c.gc, c.conn = gc, gc
	}
	return c, nil
}

// Close releases the gRPC connection.
func (c *RPCChain) Close() error {
	if c.gc != nil {
		return c.gc.Close()
	}
	return nil
}

// ID implements Chain.
func (c *RPCChain) ID() string { return c.opts.ChainID }

// LatestHeight implements Chain.
func (c *RPCChain) LatestHeight(ctx context.Context) (int64, error) {
	st, err := c.rpc.Status(ctx)
	if err != nil {
		return 0, errorf(CodeChain, err, "status of %s", c.opts.ChainID)
	}
	if st.NodeInfo.Network != c.opts.ChainID {
		return 0, errorf(CodeChain, nil, "node at %s serves %s, not %s", c.opts.RPC, st.NodeInfo.Network, c.opts.ChainID)
	}
	return st.SyncInfo.LatestBlockHeight, nil
}

// LightBlock implements Chain.
func (c *RPCChain) LightBlock(ctx context.Context, h int64) (*cmtproto.SignedHeader, *cmtproto.ValidatorSet, error) {
	cm, err := c.rpc.Commit(ctx, &h)
	if err != nil {
		return nil, nil, errorf(CodeChain, err, "commit %d of %s", h, c.opts.ChainID)
	}
	vals, err := c.Validators(ctx, h)
	if err != nil {
		return nil, nil, err
	}
	return cm.SignedHeader.ToProto(), vals, nil
}

// Validators implements Chain.
func (c *RPCChain) Validators(ctx context.Context, h int64) (*cmtproto.ValidatorSet, error) {
	var all []*cmttypes.Validator
	perPage := 100
	for page := 1; ; page++ {
		p := page
		res, err := c.rpc.Validators(ctx, &h, &p, &perPage)
		if err != nil {
			return nil, errorf(CodeChain, err, "validators %d of %s", h, c.opts.ChainID)
		}
		all = append(all, res.Validators...)
		if len(all) >= res.Total || len(res.Validators) == 0 {
			break
		}
	}
	vs := cmttypes.NewValidatorSet(all)
	pb, err := vs.ToProto()
	if err != nil {
		return nil, errorf(CodeChain, err, "validators %d of %s", h, c.opts.ChainID)
	}
	return pb, nil
}

// ABCIQuery implements Chain.
func (c *RPCChain) ABCIQuery(ctx context.Context, path string, data []byte, height int64, prove bool) (*abci.ResponseQuery, error) {
	res, err := c.rpc.ABCIQueryWithOptions(ctx, path, data, rpcclient.ABCIQueryOptions{Height: height, Prove: prove})
	if err != nil {
		return nil, errorf(CodeChain, err, "abci query %s on %s", path, c.opts.ChainID)
	}
	return &res.Response, nil
}

// Conn implements Chain.
func (c *RPCChain) Conn() grpc.ClientConnInterface { return c.conn }

// Broadcast implements Chain (broadcast_tx_sync: the CheckTx answer).
func (c *RPCChain) Broadcast(ctx context.Context, tx []byte) (TxResult, error) {
	res, err := c.rpc.BroadcastTxSync(ctx, tx)
	if err != nil {
		return TxResult{}, errorf(CodeChain, err, "broadcast on %s", c.opts.ChainID)
	}
	return TxResult{Hash: strings.ToUpper(res.Hash.String()), Code: res.Code, Codespace: res.Codespace, Log: res.Log}, nil
}

// WaitTx implements Chain.
func (c *RPCChain) WaitTx(ctx context.Context, hash string) (TxResult, error) {
	for {
		r, err := c.Tx(ctx, hash)
		if err == nil {
			return r, nil
		}
		if CodeOf(err) != CodeNotFound {
			return TxResult{}, err
		}
		t := time.NewTimer(c.opts.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return TxResult{}, ctx.Err()
		case <-t.C:
		}
	}
}

// Tx implements Chain.
func (c *RPCChain) Tx(ctx context.Context, hash string) (TxResult, error) {
	b, err := hex.DecodeString(hash)
	if err != nil {
		return TxResult{}, errorf(CodeBadHop, err, "tx hash %q", hash)
	}
	res, err := c.rpc.Tx(ctx, b, false)
	if err != nil {
		if strings.Contains(err.Error(), "not found") {
			return TxResult{}, errorf(CodeNotFound, nil, "tx %s not on %s", hash, c.opts.ChainID)
		}
		return TxResult{}, errorf(CodeChain, err, "tx %s on %s", hash, c.opts.ChainID)
	}
	return fromResultTx(res.Hash.String(), res.Height, res.TxResult, res.Tx), nil
}

func fromResultTx(hash string, h int64, r abci.ExecTxResult, raw []byte) TxResult {
	return TxResult{Hash: strings.ToUpper(hash), Height: h, Code: r.Code, Codespace: r.Codespace, Log: r.Log,
		Data: r.Data, Events: r.Events, GasUsed: r.GasUsed, Tx: raw}
}

// FindTx implements Chain with tx_search (the node's kv indexer).
func (c *RPCChain) FindTx(ctx context.Context, conditions ...string) ([]TxResult, error) {
	if len(conditions) == 0 {
		return nil, errors.New("find tx: no conditions")
	}
	var q []string
	for _, cond := range conditions {
		k, v, ok := strings.Cut(cond, "=")
		if !ok || strings.ContainsAny(v, "'") {
			return nil, fmt.Errorf("find tx: bad condition %q", cond)
		}
		q = append(q, fmt.Sprintf("%s='%s'", k, v))
	}
	query := strings.Join(q, " AND ")
	var out []TxResult
	perPage := 100
	for page := 1; ; page++ {
		p := page
		res, err := c.rpc.TxSearch(ctx, query, false, &p, &perPage, "asc")
		if err != nil {
			return nil, errorf(CodeChain, err, "tx search %q on %s", query, c.opts.ChainID)
		}
		for _, tx := range res.Txs {
			out = append(out, fromResultTx(tx.Hash.String(), tx.Height, tx.TxResult, tx.Tx))
		}
		if len(out) >= res.TotalCount || len(res.Txs) == 0 {
			return out, nil
		}
	}
}

// BlockTime implements Chain.
func (c *RPCChain) BlockTime(ctx context.Context, h int64) (time.Time, error) {
	var hp *int64
	if h > 0 {
		hp = &h
	}
	res, err := c.rpc.Header(ctx, hp)
	if err != nil {
		return time.Time{}, errorf(CodeChain, err, "header %d of %s", h, c.opts.ChainID)
	}
	return res.Header.Time, nil
}
