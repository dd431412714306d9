// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// LiquidityPoolFill is an auto generated low-level Go binding around an user-defined struct.
type LiquidityPoolFill struct {
	Relayer   common.Address
	Payout    *big.Int
	Fee       *big.Int
	OrderHash [32]byte
}

// LiquidityPoolOrder is an auto generated low-level Go binding around an user-defined struct.
type LiquidityPoolOrder struct {
	TransferId [32]byte
	SrcChainId *big.Int
	SrcPool    common.Address
	DstChainId *big.Int
	DstPool    common.Address
	SrcToken   common.Address
	DstToken   common.Address
	Amount     *big.Int
	MaxFee     *big.Int
	Recipient  common.Address
	RefundTo   common.Address
	Deadline   uint64
	Payload    []byte
}

// LiquidityPoolMetaData contains all meta data concerning the LiquidityPool contract.
var LiquidityPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyDeposited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyFilled\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAttesterSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadFeeParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"name\":\"FeeTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"available\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientLiquidity\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"NotDeposited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"refundableAt\",\"type\":\"uint256\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"}],\"name\":\"NotRelayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"OrderMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"UnknownPeer\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"AttestersChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"indexed\":false,\"internalType\":\"structLiquidityPool.Order\",\"name\":\"order\",\"type\":\"tuple\"}],\"name\":\"Deposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"baseFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint16\",\"name\":\"slopeFeeBps\",\"type\":\"uint16\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"refundGrace\",\"type\":\"uint64\"}],\"name\":\"FeeParamsSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"}],\"name\":\"Filled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LiquidityAdded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LiquidityRemoved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"PeerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"RelayerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"filler\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Settled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"}],\"name\":\"TargetLiquiditySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SETTLE_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"addLiquidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesterThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"available\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"baseFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"credit\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLiquidityPool.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"depositHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"depositState\",\"outputs\":[{\"internalType\":\"enumLiquidityPool.DepositState\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLiquidityPool.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"fill\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"fillKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"fillOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"payout\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"orderHash\",\"type\":\"bytes32\"}],\"internalType\":\"structLiquidityPool.Fill\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint16\",\"name\":\"baseFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slopeFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"refundGrace_\",\"type\":\"uint64\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isAttester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isRelayer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLiquidityPool.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"orderHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"peer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"quoteFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLiquidityPool.Order\",\"name\":\"o\",\"type\":\"tuple\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"refundGrace\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"removeLiquidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setAttesters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint16\",\"name\":\"baseFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint16\",\"name\":\"slopeFeeBps_\",\"type\":\"uint16\"},{\"internalType\":\"uint64\",\"name\":\"refundGrace_\",\"type\":\"uint64\"}],\"name\":\"setFeeParams\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"pool\",\"type\":\"address\"}],\"name\":\"setPeer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"relayer\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setRelayer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"target\",\"type\":\"uint256\"}],\"name\":\"setTargetLiquidity\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcPool\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstPool\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLiquidityPool.Order\",\"name\":\"o\",\"type\":\"tuple\"},{\"internalType\":\"address\",\"name\":\"filler\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"settle\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"filler\",\"type\":\"address\"}],\"name\":\"settleDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slopeFeeBps\",\"outputs\":[{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"targetLiquidity\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"utilisationBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "LiquidityPool",
	Bin: "0x6080604052348015600e575f5ffd5b506001805460ff60a81b1916600160a81b179055612c048061002f5f395ff3fe608060405234801561000f575f5ffd5b506004361061023e575f3560e01c80635d7eb2fa11610135578063acbe79b7116100b4578063cc1f0d2d11610079578063cc1f0d2d146105c9578063e2f92274146105f3578063ecd8dc3a14610607578063f2fde38b1461061a578063f8d268281461062d575f5ffd5b8063acbe79b71461052d578063b1e10b4614610560578063b6ebe53914610573578063bf5a594014610595578063c3d2b6f6146105b6575f5ffd5b80638456cb59116100fa5780638456cb59146104e45780638da5cb5b146104ec5780639cb20b73146104fe5780639fd0506d14610507578063a201ccf61461051a575f5ffd5b80635d7eb2fa14610485578063756e575314610498578063759c66c6146104ab57806378b22a1e146104be5780638069c497146104d1575f5ffd5b80633aed3173116101c1578063541d554811610186578063541d5548146103f257806355180e481461042457806356688700146104375780635a2546561461044a5780635c975abb14610471575f5ffd5b80633aed3173146103865780633f4ba83a146103a55780633faabd14146103ad5780634c4df210146103c05780634df8150c146103df575f5ffd5b8063217d53e511610207578063217d53e51461032f578063249d39e9146103445780632d6232781461034d5780632d88af4a146103605780633302a91214610373575f5ffd5b8062cfe24f1461024257806302e809321461026057806310098ad514610281578063116a01a4146102a05780631cfff6d1146102e0575b5f5ffd5b61024a61065c565b60405161025791906124cb565b60405180910390f35b61027361026e3660046124ff565b6106bc565b604051908152602001610257565b61027361028f366004612527565b60646020525f908152604090205481565b6102c86102ae366004612540565b60626020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610257565b6102f36102ee366004612557565b610756565b604051610257919081516001600160a01b0316815260208083015190820152604080830151908201526060918201519181019190915260800190565b61034261033d36600461258e565b6107e2565b005b61027361271081565b61027361035b3660046124ff565b6108c3565b61034261036e366004612527565b610925565b6102736103813660046125bf565b610998565b610273610394366004612540565b60686020525f908152604090205481565b6103426109fb565b6103426103bb366004612657565b610a5e565b6102736103ce366004612527565b60656020525f908152604090205481565b6103426103ed3660046126ef565b610af7565b610414610400366004612527565b60636020525f908152604090205460ff1681565b6040519015158152602001610257565b61027361043236600461258e565b610cfd565b6103426104453660046124ff565b610d2c565b6102737f0ef23d69309779e75a1f0f45904a4c9f26caa32c518c2011ed45d45a1cac571681565b60015461041490600160a01b900460ff1681565b610273610493366004612557565b610e61565b6103426104a636600461258e565b610e7c565b6103426104b936600461258e565b611034565b6103426104cc366004612764565b61130e565b6103426104df3660046125bf565b611348565b6103426113d6565b5f546102c8906001600160a01b031681565b61027360325481565b6001546102c8906001600160a01b031681565b6103426105283660046124ff565b611458565b606a546105489064010000000090046001600160401b031681565b6040516001600160401b039091168152602001610257565b61034261056e3660046127a4565b61157e565b610414610581366004612527565b60316020525f908152604090205460ff1681565b606a546105a39061ffff1681565b60405161ffff9091168152602001610257565b6103426105c43660046124ff565b6115e5565b6102736105d73660046127eb565b606660209081525f928352604080842090915290825290205481565b606a546105a39062010000900461ffff1681565b610342610615366004612823565b61165b565b610342610628366004612527565b6116dc565b61064f61063b366004612540565b60676020525f908152604090205460ff1681565b604051610257919061286c565b606060308054806020026020016040519081016040528092919081815260200182805480156106b257602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311610694575b5050505050905090565b6001600160a01b0382165f908152606560205260408120548082036106e4575f915050610750565b6001600160a01b0384165f908152606460205260408120549084821161070a575f610714565b61071485836128a6565b9050828110610728575f9350505050610750565b8261271061073683836128a6565b61074091906128b9565b61074a91906128d0565b93505050505b92915050565b61078660405180608001604052805f6001600160a01b031681526020015f81526020015f81526020015f81525090565b60695f6107938585610e61565b815260208082019290925260409081015f20815160808101835281546001600160a01b031681526001820154938101939093526002810154918301919091526003015460608201529392505050565b600154600160a01b900460ff161561080d57604051631309a56360e01b815260040160405180910390fd5b5f61081782611786565b90505f6108286101808401846128ef565b905011156108bf5761084261014083016101208401612527565b6001600160a01b0316638f462449833561086260e0860160c08701612527565b846108716101808801886128ef565b6040518663ffffffff1660e01b8152600401610891959493929190612959565b5f604051808303815f87803b1580156108a8575f5ffd5b505af11580156108ba573d5f5f3e3d5ffd5b505050505b5050565b5f5f6127106108d285856106bc565b606a546108e9919062010000900461ffff166128b9565b6108f391906128d0565b606a54610904919061ffff16612991565b905061271061091382856128b9565b61091d91906128d0565b949350505050565b5f546001600160a01b0316331461094f576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a250565b604080517f0ef23d69309779e75a1f0f45904a4c9f26caa32c518c2011ed45d45a1cac571660208201529081018390526001600160a01b03821660608201525f906080015b60405160208183030381529060405280519060200120905092915050565b5f546001600160a01b03163314610a25576040516330cd747160e01b815260040160405180910390fd5b6001805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b600154600160a81b900460ff1615610a885760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a81b1916600160a81b179055610aa58888611c0f565b610ae28686808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250889250611cc5915050565b610aed838383611ee3565b5050505050505050565b600154600160a01b900460ff1615610b2257604051631309a56360e01b815260040160405180910390fd5b600254600103610b455760405163769dd35360e11b815260040160405180910390fd5b6001600281905584355f9081526067602052604090205460ff166003811115610b7057610b70612858565b14610b965760405163b1ee6d9160e01b8152843560048201526024015b60405180910390fd5b5f610ba085610cfd565b85355f908152606860205260409020549091508114610bd557604051632362035d60e01b815285356004820152602401610b8d565b610be9610be28286610998565b8484611fa6565b84355f908152606760205260408120805460ff1916600217905560e086013590606490610c1c60c0890160a08a01612527565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254610c499190612991565b90915550506001600160a01b0384165f90815260666020526040812060e087013591610c7b60c0890160a08a01612527565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254610ca89190612991565b909155505060405160e086013581526001600160a01b038516908635907f16cfaad9ef877ffdcfedd9eae2009b4d27454094546f8fab5fbb10129037afc89060200160405180910390a350505f600255505050565b5f81604051602001610d0f9190612afe565b604051602081830303815290604052805190602001209050919050565b600154600160a01b900460ff1615610d5757604051631309a56360e01b815260040160405180910390fd5b600254600103610d7a5760405163769dd35360e11b815260040160405180910390fd5b60016002555f819003610da057604051631f2a200560e01b815260040160405180910390fd5b610db56001600160a01b0383163330846120e4565b6001600160a01b0382165f9081526064602052604081208054839290610ddc908490612991565b9091555050335f9081526066602090815260408083206001600160a01b038616845290915281208054839290610e13908490612991565b90915550506040518181526001600160a01b0383169033907f9d278c56ba6dc86a12eefe6b43112bd6e06648eb4ec0b950ee2d783d40e2acb4906020015b60405180910390a350505f600255565b60408051602081018490529081018290525f906060016109dd565b600254600103610e9f5760405163769dd35360e11b815260040160405180910390fd5b6001600281905581355f9081526067602052604090205460ff166003811115610eca57610eca612858565b14610eeb5760405163b1ee6d9160e01b815281356004820152602401610b8d565b610ef481610cfd565b81355f9081526068602052604090205414610f2557604051632362035d60e01b815281356004820152602401610b8d565b606a545f9064010000000090046001600160401b0316610f4d61018084016101608501612b10565b6001600160401b0316610f609190612991565b9050804211610f8c57604051638c50924160e01b81528235600482015260248101829052604401610b8d565b81355f908152606760205260409020805460ff19166003179055610fe0610fbb61016084016101408501612527565b60e0840135610fd060c0860160a08701612527565b6001600160a01b031691906121dc565b610ff261016083016101408401612527565b6001600160a01b0316825f01357ff552ca82e113ac3c539c3d617f29fcd19c172a0c75dad017555c9e109f7fe1838460e00135604051610e5191815260200190565b600154600160a01b900460ff161561105f57604051631309a56360e01b815260040160405180910390fd5b6002546001036110825760405163769dd35360e11b815260040160405180910390fd5b60016002556020810135461415806110b25750306110a66060830160408401612527565b6001600160a01b031614155b156110d0576040516310dfc03360e01b815260040160405180910390fd5b60608101355f908152606260205260409020546001600160a01b03161580611126575061110360a0820160808301612527565b60608201355f908152606260205260409020546001600160a01b03908116911614155b1561114a5760405163f3bcfab160e01b815260608201356004820152602401610b8d565b8060e001355f0361116e57604051631f2a200560e01b815260040160405180910390fd5b5f61118161014083016101208401612527565b6001600160a01b031614806111af57505f6111a461016083016101408401612527565b6001600160a01b0316145b156111cd5760405163d92e233d60e01b815260040160405180910390fd5b426111e061018083016101608401612b10565b6001600160401b03161161122d57803561120261018083016101608401612b10565b604051634d13561d60e01b815260048101929092526001600160401b03166024820152604401610b8d565b80355f9081526067602052604081205460ff16600381111561125157611251612858565b146112725760405163576c5b4360e11b815281356004820152602401610b8d565b80355f908152606760205260408120805460ff1916600117905561129582610cfd565b82355f90815260686020526040902081905590506112d4333060e08501356112c360c0870160a08801612527565b6001600160a01b03169291906120e4565b8160600135825f01357f2f11bad6b65f0165eafe1a1b41372079a160941b0095bd00fd7a70b6283f51988385604051610e51929190612b29565b5f546001600160a01b03163314611338576040516330cd747160e01b815260040160405180910390fd5b611343838383611ee3565b505050565b5f546001600160a01b03163314611372576040516330cd747160e01b815260040160405180910390fd5b5f8281526062602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917fcd44d3edde5f7e508840db73b2e39b71d725825fca31c7b3b5f154fe805554db91015b60405180910390a25050565b6001546001600160a01b031633148015906113fb57505f546001600160a01b03163314155b156114195760405163492f678160e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b60025460010361147b5760405163769dd35360e11b815260040160405180910390fd5b6001600255335f9081526066602090815260408083206001600160a01b0386168452909152902054818110156114d45760405163f2aac13560e01b81523360048201526024810182905260448101839052606401610b8d565b6114de82826128a6565b335f9081526066602090815260408083206001600160a01b038816845282528083209390935560649052908120805484929061151b9084906128a6565b9091555061153590506001600160a01b03841633846121dc565b6040518281526001600160a01b0384169033907f983e86fda8e7b1e2eae380201830eaf1cac55772e8e39583da349865e81788639060200160405180910390a350505f60025550565b5f546001600160a01b031633146115a8576040516330cd747160e01b815260040160405180910390fd5b6113438383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250859250611cc5915050565b5f546001600160a01b0316331461160f576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f8181526065602052604090819020839055517f7e409c717f16277e9faff022b62ac20edb2a97fa7c508a61070c6e0a297f7eb5906113ca9084815260200190565b5f546001600160a01b03163314611685576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260636020908152604091829020805460ff191685151590811790915591519182527fee42947bc760229eeff964017ac68eddb00ba98b0defcd90a1bc85a5afceb05791016113ca565b5f546001600160a01b03163314611706576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b03811661172d5760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f6002546001036117aa5760405163769dd35360e11b815260040160405180910390fd5b6001600255335f9081526063602052604090205460ff166117e057604051631b35972d60e11b8152336004820152602401610b8d565b46826060013514158061180b5750306117ff60a0840160808501612527565b6001600160a01b031614155b15611829576040516310dfc03360e01b815260040160405180910390fd5b6020808301355f908152606290915260409020546001600160a01b03161580611881575061185d6060830160408401612527565b6020808401355f908152606290915260409020546001600160a01b03908116911614155b156118a55760405163f3bcfab160e01b815260208301356004820152602401610b8d565b6118b761018083016101608401612b10565b6001600160401b03164211156118db57813561120261018084016101608501612b10565b5f6118eb60208401358435610e61565b5f818152606960205260409020549091506001600160a01b0316156119265760405163cee8144360e01b815283356004820152602401610b8d565b5f61194461193a60e0860160c08701612527565b8560e001356108c3565b905083610100013581111561197a576040516373ab893560e11b8152600481018290526101008501356024820152604401610b8d565b6119888160e08601356128a6565b335f90815260666020526040812091945090816119ab60e0880160c08901612527565b6001600160a01b03166001600160a01b031681526020019081526020015f20549050838110156119fe5760405163f2aac13560e01b81523360048201526024810182905260448101859052606401610b8d565b8360645f611a1260e0890160c08a01612527565b6001600160a01b03166001600160a01b031681526020019081526020015f20541015611a905760645f611a4b60e0880160c08901612527565b6001600160a01b03166001600160a01b031681526020019081526020015f20548460405163a17e11d560e01b8152600401610b8d929190918252602082015260400190565b611a9a84826128a6565b335f90815260666020526040812090611ab960e0890160c08a01612527565b6001600160a01b03166001600160a01b031681526020019081526020015f20819055508360645f8760c0016020810190611af39190612527565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254611b2091906128a6565b9091555050604080516080810182523381526020810186905290810183905260608101611b4c87610cfd565b90525f84815260696020908152604091829020835181546001600160a01b0319166001600160a01b03909116178155908301516001820155908201516002820155606090910151600390910155611bbf611bae61014087016101208801612527565b85610fd060e0890160c08a01612527565b604080518581526020818101859052339290880135918835917f282f8e78081cd65b7e5cca58e17e194caa443452548418cf3505eed8ce040718910160405180910390a450505f60025550919050565b6001600160a01b038216611c365760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560018054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216907fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a25050565b801580611cd25750815181115b15611cf05760405163abe30ac760e01b815260040160405180910390fd5b5f5b603054811015611d4e575f60315f60308481548110611d1357611d13612b41565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff1916911515919091179055600101611cf2565b50611d5a60305f612457565b5f5b8251811015611e9f575f6001600160a01b0316838281518110611d8157611d81612b41565b60200260200101516001600160a01b03161480611dd5575060315f848381518110611dae57611dae612b41565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff165b15611df35760405163abe30ac760e01b815260040160405180910390fd5b600160315f858481518110611e0a57611e0a612b41565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a81548160ff0219169083151502179055506030838281518110611e5b57611e5b612b41565b6020908102919091018101518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b039093169290921790915501611d5c565b5060328190556040517ff86312d4e767a7b3235127e373c4fbe90060bb45ab0a304b5b5c85450558acdc90611ed79084908490612b55565b60405180910390a15050565b612710611ef761ffff808516908616612991565b1115611f16576040516306215d9160e51b815260040160405180910390fd5b606a805461ffff85811663ffffffff19909216821762010000918616918202176bffffffffffffffff0000000019166401000000006001600160401b038616908102919091179093556040805192835260208301919091528101919091527f2795ec504c544d0069fbd0f8901e557fba44187f842d02121068497c9338dac89060600160405180910390a1505050565b603254811015611fd757603254604051633ce0c9e960e11b8152610b8d918391600401918252602082015260400190565b6040517f19457468657265756d205369676e6564204d6573736167653a0a3332000000006020820152603c81018490525f90605c0160408051601f19818403018152919052805160209091012090505f805b838110156108ba575f6120608487878581811061204857612048612b41565b905060200281019061205a91906128ef565b856122d3565b9050826001600160a01b0316816001600160a01b031611612097576040516302a3e21f60e31b815260048101839052602401610b8d565b6001600160a01b0381165f9081526031602052604090205460ff166120da576040516314817f2f60e01b81526001600160a01b0382166004820152602401610b8d565b9150600101612029565b604080516001600160a01b0385811660248301528481166044830152606480830185905283518084039091018152608490920183526020820180516001600160e01b03166323b872dd60e01b17905291515f928392908816916121479190612b76565b5f604051808303815f865af19150503d805f8114612180576040519150601f19603f3d011682016040523d82523d5f602084013e612185565b606091505b50915091508115806121b357505f81511180156121b35750808060200190518101906121b19190612b8c565b155b156108ba576040516339f1c8d960e01b81526001600160a01b0387166004820152602401610b8d565b604080516001600160a01b038481166024830152604480830185905283518084039091018152606490920183526020820180516001600160e01b031663a9059cbb60e01b17905291515f928392908716916122379190612b76565b5f604051808303815f865af19150503d805f8114612270576040519150601f19603f3d011682016040523d82523d5f602084013e612275565b606091505b50915091508115806122a357505f81511180156122a35750808060200190518101906122a19190612b8c565b155b156122cc576040516339f1c8d960e01b81526001600160a01b0386166004820152602401610b8d565b5050505050565b5f604183146122f85760405163a1c9731960e01b815260048101839052602401610b8d565b5f6123066020828688612ba7565b61230f91612bce565b90505f612320604060208789612ba7565b61232991612bce565b90505f8686604081811061233f5761233f612b41565b919091013560f81c915050601b8110156123615761235e601b82612beb565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806123a257508060ff16601b141580156123a257508060ff16601c14155b156123c35760405163a1c9731960e01b815260048101869052602401610b8d565b604080515f808252602082018084528b905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa158015612414573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661244b5760405163a1c9731960e01b815260048101879052602401610b8d565b98975050505050505050565b5080545f8255905f5260205f209061246f9190612471565b565b5f5b80821115611343575f81840155600101612473565b5f8151808452602084019350602083015f5b828110156124c15781516001600160a01b031686526020958601959091019060010161249a565b5093949350505050565b602081525f6124dd6020830184612488565b9392505050565b80356001600160a01b03811681146124fa575f5ffd5b919050565b5f5f60408385031215612510575f5ffd5b612519836124e4565b946020939093013593505050565b5f60208284031215612537575f5ffd5b6124dd826124e4565b5f60208284031215612550575f5ffd5b5035919050565b5f5f60408385031215612568575f5ffd5b50508035926020909101359150565b5f6101a08284031215612588575f5ffd5b50919050565b5f6020828403121561259e575f5ffd5b81356001600160401b038111156125b3575f5ffd5b61091d84828501612577565b5f5f604083850312156125d0575f5ffd5b823591506125e0602084016124e4565b90509250929050565b5f5f83601f8401126125f9575f5ffd5b5081356001600160401b0381111561260f575f5ffd5b6020830191508360208260051b8501011115612629575f5ffd5b9250929050565b803561ffff811681146124fa575f5ffd5b80356001600160401b03811681146124fa575f5ffd5b5f5f5f5f5f5f5f5f60e0898b03121561266e575f5ffd5b612677896124e4565b975061268560208a016124e4565b965060408901356001600160401b0381111561269f575f5ffd5b6126ab8b828c016125e9565b909750955050606089013593506126c460808a01612630565b92506126d260a08a01612630565b91506126e060c08a01612641565b90509295985092959890939650565b5f5f5f5f60608587031215612702575f5ffd5b84356001600160401b03811115612717575f5ffd5b61272387828801612577565b945050612732602086016124e4565b925060408501356001600160401b0381111561274c575f5ffd5b612758878288016125e9565b95989497509550505050565b5f5f5f60608486031215612776575f5ffd5b61277f84612630565b925061278d60208501612630565b915061279b60408501612641565b90509250925092565b5f5f5f604084860312156127b6575f5ffd5b83356001600160401b038111156127cb575f5ffd5b6127d7868287016125e9565b909790965060209590950135949350505050565b5f5f604083850312156127fc575f5ffd5b612805836124e4565b91506125e0602084016124e4565b8015158114612820575f5ffd5b50565b5f5f60408385031215612834575f5ffd5b61283d836124e4565b9150602083013561284d81612813565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b602081016004831061288c57634e487b7160e01b5f52602160045260245ffd5b91905290565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561075057610750612892565b808202811582820484141761075057610750612892565b5f826128ea57634e487b7160e01b5f52601260045260245ffd5b500490565b5f5f8335601e19843603018112612904575f5ffd5b8301803591506001600160401b0382111561291d575f5ffd5b602001915036819003821315612629575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260018060a01b0385166020820152836040820152608060608201525f612986608083018486612931565b979650505050505050565b8082018082111561075057610750612892565b5f5f8335601e198436030181126129b9575f5ffd5b83016020810192503590506001600160401b038111156129d7575f5ffd5b803603821315612629575f5ffd5b80358252602080820135908301525f612a00604083016124e4565b6001600160a01b0316604084015260608281013590840152612a24608083016124e4565b6001600160a01b03166080840152612a3e60a083016124e4565b6001600160a01b031660a0840152612a5860c083016124e4565b6001600160a01b031660c084015260e082810135908401526101008083013590840152612a8861012083016124e4565b6001600160a01b0316610120840152612aa461014083016124e4565b6001600160a01b0316610140840152612ac06101608301612641565b6001600160401b0316610160840152612add6101808301836129a4565b6101a0610180860152612af56101a086018284612931565b95945050505050565b602081525f6124dd60208301846129e5565b5f60208284031215612b20575f5ffd5b6124dd82612641565b828152604060208201525f61091d60408301846129e5565b634e487b7160e01b5f52603260045260245ffd5b604081525f612b676040830185612488565b90508260208301529392505050565b5f82518060208501845e5f920191825250919050565b5f60208284031215612b9c575f5ffd5b81516124dd81612813565b5f5f85851115612bb5575f5ffd5b83861115612bc1575f5ffd5b5050820193919092039150565b80356020831015610750575f19602084900360031b1b1692915050565b60ff81811683821601908111156107505761075061289256",
}

