package ibc

import (
	"context"
	"fmt"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	connectiontypes "github.com/cosmos/ibc-go/v8/modules/core/03-connection/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"

	"github.com/straitnet/strait/internal/strictjson"
)

// End is one side of a path: a chain, its client of the other chain, the
// connection and the channel.
type End struct {
	ChainID      string `json:"chain_id"`
	ClientID     string `json:"client_id"`
	ConnectionID string `json:"connection_id"`
	PortID       string `json:"port_id"`
	ChannelID    string `json:"channel_id"`
}

// PathSpec describes an open channel between two chains. It is what
// `strait ibc link` prints and what the relayer is configured with.
type PathSpec struct {
	A End `json:"a"`
	B End `json:"b"`
}

// Validate checks that every identifier is well formed.
func (p PathSpec) Validate() error {
	for _, e := range []End{p.A, p.B} {
		if e.ChainID == "" {
			return errorf(CodeBadPath, nil, "path end without a chain id")
		}
		for _, check := range []struct {
			what string
			err  error
		}{
			{"client", host.ClientIdentifierValidator(e.ClientID)},
			{"connection", host.ConnectionIdentifierValidator(e.ConnectionID)},
			{"port", host.PortIdentifierValidator(e.PortID)},
			{"channel", host.ChannelIdentifierValidator(e.ChannelID)},
		} {
			if check.err != nil {
				return errorf(CodeBadPath, check.err, "%s on %s", check.what, e.ChainID)
			}
		}
	}
	if p.A.ChainID == p.B.ChainID {
		return errorf(CodeBadPath, nil, "path from %s to itself", p.A.ChainID)
	}
	return nil
}

// ParsePathSpec decodes a path description (outside input: a file an
// operator wrote or `strait ibc link` printed).
func ParsePathSpec(b []byte) (PathSpec, error) {
	var p PathSpec
	if err := strictjson.Decode(b, 0, &p); err != nil {
		return PathSpec{}, errorf(CodeBadPath, err, "decode path")
	}
	if err := p.Validate(); err != nil {
		return PathSpec{}, err
	}
	return p, nil
}

// Reversed swaps the two ends.
func (p PathSpec) Reversed() PathSpec { return PathSpec{A: p.B, B: p.A} }

// LinkOptions configure Link.
type LinkOptions struct {
	Client ClientOptions
	// PortID on both ends. Default "transfer".
	PortID string
	// Version of the channel. Default ICS-20's "ics20-1".
	Version string
	// Poll is how often to look for a new block. Default 50ms.
	Poll time.Duration
}

// EnsureDefaults fills unset fields.
func (o *LinkOptions) EnsureDefaults() {
	o.Client.EnsureDefaults()
	if o.PortID == "" {
		o.PortID = transfertypes.PortID
	}
	if o.Version == "" {
		o.Version = transfertypes.Version
	}
	if o.Poll == 0 {
		o.Poll = 50 * time.Millisecond
	}
}

// Validate reports unusable options.
func (o *LinkOptions) Validate() error { return o.Client.Validate() }

