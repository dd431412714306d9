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

// StraitProxyMetaData contains all meta data concerning the StraitProxy contract.
var StraitProxyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"admin_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"initData\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"NotContract\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAdmin\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"previousAdmin\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"AdminChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"}],\"name\":\"Upgraded\",\"type\":\"event\"},{\"stateMutability\":\"payable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newAdmin\",\"type\":\"address\"}],\"name\":\"changeAdmin\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"implementation\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"upgradeToAndCall\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "StraitProxy",
	Bin: "0x60806040526040516107483803806107488339810160408190526100229161020f565b61002b8361004d565b610034826100e1565b805115610045576100458382610171565b5050506102f6565b806001600160a01b03163b5f036100865760405163b5cf5b8f60e01b81526001600160a01b038216600482015260240160405180910390fd5b7f360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc8181556040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a25050565b6001600160a01b03811661010857604051633944ed8760e11b815260040160405180910390fd5b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f61013e5f5160206107285f395f51905f525490565b604080516001600160a01b03928316815291841660208301520160405180910390a15f5160206107285f395f51905f5255565b5f5f836001600160a01b03168360405161018b91906102e0565b5f60405180830381855af49150503d805f81146101c3576040519150601f19603f3d011682016040523d82523d5f602084013e6101c8565b606091505b5091509150816101da57805160208201fd5b50505050565b80516001600160a01b03811681146101f6575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f60608486031215610221575f5ffd5b61022a846101e0565b9250610238602085016101e0565b60408501519092506001600160401b03811115610253575f5ffd5b8401601f81018613610263575f5ffd5b80516001600160401b0381111561027c5761027c6101fb565b604051601f8201601f19908116603f011681016001600160401b03811182821017156102aa576102aa6101fb565b6040528181528282016020018810156102c1575f5ffd5b8160208401602083015e5f602083830101528093505050509250925092565b5f82518060208501845e5f920191825250919050565b610425806103035f395ff3fe60806040526004361061002c575f3560e01c80634f1ef286146100685780638f2839701461007b57610050565b366100505761004e6100495f5160206104055f395f51905f525490565b61009a565b005b61004e6100495f5160206104055f395f51905f525490565b61004e610076366004610330565b6100bd565b348015610086575f5ffd5b5061004e6100953660046103ae565b61014a565b365f5f375f5f365f845af43d5f5f3e8080156100b4573d5ff35b3d5ffd5b505050565b5f5160206103e55f395f51905f52546001600160a01b0316336001600160a01b0316146100fc576100fc6100495f5160206104055f395f51905f525490565b61010583610195565b80156100b8576100b88383838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061021692505050565b5f5160206103e55f395f51905f52546001600160a01b0316336001600160a01b031614610189576101896100495f5160206104055f395f51905f525490565b61019281610285565b50565b806001600160a01b03163b5f036101ce5760405163b5cf5b8f60e01b81526001600160a01b038216600482015260240160405180910390fd5b5f5160206104055f395f51905f528181556040516001600160a01b038316907fbc7cd75a20ee27fd9adebab32041f755214dbc6bffa90cc0225b39da2e5c2d3b905f90a25050565b5f5f836001600160a01b03168360405161023091906103ce565b5f60405180830381855af49150503d805f8114610268576040519150601f19603f3d011682016040523d82523d5f602084013e61026d565b606091505b50915091508161027f57805160208201fd5b50505050565b6001600160a01b0381166102ac57604051633944ed8760e11b815260040160405180910390fd5b7f7e644d79422f17c01e4894b5f4f588d331ebfa28653d42ae832dc59e38c9798f6102e25f5160206103e55f395f51905f525490565b604080516001600160a01b03928316815291841660208301520160405180910390a15f5160206103e55f395f51905f5255565b80356001600160a01b038116811461032b575f5ffd5b919050565b5f5f5f60408486031215610342575f5ffd5b61034b84610315565b9250602084013567ffffffffffffffff811115610366575f5ffd5b8401601f81018613610376575f5ffd5b803567ffffffffffffffff81111561038c575f5ffd5b86602082840101111561039d575f5ffd5b939660209190910195509293505050565b5f602082840312156103be575f5ffd5b6103c782610315565b9392505050565b5f82518060208501845e5f92019182525091905056feb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbcb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103",
}

// StraitProxy is an auto generated Go binding around an Ethereum contract.
type StraitProxy struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StraitProxy) GetABI() abi.ABI {
	return c.abi
}

// NewStraitProxy creates a new instance of StraitProxy.
func NewStraitProxy() *StraitProxy {
	parsed, err := StraitProxyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StraitProxy{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StraitProxy) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address implementation, address admin_, bytes initData) payable returns()
