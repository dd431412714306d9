package ibc

import (
	"fmt"
	"sync"

	"cosmossdk.io/x/tx/signing"
	"github.com/cosmos/cosmos-sdk/client"
	"github.com/cosmos/cosmos-sdk/codec"
	"github.com/cosmos/cosmos-sdk/codec/address"
	codectypes "github.com/cosmos/cosmos-sdk/codec/types"
	cryptocodec "github.com/cosmos/cosmos-sdk/crypto/codec"
	sdk "github.com/cosmos/cosmos-sdk/types"
	authtx "github.com/cosmos/cosmos-sdk/x/auth/tx"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	"github.com/cosmos/gogoproto/proto"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// Bech32Prefix is the account address prefix of the chains Strait relays
// between (simapp and simd use the SDK default).
const Bech32Prefix = "cosmos"

// Codec holds what the relayer needs to encode messages and transactions:
// the SDK's standard types, bank, auth and every ibc-go type it sends.
type Codec struct {
	Registry codectypes.InterfaceRegistry
	Proto    *codec.ProtoCodec
	TxConfig client.TxConfig
}

var (
	codecOnce sync.Once
	theCodec  *Codec
	codecErr  error
)

// DefaultCodec returns the process-wide codec (built once: the registry is
// immutable after construction and safe to share).
func DefaultCodec() (*Codec, error) {
	codecOnce.Do(func() { theCodec, codecErr = newCodec() })
	return theCodec, codecErr
}

func newCodec() (*Codec, error) {
	reg, err := codectypes.NewInterfaceRegistryWithOptions(codectypes.InterfaceRegistryOptions{
		ProtoFiles: proto.HybridResolver,
		SigningOptions: signing.Options{
			AddressCodec:          address.NewBech32Codec(Bech32Prefix),
			ValidatorAddressCodec: address.NewBech32Codec(Bech32Prefix + "valoper"),
		},
	})
	if err != nil {
		return nil, fmt.Errorf("ibc codec: interface registry: %w", err)
	}
	cryptocodec.RegisterInterfaces(reg)
	sdk.RegisterInterfaces(reg)
	authtypes.RegisterInterfaces(reg)
	banktypes.RegisterInterfaces(reg)
	clienttypes.RegisterInterfaces(reg)
	connectiontypes.RegisterInterfaces(reg)
	channeltypes.RegisterInterfaces(reg)
	commitmenttypes.RegisterInterfaces(reg)
	ibctm.RegisterInterfaces(reg)
	transfertypes.RegisterInterfaces(reg)
	cdc := codec.NewProtoCodec(reg)
	return &Codec{Registry: reg, Proto: cdc, TxConfig: authtx.NewTxConfig(cdc, authtx.DefaultSignModes)}, nil
}
