package evm

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/relayers"
)

// Attester is one member of the bridge committee. It signs only what it has
// checked itself on the chains.
type Attester interface {
	Address() common.Address
	// SignLock checks that txHash on src holds the Locked event m describes,
	// final and canonical, and signs m's digest.
	SignLock(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error)
	// SignSettle checks that the deposit in txHash on the order's source is
	// final and canonical and that `filler` filled it on the destination,
	// and signs the settlement digest.
	SignSettle(ctx context.Context, o bindings.LiquidityPoolOrder, filler common.Address, txHash common.Hash) ([]byte, error)
	// SignCancel checks that m is the lock in txHash (final, canonical) and
	// signs its cancellation digest; the destination contract itself
	// refuses a cancellation before the deadline or after a delivery.
	SignCancel(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error)
	// SignRefund checks that m is the lock in txHash and that its
	// cancellation is recorded at the destination in a final block, and
	// signs the refund digest.
	SignRefund(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error)
}

// LocalAttester is an attester that reads the chains through its own
// Chain connections (in production, its own nodes).
type LocalAttester struct {
	Key relayers.OperatorKey
	// Chains by EIP-155 chain id.
	Chains map[uint64]*Chain
}

// Address is the attester's signing address.
func (a *LocalAttester) Address() common.Address { return a.Key.Address() }

func (a *LocalAttester) chain(id *big.Int) (*Chain, error) {
	if id == nil || !id.IsUint64() || a.Chains[id.Uint64()] == nil {
		return nil, errorf(CodeBadHop, nil, "attester %s does not watch chain %v", a.Key.Address(), id)
	}
	return a.Chains[id.Uint64()], nil
}

// finalReceipt returns the receipt of txHash if it is successful, final and
// on the canonical chain.
func finalReceipt(ctx context.Context, c *Chain, txHash common.Hash) (*types.Receipt, error) {
	r, err := c.receipt(ctx, txHash)
	if err != nil {
		return nil, err
	}
	if r == nil {
		return nil, errorf(CodeEventNotFound, nil, "no receipt for %s on %s", txHash, c.Name())
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return nil, errorf(CodeEventNotFound, nil, "tx %s on %s failed", txHash, c.Name())
	}
	n := r.BlockNumber.Uint64()
	head, err := c.head(ctx)
	if err != nil {
		return nil, err
	}
	if head < n+c.opts.FinalityDepth {
		// Whoever asks has usually just seen the block final through its own
		// view of the chain; this one may lag by a poll or an RPC node. A
		// refusal here fails the hop into the recovery backoff (minutes), so
		// wait a few polls for the head to catch up before refusing.
		wctx, cancel := context.WithTimeout(ctx, c.attestWait())
		err := c.WaitFinal(wctx, n, r.BlockHash)
		cancel()
		if err != nil {
			if CodeOf(err) == CodeSourceReorged {
				return nil, errorf(CodeSourceReorged, err, "tx %s on %s is not canonical", txHash, c.Name())
			}
			return nil, errorf(CodeTimeout, err, "tx %s on %s not final (block %d, head %d)", txHash, c.Name(), n, head)
		}
	}
	canon, err := c.canonicalHash(ctx, n)
	if err != nil {
		return nil, err
	}
	if canon != r.BlockHash {
		return nil, errorf(CodeSourceReorged, nil, "tx %s on %s is not canonical", txHash, c.Name())
	}
	return r, nil
}

// SignLock implements Attester.
func (a *LocalAttester) SignLock(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error) {
	if _, _, err := a.checkLock(ctx, m, txHash); err != nil {
		return nil, err
	}
	return signDigest(a.Key, MessageDigest(m))
}

// SignCancel implements Attester.
func (a *LocalAttester) SignCancel(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error) {
	if _, _, err := a.checkLock(ctx, m, txHash); err != nil {
		return nil, err
	}
	if m.Deadline == 0 {
		return nil, errorf(CodeNotRefundable, nil, "lock %x has no deadline: it cannot be cancelled", m.TransferId)
	}
	return signDigest(a.Key, CancelDigest(m))
}

