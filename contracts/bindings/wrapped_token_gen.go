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

// WrappedTokenMetaData contains all meta data concerning the WrappedToken contract.
var WrappedTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"symbol_\",\"type\":\"string\"},{\"internalType\":\"uint8\",\"name\":\"decimals_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"bridge_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"canonicalChainId_\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"canonicalToken_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"allowance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientAllowance\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"balance\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"needed\",\"type\":\"uint256\"}],\"name\":\"InsufficientBalance\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotBridge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroRecipient\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bridge\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"burn\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"canonicalChainId\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"canonicalToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "WrappedToken",
	Bin: "0x610100604052348015610010575f5ffd5b50604051610c62380380610c6283398101604081905261002f9161012c565b8585855f61003d848261025f565b50600161004a838261025f565b5060ff1660805250506001600160a01b0392831660a05260c0919091521660e0525061031d915050565b634e487b7160e01b5f52604160045260245ffd5b5f82601f830112610097575f5ffd5b81516001600160401b038111156100b0576100b0610074565b604051601f8201601f19908116603f011681016001600160401b03811182821017156100de576100de610074565b6040528181528382016020018510156100f5575f5ffd5b8160208501602083015e5f918101602001919091529392505050565b80516001600160a01b0381168114610127575f5ffd5b919050565b5f5f5f5f5f5f60c08789031215610141575f5ffd5b86516001600160401b03811115610156575f5ffd5b61016289828a01610088565b602089015190975090506001600160401b0381111561017f575f5ffd5b61018b89828a01610088565b955050604087015160ff811681146101a1575f5ffd5b93506101af60608801610111565b9250608087015191506101c460a08801610111565b90509295509295509295565b600181811c908216806101e457607f821691505b60208210810361020257634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561025a578282111561025a57805f5260205f20601f840160051c602085101561023357505f5b90810190601f840160051c035f5b81811015610256575f83820155600101610241565b5050505b505050565b81516001600160401b0381111561027857610278610074565b61028c8161028684546101d0565b84610208565b6020601f8211600181146102be575f83156102a75750848201515b5f19600385901b1c1916600184901b178455610316565b5f84815260208120601f198516915b828110156102ed57878501518255602094850194600190920191016102cd565b508482101561030a57868401515f19600387901b60f8161c191681555b505060018360011b0184555b5050505050565b60805160a05160c05160e05161090461035e5f395f61021b01525f61012f01525f81816102840152818161044d01526104a401525f61018001526109045ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c806342966c6811610088578063a9059cbb11610063578063a9059cbb14610203578063ceb76b5514610216578063dd62ed3e14610255578063e78cea921461027f575f5ffd5b806342966c68146101c957806370a08231146101dc57806395d89b41146101fb575f5ffd5b806318160ddd116100c357806318160ddd1461015f57806323b872dd14610168578063313ce5671461017b57806340c10f19146101b4575f5ffd5b806306fdde03146100e9578063095ea7b3146101075780630c7bdd721461012a575b5f5ffd5b6100f16102a6565b6040516100fe9190610778565b60405180910390f35b61011a6101153660046107c8565b610331565b60405190151581526020016100fe565b6101517f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020016100fe565b61015160025481565b61011a6101763660046107f0565b61039d565b6101a27f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016100fe565b6101c76101c23660046107c8565b610442565b005b6101c76101d736600461082a565b610499565b6101516101ea366004610841565b60036020525f908152604090205481565b6100f16104ef565b61011a6102113660046107c8565b6104fc565b61023d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100fe565b610151610263366004610861565b600460209081525f928352604080842090915290825290205481565b61023d7f000000000000000000000000000000000000000000000000000000000000000081565b5f80546102b290610892565b80601f01602080910402602001604051908101604052809291908181526020018280546102de90610892565b80156103295780601f1061030057610100808354040283529160200191610329565b820191905f5260205f20905b81548152906001019060200180831161030c57829003601f168201915b505050505081565b335f8181526004602090815260408083206001600160a01b038716808552925280832085905551919290917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b9259061038b9086815260200190565b60405180910390a35060015b92915050565b6001600160a01b0383165f9081526004602090815260408083203384529091528120545f19811461042c57828110156103fe57604051630c95cf2760e11b815233600482015260248101829052604481018490526064015b60405180910390fd5b61040883826108de565b6001600160a01b0386165f9081526004602090815260408083203384529091529020555b610437858585610511565b506001949350505050565b336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461048b57604051637fea9dc560e01b815260040160405180910390fd5b610495828261061a565b5050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146104e257604051637fea9dc560e01b815260040160405180910390fd5b6104ec33826106c7565b50565b600180546102b290610892565b5f610508338484610511565b50600192915050565b6001600160a01b0382166105385760405163d27b444360e01b815260040160405180910390fd5b6001600160a01b0383165f908152600360205260409020548181101561058a5760405163db42144d60e01b81526001600160a01b038516600482015260248101829052604481018390526064016103f5565b6001600160a01b038085165f908152600360205260408082208585039055918516815290812080548492906105c09084906108f1565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161060c91815260200190565b60405180910390a350505050565b6001600160a01b0382166106415760405163d27b444360e01b815260040160405180910390fd5b8060025f82825461065291906108f1565b90915550506001600160a01b0382165f908152600360205260408120805483929061067e9084906108f1565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b6001600160a01b0382165f90815260036020526040902054818110156107195760405163db42144d60e01b81526001600160a01b038416600482015260248101829052604481018390526064016103f5565b6001600160a01b0383165f8181526003602090815260408083208686039055600280548790039055518581529192917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef910160405180910390a3505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107c3575f5ffd5b919050565b5f5f604083850312156107d9575f5ffd5b6107e2836107ad565b946020939093013593505050565b5f5f5f60608486031215610802575f5ffd5b61080b846107ad565b9250610819602085016107ad565b929592945050506040919091013590565b5f6020828403121561083a575f5ffd5b5035919050565b5f60208284031215610851575f5ffd5b61085a826107ad565b9392505050565b5f5f60408385031215610872575f5ffd5b61087b836107ad565b9150610889602084016107ad565b90509250929050565b600181811c908216806108a657607f821691505b6020821081036108c457634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610397576103976108ca565b80820180821115610397576103976108ca56",
}

