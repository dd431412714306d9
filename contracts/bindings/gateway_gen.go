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
}

// GatewayMetaData contains all meta data concerning the Gateway contract.
var GatewayMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyStarted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyRoute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"Expired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"why\",\"type\":\"string\"}],\"name\":\"OffRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RouteTooLong\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"UnknownKind\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"UnknownPeerGateway\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"UntrustedBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"BridgeTrusted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"hop\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"HopForwarded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"PeerGatewaySet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Stranded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"StrandedReturned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"TransferRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"name\":\"TransferStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"KIND_LIQUIDITY\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_LOCKMINT\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"KIND_WORMHOLE\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"decodePayload\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structGateway.Route\",\"name\":\"r\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"name\":\"forward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"onStraitReceive\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"peerGateway\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"rescueStranded\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"}],\"name\":\"routeHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"peer\",\"type\":\"address\"}],\"name\":\"setPeerGateway\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"trusted\",\"type\":\"bool\"}],\"name\":\"setTrustedBridge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"components\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"maxFee\",\"type\":\"uint256\"}],\"internalType\":\"structGateway.Hop[]\",\"name\":\"hops\",\"type\":\"tuple[]\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"}],\"internalType\":\"structGateway.Route\",\"name\":\"route\",\"type\":\"tuple\"}],\"name\":\"start\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"transfers\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"routeHash\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"refundTo\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"deadline\",\"type\":\"uint64\"},{\"internalType\":\"uint8\",\"name\":\"nextHop\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"trustedBridge\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Gateway",
	Bin: "0x6080604052348015600e575f5ffd5b506001805460ff60a81b1916600160a81b1790556126238061002f5f395ff3fe608060405234801561000f575f5ffd5b506004361061013d575f3560e01c80638456cb59116100b45780639fd0506d116100795780639fd0506d14610327578063b2fb5dbb1461033a578063b876522e1461034d578063cba708e614610360578063efdd0fde14610368578063f2fde38b14610390575f5ffd5b80638456cb59146102b85780638da5cb5b146102c05780638f462449146102ea578063937a07e3146102fd5780639b46e01014610305575f5ffd5b806354dee9ea1161010557806354dee9ea1461022057806355717442146102335780635c975abb1461024657806360ae1ceb1461026a5780636fb5f2b21461027d57806371afbddf1461029e575f5ffd5b8063197c6e77146101415780632d88af4a1461016b5780633c64f04b146101805780633f4ba83a14610205578063485cc9551461020d575b5f5ffd5b61015461014f36600461197a565b6103a3565b604051610162929190611a94565b60405180910390f35b61017e610179366004611adc565b6103dd565b005b6101cc61018e366004611afe565b60326020525f9081526040902080546001909101546001600160a01b03811690600160a01b81046001600160401b031690600160e01b900460ff1684565b604080519485526001600160a01b0390931660208501526001600160401b039091169183019190915260ff166060820152608001610162565b61017e610450565b61017e61021b366004611b15565b6104b3565b61017e61022e366004611b62565b6104fe565b61017e610241366004611bc7565b61096c565b60015461025a90600160a01b900460ff1681565b6040519015158152602001610162565b61017e610278366004611bf7565b6109fa565b61029061028b366004611c23565b610a7b565b604051908152602001610162565b6102a6600181565b60405160ff9091168152602001610162565b61017e610aaa565b5f546102d2906001600160a01b031681565b6040516001600160a01b039091168152602001610162565b61017e6102f8366004611c5c565b610b2c565b6102a6600381565b61025a610313366004611adc565b60306020525f908152604090205460ff1681565b6001546102d2906001600160a01b031681565b61017e610348366004611cc0565b610d64565b61017e61035b366004611d05565b610e48565b6102a6600281565b6102d2610376366004611afe565b60316020525f90815260409020546001600160a01b031681565b61017e61039e366004611adc565b611158565b6040805160808101825260608082525f602083018190529282018390528101829052906103d284840185611f72565b909590945092505050565b5f546001600160a01b03163314610407576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a250565b5f546001600160a01b0316331461047a576040516330cd747160e01b815260040160405180910390fd5b6001805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b600154600160a81b900460ff16156104dd5760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a81b1916600160a81b1790556104fa8282611202565b5050565b33301461051e5760405163029a949d60e31b815260040160405180910390fd5b600154600160a01b900460ff161561054957604051631309a56360e01b815260040160405180910390fd5b801580610561575061055b8280611fb3565b90508110155b156105a05760405163562d9d9d60e11b81526020600482015260096024820152680d0dee040d2dcc8caf60bb1b60448201526064015b60405180910390fd5b466105ab8380611fb3565b6105b660018561200b565b8181106105c5576105c5612024565b905060a0020160400135146106055760405163562d9d9d60e11b815260206004820152600560248201526431b430b4b760d91b6044820152606401610597565b5f6106108380611fb3565b61061b60018561200b565b81811061062a5761062a612024565b905060a0020160600160208101906106429190611adc565b6001600160a01b0316141580156106a657506001600160a01b0384166106688380611fb3565b61067360018561200b565b81811061068257610682612024565b905060a00201606001602081019061069a9190611adc565b6001600160a01b031614155b156106dc5760405163562d9d9d60e11b81526020600482015260056024820152643a37b5b2b760d91b6044820152606401610597565b426106ed6080840160608501612038565b6001600160401b0316116107305761070b6080830160608401612038565b604051639569365360e01b81526001600160401b039091166004820152602401610597565b5f8260405160200161074291906120e0565b60408051601f1981840301815291815281516020928301205f8981526032909352912080549192509061084a5760405180608001604052808381526020018560400160208101906107939190611adc565b6001600160a01b031681526020016107b16080870160608801612038565b6001600160401b031681526020016107ca856001612197565b60ff9081169091525f8981526032602090815260409182902084518155908401516001909101805492850151606090950151909316600160e01b0260ff60e01b196001600160401b03909516600160a01b026001600160e01b03199093166001600160a01b039092169190911791909117929092169190911790556108fc565b805482146108885760405163562d9d9d60e11b815260206004820152600a6024820152690e4deeae8ca40d0c2e6d60b31b6044820152606401610597565b6001810154600160e01b900460ff168310156108d45760405163562d9d9d60e11b815260206004820152600a602482015269686f70207265706c617960b01b6044820152606401610597565b6108df836001612197565b81600101601c6101000a81548160ff021916908360ff1602179055505b60408051848152602081018490526001600160a01b0388168183015260608101879052905188917f91e29d419b7fb2b13541173f35a497357bfbb5b943115346879178d3e3336548919081900360800190a261096387878761095d886121aa565b876112b8565b50505050505050565b5f546001600160a01b03163314610996576040516330cd747160e01b815260040160405180910390fd5b5f8281526031602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917ffabf70f4a38144616ec8f0b025e8db4a8830f9ff3f79570d110fb5667f91128b91015b60405180910390a25050565b5f546001600160a01b03163314610a24576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0382165f81815260306020908152604091829020805460ff191685151590811790915591519182527f356e4223cc1c774e4c45702841b367347bd6618274802280def9ee06b3b4d53791016109ee565b5f81604051602001610a8d91906120e0565b604051602081830303815290604052805190602001209050919050565b6001546001600160a01b03163314801590610acf57505f546001600160a01b03163314155b15610aed5760405163492f678160e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b600254600103610b4f5760405163769dd35360e11b815260040160405180910390fd5b6001600255335f9081526030602052604090205460ff16610b855760405163954bfad760e01b8152336004820152602401610597565b6040805160808101825260608082525f6020830181905292820183905281019190915260405163197c6e7760e01b81525f90309063197c6e7790610bcf90879087906004016121b5565b5f60405180830381865afa925050508015610c0b57506040513d5f823e601f3d908101601f19168201604052610c0891908101906121f9565b60015b610c5a57604080516001600160a01b03881681526020810187905288917fc4ec17a62f609eb13b59601fc2911d78ccdebc5ba6629b8c16ff29d65ff60f6f910160405180910390a25050610d59565b9092509050604051632a6f74f560e11b815230906354dee9ea90610c8a908a908a908a9088908890600401612356565b5f604051808303815f87803b158015610ca1575f5ffd5b505af1925050508015610cb2575060015b610d4f573d808015610cdf576040519150601f19603f3d011682016040523d82523d5f602084013e610ce4565b606091505b506040830151610cff906001600160a01b03891690886116fc565b82604001516001600160a01b0316887ffd485f471eae0696a45bfc1f457604848a7b22b7b4325015bf4f6db7ab3bd4d5898985604051610d41939291906123c2565b60405180910390a350610d56565b5050610d59565b50505b50505f600255505050565b5f546001600160a01b03163314610d8e576040516330cd747160e01b815260040160405180910390fd5b600254600103610db15760405163769dd35360e11b815260040160405180910390fd5b60016002556001600160a01b038216610ddd5760405163d92e233d60e01b815260040160405180910390fd5b610df16001600160a01b03841683836116fc565b604080516001600160a01b0380861682528416602082015290810182905284907f5167f7b96f3bc2b444fe26eff1d6f17e52efbc0c47c30f17e2ce1c9123c25e299060600160405180910390a250505f6002555050565b600154600160a01b900460ff1615610e7357604051631309a56360e01b815260040160405180910390fd5b600254600103610e965760405163769dd35360e11b815260040160405180910390fd5b60016002555f829003610ebc57604051631f2a200560e01b815260040160405180910390fd5b610ec68180611fb3565b90505f03610ee75760405163ea60ab1d60e01b815260040160405180910390fd5b6008610ef38280611fb3565b90501115610f14576040516367a451b560e11b815260040160405180910390fd5b42610f256080830160608401612038565b6001600160401b031611610f435761070b6080820160608301612038565b5f610f546060830160408401611adc565b6001600160a01b03161480610f8057505f610f756040830160208401611adc565b6001600160a01b0316145b15610f9e5760405163d92e233d60e01b815260040160405180910390fd5b5f8481526032602052604090205415610fcd57604051637bd0d56160e11b815260048101859052602401610597565b5f81604051602001610fdf91906120e0565b60408051601f19818403018152828252805160209182012060808401835280845293508201906110159060608601908601611adc565b6001600160a01b031681526020016110336080850160608601612038565b6001600160401b039081168252600160209283018190525f8981526032845260409081902085518155938501519390910180549185015160609095015160ff16600160e01b0260ff60e01b1995909316600160a01b026001600160e01b03199092166001600160a01b03948516179190911793909316179091556110bb908516333086611804565b33857ff923c7adac071f61cf43c21363c3ed97b0af598bf4496a6f7897c1cb622e74ff8686856110f16060890160408a01611adc565b61110160808a0160608b01612038565b604080516001600160a01b039687168152602081019590955284019290925290921660608201526001600160401b03909116608082015260a00160405180910390a3610d59858585611152866121aa565b5f6112b8565b5f546001600160a01b03163314611182576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b0381166111a95760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b6001600160a01b0382166112295760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560018054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216907fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a25050565b5f825f015182815181106112ce576112ce612024565b602090810291909101810151808201516001600160a01b03165f908152603090925260409091205490915060ff1661132a57602081015160405163954bfad760e01b81526001600160a01b039091166004820152602401610597565b8251515f9061133a846001612197565b6020860151911491506060826113bb576040808501515f908152603160205220546001600160a01b031691508161138c578360400151604051632624783360e01b815260040161059791815260200190565b85611398866001612197565b6040516020016113a9929190611a94565b60405160208183030381529060405290505b60208401516113d5906001600160a01b038a169089611904565b835160ff165f190161145d5783602001516001600160a01b031663928f25438a8a8a886040015187878d604001518e606001516040518963ffffffff1660e01b815260040161142b9897969594939291906123e8565b5f604051808303815f87803b158015611442575f5ffd5b505af1158015611454573d5f5f3e3d5ffd5b505050506116f1565b835160ff16600119016115f4575f846020015190505f604051806101a001604052808c815260200146815260200187602001516001600160a01b0316815260200187604001518152602001836001600160a01b031663116a01a489604001516040518263ffffffff1660e01b81526004016114da91815260200190565b602060405180830381865afa1580156114f5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906115199190612456565b6001600160a01b031681526020018b6001600160a01b0316815260200187606001516001600160a01b031681526020018a815260200187608001518152602001856001600160a01b0316815260200189604001516001600160a01b0316815260200189606001516001600160401b03168152602001848152509050816001600160a01b031663759c66c6826040518263ffffffff1660e01b81526004016115c09190612471565b5f604051808303815f87803b1580156115d7575f5ffd5b505af11580156115e9573d5f5f3e3d5ffd5b5050505050506116f1565b835160ff16600219016116d05783602001516001600160a01b031663576df8548a8a8a8860400151876001600160a01b03165f1b8c604051602001611639919061256e565b604051602081830303815290604052805190602001208a6116645761165f8d6001612197565b611666565b5f5b896040518963ffffffff1660e01b815260040161168a989796959493929190612580565b6020604051808303815f875af11580156116a6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116ca91906125d7565b506116f1565b835160405163bd3c908960e01b815260ff9091166004820152602401610597565b505050505050505050565b6040516001600160a01b038381166024830152604482018390525f91829186169063a9059cbb60e01b906064015b60408051601f198184030181529181526020820180516001600160e01b03166001600160e01b031990941693909317909252905161176891906125f2565b5f604051808303815f865af19150503d805f81146117a1576040519150601f19603f3d011682016040523d82523d5f602084013e6117a6565b606091505b50915091508115806117d457505f81511180156117d45750808060200190518101906117d29190612608565b155b156117fd576040516339f1c8d960e01b81526001600160a01b0386166004820152602401610597565b5050505050565b604080516001600160a01b0385811660248301528481166044830152606480830185905283518084039091018152608490920183526020820180516001600160e01b03166323b872dd60e01b17905291515f9283929088169161186791906125f2565b5f604051808303815f865af19150503d805f81146118a0576040519150601f19603f3d011682016040523d82523d5f602084013e6118a5565b606091505b50915091508115806118d357505f81511180156118d35750808060200190518101906118d19190612608565b155b156118fc576040516339f1c8d960e01b81526001600160a01b0387166004820152602401610597565b505050505050565b6040516001600160a01b038381166024830152604482018390525f91829186169063095ea7b360e01b9060640161172a565b5f5f83601f840112611946575f5ffd5b5081356001600160401b0381111561195c575f5ffd5b602083019150836020828501011115611973575f5ffd5b9250929050565b5f5f6020838503121561198b575f5ffd5b82356001600160401b038111156119a0575f5ffd5b6119ac85828601611936565b90969095509350505050565b8051608080845281519084018190525f9160200190829060a08601905b80831015611a3657835160ff815116835260018060a01b0360208201511660208401526040810151604084015260018060a01b036060820151166060840152608081015160808401525060a0820191506020840193506001830192506119d5565b5060208501519250611a5360208701846001600160a01b03169052565b60408501519250611a6f60408701846001600160a01b03169052565b60608501519250611a8b60608701846001600160401b03169052565b95945050505050565b604081525f611aa660408301856119b8565b90508260208301529392505050565b6001600160a01b0381168114611ac9575f5ffd5b50565b8035611ad781611ab5565b919050565b5f60208284031215611aec575f5ffd5b8135611af781611ab5565b9392505050565b5f60208284031215611b0e575f5ffd5b5035919050565b5f5f60408385031215611b26575f5ffd5b8235611b3181611ab5565b91506020830135611b4181611ab5565b809150509250929050565b5f60808284031215611b5c575f5ffd5b50919050565b5f5f5f5f5f60a08688031215611b76575f5ffd5b853594506020860135611b8881611ab5565b93506040860135925060608601356001600160401b03811115611ba9575f5ffd5b611bb588828901611b4c565b95989497509295608001359392505050565b5f5f60408385031215611bd8575f5ffd5b823591506020830135611b4181611ab5565b8015158114611ac9575f5ffd5b5f5f60408385031215611c08575f5ffd5b8235611c1381611ab5565b91506020830135611b4181611bea565b5f60208284031215611c33575f5ffd5b81356001600160401b03811115611c48575f5ffd5b611c5484828501611b4c565b949350505050565b5f5f5f5f5f60808688031215611c70575f5ffd5b853594506020860135611c8281611ab5565b93506040860135925060608601356001600160401b03811115611ca3575f5ffd5b611caf88828901611936565b969995985093965092949392505050565b5f5f5f5f60808587031215611cd3575f5ffd5b843593506020850135611ce581611ab5565b92506040850135611cf581611ab5565b9396929550929360600135925050565b5f5f5f5f60808587031215611d18575f5ffd5b843593506020850135611d2a81611ab5565b92506040850135915060608501356001600160401b03811115611d4b575f5ffd5b611d5787828801611b4c565b91505092959194509250565b634e487b7160e01b5f52604160045260245ffd5b604051608081016001600160401b0381118282101715611d9957611d99611d63565b60405290565b60405160a081016001600160401b0381118282101715611d9957611d99611d63565b604051601f8201601f191681016001600160401b0381118282101715611de957611de9611d63565b604052919050565b5f6001600160401b03821115611e0957611e09611d63565b5060051b60200190565b60ff81168114611ac9575f5ffd5b6001600160401b0381168114611ac9575f5ffd5b8035611ad781611e21565b5f60808284031215611e50575f5ffd5b611e58611d77565b905081356001600160401b03811115611e6f575f5ffd5b8201601f81018413611e7f575f5ffd5b8035611e92611e8d82611df1565b611dc1565b80828252602082019150602060a08402850101925086831115611eb3575f5ffd5b6020840193505b82841015611f335760a08488031215611ed1575f5ffd5b611ed9611d9f565b8435611ee481611e13565b81526020850135611ef481611ab5565b6020820152604085810135908201526060850135611f1181611ab5565b606082015260808581013590820152825260a090930192602090910190611eba565b845250611f4591505060208301611acc565b6020820152611f5660408301611acc565b6040820152611f6760608301611e35565b606082015292915050565b5f5f60408385031215611f83575f5ffd5b82356001600160401b03811115611f98575f5ffd5b611fa485828601611e40565b95602094909401359450505050565b5f5f8335601e19843603018112611fc8575f5ffd5b8301803591506001600160401b03821115611fe1575f5ffd5b602001915060a081023603821315611973575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b8181038181111561201e5761201e611ff7565b92915050565b634e487b7160e01b5f52603260045260245ffd5b5f60208284031215612048575f5ffd5b8135611af781611e21565b8183526020830192505f815f5b848110156120d657813561207381611e13565b60ff168652602082013561208681611ab5565b6001600160a01b031660208701526040828101359087015260608201356120ac81611ab5565b6001600160a01b031660608701526080828101359087015260a09586019590910190600101612060565b5093949350505050565b602081525f8235601e198436030181126120f8575f5ffd5b83016020810190356001600160401b03811115612113575f5ffd5b60a081023603821315612124575f5ffd5b6080602085015261213960a085018284612053565b91505061214860208501611acc565b6001600160a01b03811660408501525061216460408501611acc565b6001600160a01b03811660608501525061218060608501611e35565b6001600160401b0381166080850152509392505050565b8082018082111561201e5761201e611ff7565b5f61201e3683611e40565b60208152816020820152818360408301375f818301604090810191909152601f909201601f19160101919050565b8051611ad781611ab5565b8051611ad781611e21565b5f5f6040838503121561220a575f5ffd5b82516001600160401b0381111561221f575f5ffd5b830160808186031215612230575f5ffd5b612238611d77565b81516001600160401b0381111561224d575f5ffd5b8201601f8101871361225d575f5ffd5b805161226b611e8d82611df1565b80828252602082019150602060a0840285010192508983111561228c575f5ffd5b6020840193505b8284101561230c5760a0848b0312156122aa575f5ffd5b6122b2611d9f565b84516122bd81611e13565b815260208501516122cd81611ab5565b60208201526040858101519082015260608501516122ea81611ab5565b606082015260808581015190820152825260a090930192602090910190612293565b84525061231e915050602083016121e3565b602082015261232f604083016121e3565b6040820152612340606083016121ee565b6060820152602094909401519395939450505050565b85815260018060a01b038516602082015283604082015260a060608201525f61238260a08301856119b8565b90508260808301529695505050505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b0384168152826020820152606060408201525f611a8b6060830184612394565b8881526001600160a01b03888116602083015260408201889052606082018790528516608082015261010060a082018190525f9061242890830186612394565b6001600160a01b039490941660c0830152506001600160401b039190911660e0909101529695505050505050565b5f60208284031215612466575f5ffd5b8151611af781611ab5565b6020815281516020820152602082015160408201525f60408301516124a160608401826001600160a01b03169052565b506060830151608083015260808301516124c660a08401826001600160a01b03169052565b5060a08301516001600160a01b03811660c08401525060c08301516001600160a01b03811660e08401525060e08301516101008301526101008301516101208301526101208301516125246101408401826001600160a01b03169052565b506101408301516001600160a01b038116610160840152506101608301516001600160401b038116610180840152506101808301516101a080840152611c546101c0840182612394565b602081525f611af760208301846119b8565b88815260018060a01b03881660208201528660408201528560608201528460808201528360a082015260ff831660c082015261010060e08201525f6125c9610100830184612394565b9a9950505050505050505050565b5f602082840312156125e7575f5ffd5b8151611af781611e21565b5f82518060208501845e5f920191825250919050565b5f60208284031215612618575f5ffd5b8151611af781611bea56",
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

