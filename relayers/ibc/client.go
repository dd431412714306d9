package ibc

import (
	"context"
	"time"

	sdk "github.com/cosmos/cosmos-sdk/types"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	commitmenttypes "github.com/cosmos/ibc-go/v8/modules/core/23-commitment/types"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// ClientOptions parameterise the 07-tendermint clients Strait creates.
type ClientOptions struct {
	// TrustingPeriod: how long a consensus state can be trusted without an
	// update. Default 14 days (two thirds of the SDK's unbonding period).
	TrustingPeriod time.Duration
	// UnbondingPeriod of the tracked chain. Default 21 days (the SDK's).
	UnbondingPeriod time.Duration
	// MaxClockDrift allowed between the two chains' clocks. Default 10s.
	MaxClockDrift time.Duration
}

// EnsureDefaults fills unset fields.
func (o *ClientOptions) EnsureDefaults() {
	if o.TrustingPeriod == 0 {
		o.TrustingPeriod = 14 * 24 * time.Hour
	}
	if o.UnbondingPeriod == 0 {
		o.UnbondingPeriod = 21 * 24 * time.Hour
	}
	if o.MaxClockDrift == 0 {
		o.MaxClockDrift = 10 * time.Second
	}
}

// Validate reports unusable options.
func (o *ClientOptions) Validate() error {
	if o.TrustingPeriod <= 0 || o.UnbondingPeriod <= o.TrustingPeriod || o.MaxClockDrift <= 0 {
		return errorf(CodeBadPath, nil, "client options: trusting %s, unbonding %s, drift %s", o.TrustingPeriod, o.UnbondingPeriod, o.MaxClockDrift)
	}
	return nil
}

// createClientMsg builds a MsgCreateClient on the host (signed by signer)
// for a 07-tendermint client of counterparty at its latest header.
func createClientMsg(ctx context.Context, counterparty Chain, signer string, opts ClientOptions) (sdk.Msg, error) {
	h, err := counterparty.LatestHeight(ctx)
	if err != nil {
		return nil, errorf(CodeChain, err, "latest height of %s", counterparty.ID())
	}
	sh, _, err := counterparty.LightBlock(ctx, h)
	if err != nil {
		return nil, errorf(CodeChain, err, "header %d of %s", h, counterparty.ID())
	}
	cs := ibctm.NewClientState(counterparty.ID(), ibctm.DefaultTrustLevel, opts.TrustingPeriod, opts.UnbondingPeriod,
		opts.MaxClockDrift, heightOf(counterparty, h), commitmenttypes.GetSDKSpecs(), []string{"upgrade", "upgradedIBCState"})
	cons := ibctm.NewConsensusState(sh.Header.Time, commitmenttypes.NewMerkleRoot(sh.Header.AppHash), sh.Header.NextValidatorsHash)
	msg, err := clienttypes.NewMsgCreateClient(cs, cons, signer)
	if err != nil {
		return nil, errorf(CodeBadPath, err, "create client of %s", counterparty.ID())
	}
	return msg, nil
}

// updateClientMsg builds a MsgUpdateClient that brings host's client of
// counterparty to height h, and returns the height the proofs sent with it
// must be taken at: h, or, when the client is at h or past it already (nil
// message), the client's latest height. Past h the client need not have a
// consensus state at h itself — another relayer may have updated it to a
// later height — but it has one at its latest.
func updateClientMsg(ctx context.Context, host Chain, clientID string, counterparty Chain, h int64, signer string) (sdk.Msg, int64, error) {
	cs, err := ClientState(ctx, host, clientID)
	if err != nil {
		return nil, 0, err
	}
	trusted := cs.LatestHeight
	if latest := int64(trusted.RevisionHeight); latest >= h {
		return nil, latest, nil
	}
	header, err := BuildHeader(ctx, counterparty, trusted, h)
	if err != nil {
		return nil, 0, err
	}
	if err := waitForClock(ctx, host, header.SignedHeader.Header.Time, cs.MaxClockDrift); err != nil {
		return nil, 0, err
	}
	msg, err := clienttypes.NewMsgUpdateClient(clientID, header, signer)
	if err != nil {
		return nil, 0, errorf(CodeBadPath, err, "update client %s on %s", clientID, host.ID())
	}
	return msg, h, nil
}

// BuildHeader is the 07-tendermint header that moves a client of c from
// trusted to h: the signed header at h, its validators, and the validators
// the client trusts (the next validator set of the trusted height).
func BuildHeader(ctx context.Context, c Chain, trusted clienttypes.Height, h int64) (*ibctm.Header, error) {
	sh, vals, err := c.LightBlock(ctx, h)
	if err != nil {
		return nil, errorf(CodeChain, err, "header %d of %s", h, c.ID())
	}
	tvals, err := c.Validators(ctx, int64(trusted.RevisionHeight)+1)
	if err != nil {
		return nil, errorf(CodeChain, err, "validators %d of %s", trusted.RevisionHeight+1, c.ID())
	}
	return &ibctm.Header{SignedHeader: sh, ValidatorSet: vals, TrustedHeight: trusted, TrustedValidators: tvals}, nil
}

// clientHeight returns the latest height of host's client of counterparty.
func clientHeight(ctx context.Context, host Chain, clientID string) (int64, error) {
	cs, err := ClientState(ctx, host, clientID)
	if err != nil {
		return 0, err
	}
	return int64(cs.LatestHeight.RevisionHeight), nil
}

// clockPoll is how often waitForClock looks at the host's latest block.
const clockPoll = 25 * time.Millisecond

// waitForClock waits until a header of time t is no longer "from the
// future" for host: the light client refuses a header later than the
// host's block time plus the client's maximum clock drift. A host chain
// that lags (a slow block, a busy node) catches up within a block or two;
// failing the update instead would surface as a relay error.
func waitForClock(ctx context.Context, host Chain, t time.Time, drift time.Duration) error {
	for {
		now, err := host.BlockTime(ctx, 0)
		if err == nil && t.Before(now.Add(drift)) {
			return nil
		}
		timer := time.NewTimer(clockPoll)
		select {
		case <-ctx.Done():
			timer.Stop()
			return errorf(CodeChain, ctx.Err(), "%s's clock (%s) did not reach a header of %s within the drift %s", host.ID(), now, t, drift)
		case <-timer.C:
		}
	}
}
