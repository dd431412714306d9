package evmnet

import (
	"context"
	"errors"
	"fmt"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// Call runs a read-only call against the latest block.
func Call(ctx context.Context, cl Client, to common.Address, data []byte) ([]byte, error) {
	out, err := cl.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("call %s: %w", to, err)
	}
	return out, nil
}

// RevertData extracts the revert payload (a custom error) from an error
// returned by a call or a gas estimate, or nil.
func RevertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	s, ok := de.ErrorData().(string)
	if !ok {
		return nil
	}
	b, derr := hexutil.Decode(s)
	if derr != nil {
		return nil
	}
	return b
}
