package evmexec

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/actors/evmsource"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

// fakeChain is a chain whose block n has time base+n seconds and whose
// receipts are set by the test.
type fakeChain struct {
	mu       sync.Mutex
	head     uint64
	base     uint64
	receipts map[common.Hash]*types.Receipt
	sent     int // transactions broadcast
}

func (c *fakeChain) PendingNonceAt(context.Context, common.Address) (uint64, error) { return 0, nil }
func (c *fakeChain) SendTransaction(context.Context, *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sent++
	return nil
}
func (c *fakeChain) TransactionByHash(context.Context, common.Hash) (*types.Transaction, bool, error) {
	return nil, false, errors.New("not found")
}
func (c *fakeChain) TransactionReceipt(_ context.Context, h common.Hash) (*types.Receipt, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if r, ok := c.receipts[h]; ok {
		return r, nil
	}
	return nil, errors.New("not found")
}
func (c *fakeChain) BlockNumber(context.Context) (uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.head, nil
}
func (c *fakeChain) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if n == nil || n.Uint64() > c.head {
		return nil, errors.New("no such block")
	}
	return &types.Header{Number: new(big.Int).Set(n), Time: c.base + n.Uint64()}, nil
}

// signedStart is a wallet's signed Gateway.start call committing deadline.
func signedStart(t *testing.T, deadline uint64) (string, common.Hash) {
	t.Helper()
	data, err := bindings.NewGateway().TryPackStart([32]byte{1}, common.Address{2}, big.NewInt(1000),
		bindings.GatewayRoute{Recipient: common.Address{3}, RefundTo: common.Address{4}, Deadline: deadline})
	if err != nil {
		t.Fatal(err)
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{5}
	tx, err := types.SignTx(types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1), Gas: 100_000, To: &to, Data: data}),
		types.LatestSignerForChainID(big.NewInt(1)), key)
	if err != nil {
		t.Fatal(err)
	}
	b, err := tx.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return hexutil.Encode(b), tx.Hash()
}

// watch runs the source watch for up to wait and returns what it reported.
func watch(t *testing.T, c *fakeChain, st transfer.State, wait time.Duration) []transfer.Input {
	t.Helper()
	snap, err := topologies.Realistic()
	if err != nil {
		t.Fatal(err)
	}
	x := &Executor{Store: routing.NewStore(snap), Chains: map[string]*evmsource.Chain{"ethereum": {Name: "ethereum", ChainID: 1, Client: c}},
		FinalityBlocks: 2, Poll: 5 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	var got []transfer.Input
	x.Run(ctx, st, transfer.Effect{Kind: transfer.EffWatchSource, From: st.From}, func(in transfer.Input) { got = append(got, in) })
	return got
}

// TestSourceNeverMinedExpiresAtItsOnChainDeadline: a start call the chain
// never mined is reported expired once the chain's last final block is at
// or past the deadline the call commits (the Gateway refuses it then); not
// before; and a call mined in time is confirmed even when the chain has
// since passed its deadline.
func TestSourceNeverMinedExpiresAtItsOnChainDeadline(t *testing.T) {
	const deadline = 1_000_100
	raw, h := signedStart(t, deadline)
	st := transfer.State{ID: "t1", From: "USDC@ethereum", Amount: "1000", SourceTx: h.Hex(), SourceRaw: []string{raw}}

	// Final block 97 (time 1,000,097) is before the deadline: keep waiting.
	c := &fakeChain{head: 99, base: 1_000_000, receipts: map[common.Hash]*types.Receipt{}}
	if got := watch(t, c, st, 100*time.Millisecond); len(got) != 0 {
		t.Fatalf("reported before the deadline: %+v", got)
	}
	// Final block 100 is at the deadline, the call unmined: expired.
	c.head = 102
	got := watch(t, c, st, 5*time.Second)
	if len(got) != 1 || got[0].Kind != transfer.InSourceFailed || !got[0].Expired {
		t.Fatalf("got %+v, want one expired source_failed", got)
	}
	// Mined in time (block 90) and final: confirmed, whatever the head.
	c.receipts[h] = &types.Receipt{Status: types.ReceiptStatusSuccessful, BlockNumber: big.NewInt(90)}
	got = watch(t, c, st, 5*time.Second)
	if len(got) != 1 || got[0].Kind != transfer.InSourceConfirmed {
		t.Fatalf("got %+v, want source_confirmed", got)
	}
	// Without a readable start call (no journaled transaction, the chain
	// does not know it), the watch cannot prove expiry and keeps waiting.
	delete(c.receipts, h)
	st.SourceRaw = nil
	if got := watch(t, c, st, 100*time.Millisecond); len(got) != 0 {
		t.Fatalf("expired without knowing the deadline: %+v", got)
	}
}

// TestACancelledTransfersSourceIsNotBroadcastAgain: a watch whose chain
// does not know the source transaction broadcasts the journaled one (the
// submit stopped before it did), unless the wallet cancelled: then an
// unbroadcast transaction staying unbroadcast is what the wallet asked.
func TestACancelledTransfersSourceIsNotBroadcastAgain(t *testing.T) {
	raw, h := signedStart(t, 2_000_000)
	st := transfer.State{ID: "t1", From: "USDC@ethereum", Amount: "1000", SourceTx: h.Hex(), SourceRaw: []string{raw}}
	c := &fakeChain{head: 10, base: 1_000_000, receipts: map[common.Hash]*types.Receipt{}}
	watch(t, c, st, 300*time.Millisecond)
	c.mu.Lock()
	sent := c.sent
	c.sent = 0
	c.mu.Unlock()
	if sent != 1 {
		t.Fatalf("%d broadcasts of an unknown journaled source, want 1", sent)
	}
	st.CancelRequested = true
	watch(t, c, st, 300*time.Millisecond)
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sent != 0 {
		t.Fatalf("a cancelled transfer's source was broadcast %d times", c.sent)
	}
}