// Link opens a path between the chains of a and b: a 07-tendermint client
// on each chain of the other, a connection (init on a, try on b, ack on a,
// confirm on b) and an unordered channel on the transfer port, each
// handshake step proven to the other side with a fresh client update.
func Link(ctx context.Context, a, b *Sender, opts LinkOptions) (PathSpec, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return PathSpec{}, err
	}
	ca, cb := a.Chain(), b.Chain()
	p := PathSpec{A: End{ChainID: ca.ID(), PortID: opts.PortID}, B: End{ChainID: cb.ID(), PortID: opts.PortID}}
	fail := func(step string, err error) (PathSpec, error) {
		return PathSpec{}, fmt.Errorf("link %s <-> %s: %s: %w", ca.ID(), cb.ID(), step, err)
	}
	var err error
	// hA and hB are the heights of the last handshake transaction on each
	// chain: a proof of what it wrote needs a header above it.
	var hA, hB int64
	var r TxResult
	// Clients.
	if p.A.ClientID, hA, err = createClient(ctx, a, cb, opts.Client); err != nil {
		return fail("create client on "+ca.ID(), err)
	}
	if p.B.ClientID, hB, err = createClient(ctx, b, ca, opts.Client); err != nil {
		return fail("create client on "+cb.ID(), err)
	}
	prefix := commitmenttypes.NewMerklePrefix([]byte("ibc"))
	// Connection.
	if r, err = sendStep(ctx, a, connectiontypes.NewMsgConnectionOpenInit(p.A.ClientID, p.B.ClientID, prefix,
		connectiontypes.DefaultIBCVersion, 0, a.Address())); err != nil {
		return fail("connection open init", err)
	}
	hA = r.Height
	if p.A.ConnectionID, err = eventAttr(r, connectiontypes.EventTypeConnectionOpenInit, connectiontypes.AttributeKeyConnectionID); err != nil {
		return fail("connection open init", err)
	}
	if r, p.B.ConnectionID, err = connTryOrAck(ctx, b, a, p.B, p.A, prefix, true, hA, opts.Poll); err != nil {
		return fail("connection open try", err)
	}
	hB = r.Height
	if r, _, err = connTryOrAck(ctx, a, b, p.A, p.B, prefix, false, hB, opts.Poll); err != nil {
		return fail("connection open ack", err)
	}
	hA = r.Height
	if r, err = provenStep(ctx, b, a, p.B.ClientID, host.ConnectionKey(p.A.ConnectionID), hA, opts.Poll, func(pr Proof) sdk.Msg {
		return connectiontypes.NewMsgConnectionOpenConfirm(p.B.ConnectionID, pr.Proof, pr.Height, b.Address())
	}); err != nil {
		return fail("connection open confirm", err)
	}
	hB = r.Height
	// Channel.
	if r, err = sendStep(ctx, a, channeltypes.NewMsgChannelOpenInit(p.A.PortID, opts.Version, channeltypes.UNORDERED,
		[]string{p.A.ConnectionID}, p.B.PortID, a.Address())); err != nil {
		return fail("channel open init", err)
	}
	hA = r.Height
	if p.A.ChannelID, err = eventAttr(r, channeltypes.EventTypeChannelOpenInit, channeltypes.AttributeKeyChannelID); err != nil {
		return fail("channel open init", err)
	}
	if r, err = provenStep(ctx, b, a, p.B.ClientID, host.ChannelKey(p.A.PortID, p.A.ChannelID), hA, opts.Poll, func(pr Proof) sdk.Msg {
		return channeltypes.NewMsgChannelOpenTry(p.B.PortID, opts.Version, channeltypes.UNORDERED, []string{p.B.ConnectionID},
			p.A.PortID, p.A.ChannelID, opts.Version, pr.Proof, pr.Height, b.Address())
	}); err != nil {
		return fail("channel open try", err)
	}
	hB = r.Height
	if p.B.ChannelID, err = eventAttr(r, channeltypes.EventTypeChannelOpenTry, channeltypes.AttributeKeyChannelID); err != nil {
		return fail("channel open try", err)
	}
	if r, err = provenStep(ctx, a, b, p.A.ClientID, host.ChannelKey(p.B.PortID, p.B.ChannelID), hB, opts.Poll, func(pr Proof) sdk.Msg {
		return channeltypes.NewMsgChannelOpenAck(p.A.PortID, p.A.ChannelID, p.B.ChannelID, opts.Version, pr.Proof, pr.Height, a.Address())
	}); err != nil {
		return fail("channel open ack", err)
	}
	hA = r.Height
	if _, err = provenStep(ctx, b, a, p.B.ClientID, host.ChannelKey(p.A.PortID, p.A.ChannelID), hA, opts.Poll, func(pr Proof) sdk.Msg {
		return channeltypes.NewMsgChannelOpenConfirm(p.B.PortID, p.B.ChannelID, pr.Proof, pr.Height, b.Address())
	}); err != nil {
		return fail("channel open confirm", err)
	}
	return p, nil
}

func createClient(ctx context.Context, s *Sender, counterparty Chain, opts ClientOptions) (string, int64, error) {
	msg, err := createClientMsg(ctx, counterparty, s.Address(), opts)
	if err != nil {
		return "", 0, err
	}
	r, err := sendStep(ctx, s, msg)
	if err != nil {
		return "", 0, err
	}
	id, err := eventAttr(r, clienttypes.EventTypeCreateClient, clienttypes.AttributeKeyClientID)
	return id, r.Height, err
}

// sendStep sends msgs and turns a failed transaction into a coded error.
func sendStep(ctx context.Context, s *Sender, msgs ...sdk.Msg) (TxResult, error) {
	r, err := s.Send(ctx, msgs...)
	if err != nil {
		return r, err
	}
	if !r.OK() {
		return r, txError(s.Chain(), r)
	}
	return r, nil
}

