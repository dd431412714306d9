package evmcosmos

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/cosmos/cosmos-sdk/crypto/keys/secp256k1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
	"github.com/straitnet/strait/relayers/evm"
	"github.com/straitnet/strait/relayers/ibc"
)

// Options configure the relayer.
type Options struct {
	// EVM are the source chains (their liquidity pool addresses).
	EVM []*evm.Chain
	// Cosmos are the chains it pays on, by chain id.
	Cosmos map[string]*CosmosChain
	// Operator is the relayer's key: it signs the Cosmos payments and the
	// EVM settlement, so the attesters know the filler from the payment's
	// signature alone.
	Operator relayers.OperatorKey
	// FeeBps is the relayer's fee on the order amount. Default 5.
	FeeBps int64
	// Attesters and the threshold the EVM pools require.
	Attesters []Attester
	Threshold int
	// SettleTimeout bounds the wait for settlement (the payment's packet
	// acknowledged, the attesters' signatures). Default 10 minutes.
	SettleTimeout time.Duration
	// Poll is how often a pending settlement asks the attesters again.
	// Default 1s.
	Poll time.Duration
	// ResumeBlocks is how far back from each EVM chain's head Resume looks
	// for orders this relayer paid but did not settle. Default 50,000
	// blocks (about 14 hours at 1 s blocks, a week at 12 s): a settlement
	// lost longer ago than that is an operator's to claim, and a scan from
	// the genesis of a real chain would cost more than it finds.
	ResumeBlocks uint64
	// ResumeSpan bounds one log query of that scan, under the block-range
	// caps of public RPC endpoints. Default 2,000 blocks.
	ResumeSpan uint64
	// Now is the clock (order deadlines). Default time.Now.
	Now      func() time.Time
	Progress relayers.Progress
	Logger   *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.FeeBps == 0 {
		o.FeeBps = 5
	}
	if o.SettleTimeout == 0 {
		o.SettleTimeout = 10 * time.Minute
	}
	if o.Poll == 0 {
		o.Poll = time.Second
	}
	if o.Progress == nil {
		o.Progress = relayers.NopProgress{}
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.ResumeBlocks == 0 {
		o.ResumeBlocks = 50_000
	}
	if o.ResumeSpan == 0 {
		o.ResumeSpan = 2_000
	}
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	if len(o.EVM) == 0 || len(o.Cosmos) == 0 {
		return errors.New("evm-cosmos relayer: needs EVM and Cosmos chains")
	}
	if o.Operator.Private() == nil {
		return errors.New("evm-cosmos relayer: no operator key")
	}
	if o.FeeBps < 0 || o.FeeBps > 10_000 {
		return fmt.Errorf("evm-cosmos relayer: fee %d bps", o.FeeBps)
	}
	if o.Threshold < 1 || o.Threshold > len(o.Attesters) {
		return fmt.Errorf("evm-cosmos relayer: threshold %d of %d attesters", o.Threshold, len(o.Attesters))
	}
	for id, c := range o.Cosmos {
		if c.Chain == nil || c.Chain.ID() != id || c.Denom == "" {
			return fmt.Errorf("evm-cosmos relayer: chain %q: chain and denom required", id)
		}
	}
	return nil
}

// Relayer carries `strait-evm-cosmos` hops and settles them.
type Relayer struct {
	opts    Options
	evm     map[string]*evm.Chain
	senders map[string]*ibc.Sender
	key     ibc.Key

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup

	mu      sync.Mutex
	closed  bool              // no settlement starts after Close
	pending map[[32]byte]bool // settlements running
	settled map[[32]byte]error
}

var _ relayers.Relayer = (*Relayer)(nil)

// CosmosKey is the Cosmos form of an EVM operator key (the same secp256k1
// key).
func CosmosKey(k relayers.OperatorKey) ibc.Key {
	return ibc.NewKey(k.Name(), &secp256k1.PrivKey{Key: crypto.FromECDSA(k.Private())})
}

// NewRelayer builds the relayer; Close stops its settlements.
func NewRelayer(opts Options) (*Relayer, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	r := &Relayer{opts: opts, evm: map[string]*evm.Chain{}, senders: map[string]*ibc.Sender{}, key: CosmosKey(opts.Operator),
		pending: map[[32]byte]bool{}, settled: map[[32]byte]error{}}
	for _, c := range opts.EVM {
		r.evm[c.Name()] = c
	}
	for id, c := range opts.Cosmos {
		s, err := ibc.NewSender(c.Chain, r.key, ibc.SenderOptions{})
		if err != nil {
			return nil, err
		}
		r.senders[id] = s
	}
	r.ctx, r.cancel = context.WithCancel(context.Background())
	return r, nil
}

// Close stops pending settlements. They are not lost: the escrow waits,
// and Resume, on the next start, finds the payments it made and settles
// them (a delivered hop is never executed again, so nothing else would).
func (r *Relayer) Close() {
	r.mu.Lock()
	r.closed = true
	r.mu.Unlock()
	r.cancel()
	r.wg.Wait()
}

// Kind implements relayers.Relayer.
func (r *Relayer) Kind() string { return Kind }

// CosmosAddress is the account the relayer pays from.
func (r *Relayer) CosmosAddress() string { return r.key.Address().String() }

func (r *Relayer) fee(amount *big.Int) *big.Int {
	f := new(big.Int).Mul(amount, big.NewInt(r.opts.FeeBps))
	return f.Div(f, big.NewInt(10_000))
}

// Estimate implements relayers.Relayer: the fee, and the relayer's balance
// of the payment denom as capacity.
func (r *Relayer) Estimate(ctx context.Context, hop relayers.Hop) (relayers.Estimate, error) {
	cc, ok := r.opts.Cosmos[hop.ToChain]
	if !ok || r.evm[hop.FromChain] == nil {
		return relayers.Estimate{}, errorf(CodeBadHop, nil, "hop %s: %s -> %s not served", hop.Ref, hop.FromChain, hop.ToChain)
	}
	if hop.Amount == nil || hop.Amount.Sign() <= 0 {
		return relayers.Estimate{}, errorf(CodeBadHop, nil, "hop %s: no amount to estimate", hop.Ref)
	}
	bal, err := balance(ctx, cc.Chain, r.CosmosAddress(), cc.Denom)
	if err != nil {
		return relayers.Estimate{}, err
	}
	return relayers.Estimate{Fee: r.fee(hop.Amount), ETA: 2 * time.Second, Capacity: bal}, nil
}

// Execute implements relayers.Relayer: observe the deposit, pay on the
// Cosmos chain (once: an earlier payment for the order is found by its
// memo), report delivery, and settle in the background once the deposit
// is final and the payment has done what the order asked.
func (r *Relayer) Execute(ctx context.Context, hop relayers.Hop) error {
	err := r.execute(ctx, hop)
	if err != nil {
		r.opts.Progress.HopFailed(hop.Ref, err)
	}
	return err
}

func (r *Relayer) execute(ctx context.Context, hop relayers.Hop) error {
	pg := r.opts.Progress
	src := r.evm[hop.FromChain]
	cc := r.opts.Cosmos[hop.ToChain]
	if src == nil || cc == nil {
		return errorf(CodeBadHop, nil, "hop %s: %s -> %s not served", hop.Ref, hop.FromChain, hop.ToChain)
	}
	if len(hop.SourceTx) != 66 {
		return errorf(CodeBadHop, nil, "hop %s: source tx %q is not a 32-byte hash", hop.Ref, hop.SourceTx)
	}
	txHash := common.HexToHash(hop.SourceTx)
	rcpt, err := src.WaitReceipt(ctx, txHash)
	if err != nil {
		return err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return errorf(CodeNotFound, nil, "hop %s: source tx %s failed on %s", hop.Ref, txHash, src.Name())
	}
	var dep *evm.Deposit
	for _, l := range rcpt.Logs {
		if d, perr := evm.ParseDeposited(src.Options().Liquidity, l); perr == nil && d.Order.TransferId == hop.TransferID {
			dep = d
			break
		}
	}
	if dep == nil {
		return errorf(CodeNotFound, nil, "hop %s: no Deposited event for %x in %s", hop.Ref, hop.TransferID, txHash)
	}
	pg.HopObserved(hop.Ref, src.Name(), txHash.Hex(), dep.BlockNumber)
	p, err := planFor(dep.Order, dep.OrderHash, hop.ToChain, cc, r.opts.Cosmos)
	if err != nil {
		return err
	}
	tx, already, err := r.findPayment(ctx, cc, p)
	if err != nil {
		return err
	}
	if !already {
		fee := r.fee(dep.Order.Amount)
		if fee.Cmp(dep.Order.MaxFee) > 0 {
			return errorf(CodeFeeTooHigh, nil, "hop %s: fee %v above the order's maximum %v", hop.Ref, fee, dep.Order.MaxFee)
		}
		if r.opts.Now().Unix() >= int64(dep.Order.Deadline) {
			return errorf(CodeExpired, nil, "hop %s: order deadline %d passed", hop.Ref, dep.Order.Deadline)
		}
		payout := new(big.Int).Sub(dep.Order.Amount, fee)
		var timeout uint64
		if p.next != "" {
			now, err := p.link.Next.BlockTime(ctx, 0)
			if err != nil {
				return errorf(CodeNotFound, err, "time of %s", p.next)
			}
			d := cc.PacketTimeout
			if d <= 0 {
				d = int64(10 * time.Minute)
			}
			timeout = uint64(now.UnixNano() + d)
		}
		res, err := r.senders[hop.ToChain].SendMemo(ctx, FillMemo(p.orderHash), p.msg(r.CosmosAddress(), cc.Denom, payout, timeout))
		if err != nil {
			return errorf(CodePayment, err, "hop %s: pay on %s", hop.Ref, hop.ToChain)
		}
		if res.Code != 0 || !res.OK() {
			return errorf(CodePayment, nil, "hop %s: %s refused the payment: %s", hop.Ref, hop.ToChain, res.Log)
		}
		tx = res
		pg.HopSubmitted(hop.Ref, hop.ToChain, tx.Hash)
	}
	pg.HopDelivered(hop.Ref, hop.ToChain, tx.Hash, already)
	r.settleLater(dep, src, hop.ToChain, tx.Hash)
	return nil
}

// findPayment looks for the relayer's earlier payment of the order (the
// memo names it), so that running the hop twice pays once. The event index
// narrows the search: an onward transfer carries the memo in its
// ibc_transfer event; a bank send is found among the relayer's payments to
// the recipient, whose transaction memos are then read.
func (r *Relayer) findPayment(ctx context.Context, cc *CosmosChain, p *plan) (ibc.TxResult, bool, error) {
	conds := []string{"message.sender=" + r.CosmosAddress(), "transfer.recipient=" + p.recipient}
	if p.next != "" {
		conds = []string{"ibc_transfer.sender=" + r.CosmosAddress(), "ibc_transfer.memo=" + FillMemo(p.orderHash)}
	}
	txs, err := cc.Chain.FindTx(ctx, conds...)
	if err != nil {
		return ibc.TxResult{}, false, errorf(CodeNotFound, err, "search earlier payments on %s", cc.Chain.ID())
	}
	memo := FillMemo(p.orderHash)
	for _, t := range txs {
		if !t.OK() || len(t.Tx) == 0 {
			continue
		}
		if d, err := decodeTx(t.Tx); err == nil && d.memo == memo {
			return t, true, nil
		}
	}
	return ibc.TxResult{}, false, nil
}

// settleLater settles the order in the background (once per order).
func (r *Relayer) settleLater(dep *evm.Deposit, src *evm.Chain, chain, fillTx string) {
	r.mu.Lock()
	if r.pending[dep.OrderHash] || r.closed {
		// Running already, or closing: Resume takes it up on the next start.
		r.mu.Unlock()
		return
	}
	r.pending[dep.OrderHash] = true
	// Under the lock: Close's Wait never races this Add.
	r.wg.Add(1)
	r.mu.Unlock()
	go func() {
		defer r.wg.Done()
		ctx, cancel := context.WithTimeout(r.ctx, r.opts.SettleTimeout)
		defer cancel()
		err := r.settle(ctx, dep, src, chain, fillTx)
		if err != nil && r.ctx.Err() == nil {
			r.opts.Logger.Error("settlement failed; the payment stands unreimbursed, the deposit stays in escrow", "chain", src.Name(),
				"order", fmt.Sprintf("%x", dep.OrderHash), "err", err)
		}
		r.mu.Lock()
		delete(r.pending, dep.OrderHash)
		r.settled[dep.OrderHash] = err
		r.mu.Unlock()
	}()
}

// Settlement returns the outcome of the order's settlement: done is false
// while it runs (or never ran in this process).
func (r *Relayer) Settlement(orderHash [32]byte) (done bool, err error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	err, done = r.settled[orderHash]
	return done, err
}

var poolABI = bindings.NewLiquidityPool()

// depositState reads an order's state on src's liquidity pool: 1 while
// its deposit is in escrow (then settled or refunded).
func depositState(ctx context.Context, src *evm.Chain, transferID [32]byte) (uint8, error) {
	out, err := src.Call(ctx, src.Options().Liquidity, poolABI.PackDepositState(transferID))
	if err != nil {
		return 0, err
	}
	return poolABI.UnpackDepositState(out)
}

// settle waits for the deposit's finality, asks the attesters until enough
// sign (they refuse while the payment's packet is unacknowledged), and
// claims the escrow.
func (r *Relayer) settle(ctx context.Context, dep *evm.Deposit, src *evm.Chain, chain, fillTx string) error {
	if err := src.WaitFinal(ctx, dep.BlockNumber, dep.BlockHash); err != nil {
		return err
	}
	pool := src.Options().Liquidity
	state := func() (uint8, error) { return depositState(ctx, src, dep.Order.TransferId) }
	if st, err := state(); err == nil && st != 1 {
		return nil // settled (by us before) or refunded: nothing to claim
	}
	filler := r.opts.Operator.Address()
	var sigs [][]byte
	for {
		var err error
		sigs, err = gather(ctx, r.opts.Attesters, r.opts.Threshold, func(ctx context.Context, a Attester) ([]byte, error) {
			return a.SignSettle(ctx, dep.Order, filler, dep.TxHash, chain, fillTx)
		})
		if err == nil {
			break
		}
		if refused(err) {
			// The next chain refused the payment's packet: ICS-20 gave it
			// back, and no attester will ever sign. Nothing to claim.
			r.opts.Logger.Info("payment refused downstream; no settlement", "order", fmt.Sprintf("%x", dep.OrderHash), "err", err)
			return nil
		}
		r.opts.Logger.Debug("settlement not signed yet", "order", fmt.Sprintf("%x", dep.OrderHash), "err", err)
		t := time.NewTimer(r.opts.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("%w (last refusal: %v)", ctx.Err(), err)
		case <-t.C:
		}
	}
	tx, err := src.Send(ctx, r.opts.Operator, pool, poolABI.PackSettle(dep.Order, filler, sigs))
	if err != nil {
		if st, serr := state(); serr == nil && st == 2 {
			return nil
		}
		return fmt.Errorf("settle on %s: %w", src.Name(), err)
	}
	rc, err := src.WaitReceipt(ctx, tx.Hash())
	if err != nil {
		return err
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("settle %s reverted on %s", tx.Hash(), src.Name())
	}
	return nil
}

// Refund returns an order's escrow to its refund address once the pool
// allows it (after the deadline and the refund grace, by the EVM chain's
// clock): the way back for a transfer whose payment on Cosmos failed and
// was therefore never settled. Anyone may trigger the pool's refund; this
// relayer pays the gas. It waits (polling) until then and returns the
// refund transaction ("" if someone else refunded first) and the amount
// paid back.
func (r *Relayer) Refund(ctx context.Context, fromChain, sourceTx string, transferID [32]byte) (string, *big.Int, error) {
	src := r.evm[fromChain]
	if src == nil {
		return "", nil, errorf(CodeBadHop, nil, "refund: chain %s not served", fromChain)
	}
	rcpt, err := src.WaitReceipt(ctx, common.HexToHash(sourceTx))
	if err != nil {
		return "", nil, err
	}
	var dep *evm.Deposit
	for _, l := range rcpt.Logs {
		if d, perr := evm.ParseDeposited(src.Options().Liquidity, l); perr == nil && d.Order.TransferId == transferID {
			dep = d
			break
		}
	}
	if dep == nil {
		return "", nil, errorf(CodeNotFound, nil, "refund: no Deposited %x in %s", transferID, sourceTx)
	}
	pool := src.Options().Liquidity
	out, err := src.Call(ctx, pool, poolABI.PackRefundGrace())
	if err != nil {
		return "", nil, fmt.Errorf("refund grace on %s: %w", src.Name(), err)
	}
	grace, err := poolABI.UnpackRefundGrace(out)
	if err != nil {
		return "", nil, err
	}
	refundableAt := dep.Order.Deadline + grace
	for {
		if st, err := depositState(ctx, src, transferID); err == nil {
			switch st {
			case 2:
				return "", nil, errorf(CodeBadHop, nil, "refund: order %x was settled (its payment delivered)", transferID)
			case 3:
				return "", dep.Order.Amount, nil
			}
		}
		var now uint64
		_ = src.Pool().Do(ctx, "head", func(ctx context.Context, cl evm.Client) error {
			h, err := cl.HeaderByNumber(ctx, nil)
			if err == nil {
				now = h.Time
			}
			return err
		})
		if now > refundableAt {
			tx, err := src.Send(ctx, r.opts.Operator, pool, poolABI.PackRefund(dep.Order))
			if err == nil {
				rc, err := src.WaitReceipt(ctx, tx.Hash())
				if err == nil && rc.Status == types.ReceiptStatusSuccessful {
					return tx.Hash().Hex(), dep.Order.Amount, nil
				}
			}
			r.opts.Logger.Debug("refund not through yet", "order", fmt.Sprintf("%x", dep.OrderHash), "err", err)
		}
		t := time.NewTimer(r.opts.Poll)
		select {
		case <-ctx.Done():
			t.Stop()
			return "", nil, ctx.Err()
		case <-t.C:
		}
	}
}

// refused reports whether a gathering error holds a refused packet (any
// attester that saw the error ack; the ack is on chain, so every honest
// one sees it).
func refused(err error) bool {
	var e *relayers.Error
	for err != nil {
		if errors.As(err, &e) && e.Code == CodeRefused {
			return true
		}
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				if refused(x) {
					return true
				}
			}
			return false
		}
		err = errors.Unwrap(err)
	}
	return false
}
