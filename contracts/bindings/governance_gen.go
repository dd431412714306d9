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

// GovernanceMetaData contains all meta data concerning the Governance contract.
var GovernanceMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"signers_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"delay_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyConfirmed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"AlreadyExecuted\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadThreshold\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"DuplicateSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"NotQueued\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSelf\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"TooEarly\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownProposal\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"Confirmed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"EmergencyPause\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"Executed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"proposer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"Proposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"Queued\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"confirm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"confirmed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"delay\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"}],\"name\":\"emergencyPause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"execute\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isSigner\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proposalCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"proposals\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"confirmations\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"executed\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"propose\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"delay_\",\"type\":\"uint256\"}],\"name\":\"setDelay\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"signers_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setSigners\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signerCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"signers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"threshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "Governance",
	Bin: "0x608060405234801561000f575f5ffd5b5060405161122838038061122883398101604081905261002e916101d8565b6100388383610043565b600355506102c89050565b8015806100505750815181115b1561006e5760405163b891a4fb60e01b815260040160405180910390fd5b6100785f80610173565b5f5b825181101561016c575f838281518110610096576100966102b4565b602002602001015190505f6001600160a01b0316816001600160a01b031614806100d757506001600160a01b0381165f9081526001602052604090205460ff165b1561010457604051637010e27960e11b81526001600160a01b038216600482015260240160405180910390fd5b6001600160a01b03165f8181526001602081905260408220805460ff191682179055815480820183559180527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390910180546001600160a01b0319169092179091550161007a565b5060025550565b5080545f8255905f5260205f209061018b919061018d565b565b5f5b808211156101a4575f8184015560010161018f565b505050565b634e487b7160e01b5f52604160045260245ffd5b80516001600160a01b03811681146101d3575f5ffd5b919050565b5f5f5f606084860312156101ea575f5ffd5b83516001600160401b038111156101ff575f5ffd5b8401601f8101861361020f575f5ffd5b80516001600160401b03811115610228576102286101a9565b604051600582901b90603f8201601f191681016001600160401b0381118282101715610256576102566101a9565b604052918252602081840181019290810189841115610273575f5ffd5b6020850194505b838510156102995761028b856101bd565b81526020948501940161027a565b50602088015160409098015190999798509695505050505050565b634e487b7160e01b5f52603260045260245ffd5b610f53806102d55f395ff3fe6080604052600436106100dc575f3560e01c80638790c1de1161007c578063ba0179b511610057578063ba0179b514610279578063da35c66414610298578063e177246e146102ad578063fe0d94c1146102cc575f5ffd5b80638790c1de1461020257806393ba3f151461023b578063b43689041461025a575f5ffd5b80636a42b8f8116100b75780636a42b8f81461017b5780637041b48a146101905780637ca548c6146101b15780637df73e27146101c4575f5ffd5b8063013cf08b146100e75780632079fb9a1461012157806342cde4e814610158575f5ffd5b366100e357005b5f5ffd5b3480156100f2575f5ffd5b50610106610101366004610acb565b6102ec565b60405161011896959493929190610b10565b60405180910390f35b34801561012c575f5ffd5b5061014061013b366004610acb565b6103b5565b6040516001600160a01b039091168152602001610118565b348015610163575f5ffd5b5061016d60025481565b604051908152602001610118565b348015610186575f5ffd5b5061016d60035481565b34801561019b575f5ffd5b506101af6101aa366004610b71565b6103dc565b005b3480156101bc575f5ffd5b505f5461016d565b3480156101cf575f5ffd5b506101f26101de366004610b71565b60016020525f908152604090205460ff1681565b6040519015158152602001610118565b34801561020d575f5ffd5b506101f261021c366004610b91565b600660209081525f928352604080842090915290825290205460ff1681565b348015610246575f5ffd5b5061016d610255366004610bbb565b610491565b348015610265575f5ffd5b506101af610274366004610c3e565b61056d565b348015610284575f5ffd5b506101af610293366004610acb565b61062c565b3480156102a3575f5ffd5b5061016d60045481565b3480156102b8575f5ffd5b506101af6102c7366004610acb565b61069b565b6102df6102da366004610acb565b6106c0565b6040516101189190610cb3565b60056020525f90815260409020805460018201546002830180546001600160a01b0390931693919261031d90610cc5565b80601f016020809104026020016040519081016040528092919081815260200182805461034990610cc5565b80156103945780601f1061036b57610100808354040283529160200191610394565b820191905f5260205f20905b81548152906001019060200180831161037757829003601f168201915b50505050600383015460048401546005909401549293909290915060ff1686565b5f81815481106103c3575f80fd5b5f918252602090912001546001600160a01b0316905081565b335f9081526001602052604090205460ff1661040b5760405163143606b960e31b815260040160405180910390fd5b806001600160a01b0316638456cb596040518163ffffffff1660e01b81526004015f604051808303815f87803b158015610443575f5ffd5b505af1158015610455573d5f5f3e3d5ffd5b50506040513392506001600160a01b03841691507f7aeca0ebc80d59b88f83d8c3b3704f86c317727e38624a4ac3e33aa1b3dfc7e0905f90a350565b335f9081526001602052604081205460ff166104c05760405163143606b960e31b815260040160405180910390fd5b60045f81546104ce90610d11565b91829055505f81815260056020526040902080546001600160a01b0319166001600160a01b0388161781556001810186905590915060028101610512848683610d93565b50336001600160a01b0316827f8e2ff4d1327c6cd7f9902203974d854b5e7fd6b5fcf69a22a3ae8154c8c76812888888886040516105539493929190610e4e565b60405180910390a361056482610822565b50949350505050565b33301461058d576040516314e1dbf760e11b815260040160405180910390fd5b5f5b5f548110156105e9575f60015f5f84815481106105ae576105ae610e95565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff191691151591909117905560010161058f565b506106278383808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525085925061096e915050565b505050565b335f9081526001602052604090205460ff1661065b5760405163143606b960e31b815260040160405180910390fd5b801580610669575060045481115b1561068f5760405163147067ad60e11b8152600481018290526024015b60405180910390fd5b61069881610822565b50565b3330146106bb576040516314e1dbf760e11b815260040160405180910390fd5b600355565b5f8181526005602052604081206004810154606092036106f65760405163119101eb60e31b815260048101849052602401610686565b600581015460ff161561071f57604051636a64e96160e01b815260048101849052602401610686565b80600401544210156107515760048082015460405163e58369d160e01b81529182018590526024820152604401610686565b60058101805460ff191660019081179091558154908201546040515f9283926001600160a01b039091169161078a906002870190610ea9565b5f6040518083038185875af1925050503d805f81146107c4576040519150601f19603f3d011682016040523d82523d5f602084013e6107c9565b606091505b5091509150816107f0578481604051635c0dee5d60e01b8152600401610686929190610f1a565b60405185907fbcf6a68a2f901be4a23a41b53acd7697893a7e34def4e28acba584da75283b67905f90a2949350505050565b5f81815260066020908152604080832033845290915290205460ff161561085f5760405163a614b7ff60e01b815260048101829052602401610686565b5f8181526005602081905260409091209081015460ff161561089757604051636a64e96160e01b815260048101839052602401610686565b5f8281526006602090815260408083203384529091528120805460ff19166001908117909155600383018054919290916108d2908490610f3a565b9091555050604051339083907f6f220d98c15dbd07fdc24781b682ea34f92411fc61b83c761dd927afbe02d3fd905f90a3600481015415801561091b5750600254816003015410155b1561096a5760035461092d9042610f3a565b6004820181905560405190815282907fea6df298b849f6128cdeeec8675f2709f99fec8362f08cb06354668d4f748b2b9060200160405180910390a25b5050565b80158061097b5750815181115b156109995760405163b891a4fb60e01b815260040160405180910390fd5b6109a35f80610a9a565b5f5b8251811015610a93575f8382815181106109c1576109c1610e95565b602002602001015190505f6001600160a01b0316816001600160a01b03161480610a0257506001600160a01b0381165f9081526001602052604090205460ff165b15610a2b57604051637010e27960e11b81526001600160a01b0382166004820152602401610686565b6001600160a01b03165f8181526001602081905260408220805460ff191682179055815480820183559180527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56390910180546001600160a01b031916909217909155016109a5565b5060025550565b5080545f8255905f5260205f2090610ab29190610ab4565b565b5f5b80821115610627575f81840155600101610ab6565b5f60208284031215610adb575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b60018060a01b038716815285602082015260c060408201525f610b3660c0830187610ae2565b6060830195909552506080810192909252151560a0909101529392505050565b80356001600160a01b0381168114610b6c575f5ffd5b919050565b5f60208284031215610b81575f5ffd5b610b8a82610b56565b9392505050565b5f5f60408385031215610ba2575f5ffd5b82359150610bb260208401610b56565b90509250929050565b5f5f5f5f60608587031215610bce575f5ffd5b610bd785610b56565b935060208501359250604085013567ffffffffffffffff811115610bf9575f5ffd5b8501601f81018713610c09575f5ffd5b803567ffffffffffffffff811115610c1f575f5ffd5b876020828401011115610c30575f5ffd5b949793965060200194505050565b5f5f5f60408486031215610c50575f5ffd5b833567ffffffffffffffff811115610c66575f5ffd5b8401601f81018613610c76575f5ffd5b803567ffffffffffffffff811115610c8c575f5ffd5b8660208260051b8401011115610ca0575f5ffd5b6020918201979096509401359392505050565b602081525f610b8a6020830184610ae2565b600181811c90821680610cd957607f821691505b602082108103610cf757634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610d2257610d22610cfd565b5060010190565b634e487b7160e01b5f52604160045260245ffd5b601f821115610627578282111561062757805f5260205f20601f840160051c6020851015610d6857505f5b90810190601f840160051c035f5b81811015610d8b575f83820155600101610d76565b505050505050565b67ffffffffffffffff831115610dab57610dab610d29565b610dbf83610db98354610cc5565b83610d3d565b5f601f841160018114610df0575f8515610dd95750838201355b5f19600387901b1c1916600186901b178355610e47565b5f83815260208120601f198716915b82811015610e1f5786850135825560209485019460019092019101610dff565b5086821015610e3b575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b6001600160a01b0385168152602081018490526060604082018190528101829052818360808301375f818301608090810191909152601f909201601f191601019392505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8354610eb681610cc5565b600182168015610ecd5760018114610ee257610f0f565b60ff1983168652811515820286019350610f0f565b865f5260205f205f5b83811015610f0757815488820152600190910190602001610eeb565b505081860193505b509195945050505050565b828152604060208201525f610f326040830184610ae2565b949350505050565b80820180821115610f4d57610f4d610cfd565b9291505056",
}

