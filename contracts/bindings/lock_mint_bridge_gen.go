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
}

// LockMintBridgeMetaData contains all meta data concerning the LockMintBridge contract.
var LockMintBridgeMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyDelivered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyInitialized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"AlreadyLocked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadAttesterSet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IsPaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"NotAttester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"got\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"NotEnoughSignatures\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPauser\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrant\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotSorted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"}],\"name\":\"UnknownPeer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"}],\"name\":\"UnknownRoute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongDestination\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"attesters\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"threshold\",\"type\":\"uint256\"}],\"name\":\"AttestersChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"Delivered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"name\":\"IncomingSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"name\":\"Locked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Paused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"pauser\",\"type\":\"address\"}],\"name\":\"PauserChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"PeerSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"Unpaused\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MESSAGE_TAG\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesterThreshold\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"attesters\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"},{\"internalType\":\"bytes[]\",\"name\":\"sigs\",\"type\":\"bytes[]\"}],\"name\":\"deliver\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"delivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"deliveryKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcBridge\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"dstBridge\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"internalType\":\"structLockMintBridge.Message\",\"name\":\"m\",\"type\":\"tuple\"}],\"name\":\"digest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"}],\"name\":\"incomingFor\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"internalType\":\"structLockMintBridge.Incoming\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"attesters_\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"initialize\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isAttester\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"}],\"name\":\"isDelivered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"isWrapped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"transferId\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"dstChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"payload\",\"type\":\"bytes\"}],\"name\":\"lock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"locked\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nonce\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"paused\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauser\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"peer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"list\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"threshold_\",\"type\":\"uint256\"}],\"name\":\"setAttesters\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"srcChainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"srcToken\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"mint\",\"type\":\"bool\"}],\"name\":\"setIncoming\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"pauser_\",\"type\":\"address\"}],\"name\":\"setPauser\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"bridge\",\"type\":\"address\"}],\"name\":\"setPeer\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unpause\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "LockMintBridge",
	Bin: "0x6080604052348015600e575f5ffd5b506001805460ff60a81b1916600160a81b179055611f498061002f5f395ff3fe608060405234801561000f575f5ffd5b5060043610610186575f3560e01c80639cb20b73116100d9578063c60d017311610093578063d51057c91161006e578063d51057c9146103f6578063deea7be61461041d578063e495f1d414610430578063f2fde38b14610452575f5ffd5b8063c60d0173146103ae578063cbe9e764146103c1578063d417624a146103e3575f5ffd5b80639cb20b73146102ea5780639de54b8c146103015780639fd0506d1461033b578063affed0e01461034e578063b1e10b4614610379578063b6ebe5391461038c575f5ffd5b80633f4ba83a116101445780635c975abb1161011f5780635c975abb146102a95780638069c497146102bd5780638456cb59146102d05780638da5cb5b146102d8575f5ffd5b80633f4ba83a1461026c578063495ee13e146102745780634c98761914610296575f5ffd5b8062cfe24f1461018a5780630e6a0ad1146101a8578063116a01a4146101bd5780631e9d9761146101fd5780632d88af4a146102205780633bb9ea5b14610233575b5f5ffd5b610192610465565b60405161019f91906119f7565b60405180910390f35b6101bb6101b6366004611a6e565b6104c5565b005b6101e56101cb366004611ad5565b60626020525f90815260409020546001600160a01b031681565b6040516001600160a01b03909116815260200161019f565b61021061020b366004611aec565b610606565b604051901515815260200161019f565b6101bb61022e366004611b27565b610646565b610246610241366004611b40565b6106b9565b6040805182516001600160a01b031681526020928301511515928101929092520161019f565b6101bb610746565b610210610282366004611b27565b60646020525f908152604090205460ff1681565b6101bb6102a4366004611b6a565b6107a9565b60015461021090600160a01b900460ff1681565b6101bb6102cb366004611b40565b6109ed565b6101bb610a7a565b5f546101e5906001600160a01b031681565b6102f360325481565b60405190815260200161019f565b6102f361030f366004611aec565b604080516020808201949094528082019290925280518083038201815260609092019052805191012090565b6001546101e5906001600160a01b031681565b606754610361906001600160401b031681565b6040516001600160401b03909116815260200161019f565b6101bb610387366004611c13565b610afc565b61021061039a366004611b27565b60316020525f908152604090205460ff1681565b6101bb6103bc366004611c6a565b610b68565b6102106103cf366004611ad5565b60656020525f908152604090205460ff1681565b6101bb6103f1366004611cb6565b610ca9565b6102f37fff79a29101a4a85cedf05172bfb091ad0a4cbf276ca874864fc30e28451182e881565b6102f361042b366004611d19565b610d34565b61021061043e366004611ad5565b60666020525f908152604090205460ff1681565b6101bb610460366004611b27565b610e42565b606060308054806020026020016040519081016040528092919081815260200182805480156104bb57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161049d575b5050505050905090565b600154600160a01b900460ff16156104f057604051631309a56360e01b815260040160405180910390fd5b5f6104fc848484610eec565b90505f61050d610100860186611d52565b9050111561059857610526610100850160e08601611b27565b6001600160a01b0316638f46244985358360c088013561054a6101008a018a611d52565b6040518663ffffffff1660e01b815260040161056a959493929190611dbc565b5f604051808303815f87803b158015610581575f5ffd5b505af1158015610593573d5f5f3e3d5ffd5b505050505b6001600160a01b038116602085013585357f93a43112edbc69e19c90a3a00278b255b19afcbd282c8881d5de82a85bc1cbc660c08801356105e06101008a0160e08b01611b27565b604080519283526001600160a01b0390911660208301520160405180910390a450505050565b604080516020808201859052818301849052825180830384018152606090920183528151918101919091205f9081526066909152205460ff165b92915050565b5f546001600160a01b03163314610670576040516330cd747160e01b815260040160405180910390fd5b600180546001600160a01b0319166001600160a01b0383169081179091556040517fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a250565b604080518082019091525f808252602082015260635f84846040516020016106f49291909182526001600160a01b0316602082015260400190565b60408051808303601f1901815291815281516020928301208352828201939093529082015f208251808401909352546001600160a01b0381168352600160a01b900460ff161515908201529392505050565b5f546001600160a01b03163314610770576040516330cd747160e01b815260040160405180910390fd5b6001805460ff60a01b1916905560405133907f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa905f90a2565b600154600160a01b900460ff16156107d457604051631309a56360e01b815260040160405180910390fd5b6002546001036107f75760405163769dd35360e11b815260040160405180910390fd5b60016002555f848152606260205260409020546001600160a01b03166108385760405163f3bcfab160e01b8152600481018590526024015b60405180910390fd5b845f0361085857604051631f2a200560e01b815260040160405180910390fd5b6001600160a01b03831661087f5760405163d92e233d60e01b815260040160405180910390fd5b5f8781526065602052604090205460ff16156108b157604051636489019160e01b81526004810188905260240161082f565b5f878152606560205260409020805460ff191660011790556108de6001600160a01b0387163330886111fd565b6001600160a01b0386165f9081526064602052604090205460ff161561095457604051630852cd8d60e31b8152600481018690526001600160a01b038716906342966c68906024015f604051808303815f87803b15801561093d575f5ffd5b505af115801561094f573d5f5f3e3d5ffd5b505050505b606780545f9190829061096f906001600160401b0316611e08565b91906101000a8154816001600160401b0302191690836001600160401b0316021790559050866001600160a01b031685897ff340453d5aa06778cdcf27337cbe7d133b45d381a679d7ce614334d1cd0849b789888888886040516109d7959493929190611e32565b60405180910390a450505f600255505050505050565b5f546001600160a01b03163314610a17576040516330cd747160e01b815260040160405180910390fd5b5f8281526062602090815260409182902080546001600160a01b0319166001600160a01b038516908117909155915191825283917fcd44d3edde5f7e508840db73b2e39b71d725825fca31c7b3b5f154fe805554db910160405180910390a25050565b6001546001600160a01b03163314801590610a9f57505f546001600160a01b03163314155b15610abd5760405163492f678160e01b815260040160405180910390fd5b6001805460ff60a01b1916600160a01b17905560405133907f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a258905f90a2565b5f546001600160a01b03163314610b26576040516330cd747160e01b815260040160405180910390fd5b610b638383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506112fd915050565b505050565b5f546001600160a01b03163314610b92576040516330cd747160e01b815260040160405180910390fd5b6040518060400160405280836001600160a01b0316815260200182151581525060635f8686604051602001610bda9291909182526001600160a01b0316602082015260400190565b60408051601f19818403018152918152815160209283012083528282019390935291015f208251815493909201511515600160a01b026001600160a81b03199093166001600160a01b03909216919091179190911790558015610c5a576001600160a01b0382165f908152606460205260409020805460ff191660011790555b604080516001600160a01b038481168252831515602083015285169186917fede64fd01c83e257d2db39991397001de1e0f6d1ef52bcae0e8749e59445bde7910160405180910390a350505050565b600154600160a81b900460ff1615610cd35760405162dc149f60e41b815260040160405180910390fd5b6001805460ff60a81b1916600160a81b179055610cf0858561151b565b610d2d8383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152508592506112fd915050565b5050505050565b5f7fff79a29101a4a85cedf05172bfb091ad0a4cbf276ca874864fc30e28451182e882356020840135610d6d6060860160408701611b27565b6060860135610d8260a0880160808901611b27565b610d9260c0890160a08a01611b27565b60c0890135610da86101008b0160e08c01611b27565b610db66101008c018c611d52565b604051610dc4929190611e77565b60408051918290038220602083019b909b5281019890985260608801969096526001600160a01b03948516608088015260a087019390935290831660c0860152821660e08501526101008401521661012082015261014081019190915261016001604051602081830303815290604052805190602001209050919050565b5f546001600160a01b03163314610e6c576040516330cd747160e01b815260040160405180910390fd5b6001600160a01b038116610e935760405163d92e233d60e01b815260040160405180910390fd5b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f600254600103610f105760405163769dd35360e11b815260040160405180910390fd5b6001600255606084013546141580610f40575030610f3460a0860160808701611b27565b6001600160a01b031614155b15610f5e57604051633be53d8360e21b815260040160405180910390fd5b6020808501355f908152606290915260409020546001600160a01b03161580610fb65750610f926060850160408601611b27565b6020808601355f908152606290915260409020546001600160a01b03908116911614155b15610fda5760405163f3bcfab160e01b81526020850135600482015260240161082f565b6040805160208681013581830152863582840152825180830384018152606090920183528151918101919091205f81815260669092529190205460ff1615611038576040516356bc34a160e01b81528535600482015260240161082f565b61104b61104486610d34565b85856115d1565b5f606381602088013561106460c08a0160a08b01611b27565b6040516020016110879291909182526001600160a01b0316602082015260400190565b60408051808303601f1901815291815281516020928301208352828201939093529082015f208251808401909352546001600160a01b038116808452600160a01b90910460ff1615159183019190915290915061111e5760208601356110f360c0880160a08901611b27565b604051634aede5bf60e11b815260048101929092526001600160a01b0316602482015260440161082f565b5f828152606660209081526040909120805460ff19166001179055810151156111c55780516001600160a01b03166340c10f19611162610100890160e08a01611b27565b6040516001600160e01b031960e084901b1681526001600160a01b03909116600482015260c089013560248201526044015f604051808303815f87803b1580156111aa575f5ffd5b505af11580156111bc573d5f5f3e3d5ffd5b505050506111ef565b6111ef6111d9610100880160e08901611b27565b82516001600160a01b03169060c089013561170f565b515f60025595945050505050565b604080516001600160a01b0385811660248301528481166044830152606480830185905283518084039091018152608490920183526020820180516001600160e01b03166323b872dd60e01b17905291515f928392908816916112609190611e86565b5f604051808303815f865af19150503d805f8114611299576040519150601f19603f3d011682016040523d82523d5f602084013e61129e565b606091505b50915091508115806112cc57505f81511180156112cc5750808060200190518101906112ca9190611e9c565b155b156112f5576040516339f1c8d960e01b81526001600160a01b038716600482015260240161082f565b505050505050565b80158061130a5750815181115b156113285760405163abe30ac760e01b815260040160405180910390fd5b5f5b603054811015611386575f60315f6030848154811061134b5761134b611eb7565b5f918252602080832091909101546001600160a01b031683528201929092526040019020805460ff191691151591909117905560010161132a565b5061139260305f611983565b5f5b82518110156114d7575f6001600160a01b03168382815181106113b9576113b9611eb7565b60200260200101516001600160a01b0316148061140d575060315f8483815181106113e6576113e6611eb7565b6020908102919091018101516001600160a01b031682528101919091526040015f205460ff165b1561142b5760405163abe30ac760e01b815260040160405180910390fd5b600160315f85848151811061144257611442611eb7565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f6101000a81548160ff021916908315150217905550603083828151811061149357611493611eb7565b6020908102919091018101518254600180820185555f9485529290932090920180546001600160a01b0319166001600160a01b039093169290921790915501611394565b5060328190556040517ff86312d4e767a7b3235127e373c4fbe90060bb45ab0a304b5b5c85450558acdc9061150f9084908490611ecb565b60405180910390a15050565b6001600160a01b0382166115425760405163d92e233d60e01b815260040160405180910390fd5b5f80546001600160a01b03199081166001600160a01b03858116918217845560018054909316908516179091556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a36040516001600160a01b038216907fb80482a293ca2e013eda8683c9bd7fc8347cfdaeea5ede58cba46df502c2a604905f90a25050565b60325481101561160257603254604051633ce0c9e960e11b815261082f918391600401918252602082015260400190565b6040517f19457468657265756d205369676e6564204d6573736167653a0a3332000000006020820152603c81018490525f90605c0160408051601f19818403018152919052805160209091012090505f805b838110156112f5575f61168b8487878581811061167357611673611eb7565b90506020028101906116859190611d52565b856117ff565b9050826001600160a01b0316816001600160a01b0316116116c2576040516302a3e21f60e31b81526004810183905260240161082f565b6001600160a01b0381165f9081526031602052604090205460ff16611705576040516314817f2f60e01b81526001600160a01b038216600482015260240161082f565b9150600101611654565b604080516001600160a01b038481166024830152604480830185905283518084039091018152606490920183526020820180516001600160e01b031663a9059cbb60e01b17905291515f9283929087169161176a9190611e86565b5f604051808303815f865af19150503d805f81146117a3576040519150601f19603f3d011682016040523d82523d5f602084013e6117a8565b606091505b50915091508115806117d657505f81511180156117d65750808060200190518101906117d49190611e9c565b155b15610d2d576040516339f1c8d960e01b81526001600160a01b038616600482015260240161082f565b5f604183146118245760405163a1c9731960e01b81526004810183905260240161082f565b5f6118326020828688611eec565b61183b91611f13565b90505f61184c604060208789611eec565b61185591611f13565b90505f8686604081811061186b5761186b611eb7565b919091013560f81c915050601b81101561188d5761188a601b82611f30565b90505b7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08211806118ce57508060ff16601b141580156118ce57508060ff16601c14155b156118ef5760405163a1c9731960e01b81526004810186905260240161082f565b604080515f808252602082018084528b905260ff841692820192909252606081018590526080810184905260019060a0016020604051602081039080840390855afa158015611940573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b0381166119775760405163a1c9731960e01b81526004810187905260240161082f565b98975050505050505050565b5080545f8255905f5260205f209061199b919061199d565b565b5f5b80821115610b63575f8184015560010161199f565b5f8151808452602084019350602083015f5b828110156119ed5781516001600160a01b03168652602095860195909101906001016119c6565b5093949350505050565b602081525f611a0960208301846119b4565b9392505050565b5f6101208284031215611a21575f5ffd5b50919050565b5f5f83601f840112611a37575f5ffd5b5081356001600160401b03811115611a4d575f5ffd5b6020830191508360208260051b8501011115611a67575f5ffd5b9250929050565b5f5f5f60408486031215611a80575f5ffd5b83356001600160401b03811115611a95575f5ffd5b611aa186828701611a10565b93505060208401356001600160401b03811115611abc575f5ffd5b611ac886828701611a27565b9497909650939450505050565b5f60208284031215611ae5575f5ffd5b5035919050565b5f5f60408385031215611afd575f5ffd5b50508035926020909101359150565b80356001600160a01b0381168114611b22575f5ffd5b919050565b5f60208284031215611b37575f5ffd5b611a0982611b0c565b5f5f60408385031215611b51575f5ffd5b82359150611b6160208401611b0c565b90509250929050565b5f5f5f5f5f5f5f60c0888a031215611b80575f5ffd5b87359650611b9060208901611b0c565b95506040880135945060608801359350611bac60808901611b0c565b925060a08801356001600160401b03811115611bc6575f5ffd5b8801601f81018a13611bd6575f5ffd5b80356001600160401b03811115611beb575f5ffd5b8a6020828401011115611bfc575f5ffd5b602082019350809250505092959891949750929550565b5f5f5f60408486031215611c25575f5ffd5b83356001600160401b03811115611c3a575f5ffd5b611c4686828701611a27565b909790965060209590950135949350505050565b8015158114611c67575f5ffd5b50565b5f5f5f5f60808587031215611c7d575f5ffd5b84359350611c8d60208601611b0c565b9250611c9b60408601611b0c565b91506060850135611cab81611c5a565b939692955090935050565b5f5f5f5f5f60808688031215611cca575f5ffd5b611cd386611b0c565b9450611ce160208701611b0c565b935060408601356001600160401b03811115611cfb575f5ffd5b611d0788828901611a27565b96999598509660600135949350505050565b5f60208284031215611d29575f5ffd5b81356001600160401b03811115611d3e575f5ffd5b611d4a84828501611a10565b949350505050565b5f5f8335601e19843603018112611d67575f5ffd5b8301803591506001600160401b03821115611d80575f5ffd5b602001915036819003821315611a67575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b85815260018060a01b0385166020820152836040820152608060608201525f611de9608083018486611d94565b979650505050505050565b634e487b7160e01b5f52601160045260245ffd5b5f6001600160401b0382166001600160401b038103611e2957611e29611df4565b60010192915050565b8581526001600160a01b03851660208201526080604082018190525f90611e5c9083018587611d94565b90506001600160401b03831660608301529695505050505050565b818382375f9101908152919050565b5f82518060208501845e5f920191825250919050565b5f60208284031215611eac575f5ffd5b8151611a0981611c5a565b634e487b7160e01b5f52603260045260245ffd5b604081525f611edd60408301856119b4565b90508260208301529392505050565b5f5f85851115611efa575f5ffd5b83861115611f06575f5ffd5b5050820193919092039150565b80356020831015610640575f19602084900360031b1b1692915050565b60ff818116838216019081111561064057610640611df456",
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

// PackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e6a0ad1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deliver((bytes32,uint256,address,uint256,address,address,uint256,address,bytes) m, bytes[] sigs) returns()
func (lockMintBridge *LockMintBridge) PackDeliver(m LockMintBridgeMessage, sigs [][]byte) []byte {
	enc, err := lockMintBridge.abi.Pack("deliver", m, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeliver is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0e6a0ad1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deliver((bytes32,uint256,address,uint256,address,address,uint256,address,bytes) m, bytes[] sigs) returns()
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
// the contract method with ID 0xdeea7be6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) PackDigest(m LockMintBridgeMessage) []byte {
	enc, err := lockMintBridge.abi.Pack("digest", m)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdeea7be6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes) m) pure returns(bytes32)
func (lockMintBridge *LockMintBridge) TryPackDigest(m LockMintBridgeMessage) ([]byte, error) {
	return lockMintBridge.abi.Pack("digest", m)
}

// UnpackDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdeea7be6.
//
// Solidity: function digest((bytes32,uint256,address,uint256,address,address,uint256,address,bytes) m) pure returns(bytes32)
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
// the contract method with ID 0x4c987619.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lock(bytes32 transferId, address token, uint256 amount, uint256 dstChainId, address recipient, bytes payload) returns()
func (lockMintBridge *LockMintBridge) PackLock(transferId [32]byte, token common.Address, amount *big.Int, dstChainId *big.Int, recipient common.Address, payload []byte) []byte {
	enc, err := lockMintBridge.abi.Pack("lock", transferId, token, amount, dstChainId, recipient, payload)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLock is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c987619.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lock(bytes32 transferId, address token, uint256 amount, uint256 dstChainId, address recipient, bytes payload) returns()
func (lockMintBridge *LockMintBridge) TryPackLock(transferId [32]byte, token common.Address, amount *big.Int, dstChainId *big.Int, recipient common.Address, payload []byte) ([]byte, error) {
	return lockMintBridge.abi.Pack("lock", transferId, token, amount, dstChainId, recipient, payload)
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

// LockMintBridgeLocked represents a Locked event raised by the LockMintBridge contract.
type LockMintBridgeLocked struct {
	TransferId [32]byte
	DstChainId *big.Int
	Token      common.Address
	Amount     *big.Int
	Recipient  common.Address
	Payload    []byte
	Nonce      uint64
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
// Solidity: event Locked(bytes32 indexed transferId, uint256 indexed dstChainId, address indexed token, uint256 amount, address recipient, bytes payload, uint64 nonce)
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
