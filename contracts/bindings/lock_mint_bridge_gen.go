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

// LockMintBridgeIncoming is an auto generated low-level Go binding around an user-defined struct.
type LockMintBridgeIncoming struct {
	Token common.Address
	Mint  bool
}

// LockMintBridgeMessage is an auto generated low-level Go binding around an user-defined struct.
type LockMintBridgeMessage struct {
	TransferId [32]byte
	SrcChainId *big.Int
	SrcBridge  common.Address
	DstChainId *big.Int
	DstBridge  common.Address
	SrcToken   common.Address
	Amount     *big.Int
	Recipient  common.Address
	Payload    []byte
	RefundTo   common.Address
	Deadline   uint64
}

// LockMintBridgeMetaData contains all meta data concerning the LockMintBridge contract.
var LockMintBridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyDelivered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyLocked\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAttesterSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSignatures\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"NotExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"NotLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"UnknownPeer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"}],\"name\":\"UnknownRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongDestination\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongSource\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"AttestersChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"name\":\"IncomingSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"LockRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"PeerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"CANCEL_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MESSAGE_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"REFUND_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesterThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"cancelDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"cancelled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"deliveryKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"}],\"name\":\"incomingFor\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"internalType\":\"structLockMintBridge.Incoming\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isAttester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"isCancelled\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"isDelivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isWrapped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"peer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"refundDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"refundLocked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"refunded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setAttesters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"name\":\"setIncoming\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"setPeer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LockMintBridge",
	Bin: "0x6080604052348015600e575f5ffd5b506001805460ff60a81b1916600160a81b1790556126e18061002f5f395ff3fe608060405234801561000f575f5ffd5b5060043610610207575f3560e01c80638da5cb5b1161011f578063c17dca7e116100a9578063d51057c911610079578063d51057c91461050b578063df82980f14610532578063e495f1d414610559578063f05e0f7e1461057b578063f2fde38b1461059d575f5ffd5b8063c17dca7e146104b0578063c60d0173146104c3578063cbe9e764146104d6578063d417624a146104f8575f5ffd5b80639fd0506d116100ef5780639fd0506d1461042a578063affed0e01461043d578063b1e10b4614610468578063b291d1db1461047b578063b6ebe5391461048e575f5ffd5b80638da5cb5b146103e9578063928f2543146103fb5780639cb20b731461040e5780639de54b8c14610417575f5ffd5b80633f4ba83a116101a05780635f68c32a116101705780635f68c32a146103955780635f8cfb29146103a857806365250871146103bb5780638069c497146103ce5780638456cb59146103e1575f5ffd5b80633f4ba83a1461034457806340bb36f91461034c578063495ee13e1461035f5780635c975abb14610381575f5ffd5b80632ac12622116101db5780632ac12622146102a15780632d88af4a146102c35780633022c0cd146102d65780633bb9ea5b1461030b575f5ffd5b8062cfe24f1461020b578063116a01a4146102295780631e42eeca146102695780631e9d97611461027e575b5f5ffd5b6102136105b0565b6040516102209190612127565b60405180910390f35b610251610237366004612140565b60626020525f90815260409020546001600160a01b031681565b6040516001600160a01b039091168152602001610220565b61027c6102773660046121b5565b610610565b005b61029161028c36600461221c565b6108fa565b6040519015158152602001610220565b6102916102af366004612140565b60686020525f908152604090205460ff1681565b61027c6102d1366004612257565b610924565b6102fd7f8ab26f58157f1b0fa02ef38d9eac0972823c77192f8f1a3f251a7272f136edbf81565b604051908152602001610220565b61031e610319366004612270565b610997565b6040805182516001600160a01b0316815260209283015115159281019290925201610220565b61027c610a24565b6102fd61035a36600461229a565b610a87565b61029161036d366004612257565b60646020525f908152604090205460ff1681565b60015461029190600160a01b900460ff1681565b6102fd6103a336600461229a565b610ae2565b61027c6103b63660046121b5565b610b0d565b6102fd6103c936600461229a565b610c4e565b61027c6103dc366004612270565b610d80565b61027c610e0d565b5f54610251906001600160a01b031681565b61027c6104093660046122e9565b610e8f565b6102fd60325481565b6102fd61042536600461221c565b6110e8565b600154610251906001600160a01b031681565b606754610450906001600160401b031681565b6040516001600160401b039091168152602001610220565b61027c6104763660046123b1565b611114565b61027c6104893660046121b5565b611180565b61029161049c366004612257565b60316020525f908152604090205460ff1681565b6102916104be36600461221c565b6113b1565b61027c6104d1366004612408565b6113bf565b6102916104e4366004612140565b60656020525f908152604090205460ff1681565b61027c610506366004612454565b611500565b6102fd7f28dbb24d3f9e555ee678132e7526ef983c1e98c6640fcdfd110a69920a8047d981565b6102fd7fdf76ffcc5a840cad01d13c3dd84a1eca267f71fd696e87795431e87c46cbb34981565b610291610567366004612140565b60666020525f908152604090205460ff1681565b610291610589366004612140565b60696020525f908152604090205460ff1681565b61027c6105ab366004612257565b61158b565b6060603080548060200260200160405190810160405280929190818152602001828054801561060657602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116105e8575b5050505050905090565b600154600160a01b900460ff161561063b57604051631309a56360e01b815260040160405180910390fd5b60025460010361065e5760405163769dd35360e11b815260040160405180910390fd5b600160025560208301354614158061068e5750306106826060850160408601612257565b6001600160a01b031614155b156106ac576040516320fbf5d760e21b815260040160405180910390fd5b82355f9081526065602052604090205460ff166106e45760405163e6b6c16f60e01b8152833560048201526024015b60405180910390fd5b82355f9081526069602052604090205460ff161561071857604051631316266b60e01b8152833560048201526024016106db565b5f61072b61014085016101208601612257565b6001600160a01b0316036107525760405163d92e233d60e01b815260040160405180910390fd5b61076561075e84610ae2565b8383611635565b82355f908152606960205260408120805460ff1916600117905560649061079260c0860160a08701612257565b6001600160a01b0316815260208101919091526040015f205460ff1615610846576107c360c0840160a08501612257565b6001600160a01b03166340c10f196107e361014086016101208701612257565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260c086013560248201526044015f604051808303815f87803b15801561082b575f5ffd5b505af115801561083d573d5f5f3e3d5ffd5b5050505061087f565b61087f61085b61014085016101208601612257565b60c0850180359061086f9060a08801612257565b6001600160a01b0316919061177b565b61089161014084016101208501612257565b6001600160a01b031683357ff76831713c822812c830b656d8bfc081458f35a2e27a07df73c099f452e3dfdb6108cd60c0870160a08801612257565b604080516001600160a01b03909216825260c088013560208301520160405180910390a350505f60025550565b5f60665f61090885856110e8565b815260208101919091526040015f205460ff1690505b92915050565b5f546001600160a01b0316331461094e576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a250565b604080518082019091525f808252602082015260635f84846040516020016109d29291909182526001600160a01b0316602082015260400190565b60408051808303601f1901815291815281516020928301208352828201939093529082015f208251808401909352546001600160a01b0381168352600160a01b900460ff161515908201529392505050565b5f546001600160a01b03163314610a4e576040516330cd747160e01b815260040160405180910390fd5b6001805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b5f7fdf76ffcc5a840cad01d13c3dd84a1eca267f71fd696e87795431e87c46cbb349610ab283610c4e565b6040805160208101939093528201526060015b604051602081830303815290604052805190602001209050919050565b5f7f8ab26f58157f1b0fa02ef38d9eac0972823c77192f8f1a3f251a7272f136edbf610ab283610c4e565b600154600160a01b900460ff1615610b3857604051631309a56360e01b815260040160405180910390fd5b5f610b4484848461186b565b90505f610b556101008601866124b7565b90501115610be057610b6e610100850160e08601612257565b6001600160a01b0316638f46244985358360c0880135610b926101008a018a6124b7565b6040518663ffffffff1660e01b8152600401610bb2959493929190612521565b5f604051808303815f87803b158015610bc9575f5ffd5b505af1158015610bdb573d5f5f3e3d5ffd5b505050505b6001600160a01b038116602085013585357f93a43112edbc69e19c90a3a00278b255b19afcbd282c8881d5de82a85bc1cbc660c0880135610c286101008a0160e08b01612257565b604080519283526001600160a01b0390911660208301520160405180910390a450505050565b5f7f28dbb24d3f9e555ee678132e7526ef983c1e98c6640fcdfd110a69920a8047d982356020840135610c876060860160408701612257565b6060860135610c9c60a0880160808901612257565b610cac60c0890160a08a01612257565b60c0890135610cc26101008b0160e08c01612257565b610cd06101008c018c6124b7565b604051610cde929190612559565b604051908190039020610cf96101408d016101208e01612257565b610d0b6101608e016101408f01612568565b60408051602081019d909d528c019a909a5260608b01989098526001600160a01b0396871660808b015260a08a019590955292851660c089015290841660e08801526101008701528216610120860152610140850152166101608301526001600160401b03166101808201526101a001610ac5565b5f546001600160a01b03163314610daa576040516330cd747160e01b815260040160405180910390fd5b5f8281526062602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917fcd44d3edde5f7e508840db73b2e39b71d725825fca31c7b3b5f154fe805554db910160405180910390a25050565b6001546001600160a01b03163314801590610e3257505f546001600160a01b03163314155b15610e505760405163492f678160e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600154600160a01b900460ff1615610eba57604051631309a56360e01b815260040160405180910390fd5b600254600103610edd5760405163769dd35360e11b815260040160405180910390fd5b60016002555f868152606260205260409020546001600160a01b0316610f195760405163f3bcfab160e01b8152600481018790526024016106db565b865f03610f3957604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b0385161580610f5657506001600160a01b038216155b15610f745760405163d92e233d60e01b815260040160405180910390fd5b5f8981526065602052604090205460ff1615610fa657604051636489019160e01b8152600481018a90526024016106db565b5f898152606560205260409020805460ff19166001179055610fd36001600160a01b03891633308a611b63565b6001600160a01b0388165f9081526064602052604090205460ff161561104957604051630852cd8d60e31b8152600481018890526001600160a01b038916906342966c68906024015f604051808303815f87803b158015611032575f5ffd5b505af1158015611044573d5f5f3e3d5ffd5b505050505b606780545f91908290611064906001600160401b0316612595565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050886001600160a01b0316878b7f9a00a293d15202b0417a0395992527e4e5f5a408e4073995e4712f6ed23e8e728b8a8a8a888b8b6040516110d097969594939291906125bf565b60405180910390a450505f6002555050505050505050565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b5f546001600160a01b0316331461113e576040516330cd747160e01b815260040160405180910390fd5b61117b8383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250859250611c5b915050565b505050565b6002546001036111a35760405163769dd35360e11b815260040160405180910390fd5b60016002556060830135461415806111d35750306111c760a0850160808601612257565b6001600160a01b031614155b156111f157604051633be53d8360e21b815260040160405180910390fd5b6020808401355f908152606290915260409020546001600160a01b0316158061124957506112256060840160408501612257565b6020808501355f908152606290915260409020546001600160a01b03908116911614155b1561126d5760405163f3bcfab160e01b8152602084013560048201526024016106db565b61127f61016084016101408501612568565b6001600160401b031615806112ae57506112a161016084016101408501612568565b6001600160401b03164211155b156112f25782356112c761016085016101408601612568565b6040516328e345c360e01b815260048101929092526001600160401b031660248201526044016106db565b5f611302602085013585356110e8565b5f8181526066602052604090205490915060ff1615611337576040516356bc34a160e01b8152843560048201526024016106db565b61134a61134385610a87565b8484611635565b5f8181526066602090815260408083208054600160ff19918216811790925560688452828520805490911690911790555190860135918635917f9a07783c26ba1161617a3713cf36578795b21ea2c22643a1e3875722f3f0413b9190a350505f6002555050565b5f60685f61090885856110e8565b5f546001600160a01b031633146113e9576040516330cd747160e01b815260040160405180910390fd5b6040518060400160405280836001600160a01b0316815260200182151581525060635f86866040516020016114319291909182526001600160a01b0316602082015260400190565b60408051601f19818403018152918152815160209283012083528282019390935291015f208251815493909201511515600160a01b026001600160a81b03199093166001600160a01b039092169190911791909117905580156114b1576001600160a01b0382165f908152606460205260409020805460ff191660011790555b604080516001600160a01b038481168252831515602083015285169186917fede64fd01c83e257d2db39991397001de1e0f6d1ef52bcae0e8749e59445bde7910160405180910390a350505050565b600154600160a81b900460ff161561152a5760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a81b1916600160a81b1790556115478585611e79565b6115848383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250859250611c5b915050565b5050505050565b5f546001600160a01b031633146115b5576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166115dc5760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b60325481101561166657603254604051633ce0c9e960e11b81526106db918391600401918252602082015260400190565b6040517f19457468657265756d205369676e6564204d6573736167653a0a3332000000006020820152603c81018490525f90605c0160408051601f19818403018152919052805160209091012090505f805b83811015611773575f6116ef848787858181106116d7576116d761261e565b90506020028101906116e991906124b7565b85611f2f565b9050826001600160a01b0316816001600160a01b031611611726576040516302a3e21f60e31b8152600481018390526024016106db565b6001600160a01b0381165f9081526031602052604090205460ff16611769576040516314817f2f60e01b81526001600160a01b03821660048201526024016106db565b91506001016116b8565b505050505050565b604080516001600160a01b038481166024830152604480830185905283518084039091018152606490920183526020820180516001600160e01b031663a9059cbb60e01b17905291515f928392908716916117d69190612632565b5f604051808303815f865af19150503d805f811461180f576040519150601f19603f3d011682016040523d82523d5f602084013e611814565b606091505b509150915081158061184257505f81511180156118425750808060200190518101906118409190612648565b155b15611584576040516339f1c8d960e01b81526001600160a01b03861660048201526024016106db565b5f60025460010361188f5760405163769dd35360e11b815260040160405180910390fd5b60016002556060840135461415806118bf5750306118b360a0860160808701612257565b6001600160a01b031614155b156118dd57604051633be53d8360e21b815260040160405180910390fd5b6020808501355f908152606290915260409020546001600160a01b0316158061193557506119116060850160408601612257565b6020808601355f908152606290915260409020546001600160a01b03908116911614155b156119595760405163f3bcfab160e01b8152602085013560048201526024016106db565b5f611969602086013586356110e8565b5f8181526066602052604090205490915060ff161561199e576040516356bc34a160e01b8152853560048201526024016106db565b6119b16119aa86610c4e565b8585611635565b5f60638160208801356119ca60c08a0160a08b01612257565b6040516020016119ed9291909182526001600160a01b0316602082015260400190565b60408051808303601f1901815291815281516020928301208352828201939093529082015f208251808401909352546001600160a01b038116808452600160a01b90910460ff16151591830191909152909150611a84576020860135611a5960c0880160a08901612257565b604051634aede5bf60e11b815260048101929092526001600160a01b031660248201526044016106db565b5f828152606660209081526040909120805460ff1916600117905581015115611b2b5780516001600160a01b03166340c10f19611ac8610100890160e08a01612257565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260c089013560248201526044015f604051808303815f87803b158015611b10575f5ffd5b505af1158015611b22573d5f5f3e3d5ffd5b50505050611b55565b611b55611b3f610100880160e08901612257565b82516001600160a01b03169060c089013561177b565b515f60025595945050505050565b604080516001600160a01b0385811660248301528481166044830152606480830185905283518084039091018152608490920183526020820180516001600160e01b03166323b872dd60e01b17905291515f92839290881691611bc69190612632565b5f604051808303815f865af19150503d805f8114611bff576040519150601f19603f3d011682016040523d82523d5f602084013e611c04565b606091505b5091509150811580611c3257505f8151118015611c32575080806020019051810190611c309190612648565b155b15611773576040516339f1c8d960e01b81526001600160a01b03871660048201526024016106db565b801580611c685750815181115b15611c865760405163abe30ac760e01b815260040160405180910390fd5b5f5b603054811015611ce4575f60315f60308481548110611ca957611ca961261e565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff1916911515919091179055600101611c88565b50611cf060305f6120b3565b5f5b8251811015611e35575f6001600160a01b0316838281518110611d1757611d1761261e565b60200260200101516001600160a01b03161480611d6b575060315f848381518110611d4457611d4461261e565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff165b15611d895760405163abe30ac760e01b815260040160405180910390fd5b600160315f858481518110611da057611da061261e565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a81548160ff0219169083151502179055506030838281518110611df157611df161261e565b6020908102919091018101518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b039093169290921790915501611cf2565b5060328190556040517ff86312d4e767a7b3235127e373c4fbe90060bb45ab0a304b5b5c85450558acdc90611e6d9084908490612663565b60405180910390a15050565b6001600160a01b038216611ea05760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560018054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216907fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a25050565b5f60418314611f545760405163a1c9731960e01b8152600481018390526024016106db565b5f611f626020828688612684565b611f6b916126ab565b90505f611f7c604060208789612684565b611f85916126ab565b90505f86866040818110611f9b57611f9b61261e565b919091013560f81c915050601b811015611fbd57611fba601b826126c8565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0821180611ffe57508060ff16601b14158015611ffe57508060ff16601c14155b1561201f5760405163a1c9731960e01b8152600481018690526024016106db565b604080515f808252602082018084528b905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa158015612070573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166120a75760405163a1c9731960e01b8152600481018790526024016106db565b98975050505050505050565b5080545f8255905f5260205f20906120cb91906120cd565b565b5f5b8082111561117b575f818401556001016120cf565b5f8151808452602084019350602083015f5b8281101561211d5781516001600160a01b03168652602095860195909101906001016120f6565b5093949350505050565b602081525f61213960208301846120e4565b9392505050565b5f60208284031215612150575f5ffd5b5035919050565b5f6101608284031215612168575f5ffd5b50919050565b5f5f83601f84011261217e575f5ffd5b5081356001600160401b03811115612194575f5ffd5b6020830191508360208260051b85010111156121ae575f5ffd5b9250929050565b5f5f5f604084860312156121c7575f5ffd5b83356001600160401b038111156121dc575f5ffd5b6121e886828701612157565b93505060208401356001600160401b03811115612203575f5ffd5b61220f8682870161216e565b9497909650939450505050565b5f5f6040838503121561222d575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114612252575f5ffd5b919050565b5f60208284031215612267575f5ffd5b6121398261223c565b5f5f60408385031215612281575f5ffd5b823591506122916020840161223c565b90509250929050565b5f602082840312156122aa575f5ffd5b81356001600160401b038111156122bf575f5ffd5b6122cb84828501612157565b949350505050565b80356001600160401b0381168114612252575f5ffd5b5f5f5f5f5f5f5f5f5f6101008a8c031215612302575f5ffd5b8935985061231260208b0161223c565b975060408a0135965060608a0135955061232e60808b0161223c565b945060a08a01356001600160401b03811115612348575f5ffd5b8a01601f81018c13612358575f5ffd5b80356001600160401b0381111561236d575f5ffd5b8c602082840101111561237e575f5ffd5b6020919091019450925061239460c08b0161223c565b91506123a260e08b016122d3565b90509295985092959850929598565b5f5f5f604084860312156123c3575f5ffd5b83356001600160401b038111156123d8575f5ffd5b6123e48682870161216e565b909790965060209590950135949350505050565b8015158114612405575f5ffd5b50565b5f5f5f5f6080858703121561241b575f5ffd5b8435935061242b6020860161223c565b92506124396040860161223c565b91506060850135612449816123f8565b939692955090935050565b5f5f5f5f5f60808688031215612468575f5ffd5b6124718661223c565b945061247f6020870161223c565b935060408601356001600160401b03811115612499575f5ffd5b6124a58882890161216e565b96999598509660600135949350505050565b5f5f8335601e198436030181126124cc575f5ffd5b8301803591506001600160401b038211156124e5575f5ffd5b6020019150368190038213156121ae575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260018060a01b0385166020820152836040820152608060608201525f61254e6080830184866124f9565b979650505050505050565b818382375f9101908152919050565b5f60208284031215612578575f5ffd5b612139826122d3565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b0381036125b6576125b6612581565b60010192915050565b8781526001600160a01b038716602082015260c0604082018190525f906125e990830187896124f9565b6001600160401b0395861660608401526001600160a01b0394909416608083015250921660a090920191909152949350505050565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b5f60208284031215612658575f5ffd5b8151612139816123f8565b604081525f61267560408301856120e4565b90508260208301529392505050565b5f5f85851115612692575f5ffd5b8386111561269e575f5ffd5b5050820193919092039150565b8035602083101561091e575f19602084900360031b1b1692915050565b60ff818116838216019081111561091e5761091e61258156",
}