// WrappedToken is an auto generated Go binding around an Ethereum contract.
type WrappedToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *WrappedToken) GetABI() abi.ABI {
	return c.abi
}

// NewWrappedToken creates a new instance of WrappedToken.
func NewWrappedToken() *WrappedToken {
	parsed, err := WrappedTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &WrappedToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *WrappedToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(string name_, string symbol_, uint8 decimals_, address bridge_, uint256 canonicalChainId_, address canonicalToken_) returns()
func (wrappedToken *WrappedToken) PackConstructor(name_ string, symbol_ string, decimals_ uint8, bridge_ common.Address, canonicalChainId_ *big.Int, canonicalToken_ common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("", name_, symbol_, decimals_, bridge_, canonicalChainId_, canonicalToken_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedToken *WrappedToken) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedToken *WrappedToken) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return wrappedToken.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (wrappedToken *WrappedToken) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackApprove(spender common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("approve", spender, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackApprove(spender common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("approve", spender, value)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackApprove(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedToken *WrappedToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := wrappedToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedToken *WrappedToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return wrappedToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (wrappedToken *WrappedToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridge() view returns(address)
func (wrappedToken *WrappedToken) PackBridge() []byte {
	enc, err := wrappedToken.abi.Pack("bridge")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridge is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe78cea92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridge() view returns(address)
func (wrappedToken *WrappedToken) TryPackBridge() ([]byte, error) {
	return wrappedToken.abi.Pack("bridge")
}

// UnpackBridge is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe78cea92.
//
// Solidity: function bridge() view returns(address)
func (wrappedToken *WrappedToken) UnpackBridge(data []byte) (common.Address, error) {
	out, err := wrappedToken.abi.Unpack("bridge", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function burn(uint256 value) returns()
func (wrappedToken *WrappedToken) PackBurn(value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("burn", value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBurn is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42966c68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function burn(uint256 value) returns()
func (wrappedToken *WrappedToken) TryPackBurn(value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("burn", value)
}

// PackCanonicalChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c7bdd72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalChainId() view returns(uint256)
func (wrappedToken *WrappedToken) PackCanonicalChainId() []byte {
	enc, err := wrappedToken.abi.Pack("canonicalChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c7bdd72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalChainId() view returns(uint256)
func (wrappedToken *WrappedToken) TryPackCanonicalChainId() ([]byte, error) {
	return wrappedToken.abi.Pack("canonicalChainId")
}

// UnpackCanonicalChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c7bdd72.
//
// Solidity: function canonicalChainId() view returns(uint256)
func (wrappedToken *WrappedToken) UnpackCanonicalChainId(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("canonicalChainId", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCanonicalToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb76b55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function canonicalToken() view returns(address)
func (wrappedToken *WrappedToken) PackCanonicalToken() []byte {
	enc, err := wrappedToken.abi.Pack("canonicalToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCanonicalToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xceb76b55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function canonicalToken() view returns(address)
func (wrappedToken *WrappedToken) TryPackCanonicalToken() ([]byte, error) {
	return wrappedToken.abi.Pack("canonicalToken")
}

// UnpackCanonicalToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xceb76b55.
//
// Solidity: function canonicalToken() view returns(address)
func (wrappedToken *WrappedToken) UnpackCanonicalToken(data []byte) (common.Address, error) {
	out, err := wrappedToken.abi.Unpack("canonicalToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) PackDecimals() []byte {
	enc, err := wrappedToken.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) TryPackDecimals() ([]byte, error) {
	return wrappedToken.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (wrappedToken *WrappedToken) UnpackDecimals(data []byte) (uint8, error) {
	out, err := wrappedToken.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 value) returns()
func (wrappedToken *WrappedToken) PackMint(to common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("mint", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 value) returns()
func (wrappedToken *WrappedToken) TryPackMint(to common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("mint", to, value)
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) PackName() []byte {
	enc, err := wrappedToken.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) TryPackName() ([]byte, error) {
	return wrappedToken.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (wrappedToken *WrappedToken) UnpackName(data []byte) (string, error) {
	out, err := wrappedToken.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) PackSymbol() []byte {
	enc, err := wrappedToken.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) TryPackSymbol() ([]byte, error) {
	return wrappedToken.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (wrappedToken *WrappedToken) UnpackSymbol(data []byte) (string, error) {
	out, err := wrappedToken.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) PackTotalSupply() []byte {
	enc, err := wrappedToken.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) TryPackTotalSupply() ([]byte, error) {
	return wrappedToken.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (wrappedToken *WrappedToken) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := wrappedToken.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackTransfer(to common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("transfer", to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackTransfer(to common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("transfer", to, value)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) PackTransferFrom(from common.Address, to common.Address, value *big.Int) []byte {
	enc, err := wrappedToken.abi.Pack("transferFrom", from, to, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) TryPackTransferFrom(from common.Address, to common.Address, value *big.Int) ([]byte, error) {
	return wrappedToken.abi.Pack("transferFrom", from, to, value)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 value) returns(bool)
func (wrappedToken *WrappedToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := wrappedToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// WrappedTokenApproval represents a Approval event raised by the WrappedToken contract.
type WrappedTokenApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const WrappedTokenApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (WrappedTokenApproval) ContractEventName() string {
	return WrappedTokenApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (wrappedToken *WrappedToken) UnpackApprovalEvent(log *types.Log) (*WrappedTokenApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTokenApproval)
	if len(log.Data) > 0 {
		if err := wrappedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedToken.abi.Events[event].Inputs {
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

// WrappedTokenTransfer represents a Transfer event raised by the WrappedToken contract.
type WrappedTokenTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const WrappedTokenTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (WrappedTokenTransfer) ContractEventName() string {
	return WrappedTokenTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (wrappedToken *WrappedToken) UnpackTransferEvent(log *types.Log) (*WrappedTokenTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != wrappedToken.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(WrappedTokenTransfer)
	if len(log.Data) > 0 {
		if err := wrappedToken.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range wrappedToken.abi.Events[event].Inputs {
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
func (wrappedToken *WrappedToken) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["InsufficientAllowance"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackInsufficientAllowanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["InsufficientBalance"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackInsufficientBalanceError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["NotBridge"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackNotBridgeError(raw[4:])
	}
	if bytes.Equal(raw[:4], wrappedToken.abi.Errors["ZeroRecipient"].ID.Bytes()[:4]) {
		return wrappedToken.UnpackZeroRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// WrappedTokenInsufficientAllowance represents a InsufficientAllowance error raised by the WrappedToken contract.
type WrappedTokenInsufficientAllowance struct {
	Spender   common.Address
	Allowance *big.Int
	Needed    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func WrappedTokenInsufficientAllowanceErrorID() common.Hash {
	return common.HexToHash("0x192b9e4ebc4a4fb7dd02b679453572cd28ba5c859d02dc04b21a8c00bc0a41f0")
}

// UnpackInsufficientAllowanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientAllowance(address spender, uint256 allowance, uint256 needed)
func (wrappedToken *WrappedToken) UnpackInsufficientAllowanceError(raw []byte) (*WrappedTokenInsufficientAllowance, error) {
	out := new(WrappedTokenInsufficientAllowance)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "InsufficientAllowance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenInsufficientBalance represents a InsufficientBalance error raised by the WrappedToken contract.
type WrappedTokenInsufficientBalance struct {
	From    common.Address
	Balance *big.Int
	Needed  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBalance(address from, uint256 balance, uint256 needed)
func WrappedTokenInsufficientBalanceErrorID() common.Hash {
	return common.HexToHash("0xdb42144d928cd19733b9dfeead8bc02ed403845c274e06a6eee0944fb25ca5c4")
}

// UnpackInsufficientBalanceError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBalance(address from, uint256 balance, uint256 needed)
func (wrappedToken *WrappedToken) UnpackInsufficientBalanceError(raw []byte) (*WrappedTokenInsufficientBalance, error) {
	out := new(WrappedTokenInsufficientBalance)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "InsufficientBalance", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenNotBridge represents a NotBridge error raised by the WrappedToken contract.
type WrappedTokenNotBridge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotBridge()
func WrappedTokenNotBridgeErrorID() common.Hash {
	return common.HexToHash("0x7fea9dc5767ac4b36a9ff237b0759bb2cace1063d7ac36dc2fd31d7b98e58aab")
}

// UnpackNotBridgeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotBridge()
func (wrappedToken *WrappedToken) UnpackNotBridgeError(raw []byte) (*WrappedTokenNotBridge, error) {
	out := new(WrappedTokenNotBridge)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "NotBridge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// WrappedTokenZeroRecipient represents a ZeroRecipient error raised by the WrappedToken contract.
type WrappedTokenZeroRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRecipient()
func WrappedTokenZeroRecipientErrorID() common.Hash {
	return common.HexToHash("0xd27b44434400f41bccba90cdfad4d72c6c290b6d2304333570252b0a1dc90ded")
}

// UnpackZeroRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRecipient()
func (wrappedToken *WrappedToken) UnpackZeroRecipientError(raw []byte) (*WrappedTokenZeroRecipient, error) {
	out := new(WrappedTokenZeroRecipient)
	if err := wrappedToken.abi.UnpackIntoInterface(out, "ZeroRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}