// LiquidityPool is an auto generated Go binding around an Ethereum contract.
type LiquidityPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LiquidityPool) GetABI() abi.ABI {
	return c.abi
}

// NewLiquidityPool creates a new instance of LiquidityPool.
func NewLiquidityPool() *LiquidityPool {
	parsed, err := LiquidityPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LiquidityPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LiquidityPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (liquidityPool *LiquidityPool) PackBPS() []byte {
	enc, err := liquidityPool.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackBPS() ([]byte, error) {
	return liquidityPool.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSETTLETAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a254656.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SETTLE_TAG() view returns(bytes32)
func (liquidityPool *LiquidityPool) PackSETTLETAG() []byte {
	enc, err := liquidityPool.abi.Pack("SETTLE_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSETTLETAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a254656.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SETTLE_TAG() view returns(bytes32)
func (liquidityPool *LiquidityPool) TryPackSETTLETAG() ([]byte, error) {
	return liquidityPool.abi.Pack("SETTLE_TAG")
}

// UnpackSETTLETAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a254656.
//
// Solidity: function SETTLE_TAG() view returns(bytes32)
func (liquidityPool *LiquidityPool) UnpackSETTLETAG(data []byte) ([32]byte, error) {
	out, err := liquidityPool.abi.Unpack("SETTLE_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56688700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addLiquidity(address token, uint256 amount) returns()
func (liquidityPool *LiquidityPool) PackAddLiquidity(token common.Address, amount *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("addLiquidity", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56688700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addLiquidity(address token, uint256 amount) returns()
func (liquidityPool *LiquidityPool) TryPackAddLiquidity(token common.Address, amount *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("addLiquidity", token, amount)
}

// PackAttesterThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb20b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterThreshold() view returns(uint256)
func (liquidityPool *LiquidityPool) PackAttesterThreshold() []byte {
	enc, err := liquidityPool.abi.Pack("attesterThreshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesterThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb20b73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesterThreshold() view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackAttesterThreshold() ([]byte, error) {
	return liquidityPool.abi.Pack("attesterThreshold")
}

// UnpackAttesterThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb20b73.
//
// Solidity: function attesterThreshold() view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackAttesterThreshold(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("attesterThreshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cfe24f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesters() view returns(address[])
func (liquidityPool *LiquidityPool) PackAttesters() []byte {
	enc, err := liquidityPool.abi.Pack("attesters")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00cfe24f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attesters() view returns(address[])
func (liquidityPool *LiquidityPool) TryPackAttesters() ([]byte, error) {
	return liquidityPool.abi.Pack("attesters")
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00cfe24f.
//
// Solidity: function attesters() view returns(address[])
func (liquidityPool *LiquidityPool) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := liquidityPool.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10098ad5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function available(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) PackAvailable(arg0 common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("available", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAvailable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x10098ad5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function available(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackAvailable(arg0 common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("available", arg0)
}

// UnpackAvailable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x10098ad5.
//
// Solidity: function available(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackAvailable(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("available", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBaseFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf5a5940.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function baseFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) PackBaseFeeBps() []byte {
	enc, err := liquidityPool.abi.Pack("baseFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBaseFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbf5a5940.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function baseFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) TryPackBaseFeeBps() ([]byte, error) {
	return liquidityPool.abi.Pack("baseFeeBps")
}

// UnpackBaseFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbf5a5940.
//
// Solidity: function baseFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) UnpackBaseFeeBps(data []byte) (uint16, error) {
	out, err := liquidityPool.abi.Unpack("baseFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (liquidityPool *LiquidityPool) PackCredit(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("credit", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCredit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcc1f0d2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackCredit(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("credit", arg0, arg1)
}

// UnpackCredit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcc1f0d2d.
//
// Solidity: function credit(address , address ) view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackCredit(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("credit", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x759c66c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) PackDeposit(o LiquidityPoolOrder) []byte {
	enc, err := liquidityPool.abi.Pack("deposit", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x759c66c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) TryPackDeposit(o LiquidityPoolOrder) ([]byte, error) {
	return liquidityPool.abi.Pack("deposit", o)
}

// PackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aed3173.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositHash(bytes32 ) view returns(bytes32)
func (liquidityPool *LiquidityPool) PackDepositHash(arg0 [32]byte) []byte {
	enc, err := liquidityPool.abi.Pack("depositHash", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3aed3173.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositHash(bytes32 ) view returns(bytes32)
func (liquidityPool *LiquidityPool) TryPackDepositHash(arg0 [32]byte) ([]byte, error) {
	return liquidityPool.abi.Pack("depositHash", arg0)
}

// UnpackDepositHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3aed3173.
//
// Solidity: function depositHash(bytes32 ) view returns(bytes32)
func (liquidityPool *LiquidityPool) UnpackDepositHash(data []byte) ([32]byte, error) {
	out, err := liquidityPool.abi.Unpack("depositHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d26828.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositState(bytes32 ) view returns(uint8)
func (liquidityPool *LiquidityPool) PackDepositState(arg0 [32]byte) []byte {
	enc, err := liquidityPool.abi.Pack("depositState", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf8d26828.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositState(bytes32 ) view returns(uint8)
func (liquidityPool *LiquidityPool) TryPackDepositState(arg0 [32]byte) ([]byte, error) {
	return liquidityPool.abi.Pack("depositState", arg0)
}

// UnpackDepositState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf8d26828.
//
// Solidity: function depositState(bytes32 ) view returns(uint8)
func (liquidityPool *LiquidityPool) UnpackDepositState(data []byte) (uint8, error) {
	out, err := liquidityPool.abi.Unpack("depositState", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217d53e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fill((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) PackFill(o LiquidityPoolOrder) []byte {
	enc, err := liquidityPool.abi.Pack("fill", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFill is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x217d53e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fill((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) TryPackFill(o LiquidityPoolOrder) ([]byte, error) {
	return liquidityPool.abi.Pack("fill", o)
}

// PackFillKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d7eb2fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (liquidityPool *LiquidityPool) PackFillKey(srcChainId *big.Int, transferId [32]byte) []byte {
	enc, err := liquidityPool.abi.Pack("fillKey", srcChainId, transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d7eb2fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (liquidityPool *LiquidityPool) TryPackFillKey(srcChainId *big.Int, transferId [32]byte) ([]byte, error) {
	return liquidityPool.abi.Pack("fillKey", srcChainId, transferId)
}

// UnpackFillKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d7eb2fa.
//
// Solidity: function fillKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (liquidityPool *LiquidityPool) UnpackFillKey(data []byte) ([32]byte, error) {
	out, err := liquidityPool.abi.Unpack("fillKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFillOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cfff6d1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fillOf(uint256 srcChainId, bytes32 transferId) view returns((address,uint256,uint256,bytes32))
func (liquidityPool *LiquidityPool) PackFillOf(srcChainId *big.Int, transferId [32]byte) []byte {
	enc, err := liquidityPool.abi.Pack("fillOf", srcChainId, transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFillOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cfff6d1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fillOf(uint256 srcChainId, bytes32 transferId) view returns((address,uint256,uint256,bytes32))
func (liquidityPool *LiquidityPool) TryPackFillOf(srcChainId *big.Int, transferId [32]byte) ([]byte, error) {
	return liquidityPool.abi.Pack("fillOf", srcChainId, transferId)
}

// UnpackFillOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cfff6d1.
//
// Solidity: function fillOf(uint256 srcChainId, bytes32 transferId) view returns((address,uint256,uint256,bytes32))
func (liquidityPool *LiquidityPool) UnpackFillOf(data []byte) (LiquidityPoolFill, error) {
	out, err := liquidityPool.abi.Unpack("fillOf", data)
	if err != nil {
		return *new(LiquidityPoolFill), err
	}
	out0 := *abi.ConvertType(out[0], new(LiquidityPoolFill)).(*LiquidityPoolFill)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3faabd14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address pauser_, address[] attesters_, uint256 threshold_, uint16 baseFeeBps_, uint16 slopeFeeBps_, uint64 refundGrace_) returns()
func (liquidityPool *LiquidityPool) PackInitialize(owner common.Address, pauser common.Address, attesters []common.Address, threshold *big.Int, baseFeeBps uint16, slopeFeeBps uint16, refundGrace uint64) []byte {
	enc, err := liquidityPool.abi.Pack("initialize", owner, pauser, attesters, threshold, baseFeeBps, slopeFeeBps, refundGrace)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3faabd14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address pauser_, address[] attesters_, uint256 threshold_, uint16 baseFeeBps_, uint16 slopeFeeBps_, uint64 refundGrace_) returns()
func (liquidityPool *LiquidityPool) TryPackInitialize(owner common.Address, pauser common.Address, attesters []common.Address, threshold *big.Int, baseFeeBps uint16, slopeFeeBps uint16, refundGrace uint64) ([]byte, error) {
	return liquidityPool.abi.Pack("initialize", owner, pauser, attesters, threshold, baseFeeBps, slopeFeeBps, refundGrace)
}

// PackIsAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ebe539.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttester(address ) view returns(bool)
func (liquidityPool *LiquidityPool) PackIsAttester(arg0 common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("isAttester", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ebe539.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAttester(address ) view returns(bool)
func (liquidityPool *LiquidityPool) TryPackIsAttester(arg0 common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("isAttester", arg0)
}

// UnpackIsAttester is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6ebe539.
//
// Solidity: function isAttester(address ) view returns(bool)
func (liquidityPool *LiquidityPool) UnpackIsAttester(data []byte) (bool, error) {
	out, err := liquidityPool.abi.Unpack("isAttester", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x541d5548.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRelayer(address ) view returns(bool)
func (liquidityPool *LiquidityPool) PackIsRelayer(arg0 common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("isRelayer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x541d5548.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRelayer(address ) view returns(bool)
func (liquidityPool *LiquidityPool) TryPackIsRelayer(arg0 common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("isRelayer", arg0)
}

// UnpackIsRelayer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x541d5548.
//
// Solidity: function isRelayer(address ) view returns(bool)
func (liquidityPool *LiquidityPool) UnpackIsRelayer(data []byte) (bool, error) {
	out, err := liquidityPool.abi.Unpack("isRelayer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOrderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55180e48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function orderHash((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) pure returns(bytes32)
func (liquidityPool *LiquidityPool) PackOrderHash(o LiquidityPoolOrder) []byte {
	enc, err := liquidityPool.abi.Pack("orderHash", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOrderHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55180e48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function orderHash((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) pure returns(bytes32)
func (liquidityPool *LiquidityPool) TryPackOrderHash(o LiquidityPoolOrder) ([]byte, error) {
	return liquidityPool.abi.Pack("orderHash", o)
}

// UnpackOrderHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55180e48.
//
// Solidity: function orderHash((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) pure returns(bytes32)
func (liquidityPool *LiquidityPool) UnpackOrderHash(data []byte) ([32]byte, error) {
	out, err := liquidityPool.abi.Unpack("orderHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (liquidityPool *LiquidityPool) PackOwner() []byte {
	enc, err := liquidityPool.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (liquidityPool *LiquidityPool) TryPackOwner() ([]byte, error) {
	return liquidityPool.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (liquidityPool *LiquidityPool) UnpackOwner(data []byte) (common.Address, error) {
	out, err := liquidityPool.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (liquidityPool *LiquidityPool) PackPause() []byte {
	enc, err := liquidityPool.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (liquidityPool *LiquidityPool) TryPackPause() ([]byte, error) {
	return liquidityPool.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (liquidityPool *LiquidityPool) PackPaused() []byte {
	enc, err := liquidityPool.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (liquidityPool *LiquidityPool) TryPackPaused() ([]byte, error) {
	return liquidityPool.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (liquidityPool *LiquidityPool) UnpackPaused(data []byte) (bool, error) {
	out, err := liquidityPool.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauser() view returns(address)
func (liquidityPool *LiquidityPool) PackPauser() []byte {
	enc, err := liquidityPool.abi.Pack("pauser")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9fd0506d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauser() view returns(address)
func (liquidityPool *LiquidityPool) TryPackPauser() ([]byte, error) {
	return liquidityPool.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (liquidityPool *LiquidityPool) UnpackPauser(data []byte) (common.Address, error) {
	out, err := liquidityPool.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x116a01a4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peer(uint256 ) view returns(address)
func (liquidityPool *LiquidityPool) PackPeer(arg0 *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("peer", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x116a01a4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peer(uint256 ) view returns(address)
func (liquidityPool *LiquidityPool) TryPackPeer(arg0 *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("peer", arg0)
}

// UnpackPeer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x116a01a4.
//
// Solidity: function peer(uint256 ) view returns(address)
func (liquidityPool *LiquidityPool) UnpackPeer(data []byte) (common.Address, error) {
	out, err := liquidityPool.abi.Unpack("peer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d623278.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteFee(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) PackQuoteFee(token common.Address, amount *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("quoteFee", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d623278.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteFee(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackQuoteFee(token common.Address, amount *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("quoteFee", token, amount)
}

// UnpackQuoteFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d623278.
//
// Solidity: function quoteFee(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackQuoteFee(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("quoteFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756e5753.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) PackRefund(o LiquidityPoolOrder) []byte {
	enc, err := liquidityPool.abi.Pack("refund", o)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756e5753.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o) returns()
func (liquidityPool *LiquidityPool) TryPackRefund(o LiquidityPoolOrder) ([]byte, error) {
	return liquidityPool.abi.Pack("refund", o)
}

// PackRefundGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacbe79b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundGrace() view returns(uint64)
func (liquidityPool *LiquidityPool) PackRefundGrace() []byte {
	enc, err := liquidityPool.abi.Pack("refundGrace")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundGrace is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xacbe79b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundGrace() view returns(uint64)
func (liquidityPool *LiquidityPool) TryPackRefundGrace() ([]byte, error) {
	return liquidityPool.abi.Pack("refundGrace")
}

// UnpackRefundGrace is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xacbe79b7.
//
// Solidity: function refundGrace() view returns(uint64)
func (liquidityPool *LiquidityPool) UnpackRefundGrace(data []byte) (uint64, error) {
	out, err := liquidityPool.abi.Unpack("refundGrace", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackRemoveLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201ccf6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function removeLiquidity(address token, uint256 amount) returns()
func (liquidityPool *LiquidityPool) PackRemoveLiquidity(token common.Address, amount *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("removeLiquidity", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRemoveLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa201ccf6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function removeLiquidity(address token, uint256 amount) returns()
func (liquidityPool *LiquidityPool) TryPackRemoveLiquidity(token common.Address, amount *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("removeLiquidity", token, amount)
}

// PackSetAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1e10b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttesters(address[] list, uint256 threshold_) returns()
func (liquidityPool *LiquidityPool) PackSetAttesters(list []common.Address, threshold *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("setAttesters", list, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1e10b46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAttesters(address[] list, uint256 threshold_) returns()
func (liquidityPool *LiquidityPool) TryPackSetAttesters(list []common.Address, threshold *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("setAttesters", list, threshold)
}

// PackSetFeeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b22a1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setFeeParams(uint16 baseFeeBps_, uint16 slopeFeeBps_, uint64 refundGrace_) returns()
func (liquidityPool *LiquidityPool) PackSetFeeParams(baseFeeBps uint16, slopeFeeBps uint16, refundGrace uint64) []byte {
	enc, err := liquidityPool.abi.Pack("setFeeParams", baseFeeBps, slopeFeeBps, refundGrace)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetFeeParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78b22a1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setFeeParams(uint16 baseFeeBps_, uint16 slopeFeeBps_, uint64 refundGrace_) returns()
func (liquidityPool *LiquidityPool) TryPackSetFeeParams(baseFeeBps uint16, slopeFeeBps uint16, refundGrace uint64) ([]byte, error) {
	return liquidityPool.abi.Pack("setFeeParams", baseFeeBps, slopeFeeBps, refundGrace)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (liquidityPool *LiquidityPool) PackSetPauser(pauser common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("setPauser", pauser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPauser(address pauser_) returns()
func (liquidityPool *LiquidityPool) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("setPauser", pauser)
}

// PackSetPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069c497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPeer(uint256 chainId, address pool) returns()
func (liquidityPool *LiquidityPool) PackSetPeer(chainId *big.Int, pool common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("setPeer", chainId, pool)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069c497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPeer(uint256 chainId, address pool) returns()
func (liquidityPool *LiquidityPool) TryPackSetPeer(chainId *big.Int, pool common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("setPeer", chainId, pool)
}

// PackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (liquidityPool *LiquidityPool) PackSetRelayer(relayer common.Address, allowed bool) []byte {
	enc, err := liquidityPool.abi.Pack("setRelayer", relayer, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetRelayer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xecd8dc3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setRelayer(address relayer, bool allowed) returns()
func (liquidityPool *LiquidityPool) TryPackSetRelayer(relayer common.Address, allowed bool) ([]byte, error) {
	return liquidityPool.abi.Pack("setRelayer", relayer, allowed)
}

// PackSetTargetLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3d2b6f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTargetLiquidity(address token, uint256 target) returns()
func (liquidityPool *LiquidityPool) PackSetTargetLiquidity(token common.Address, target *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("setTargetLiquidity", token, target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTargetLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc3d2b6f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTargetLiquidity(address token, uint256 target) returns()
func (liquidityPool *LiquidityPool) TryPackSetTargetLiquidity(token common.Address, target *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("setTargetLiquidity", token, target)
}

// PackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df8150c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settle((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o, address filler, bytes[] sigs) returns()
func (liquidityPool *LiquidityPool) PackSettle(o LiquidityPoolOrder, filler common.Address, sigs [][]byte) []byte {
	enc, err := liquidityPool.abi.Pack("settle", o, filler, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4df8150c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settle((bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) o, address filler, bytes[] sigs) returns()
func (liquidityPool *LiquidityPool) TryPackSettle(o LiquidityPoolOrder, filler common.Address, sigs [][]byte) ([]byte, error) {
	return liquidityPool.abi.Pack("settle", o, filler, sigs)
}

// PackSettleDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3302a912.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function settleDigest(bytes32 hash, address filler) pure returns(bytes32)
func (liquidityPool *LiquidityPool) PackSettleDigest(hash [32]byte, filler common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("settleDigest", hash, filler)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSettleDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3302a912.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function settleDigest(bytes32 hash, address filler) pure returns(bytes32)
func (liquidityPool *LiquidityPool) TryPackSettleDigest(hash [32]byte, filler common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("settleDigest", hash, filler)
}

// UnpackSettleDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3302a912.
//
// Solidity: function settleDigest(bytes32 hash, address filler) pure returns(bytes32)
func (liquidityPool *LiquidityPool) UnpackSettleDigest(data []byte) ([32]byte, error) {
	out, err := liquidityPool.abi.Unpack("settleDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSlopeFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2f92274.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slopeFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) PackSlopeFeeBps() []byte {
	enc, err := liquidityPool.abi.Pack("slopeFeeBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlopeFeeBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2f92274.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slopeFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) TryPackSlopeFeeBps() ([]byte, error) {
	return liquidityPool.abi.Pack("slopeFeeBps")
}

// UnpackSlopeFeeBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2f92274.
//
// Solidity: function slopeFeeBps() view returns(uint16)
func (liquidityPool *LiquidityPool) UnpackSlopeFeeBps(data []byte) (uint16, error) {
	out, err := liquidityPool.abi.Unpack("slopeFeeBps", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackTargetLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c4df210.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function targetLiquidity(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) PackTargetLiquidity(arg0 common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("targetLiquidity", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTargetLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c4df210.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function targetLiquidity(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackTargetLiquidity(arg0 common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("targetLiquidity", arg0)
}

// UnpackTargetLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c4df210.
//
// Solidity: function targetLiquidity(address ) view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackTargetLiquidity(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("targetLiquidity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (liquidityPool *LiquidityPool) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := liquidityPool.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (liquidityPool *LiquidityPool) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return liquidityPool.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (liquidityPool *LiquidityPool) PackUnpause() []byte {
	enc, err := liquidityPool.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (liquidityPool *LiquidityPool) TryPackUnpause() ([]byte, error) {
	return liquidityPool.abi.Pack("unpause")
}

// PackUtilisationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02e80932.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function utilisationBps(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) PackUtilisationBps(token common.Address, amount *big.Int) []byte {
	enc, err := liquidityPool.abi.Pack("utilisationBps", token, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUtilisationBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02e80932.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function utilisationBps(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) TryPackUtilisationBps(token common.Address, amount *big.Int) ([]byte, error) {
	return liquidityPool.abi.Pack("utilisationBps", token, amount)
}

// UnpackUtilisationBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x02e80932.
//
// Solidity: function utilisationBps(address token, uint256 amount) view returns(uint256)
func (liquidityPool *LiquidityPool) UnpackUtilisationBps(data []byte) (*big.Int, error) {
	out, err := liquidityPool.abi.Unpack("utilisationBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// LiquidityPoolAttestersChanged represents a AttestersChanged event raised by the LiquidityPool contract.
type LiquidityPoolAttestersChanged struct {
	Attesters []common.Address
	Threshold *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolAttestersChangedEventName = "AttestersChanged"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolAttestersChanged) ContractEventName() string {
	return LiquidityPoolAttestersChangedEventName
}

// UnpackAttestersChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestersChanged(address[] attesters, uint256 threshold)
func (liquidityPool *LiquidityPool) UnpackAttestersChangedEvent(log *types.Log) (*LiquidityPoolAttestersChanged, error) {
	event := "AttestersChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolAttestersChanged)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolDeposited represents a Deposited event raised by the LiquidityPool contract.
type LiquidityPoolDeposited struct {
	TransferId [32]byte
	DstChainId *big.Int
	OrderHash  [32]byte
	Order      LiquidityPoolOrder
	Raw        *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolDepositedEventName = "Deposited"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolDeposited) ContractEventName() string {
	return LiquidityPoolDepositedEventName
}

// UnpackDepositedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Deposited(bytes32 indexed transferId, uint256 indexed dstChainId, bytes32 orderHash, (bytes32,uint256,address,uint256,address,address,address,uint256,uint256,address,address,uint64,bytes) order)
func (liquidityPool *LiquidityPool) UnpackDepositedEvent(log *types.Log) (*LiquidityPoolDeposited, error) {
	event := "Deposited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolDeposited)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolFeeParamsSet represents a FeeParamsSet event raised by the LiquidityPool contract.
type LiquidityPoolFeeParamsSet struct {
	BaseFeeBps  uint16
	SlopeFeeBps uint16
	RefundGrace uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolFeeParamsSetEventName = "FeeParamsSet"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolFeeParamsSet) ContractEventName() string {
	return LiquidityPoolFeeParamsSetEventName
}

// UnpackFeeParamsSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeeParamsSet(uint16 baseFeeBps, uint16 slopeFeeBps, uint64 refundGrace)
func (liquidityPool *LiquidityPool) UnpackFeeParamsSetEvent(log *types.Log) (*LiquidityPoolFeeParamsSet, error) {
	event := "FeeParamsSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolFeeParamsSet)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolFilled represents a Filled event raised by the LiquidityPool contract.
type LiquidityPoolFilled struct {
	TransferId [32]byte
	SrcChainId *big.Int
	Relayer    common.Address
	Payout     *big.Int
	Fee        *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolFilledEventName = "Filled"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolFilled) ContractEventName() string {
	return LiquidityPoolFilledEventName
}

// UnpackFilledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Filled(bytes32 indexed transferId, uint256 indexed srcChainId, address indexed relayer, uint256 payout, uint256 fee)
func (liquidityPool *LiquidityPool) UnpackFilledEvent(log *types.Log) (*LiquidityPoolFilled, error) {
	event := "Filled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolFilled)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolLiquidityAdded represents a LiquidityAdded event raised by the LiquidityPool contract.
type LiquidityPoolLiquidityAdded struct {
	Provider common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolLiquidityAddedEventName = "LiquidityAdded"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolLiquidityAdded) ContractEventName() string {
	return LiquidityPoolLiquidityAddedEventName
}

// UnpackLiquidityAddedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidityAdded(address indexed provider, address indexed token, uint256 amount)
func (liquidityPool *LiquidityPool) UnpackLiquidityAddedEvent(log *types.Log) (*LiquidityPoolLiquidityAdded, error) {
	event := "LiquidityAdded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolLiquidityAdded)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolLiquidityRemoved represents a LiquidityRemoved event raised by the LiquidityPool contract.
type LiquidityPoolLiquidityRemoved struct {
	Provider common.Address
	Token    common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolLiquidityRemovedEventName = "LiquidityRemoved"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolLiquidityRemoved) ContractEventName() string {
	return LiquidityPoolLiquidityRemovedEventName
}

// UnpackLiquidityRemovedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LiquidityRemoved(address indexed provider, address indexed token, uint256 amount)
func (liquidityPool *LiquidityPool) UnpackLiquidityRemovedEvent(log *types.Log) (*LiquidityPoolLiquidityRemoved, error) {
	event := "LiquidityRemoved"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolLiquidityRemoved)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolOwnershipTransferred represents a OwnershipTransferred event raised by the LiquidityPool contract.
type LiquidityPoolOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolOwnershipTransferred) ContractEventName() string {
	return LiquidityPoolOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (liquidityPool *LiquidityPool) UnpackOwnershipTransferredEvent(log *types.Log) (*LiquidityPoolOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolPaused represents a Paused event raised by the LiquidityPool contract.
type LiquidityPoolPaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolPaused) ContractEventName() string {
	return LiquidityPoolPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address indexed by)
func (liquidityPool *LiquidityPool) UnpackPausedEvent(log *types.Log) (*LiquidityPoolPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolPaused)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolPauserChanged represents a PauserChanged event raised by the LiquidityPool contract.
type LiquidityPoolPauserChanged struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolPauserChangedEventName = "PauserChanged"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolPauserChanged) ContractEventName() string {
	return LiquidityPoolPauserChangedEventName
}

// UnpackPauserChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserChanged(address indexed pauser)
func (liquidityPool *LiquidityPool) UnpackPauserChangedEvent(log *types.Log) (*LiquidityPoolPauserChanged, error) {
	event := "PauserChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolPauserChanged)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolPeerSet represents a PeerSet event raised by the LiquidityPool contract.
type LiquidityPoolPeerSet struct {
	ChainId *big.Int
	Pool    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolPeerSetEventName = "PeerSet"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolPeerSet) ContractEventName() string {
	return LiquidityPoolPeerSetEventName
}

// UnpackPeerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerSet(uint256 indexed chainId, address pool)
func (liquidityPool *LiquidityPool) UnpackPeerSetEvent(log *types.Log) (*LiquidityPoolPeerSet, error) {
	event := "PeerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolPeerSet)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolRefunded represents a Refunded event raised by the LiquidityPool contract.
type LiquidityPoolRefunded struct {
	TransferId [32]byte
	RefundTo   common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolRefunded) ContractEventName() string {
	return LiquidityPoolRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(bytes32 indexed transferId, address indexed refundTo, uint256 amount)
func (liquidityPool *LiquidityPool) UnpackRefundedEvent(log *types.Log) (*LiquidityPoolRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolRefunded)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolRelayerSet represents a RelayerSet event raised by the LiquidityPool contract.
type LiquidityPoolRelayerSet struct {
	Relayer common.Address
	Allowed bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolRelayerSetEventName = "RelayerSet"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolRelayerSet) ContractEventName() string {
	return LiquidityPoolRelayerSetEventName
}

// UnpackRelayerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RelayerSet(address indexed relayer, bool allowed)
func (liquidityPool *LiquidityPool) UnpackRelayerSetEvent(log *types.Log) (*LiquidityPoolRelayerSet, error) {
	event := "RelayerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolRelayerSet)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolSettled represents a Settled event raised by the LiquidityPool contract.
type LiquidityPoolSettled struct {
	TransferId [32]byte
	Filler     common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolSettledEventName = "Settled"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolSettled) ContractEventName() string {
	return LiquidityPoolSettledEventName
}

// UnpackSettledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Settled(bytes32 indexed transferId, address indexed filler, uint256 amount)
func (liquidityPool *LiquidityPool) UnpackSettledEvent(log *types.Log) (*LiquidityPoolSettled, error) {
	event := "Settled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolSettled)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolTargetLiquiditySet represents a TargetLiquiditySet event raised by the LiquidityPool contract.
type LiquidityPoolTargetLiquiditySet struct {
	Token  common.Address
	Target *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolTargetLiquiditySetEventName = "TargetLiquiditySet"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolTargetLiquiditySet) ContractEventName() string {
	return LiquidityPoolTargetLiquiditySetEventName
}

// UnpackTargetLiquiditySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TargetLiquiditySet(address indexed token, uint256 target)
func (liquidityPool *LiquidityPool) UnpackTargetLiquiditySetEvent(log *types.Log) (*LiquidityPoolTargetLiquiditySet, error) {
	event := "TargetLiquiditySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolTargetLiquiditySet)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// LiquidityPoolUnpaused represents a Unpaused event raised by the LiquidityPool contract.
type LiquidityPoolUnpaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const LiquidityPoolUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LiquidityPoolUnpaused) ContractEventName() string {
	return LiquidityPoolUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address indexed by)
func (liquidityPool *LiquidityPool) UnpackUnpausedEvent(log *types.Log) (*LiquidityPoolUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != liquidityPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LiquidityPoolUnpaused)
	if len(log.Data) > 0 {
		if err := liquidityPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range liquidityPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (liquidityPool *LiquidityPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["AlreadyDeposited"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackAlreadyDepositedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["AlreadyFilled"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackAlreadyFilledError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["BadAttesterSet"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackBadAttesterSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["BadFeeParams"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackBadFeeParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["FeeTooHigh"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackFeeTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["InsufficientCredit"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackInsufficientCreditError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["InsufficientLiquidity"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackInsufficientLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotDeposited"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotDepositedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["NotRelayer"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackNotRelayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["OrderMismatch"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackOrderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["SignersNotSorted"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackSignersNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["UnknownPeer"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackUnknownPeerError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["WrongChain"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackWrongChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], liquidityPool.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return liquidityPool.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LiquidityPoolAlreadyDeposited represents a AlreadyDeposited error raised by the LiquidityPool contract.
type LiquidityPoolAlreadyDeposited struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDeposited(bytes32 transferId)
func LiquidityPoolAlreadyDepositedErrorID() common.Hash {
	return common.HexToHash("0xaed8b686eb79bd83922cdce90db00ca5b0de7bfb369eebbbcffc486b68580bea")
}

// UnpackAlreadyDepositedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDeposited(bytes32 transferId)
func (liquidityPool *LiquidityPool) UnpackAlreadyDepositedError(raw []byte) (*LiquidityPoolAlreadyDeposited, error) {
	out := new(LiquidityPoolAlreadyDeposited)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "AlreadyDeposited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolAlreadyFilled represents a AlreadyFilled error raised by the LiquidityPool contract.
type LiquidityPoolAlreadyFilled struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFilled(bytes32 transferId)
func LiquidityPoolAlreadyFilledErrorID() common.Hash {
	return common.HexToHash("0xcee814430f462fa736c124b732c7a9accc7838dc253bc16d5145f53413e56ca1")
}

// UnpackAlreadyFilledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFilled(bytes32 transferId)
func (liquidityPool *LiquidityPool) UnpackAlreadyFilledError(raw []byte) (*LiquidityPoolAlreadyFilled, error) {
	out := new(LiquidityPoolAlreadyFilled)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "AlreadyFilled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolAlreadyInitialized represents a AlreadyInitialized error raised by the LiquidityPool contract.
type LiquidityPoolAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func LiquidityPoolAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (liquidityPool *LiquidityPool) UnpackAlreadyInitializedError(raw []byte) (*LiquidityPoolAlreadyInitialized, error) {
	out := new(LiquidityPoolAlreadyInitialized)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolBadAttesterSet represents a BadAttesterSet error raised by the LiquidityPool contract.
type LiquidityPoolBadAttesterSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAttesterSet()
func LiquidityPoolBadAttesterSetErrorID() common.Hash {
	return common.HexToHash("0xabe30ac79486160da86671d1fc1bf330fbbed5228546f3082868e6446468095c")
}

// UnpackBadAttesterSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAttesterSet()
func (liquidityPool *LiquidityPool) UnpackBadAttesterSetError(raw []byte) (*LiquidityPoolBadAttesterSet, error) {
	out := new(LiquidityPoolBadAttesterSet)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "BadAttesterSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolBadFeeParams represents a BadFeeParams error raised by the LiquidityPool contract.
type LiquidityPoolBadFeeParams struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadFeeParams()
func LiquidityPoolBadFeeParamsErrorID() common.Hash {
	return common.HexToHash("0xc42bb220bf599dd42f21fe0a97f655451bf4f73ae133a17fa03caedb8e70180a")
}

// UnpackBadFeeParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadFeeParams()
func (liquidityPool *LiquidityPool) UnpackBadFeeParamsError(raw []byte) (*LiquidityPoolBadFeeParams, error) {
	out := new(LiquidityPoolBadFeeParams)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "BadFeeParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolBadSignature represents a BadSignature error raised by the LiquidityPool contract.
type LiquidityPoolBadSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint256 index)
func LiquidityPoolBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xa1c973190ea39240abfd4da3039e0d94cea4d1e689acfee87f4e7dbabee0f307")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint256 index)
func (liquidityPool *LiquidityPool) UnpackBadSignatureError(raw []byte) (*LiquidityPoolBadSignature, error) {
	out := new(LiquidityPoolBadSignature)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolExpired represents a Expired error raised by the LiquidityPool contract.
type LiquidityPoolExpired struct {
	TransferId [32]byte
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(bytes32 transferId, uint64 deadline)
func LiquidityPoolExpiredErrorID() common.Hash {
	return common.HexToHash("0x4d13561d202649df924bbd6f5e5366c146c7208f85e7ffd6f01bd59318e8957c")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(bytes32 transferId, uint64 deadline)
func (liquidityPool *LiquidityPool) UnpackExpiredError(raw []byte) (*LiquidityPoolExpired, error) {
	out := new(LiquidityPoolExpired)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolFeeTooHigh represents a FeeTooHigh error raised by the LiquidityPool contract.
type LiquidityPoolFeeTooHigh struct {
	Fee    *big.Int
	MaxFee *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeeTooHigh(uint256 fee, uint256 maxFee)
func LiquidityPoolFeeTooHighErrorID() common.Hash {
	return common.HexToHash("0xe757126a89ba5140023477c243d17c34ca7467d317e5523eafa819ff2931905a")
}

// UnpackFeeTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeeTooHigh(uint256 fee, uint256 maxFee)
func (liquidityPool *LiquidityPool) UnpackFeeTooHighError(raw []byte) (*LiquidityPoolFeeTooHigh, error) {
	out := new(LiquidityPoolFeeTooHigh)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "FeeTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolInsufficientCredit represents a InsufficientCredit error raised by the LiquidityPool contract.
type LiquidityPoolInsufficientCredit struct {
	Relayer common.Address
	Credit  *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientCredit(address relayer, uint256 credit, uint256 needed)
func LiquidityPoolInsufficientCreditErrorID() common.Hash {
	return common.HexToHash("0xf2aac135b907fc14a893ce29ff053a8881ed4754202ec9e41d2fa5a7d8182a1b")
}

// UnpackInsufficientCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientCredit(address relayer, uint256 credit, uint256 needed)
func (liquidityPool *LiquidityPool) UnpackInsufficientCreditError(raw []byte) (*LiquidityPoolInsufficientCredit, error) {
	out := new(LiquidityPoolInsufficientCredit)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "InsufficientCredit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolInsufficientLiquidity represents a InsufficientLiquidity error raised by the LiquidityPool contract.
type LiquidityPoolInsufficientLiquidity struct {
	Available *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLiquidity(uint256 available, uint256 needed)
func LiquidityPoolInsufficientLiquidityErrorID() common.Hash {
	return common.HexToHash("0xa17e11d5aed9d2c4240142d28db52e7da7283f43ac33766dd68e8f3dc6613c0d")
}

// UnpackInsufficientLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLiquidity(uint256 available, uint256 needed)
func (liquidityPool *LiquidityPool) UnpackInsufficientLiquidityError(raw []byte) (*LiquidityPoolInsufficientLiquidity, error) {
	out := new(LiquidityPoolInsufficientLiquidity)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "InsufficientLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolIsPaused represents a IsPaused error raised by the LiquidityPool contract.
type LiquidityPoolIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IsPaused()
func LiquidityPoolIsPausedErrorID() common.Hash {
	return common.HexToHash("0x1309a5639731e6b91c4aa19095f23eee07602ba240a393e2b5ccbf71a8e2952f")
}

// UnpackIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IsPaused()
func (liquidityPool *LiquidityPool) UnpackIsPausedError(raw []byte) (*LiquidityPoolIsPaused, error) {
	out := new(LiquidityPoolIsPaused)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "IsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotAttester represents a NotAttester error raised by the LiquidityPool contract.
type LiquidityPoolNotAttester struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(address signer)
func LiquidityPoolNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x14817f2f584570953b41dcf787fe5799176797b67ea0429f314f3bca83b3274a")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(address signer)
func (liquidityPool *LiquidityPool) UnpackNotAttesterError(raw []byte) (*LiquidityPoolNotAttester, error) {
	out := new(LiquidityPoolNotAttester)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotDeposited represents a NotDeposited error raised by the LiquidityPool contract.
type LiquidityPoolNotDeposited struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDeposited(bytes32 transferId)
func LiquidityPoolNotDepositedErrorID() common.Hash {
	return common.HexToHash("0xb1ee6d91424cd5a45f7819a23e30c4059c022a4ab7ed7bfe71e3bc7c927100f8")
}

// UnpackNotDepositedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDeposited(bytes32 transferId)
func (liquidityPool *LiquidityPool) UnpackNotDepositedError(raw []byte) (*LiquidityPoolNotDeposited, error) {
	out := new(LiquidityPoolNotDeposited)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotDeposited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotEnoughSignatures represents a NotEnoughSignatures error raised by the LiquidityPool contract.
type LiquidityPoolNotEnoughSignatures struct {
	Got       *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 threshold)
func LiquidityPoolNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 threshold)
func (liquidityPool *LiquidityPool) UnpackNotEnoughSignaturesError(raw []byte) (*LiquidityPoolNotEnoughSignatures, error) {
	out := new(LiquidityPoolNotEnoughSignatures)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotExpired represents a NotExpired error raised by the LiquidityPool contract.
type LiquidityPoolNotExpired struct {
	TransferId   [32]byte
	RefundableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(bytes32 transferId, uint256 refundableAt)
func LiquidityPoolNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x8c5092411efc222b4c437a8a0d9497a29a95cd52edbffdb2ef8825b642526e0e")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(bytes32 transferId, uint256 refundableAt)
func (liquidityPool *LiquidityPool) UnpackNotExpiredError(raw []byte) (*LiquidityPoolNotExpired, error) {
	out := new(LiquidityPoolNotExpired)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotOwner represents a NotOwner error raised by the LiquidityPool contract.
type LiquidityPoolNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func LiquidityPoolNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (liquidityPool *LiquidityPool) UnpackNotOwnerError(raw []byte) (*LiquidityPoolNotOwner, error) {
	out := new(LiquidityPoolNotOwner)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotPauser represents a NotPauser error raised by the LiquidityPool contract.
type LiquidityPoolNotPauser struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser()
func LiquidityPoolNotPauserErrorID() common.Hash {
	return common.HexToHash("0x492f6781990f089ef1c9cc82418ca3bcc261fbf6004c4e65cbb104af186dd9c0")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser()
func (liquidityPool *LiquidityPool) UnpackNotPauserError(raw []byte) (*LiquidityPoolNotPauser, error) {
	out := new(LiquidityPoolNotPauser)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolNotRelayer represents a NotRelayer error raised by the LiquidityPool contract.
type LiquidityPoolNotRelayer struct {
	Sender common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRelayer(address sender)
func LiquidityPoolNotRelayerErrorID() common.Hash {
	return common.HexToHash("0x366b2e5a6ef7a1142bf5af5b5b0034d25a76775bdac9ac62ed19327043788dac")
}

// UnpackNotRelayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRelayer(address sender)
func (liquidityPool *LiquidityPool) UnpackNotRelayerError(raw []byte) (*LiquidityPoolNotRelayer, error) {
	out := new(LiquidityPoolNotRelayer)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "NotRelayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolOrderMismatch represents a OrderMismatch error raised by the LiquidityPool contract.
type LiquidityPoolOrderMismatch struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OrderMismatch(bytes32 transferId)
func LiquidityPoolOrderMismatchErrorID() common.Hash {
	return common.HexToHash("0x2362035dbeeafc630aea9b5dfefd8bff9f2fcdf154ab9cd21bda69a0aac52c04")
}

// UnpackOrderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OrderMismatch(bytes32 transferId)
func (liquidityPool *LiquidityPool) UnpackOrderMismatchError(raw []byte) (*LiquidityPoolOrderMismatch, error) {
	out := new(LiquidityPoolOrderMismatch)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "OrderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolReentrant represents a Reentrant error raised by the LiquidityPool contract.
type LiquidityPoolReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func LiquidityPoolReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (liquidityPool *LiquidityPool) UnpackReentrantError(raw []byte) (*LiquidityPoolReentrant, error) {
	out := new(LiquidityPoolReentrant)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolSignersNotSorted represents a SignersNotSorted error raised by the LiquidityPool contract.
type LiquidityPoolSignersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotSorted(uint256 index)
func LiquidityPoolSignersNotSortedErrorID() common.Hash {
	return common.HexToHash("0x151f10f86bf4480fbedfdcb66cc3252205bafbd1bb4d06cbab5e6422ecd5ac9b")
}

// UnpackSignersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotSorted(uint256 index)
func (liquidityPool *LiquidityPool) UnpackSignersNotSortedError(raw []byte) (*LiquidityPoolSignersNotSorted, error) {
	out := new(LiquidityPoolSignersNotSorted)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "SignersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolTransferFailed represents a TransferFailed error raised by the LiquidityPool contract.
type LiquidityPoolTransferFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address token)
func LiquidityPoolTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address token)
func (liquidityPool *LiquidityPool) UnpackTransferFailedError(raw []byte) (*LiquidityPoolTransferFailed, error) {
	out := new(LiquidityPoolTransferFailed)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolUnknownPeer represents a UnknownPeer error raised by the LiquidityPool contract.
type LiquidityPoolUnknownPeer struct {
	ChainId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPeer(uint256 chainId)
func LiquidityPoolUnknownPeerErrorID() common.Hash {
	return common.HexToHash("0xf3bcfab141ae4b24c861e6f05a505f4cafdcba5d598368b3c8c58a403a5a7193")
}

// UnpackUnknownPeerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPeer(uint256 chainId)
func (liquidityPool *LiquidityPool) UnpackUnknownPeerError(raw []byte) (*LiquidityPoolUnknownPeer, error) {
	out := new(LiquidityPoolUnknownPeer)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "UnknownPeer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolWrongChain represents a WrongChain error raised by the LiquidityPool contract.
type LiquidityPoolWrongChain struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChain()
func LiquidityPoolWrongChainErrorID() common.Hash {
	return common.HexToHash("0x10dfc0335c19295c382cb53aae6de08649b5ae251dfaadd00512a35c8db090ed")
}

// UnpackWrongChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChain()
func (liquidityPool *LiquidityPool) UnpackWrongChainError(raw []byte) (*LiquidityPoolWrongChain, error) {
	out := new(LiquidityPoolWrongChain)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "WrongChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolZeroAddress represents a ZeroAddress error raised by the LiquidityPool contract.
type LiquidityPoolZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LiquidityPoolZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (liquidityPool *LiquidityPool) UnpackZeroAddressError(raw []byte) (*LiquidityPoolZeroAddress, error) {
	out := new(LiquidityPoolZeroAddress)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LiquidityPoolZeroAmount represents a ZeroAmount error raised by the LiquidityPool contract.
type LiquidityPoolZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LiquidityPoolZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (liquidityPool *LiquidityPool) UnpackZeroAmountError(raw []byte) (*LiquidityPoolZeroAmount, error) {
	out := new(LiquidityPoolZeroAmount)
	if err := liquidityPool.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