// PackDecodePayload is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x197c6e77.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64) r, uint256 next)
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
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64) r, uint256 next)
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
// Solidity: function decodePayload(bytes payload) pure returns(((uint8,address,uint256,address,uint256)[],address,address,uint64) r, uint256 next)
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
// the contract method with ID 0x54dee9ea.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forward(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64) route, uint256 next) returns()
func (gateway *Gateway) PackForward(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute, next *big.Int) []byte {
	enc, err := gateway.abi.Pack("forward", transferId, token, amount, route, next)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54dee9ea.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forward(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64) route, uint256 next) returns()
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
// the contract method with ID 0x6fb5f2b2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64) route) pure returns(bytes32)
func (gateway *Gateway) PackRouteHash(route GatewayRoute) []byte {
	enc, err := gateway.abi.Pack("routeHash", route)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRouteHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fb5f2b2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64) route) pure returns(bytes32)
func (gateway *Gateway) TryPackRouteHash(route GatewayRoute) ([]byte, error) {
	return gateway.abi.Pack("routeHash", route)
}

// UnpackRouteHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fb5f2b2.
//
// Solidity: function routeHash(((uint8,address,uint256,address,uint256)[],address,address,uint64) route) pure returns(bytes32)
func (gateway *Gateway) UnpackRouteHash(data []byte) ([32]byte, error) {
	out, err := gateway.abi.Unpack("routeHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
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
// the contract method with ID 0xb876522e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function start(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64) route) returns()
func (gateway *Gateway) PackStart(transferId [32]byte, token common.Address, amount *big.Int, route GatewayRoute) []byte {
	enc, err := gateway.abi.Pack("start", transferId, token, amount, route)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStart is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb876522e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function start(bytes32 transferId, address token, uint256 amount, ((uint8,address,uint256,address,uint256)[],address,address,uint64) route) returns()
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
	if bytes.Equal(raw[:4], gateway.abi.Errors["EmptyRoute"].ID.Bytes()[:4]) {
		return gateway.UnpackEmptyRouteError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["Expired"].ID.Bytes()[:4]) {
		return gateway.UnpackExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["IsPaused"].ID.Bytes()[:4]) {
		return gateway.UnpackIsPausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], gateway.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return gateway.UnpackNotOwnerError(raw[4:])
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
