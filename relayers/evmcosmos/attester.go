package evmcosmos

import (
	"bytes"
	"context"
	"math/big"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	banktypes "github.com/cosmos/cosmos-sdk/x/bank/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/relayers/ibc"
)

// Attester is one member of the liquidity committee, for orders paid on a
// Cosmos chain.
type Attester interface {
	Address() common.Address
	// SignSettle checks that the deposit in depositTx is final and
	// canonical, that fillTx on the Cosmos chain pays exactly what the
	// order asks (signed by filler's key, its memo naming the order), and,
	// for an onward IBC payment, that the next chain acknowledged the
	// packet with success; then it signs the settlement digest.
	SignSettle(ctx context.Context, o bindings.LiquidityPoolOrder, filler common.Address, depositTx common.Hash, chain, fillTx string) ([]byte, error)
}

// LocalAttester reads the chains through its own connections.
type LocalAttester struct {
	Key relayers.OperatorKey
	// EVM chains by EIP-155 chain id.
	EVM map[uint64]*evm.Chain
	// Cosmos chains by chain id.
	Cosmos map[string]*CosmosChain
}

// Address is the attester's signing address.
func (a *LocalAttester) Address() common.Address { return a.Key.Address() }

// SignSettle implements Attester.
func (a *LocalAttester) SignSettle(ctx context.Context, o bindings.LiquidityPoolOrder, filler common.Address, depositTx common.Hash, chain, fillTx string) ([]byte, error) {
	if o.SrcChainId == nil || !o.SrcChainId.IsUint64() || a.EVM[o.SrcChainId.Uint64()] == nil {
		return nil, errorf(CodeBadHop, nil, "attester %s does not watch chain %v", a.Key.Address(), o.SrcChainId)
	}
	src := a.EVM[o.SrcChainId.Uint64()]
	cc := a.Cosmos[chain]
	if cc == nil {
		return nil, errorf(CodeBadHop, nil, "attester %s does not watch %s", a.Key.Address(), chain)
	}
	r, err := src.FinalReceipt(ctx, depositTx)
	if err != nil {
		return nil, err
	}
	var dep *evm.Deposit
	for _, l := range r.Logs {
		if d, err := evm.ParseDeposited(src.Options().Liquidity, l); err == nil && d.Order.TransferId == o.TransferId {
			dep = d
			break
		}
	}
	if dep == nil {
		return nil, errorf(CodeNotFound, nil, "no Deposited %x in %s on %s", o.TransferId, depositTx, src.Name())
	}
	h, err := evm.OrderHash(o)
	if err != nil || h != dep.OrderHash {
		return nil, errorf(CodeMismatch, err, "order for %x differs from the deposit", o.TransferId)
	}
	p, err := planFor(o, h, chain, cc, a.Cosmos)
	if err != nil {
		return nil, err
	}
	tx, err := cc.Chain.Tx(ctx, fillTx)
	if err != nil {
		return nil, errorf(CodeNotFound, err, "payment %s on %s", fillTx, chain)
	}
	if !tx.OK() || len(tx.Tx) == 0 {
		return nil, errorf(CodeMismatch, nil, "payment %s on %s failed or is unreadable", fillTx, chain)
	}
	d, err := decodeTx(tx.Tx)
	if err != nil {
		return nil, err
	}
	if d.memo != FillMemo(h) {
		return nil, errorf(CodeMismatch, nil, "payment %s names %q, not order %x", fillTx, d.memo, h)
	}
	signer, err := EVMAddress(d.signer)
	if err != nil || signer != filler {
		return nil, errorf(CodeMismatch, err, "payment %s was signed by %s, not the filler %s", fillTx, signer, filler)
	}
	if len(d.msgs) != 1 {
		return nil, errorf(CodeMismatch, nil, "payment %s has %d messages", fillTx, len(d.msgs))
	}
	sender := Bech32(common.BytesToAddress(cosmosAddr(d.signer)))
	if _, err := p.check(d.msgs[0], sender, cc.Denom); err != nil {
		return nil, err
	}
	if p.next != "" {
		if err := acknowledged(ctx, tx, p); err != nil {
			return nil, err
		}
	}
	return evm.SignDigest(a.Key, evm.SettleDigest(h, filler))
}

// cosmosAddr is the account of a compressed secp256k1 key.
func cosmosAddr(compressed []byte) []byte {
	return (&secp256k1.PubKey{Key: compressed}).Address()
}

// successAck is the ack commitment of a successful ICS-20 receive.
var successAck = channeltypes.CommitAcknowledgement(channeltypes.NewResultAcknowledgement([]byte{byte(1)}).Acknowledgement())

// acknowledged checks that the next chain wrote a successful ack for the
// payment's packet (an error ack or a timeout refunds the relayer, and the
// order is then not the relayer's to claim).
func acknowledged(ctx context.Context, tx ibc.TxResult, p *plan) error {
	evs, err := ibc.PacketEvents(tx.Events, channeltypes.EventTypeSendPacket)
	if err != nil {
		return errorf(CodeMismatch, err, "payment %s packet", tx.Hash)
	}
	if len(evs) != 1 || evs[0].Packet.DestinationChannel != p.link.There.ChannelID || evs[0].Packet.DestinationPort != p.link.There.PortID {
		return errorf(CodeMismatch, nil, "payment %s sends %d packets, not one to %s", tx.Hash, len(evs), p.next)
	}
	seq := evs[0].Packet.Sequence
	res, err := channeltypes.NewQueryClient(p.link.Next.Conn()).PacketAcknowledgement(ctx, &channeltypes.QueryPacketAcknowledgementRequest{
		PortId: p.link.There.PortID, ChannelId: p.link.There.ChannelID, Sequence: seq})
	if err != nil || len(res.Acknowledgement) == 0 {
		return errorf(CodeUnacknowledged, err, "packet %d of payment %s not acknowledged on %s", seq, tx.Hash, p.next)
	}
	if !bytes.Equal(res.Acknowledgement, successAck) {
		return errorf(CodeRefused, nil, "packet %d of payment %s was refused by %s", seq, tx.Hash, p.next)
	}
	return nil
}

// gather asks every attester at once and returns `threshold` signatures
// sorted by signer address, as the pool requires.
func gather(ctx context.Context, attesters []Attester, threshold int, sign func(ctx context.Context, a Attester) ([]byte, error)) ([][]byte, error) {
	sigs, signed, refusals := evm.GatherSignatures(ctx, attesters, threshold, sign)
	if sigs == nil {
		return nil, errorf(CodeAttestation, refusals, "%d of %d attesters signed, %d needed", signed, len(attesters), threshold)
	}
	return sigs, nil
}

// balance is addr's balance of denom on c.
func balance(ctx context.Context, c ibc.Chain, addr, denom string) (*big.Int, error) {
	res, err := banktypes.NewQueryClient(c.Conn()).Balance(ctx, &banktypes.QueryBalanceRequest{Address: addr, Denom: denom})
	if err != nil {
		return nil, errorf(CodeNotFound, err, "balance of %s on %s", addr, c.ID())
	}
	return res.Balance.Amount.BigInt(), nil
}
