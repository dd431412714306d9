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

// GatewayHop is an auto generated low-level Go binding around an user-defined struct.
type GatewayHop struct {
	Kind       uint8
	Bridge     common.Address
	DstChainId *big.Int
	DstToken   common.Address
	MaxFee     *big.Int
}

// GatewayRoute is an auto generated low-level Go binding around an user-defined struct.
type GatewayRoute struct {
	Hops      []GatewayHop
	Recipient common.Address
	RefundTo  common.Address
	Deadline  uint64
	AltRoot   [32]byte
}

// GatewayMetaData contains all meta data concerning the Gateway contract.
var GatewayMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAllowed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"NotAlternative\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"NotParked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"OffRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RouteTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"UnknownPeerGateway\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"UntrustedBridge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"WrongChain\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"WrongToken\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"BridgeTrusted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"HopForwarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"OperatorSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"PeerGatewaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Stranded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StrandedReturned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TransferParked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TransferRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"TransferRerouted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KIND_LIQUIDITY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_LOCKMINT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_WORMHOLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"alt\",\"type\":\"tuple\"}],\"name\":\"altLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"decodePayload\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"forward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"onStraitReceive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"parked\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"peerGateway\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"refundParked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"alt\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"reroute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"rescueStranded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"}],\"name\":\"routeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"op\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowed\",\"type\":\"bool\"}],\"name\":\"setOperator\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"setPeerGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setTrustedBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"altRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"}],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"transfers\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"nextHop\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"trustedBridge\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Gateway",
	Bin: "0x6080604052348015600e575f5ffd5b506001805460ff60a81b1916600160a81b1790556133b38061002f5f395ff3fe608060405234801561000f575f5ffd5b50600436106101bb575f3560e01c80638f462449116100f3578063cba708e611610093578063e5202a8a1161006e578063e5202a8a14610441578063efdd0fde146104e7578063f2c4da451461050f578063f2fde38b14610522575f5ffd5b8063cba708e614610413578063dc66e0931461041b578063e4bc6a831461042e575f5ffd5b80639b46e010116100ce5780639b46e010146103b85780639fd0506d146103da578063ac89fb46146103ed578063b2fb5dbb14610400575f5ffd5b80638f4624491461037b578063937a07e31461038e5780639a30739114610396575f5ffd5b8063557174421161015e57806360ae1ceb1161013957806360ae1ceb1461031c57806371afbddf1461032f5780638456cb59146103495780638da5cb5b14610351575f5ffd5b806355717442146102d2578063558a7297146102e55780635c975abb146102f8575f5ffd5b80633d86faa4116101995780633d86faa4146102835780633f4ba83a14610296578063485cc9551461029e57806350bed92a146102b1575f5ffd5b8063197c6e77146101bf5780632d88af4a146101e95780633c64f04b146101fe575b5f5ffd5b6101d26101cd3660046125bc565b610535565b6040516101e09291906126e3565b60405180910390f35b6101fc6101f736600461272b565b610576565b005b61024a61020c36600461274d565b60326020525f9081526040902080546001909101546001600160a01b03811690600160a01b81046001600160401b031690600160e01b900460ff1684565b604080519485526001600160a01b0390931660208501526001600160401b039091169183019190915260ff1660608201526080016101e0565b6101fc61029136600461277a565b6105e9565b6101fc610a57565b6101fc6102ac3660046127df565b610aba565b6102c46102bf366004612816565b610b05565b6040519081526020016101e0565b6101fc6102e0366004612847565b610b34565b6101fc6102f3366004612877565b610bc2565b60015461030c90600160a01b900460ff1681565b60405190151581526020016101e0565b6101fc61032a366004612877565b610c43565b610337600181565b60405160ff90911681526020016101e0565b6101fc610cc4565b5f54610363906001600160a01b031681565b6040516001600160a01b0390911681526020016101e0565b6101fc6103893660046128a3565b610d46565b610337600381565b61030c6103a436600461272b565b60346020525f908152604090205460ff1681565b61030c6103c636600461272b565b60306020525f908152604090205460ff1681565b600154610363906001600160a01b031681565b6101fc6103fb366004612907565b611178565b6101fc61040e366004612965565b611488565b610337600281565b6102c46104293660046129aa565b61156c565b6101fc61043c36600461274d565b6115a1565b61049d61044f36600461274d565b60336020525f9081526040902080546001820154600283015460038401546004909401546001600160a01b039384169492939182169291821691600160a01b90046001600160401b03169086565b604080516001600160a01b039788168152602081019690965293861693850193909352931660608301526001600160401b03909216608082015260a081019190915260c0016101e0565b6103636104f536600461274d565b60316020525f90815260409020546001600160a01b031681565b6101fc61051d3660046129fe565b6117a9565b6101fc61053036600461272b565b611cec565b6040805160a08101825260608082525f602083018190529282018390528101829052608081018290529061056b84840185612cb4565b909590945092505050565b5f546001600160a01b031633146105a0576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a250565b3330146106095760405163029a949d60e31b815260040160405180910390fd5b600154600160a01b900460ff161561063457604051631309a56360e01b815260040160405180910390fd5b80158061064c57506106468280612cf5565b90508110155b1561068b5760405163562d9d9d60e11b81526020600482015260096024820152680d0dee040d2dcc8caf60bb1b60448201526064015b60405180910390fd5b466106968380612cf5565b6106a1600185612d4d565b8181106106b0576106b0612d66565b905060a0020160400135146106f05760405163562d9d9d60e11b815260206004820152600560248201526431b430b4b760d91b6044820152606401610682565b5f6106fb8380612cf5565b610706600185612d4d565b81811061071557610715612d66565b905060a00201606001602081019061072d919061272b565b6001600160a01b03161415801561079157506001600160a01b0384166107538380612cf5565b61075e600185612d4d565b81811061076d5761076d612d66565b905060a002016060016020810190610785919061272b565b6001600160a01b031614155b156107c75760405163562d9d9d60e11b81526020600482015260056024820152643a37b5b2b760d91b6044820152606401610682565b426107d86080840160608501612d7a565b6001600160401b03161161081b576107f66080830160608401612d7a565b604051639569365360e01b81526001600160401b039091166004820152602401610682565b5f8260405160200161082d9190612ed7565b60408051601f1981840301815291815281516020928301205f8981526032909352912080549192509061093557604051806080016040528083815260200185604001602081019061087e919061272b565b6001600160a01b0316815260200161089c6080870160608801612d7a565b6001600160401b031681526020016108b5856001612ee9565b60ff9081169091525f8981526032602090815260409182902084518155908401516001909101805492850151606090950151909316600160e01b0260ff60e01b196001600160401b03909516600160a01b026001600160e01b03199093166001600160a01b039092169190911791909117929092169190911790556109e7565b805482146109735760405163562d9d9d60e11b815260206004820152600a6024820152690e4deeae8ca40d0c2e6d60b31b6044820152606401610682565b6001810154600160e01b900460ff168310156109bf5760405163562d9d9d60e11b815260206004820152600a602482015269686f70207265706c617960b01b6044820152606401610682565b6109ca836001612ee9565b81600101601c6101000a81548160ff021916908360ff1602179055505b60408051848152602081018490526001600160a01b0388168183015260608101879052905188917f91e29d419b7fb2b13541173f35a497357bfbb5b943115346879178d3e3336548919081900360800190a2610a4e878787610a4888612efc565b87611d96565b50505050505050565b5f546001600160a01b03163314610a81576040516330cd747160e01b815260040160405180910390fd5b6001805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b600154600160a81b900460ff1615610ae45760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a81b1916600160a81b179055610b0182826121da565b5050565b5f81604051602001610b179190612ed7565b604051602081830303815290604052805190602001209050919050565b5f546001600160a01b03163314610b5e576040516330cd747160e01b815260040160405180910390fd5b5f8281526031602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917ffabf70f4a38144616ec8f0b025e8db4a8830f9ff3f79570d110fb5667f91128b91015b60405180910390a25050565b5f546001600160a01b03163314610bec576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260346020908152604091829020805460ff191685151590811790915591519182527f1a594081ae893ab78e67d9b9e843547318164322d32c65369d78a96172d9dc8f9101610bb6565b5f546001600160a01b03163314610c6d576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260306020908152604091829020805460ff191685151590811790915591519182527f356e4223cc1c774e4c45702841b367347bd6618274802280def9ee06b3b4d5379101610bb6565b6001546001600160a01b03163314801590610ce957505f546001600160a01b03163314155b15610d075760405163492f678160e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600254600103610d695760405163769dd35360e11b815260040160405180910390fd5b6001600255335f9081526030602052604090205460ff16610d9f5760405163954bfad760e01b8152336004820152602401610682565b6040805160a08101825260608082525f602083018190529282018390528101829052608081019190915260405163197c6e7760e01b81525f90309063197c6e7790610df09087908790600401612f07565b5f60405180830381865afa925050508015610e2c57506040513d5f823e601f3d908101601f19168201604052610e299190810190612f4b565b60015b610e7b57604080516001600160a01b03881681526020810187905288917fc4ec17a62f609eb13b59601fc2911d78ccdebc5ba6629b8c16ff29d65ff60f6f910160405180910390a2505061116d565b9092509050604051630f61bea960e21b81523090633d86faa490610eab908a908a908a90889088906004016130b4565b5f604051808303815f87803b158015610ec2575f5ffd5b505af1925050508015610ed3575060015b611163573d808015610f00576040519150601f19603f3d011682016040523d82523d5f602084013e610f05565b606091505b50608083015115801590610f235750600154600160a01b900460ff16155b8015610f3b57504283606001516001600160401b0316115b8015610f5557505f88815260336020526040902060010154155b8015610f6d575060408301516001600160a01b031615155b8015610f7857505f86115b156110f9576040518060c00160405280886001600160a01b0316815260200187815260200184602001516001600160a01b0316815260200184604001516001600160a01b0316815260200184606001516001600160401b03168152602001846080015181525060335f8a81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b03160217905550602082015181600101556040820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506060820151816003015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060808201518160030160146101000a8154816001600160401b0302191690836001600160401b0316021790555060a08201518160040155905050877fbd8f9b587ae0e0db96d825d391bda96a2519d5bc7594fd43c3430554da81304e8888846040516110e993929190613120565b60405180910390a250505061116d565b6040830151611113906001600160a01b0389169088612290565b82604001516001600160a01b0316887ffd485f471eae0696a45bfc1f457604848a7b22b7b4325015bf4f6db7ab3bd4d589898560405161115593929190613120565b60405180910390a35061116a565b505061116d565b50505b50505f600255505050565b600154600160a01b900460ff16156111a357604051631309a56360e01b815260040160405180910390fd5b6002546001036111c65760405163769dd35360e11b815260040160405180910390fd5b60016002555f8290036111ec57604051631f2a200560e01b815260040160405180910390fd5b6111f68180612cf5565b90505f036112175760405163ea60ab1d60e01b815260040160405180910390fd5b60086112238280612cf5565b90501115611244576040516367a451b560e11b815260040160405180910390fd5b426112556080830160608401612d7a565b6001600160401b031611611273576107f66080820160608301612d7a565b5f611284606083016040840161272b565b6001600160a01b031614806112b057505f6112a5604083016020840161272b565b6001600160a01b0316145b156112ce5760405163d92e233d60e01b815260040160405180910390fd5b5f84815260326020526040902054156112fd57604051637bd0d56160e11b815260048101859052602401610682565b5f8160405160200161130f9190612ed7565b60408051601f1981840301815282825280516020918201206080840183528084529350820190611345906060860190860161272b565b6001600160a01b031681526020016113636080850160608601612d7a565b6001600160401b039081168252600160209283018190525f8981526032845260409081902085518155938501519390910180549185015160609095015160ff16600160e01b0260ff60e01b1995909316600160a01b026001600160e01b03199092166001600160a01b03948516179190911793909316179091556113eb908516333086612398565b33857ff923c7adac071f61cf43c21363c3ed97b0af598bf4496a6f7897c1cb622e74ff8686856114216060890160408a0161272b565b61143160808a0160608b01612d7a565b604080516001600160a01b039687168152602081019590955284019290925290921660608201526001600160401b03909116608082015260a00160405180910390a361116d85858561148286612efc565b5f611d96565b5f546001600160a01b031633146114b2576040516330cd747160e01b815260040160405180910390fd5b6002546001036114d55760405163769dd35360e11b815260040160405180910390fd5b60016002556001600160a01b0382166115015760405163d92e233d60e01b815260040160405180910390fd5b6115156001600160a01b0384168383612290565b604080516001600160a01b0380861682528416602082015290810182905284907f5167f7b96f3bc2b444fe26eff1d6f17e52efbc0c47c30f17e2ce1c9123c25e299060600160405180910390a250505f6002555050565b5f8383836040516020016115829392919061314f565b6040516020818303038152906040528051906020012090509392505050565b6002546001036115c45760405163769dd35360e11b815260040160405180910390fd5b600160028181555f838152603360209081526040808320815160c08101835281546001600160a01b039081168252968201549381018490529481015486169185019190915260038101549485166060850152600160a01b9094046001600160401b0316608084015260049093015460a08301529091900361165b5760405163ccbe2fd760e01b815260048101839052602401610682565b80606001516001600160a01b0316336001600160a01b0316141580156116905750335f9081526034602052604090205460ff16155b80156116a8575080608001516001600160401b031642105b156116c85760405163fa5cd00f60e01b8152336004820152602401610682565b5f828152603360209081526040822080546001600160a01b031990811682556001820184905560028201805490911690556003810180546001600160e01b0319169055600401919091556060820151908201518251611732926001600160a01b0390911691612290565b80606001516001600160a01b0316827ffd485f471eae0696a45bfc1f457604848a7b22b7b4325015bf4f6db7ab3bd4d5835f01518460200151604051806040016040528060068152602001651c185c9ad95960d21b81525060405161179993929190613120565b60405180910390a350505f600255565b600154600160a01b900460ff16156117d457604051631309a56360e01b815260040160405180910390fd5b6002546001036117f75760405163769dd35360e11b815260040160405180910390fd5b600160028181555f888152603360209081526040808320815160c08101835281546001600160a01b039081168252968201549381018490529481015486169185019190915260038101549485166060850152600160a01b9094046001600160401b0316608084015260049093015460a08301529091900361188e5760405163ccbe2fd760e01b815260048101889052602401610682565b6118c883838360a001518989896040516020016118ad9392919061314f565b60405160208183030381529060405280519060200120612498565b6118e557604051637ca55c7760e01b815260040160405180910390fd5b46861461190857604051635ea03eed60e11b815260048101879052602401610682565b80516001600160a01b038681169116146119405760405163071ee9f560e31b81526001600160a01b0386166004820152602401610682565b4281608001516001600160401b03161161197e576080810151604051639569365360e01b81526001600160401b039091166004820152602401610682565b6119888480612cf5565b90505f036119a95760405163ea60ab1d60e01b815260040160405180910390fd5b60086119b58580612cf5565b905011156119d6576040516367a451b560e11b815260040160405180910390fd5b6040808201516001600160a01b0316906119f59086016020870161272b565b6001600160a01b031614611a385760405163119e230b60e01b81526020600482015260096024820152681c9958da5c1a595b9d60ba1b6044820152606401610682565b6060808201516001600160a01b031690611a579086016040870161272b565b6001600160a01b031614611a995760405163119e230b60e01b8152602060048201526008602482015267726566756e64546f60c01b6044820152606401610682565b6080808201516001600160401b031690611ab890860160608701612d7a565b6001600160401b031614611afa5760405163119e230b60e01b8152602060048201526008602482015267646561646c696e6560c01b6044820152606401610682565b5f87815260336020908152604080832080546001600160a01b031990811682556001820185905560028201805490911690556003810180546001600160e01b031916905560040183905551611b5191879101612ed7565b60408051601f1981840301815282825280516020918201206080840183528084529350820190611b87906060890190890161272b565b6001600160a01b03168152602001611ba56080880160608901612d7a565b6001600160401b039081168252600160209283018190525f8c8152603284526040908190208551815585850151920180548683015160609788015160ff16600160e01b0260ff60e01b1991909616600160a01b026001600160e01b03199092166001600160a01b0395861617919091171693909317909255855186840151835187815291909216938101939093529082015289917f7ac1665190bf4e959b995e82d8149273b98571bbdffd360b6c216b0d8460e74c910160405180910390a2877f91e29d419b7fb2b13541173f35a497357bfbb5b943115346879178d3e33365485f83855f01518660200151604051611cc0949392919093845260208401929092526001600160a01b03166040830152606082015260800190565b60405180910390a281516020830151611cde918a9161148289612efc565b50505f600255505050505050565b5f546001600160a01b03163314611d16576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116611d3d5760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f825f01518281518110611dac57611dac612d66565b602090810291909101810151808201516001600160a01b03165f908152603090925260409091205490915060ff16611e0857602081015160405163954bfad760e01b81526001600160a01b039091166004820152602401610682565b8251515f90611e18846001612ee9565b602086015191149150606082611e99576040808501515f908152603160205220546001600160a01b0316915081611e6a578360400151604051632624783360e01b815260040161068291815260200190565b85611e76866001612ee9565b604051602001611e879291906126e3565b60405160208183030381529060405290505b6020840151611eb3906001600160a01b038a169089612546565b835160ff165f1901611f3b5783602001516001600160a01b031663928f25438a8a8a886040015187878d604001518e606001516040518963ffffffff1660e01b8152600401611f09989796959493929190613178565b5f604051808303815f87803b158015611f20575f5ffd5b505af1158015611f32573d5f5f3e3d5ffd5b505050506121cf565b835160ff16600119016120d2575f846020015190505f604051806101a001604052808c815260200146815260200187602001516001600160a01b0316815260200187604001518152602001836001600160a01b031663116a01a489604001516040518263ffffffff1660e01b8152600401611fb891815260200190565b602060405180830381865afa158015611fd3573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611ff791906131e6565b6001600160a01b031681526020018b6001600160a01b0316815260200187606001516001600160a01b031681526020018a815260200187608001518152602001856001600160a01b0316815260200189604001516001600160a01b0316815260200189606001516001600160401b03168152602001848152509050816001600160a01b031663759c66c6826040518263ffffffff1660e01b815260040161209e9190613201565b5f604051808303815f87803b1580156120b5575f5ffd5b505af11580156120c7573d5f5f3e3d5ffd5b5050505050506121cf565b835160ff16600219016121ae5783602001516001600160a01b031663576df8548a8a8a8860400151876001600160a01b03165f1b8c60405160200161211791906132fe565b604051602081830303815290604052805190602001208a6121425761213d8d6001612ee9565b612144565b5f5b896040518963ffffffff1660e01b8152600401612168989796959493929190613310565b6020604051808303815f875af1158015612184573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906121a89190613367565b506121cf565b835160405163bd3c908960e01b815260ff9091166004820152602401610682565b505050505050505050565b6001600160a01b0382166122015760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560018054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216907fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a25050565b6040516001600160a01b038381166024830152604482018390525f91829186169063a9059cbb60e01b906064015b60408051601f198184030181529181526020820180516001600160e01b03166001600160e01b03199094169390931790925290516122fc9190613382565b5f604051808303815f865af19150503d805f8114612335576040519150601f19603f3d011682016040523d82523d5f602084013e61233a565b606091505b509150915081158061236857505f81511180156123685750808060200190518101906123669190613398565b155b15612391576040516339f1c8d960e01b81526001600160a01b0386166004820152602401610682565b5050505050565b604080516001600160a01b0385811660248301528481166044830152606480830185905283518084039091018152608490920183526020820180516001600160e01b03166323b872dd60e01b17905291515f928392908816916123fb9190613382565b5f604051808303815f865af19150503d805f8114612434576040519150601f19603f3d011682016040523d82523d5f602084013e612439565b606091505b509150915081158061246757505f81511180156124675750808060200190518101906124659190613398565b155b15612490576040516339f1c8d960e01b81526001600160a01b0387166004820152602401610682565b505050505050565b5f826124a557505f61253e565b815f5b85811015612538575f8787838181106124c3576124c3612d66565b9050602002013590508083106125025760408051602081018390529081018490526060016040516020818303038152906040528051906020012061252d565b6040805160208101859052908101829052606001604051602081830303815290604052805190602001205b9250506001016124a8565b50831490505b949350505050565b6040516001600160a01b038381166024830152604482018390525f91829186169063095ea7b360e01b906064016122be565b5f5f83601f840112612588575f5ffd5b5081356001600160401b0381111561259e575f5ffd5b6020830191508360208285010111156125b5575f5ffd5b9250929050565b5f5f602083850312156125cd575f5ffd5b82356001600160401b038111156125e2575f5ffd5b6125ee85828601612578565b90969095509350505050565b805160a080845281519084018190525f9160200190829060c08601905b8083101561267857835160ff815116835260018060a01b0360208201511660208401526040810151604084015260018060a01b036060820151166060840152608081015160808401525060a082019150602084019350600183019250612617565b506020850151925061269560208701846001600160a01b03169052565b604085015192506126b160408701846001600160a01b03169052565b606085015192506126cd60608701846001600160401b03169052565b6080850151608087015280935050505092915050565b604081525f6126f560408301856125fa565b90508260208301529392505050565b6001600160a01b0381168114612718575f5ffd5b50565b803561272681612704565b919050565b5f6020828403121561273b575f5ffd5b813561274681612704565b9392505050565b5f6020828403121561275d575f5ffd5b5035919050565b5f60a08284031215612774575f5ffd5b50919050565b5f5f5f5f5f60a0868803121561278e575f5ffd5b8535945060208601356127a081612704565b93506040860135925060608601356001600160401b038111156127c1575f5ffd5b6127cd88828901612764565b95989497509295608001359392505050565b5f5f604083850312156127f0575f5ffd5b82356127fb81612704565b9150602083013561280b81612704565b809150509250929050565b5f60208284031215612826575f5ffd5b81356001600160401b0381111561283b575f5ffd5b61253e84828501612764565b5f5f60408385031215612858575f5ffd5b82359150602083013561280b81612704565b8015158114612718575f5ffd5b5f5f60408385031215612888575f5ffd5b823561289381612704565b9150602083013561280b8161286a565b5f5f5f5f5f608086880312156128b7575f5ffd5b8535945060208601356128c981612704565b93506040860135925060608601356001600160401b038111156128ea575f5ffd5b6128f688828901612578565b969995985093965092949392505050565b5f5f5f5f6080858703121561291a575f5ffd5b84359350602085013561292c81612704565b92506040850135915060608501356001600160401b0381111561294d575f5ffd5b61295987828801612764565b91505092959194509250565b5f5f5f5f60808587031215612978575f5ffd5b84359350602085013561298a81612704565b9250604085013561299a81612704565b9396929550929360600135925050565b5f5f5f606084860312156129bc575f5ffd5b8335925060208401356129ce81612704565b915060408401356001600160401b038111156129e8575f5ffd5b6129f486828701612764565b9150509250925092565b5f5f5f5f5f5f60a08789031215612a13575f5ffd5b86359550602087013594506040870135612a2c81612704565b935060608701356001600160401b03811115612a46575f5ffd5b612a5289828a01612764565b93505060808701356001600160401b03811115612a6d575f5ffd5b8701601f81018913612a7d575f5ffd5b80356001600160401b03811115612a92575f5ffd5b8960208260051b8401011115612aa6575f5ffd5b60208201935080925050509295509295509295565b634e487b7160e01b5f52604160045260245ffd5b60405160a081016001600160401b0381118282101715612af157612af1612abb565b60405290565b604051601f8201601f191681016001600160401b0381118282101715612b1f57612b1f612abb565b604052919050565b5f6001600160401b03821115612b3f57612b3f612abb565b5060051b60200190565b60ff81168114612718575f5ffd5b6001600160401b0381168114612718575f5ffd5b803561272681612b57565b5f60a08284031215612b86575f5ffd5b612b8e612acf565b905081356001600160401b03811115612ba5575f5ffd5b8201601f81018413612bb5575f5ffd5b8035612bc8612bc382612b27565b612af7565b80828252602082019150602060a08402850101925086831115612be9575f5ffd5b6020840193505b82841015612c695760a08488031215612c07575f5ffd5b612c0f612acf565b8435612c1a81612b49565b81526020850135612c2a81612704565b6020820152604085810135908201526060850135612c4781612704565b606082015260808581013590820152825260a090930192602090910190612bf0565b845250612c7b9150506020830161271b565b6020820152612c8c6040830161271b565b6040820152612c9d60608301612b6b565b606082015260809182013591810191909152919050565b5f5f60408385031215612cc5575f5ffd5b82356001600160401b03811115612cda575f5ffd5b612ce685828601612b76565b95602094909401359450505050565b5f5f8335601e19843603018112612d0a575f5ffd5b8301803591506001600160401b03821115612d23575f5ffd5b602001915060a0810236038213156125b5575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b81810381811115612d6057612d60612d39565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612d8a575f5ffd5b813561274681612b57565b8183526020830192505f815f5b84811015612e18578135612db581612b49565b60ff1686526020820135612dc881612704565b6001600160a01b03166020870152604082810135908701526060820135612dee81612704565b6001600160a01b031660608701526080828101359087015260a09586019590910190600101612da2565b5093949350505050565b5f8135601e19833603018112612e36575f5ffd5b82016020810190356001600160401b03811115612e51575f5ffd5b60a081023603821315612e62575f5ffd5b60a08552612e7460a086018284612d95565b915050612e836020840161271b565b6001600160a01b03166020850152612e9d6040840161271b565b6001600160a01b03166040850152612eb760608401612b6b565b6001600160401b0316606085015260809283013592909301919091525090565b602081525f6127466020830184612e22565b80820180821115612d6057612d60612d39565b5f612d603683612b76565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b805161272681612704565b805161272681612b57565b5f5f60408385031215612f5c575f5ffd5b82516001600160401b03811115612f71575f5ffd5b830160a08186031215612f82575f5ffd5b612f8a612acf565b81516001600160401b03811115612f9f575f5ffd5b8201601f81018713612faf575f5ffd5b8051612fbd612bc382612b27565b80828252602082019150602060a08402850101925089831115612fde575f5ffd5b6020840193505b8284101561305e5760a0848b031215612ffc575f5ffd5b613004612acf565b845161300f81612b49565b8152602085015161301f81612704565b602082015260408581015190820152606085015161303c81612704565b606082015260808581015190820152825260a090930192602090910190612fe5565b84525061307091505060208301612f35565b602082015261308160408301612f35565b604082015261309260608301612f40565b6060820152608091820151918101919091526020939093015192949293505050565b85815260018060a01b038516602082015283604082015260a060608201525f6130e060a08301856125fa565b90508260808301529695505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b0384168152826020820152606060408201525f61314660608301846130f2565b95945050505050565b8381526001600160a01b03831660208201526060604082018190525f9061314690830184612e22565b8881526001600160a01b03888116602083015260408201889052606082018790528516608082015261010060a082018190525f906131b8908301866130f2565b6001600160a01b039490941660c0830152506001600160401b039190911660e0909101529695505050505050565b5f602082840312156131f6575f5ffd5b815161274681612704565b6020815281516020820152602082015160408201525f604083015161323160608401826001600160a01b03169052565b5060608301516080830152608083015161325660a08401826001600160a01b03169052565b5060a08301516001600160a01b03811660c08401525060c08301516001600160a01b03811660e08401525060e08301516101008301526101008301516101208301526101208301516132b46101408401826001600160a01b03169052565b506101408301516001600160a01b038116610160840152506101608301516001600160401b038116610180840152506101808301516101a08084015261253e6101c08401826130f2565b602081525f61274660208301846125fa565b88815260018060a01b03881660208201528660408201528560608201528460808201528360a082015260ff831660c082015261010060e08201525f6133596101008301846130f2565b9a9950505050505050505050565b5f60208284031215613377575f5ffd5b815161274681612b57565b5f82518060208501845e5f920191825250919050565b5f602082840312156133a8575f5ffd5b81516127468161286a56",
}

