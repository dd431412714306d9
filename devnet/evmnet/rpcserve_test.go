package evmnet

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"net/http"
	"strings"
	"testing"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestServeRPC: a client in "another process" (over HTTP) sees the chain
// as the in-process client does: chain id, balances, sending a transaction
// and reading its receipt, "not found" as ethereum.NotFound, batches, and
// JSON-RPC errors with their codes.
func TestServeRPC(t *testing.T) {
	ctx := context.Background()
	from, to := DevKey("rpc-from"), DevKey("rpc-to")
	c, err := NewChain(ChainOptions{Name: "rpc-test", ChainID: 31999, Alloc: map[common.Address]*big.Int{from.Address: Ether}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	srv, err := c.ServeRPC("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("serves on %s, want loopback", srv.URL)
	}
	remote, err := ethclient.DialContext(ctx, srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()
	if id, err := remote.ChainID(ctx); err != nil || id.Uint64() != 31999 {
		t.Fatalf("chain id %v, %v", id, err)
	}
	if bal, err := remote.BalanceAt(ctx, from.Address, nil); err != nil || bal.Cmp(Ether) != 0 {
		t.Fatalf("balance %v, %v", bal, err)
	}
	head, _ := remote.HeaderByNumber(ctx, nil)
	tx, _ := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(31999), Nonce: 0, GasTipCap: big.NewInt(1e9),
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), big.NewInt(1e9)), Gas: 21000, To: &to.Address, Value: big.NewInt(12345)}),
		types.LatestSignerForChainID(big.NewInt(31999)), from.Private())
	if err := remote.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	if err := remote.SendTransaction(ctx, tx); err == nil {
		t.Fatal("the same transaction twice: no error")
	}
	r, err := c.MineTx(ctx, tx, from.Address)
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("mine: %v %v", r, err)
	}
	if rr, err := remote.TransactionReceipt(ctx, tx.Hash()); err != nil || rr.BlockNumber.Cmp(r.BlockNumber) != 0 {
		t.Fatalf("remote receipt %v, %v", rr, err)
	}
	// (geth answers "indexing in progress" until its background indexer
	// has caught up with the first blocks: ask again for a while.)
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		_, err := remote.TransactionReceipt(ctx, common.Hash{1})
		if errors.Is(err, ethereum.NotFound) {
			break
		}
		if err == nil || err.Error() != "transaction indexing is in progress" || time.Now().After(deadline) {
			t.Fatalf("unknown receipt: %v, want ethereum.NotFound", err)
		}
	}
	// A batch, as ethclient's callers send them.
	var bal, nonce string
	if err := remote.Client().BatchCallContext(ctx, []rpc.BatchElem{
		{Method: "eth_getBalance", Args: []any{to.Address, "latest"}, Result: &bal},
		{Method: "eth_getTransactionCount", Args: []any{from.Address, "latest"}, Result: &nonce},
	}); err != nil || bal != "0x3039" || nonce != "0x1" {
		t.Fatalf("batch: %q %q %v", bal, nonce, err)
	}
	var out string
	err = remote.Client().CallContext(ctx, &out, "no_suchMethod")
	var coded rpc.Error
	if !errors.As(err, &coded) || coded.ErrorCode() != -32601 {
		t.Fatalf("unknown method: %v, want code -32601", err)
	}
	// Not JSON: a parse error, not a crash.
	resp, err := http.Post(srv.URL, "application/json", bytes.NewReader([]byte("{nope")))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
}
