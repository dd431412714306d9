package wormhole

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
)

// Kind is the bridge protocol name, as in the routing topology.
const Kind = "strait-wormhole"

// QuorumAlarm is raised when fewer than quorum guardians signed a hop's
// message before the deadline.
type QuorumAlarm struct {
	Hop        relayers.HopRef
	MessageID  string
	Signatures int
	Quorum     int
	Deadline   time.Duration
}

// Options configure the guardian bridge relayer (the deliverer).
type Options struct {
	Chains     []ChainConfig
	Operator   relayers.OperatorKey
	Sets       *Sets
	Aggregator *Aggregator
	// QuorumTimeout bounds the wait for a quorum of guardian signatures
	// once the source message is final (default 1 minute).
	QuorumTimeout time.Duration
	// BlockTime of the chains, for ETAs (default 1s).
	BlockTime time.Duration
	// Alarm is called when a hop misses quorum (default: log only).
	Alarm    func(QuorumAlarm)
	Progress relayers.Progress
	Retry    relayers.RetryOptions
	Logger   *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.QuorumTimeout == 0 {
		o.QuorumTimeout = time.Minute
	}
	if o.BlockTime == 0 {
		o.BlockTime = time.Second
	}
	if o.Progress == nil {
		o.Progress = relayers.NopProgress{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Retry.MaxAttempts == 0 {
		o.Retry.MaxAttempts = 6
	}
	o.Retry.EnsureDefaults()
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	if len(o.Chains) < 2 {
		return errors.New("wormhole relayer: at least two chains")
	}
	for _, c := range o.Chains {
		if c.Chain == nil || c.Bridge == (common.Address{}) || c.Wormhole == 0 {
			return errors.New("wormhole relayer: every chain needs a connection, a bridge and a Wormhole chain id")
		}
	}
	if o.Operator.Private() == nil {
		return errors.New("wormhole relayer: no operator key")
	}
	if o.Sets == nil || o.Aggregator == nil {
		return errors.New("wormhole relayer: guardian sets and an aggregator are required")
	}
	if o.QuorumTimeout < 0 {
		return errors.New("wormhole relayer: negative quorum timeout")
	}
	return o.Retry.Validate()
}

// Relayer carries hops over the guardian bridge: it finds the hop's
// message publication on the source, waits for finality and for the
// guardians' quorum, and delivers the VAA to the destination contract. It
// implements relayers.Relayer.
type Relayer struct {
	opts   Options
	byName map[string]ChainConfig

	mu  sync.Mutex
	gas map[string]uint64
}

// New builds a relayer.
func New(opts Options) (*Relayer, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	r := &Relayer{opts: opts, byName: map[string]ChainConfig{}, gas: map[string]uint64{}}
	for _, c := range opts.Chains {
		r.byName[c.Chain.Name()] = c
	}
	return r, nil
}

// Kind implements relayers.Relayer.
func (r *Relayer) Kind() string { return Kind }

func (r *Relayer) chains(hop relayers.Hop) (src, dst ChainConfig, err error) {
	src, ok1 := r.byName[hop.FromChain]
	dst, ok2 := r.byName[hop.ToChain]
	if !ok1 || !ok2 || hop.FromChain == hop.ToChain {
		return src, dst, errorf(CodeBadHop, nil, "hop %s: chains %q -> %q not served", hop.Ref, hop.FromChain, hop.ToChain)
	}
	if len(hop.SourceTx) != 66 {
		return src, dst, errorf(CodeBadHop, nil, "hop %s: source tx %q is not a 32-byte hash", hop.Ref, hop.SourceTx)
	}
	return src, dst, nil
}

// Estimate implements relayers.Relayer: no fee beyond delivery gas; the
// ETA is finality plus two blocks.
func (r *Relayer) Estimate(ctx context.Context, hop relayers.Hop) (relayers.Estimate, error) {
	src, dst, err := r.chains(hop)
	if err != nil {
		return relayers.Estimate{}, err
	}
	r.mu.Lock()
	gas := r.gas[dst.Chain.Name()]
	r.mu.Unlock()
	eta := time.Duration(src.Chain.Options().FinalityDepth+2) * r.opts.BlockTime
	return relayers.Estimate{Fee: new(big.Int), DeliveryGas: gas, ETA: eta}, nil
}

// Execute implements relayers.Relayer.
func (r *Relayer) Execute(ctx context.Context, hop relayers.Hop) error {
	err := r.execute(ctx, hop)
	if err != nil {
		r.opts.Progress.HopFailed(hop.Ref, err)
	}
	return err
}

// Observe finds the hop's message publication in the source transaction.
func (r *Relayer) Observe(ctx context.Context, src ChainConfig, hop relayers.Hop) (*Message, *Transfer, error) {
	txHash := common.HexToHash(hop.SourceTx)
	rcpt, err := src.Chain.WaitReceipt(ctx, txHash)
	if err != nil {
		return nil, nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, nil, errorf(CodeEventNotFound, nil, "source tx %s on %s failed", txHash, src.Chain.Name())
	}
	var h *types.Header
	if err := src.Chain.Pool().Do(ctx, "header", func(ctx context.Context, cl evm.Client) (err error) {
		h, err = cl.HeaderByNumber(ctx, rcpt.BlockNumber)
		return err
	}); err != nil {
		return nil, nil, err
	}
	for _, l := range rcpt.Logs {
		m, err := ParseMessage(src.Wormhole, src.Bridge, l, time.Unix(int64(h.Time), 0))
		if err != nil {
			continue
		}
		t, err := DecodeTransfer(m.Payload)
		if err != nil || t.TransferID != hop.TransferID {
			continue
		}
		return m, t, nil
	}
	return nil, nil, errorf(CodeEventNotFound, nil, "hop %s: no message for transfer %x in %s on %s", hop.Ref, hop.TransferID, txHash, src.Chain.Name())
}

func (r *Relayer) execute(ctx context.Context, hop relayers.Hop) error {
	src, dst, err := r.chains(hop)
	if err != nil {
		return err
	}
	m, t, err := r.Observe(ctx, src, hop)
	if err != nil {
		return err
	}
	if t.ToChain != dst.Wormhole {
		return errorf(CodeBadHop, nil, "hop %s: message goes to Wormhole chain %d, hop says %s (%d)", hop.Ref, t.ToChain, dst.Chain.Name(), dst.Wormhole)
	}
	r.opts.Progress.HopObserved(hop.Ref, src.Chain.Name(), m.TxHash.Hex(), m.BlockNumber)
	if err := src.Chain.WaitFinal(ctx, m.BlockNumber, m.BlockHash); err != nil {
		return fmt.Errorf("hop %s: %w", hop.Ref, err)
	}
	// The digest does not depend on the guardian set index: the contract
	// answers "consumed" whoever signed.
	digest := m.Body(0).SigningDigest()
	consumed := func(ctx context.Context) (bool, error) {
		out, err := dst.Chain.Call(ctx, dst.Bridge, bridgeABI.PackIsConsumed(digest))
		if err != nil {
			return false, err
		}
		return bridgeABI.UnpackIsConsumed(out)
	}
	if ok, err := consumed(ctx); err == nil && ok {
		r.opts.Progress.HopDelivered(hop.Ref, dst.Chain.Name(), "", true)
		return nil
	}
	id := m.Body(0).MessageID()
	wctx, cancel := context.WithTimeout(ctx, r.opts.QuorumTimeout)
	raw, err := r.opts.Aggregator.Wait(wctx, id)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		al := QuorumAlarm{Hop: hop.Ref, MessageID: id, Signatures: r.opts.Aggregator.Signatures(id),
			Quorum: r.opts.Sets.Current().Quorum(), Deadline: r.opts.QuorumTimeout}
		r.opts.Logger.Error("guardian quorum missed", "hop", hop.Ref.String(), "message", id,
			"signatures", al.Signatures, "quorum", al.Quorum, "deadline", al.Deadline)
		if r.opts.Alarm != nil {
			r.opts.Alarm(al)
		}
		return errorf(CodeQuorumTimeout, nil, "hop %s: %d of %d guardian signatures for %s within %s; nothing delivered",
			hop.Ref, al.Signatures, al.Quorum, id, al.Deadline)
	}
	// Check what we deliver as the contract will, so that a bad VAA fails
	// here with a clear code instead of as a revert.
	now, err := chainTime(ctx, dst)
	if err != nil {
		return err
	}
	ver, err := Verify(r.opts.Sets, raw, now)
	if err != nil {
		return fmt.Errorf("hop %s: assembled VAA: %w", hop.Ref, err)
	}
	r.opts.Progress.HopAttested(hop.Ref, len(ver.Signers))
	txID, already, err := r.submit(ctx, hop.Ref, dst, bridgeABI.PackDeliver(raw), consumed)
	if err != nil {
		return err
	}
	r.opts.Progress.HopDelivered(hop.Ref, dst.Chain.Name(), txID, already)
	return nil
}

// submit sends the delivery with bounded retries and waits for its
// receipt; "already consumed" (here or by another instance) counts as
// delivered.
func (r *Relayer) submit(ctx context.Context, ref relayers.HopRef, dst ChainConfig, data []byte,
	done func(ctx context.Context) (bool, error)) (txID string, already bool, err error) {
	err = relayers.Retry(ctx, r.opts.Retry, "deliver "+ref.String(), func(ctx context.Context, attempt int) error {
		if attempt > 1 {
			if ok, derr := done(ctx); derr == nil && ok {
				already = true
				return nil
			}
		}
		tx, err := dst.Chain.Send(ctx, r.opts.Operator, dst.Bridge, data)
		if err != nil {
			var rv *evm.Revert
			if errors.As(err, &rv) {
				code := ContractCode(rv.Data)
				if code == CodeConsumed {
					already = true
					return nil
				}
				return relayers.Permanent(errorf(code, rv, "%s refused on %s", ref, dst.Chain.Name()))
			}
			return err
		}
		r.opts.Progress.HopSubmitted(ref, dst.Chain.Name(), tx.Hash().Hex())
		rcpt, err := dst.Chain.WaitReceipt(ctx, tx.Hash())
		if err != nil {
			return err
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			if ok, derr := done(ctx); derr == nil && ok {
				already = true
				return nil
			}
			return relayers.Permanent(errorf(CodeReverted, nil, "%s: tx %s reverted on %s", ref, tx.Hash(), dst.Chain.Name()))
		}
		r.mu.Lock()
		r.gas[dst.Chain.Name()] = rcpt.GasUsed
		r.mu.Unlock()
		txID = tx.Hash().Hex()
		return nil
	})
	return txID, already, err
}

var _ relayers.Relayer = (*Relayer)(nil)

// Deliver submits an assembled VAA to the destination its payload names
// (autonomous mode: every VAA the guardians assemble is delivered, with no
// hop driving it). A VAA consumed before counts as delivered.
func (r *Relayer) Deliver(ctx context.Context, raw []byte) (txID string, already bool, err error) {
	v, err := Parse(raw)
	if err != nil {
		return "", false, err
	}
	t, err := DecodeTransfer(v.Payload)
	if err != nil {
		return "", false, err
	}
	var dst *ChainConfig
	for i := range r.opts.Chains {
		if r.opts.Chains[i].Wormhole == t.ToChain {
			dst = &r.opts.Chains[i]
		}
	}
	if dst == nil {
		return "", false, errorf(CodeBadHop, nil, "VAA %s goes to Wormhole chain %d, not served", v.MessageID(), t.ToChain)
	}
	now, err := chainTime(ctx, *dst)
	if err != nil {
		return "", false, err
	}
	ver, err := Verify(r.opts.Sets, raw, now)
	if err != nil {
		return "", false, err
	}
	consumed := func(ctx context.Context) (bool, error) {
		out, err := dst.Chain.Call(ctx, dst.Bridge, bridgeABI.PackIsConsumed(ver.Digest))
		if err != nil {
			return false, err
		}
		return bridgeABI.UnpackIsConsumed(out)
	}
	if ok, err := consumed(ctx); err == nil && ok {
		return "", true, nil
	}
	ref := relayers.HopRef{Transfer: fmt.Sprintf("%x", t.TransferID), Attempt: 1}
	return r.submit(ctx, ref, *dst, bridgeABI.PackDeliver(raw), consumed)
}

// RunAutonomous delivers every VAA the aggregator assembles until ctx
// ends, logging each outcome.
func (r *Relayer) RunAutonomous(ctx context.Context) {
	in := r.opts.Aggregator.Completed(4096)
	for {
		select {
		case <-ctx.Done():
			return
		case raw := <-in:
			tx, already, err := r.Deliver(ctx, raw)
			switch {
			case err != nil && ctx.Err() == nil:
				r.opts.Logger.Error("autonomous delivery failed", "code", string(CodeOf(err)), "err", err)
			case err == nil:
				r.opts.Logger.Info("VAA delivered", "tx", tx, "already", already)
			}
		}
	}
}

// chainTime is the destination's head time: guardian set expiry is judged
// by the chain that checks the VAA, not by this machine's clock.
func chainTime(ctx context.Context, c ChainConfig) (time.Time, error) {
	var h *types.Header
	if err := c.Chain.Pool().Do(ctx, "head", func(ctx context.Context, cl evm.Client) (err error) {
		h, err = cl.HeaderByNumber(ctx, nil)
		return err
	}); err != nil {
		return time.Time{}, fmt.Errorf("head of %s: %w", c.Chain.Name(), err)
	}
	return time.Unix(int64(h.Time), 0), nil
}