// Governance is an auto generated Go binding around an Ethereum contract.
type Governance struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Governance) GetABI() abi.ABI {
	return c.abi
}

// NewGovernance creates a new instance of Governance.
func NewGovernance() *Governance {
	parsed, err := GovernanceMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Governance{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Governance) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address[] signers_, uint256 threshold_, uint256 delay_) returns()
func (governance *Governance) PackConstructor(signers_ []common.Address, threshold_ *big.Int, delay_ *big.Int) []byte {
	enc, err := governance.abi.Pack("", signers_, threshold_, delay_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirm(uint256 id) returns()
func (governance *Governance) PackConfirm(id *big.Int) []byte {
	enc, err := governance.abi.Pack("confirm", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0179b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirm(uint256 id) returns()
func (governance *Governance) TryPackConfirm(id *big.Int) ([]byte, error) {
	return governance.abi.Pack("confirm", id)
}

// PackConfirmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8790c1de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function confirmed(uint256 , address ) view returns(bool)
func (governance *Governance) PackConfirmed(arg0 *big.Int, arg1 common.Address) []byte {
	enc, err := governance.abi.Pack("confirmed", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfirmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8790c1de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function confirmed(uint256 , address ) view returns(bool)
func (governance *Governance) TryPackConfirmed(arg0 *big.Int, arg1 common.Address) ([]byte, error) {
	return governance.abi.Pack("confirmed", arg0, arg1)
}

// UnpackConfirmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8790c1de.
//
// Solidity: function confirmed(uint256 , address ) view returns(bool)
func (governance *Governance) UnpackConfirmed(data []byte) (bool, error) {
	out, err := governance.abi.Unpack("confirmed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a42b8f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delay() view returns(uint256)
func (governance *Governance) PackDelay() []byte {
	enc, err := governance.abi.Pack("delay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6a42b8f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delay() view returns(uint256)
func (governance *Governance) TryPackDelay() ([]byte, error) {
	return governance.abi.Pack("delay")
}

// UnpackDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6a42b8f8.
//
// Solidity: function delay() view returns(uint256)
func (governance *Governance) UnpackDelay(data []byte) (*big.Int, error) {
	out, err := governance.abi.Unpack("delay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEmergencyPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7041b48a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function emergencyPause(address target) returns()
func (governance *Governance) PackEmergencyPause(target common.Address) []byte {
	enc, err := governance.abi.Pack("emergencyPause", target)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEmergencyPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7041b48a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function emergencyPause(address target) returns()
func (governance *Governance) TryPackEmergencyPause(target common.Address) ([]byte, error) {
	return governance.abi.Pack("emergencyPause", target)
}

// PackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function execute(uint256 id) payable returns(bytes)
func (governance *Governance) PackExecute(id *big.Int) []byte {
	enc, err := governance.abi.Pack("execute", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExecute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfe0d94c1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function execute(uint256 id) payable returns(bytes)
func (governance *Governance) TryPackExecute(id *big.Int) ([]byte, error) {
	return governance.abi.Pack("execute", id)
}

// UnpackExecute is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfe0d94c1.
//
// Solidity: function execute(uint256 id) payable returns(bytes)
func (governance *Governance) UnpackExecute(data []byte) ([]byte, error) {
	out, err := governance.abi.Unpack("execute", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isSigner(address ) view returns(bool)
func (governance *Governance) PackIsSigner(arg0 common.Address) []byte {
	enc, err := governance.abi.Pack("isSigner", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7df73e27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isSigner(address ) view returns(bool)
func (governance *Governance) TryPackIsSigner(arg0 common.Address) ([]byte, error) {
	return governance.abi.Pack("isSigner", arg0)
}

// UnpackIsSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7df73e27.
//
// Solidity: function isSigner(address ) view returns(bool)
func (governance *Governance) UnpackIsSigner(data []byte) (bool, error) {
	out, err := governance.abi.Unpack("isSigner", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposalCount() view returns(uint256)
func (governance *Governance) PackProposalCount() []byte {
	enc, err := governance.abi.Pack("proposalCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposalCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda35c664.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposalCount() view returns(uint256)
func (governance *Governance) TryPackProposalCount() ([]byte, error) {
	return governance.abi.Pack("proposalCount")
}

// UnpackProposalCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda35c664.
//
// Solidity: function proposalCount() view returns(uint256)
func (governance *Governance) UnpackProposalCount(data []byte) (*big.Int, error) {
	out, err := governance.abi.Unpack("proposalCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposals(uint256 ) view returns(address target, uint256 value, bytes data, uint256 confirmations, uint256 eta, bool executed)
func (governance *Governance) PackProposals(arg0 *big.Int) []byte {
	enc, err := governance.abi.Pack("proposals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x013cf08b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposals(uint256 ) view returns(address target, uint256 value, bytes data, uint256 confirmations, uint256 eta, bool executed)
func (governance *Governance) TryPackProposals(arg0 *big.Int) ([]byte, error) {
	return governance.abi.Pack("proposals", arg0)
}

// ProposalsOutput serves as a container for the return parameters of contract
// method Proposals.
type ProposalsOutput struct {
	Target        common.Address
	Value         *big.Int
	Data          []byte
	Confirmations *big.Int
	Eta           *big.Int
	Executed      bool
}

// UnpackProposals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x013cf08b.
//
// Solidity: function proposals(uint256 ) view returns(address target, uint256 value, bytes data, uint256 confirmations, uint256 eta, bool executed)
func (governance *Governance) UnpackProposals(data []byte) (ProposalsOutput, error) {
	out, err := governance.abi.Unpack("proposals", data)
	outstruct := new(ProposalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Target = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.Value = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Data = *abi.ConvertType(out[2], new([]byte)).(*[]byte)
	outstruct.Confirmations = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Eta = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.Executed = *abi.ConvertType(out[5], new(bool)).(*bool)
	return *outstruct, nil
}

// PackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93ba3f15.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function propose(address target, uint256 value, bytes data) returns(uint256 id)
func (governance *Governance) PackPropose(target common.Address, value *big.Int, data []byte) []byte {
	enc, err := governance.abi.Pack("propose", target, value, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPropose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x93ba3f15.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function propose(address target, uint256 value, bytes data) returns(uint256 id)
func (governance *Governance) TryPackPropose(target common.Address, value *big.Int, data []byte) ([]byte, error) {
	return governance.abi.Pack("propose", target, value, data)
}

// UnpackPropose is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x93ba3f15.
//
// Solidity: function propose(address target, uint256 value, bytes data) returns(uint256 id)
func (governance *Governance) UnpackPropose(data []byte) (*big.Int, error) {
	out, err := governance.abi.Unpack("propose", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSetDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe177246e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setDelay(uint256 delay_) returns()
func (governance *Governance) PackSetDelay(delay *big.Int) []byte {
	enc, err := governance.abi.Pack("setDelay", delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe177246e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setDelay(uint256 delay_) returns()
func (governance *Governance) TryPackSetDelay(delay *big.Int) ([]byte, error) {
	return governance.abi.Pack("setDelay", delay)
}

// PackSetSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4368904.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSigners(address[] signers_, uint256 threshold_) returns()
func (governance *Governance) PackSetSigners(signers []common.Address, threshold *big.Int) []byte {
	enc, err := governance.abi.Pack("setSigners", signers, threshold)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb4368904.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSigners(address[] signers_, uint256 threshold_) returns()
func (governance *Governance) TryPackSetSigners(signers []common.Address, threshold *big.Int) ([]byte, error) {
	return governance.abi.Pack("setSigners", signers, threshold)
}

// PackSignerCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ca548c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerCount() view returns(uint256)
func (governance *Governance) PackSignerCount() []byte {
	enc, err := governance.abi.Pack("signerCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ca548c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerCount() view returns(uint256)
func (governance *Governance) TryPackSignerCount() ([]byte, error) {
	return governance.abi.Pack("signerCount")
}

// UnpackSignerCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ca548c6.
//
// Solidity: function signerCount() view returns(uint256)
func (governance *Governance) UnpackSignerCount(data []byte) (*big.Int, error) {
	out, err := governance.abi.Unpack("signerCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2079fb9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signers(uint256 ) view returns(address)
func (governance *Governance) PackSigners(arg0 *big.Int) []byte {
	enc, err := governance.abi.Pack("signers", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2079fb9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signers(uint256 ) view returns(address)
func (governance *Governance) TryPackSigners(arg0 *big.Int) ([]byte, error) {
	return governance.abi.Pack("signers", arg0)
}

// UnpackSigners is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2079fb9a.
//
// Solidity: function signers(uint256 ) view returns(address)
func (governance *Governance) UnpackSigners(data []byte) (common.Address, error) {
	out, err := governance.abi.Unpack("signers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function threshold() view returns(uint256)
func (governance *Governance) PackThreshold() []byte {
	enc, err := governance.abi.Pack("threshold")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackThreshold is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cde4e8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function threshold() view returns(uint256)
func (governance *Governance) TryPackThreshold() ([]byte, error) {
	return governance.abi.Pack("threshold")
}

// UnpackThreshold is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cde4e8.
//
// Solidity: function threshold() view returns(uint256)
func (governance *Governance) UnpackThreshold(data []byte) (*big.Int, error) {
	out, err := governance.abi.Unpack("threshold", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// GovernanceConfirmed represents a Confirmed event raised by the Governance contract.
type GovernanceConfirmed struct {
	Id     *big.Int
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GovernanceConfirmedEventName = "Confirmed"

// ContractEventName returns the user-defined event name.
func (GovernanceConfirmed) ContractEventName() string {
	return GovernanceConfirmedEventName
}

// UnpackConfirmedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Confirmed(uint256 indexed id, address indexed signer)
func (governance *Governance) UnpackConfirmedEvent(log *types.Log) (*GovernanceConfirmed, error) {
	event := "Confirmed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceConfirmed)
	if len(log.Data) > 0 {
		if err := governance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governance.abi.Events[event].Inputs {
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

// GovernanceEmergencyPause represents a EmergencyPause event raised by the Governance contract.
type GovernanceEmergencyPause struct {
	Target common.Address
	Signer common.Address
	Raw    *types.Log // Blockchain specific contextual infos
}

const GovernanceEmergencyPauseEventName = "EmergencyPause"

// ContractEventName returns the user-defined event name.
func (GovernanceEmergencyPause) ContractEventName() string {
	return GovernanceEmergencyPauseEventName
}

// UnpackEmergencyPauseEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EmergencyPause(address indexed target, address indexed signer)
func (governance *Governance) UnpackEmergencyPauseEvent(log *types.Log) (*GovernanceEmergencyPause, error) {
	event := "EmergencyPause"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceEmergencyPause)
	if len(log.Data) > 0 {
		if err := governance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governance.abi.Events[event].Inputs {
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

// GovernanceExecuted represents a Executed event raised by the Governance contract.
type GovernanceExecuted struct {
	Id  *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const GovernanceExecutedEventName = "Executed"

// ContractEventName returns the user-defined event name.
func (GovernanceExecuted) ContractEventName() string {
	return GovernanceExecutedEventName
}

// UnpackExecutedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Executed(uint256 indexed id)
func (governance *Governance) UnpackExecutedEvent(log *types.Log) (*GovernanceExecuted, error) {
	event := "Executed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceExecuted)
	if len(log.Data) > 0 {
		if err := governance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governance.abi.Events[event].Inputs {
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

// GovernanceProposed represents a Proposed event raised by the Governance contract.
type GovernanceProposed struct {
	Id       *big.Int
	Proposer common.Address
	Target   common.Address
	Value    *big.Int
	Data     []byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const GovernanceProposedEventName = "Proposed"

// ContractEventName returns the user-defined event name.
func (GovernanceProposed) ContractEventName() string {
	return GovernanceProposedEventName
}

// UnpackProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Proposed(uint256 indexed id, address indexed proposer, address target, uint256 value, bytes data)
func (governance *Governance) UnpackProposedEvent(log *types.Log) (*GovernanceProposed, error) {
	event := "Proposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceProposed)
	if len(log.Data) > 0 {
		if err := governance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governance.abi.Events[event].Inputs {
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

// GovernanceQueued represents a Queued event raised by the Governance contract.
type GovernanceQueued struct {
	Id  *big.Int
	Eta *big.Int
	Raw *types.Log // Blockchain specific contextual infos
}

const GovernanceQueuedEventName = "Queued"

// ContractEventName returns the user-defined event name.
func (GovernanceQueued) ContractEventName() string {
	return GovernanceQueuedEventName
}

// UnpackQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Queued(uint256 indexed id, uint256 eta)
func (governance *Governance) UnpackQueuedEvent(log *types.Log) (*GovernanceQueued, error) {
	event := "Queued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != governance.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(GovernanceQueued)
	if len(log.Data) > 0 {
		if err := governance.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range governance.abi.Events[event].Inputs {
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
func (governance *Governance) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], governance.abi.Errors["AlreadyConfirmed"].ID.Bytes()[:4]) {
		return governance.UnpackAlreadyConfirmedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["AlreadyExecuted"].ID.Bytes()[:4]) {
		return governance.UnpackAlreadyExecutedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["BadThreshold"].ID.Bytes()[:4]) {
		return governance.UnpackBadThresholdError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return governance.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["DuplicateSigner"].ID.Bytes()[:4]) {
		return governance.UnpackDuplicateSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["NotQueued"].ID.Bytes()[:4]) {
		return governance.UnpackNotQueuedError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["NotSelf"].ID.Bytes()[:4]) {
		return governance.UnpackNotSelfError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["NotSigner"].ID.Bytes()[:4]) {
		return governance.UnpackNotSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["TooEarly"].ID.Bytes()[:4]) {
		return governance.UnpackTooEarlyError(raw[4:])
	}
	if bytes.Equal(raw[:4], governance.abi.Errors["UnknownProposal"].ID.Bytes()[:4]) {
		return governance.UnpackUnknownProposalError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// GovernanceAlreadyConfirmed represents a AlreadyConfirmed error raised by the Governance contract.
type GovernanceAlreadyConfirmed struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyConfirmed(uint256 id)
func GovernanceAlreadyConfirmedErrorID() common.Hash {
	return common.HexToHash("0xa614b7ff106084eae2bd0a709b028f143d349daf7544f481272866f409645c0a")
}

// UnpackAlreadyConfirmedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyConfirmed(uint256 id)
func (governance *Governance) UnpackAlreadyConfirmedError(raw []byte) (*GovernanceAlreadyConfirmed, error) {
	out := new(GovernanceAlreadyConfirmed)
	if err := governance.abi.UnpackIntoInterface(out, "AlreadyConfirmed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceAlreadyExecuted represents a AlreadyExecuted error raised by the Governance contract.
type GovernanceAlreadyExecuted struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExecuted(uint256 id)
func GovernanceAlreadyExecutedErrorID() common.Hash {
	return common.HexToHash("0x6a64e96196958c70761af5d672b067e0b1158a0e5e6c46002b6a3d89bed298a7")
}

// UnpackAlreadyExecutedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExecuted(uint256 id)
func (governance *Governance) UnpackAlreadyExecutedError(raw []byte) (*GovernanceAlreadyExecuted, error) {
	out := new(GovernanceAlreadyExecuted)
	if err := governance.abi.UnpackIntoInterface(out, "AlreadyExecuted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceBadThreshold represents a BadThreshold error raised by the Governance contract.
type GovernanceBadThreshold struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadThreshold()
func GovernanceBadThresholdErrorID() common.Hash {
	return common.HexToHash("0xb891a4fb872548340c3f7d2fe74504b6b050e4d38d80f39dcdc59d9b22b44b8f")
}

// UnpackBadThresholdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadThreshold()
func (governance *Governance) UnpackBadThresholdError(raw []byte) (*GovernanceBadThreshold, error) {
	out := new(GovernanceBadThreshold)
	if err := governance.abi.UnpackIntoInterface(out, "BadThreshold", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceCallFailed represents a CallFailed error raised by the Governance contract.
type GovernanceCallFailed struct {
	Id     *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(uint256 id, bytes reason)
func GovernanceCallFailedErrorID() common.Hash {
	return common.HexToHash("0x5c0dee5d32a1e145396705da49c1e64a2b1d63387f78c2697100f655567f5de9")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(uint256 id, bytes reason)
func (governance *Governance) UnpackCallFailedError(raw []byte) (*GovernanceCallFailed, error) {
	out := new(GovernanceCallFailed)
	if err := governance.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceDuplicateSigner represents a DuplicateSigner error raised by the Governance contract.
type GovernanceDuplicateSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateSigner(address signer)
func GovernanceDuplicateSignerErrorID() common.Hash {
	return common.HexToHash("0xe021c4f2415a9d8c855bf74014e55359de4df1d596d9a3336e25c64ca04465d6")
}

// UnpackDuplicateSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateSigner(address signer)
func (governance *Governance) UnpackDuplicateSignerError(raw []byte) (*GovernanceDuplicateSigner, error) {
	out := new(GovernanceDuplicateSigner)
	if err := governance.abi.UnpackIntoInterface(out, "DuplicateSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceNotQueued represents a NotQueued error raised by the Governance contract.
type GovernanceNotQueued struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotQueued(uint256 id)
func GovernanceNotQueuedErrorID() common.Hash {
	return common.HexToHash("0x8c880f58a93f336b10117a382aec5f93763142f1cdb75a3a0f8195d75815dd1d")
}

// UnpackNotQueuedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotQueued(uint256 id)
func (governance *Governance) UnpackNotQueuedError(raw []byte) (*GovernanceNotQueued, error) {
	out := new(GovernanceNotQueued)
	if err := governance.abi.UnpackIntoInterface(out, "NotQueued", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceNotSelf represents a NotSelf error raised by the Governance contract.
type GovernanceNotSelf struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelf()
func GovernanceNotSelfErrorID() common.Hash {
	return common.HexToHash("0x29c3b7ee14a7adaa7fba7b043229509fe963f719303620e91e88c61c6b12de34")
}

// UnpackNotSelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelf()
func (governance *Governance) UnpackNotSelfError(raw []byte) (*GovernanceNotSelf, error) {
	out := new(GovernanceNotSelf)
	if err := governance.abi.UnpackIntoInterface(out, "NotSelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceNotSigner represents a NotSigner error raised by the Governance contract.
type GovernanceNotSigner struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSigner()
func GovernanceNotSignerErrorID() common.Hash {
	return common.HexToHash("0xa1b035c8a93989f4232e1009d87a1b0b0a298de6594a454477adf8be46e7d892")
}

// UnpackNotSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSigner()
func (governance *Governance) UnpackNotSignerError(raw []byte) (*GovernanceNotSigner, error) {
	out := new(GovernanceNotSigner)
	if err := governance.abi.UnpackIntoInterface(out, "NotSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceTooEarly represents a TooEarly error raised by the Governance contract.
type GovernanceTooEarly struct {
	Id  *big.Int
	Eta *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TooEarly(uint256 id, uint256 eta)
func GovernanceTooEarlyErrorID() common.Hash {
	return common.HexToHash("0xe58369d1bf8fa4cf500d8cc0c220f6a0845d3ec0e42895d7d9bdf831b8642795")
}

// UnpackTooEarlyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TooEarly(uint256 id, uint256 eta)
func (governance *Governance) UnpackTooEarlyError(raw []byte) (*GovernanceTooEarly, error) {
	out := new(GovernanceTooEarly)
	if err := governance.abi.UnpackIntoInterface(out, "TooEarly", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// GovernanceUnknownProposal represents a UnknownProposal error raised by the Governance contract.
type GovernanceUnknownProposal struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownProposal(uint256 id)
func GovernanceUnknownProposalErrorID() common.Hash {
	return common.HexToHash("0x28e0cf5a770b9ab4da594ebd0cf7af68f08abd0573138e8389260fc0eb761d74")
}

// UnpackUnknownProposalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownProposal(uint256 id)
func (governance *Governance) UnpackUnknownProposalError(raw []byte) (*GovernanceUnknownProposal, error) {
	out := new(GovernanceUnknownProposal)
	if err := governance.abi.UnpackIntoInterface(out, "UnknownProposal", raw); err != nil {
		return nil, err
	}
	return out, nil
}
