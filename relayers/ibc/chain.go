package ibc

import (
	"context"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtproto "github.com/cometbft/cometbft/proto/tendermint/types"
	"google.golang.org/grpc"
)

// Chain is what the relayer needs from a Cosmos chain. Two implementations:
// devnet/cosmos's in-process simapp chains and RPCChain (a real node over
// CometBFT RPC and gRPC). Implementations must be safe for concurrent use
// (the in-process one funnels every call to the chain's single owner).
type Chain interface {
	// ID is the chain id ("strait-1").
	ID() string
	// LatestHeight is the height of the newest block whose signed header is
	// available. Its header commits to the state after LatestHeight-1, so
	// proofs are queried at LatestHeight-1 and verified at LatestHeight.
	LatestHeight(ctx context.Context) (int64, error)
	// LightBlock is the signed header at height h and the validator set
	// that signed it.
	LightBlock(ctx context.Context, h int64) (*cmtproto.SignedHeader, *cmtproto.ValidatorSet, error)
	// Validators is the validator set of block h; for h = LatestHeight+1
	// it is the latest header's next validator set.
	Validators(ctx context.Context, h int64) (*cmtproto.ValidatorSet, error)
	// ABCIQuery runs a query against the application state at height
	// (0 = latest), with a Merkle proof when prove is set.
	ABCIQuery(ctx context.Context, path string, data []byte, height int64, prove bool) (*abci.ResponseQuery, error)
	// Conn serves typed gRPC queries (ibc-go's and the SDK's query clients).
	Conn() grpc.ClientConnInterface
	// Broadcast hands a signed transaction to the mempool and returns the
	// CheckTx answer (Height 0; a non-zero Code means it was refused and
	// will not be included).
	Broadcast(ctx context.Context, tx []byte) (TxResult, error)
	// WaitTx waits until the transaction is in a block and returns it.
	WaitTx(ctx context.Context, hash string) (TxResult, error)
	// Tx returns an included transaction by hash (upper-case hex), or an
	// error with CodeNotFound.
	Tx(ctx context.Context, hash string) (TxResult, error)
	// FindTx returns the included transactions whose events match every
	// condition, each "type.attribute=value" ("send_packet.packet_sequence=4").
	FindTx(ctx context.Context, conditions ...string) ([]TxResult, error)
	// BlockTime is the time of block h (0 = latest).
	BlockTime(ctx context.Context, h int64) (time.Time, error)
}

// TxResult is an included (Height > 0) or refused (Height 0) transaction.
type TxResult struct {
	Hash      string
	Height    int64
	Code      uint32
	Codespace string
	Log       string
	// Data is the proto-encoded sdk.TxMsgData with each message's response.
	Data    []byte
	Events  []abci.Event
	GasUsed int64
	// Tx is the raw transaction of an included one (signer, memo and
	// messages, for checks that events do not carry).
	Tx []byte
}

// OK reports whether the transaction was included and succeeded.
func (r TxResult) OK() bool { return r.Height > 0 && r.Code == 0 }