// Gateway is an auto generated Go binding around an Ethereum contract.
type Gateway struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Gateway) GetABI() abi.ABI {
	return c.abi
}

// NewGateway creates a new instance of Gateway.
func NewGateway() *Gateway {
	parsed, err := GatewayMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Gateway{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Gateway) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackKINDLIQUIDITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcba708e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_LIQUIDITY() view returns(uint8)
func (gateway *Gateway) PackKINDLIQUIDITY() []byte {
	enc, err := gateway.abi.Pack("KIND_LIQUIDITY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDLIQUIDITY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcba708e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_LIQUIDITY() view returns(uint8)
func (gateway *Gateway) TryPackKINDLIQUIDITY() ([]byte, error) {
	return gateway.abi.Pack("KIND_LIQUIDITY")
}

// UnpackKINDLIQUIDITY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcba708e6.
//
// Solidity: function KIND_LIQUIDITY() view returns(uint8)
func (gateway *Gateway) UnpackKINDLIQUIDITY(data []byte) (uint8, error) {
	out, err := gateway.abi.Unpack("KIND_LIQUIDITY", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDLOCKMINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71afbddf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_LOCKMINT() view returns(uint8)
func (gateway *Gateway) PackKINDLOCKMINT() []byte {
	enc, err := gateway.abi.Pack("KIND_LOCKMINT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDLOCKMINT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x71afbddf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_LOCKMINT() view returns(uint8)
func (gateway *Gateway) TryPackKINDLOCKMINT() ([]byte, error) {
	return gateway.abi.Pack("KIND_LOCKMINT")
}

// UnpackKINDLOCKMINT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x71afbddf.
//
// Solidity: function KIND_LOCKMINT() view returns(uint8)
func (gateway *Gateway) UnpackKINDLOCKMINT(data []byte) (uint8, error) {
	out, err := gateway.abi.Unpack("KIND_LOCKMINT", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackKINDWORMHOLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x937a07e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function KIND_WORMHOLE() view returns(uint8)
func (gateway *Gateway) PackKINDWORMHOLE() []byte {
	enc, err := gateway.abi.Pack("KIND_WORMHOLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackKINDWORMHOLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x937a07e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function KIND_WORMHOLE() view returns(uint8)
func (gateway *Gateway) TryPackKINDWORMHOLE() ([]byte, error) {
	return gateway.abi.Pack("KIND_WORMHOLE")
}

// UnpackKINDWORMHOLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x937a07e3.
//
// Solidity: function KIND_WORMHOLE() view returns(uint8)
func (gateway *Gateway) UnpackKINDWORMHOLE(data []byte) (uint8, error) {
	out, err := gateway.abi.Unpack("KIND_WORMHOLE", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackAltLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc66e093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function altLeaf(uint256 chainId, address token, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) alt) pure returns(bytes32)
func (gateway *Gateway) PackAltLeaf(chainId *big.Int, token common.Address, alt GatewayRoute) []byte {
	enc, err := gateway.abi.Pack("altLeaf", chainId, token, alt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAltLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc66e093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function altLeaf(uint256 chainId, address token, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) alt) pure returns(bytes32)
func (gateway *Gateway) TryPackAltLeaf(chainId *big.Int, token common.Address, alt GatewayRoute) ([]byte, error) {
	return gateway.abi.Pack("altLeaf", chainId, token, alt)
}

// UnpackAltLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdc66e093.
//
// Solidity: function altLeaf(uint256 chainId, address token, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) alt) pure returns(bytes32)
func (gateway *Gateway) UnpackAltLeaf(data []byte) ([32]byte, error) {
	out, err := gateway.abi.Unpack("altLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDecodePayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x197c6e77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) r, uint256 next)
func (gateway *Gateway) PackDecodePayload(payload []byte) []byte {
	enc, err := gateway.abi.Pack("decodePayload", payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecodePayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x197c6e77.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) r, uint256 next)
func (gateway *Gateway) TryPackDecodePayload(payload []byte) ([]byte, error) {
	return gateway.abi.Pack("decodePayload", payload)
}

// DecodePayloadOutput serves as a container for the return parameters of contract
// method DecodePayload.
type DecodePayloadOutput struct {
	R    GatewayRoute
	Next *big.Int
}

// UnpackDecodePayload is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x197c6e77.
//
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) r, uint256 next)
func (gateway *Gateway) UnpackDecodePayload(data []byte) (DecodePayloadOutput, error) {
	out, err := gateway.abi.Unpack("decodePayload", data)
	outstruct := new(DecodePayloadOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.R = *abi.ConvertType(out[0], new(GatewayRoute)).(*GatewayRoute)
	outstruct.Next = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d86faa4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forward(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route, uint256 next) returns()
func (gateway *Gateway) PackForward(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute, next *big.Int) []byte {
	enc, err := gateway.abi.Pack("forward", transferId, token, amount, route, next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d86faa4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forward(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route, uint256 next) returns()
func (gateway *Gateway) TryPackForward(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute, next *big.Int) ([]byte, error) {
	return gateway.abi.Pack("forward", transferId, token, amount, route, next)
}

// PackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function initialize(address owner_, address pauser_) returns()
func (gateway *Gateway) PackInitialize(owner common.Address, pauser common.Address) []byte {
	enc, err := gateway.abi.Pack("initialize", owner, pauser)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackInitialize is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x485cc955.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function initialize(address owner_, address pauser_) returns()
func (gateway *Gateway) TryPackInitialize(owner common.Address, pauser common.Address) ([]byte, error) {
	return gateway.abi.Pack("initialize", owner, pauser)
}

// PackOnStraitReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f462449.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onStraitReceive(bytes32 transferId, address token, uint256 amount, bytes payload) returns()
func (gateway *Gateway) PackOnStraitReceive(transferId [32]byte, token common.Address, amount *big.Int, payload []byte) []byte {
	enc, err := gateway.abi.Pack("onStraitReceive", transferId, token, amount, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnStraitReceive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f462449.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onStraitReceive(bytes32 transferId, address token, uint256 amount, bytes payload) returns()
func (gateway *Gateway) TryPackOnStraitReceive(transferId [32]byte, token common.Address, amount *big.Int, payload []byte) ([]byte, error) {
	return gateway.abi.Pack("onStraitReceive", transferId, token, amount, payload)
}

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a307391.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator(address ) view returns(bool)
func (gateway *Gateway) PackOperator(arg0 common.Address) []byte {
	enc, err := gateway.abi.Pack("operator", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a307391.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator(address ) view returns(bool)
func (gateway *Gateway) TryPackOperator(arg0 common.Address) ([]byte, error) {
	return gateway.abi.Pack("operator", arg0)
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a307391.
//
// Solidity: function operator(address ) view returns(bool)
func (gateway *Gateway) UnpackOperator(data []byte) (bool, error) {
	out, err := gateway.abi.Unpack("operator", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (gateway *Gateway) PackOwner() []byte {
	enc, err := gateway.abi.Pack("owner")
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
func (gateway *Gateway) TryPackOwner() ([]byte, error) {
	return gateway.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (gateway *Gateway) UnpackOwner(data []byte) (common.Address, error) {
	out, err := gateway.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackParked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5202a8a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parked(bytes32 ) view returns(address token, uint256 amount, address recipient, address refundTo, uint64 deadline, bytes32 altRoot)
func (gateway *Gateway) PackParked(arg0 [32]byte) []byte {
	enc, err := gateway.abi.Pack("parked", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5202a8a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parked(bytes32 ) view returns(address token, uint256 amount, address recipient, address refundTo, uint64 deadline, bytes32 altRoot)
func (gateway *Gateway) TryPackParked(arg0 [32]byte) ([]byte, error) {
	return gateway.abi.Pack("parked", arg0)
}

// ParkedOutput serves as a container for the return parameters of contract
// method Parked.
type ParkedOutput struct {
	Token     common.Address
	Amount    *big.Int
	Recipient common.Address
	RefundTo  common.Address
	Deadline  uint64
	AltRoot   [32]byte
}

// UnpackParked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5202a8a.
//
// Solidity: function parked(bytes32 ) view returns(address token, uint256 amount, address recipient, address refundTo, uint64 deadline, bytes32 altRoot)
func (gateway *Gateway) UnpackParked(data []byte) (ParkedOutput, error) {
	out, err := gateway.abi.Unpack("parked", data)
	outstruct := new(ParkedOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Token = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Amount = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Recipient = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.RefundTo = *abi.ConvertType(out[3], new(common.Address)).(*common.Address)
	outstruct.Deadline = *abi.ConvertType(out[4], new(uint64)).(*uint64)
	outstruct.AltRoot = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (gateway *Gateway) PackPause() []byte {
	enc, err := gateway.abi.Pack("pause")
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
func (gateway *Gateway) TryPackPause() ([]byte, error) {
	return gateway.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (gateway *Gateway) PackPaused() []byte {
	enc, err := gateway.abi.Pack("paused")
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
func (gateway *Gateway) TryPackPaused() ([]byte, error) {
	return gateway.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (gateway *Gateway) UnpackPaused(data []byte) (bool, error) {
	out, err := gateway.abi.Unpack("paused", data)
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
func (gateway *Gateway) PackPauser() []byte {
	enc, err := gateway.abi.Pack("pauser")
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
func (gateway *Gateway) TryPackPauser() ([]byte, error) {
	return gateway.abi.Pack("pauser")
}

// UnpackPauser is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9fd0506d.
//
// Solidity: function pauser() view returns(address)
func (gateway *Gateway) UnpackPauser(data []byte) (common.Address, error) {
	out, err := gateway.abi.Unpack("pauser", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPeerGateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefdd0fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function peerGateway(uint256 ) view returns(address)
func (gateway *Gateway) PackPeerGateway(arg0 *big.Int) []byte {
	enc, err := gateway.abi.Pack("peerGateway", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPeerGateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xefdd0fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function peerGateway(uint256 ) view returns(address)
func (gateway *Gateway) TryPackPeerGateway(arg0 *big.Int) ([]byte, error) {
	return gateway.abi.Pack("peerGateway", arg0)
}

// UnpackPeerGateway is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xefdd0fde.
//
// Solidity: function peerGateway(uint256 ) view returns(address)
func (gateway *Gateway) UnpackPeerGateway(data []byte) (common.Address, error) {
	out, err := gateway.abi.Unpack("peerGateway", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRefundParked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4bc6a83.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundParked(bytes32 transferId) returns()
func (gateway *Gateway) PackRefundParked(transferId [32]byte) []byte {
	enc, err := gateway.abi.Pack("refundParked", transferId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundParked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe4bc6a83.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundParked(bytes32 transferId) returns()
func (gateway *Gateway) TryPackRefundParked(transferId [32]byte) ([]byte, error) {
	return gateway.abi.Pack("refundParked", transferId)
}

// PackReroute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c4da45.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reroute(bytes32 transferId, uint256 chainId, address token, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) alt, bytes32[] proof) returns()
func (gateway *Gateway) PackReroute(transferId [32]byte, chainId *big.Int, token common.Address, alt GatewayRoute, proof [][32]byte) []byte {
	enc, err := gateway.abi.Pack("reroute", transferId, chainId, token, alt, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReroute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c4da45.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reroute(bytes32 transferId, uint256 chainId, address token, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) alt, bytes32[] proof) returns()
func (gateway *Gateway) TryPackReroute(transferId [32]byte, chainId *big.Int, token common.Address, alt GatewayRoute, proof [][32]byte) ([]byte, error) {
	return gateway.abi.Pack("reroute", transferId, chainId, token, alt, proof)
}

// PackRescueStranded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2fb5dbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rescueStranded(bytes32 transferId, address token, address to, uint256 amount) returns()
func (gateway *Gateway) PackRescueStranded(transferId [32]byte, token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := gateway.abi.Pack("rescueStranded", transferId, token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRescueStranded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2fb5dbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rescueStranded(bytes32 transferId, address token, address to, uint256 amount) returns()
func (gateway *Gateway) TryPackRescueStranded(transferId [32]byte, token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return gateway.abi.Pack("rescueStranded", transferId, token, to, amount)
}

// PackRouteHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bed92a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route) pure returns(bytes32)
func (gateway *Gateway) PackRouteHash(route GatewayRoute) []byte {
	enc, err := gateway.abi.Pack("routeHash", route)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouteHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x50bed92a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route) pure returns(bytes32)
func (gateway *Gateway) TryPackRouteHash(route GatewayRoute) ([]byte, error) {
	return gateway.abi.Pack("routeHash", route)
}

// UnpackRouteHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x50bed92a.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route) pure returns(bytes32)
func (gateway *Gateway) UnpackRouteHash(data []byte) ([32]byte, error) {
	out, err := gateway.abi.Unpack("routeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setOperator(address op, bool allowed) returns()
func (gateway *Gateway) PackSetOperator(op common.Address, allowed bool) []byte {
	enc, err := gateway.abi.Pack("setOperator", op, allowed)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x558a7297.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setOperator(address op, bool allowed) returns()
func (gateway *Gateway) TryPackSetOperator(op common.Address, allowed bool) ([]byte, error) {
	return gateway.abi.Pack("setOperator", op, allowed)
}

// PackSetPauser is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d88af4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPauser(address pauser_) returns()
func (gateway *Gateway) PackSetPauser(pauser common.Address) []byte {
	enc, err := gateway.abi.Pack("setPauser", pauser)
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
func (gateway *Gateway) TryPackSetPauser(pauser common.Address) ([]byte, error) {
	return gateway.abi.Pack("setPauser", pauser)
}

// PackSetPeerGateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55717442.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setPeerGateway(uint256 chainId, address peer) returns()
func (gateway *Gateway) PackSetPeerGateway(chainId *big.Int, peer common.Address) []byte {
	enc, err := gateway.abi.Pack("setPeerGateway", chainId, peer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetPeerGateway is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55717442.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setPeerGateway(uint256 chainId, address peer) returns()
func (gateway *Gateway) TryPackSetPeerGateway(chainId *big.Int, peer common.Address) ([]byte, error) {
	return gateway.abi.Pack("setPeerGateway", chainId, peer)
}

// PackSetTrustedBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ae1ceb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setTrustedBridge(address bridge, bool trusted) returns()
func (gateway *Gateway) PackSetTrustedBridge(bridge common.Address, trusted bool) []byte {
	enc, err := gateway.abi.Pack("setTrustedBridge", bridge, trusted)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetTrustedBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60ae1ceb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setTrustedBridge(address bridge, bool trusted) returns()
func (gateway *Gateway) TryPackSetTrustedBridge(bridge common.Address, trusted bool) ([]byte, error) {
	return gateway.abi.Pack("setTrustedBridge", bridge, trusted)
}

// PackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac89fb46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route) returns()
func (gateway *Gateway) PackStart(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute) []byte {
	enc, err := gateway.abi.Pack("start", transferId, token, amount, route)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac89fb46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64,bytes32) route) returns()
func (gateway *Gateway) TryPackStart(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute) ([]byte, error) {
	return gateway.abi.Pack("start", transferId, token, amount, route)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (gateway *Gateway) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := gateway.abi.Pack("transferOwnership", newOwner)
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
func (gateway *Gateway) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return gateway.abi.Pack("transferOwnership", newOwner)
}

// PackTransfers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c64f04b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfers(bytes32 ) view returns(bytes32 routeHash, address refundTo, uint64 deadline, uint8 nextHop)
func (gateway *Gateway) PackTransfers(arg0 [32]byte) []byte {
	enc, err := gateway.abi.Pack("transfers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c64f04b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfers(bytes32 ) view returns(bytes32 routeHash, address refundTo, uint64 deadline, uint8 nextHop)
func (gateway *Gateway) TryPackTransfers(arg0 [32]byte) ([]byte, error) {
	return gateway.abi.Pack("transfers", arg0)
}

// TransfersOutput serves as a container for the return parameters of contract
// method Transfers.
type TransfersOutput struct {
	RouteHash [32]byte
	RefundTo  common.Address
	Deadline  uint64
	NextHop   uint8
}

// UnpackTransfers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c64f04b.
//
// Solidity: function transfers(bytes32 ) view returns(bytes32 routeHash, address refundTo, uint64 deadline, uint8 nextHop)
func (gateway *Gateway) UnpackTransfers(data []byte) (TransfersOutput, error) {
	out, err := gateway.abi.Unpack("transfers", data)
	outstruct := new(TransfersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.RouteHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.RefundTo = *abi.ConvertType(out[1], new(common.Address)).(*common.Address)
	outstruct.Deadline = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.NextHop = *abi.ConvertType(out[3], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackTrustedBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b46e010.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function trustedBridge(address ) view returns(bool)
func (gateway *Gateway) PackTrustedBridge(arg0 common.Address) []byte {
	enc, err := gateway.abi.Pack("trustedBridge", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTrustedBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b46e010.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function trustedBridge(address ) view returns(bool)
func (gateway *Gateway) TryPackTrustedBridge(arg0 common.Address) ([]byte, error) {
	return gateway.abi.Pack("trustedBridge", arg0)
}

// UnpackTrustedBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b46e010.
//
// Solidity: function trustedBridge(address ) view returns(bool)
func (gateway *Gateway) UnpackTrustedBridge(data []byte) (bool, error) {
	out, err := gateway.abi.Unpack("trustedBridge", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (gateway *Gateway) PackUnpause() []byte {
	enc, err := gateway.abi.Pack("unpause")
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
func (gateway *Gateway) TryPackUnpause() ([]byte, error) {
	return gateway.abi.Pack("unpause")
}

// GatewayBridgeTrusted represents a BridgeTrusted event raised by the Gateway contract.
type GatewayBridgeTrusted struct {
	Bridge  common.Address
	Trusted bool
	Raw     *types.Log // Blockchain specific contextual infos
}

const GatewayBridgeTrustedEventName = "BridgeTrusted"

// ContractEventName returns the user-defined event name.
func (GatewayBridgeTrusted) ContractEventName() string {
	return GatewayBridgeTrustedEventName
}

// UnpackBridgeTrustedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BridgeTrusted(address indexed bridge, bool trusted)
func (gateway *Gateway) UnpackBridgeTrustedEvent(log *types.Log) (*GatewayBridgeTrusted, error) {
	event := "BridgeTrusted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayBridgeTrusted)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayHopForwarded represents a HopForwarded event raised by the Gateway contract.
type GatewayHopForwarded struct {
	TransferId [32]byte
	Hop        *big.Int
	RouteHash  [32]byte
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayHopForwardedEventName = "HopForwarded"

// ContractEventName returns the user-defined event name.
func (GatewayHopForwarded) ContractEventName() string {
	return GatewayHopForwardedEventName
}

// UnpackHopForwardedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event HopForwarded(bytes32 indexed transferId, uint256 hop, bytes32 routeHash, address token, uint256 amount)
func (gateway *Gateway) UnpackHopForwardedEvent(log *types.Log) (*GatewayHopForwarded, error) {
	event := "HopForwarded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayHopForwarded)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayOperatorSet represents a OperatorSet event raised by the Gateway contract.
type GatewayOperatorSet struct {
	Operator common.Address
	Allowed  bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const GatewayOperatorSetEventName = "OperatorSet"

// ContractEventName returns the user-defined event name.
func (GatewayOperatorSet) ContractEventName() string {
	return GatewayOperatorSetEventName
}

// UnpackOperatorSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorSet(address indexed operator, bool allowed)
func (gateway *Gateway) UnpackOperatorSetEvent(log *types.Log) (*GatewayOperatorSet, error) {
	event := "OperatorSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayOperatorSet)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayOwnershipTransferred represents a OwnershipTransferred event raised by the Gateway contract.
type GatewayOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const GatewayOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (GatewayOwnershipTransferred) ContractEventName() string {
	return GatewayOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (gateway *Gateway) UnpackOwnershipTransferredEvent(log *types.Log) (*GatewayOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayPaused represents a Paused event raised by the Gateway contract.
type GatewayPaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const GatewayPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (GatewayPaused) ContractEventName() string {
	return GatewayPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address indexed by)
func (gateway *Gateway) UnpackPausedEvent(log *types.Log) (*GatewayPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayPaused)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayPauserChanged represents a PauserChanged event raised by the Gateway contract.
type GatewayPauserChanged struct {
	Pauser common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GatewayPauserChangedEventName = "PauserChanged"

// ContractEventName returns the user-defined event name.
func (GatewayPauserChanged) ContractEventName() string {
	return GatewayPauserChangedEventName
}

// UnpackPauserChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PauserChanged(address indexed pauser)
func (gateway *Gateway) UnpackPauserChangedEvent(log *types.Log) (*GatewayPauserChanged, error) {
	event := "PauserChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayPauserChanged)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayPeerGatewaySet represents a PeerGatewaySet event raised by the Gateway contract.
type GatewayPeerGatewaySet struct {
	ChainId *big.Int
	Peer    common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const GatewayPeerGatewaySetEventName = "PeerGatewaySet"

// ContractEventName returns the user-defined event name.
func (GatewayPeerGatewaySet) ContractEventName() string {
	return GatewayPeerGatewaySetEventName
}

// UnpackPeerGatewaySetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event PeerGatewaySet(uint256 indexed chainId, address peer)
func (gateway *Gateway) UnpackPeerGatewaySetEvent(log *types.Log) (*GatewayPeerGatewaySet, error) {
	event := "PeerGatewaySet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayPeerGatewaySet)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayStranded represents a Stranded event raised by the Gateway contract.
type GatewayStranded struct {
	TransferId [32]byte
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayStrandedEventName = "Stranded"

// ContractEventName returns the user-defined event name.
func (GatewayStranded) ContractEventName() string {
	return GatewayStrandedEventName
}

// UnpackStrandedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Stranded(bytes32 indexed transferId, address token, uint256 amount)
func (gateway *Gateway) UnpackStrandedEvent(log *types.Log) (*GatewayStranded, error) {
	event := "Stranded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayStranded)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayStrandedReturned represents a StrandedReturned event raised by the Gateway contract.
type GatewayStrandedReturned struct {
	TransferId [32]byte
	Token      common.Address
	To         common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayStrandedReturnedEventName = "StrandedReturned"

// ContractEventName returns the user-defined event name.
func (GatewayStrandedReturned) ContractEventName() string {
	return GatewayStrandedReturnedEventName
}

// UnpackStrandedReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StrandedReturned(bytes32 indexed transferId, address token, address to, uint256 amount)
func (gateway *Gateway) UnpackStrandedReturnedEvent(log *types.Log) (*GatewayStrandedReturned, error) {
	event := "StrandedReturned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayStrandedReturned)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayTransferParked represents a TransferParked event raised by the Gateway contract.
type GatewayTransferParked struct {
	TransferId [32]byte
	Token      common.Address
	Amount     *big.Int
	Reason     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayTransferParkedEventName = "TransferParked"

// ContractEventName returns the user-defined event name.
func (GatewayTransferParked) ContractEventName() string {
	return GatewayTransferParkedEventName
}

// UnpackTransferParkedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferParked(bytes32 indexed transferId, address token, uint256 amount, bytes reason)
func (gateway *Gateway) UnpackTransferParkedEvent(log *types.Log) (*GatewayTransferParked, error) {
	event := "TransferParked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayTransferParked)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayTransferRefunded represents a TransferRefunded event raised by the Gateway contract.
type GatewayTransferRefunded struct {
	TransferId [32]byte
	RefundTo   common.Address
	Token      common.Address
	Amount     *big.Int
	Reason     []byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayTransferRefundedEventName = "TransferRefunded"

// ContractEventName returns the user-defined event name.
func (GatewayTransferRefunded) ContractEventName() string {
	return GatewayTransferRefundedEventName
}

// UnpackTransferRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferRefunded(bytes32 indexed transferId, address indexed refundTo, address token, uint256 amount, bytes reason)
func (gateway *Gateway) UnpackTransferRefundedEvent(log *types.Log) (*GatewayTransferRefunded, error) {
	event := "TransferRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayTransferRefunded)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayTransferRerouted represents a TransferRerouted event raised by the Gateway contract.
type GatewayTransferRerouted struct {
	TransferId [32]byte
	RouteHash  [32]byte
	Token      common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayTransferReroutedEventName = "TransferRerouted"

// ContractEventName returns the user-defined event name.
func (GatewayTransferRerouted) ContractEventName() string {
	return GatewayTransferReroutedEventName
}

// UnpackTransferReroutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferRerouted(bytes32 indexed transferId, bytes32 routeHash, address token, uint256 amount)
func (gateway *Gateway) UnpackTransferReroutedEvent(log *types.Log) (*GatewayTransferRerouted, error) {
	event := "TransferRerouted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayTransferRerouted)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayTransferStarted represents a TransferStarted event raised by the Gateway contract.
type GatewayTransferStarted struct {
	TransferId [32]byte
	Sender     common.Address
	Token      common.Address
	Amount     *big.Int
	RouteHash  [32]byte
	RefundTo   common.Address
	Deadline   uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const GatewayTransferStartedEventName = "TransferStarted"

// ContractEventName returns the user-defined event name.
func (GatewayTransferStarted) ContractEventName() string {
	return GatewayTransferStartedEventName
}

// UnpackTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event TransferStarted(bytes32 indexed transferId, address indexed sender, address token, uint256 amount, bytes32 routeHash, address refundTo, uint64 deadline)
func (gateway *Gateway) UnpackTransferStartedEvent(log *types.Log) (*GatewayTransferStarted, error) {
	event := "TransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayTransferStarted)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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

// GatewayUnpaused represents a Unpaused event raised by the Gateway contract.
type GatewayUnpaused struct {
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const GatewayUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (GatewayUnpaused) ContractEventName() string {
	return GatewayUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address indexed by)
func (gateway *Gateway) UnpackUnpausedEvent(log *types.Log) (*GatewayUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != gateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GatewayUnpaused)
	if len(log.Data) > 0 {
		if err := gateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range gateway.abi.Events[event].Inputs {
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
func (gateway *Gateway) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], gateway.abi.Errors["AlreadyInitialized"].ID.Bytes()[:4]) {
		return gateway.UnpackAlreadyInitializedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["AlreadyStarted"].ID.Bytes()[:4]) {
		return gateway.UnpackAlreadyStartedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["BadProof"].ID.Bytes()[:4]) {
		return gateway.UnpackBadProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["EmptyRoute"].ID.Bytes()[:4]) {
		return gateway.UnpackEmptyRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return gateway.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return gateway.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotAllowed"].ID.Bytes()[:4]) {
		return gateway.UnpackNotAllowedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotAlternative"].ID.Bytes()[:4]) {
		return gateway.UnpackNotAlternativeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return gateway.UnpackNotOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotParked"].ID.Bytes()[:4]) {
		return gateway.UnpackNotParkedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotPauser"].ID.Bytes()[:4]) {
		return gateway.UnpackNotPauserError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["OffRoute"].ID.Bytes()[:4]) {
		return gateway.UnpackOffRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["OnlySelf"].ID.Bytes()[:4]) {
		return gateway.UnpackOnlySelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["Reentrant"].ID.Bytes()[:4]) {
		return gateway.UnpackReentrantError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["RouteTooLong"].ID.Bytes()[:4]) {
		return gateway.UnpackRouteTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return gateway.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["UnknownKind"].ID.Bytes()[:4]) {
		return gateway.UnpackUnknownKindError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["UnknownPeerGateway"].ID.Bytes()[:4]) {
		return gateway.UnpackUnknownPeerGatewayError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["UntrustedBridge"].ID.Bytes()[:4]) {
		return gateway.UnpackUntrustedBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["WrongChain"].ID.Bytes()[:4]) {
		return gateway.UnpackWrongChainError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["WrongToken"].ID.Bytes()[:4]) {
		return gateway.UnpackWrongTokenError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return gateway.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return gateway.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GatewayAlreadyInitialized represents a AlreadyInitialized error raised by the Gateway contract.
type GatewayAlreadyInitialized struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyInitialized()
func GatewayAlreadyInitializedErrorID() common.Hash {
	return common.HexToHash("0x0dc149f07762891dbcea3fe72770f3d63a1863fc54b2f084e8c59ec476996927")
}

// UnpackAlreadyInitializedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyInitialized()
func (gateway *Gateway) UnpackAlreadyInitializedError(raw []byte) (*GatewayAlreadyInitialized, error) {
	out := new(GatewayAlreadyInitialized)
	if err := gateway.abi.UnpackIntoInterface(out, "AlreadyInitialized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayAlreadyStarted represents a AlreadyStarted error raised by the Gateway contract.
type GatewayAlreadyStarted struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyStarted(bytes32 transferId)
func GatewayAlreadyStartedErrorID() common.Hash {
	return common.HexToHash("0xf7a1aac20f5bd01721fb2e69f8a6f1d1fef70d57c841c9da8a0cb429682c0925")
}

// UnpackAlreadyStartedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyStarted(bytes32 transferId)
func (gateway *Gateway) UnpackAlreadyStartedError(raw []byte) (*GatewayAlreadyStarted, error) {
	out := new(GatewayAlreadyStarted)
	if err := gateway.abi.UnpackIntoInterface(out, "AlreadyStarted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayBadProof represents a BadProof error raised by the Gateway contract.
type GatewayBadProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadProof()
func GatewayBadProofErrorID() common.Hash {
	return common.HexToHash("0x7ca55c774976027f27f73629387ed99a2044a8721aec39c3c2717944b08c423a")
}

// UnpackBadProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadProof()
func (gateway *Gateway) UnpackBadProofError(raw []byte) (*GatewayBadProof, error) {
	out := new(GatewayBadProof)
	if err := gateway.abi.UnpackIntoInterface(out, "BadProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayEmptyRoute represents a EmptyRoute error raised by the Gateway contract.
type GatewayEmptyRoute struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyRoute()
func GatewayEmptyRouteErrorID() common.Hash {
	return common.HexToHash("0xea60ab1d425e8dd0219a3584f0d07107adf607542c84f690c7e36cde4a30c403")
}

// UnpackEmptyRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyRoute()
func (gateway *Gateway) UnpackEmptyRouteError(raw []byte) (*GatewayEmptyRoute, error) {
	out := new(GatewayEmptyRoute)
	if err := gateway.abi.UnpackIntoInterface(out, "EmptyRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayExpired represents a Expired error raised by the Gateway contract.
type GatewayExpired struct {
	Deadline uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Expired(uint64 deadline)
func GatewayExpiredErrorID() common.Hash {
	return common.HexToHash("0x956936532b954ff74e062815c0174f8bd1500115ed3dd2adb3c66e2ac6109668")
}

// UnpackExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Expired(uint64 deadline)
func (gateway *Gateway) UnpackExpiredError(raw []byte) (*GatewayExpired, error) {
	out := new(GatewayExpired)
	if err := gateway.abi.UnpackIntoInterface(out, "Expired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayIsPaused represents a IsPaused error raised by the Gateway contract.
type GatewayIsPaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IsPaused()
func GatewayIsPausedErrorID() common.Hash {
	return common.HexToHash("0x1309a5639731e6b91c4aa19095f23eee07602ba240a393e2b5ccbf71a8e2952f")
}

// UnpackIsPausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IsPaused()
func (gateway *Gateway) UnpackIsPausedError(raw []byte) (*GatewayIsPaused, error) {
	out := new(GatewayIsPaused)
	if err := gateway.abi.UnpackIntoInterface(out, "IsPaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayNotAllowed represents a NotAllowed error raised by the Gateway contract.
type GatewayNotAllowed struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAllowed(address caller)
func GatewayNotAllowedErrorID() common.Hash {
	return common.HexToHash("0xfa5cd00ff5c4577b9857716999b0b260131d9f5bcbb69f0fa80d6ba972753c88")
}

// UnpackNotAllowedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAllowed(address caller)
func (gateway *Gateway) UnpackNotAllowedError(raw []byte) (*GatewayNotAllowed, error) {
	out := new(GatewayNotAllowed)
	if err := gateway.abi.UnpackIntoInterface(out, "NotAllowed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayNotAlternative represents a NotAlternative error raised by the Gateway contract.
type GatewayNotAlternative struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAlternative(string why)
func GatewayNotAlternativeErrorID() common.Hash {
	return common.HexToHash("0x119e230b315663f47119a7753b9960b73a98068ca47eed9ad2eb003726d0488b")
}

// UnpackNotAlternativeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAlternative(string why)
func (gateway *Gateway) UnpackNotAlternativeError(raw []byte) (*GatewayNotAlternative, error) {
	out := new(GatewayNotAlternative)
	if err := gateway.abi.UnpackIntoInterface(out, "NotAlternative", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayNotOwner represents a NotOwner error raised by the Gateway contract.
type GatewayNotOwner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner()
func GatewayNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x30cd74712f59d478562d48e2d35de830db72c60a63dd08ae59199eec990b5bc4")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner()
func (gateway *Gateway) UnpackNotOwnerError(raw []byte) (*GatewayNotOwner, error) {
	out := new(GatewayNotOwner)
	if err := gateway.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayNotParked represents a NotParked error raised by the Gateway contract.
type GatewayNotParked struct {
	TransferId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotParked(bytes32 transferId)
func GatewayNotParkedErrorID() common.Hash {
	return common.HexToHash("0xccbe2fd7ff99ab6ba956c41c497bfa53a18ca5c70b0bf71bcab3afeebe61d8f9")
}

// UnpackNotParkedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotParked(bytes32 transferId)
func (gateway *Gateway) UnpackNotParkedError(raw []byte) (*GatewayNotParked, error) {
	out := new(GatewayNotParked)
	if err := gateway.abi.UnpackIntoInterface(out, "NotParked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayNotPauser represents a NotPauser error raised by the Gateway contract.
type GatewayNotPauser struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPauser()
func GatewayNotPauserErrorID() common.Hash {
	return common.HexToHash("0x492f6781990f089ef1c9cc82418ca3bcc261fbf6004c4e65cbb104af186dd9c0")
}

// UnpackNotPauserError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPauser()
func (gateway *Gateway) UnpackNotPauserError(raw []byte) (*GatewayNotPauser, error) {
	out := new(GatewayNotPauser)
	if err := gateway.abi.UnpackIntoInterface(out, "NotPauser", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayOffRoute represents a OffRoute error raised by the Gateway contract.
type GatewayOffRoute struct {
	Why string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OffRoute(string why)
func GatewayOffRouteErrorID() common.Hash {
	return common.HexToHash("0xac5b3b3aaf4b81e1366b88cc742cdad86557e7ad77ff1e58ab8bc20e7a31f7ec")
}

// UnpackOffRouteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OffRoute(string why)
func (gateway *Gateway) UnpackOffRouteError(raw []byte) (*GatewayOffRoute, error) {
	out := new(GatewayOffRoute)
	if err := gateway.abi.UnpackIntoInterface(out, "OffRoute", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayOnlySelf represents a OnlySelf error raised by the Gateway contract.
type GatewayOnlySelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySelf()
func GatewayOnlySelfErrorID() common.Hash {
	return common.HexToHash("0x14d4a4e8a5140da60b7a280478fb427da973ca582a83cf5dbad8c5f2abee9ba4")
}

// UnpackOnlySelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySelf()
func (gateway *Gateway) UnpackOnlySelfError(raw []byte) (*GatewayOnlySelf, error) {
	out := new(GatewayOnlySelf)
	if err := gateway.abi.UnpackIntoInterface(out, "OnlySelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayReentrant represents a Reentrant error raised by the Gateway contract.
type GatewayReentrant struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrant()
func GatewayReentrantErrorID() common.Hash {
	return common.HexToHash("0xed3ba6a62877a99990a32617b4e001f2c85c7886f010c9b166e8438fd38bcb40")
}

// UnpackReentrantError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrant()
func (gateway *Gateway) UnpackReentrantError(raw []byte) (*GatewayReentrant, error) {
	out := new(GatewayReentrant)
	if err := gateway.abi.UnpackIntoInterface(out, "Reentrant", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayRouteTooLong represents a RouteTooLong error raised by the Gateway contract.
type GatewayRouteTooLong struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RouteTooLong()
func GatewayRouteTooLongErrorID() common.Hash {
	return common.HexToHash("0xcf48a36a733ea6578e1c068febf2e5115457ef3b001b92713492e4172f2856e1")
}

// UnpackRouteTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RouteTooLong()
func (gateway *Gateway) UnpackRouteTooLongError(raw []byte) (*GatewayRouteTooLong, error) {
	out := new(GatewayRouteTooLong)
	if err := gateway.abi.UnpackIntoInterface(out, "RouteTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayTransferFailed represents a TransferFailed error raised by the Gateway contract.
type GatewayTransferFailed struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed(address token)
func GatewayTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x39f1c8d9a08940175dbc82f15840b953aa855264e371e68f3e5d5cb38c445fa0")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed(address token)
func (gateway *Gateway) UnpackTransferFailedError(raw []byte) (*GatewayTransferFailed, error) {
	out := new(GatewayTransferFailed)
	if err := gateway.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayUnknownKind represents a UnknownKind error raised by the Gateway contract.
type GatewayUnknownKind struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownKind(uint8 kind)
func GatewayUnknownKindErrorID() common.Hash {
	return common.HexToHash("0xbd3c90894f7b5a9cce89be28990c5c48eeecbdbc851f01ad4d59a4a38d093e0b")
}

// UnpackUnknownKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownKind(uint8 kind)
func (gateway *Gateway) UnpackUnknownKindError(raw []byte) (*GatewayUnknownKind, error) {
	out := new(GatewayUnknownKind)
	if err := gateway.abi.UnpackIntoInterface(out, "UnknownKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayUnknownPeerGateway represents a UnknownPeerGateway error raised by the Gateway contract.
type GatewayUnknownPeerGateway struct {
	ChainId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownPeerGateway(uint256 chainId)
func GatewayUnknownPeerGatewayErrorID() common.Hash {
	return common.HexToHash("0x2624783330bfb7d52c56235352f007c3e3d2bf567ca223980c587cfff5416e0d")
}

// UnpackUnknownPeerGatewayError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownPeerGateway(uint256 chainId)
func (gateway *Gateway) UnpackUnknownPeerGatewayError(raw []byte) (*GatewayUnknownPeerGateway, error) {
	out := new(GatewayUnknownPeerGateway)
	if err := gateway.abi.UnpackIntoInterface(out, "UnknownPeerGateway", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayUntrustedBridge represents a UntrustedBridge error raised by the Gateway contract.
type GatewayUntrustedBridge struct {
	Bridge common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UntrustedBridge(address bridge)
func GatewayUntrustedBridgeErrorID() common.Hash {
	return common.HexToHash("0x954bfad7dfd3e4856740f536bd709cf700ce0b904e47726243a2eb6205d9567b")
}

// UnpackUntrustedBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UntrustedBridge(address bridge)
func (gateway *Gateway) UnpackUntrustedBridgeError(raw []byte) (*GatewayUntrustedBridge, error) {
	out := new(GatewayUntrustedBridge)
	if err := gateway.abi.UnpackIntoInterface(out, "UntrustedBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayWrongChain represents a WrongChain error raised by the Gateway contract.
type GatewayWrongChain struct {
	ChainId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChain(uint256 chainId)
func GatewayWrongChainErrorID() common.Hash {
	return common.HexToHash("0xbd407ddac37c55f272e363869c6ab0a2f917eb41b1509179e2479630a2f6f917")
}

// UnpackWrongChainError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChain(uint256 chainId)
func (gateway *Gateway) UnpackWrongChainError(raw []byte) (*GatewayWrongChain, error) {
	out := new(GatewayWrongChain)
	if err := gateway.abi.UnpackIntoInterface(out, "WrongChain", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayWrongToken represents a WrongToken error raised by the Gateway contract.
type GatewayWrongToken struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongToken(address token)
func GatewayWrongTokenErrorID() common.Hash {
	return common.HexToHash("0x38f74fa8f26996c8fbcaa97a1116dacf9e6e78e43b4c27b955863a12fb6babb8")
}

// UnpackWrongTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongToken(address token)
func (gateway *Gateway) UnpackWrongTokenError(raw []byte) (*GatewayWrongToken, error) {
	out := new(GatewayWrongToken)
	if err := gateway.abi.UnpackIntoInterface(out, "WrongToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayZeroAddress represents a ZeroAddress error raised by the Gateway contract.
type GatewayZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func GatewayZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (gateway *Gateway) UnpackZeroAddressError(raw []byte) (*GatewayZeroAddress, error) {
	out := new(GatewayZeroAddress)
	if err := gateway.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GatewayZeroAmount represents a ZeroAmount error raised by the Gateway contract.
type GatewayZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func GatewayZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (gateway *Gateway) UnpackZeroAmountError(raw []byte) (*GatewayZeroAmount, error) {
	out := new(GatewayZeroAmount)
	if err := gateway.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}
