// Package evmcosmos is Strait's bridge from EVM chains into Cosmos
// (`strait-evm-cosmos`): the wallet deposits USDC in the EVM LiquidityPool
// with a Cosmos chain as the order's destination; a liquidity relayer pays
// on the Cosmos chain at once from its own balance of a bank denom (its own
// funds, not the user's); once the deposit is final and the payment has
// done what the order asked, the attesters check the payment on the Cosmos
// chain and sign the settlement, which reimburses the relayer from the EVM
// escrow. A payment that fails (an IBC packet refused or timed out) is never
// settled: the user's deposit stays in escrow and refunds after the order's
// deadline, as for an order nobody filled.
//
// The payment is one Cosmos transaction whose memo names the order hash:
// a bank send to the recipient when the route ends on the Cosmos chain, or
// an ICS-20 transfer over the channel to the next chain when the route goes
// on over IBC (that transfer is then the next hop's source transaction, and
// Strait's IBC relayer carries it like a wallet's).
package evmcosmos

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"math/big"

	sdkmath "cosmossdk.io/math"
	sdk "github.com/cosmos/cosmos-sdk/types"
	"github.com/cosmos/cosmos-sdk/types/bech32"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/ibc"
)

// Kind is the bridge protocol name, as in the routing topology.
const Kind = "strait-evm-cosmos"

// HopKindIBC is the Gateway hop kind of an ICS-20 hop that follows this
// bridge in a committed route. The Gateway never starts such a hop (it
// only hashes it into the route); the relayer reads it from the payload.
const HopKindIBC uint8 = 4

// Error codes of this bridge kind.
const (
	// CodeBadHop: the order or its route cannot be carried by this bridge.
	CodeBadHop relayers.Code = "evmcosmos_bad_hop"
	// CodeNotFound: the deposit or the payment is not where it should be.
	CodeNotFound relayers.Code = "evmcosmos_not_found"
	// CodeFeeTooHigh: the relayer's fee exceeds the order's maximum.
	CodeFeeTooHigh relayers.Code = "evmcosmos_fee_too_high"
	// CodeExpired: the order's deadline passed before the payment.
	CodeExpired relayers.Code = "evmcosmos_expired"
	// CodePayment: the Cosmos chain refused the payment.
	CodePayment relayers.Code = "evmcosmos_payment"
	// CodeMismatch: a payment does not pay the order it names (attesters).
	CodeMismatch relayers.Code = "evmcosmos_mismatch"
	// CodeUnacknowledged: the payment's IBC packet has no successful
	// acknowledgement on the next chain (yet, or ever).
	CodeUnacknowledged relayers.Code = "evmcosmos_unacknowledged"
	// CodeRefused: the next chain answered the payment's packet with an
	// error acknowledgement (ICS-20 returned the payment to the relayer):
	// the order is not the relayer's to claim, ever.
	CodeRefused relayers.Code = "evmcosmos_refused"
	// CodeAttestation: too few attesters signed.
	CodeAttestation relayers.Code = "evmcosmos_attestation"
)

func errorf(code relayers.Code, err error, format string, args ...any) error {
	return relayers.Errorf(code, err, format, args...)
}

// ChainID is the number by which EVM contracts (pool peers, gateway routes)
// name a Cosmos chain: 2^51 + 51 bits of keccak256 of its chain id, so that
// every party derives it alone and it cannot clash with a real EVM chain
// id (those are far below 2^51).
func ChainID(cosmosChainID string) uint64 {
	h := crypto.Keccak256([]byte("strait/cosmos-chain/" + cosmosChainID))
	return 1<<51 | binary.BigEndian.Uint64(h[:8])>>13
}

func tag(kind, s string) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("strait/cosmos-" + kind + "/" + s))[12:])
}

// PoolTag stands for the Cosmos side of the bridge where an EVM pool expects
// a peer pool address (no contract lives there).
func PoolTag(cosmosChainID string) common.Address { return tag("pool", cosmosChainID) }

// GatewayTag stands for the Cosmos chain where an EVM Gateway expects a peer
// gateway (the order's recipient when the route goes on from there: the
// relayer carries the rest of the route itself).
func GatewayTag(cosmosChainID string) common.Address { return tag("gateway", cosmosChainID) }

// DenomTag stands for a Cosmos denom where a Gateway hop names a token.
func DenomTag(denom string) common.Address { return tag("denom", denom) }

// FillMemo is the memo of the payment for an order: attesters find the
// order it pays by it, and the relayer finds its own earlier payment.
func FillMemo(orderHash [32]byte) string { return "strait-fill:" + hex.EncodeToString(orderHash[:]) }

// Bech32 is a 20-byte account as a Cosmos address.
func Bech32(a common.Address) string {
	s, err := bech32.ConvertAndEncode(ibc.Bech32Prefix, a.Bytes())
	if err != nil {
		panic(err) // 20 bytes always encode
	}
	return s
}