func (straitProxy *StraitProxy) PackConstructor(implementation common.Address, admin_ common.Address, initData []byte) []byte {
	enc, err := straitProxy.abi.Pack("", implementation, admin_, initData)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackChangeAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f283970.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeAdmin(address newAdmin) returns()
func (straitProxy *StraitProxy) PackChangeAdmin(newAdmin common.Address) []byte {
	enc, err := straitProxy.abi.Pack("changeAdmin", newAdmin)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeAdmin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f283970.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeAdmin(address newAdmin) returns()
func (straitProxy *StraitProxy) TryPackChangeAdmin(newAdmin common.Address) ([]byte, error) {
	return straitProxy.abi.Pack("changeAdmin", newAdmin)
}

// PackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function upgradeToAndCall(address implementation, bytes data) payable returns()
func (straitProxy *StraitProxy) PackUpgradeToAndCall(implementation common.Address, data []byte) []byte {
	enc, err := straitProxy.abi.Pack("upgradeToAndCall", implementation, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUpgradeToAndCall is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f1ef286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function upgradeToAndCall(address implementation, bytes data) payable returns()
func (straitProxy *StraitProxy) TryPackUpgradeToAndCall(implementation common.Address, data []byte) ([]byte, error) {
	return straitProxy.abi.Pack("upgradeToAndCall", implementation, data)
}

// StraitProxyAdminChanged represents a AdminChanged event raised by the StraitProxy contract.
type StraitProxyAdminChanged struct {
	PreviousAdmin common.Address
	NewAdmin      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const StraitProxyAdminChangedEventName = "AdminChanged"

// ContractEventName returns the user-defined event name.
func (StraitProxyAdminChanged) ContractEventName() string {
	return StraitProxyAdminChangedEventName
}

// UnpackAdminChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AdminChanged(address previousAdmin, address newAdmin)
func (straitProxy *StraitProxy) UnpackAdminChangedEvent(log *types.Log) (*StraitProxyAdminChanged, error) {
	event := "AdminChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != straitProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StraitProxyAdminChanged)
	if len(log.Data) > 0 {
		if err := straitProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range straitProxy.abi.Events[event].Inputs {
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

// StraitProxyUpgraded represents a Upgraded event raised by the StraitProxy contract.
type StraitProxyUpgraded struct {
	Implementation common.Address
	Raw            *types.Log // Blockchain specific contextual infos
}

const StraitProxyUpgradedEventName = "Upgraded"

// ContractEventName returns the user-defined event name.
func (StraitProxyUpgraded) ContractEventName() string {
	return StraitProxyUpgradedEventName
}

// UnpackUpgradedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Upgraded(address indexed implementation)
func (straitProxy *StraitProxy) UnpackUpgradedEvent(log *types.Log) (*StraitProxyUpgraded, error) {
	event := "Upgraded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != straitProxy.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StraitProxyUpgraded)
	if len(log.Data) > 0 {
		if err := straitProxy.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range straitProxy.abi.Events[event].Inputs {
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
func (straitProxy *StraitProxy) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], straitProxy.abi.Errors["NotContract"].ID.Bytes()[:4]) {
		return straitProxy.UnpackNotContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], straitProxy.abi.Errors["ZeroAdmin"].ID.Bytes()[:4]) {
		return straitProxy.UnpackZeroAdminError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StraitProxyNotContract represents a NotContract error raised by the StraitProxy contract.
type StraitProxyNotContract struct {
	Implementation common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotContract(address implementation)
func StraitProxyNotContractErrorID() common.Hash {
	return common.HexToHash("0xb5cf5b8f9e4c73499e2ee55d0c3e1a52beec51a34b7757aab20a53c3c11acc22")
}

// UnpackNotContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotContract(address implementation)
func (straitProxy *StraitProxy) UnpackNotContractError(raw []byte) (*StraitProxyNotContract, error) {
	out := new(StraitProxyNotContract)
	if err := straitProxy.abi.UnpackIntoInterface(out, "NotContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StraitProxyZeroAdmin represents a ZeroAdmin error raised by the StraitProxy contract.
type StraitProxyZeroAdmin struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAdmin()
func StraitProxyZeroAdminErrorID() common.Hash {
	return common.HexToHash("0x7289db0ee0abc296040261a52ff209c8991a9c7f7acbaa6b5a604acd8f843b3b")
}

// UnpackZeroAdminError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAdmin()
func (straitProxy *StraitProxy) UnpackZeroAdminError(raw []byte) (*StraitProxyZeroAdmin, error) {
	out := new(StraitProxyZeroAdmin)
	if err := straitProxy.abi.UnpackIntoInterface(out, "ZeroAdmin", raw); err != nil {
		return nil, err
	}
	return out, nil
}
