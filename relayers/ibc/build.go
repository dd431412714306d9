package ibc

import (
	"fmt"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
)

// TransferRequest is a wallet's Cosmos route: the chains it crosses, first
// (the source) to last (the destination), with one ICS-20 hop between each
// pair.
type TransferRequest struct {
	Chains []string
	// Coin is what the wallet sends from the source chain.
	Coin sdk.Coin
	// Sender signs on the source chain; Receiver gets the funds on the
	// destination chain.
	Sender, Receiver string
	// Timeout of the first hop (source chain time).
	Timeout time.Time
	// TransferID names the transfer in the forwarding memo (multi-hop).
	TransferID [32]byte
}

// BuildTransfer returns the unsigned MsgTransfer a wallet signs to start a
// route: for one hop, a plain transfer to the receiver; for more, a
// transfer to the forwarder on the second chain whose memo commits the rest
// of the route (each next channel and receiver) and the refund address.
func (r *Relayer) BuildTransfer(req TransferRequest) (*transfertypes.MsgTransfer, error) {
	if len(req.Chains) < 2 {
		return nil, errorf(CodeBadHop, nil, "route of %d chains", len(req.Chains))
	}
	if !req.Coin.IsValid() || !req.Coin.IsPositive() {
		return nil, errorf(CodeBadHop, nil, "coin %s", req.Coin)
	}
	for _, a := range []string{req.Sender, req.Receiver} {
		if _, err := sdk.AccAddressFromBech32(a); err != nil {
			return nil, errorf(CodeBadHop, err, "address %q", a)
		}
	}
	// channel leaving chains[i] towards chains[i+1].
	channel := func(i int) (End, error) {
		p, err := r.path(req.Chains[i], req.Chains[i+1])
		if err != nil {
			return End{}, err
		}
		src, _, err := p.From(req.Chains[i])
		if err != nil {
			return End{}, err
		}
		return src.End, nil
	}
	first, err := channel(0)
	if err != nil {
		return nil, err
	}
	receiver, memo := req.Receiver, ""
	if len(req.Chains) > 2 {
		m := ForwardMemo{RefundTo: req.Sender, ID: fmt.Sprintf("%x", req.TransferID[:])}
		for i := 1; i+1 < len(req.Chains); i++ {
			fw := r.opts.Forwarders[req.Chains[i]]
			if fw == nil {
				return nil, errorf(CodeBadHop, nil, "no forwarder on %s", req.Chains[i])
			}
			next, err := channel(i)
			if err != nil {
				return nil, err
			}
			to := req.Receiver
			if i+2 < len(req.Chains) {
				nf := r.opts.Forwarders[req.Chains[i+1]]
				if nf == nil {
					return nil, errorf(CodeBadHop, nil, "no forwarder on %s", req.Chains[i+1])
				}
				to = nf.Address()
			}
			m.Next = append(m.Next, ForwardHop{Chain: req.Chains[i+1], Channel: next.ChannelID, Receiver: to})
		}
		receiver, memo = r.opts.Forwarders[req.Chains[1]].Address(), m.Memo()
	}
	return transfertypes.NewMsgTransfer(first.PortID, first.ChannelID, req.Coin, req.Sender, receiver,
		clienttypes.ZeroHeight(), uint64(req.Timeout.UnixNano()), memo), nil
}