// AccountBytes decodes a Cosmos account address to its 20 bytes.
func AccountBytes(addr string) (common.Address, error) {
	hrp, b, err := bech32.DecodeAndConvert(addr)
	if err != nil {
		return common.Address{}, fmt.Errorf("%q is not a bech32 address: %w", addr, err)
	}
	if hrp != ibc.Bech32Prefix || len(b) != 20 {
		return common.Address{}, fmt.Errorf("%q is not a %s account address of 20 bytes", addr, ibc.Bech32Prefix)
	}
	return common.BytesToAddress(b), nil
}

// Link is a transfer channel from a Cosmos chain to the next one.
type Link struct {
	Here  ibc.End   // this chain's end
	There ibc.End   // the next chain's end
	Next  ibc.Chain // the next chain
}

// CosmosChain is a Cosmos chain the bridge pays on.
type CosmosChain struct {
	Chain ibc.Chain
	// Denom is what payments are made in ("uusdc").
	Denom string
	// Links by next chain id.
	Links map[string]Link
	// PacketTimeout is how long (chain time) an onward IBC payment has to
	// be received. Default 10 minutes.
	PacketTimeout int64
}

// plan is the payment an order asks for on chain cc.
type plan struct {
	orderHash [32]byte
	recipient string // bech32, on this chain or the next
	next      string // next chain id ("" = pay here)
	link      Link
	min, max  *big.Int // bounds of the payout: amount - maxFee .. amount
}

// planFor checks an order against this bridge and the chain it names and
// says what must be paid where.
func planFor(o bindings.LiquidityPoolOrder, orderHash [32]byte, id string, cc *CosmosChain, chains map[string]*CosmosChain) (*plan, error) {
	if o.DstChainId == nil || !o.DstChainId.IsUint64() || o.DstChainId.Uint64() != ChainID(id) {
		return nil, errorf(CodeBadHop, nil, "order %x goes to chain %v, not %s (%d)", o.TransferId, o.DstChainId, id, ChainID(id))
	}
	if o.DstPool != PoolTag(id) {
		return nil, errorf(CodeBadHop, nil, "order %x names pool %s, not the %s bridge", o.TransferId, o.DstPool, id)
	}
	if o.DstToken != DenomTag(cc.Denom) && o.DstToken != (common.Address{}) {
		return nil, errorf(CodeBadHop, nil, "order %x asks for token %s, this bridge pays %s", o.TransferId, o.DstToken, cc.Denom)
	}
	if o.Amount == nil || o.Amount.Sign() <= 0 || o.MaxFee == nil || o.MaxFee.Sign() < 0 {
		return nil, errorf(CodeBadHop, nil, "order %x: amount %v, max fee %v", o.TransferId, o.Amount, o.MaxFee)
	}
	p := &plan{orderHash: orderHash, max: new(big.Int).Set(o.Amount), min: new(big.Int).Sub(o.Amount, o.MaxFee)}
	if len(o.Payload) == 0 {
		p.recipient = Bech32(o.Recipient)
		return p, nil
	}
	// The route goes on: the Gateway paid "the gateway" of this chain with
	// the committed route and the index of the next hop as payload.
	if o.Recipient != GatewayTag(id) {
		return nil, errorf(CodeBadHop, nil, "order %x carries a route but pays %s, not the %s gateway", o.TransferId, o.Recipient, id)
	}
	out, err := bindings.NewGateway().UnpackDecodePayload(o.Payload)
	if err != nil {
		return nil, errorf(CodeBadHop, err, "order %x: route payload", o.TransferId)
	}
	r, next := out.R, out.Next
	if next == nil || !next.IsUint64() || next.Uint64() == 0 || next.Uint64() >= uint64(len(r.Hops)) {
		return nil, errorf(CodeBadHop, nil, "order %x: next hop %v of %d", o.TransferId, next, len(r.Hops))
	}
	n := next.Uint64()
	if r.Hops[n-1].DstChainId.Cmp(o.DstChainId) != 0 {
		return nil, errorf(CodeBadHop, nil, "order %x: the route's hop %d does not end on %s", o.TransferId, n-1, id)
	}
	// One IBC hop after the bridge: its failure returns the payment to
	// the relayer, and the user's deposit is refunded from escrow. Longer
	// routes would leave the user's funds with a forwarder on failure.
	if n+1 != uint64(len(r.Hops)) {
		return nil, errorf(CodeBadHop, nil, "order %x: %d hops follow the bridge; it carries routes with at most one IBC hop after it", o.TransferId, uint64(len(r.Hops))-n)
	}
	h := r.Hops[n]
	if h.Kind != HopKindIBC {
		return nil, errorf(CodeBadHop, nil, "order %x: hop %d is of kind %d, not IBC", o.TransferId, n, h.Kind)
	}
	for nid, l := range cc.Links {
		if h.DstChainId.IsUint64() && h.DstChainId.Uint64() == ChainID(nid) {
			p.next, p.link = nid, l
		}
	}
	if p.next == "" {
		return nil, errorf(CodeBadHop, nil, "order %x: no channel from %s to chain %v", o.TransferId, id, h.DstChainId)
	}
	if want := voucherTag(cc.Denom, p.link); h.DstToken != want && h.DstToken != (common.Address{}) {
		return nil, errorf(CodeBadHop, nil, "order %x: the IBC hop asks for token %s, the channel delivers %s", o.TransferId, h.DstToken, want)
	}
	p.recipient = Bech32(r.Recipient)
	return p, nil
}