// SignRefund implements Attester.
func (a *LocalAttester) SignRefund(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) ([]byte, error) {
	_, dst, err := a.checkLock(ctx, m, txHash)
	if err != nil {
		return nil, err
	}
	// Read the cancellation at a final block: a cancellation that a reorg
	// could still undo would let the delivery happen after the refund.
	head, err := dst.head(ctx)
	if err != nil {
		return nil, err
	}
	if head < dst.opts.FinalityDepth {
		return nil, errorf(CodeTimeout, nil, "%s has no final block yet", dst.Name())
	}
	out, err := dst.CallAt(ctx, dst.opts.LockMint, bridgeABI.PackIsCancelled(m.SrcChainId, m.TransferId), head-dst.opts.FinalityDepth)
	if err != nil {
		return nil, fmt.Errorf("read cancellation on %s: %w", dst.Name(), err)
	}
	ok, err := bridgeABI.UnpackIsCancelled(out)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "isCancelled answer")
	}
	if !ok {
		return nil, errorf(CodeTimeout, nil, "no final cancellation of %x on %s", m.TransferId, dst.Name())
	}
	return signDigest(a.Key, RefundDigest(m))
}

// checkLock checks that m is exactly the Locked event of its transfer in
// txHash on its source chain, final and canonical, between the deployed
// bridges.
func (a *LocalAttester) checkLock(ctx context.Context, m bindings.LockMintBridgeMessage, txHash common.Hash) (src, dst *Chain, err error) {
	if src, err = a.chain(m.SrcChainId); err != nil {
		return nil, nil, err
	}
	if dst, err = a.chain(m.DstChainId); err != nil {
		return nil, nil, err
	}
	if m.SrcBridge != src.opts.LockMint || m.DstBridge != dst.opts.LockMint {
		return nil, nil, errorf(CodeBadHop, nil, "message names bridges %s -> %s, not the deployed ones", m.SrcBridge, m.DstBridge)
	}
	r, err := finalReceipt(ctx, src, txHash)
	if err != nil {
		return nil, nil, err
	}
	for _, l := range r.Logs {
		lk, err := ParseLocked(src.opts.LockMint, l)
		if err != nil || lk.TransferID != m.TransferId {
			continue
		}
		if MessageDigest(lockMessage(lk, m.SrcChainId, src.opts.LockMint, dst.opts.LockMint)) != MessageDigest(m) {
			return nil, nil, errorf(CodeBadHop, nil, "message for %x differs from the lock on %s", m.TransferId, src.Name())
		}
		return src, dst, nil
	}
	return nil, nil, errorf(CodeEventNotFound, nil, "no Locked %x in %s on %s", m.TransferId, txHash, src.Name())
}

// lockMessage is the message a Locked event asks the destination to deliver.
func lockMessage(lk *Lock, srcChainID *big.Int, srcBridge, dstBridge common.Address) bindings.LockMintBridgeMessage {
	return bindings.LockMintBridgeMessage{TransferId: lk.TransferID, SrcChainId: srcChainID, SrcBridge: srcBridge,
		DstChainId: lk.DstChainID, DstBridge: dstBridge, SrcToken: lk.Token, Amount: lk.Amount,
		Recipient: lk.Recipient, Payload: lk.Payload, RefundTo: lk.RefundTo, Deadline: lk.Deadline}
}

