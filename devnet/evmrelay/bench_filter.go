package evmrelay

import (
	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
)

func filterSettled(pool common.Address, abi *bindings.LiquidityPool) ethereum.FilterQuery {
	return ethereum.FilterQuery{Addresses: []common.Address{pool}, Topics: [][]common.Hash{{abi.GetABI().Events["Settled"].ID}}}
}