// voucherTag is the DenomTag of denom after crossing link.
func voucherTag(denom string, l Link) common.Address {
	full := transfertypes.GetPrefixedDenom(l.There.PortID, l.There.ChannelID, denom)
	return DenomTag(transfertypes.ParseDenomTrace(full).IBCDenom())
}

// msg is the payment message for payout from sender.
func (p *plan) msg(sender, denom string, payout *big.Int, timeoutNs uint64) sdk.Msg {
	coin := sdk.NewCoin(denom, sdkmath.NewIntFromBigInt(payout))
	if p.next == "" {
		return &banktypes.MsgSend{FromAddress: sender, ToAddress: p.recipient, Amount: sdk.NewCoins(coin)}
	}
	return &transfertypes.MsgTransfer{SourcePort: p.link.Here.PortID, SourceChannel: p.link.Here.ChannelID, Token: coin,
		Sender: sender, Receiver: p.recipient, TimeoutTimestamp: timeoutNs, Memo: FillMemo(p.orderHash)}
}

// check reports whether m is this plan's payment from sender in denom, and
// returns the payout.
func (p *plan) check(m sdk.Msg, sender, denom string) (*big.Int, error) {
	var coin sdk.Coin
	switch m := m.(type) {
	case *banktypes.MsgSend:
		if p.next != "" || m.FromAddress != sender || m.ToAddress != p.recipient || len(m.Amount) != 1 {
			return nil, errorf(CodeMismatch, nil, "bank send %s -> %s %v is not the payment to %s", m.FromAddress, m.ToAddress, m.Amount, p.recipient)
		}
		coin = m.Amount[0]
	case *transfertypes.MsgTransfer:
		if p.next == "" || m.Sender != sender || m.Receiver != p.recipient || m.SourcePort != p.link.Here.PortID || m.SourceChannel != p.link.Here.ChannelID {
			return nil, errorf(CodeMismatch, nil, "transfer %s/%s %s -> %s is not the payment to %s on %s", m.SourcePort, m.SourceChannel, m.Sender, m.Receiver, p.recipient, p.next)
		}
		coin = m.Token
	default:
		return nil, errorf(CodeMismatch, nil, "payment is a %T", m)
	}
	if coin.Denom != denom {
		return nil, errorf(CodeMismatch, nil, "payment in %s, not %s", coin.Denom, denom)
	}
	v := coin.Amount.BigInt()
	if v.Cmp(p.min) < 0 || v.Cmp(p.max) > 0 {
		return nil, errorf(CodeMismatch, nil, "payment of %v outside [%v, %v]", v, p.min, p.max)
	}
	return v, nil
}

// decodedTx is what the checks read from a raw Cosmos transaction.
type decodedTx struct {
	memo   string
	msgs   []sdk.Msg
	signer []byte // compressed secp256k1 public key of the only signer
}

func decodeTx(raw []byte) (*decodedTx, error) {
	cdc, err := ibc.DefaultCodec()
	if err != nil {
		return nil, err
	}
	tx, err := cdc.TxConfig.TxDecoder()(raw)
	if err != nil {
		return nil, errorf(CodeMismatch, err, "decode payment transaction")
	}
	var out decodedTx
	if m, ok := tx.(sdk.TxWithMemo); ok {
		out.memo = m.GetMemo()
	}
	out.msgs = tx.GetMsgs()
	w, err := cdc.TxConfig.WrapTxBuilder(tx)
	if err != nil {
		return nil, errorf(CodeMismatch, err, "read payment transaction")
	}
	sigs, err := w.GetTx().GetSignaturesV2()
	if err != nil || len(sigs) != 1 || sigs[0].PubKey == nil {
		return nil, errorf(CodeMismatch, err, "payment transaction has %d signers, want 1", len(sigs))
	}
	out.signer = sigs[0].PubKey.Bytes()
	return &out, nil
}

// EVMAddress is the EVM address of a compressed secp256k1 public key: the
// same key signs the relayer's Cosmos payments and is the filler the EVM
// pool reimburses.
func EVMAddress(compressed []byte) (common.Address, error) {
	pk, err := crypto.DecompressPubkey(compressed)
	if err != nil {
		return common.Address{}, err
	}
	return crypto.PubkeyToAddress(*pk), nil
}