// LockMintBridge is an auto generated Go binding around an Ethereum contract.
type LockMintBridge struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LockMintBridge) GetABI() abi.ABI {
	return c.abi
}

// NewLockMintBridge creates a new instance of LockMintBridge.
func NewLockMintBridge() *LockMintBridge {
	parsed, err := LockMintBridgeMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LockMintBridge{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LockMintBridge) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCANCELTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf82980f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function CANCEL_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) PackCANCELTAG() []byte {
	enc, err := lockMintBridge.abi.Pack("CANCEL_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCANCELTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf82980f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function CANCEL_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackCANCELTAG() ([]byte, error) {
	return lockMintBridge.abi.Pack("CANCEL_TAG")
}

// UnpackCANCELTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf82980f.
//
// Solidity: function CANCEL_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackCANCELTAG(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("CANCEL_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMESSAGETAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd51057c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MESSAGE_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) PackMESSAGETAG() []byte {
	enc, err := lockMintBridge.abi.Pack("MESSAGE_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMESSAGETAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd51057c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MESSAGE_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackMESSAGETAG() ([]byte, error) {
	return lockMintBridge.abi.Pack("MESSAGE_TAG")
}

// UnpackMESSAGETAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd51057c9.
//
// Solidity: function MESSAGE_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackMESSAGETAG(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("MESSAGE_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackREFUNDTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3022c0cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function REFUND_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) PackREFUNDTAG() []byte {
	enc, err := lockMintBridge.abi.Pack("REFUND_TAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackREFUNDTAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3022c0cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function REFUND_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackREFUNDTAG() ([]byte, error) {
	return lockMintBridge.abi.Pack("REFUND_TAG")
}

// UnpackREFUNDTAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3022c0cd.
//
// Solidity: function REFUND_TAG() view returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackREFUNDTAG(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("REFUND_TAG", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackAttesterThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cb20b73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attesterThreshold() view returns(uint256)
func (lockMintBridge *LockMintBridge) PackAttesterThreshold() []byte {
	enc, err := lockMintBridge.abi.Pack("attesterThreshold")
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
func (lockMintBridge *LockMintBridge) TryPackAttesterThreshold() ([]byte, error) {
	return lockMintBridge.abi.Pack("attesterThreshold")
}

// UnpackAttesterThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9cb20b73.
//
// Solidity: function attesterThreshold() view returns(uint256)
func (lockMintBridge *LockMintBridge) UnpackAttesterThreshold(data []byte) (*big.Int, error) {
	out, err := lockMintBridge.abi.Unpack("attesterThreshold", data)
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
func (lockMintBridge *LockMintBridge) PackAttesters() []byte {
	enc, err := lockMintBridge.abi.Pack("attesters")
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
func (lockMintBridge *LockMintBridge) TryPackAttesters() ([]byte, error) {
	return lockMintBridge.abi.Pack("attesters")
}

// UnpackAttesters is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00cfe24f.
//
// Solidity: function attesters() view returns(address[])
func (lockMintBridge *LockMintBridge) UnpackAttesters(data []byte) ([]common.Address, error) {
	out, err := lockMintBridge.abi.Unpack("attesters", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb291d1db.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) PackCancel(m LockMintBridgeMessage, sigs [][]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("cancel", m, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb291d1db.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) TryPackCancel(m LockMintBridgeMessage, sigs [][]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("cancel", m, sigs)
}

// PackCancelDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40bb36f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) PackCancelDigest(m LockMintBridgeMessage) []byte {
	enc, err := lockMintBridge.abi.Pack("cancelDigest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40bb36f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackCancelDigest(m LockMintBridgeMessage) ([]byte, error) {
	return lockMintBridge.abi.Pack("cancelDigest", m)
}

// UnpackCancelDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40bb36f9.
//
// Solidity: function cancelDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackCancelDigest(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("cancelDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ac12622.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelled(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackCancelled(arg0 [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("cancelled", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ac12622.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelled(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackCancelled(arg0 [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("cancelled", arg0)
}

// UnpackCancelled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2ac12622.
//
// Solidity: function cancelled(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackCancelled(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("cancelled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8cfb29.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) PackDeliver(m LockMintBridgeMessage, sigs [][]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("deliver", m, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8cfb29.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) TryPackDeliver(m LockMintBridgeMessage, sigs [][]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("deliver", m, sigs)
}

// PackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe495f1d4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackDelivered(arg0 [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("delivered", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe495f1d4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackDelivered(arg0 [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("delivered", arg0)
}

// UnpackDelivered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe495f1d4.
//
// Solidity: function delivered(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackDelivered(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("delivered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeliveryKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9de54b8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliveryKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) PackDeliveryKey(srcChainId *big.Int, transferId [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("deliveryKey", srcChainId, transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliveryKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9de54b8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliveryKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackDeliveryKey(srcChainId *big.Int, transferId [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("deliveryKey", srcChainId, transferId)
}

// UnpackDeliveryKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9de54b8c.
//
// Solidity: function deliveryKey(uint256 srcChainId, bytes32 transferId) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackDeliveryKey(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("deliveryKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65250871.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) PackDigest(m LockMintBridgeMessage) []byte {
	enc, err := lockMintBridge.abi.Pack("digest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65250871.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackDigest(m LockMintBridgeMessage) ([]byte, error) {
	return lockMintBridge.abi.Pack("digest", m)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65250871.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackDigest(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("digest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackIncomingFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bb9ea5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function incomingFor(uint256 srcChainId, address srcToken) view returns((address,bool))
func (lockMintBridge *LockMintBridge) PackIncomingFor(srcChainId *big.Int, srcToken common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("incomingFor", srcChainId, srcToken)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncomingFor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3bb9ea5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function incomingFor(uint256 srcChainId, address srcToken) view returns((address,bool))
func (lockMintBridge *LockMintBridge) TryPackIncomingFor(srcChainId *big.Int, srcToken common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("incomingFor", srcChainId, srcToken)
}

// UnpackIncomingFor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3bb9ea5b.
//
// Solidity: function incomingFor(uint256 srcChainId, address srcToken) view returns((address,bool))
func (lockMintBridge *LockMintBridge) UnpackIncomingFor(data []byte) (LockMintBridgeIncoming, error) {
	out, err := lockMintBridge.abi.Unpack("incomingFor", data)
	if err != nil {
		return *new(LockMintBridgeIncoming), err
	}
	out0 := *abi.ConvertType(out[0], new(LockMintBridgeIncoming)).(*LockMintBridgeIncoming)
	return out0, nil
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd417624a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address pauser_, address[] attesters_, uint256 threshold_) returns()
func (lockMintBridge *LockMintBridge) PackInitialize(owner common.Address, pauser common.Address, attesters []common.Address, threshold *big.Int) []byte {
	enc, err := lockMintBridge.abi.Pack("initialize", owner, pauser, attesters, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd417624a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address pauser_, address[] attesters_, uint256 threshold_) returns()
func (lockMintBridge *LockMintBridge) TryPackInitialize(owner common.Address, pauser common.Address, attesters []common.Address, threshold *big.Int) ([]byte, error) {
	return lockMintBridge.abi.Pack("initialize", owner, pauser, attesters, threshold)
}

// PackIsAttester is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb6ebe539.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAttester(address ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackIsAttester(arg0 common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("isAttester", arg0)
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
func (lockMintBridge *LockMintBridge) TryPackIsAttester(arg0 common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("isAttester", arg0)
}

// UnpackIsAttester is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb6ebe539.
//
// Solidity: function isAttester(address ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackIsAttester(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("isAttester", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc17dca7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isCancelled(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) PackIsCancelled(srcChainId *big.Int, transferId [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("isCancelled", srcChainId, transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsCancelled is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc17dca7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isCancelled(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackIsCancelled(srcChainId *big.Int, transferId [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("isCancelled", srcChainId, transferId)
}

// UnpackIsCancelled is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc17dca7e.
//
// Solidity: function isCancelled(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackIsCancelled(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("isCancelled", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e9d9761.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isDelivered(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) PackIsDelivered(srcChainId *big.Int, transferId [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("isDelivered", srcChainId, transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsDelivered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e9d9761.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isDelivered(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackIsDelivered(srcChainId *big.Int, transferId [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("isDelivered", srcChainId, transferId)
}

// UnpackIsDelivered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1e9d9761.
//
// Solidity: function isDelivered(uint256 srcChainId, bytes32 transferId) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackIsDelivered(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("isDelivered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsWrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495ee13e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isWrapped(address ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackIsWrapped(arg0 common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("isWrapped", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsWrapped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x495ee13e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isWrapped(address ) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackIsWrapped(arg0 common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("isWrapped", arg0)
}

// UnpackIsWrapped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x495ee13e.
//
// Solidity: function isWrapped(address ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackIsWrapped(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("isWrapped", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928f2543.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(bytes32 transferId, address token, uint256 amount, uint256 dstChainId, address recipient, bytes payload, address refundTo, uint64 deadline) returns()
func (lockMintBridge *LockMintBridge) PackLock(transferId [32]byte, token common.Address, amount *big.Int, dstChainId *big.Int, recipient common.Address, payload []byte, refundTo common.Address, deadline uint64) []byte {
	enc, err := lockMintBridge.abi.Pack("lock", transferId, token, amount, dstChainId, recipient, payload, refundTo, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928f2543.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(bytes32 transferId, address token, uint256 amount, uint256 dstChainId, address recipient, bytes payload, address refundTo, uint64 deadline) returns()
func (lockMintBridge *LockMintBridge) TryPackLock(transferId [32]byte, token common.Address, amount *big.Int, dstChainId *big.Int, recipient common.Address, payload []byte, refundTo common.Address, deadline uint64) ([]byte, error) {
	return lockMintBridge.abi.Pack("lock", transferId, token, amount, dstChainId, recipient, payload, refundTo, deadline)
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe9e764.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackLocked(arg0 [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("locked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcbe9e764.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackLocked(arg0 [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("locked", arg0)
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcbe9e764.
//
// Solidity: function locked(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackLocked(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("locked", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nonce() view returns(uint64)
func (lockMintBridge *LockMintBridge) PackNonce() []byte {
	enc, err := lockMintBridge.abi.Pack("nonce")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNonce is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaffed0e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nonce() view returns(uint64)
func (lockMintBridge *LockMintBridge) TryPackNonce() ([]byte, error) {
	return lockMintBridge.abi.Pack("nonce")
}

// UnpackNonce is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaffed0e0.
//
// Solidity: function nonce() view returns(uint64)
func (lockMintBridge *LockMintBridge) UnpackNonce(data []byte) (uint64, error) {
	out, err := lockMintBridge.abi.Unpack("nonce", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (lockMintBridge *LockMintBridge) PackOwner() []byte {
	enc, err := lockMintBridge.abi.Pack("owner")
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
func (lockMintBridge *LockMintBridge) TryPackOwner() ([]byte, error) {
	return lockMintBridge.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (lockMintBridge *LockMintBridge) UnpackOwner(data []byte) (common.Address, error) {
	out, err := lockMintBridge.abi.Unpack("owner", data)
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
func (lockMintBridge *LockMintBridge) PackPause() []byte {
	enc, err := lockMintBridge.abi.Pack("pause")
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
func (lockMintBridge *LockMintBridge) TryPackPause() ([]byte, error) {
	return lockMintBridge.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (lockMintBridge *LockMintBridge) PackPaused() []byte {
	enc, err := lockMintBridge.abi.Pack("paused")
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
func (lockMintBridge *LockMintBridge) TryPackPaused() ([]byte, error) {
	return lockMintBridge.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackPaused(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("paused", data)
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
func (lockMintBridge *LockMintBridge) PackPauser() []byte {
	enc, err := lockMintBridge.abi.Pack("pauser")
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
func (lockMintBridge *LockMintBridge) TryPackPauser() ([]byte, error) {
	return lockMintBridge.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (lockMintBridge *LockMintBridge) UnpackPauser(data []byte) (common.Address, error) {
	out, err := lockMintBridge.abi.Unpack("pauser", data)
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
func (lockMintBridge *LockMintBridge) PackPeer(arg0 *big.Int) []byte {
	enc, err := lockMintBridge.abi.Pack("peer", arg0)
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
func (lockMintBridge *LockMintBridge) TryPackPeer(arg0 *big.Int) ([]byte, error) {
	return lockMintBridge.abi.Pack("peer", arg0)
}

// UnpackPeer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x116a01a4.
//
// Solidity: function peer(uint256 ) view returns(address)
func (lockMintBridge *LockMintBridge) UnpackPeer(data []byte) (common.Address, error) {
	out, err := lockMintBridge.abi.Unpack("peer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRefundDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f68c32a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) PackRefundDigest(m LockMintBridgeMessage) []byte {
	enc, err := lockMintBridge.abi.Pack("refundDigest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f68c32a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackRefundDigest(m LockMintBridgeMessage) ([]byte, error) {
	return lockMintBridge.abi.Pack("refundDigest", m)
}

// UnpackRefundDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f68c32a.
//
// Solidity: function refundDigest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) UnpackRefundDigest(data []byte) ([32]byte, error) {
	out, err := lockMintBridge.abi.Unpack("refundDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRefundLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e42eeca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundLocked((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) PackRefundLocked(m LockMintBridgeMessage, sigs [][]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("refundLocked", m, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1e42eeca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundLocked((bytes32,uint256,address,uint256,address,address,uint256,address,bytes,address,uint64) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) TryPackRefundLocked(m LockMintBridgeMessage, sigs [][]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("refundLocked", m, sigs)
}

// PackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf05e0f7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refunded(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) PackRefunded(arg0 [32]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("refunded", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf05e0f7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refunded(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) TryPackRefunded(arg0 [32]byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("refunded", arg0)
}

// UnpackRefunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf05e0f7e.
//
// Solidity: function refunded(bytes32 ) view returns(bool)
func (lockMintBridge *LockMintBridge) UnpackRefunded(data []byte) (bool, error) {
	out, err := lockMintBridge.abi.Unpack("refunded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSetAttesters is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1e10b46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAttesters(address[] list, uint256 threshold_) returns()
func (lockMintBridge *LockMintBridge) PackSetAttesters(list []common.Address, threshold *big.Int) []byte {
	enc, err := lockMintBridge.abi.Pack("setAttesters", list, threshold)
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
func (lockMintBridge *LockMintBridge) TryPackSetAttesters(list []common.Address, threshold *big.Int) ([]byte, error) {
	return lockMintBridge.abi.Pack("setAttesters", list, threshold)
}

// PackSetIncoming is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60d0173.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setIncoming(uint256 srcChainId, address srcToken, address token, bool mint) returns()
func (lockMintBridge *LockMintBridge) PackSetIncoming(srcChainId *big.Int, srcToken common.Address, token common.Address, mint bool) []byte {
	enc, err := lockMintBridge.abi.Pack("setIncoming", srcChainId, srcToken, token, mint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetIncoming is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc60d0173.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setIncoming(uint256 srcChainId, address srcToken, address token, bool mint) returns()
func (lockMintBridge *LockMintBridge) TryPackSetIncoming(srcChainId *big.Int, srcToken common.Address, token common.Address, mint bool) ([]byte, error) {
	return lockMintBridge.abi.Pack("setIncoming", srcChainId, srcToken, token, mint)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (lockMintBridge *LockMintBridge) PackSetPauser(pauser common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("setPauser", pauser)
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
func (lockMintBridge *LockMintBridge) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("setPauser", pauser)
}

// PackSetPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069c497.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPeer(uint256 chainId, address bridge) returns()
func (lockMintBridge *LockMintBridge) PackSetPeer(chainId *big.Int, bridge common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("setPeer", chainId, bridge)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPeer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8069c497.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPeer(uint256 chainId, address bridge) returns()
func (lockMintBridge *LockMintBridge) TryPackSetPeer(chainId *big.Int, bridge common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("setPeer", chainId, bridge)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (lockMintBridge *LockMintBridge) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := lockMintBridge.abi.Pack("transferOwnership", newOwner)
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
func (lockMintBridge *LockMintBridge) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return lockMintBridge.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (lockMintBridge *LockMintBridge) PackUnpause() []byte {
	enc, err := lockMintBridge.abi.Pack("unpause")
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
func (lockMintBridge *LockMintBridge) TryPackUnpause() ([]byte, error) {
	return lockMintBridge.abi.Pack("unpause")
}

// LockMintBridgeAttestersChanged represents a AttestersChanged event raised by the LockMintBridge contract.
type LockMintBridgeAttestersChanged struct {
	Attesters []common.Address
	Threshold *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeAttestersChangedEventName = "AttestersChanged"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeAttestersChanged) ContractEventName() string {
	return LockMintBridgeAttestersChangedEventName
}

// UnpackAttestersChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AttestersChanged(address[] attesters, uint256 threshold)
func (lockMintBridge *LockMintBridge) UnpackAttestersChangedEvent(log *types.Log) (*LockMintBridgeAttestersChanged, error) {
	event := "AttestersChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeAttestersChanged)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeCancelled represents a Cancelled event raised by the LockMintBridge contract.
type LockMintBridgeCancelled struct {
	TransferId [32]byte
	SrcChainId *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeCancelled) ContractEventName() string {
	return LockMintBridgeCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(bytes32 indexed transferId, uint256 indexed srcChainId)
func (lockMintBridge *LockMintBridge) UnpackCancelledEvent(log *types.Log) (*LockMintBridgeCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeCancelled)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeDelivered represents a Delivered event raised by the LockMintBridge contract.
type LockMintBridgeDelivered struct {
	TransferId [32]byte
	SrcChainId *big.Int
	Token      common.Address
	Amount     *big.Int
	Recipient  common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeDeliveredEventName = "Delivered"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeDelivered) ContractEventName() string {
	return LockMintBridgeDeliveredEventName
}

// UnpackDeliveredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Delivered(bytes32 indexed transferId, uint256 indexed srcChainId, address indexed token, uint256 amount, address recipient)
func (lockMintBridge *LockMintBridge) UnpackDeliveredEvent(log *types.Log) (*LockMintBridgeDelivered, error) {
	event := "Delivered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeDelivered)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeIncomingSet represents a IncomingSet event raised by the LockMintBridge contract.
type LockMintBridgeIncomingSet struct {
	SrcChainId *big.Int
	SrcToken   common.Address
	Token      common.Address
	Mint       bool
	Raw        *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeIncomingSetEventName = "IncomingSet"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeIncomingSet) ContractEventName() string {
	return LockMintBridgeIncomingSetEventName
}

// UnpackIncomingSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event IncomingSet(uint256 indexed srcChainId, address indexed srcToken, address token, bool mint)
func (lockMintBridge *LockMintBridge) UnpackIncomingSetEvent(log *types.Log) (*LockMintBridgeIncomingSet, error) {
	event := "IncomingSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeIncomingSet)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeLockRefunded represents a LockRefunded event raised by the LockMintBridge contract.
type LockMintBridgeLockRefunded struct {
	TransferId [32]byte
	RefundTo   common.Address
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeLockRefundedEventName = "LockRefunded"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeLockRefunded) ContractEventName() string {
	return LockMintBridgeLockRefundedEventName
}

// UnpackLockRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LockRefunded(bytes32 indexed transferId, address indexed refundTo, address token, uint256 amount)
func (lockMintBridge *LockMintBridge) UnpackLockRefundedEvent(log *types.Log) (*LockMintBridgeLockRefunded, error) {
	event := "LockRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeLockRefunded)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeLocked represents a Locked event raised by the LockMintBridge contract.
type LockMintBridgeLocked struct {
	TransferId [32]byte
	DstChainId *big.Int
	Token      common.Address
	Amount     *big.Int
	Recipient  common.Address
	Payload    []byte
	Nonce      uint64
	RefundTo   common.Address
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeLockedEventName = "Locked"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeLocked) ContractEventName() string {
	return LockMintBridgeLockedEventName
}

// UnpackLockedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Locked(bytes32 indexed transferId, uint256 indexed dstChainId, address indexed token, uint256 amount, address recipient, bytes payload, uint64 nonce, address refundTo, uint64 deadline)
func (lockMintBridge *LockMintBridge) UnpackLockedEvent(log *types.Log) (*LockMintBridgeLocked, error) {
	event := "Locked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeLocked)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeOwnershipTransferred represents a OwnershipTransferred event raised by the LockMintBridge contract.
type LockMintBridgeOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeOwnershipTransferred) ContractEventName() string {
	return LockMintBridgeOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (lockMintBridge *LockMintBridge) UnpackOwnershipTransferredEvent(log *types.Log) (*LockMintBridgeOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgePaused represents a Paused event raised by the LockMintBridge contract.
type LockMintBridgePaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const LockMintBridgePausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (LockMintBridgePaused) ContractEventName() string {
	return LockMintBridgePausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address indexed by)
func (lockMintBridge *LockMintBridge) UnpackPausedEvent(log *types.Log) (*LockMintBridgePaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgePaused)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgePauserChanged represents a PauserChanged event raised by the LockMintBridge contract.
type LockMintBridgePauserChanged struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const LockMintBridgePauserChangedEventName = "PauserChanged"

// ContractEventName returns the user-defined event name.
func (LockMintBridgePauserChanged) ContractEventName() string {
	return LockMintBridgePauserChangedEventName
}

// UnpackPauserChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserChanged(address indexed pauser)
func (lockMintBridge *LockMintBridge) UnpackPauserChangedEvent(log *types.Log) (*LockMintBridgePauserChanged, error) {
	event := "PauserChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgePauserChanged)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgePeerSet represents a PeerSet event raised by the LockMintBridge contract.
type LockMintBridgePeerSet struct {
	ChainId *big.Int
	Bridge  common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const LockMintBridgePeerSetEventName = "PeerSet"

// ContractEventName returns the user-defined event name.
func (LockMintBridgePeerSet) ContractEventName() string {
	return LockMintBridgePeerSetEventName
}

// UnpackPeerSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerSet(uint256 indexed chainId, address bridge)
func (lockMintBridge *LockMintBridge) UnpackPeerSetEvent(log *types.Log) (*LockMintBridgePeerSet, error) {
	event := "PeerSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgePeerSet)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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

// LockMintBridgeUnpaused represents a Unpaused event raised by the LockMintBridge contract.
type LockMintBridgeUnpaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const LockMintBridgeUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (LockMintBridgeUnpaused) ContractEventName() string {
	return LockMintBridgeUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address indexed by)
func (lockMintBridge *LockMintBridge) UnpackUnpausedEvent(log *types.Log) (*LockMintBridgeUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != lockMintBridge.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LockMintBridgeUnpaused)
	if len(log.Data) > 0 {
		if err := lockMintBridge.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range lockMintBridge.abi.Events[event].Inputs {
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
func (lockMintBridge *LockMintBridge) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["AlreadyDelivered"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackAlreadyDeliveredError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["AlreadyLocked"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackAlreadyLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["AlreadyRefunded"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackAlreadyRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["BadAttesterSet"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackBadAttesterSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["BadSignature"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotAttester"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotAttesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotEnoughSignatures"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotEnoughSignaturesError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotExpired"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotLocked"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["SignersNotSorted"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackSignersNotSortedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["UnknownPeer"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackUnknownPeerError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["UnknownRoute"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackUnknownRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["WrongDestination"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackWrongDestinationError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["WrongSource"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackWrongSourceError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], lockMintBridge.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return lockMintBridge.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LockMintBridgeAlreadyDelivered represents a AlreadyDelivered error raised by the LockMintBridge contract.
type LockMintBridgeAlreadyDelivered struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDelivered(bytes32 transferId)
func LockMintBridgeAlreadyDeliveredErrorID() common.Hash {
	return common.HexToHash("0x56bc34a10d3a99cb59c44a44639b6fc4fcdf0edb1bdadb618d7045c12a7dde0a")
}

// UnpackAlreadyDeliveredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDelivered(bytes32 transferId)
func (lockMintBridge *LockMintBridge) UnpackAlreadyDeliveredError(raw []byte) (*LockMintBridgeAlreadyDelivered, error) {
	out := new(LockMintBridgeAlreadyDelivered)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "AlreadyDelivered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeAlreadyInitialized represents a AlreadyInitialized error raised by the LockMintBridge contract.
type LockMintBridgeAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func LockMintBridgeAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (lockMintBridge *LockMintBridge) UnpackAlreadyInitializedError(raw []byte) (*LockMintBridgeAlreadyInitialized, error) {
	out := new(LockMintBridgeAlreadyInitialized)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeAlreadyLocked represents a AlreadyLocked error raised by the LockMintBridge contract.
type LockMintBridgeAlreadyLocked struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyLocked(bytes32 transferId)
func LockMintBridgeAlreadyLockedErrorID() common.Hash {
	return common.HexToHash("0x648901919432df8dd20fbe8176f5d729804c733b276781a6acffd56c3d2c481b")
}

// UnpackAlreadyLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyLocked(bytes32 transferId)
func (lockMintBridge *LockMintBridge) UnpackAlreadyLockedError(raw []byte) (*LockMintBridgeAlreadyLocked, error) {
	out := new(LockMintBridgeAlreadyLocked)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "AlreadyLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeAlreadyRefunded represents a AlreadyRefunded error raised by the LockMintBridge contract.
type LockMintBridgeAlreadyRefunded struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRefunded(bytes32 transferId)
func LockMintBridgeAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0x1316266ba3ff443517fba55d6b2883c184e517396b6f570bcdb66784249e78ff")
}

// UnpackAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRefunded(bytes32 transferId)
func (lockMintBridge *LockMintBridge) UnpackAlreadyRefundedError(raw []byte) (*LockMintBridgeAlreadyRefunded, error) {
	out := new(LockMintBridgeAlreadyRefunded)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "AlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeBadAttesterSet represents a BadAttesterSet error raised by the LockMintBridge contract.
type LockMintBridgeBadAttesterSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadAttesterSet()
func LockMintBridgeBadAttesterSetErrorID() common.Hash {
	return common.HexToHash("0xabe30ac79486160da86671d1fc1bf330fbbed5228546f3082868e6446468095c")
}

// UnpackBadAttesterSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadAttesterSet()
func (lockMintBridge *LockMintBridge) UnpackBadAttesterSetError(raw []byte) (*LockMintBridgeBadAttesterSet, error) {
	out := new(LockMintBridgeBadAttesterSet)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "BadAttesterSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeBadSignature represents a BadSignature error raised by the LockMintBridge contract.
type LockMintBridgeBadSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignature(uint256 index)
func LockMintBridgeBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xa1c973190ea39240abfd4da3039e0d94cea4d1e689acfee87f4e7dbabee0f307")
}

// UnpackBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignature(uint256 index)
func (lockMintBridge *LockMintBridge) UnpackBadSignatureError(raw []byte) (*LockMintBridgeBadSignature, error) {
	out := new(LockMintBridgeBadSignature)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "BadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeIsPaused represents a IsPaused error raised by the LockMintBridge contract.
type LockMintBridgeIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IsPaused()
func LockMintBridgeIsPausedErrorID() common.Hash {
	return common.HexToHash("0x1309a5639731e6b91c4aa19095f23eee07602ba240a393e2b5ccbf71a8e2952f")
}

// UnpackIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IsPaused()
func (lockMintBridge *LockMintBridge) UnpackIsPausedError(raw []byte) (*LockMintBridgeIsPaused, error) {
	out := new(LockMintBridgeIsPaused)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "IsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotAttester represents a NotAttester error raised by the LockMintBridge contract.
type LockMintBridgeNotAttester struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAttester(address signer)
func LockMintBridgeNotAttesterErrorID() common.Hash {
	return common.HexToHash("0x14817f2f584570953b41dcf787fe5799176797b67ea0429f314f3bca83b3274a")
}

// UnpackNotAttesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAttester(address signer)
func (lockMintBridge *LockMintBridge) UnpackNotAttesterError(raw []byte) (*LockMintBridgeNotAttester, error) {
	out := new(LockMintBridgeNotAttester)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotAttester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotEnoughSignatures represents a NotEnoughSignatures error raised by the LockMintBridge contract.
type LockMintBridgeNotEnoughSignatures struct {
	Got       *big.Int
	Threshold *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 threshold)
func LockMintBridgeNotEnoughSignaturesErrorID() common.Hash {
	return common.HexToHash("0x79c193d2b9a5ab2a87f6c5945f80093d2564073c49c98e4bca0ef08737475744")
}

// UnpackNotEnoughSignaturesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotEnoughSignatures(uint256 got, uint256 threshold)
func (lockMintBridge *LockMintBridge) UnpackNotEnoughSignaturesError(raw []byte) (*LockMintBridgeNotEnoughSignatures, error) {
	out := new(LockMintBridgeNotEnoughSignatures)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotEnoughSignatures", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotExpired represents a NotExpired error raised by the LockMintBridge contract.
type LockMintBridgeNotExpired struct {
	TransferId [32]byte
	Deadline   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotExpired(bytes32 transferId, uint64 deadline)
func LockMintBridgeNotExpiredErrorID() common.Hash {
	return common.HexToHash("0x28e345c31151dba70f4939562a27c6118f0c5813273ef376627220224ec22361")
}

// UnpackNotExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotExpired(bytes32 transferId, uint64 deadline)
func (lockMintBridge *LockMintBridge) UnpackNotExpiredError(raw []byte) (*LockMintBridgeNotExpired, error) {
	out := new(LockMintBridgeNotExpired)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotLocked represents a NotLocked error raised by the LockMintBridge contract.
type LockMintBridgeNotLocked struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotLocked(bytes32 transferId)
func LockMintBridgeNotLockedErrorID() common.Hash {
	return common.HexToHash("0xe6b6c16f9f3132bf12c90fc18d1b7c0ed31561ca037a6d4829467de0c0f148d5")
}

// UnpackNotLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotLocked(bytes32 transferId)
func (lockMintBridge *LockMintBridge) UnpackNotLockedError(raw []byte) (*LockMintBridgeNotLocked, error) {
	out := new(LockMintBridgeNotLocked)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotOwner represents a NotOwner error raised by the LockMintBridge contract.
type LockMintBridgeNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func LockMintBridgeNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (lockMintBridge *LockMintBridge) UnpackNotOwnerError(raw []byte) (*LockMintBridgeNotOwner, error) {
	out := new(LockMintBridgeNotOwner)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeNotPauser represents a NotPauser error raised by the LockMintBridge contract.
type LockMintBridgeNotPauser struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser()
func LockMintBridgeNotPauserErrorID() common.Hash {
	return common.HexToHash("0x492f6781990f089ef1c9cc82418ca3bcc261fbf6004c4e65cbb104af186dd9c0")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser()
func (lockMintBridge *LockMintBridge) UnpackNotPauserError(raw []byte) (*LockMintBridgeNotPauser, error) {
	out := new(LockMintBridgeNotPauser)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeReentrant represents a Reentrant error raised by the LockMintBridge contract.
type LockMintBridgeReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func LockMintBridgeReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (lockMintBridge *LockMintBridge) UnpackReentrantError(raw []byte) (*LockMintBridgeReentrant, error) {
	out := new(LockMintBridgeReentrant)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeSignersNotSorted represents a SignersNotSorted error raised by the LockMintBridge contract.
type LockMintBridgeSignersNotSorted struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotSorted(uint256 index)
func LockMintBridgeSignersNotSortedErrorID() common.Hash {
	return common.HexToHash("0x151f10f86bf4480fbedfdcb66cc3252205bafbd1bb4d06cbab5e6422ecd5ac9b")
}

// UnpackSignersNotSortedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotSorted(uint256 index)
func (lockMintBridge *LockMintBridge) UnpackSignersNotSortedError(raw []byte) (*LockMintBridgeSignersNotSorted, error) {
	out := new(LockMintBridgeSignersNotSorted)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "SignersNotSorted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeTransferFailed represents a TransferFailed error raised by the LockMintBridge contract.
type LockMintBridgeTransferFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address token)
func LockMintBridgeTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address token)
func (lockMintBridge *LockMintBridge) UnpackTransferFailedError(raw []byte) (*LockMintBridgeTransferFailed, error) {
	out := new(LockMintBridgeTransferFailed)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeUnknownPeer represents a UnknownPeer error raised by the LockMintBridge contract.
type LockMintBridgeUnknownPeer struct {
	ChainId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPeer(uint256 chainId)
func LockMintBridgeUnknownPeerErrorID() common.Hash {
	return common.HexToHash("0xf3bcfab141ae4b24c861e6f05a505f4cafdcba5d598368b3c8c58a403a5a7193")
}

// UnpackUnknownPeerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPeer(uint256 chainId)
func (lockMintBridge *LockMintBridge) UnpackUnknownPeerError(raw []byte) (*LockMintBridgeUnknownPeer, error) {
	out := new(LockMintBridgeUnknownPeer)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "UnknownPeer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeUnknownRoute represents a UnknownRoute error raised by the LockMintBridge contract.
type LockMintBridgeUnknownRoute struct {
	SrcChainId *big.Int
	SrcToken   common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRoute(uint256 srcChainId, address srcToken)
func LockMintBridgeUnknownRouteErrorID() common.Hash {
	return common.HexToHash("0x95dbcb7e5751c11a387480397ad8426215007a5bcf0beaeac85c004c2f0c8065")
}

// UnpackUnknownRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRoute(uint256 srcChainId, address srcToken)
func (lockMintBridge *LockMintBridge) UnpackUnknownRouteError(raw []byte) (*LockMintBridgeUnknownRoute, error) {
	out := new(LockMintBridgeUnknownRoute)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "UnknownRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeWrongDestination represents a WrongDestination error raised by the LockMintBridge contract.
type LockMintBridgeWrongDestination struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongDestination()
func LockMintBridgeWrongDestinationErrorID() common.Hash {
	return common.HexToHash("0xef94f60c762ece22c56ef7b31f330129c1366741a790c267ea8084fe2988d0cd")
}

// UnpackWrongDestinationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongDestination()
func (lockMintBridge *LockMintBridge) UnpackWrongDestinationError(raw []byte) (*LockMintBridgeWrongDestination, error) {
	out := new(LockMintBridgeWrongDestination)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "WrongDestination", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeWrongSource represents a WrongSource error raised by the LockMintBridge contract.
type LockMintBridgeWrongSource struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongSource()
func LockMintBridgeWrongSourceErrorID() common.Hash {
	return common.HexToHash("0x83efd75cc9c662442cb3022220fe514e16bcb0d9ac26f428cce2bca02a24aa81")
}

// UnpackWrongSourceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongSource()
func (lockMintBridge *LockMintBridge) UnpackWrongSourceError(raw []byte) (*LockMintBridgeWrongSource, error) {
	out := new(LockMintBridgeWrongSource)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "WrongSource", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeZeroAddress represents a ZeroAddress error raised by the LockMintBridge contract.
type LockMintBridgeZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LockMintBridgeZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (lockMintBridge *LockMintBridge) UnpackZeroAddressError(raw []byte) (*LockMintBridgeZeroAddress, error) {
	out := new(LockMintBridgeZeroAddress)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LockMintBridgeZeroAmount represents a ZeroAmount error raised by the LockMintBridge contract.
type LockMintBridgeZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func LockMintBridgeZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (lockMintBridge *LockMintBridge) UnpackZeroAmountError(raw []byte) (*LockMintBridgeZeroAmount, error) {
	out := new(LockMintBridgeZeroAmount)
	if err := lockMintBridge.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