// SignSettle implements Attester.
func (a *LocalAttester) SignSettle(ctx context.Context, o bindings.LiquidityPoolOrder, filler common.Address, txHash common.Hash) ([]byte, error) {
	src, err := a.chain(o.SrcChainId)
	if err != nil {
		return nil, err
	}
	dst, err := a.chain(o.DstChainId)
	if err != nil {
		return nil, err
	}
	r, err := finalReceipt(ctx, src, txHash)
	if err != nil {
		return nil, err
	}
	var dep *Deposit
	for _, l := range r.Logs {
		if d, err := ParseDeposited(src.opts.Liquidity, l); err == nil && d.Order.TransferId == o.TransferId {
			dep = d
			break
		}
	}
	if dep == nil {
		return nil, errorf(CodeEventNotFound, nil, "no Deposited %x in %s on %s", o.TransferId, txHash, src.Name())
	}
	h, err := OrderHash(o)
	if err != nil || h != dep.OrderHash {
		return nil, errorf(CodeBadHop, err, "order for %x differs from the deposit", o.TransferId)
	}
	out, err := dst.Call(ctx, dst.opts.Liquidity, poolABI.PackFillOf(o.SrcChainId, o.TransferId))
	if err != nil {
		return nil, fmt.Errorf("read fill on %s: %w", dst.Name(), err)
	}
	f, err := poolABI.UnpackFillOf(out)
	if err != nil {
		return nil, errorf(CodeBadLog, err, "fillOf answer")
	}
	if f.Relayer != filler {
		return nil, errorf(CodeEventNotFound, nil, "%x was filled by %s, not %s", o.TransferId, f.Relayer, filler)
	}
	if f.OrderHash != h {
		return nil, errorf(CodeBadHop, nil, "%x: the fill paid another order than the one deposited", o.TransferId)
	}
	return signDigest(a.Key, SettleDigest(h, filler))
}

// signDigest makes the EIP-191 signature the contracts verify.
func signDigest(k relayers.OperatorKey, d [32]byte) ([]byte, error) {
	h := crypto.Keccak256(append([]byte("\x19Ethereum Signed Message:\n32"), d[:]...))
	sig, err := crypto.Sign(h, k.Private())
	if err != nil {
		return nil, fmt.Errorf("sign with %v: %w", k, err)
	}
	sig[64] += 27
	return sig, nil
}

// Gather asks every attester at once and returns `threshold` signatures
// sorted by signer address (what the contracts require), or a
// CodeAttestation error listing the refusals.
func Gather(ctx context.Context, attesters []Attester, threshold int, sign func(ctx context.Context, a Attester) ([]byte, error)) ([][]byte, error) {
	sigs, signed, refusals := GatherSignatures(ctx, attesters, threshold, sign)
	if sigs == nil {
		return nil, errorf(CodeAttestation, refusals, "%d of %d attesters signed, %d needed", signed, len(attesters), threshold)
	}
	return sigs, nil
}

// GatherSignatures asks every attester at once. With at least threshold
// signatures it returns threshold of them sorted by signer address;
// otherwise nil, how many signed, and the refusals joined. Each bridge kind
// wraps it with its own error code.
func GatherSignatures[A interface{ Address() common.Address }](ctx context.Context, attesters []A, threshold int, sign func(ctx context.Context, a A) ([]byte, error)) ([][]byte, int, error) {
	type res struct {
		addr common.Address
		sig  []byte
		err  error
	}
	out := make([]res, len(attesters))
	var wg sync.WaitGroup
	for i, a := range attesters {
		wg.Add(1)
		go func(i int, a A) {
			defer wg.Done()
			sig, err := sign(ctx, a)
			out[i] = res{a.Address(), sig, err}
		}(i, a)
	}
	wg.Wait()
	var ok []res
	var errs []error
	for _, r := range out {
		if r.err != nil {
			errs = append(errs, fmt.Errorf("attester %s: %w", r.addr, r.err))
			continue
		}
		ok = append(ok, r)
	}
	if len(ok) < threshold {
		return nil, len(ok), errors.Join(errs...)
	}
	sort.Slice(ok, func(i, j int) bool { return bytes.Compare(ok[i].addr[:], ok[j].addr[:]) < 0 })
	sigs := make([][]byte, threshold)
	for i := range sigs {
		sigs[i] = ok[i].sig
	}
	return sigs, len(ok), nil
}

// FinalReceipt returns the receipt of txHash if it succeeded and is final
// and canonical on c (what an attester checks before it signs; exported for
// the attesters of bridges that leave the EVM, such as EVM -> Cosmos).
func (c *Chain) FinalReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error) {
	return finalReceipt(ctx, c, txHash)
}

// SignDigest makes the EIP-191 signature the contracts verify.
func SignDigest(k relayers.OperatorKey, d [32]byte) ([]byte, error) { return signDigest(k, d) }
