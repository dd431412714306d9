package ibc

import (
	"context"
	"fmt"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cosmos/gogoproto/proto"
	"google.golang.org/grpc"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	"github.com/cosmos/ibc-go/v8/modules/core/exported"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// ABCIQuerier is the query half of a Chain.
type ABCIQuerier func(ctx context.Context, path string, data []byte, height int64, prove bool) (*abci.ResponseQuery, error)

// ABCIConn serves gRPC unary queries through ABCI queries: the application
// routes "/pkg.Service/Method" paths to its gRPC query handlers, exactly as
// the SDK's own client does. It lets one set of typed query clients work on
// any Chain.
type ABCIConn struct{ Query ABCIQuerier }

var _ grpc.ClientConnInterface = ABCIConn{}

// Invoke runs a unary query.
func (c ABCIConn) Invoke(ctx context.Context, method string, args, reply any, _ ...grpc.CallOption) error {
	req, ok := args.(proto.Message)
	if !ok {
		return fmt.Errorf("abci query %s: request %T is not a proto message", method, args)
	}
	data, err := proto.Marshal(req)
	if err != nil {
		return fmt.Errorf("abci query %s: %w", method, err)
	}
	res, err := c.Query(ctx, method, data, 0, false)
	if err != nil {
		return err
	}
	if res.Code != 0 {
		return fmt.Errorf("abci query %s: %s/%d: %s", method, res.Codespace, res.Code, res.Log)
	}
	out, ok := reply.(proto.Message)
	if !ok {
		return fmt.Errorf("abci query %s: reply %T is not a proto message", method, reply)
	}
	return proto.Unmarshal(res.Value, out)
}

// NewStream is not supported: Strait's queries are unary.
func (c ABCIConn) NewStream(context.Context, *grpc.StreamDesc, string, ...grpc.CallOption) (grpc.ClientStream, error) {
	return nil, fmt.Errorf("abci conn: streams are not supported")
}

// Proof is a value of the ibc store with its Merkle proof, verifiable
// against the consensus state at Height.
type Proof struct {
	Value  []byte
	Proof  []byte
	Height clienttypes.Height
}

// QueryProof reads key from chain's ibc store as of the state that the
// header at height h commits to (the state after h-1), with its proof.
// An absent key comes back with an empty Value and a non-membership proof.
func QueryProof(ctx context.Context, c Chain, key []byte, h int64) (Proof, error) {
	res, err := c.ABCIQuery(ctx, "store/"+exported.StoreKey+"/key", key, h-1, true)
	if err != nil {
		return Proof{}, errorf(CodeChain, err, "query proof of %q on %s at %d", key, c.ID(), h-1)
	}
	if res.Code != 0 {
		return Proof{}, errorf(CodeChain, nil, "query proof of %q on %s at %d: %s", key, c.ID(), h-1, res.Log)
	}
	mp, err := commitmenttypes.ConvertProofs(res.ProofOps)
	if err != nil {
		return Proof{}, errorf(CodeChain, err, "proof of %q on %s at %d", key, c.ID(), h-1)
	}
	cdc, err := DefaultCodec()
	if err != nil {
		return Proof{}, err
	}
	bz, err := cdc.Proto.Marshal(&mp)
	if err != nil {
		return Proof{}, fmt.Errorf("encode proof: %w", err)
	}
	return Proof{Value: res.Value, Proof: bz, Height: heightOf(c, res.Height+1)}, nil
}

// heightOf is an IBC height on chain c (revision from the chain id).
func heightOf(c Chain, h int64) clienttypes.Height {
	return clienttypes.NewHeight(clienttypes.ParseChainID(c.ID()), uint64(h))
}

// ClientState returns the 07-tendermint client clientID on host.
func ClientState(ctx context.Context, host Chain, clientID string) (*ibctm.ClientState, error) {
	resp, err := clienttypes.NewQueryClient(host.Conn()).ClientState(ctx, &clienttypes.QueryClientStateRequest{ClientId: clientID})
	if err != nil {
		return nil, errorf(CodeBadPath, err, "client %s on %s", clientID, host.ID())
	}
	cdc, err := DefaultCodec()
	if err != nil {
		return nil, err
	}
	var cs exported.ClientState
	if err := cdc.Registry.UnpackAny(resp.ClientState, &cs); err != nil {
		return nil, errorf(CodeBadPath, err, "client %s on %s", clientID, host.ID())
	}
	tm, ok := cs.(*ibctm.ClientState)
	if !ok {
		return nil, errorf(CodeBadPath, nil, "client %s on %s is %s, not 07-tendermint", clientID, host.ID(), cs.ClientType())
	}
	return tm, nil
}