// provenStep updates dst's client of src to src's latest height, reads key
// on src with a proof at that height, and sends the update and the message
// built from the proof in one transaction on dst.
func provenStep(ctx context.Context, dst, src *Sender, clientID string, key []byte, after int64, poll time.Duration, build func(Proof) sdk.Msg) (TxResult, error) {
	// The value was written in block `after`: the first header that
	// commits to it is after+1.
	h, err := WaitHeight(ctx, src.Chain(), after+1, poll)
	if err != nil {
		return TxResult{}, err
	}
	upd, h, err := updateClientMsg(ctx, dst.Chain(), clientID, src.Chain(), h, dst.Address())
	if err != nil {
		return TxResult{}, err
	}
	pr, err := QueryProof(ctx, src.Chain(), key, h)
	if err != nil {
		return TxResult{}, err
	}
	msgs := []sdk.Msg{build(pr)}
	if upd != nil {
		msgs = append([]sdk.Msg{upd}, msgs...)
	}
	return sendStep(ctx, dst, msgs...)
}

// connTryOrAck runs ConnOpenTry (try=true, on self, for the counterparty's
// INIT connection) or ConnOpenAck (on self, for the counterparty's TRYOPEN
// connection). Both prove the counterparty's connection, its client of self
// and that client's consensus state, all at one height.
func connTryOrAck(ctx context.Context, self, cp *Sender, me, other End, prefix commitmenttypes.MerklePrefix, try bool, after int64, poll time.Duration) (TxResult, string, error) {
	c := cp.Chain()
	h, err := WaitHeight(ctx, c, after+1, poll)
	if err != nil {
		return TxResult{}, "", err
	}
	upd, h, err := updateClientMsg(ctx, self.Chain(), me.ClientID, c, h, self.Address())
	if err != nil {
		return TxResult{}, "", err
	}
	connProof, err := QueryProof(ctx, c, host.ConnectionKey(other.ConnectionID), h)
	if err != nil {
		return TxResult{}, "", err
	}
	clientProof, err := QueryProof(ctx, c, host.FullClientStateKey(other.ClientID), h)
	if err != nil {
		return TxResult{}, "", err
	}
	// The counterparty's client of self, exactly as proven.
	cdc, err := DefaultCodec()
	if err != nil {
		return TxResult{}, "", err
	}
	anyCS, err := clienttypes.UnmarshalClientState(cdc.Proto, clientProof.Value)
	if err != nil {
		return TxResult{}, "", errorf(CodeChain, err, "client %s on %s", other.ClientID, c.ID())
	}
	cs, ok := anyCS.(*ibctm.ClientState)
	if !ok {
		return TxResult{}, "", errorf(CodeBadPath, nil, "client %s on %s is not 07-tendermint", other.ClientID, c.ID())
	}
	consHeight := cs.LatestHeight
	consProof, err := QueryProof(ctx, c, host.FullConsensusStateKey(other.ClientID, consHeight), h)
	if err != nil {
		return TxResult{}, "", err
	}
	var msg sdk.Msg
	if try {
		msg = connectiontypes.NewMsgConnectionOpenTry(me.ClientID, other.ConnectionID, other.ClientID, cs, prefix,
			connectiontypes.GetCompatibleVersions(), 0, connProof.Proof, clientProof.Proof, consProof.Proof,
			connProof.Height, consHeight, self.Address())
	} else {
		msg = connectiontypes.NewMsgConnectionOpenAck(me.ConnectionID, other.ConnectionID, cs, connProof.Proof,
			clientProof.Proof, consProof.Proof, connProof.Height, consHeight, connectiontypes.DefaultIBCVersion, self.Address())
	}
	msgs := []sdk.Msg{msg}
	if upd != nil {
		msgs = append([]sdk.Msg{upd}, msgs...)
	}
	r, err := sendStep(ctx, self, msgs...)
	if err != nil {
		return TxResult{}, "", err
	}
	if !try {
		return r, me.ConnectionID, nil
	}
	id, err := eventAttr(r, connectiontypes.EventTypeConnectionOpenTry, connectiontypes.AttributeKeyConnectionID)
	return r, id, err
}

func eventAttr(r TxResult, typ, key string) (string, error) {
	v, ok := attr(r.Events, typ, key)
	if !ok || v == "" {
		return "", errorf(CodeBadEvent, nil, "tx %s: no %s.%s", r.Hash, typ, key)
	}
	return v, nil
}
