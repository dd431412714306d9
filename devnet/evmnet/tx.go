package evmnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// Target is a chain the devnet deploys to: an in-process Chain, or a live
// node reached over JSON-RPC (LiveChain).
type Target interface {
	Name() string
	ChainID() uint64
	Client() Client
	// MineTx returns the receipt of a transaction just sent, sealing blocks
	// if the chain does not seal on its own.
	MineTx(ctx context.Context, tx *types.Transaction, from common.Address) (*types.Receipt, error)
}

// LiveChain is a chain that seals blocks on its own (a real node).
type LiveChain struct {
	ChainName string
	ID        uint64
	RPC       Client
	// Timeout bounds each receipt wait; default 60s.
	Timeout time.Duration
}

func (l *LiveChain) Name() string    { return l.ChainName }
func (l *LiveChain) ChainID() uint64 { return l.ID }
func (l *LiveChain) Client() Client  { return l.RPC }

// MineTx waits for the receipt.
func (l *LiveChain) MineTx(ctx context.Context, tx *types.Transaction, _ common.Address) (*types.Receipt, error) {
	t := l.Timeout
	if t == 0 {
		t = 60 * time.Second
	}
	ctx, cancel := context.WithTimeout(ctx, t)
	defer cancel()
	for {
		r, err := l.RPC.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r, nil
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("tx %s not mined on %s: %w", tx.Hash(), l.ChainName, ctx.Err())
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Sender sends transactions on a chain without the block timer (setup,
// tests) from one key, with
// nonces tracked here (the pool's pending nonce can be stale right after a
// send), and seals a block for each.
type Sender struct {
	chain Target
	key   Key
	nonce uint64
	// gasUsed sums what the setup cost, for the logs.
	GasUsed uint64
}

func NewSender(ctx context.Context, c Target, key Key) (*Sender, error) {
	n, err := c.Client().NonceAt(ctx, key.Address, nil)
	if err != nil {
		return nil, fmt.Errorf("nonce of %s on %s: %w", key, c.Name(), err)
	}
	return &Sender{chain: c, key: key, nonce: n}, nil
}

// send estimates gas (never a hard-coded limit), signs, sends and mines one
// transaction, and fails with the revert reason if it reverted.
func (d *Sender) Send(ctx context.Context, what string, to *common.Address, data []byte) (*types.Receipt, error) {
	cl := d.chain.Client()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: head: %w", what, err)
	}
	tip, err := cl.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: tip: %w", what, err)
	}
	msg := ethereum.CallMsg{From: d.key.Address, To: to, Data: data}
	gas, err := cl.EstimateGas(ctx, msg)
	if err != nil {
		return nil, fmt.Errorf("%s on %s: estimate gas: %w", what, d.chain.Name(), err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   new(big.Int).SetUint64(d.chain.ChainID()),
		Nonce:     d.nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas + gas/5,
		To:        to,
		Data:      data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), d.key.Private())
	if err != nil {
		return nil, fmt.Errorf("%s: sign: %w", what, err)
	}
	if err := cl.SendTransaction(ctx, signed); err != nil {
		return nil, fmt.Errorf("%s on %s: send: %w", what, d.chain.Name(), err)
	}
	d.nonce++
	r, err := d.chain.MineTx(ctx, signed, d.key.Address)
	if err != nil {
		return nil, fmt.Errorf("%s on %s: %w", what, d.chain.Name(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("%s on %s: reverted (tx %s)", what, d.chain.Name(), signed.Hash())
	}
	d.GasUsed += r.GasUsed
	return r, nil
}

func (d *Sender) Deploy(ctx context.Context, what string, code []byte) (common.Address, error) {
	r, err := d.Send(ctx, "deploy "+what, nil, code)
	if err != nil {
		return common.Address{}, err
	}
	if r.ContractAddress == (common.Address{}) {
		return common.Address{}, errors.New("deploy " + what + ": no contract address in receipt")
	}
	return r.ContractAddress, nil
}

func (d *Sender) Exec(ctx context.Context, what string, to common.Address, data []byte) error {
	_, err := d.Send(ctx, what, &to, data)
	return err
}

// HeaderReader reads block headers (every client here can).
type HeaderReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// SignCall signs a call to `to` with calldata `data` (hex) as key, at the
// given nonce, with generous fees for the current head (four times its base
// fee plus a 1 gwei tip) and 2M gas, and returns the raw transaction (hex).
// Tests and load generators sign many transactions ahead with explicit
// nonces; `strait send` signs with the quote's own fee hints instead.
func SignCall(ctx context.Context, cl HeaderReader, key Key, to common.Address, data string, nonce, chainID uint64) (string, error) {
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		return "", err
	}
	input, err := hexutil.Decode(data)
	if err != nil {
		return "", err
	}
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: new(big.Int).SetUint64(chainID), Nonce: nonce, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(4)), big.NewInt(1e9)), Gas: 2_000_000, To: &to, Data: input})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(tx.ChainId()), key.Private())
	if err != nil {
		return "", err
	}
	b, err := signed.MarshalBinary()
	return hexutil.Encode(b), err
}
