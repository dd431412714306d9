package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/nats-io/nats.go"
	"github.com/spf13/cobra"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/devnet/evmnet"
)

func init() {
	var (
		url, from, to, amount, recipient, preset, ref string
		wallet                                        int
		noWatch                                       bool
	)
	send := &cobra.Command{
		Use:   "send",
		Short: "Quote, sign with a devnet demo wallet, submit and watch a transfer (devnet only)",
		Example: `  strait send --from USDC@devnet-evm-a --to USDC@devnet-evm-b --amount 250000000 --wallet 0
  strait send --from TKA@devnet-evm-a --to wTKA@devnet-evm-c --amount 1000000000000000000 --wallet 1 --recipient 0x...`,
		RunE: func(cmd *cobra.Command, args []string) error {
			key, err := demoWallet(wallet)
			if err != nil {
				return err
			}
			if ref == "" {
				ref = fmt.Sprintf("cli-%s-%d", key.Address.Hex()[2:10], time.Now().UnixNano())
			}
			nc, err := dialNode(url, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer nc.Close()
			c := api.NewClient(nc)
			ctx, cancel := context.WithTimeout(cmd.Context(), 30*time.Second)
			defer cancel()
			if recipient == "" {
				if recipient, err = defaultRecipient(ctx, c, key, wallet, to); err != nil {
					return &exitError{code: 3, err: err}
				}
				fmt.Fprintf(cmd.OutOrStdout(), "recipient (default): %s, demo wallet %d on %s\n", recipient, wallet, to[strings.LastIndexByte(to, '@')+1:])
			}
			q, err := c.Quote(ctx, api.QuoteRequest{From: from, To: to, Amount: amount, Owner: key.Address.Hex(), Recipient: recipient, Preset: preset})
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if q.SourceTx == nil || len(q.Routes) == 0 {
				return &exitError{code: 3, err: errors.New("the quote has no source transaction to sign (is the source an EVM devnet asset?)")}
			}
			out := cmd.OutOrStdout()
			r := q.Routes[0]
			fmt.Fprintf(out, "quote %s: %s %s -> %s, expect %s (min %s), ETA p50 %.0fs\n", q.QuoteID, q.Amount, q.From, q.To, r.AmountOut, r.MinOut, r.ETAP50S)
			for _, h := range r.Hops {
				fmt.Fprintf(out, "  hop %s  %s -> %s\n", h.Bridge, h.From, h.To)
			}
			req := api.SubmitRequest{QuoteID: q.QuoteID, ClientRef: ref}
			for _, a := range q.SourceTx.Approvals {
				raw, err := signUnsigned(key, a)
				if err != nil {
					return err
				}
				req.SignedApprovals = append(req.SignedApprovals, raw)
			}
			if req.SignedTx, err = signUnsigned(key, *q.SourceTx); err != nil {
				return err
			}
			tr, err := c.Submit(ctx, req)
			if err != nil {
				if api.Retryable(err) {
					// The node may have taken it before the reply was lost:
					// a fresh send would be a second transfer.
					err = fmt.Errorf("%w\nthe node may have taken this transfer: `strait list --wallet %d` shows it, and sending again with --client-ref %s cannot make a second one (if the first went through, the node answers CLIENT_REF_REUSED with its id)", err, wallet, ref)
				}
				return &exitError{code: 3, err: err}
			}
			fmt.Fprintf(out, "transfer %s submitted (client_ref %s), status %s/%s\n", tr.ID, ref, tr.Status, tr.Substatus)
			if noWatch {
				return nil
			}
			return watchTransfer(cmd.Context(), nc, out, tr.ID, 0)
		},
	}
	f := send.Flags()
	f.StringVar(&url, "nats", defaultNATS, "NATS server of a Strait node")
	f.StringVar(&from, "from", "", "source asset (an EVM devnet asset)")
	f.StringVar(&to, "to", "", "destination asset")
	f.StringVar(&amount, "amount", "", "amount in base units")
	f.IntVar(&wallet, "wallet", 0, "devnet demo wallet number (as strait up lists them)")
	f.StringVar(&recipient, "recipient", "", "destination address (default: the wallet; on a Cosmos chain, the devnet's Cosmos demo account of the same number)")
	f.StringVar(&preset, "preset", "", "cheapest, fastest, safest or recommended")
	f.StringVar(&ref, "client-ref", "", "idempotency key (default: a fresh one); resending with the same one returns the same transfer")
	f.BoolVar(&noWatch, "no-watch", false, "submit and return without following the transfer")
	rootCmd.AddCommand(send)

	var statusURL string
	var asJSON bool
	status := &cobra.Command{
		Use:   "status ID",
		Short: "Show a transfer",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, c, done, err := nodeCall(cmd, statusURL)
			if err != nil {
				return err
			}
			defer done()
			t, err := c.Get(ctx, args[0])
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if asJSON {
				return writeJSON(cmd, t)
			}
			printTransfer(cmd.OutOrStdout(), t)
			return nil
		},
	}
	status.Flags().StringVar(&statusURL, "nats", defaultNATS, "NATS server of a Strait node")
	status.Flags().BoolVar(&asJSON, "json", false, "print the transfer as JSON")
	rootCmd.AddCommand(status)

	var cancelURL string
	var cancelJSON bool
	cancelCmd := &cobra.Command{
		Use:   "cancel ID",
		Short: "Cancel a transfer whose source transaction has not confirmed",
		Long: `Cancels a transfer before its source transaction confirms. Once the wallet
has signed that transaction Strait cannot recall it (only the wallet can
replace its nonce), so the cancel is recorded and the transaction's fate
ends the transfer: CANCELLED if it fails or is not mined before its
deadline, refunded if it confirms (docs/api.md, Cancelling). A transfer
whose source transaction confirmed, or that ended, exits 3 with
NOT_CANCELLABLE.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, c, done, err := nodeCall(cmd, cancelURL)
			if err != nil {
				return err
			}
			defer done()
			t, err := c.Cancel(ctx, args[0])
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if cancelJSON {
				return writeJSON(cmd, t)
			}
			out := cmd.OutOrStdout()
			printTransfer(out, t)
			if t.Substatus != api.SubCancelled {
				fmt.Fprintf(out, "cancel recorded: the source transaction may still be mined; the transfer ends CANCELLED if it fails or is not mined before its deadline, and is refunded if it confirms (strait watch %s follows it)\n", t.ID)
			}
			return nil
		},
	}
	cancelCmd.Flags().StringVar(&cancelURL, "nats", defaultNATS, "NATS server of a Strait node")
	cancelCmd.Flags().BoolVar(&cancelJSON, "json", false, "print the transfer as JSON")
	rootCmd.AddCommand(cancelCmd)

	var watchURL string
	var fromSeq uint64
	watch := &cobra.Command{
		Use:   "watch ID",
		Short: "Follow a transfer's status events hop by hop until it ends",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			nc, err := dialNode(watchURL, cmd.ErrOrStderr())
			if err != nil {
				return err
			}
			defer nc.Close()
			return watchTransfer(cmd.Context(), nc, cmd.OutOrStdout(), args[0], fromSeq)
		},
	}
	watch.Flags().StringVar(&watchURL, "nats", defaultNATS, "NATS server of a Strait node")
	watch.Flags().Uint64Var(&fromSeq, "from-seq", 0, "replay from this event sequence (0: from the start)")
	rootCmd.AddCommand(watch)
}

// signUnsigned signs a quote's unsigned EIP-1559 transaction with its hints.
func signUnsigned(key evmnet.Key, u api.UnsignedTx) (string, error) {
	num := func(s, what string) (*big.Int, error) {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			return nil, fmt.Errorf("quote's %s %q is not a number", what, s)
		}
		return v, nil
	}
	chainID, err := num(u.ChainID, "chain_id")
	if err != nil {
		return "", err
	}
	nonce, err := strconv.ParseUint(u.Nonce, 10, 64)
	if err != nil {
		return "", fmt.Errorf("quote's nonce %q: %w", u.Nonce, err)
	}
	gas, err := strconv.ParseUint(u.GasLimit, 10, 64)
	if err != nil {
		return "", fmt.Errorf("quote's gas limit %q: %w", u.GasLimit, err)
	}
	feeCap, err := num(u.MaxFeePerGas, "max_fee_per_gas")
	if err != nil {
		return "", err
	}
	tip, err := num(u.MaxPriorityFeePerGas, "max_priority_fee_per_gas")
	if err != nil {
		return "", err
	}
	data, err := hexutil.Decode(u.Data)
	if err != nil {
		return "", fmt.Errorf("quote's data: %w", err)
	}
	to := common.HexToAddress(u.To)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(chainID), key.Private())
	if err != nil {
		return "", fmt.Errorf("sign: %w", err)
	}
	b, err := signed.MarshalBinary()
	if err != nil {
		return "", err
	}
	return hexutil.Encode(b), nil
}

// watchTransfer prints a transfer's status events until it ends. The exit
// code says how it ended: 0 completed, 4 refunded or failed, 3 no such
// transfer (or the node did not answer).
func watchTransfer(ctx context.Context, nc *nats.Conn, out io.Writer, id string, fromSeq uint64) error {
	start := time.Now()
	var last api.StatusEvent
	o := api.WatchOptions{FromSeq: fromSeq, IdleEvery: watchWait, Idle: func(time.Duration) {
		fmt.Fprintf(out, "  ... still waiting (%s)\n", time.Since(start).Round(time.Second))
	}}
	err := api.NewClient(nc).Watch(ctx, id, o, func(e api.StatusEvent) error {
		last = e
		hop := ""
		if e.Hop != nil {
			hop = fmt.Sprintf(" hop %d#%d", *e.Hop, e.Attempt)
		}
		line := fmt.Sprintf("  %3d %-16s %s/%s%s", e.Seq, e.Type, e.Status, e.Substatus, hop)
		if len(e.TxIDs) > 0 {
			line += "  tx " + strings.Join(e.TxIDs, ",")
		}
		if e.Message != "" {
			line += "  (" + e.Message + ")"
		}
		fmt.Fprintf(out, "%s  +%s\n", line, time.Since(start).Round(100*time.Millisecond))
		return nil
	})
	var gone *api.EventsGoneError
	var apiErr *api.Error
	switch {
	case errors.As(err, &gone):
		t := gone.Transfer
		fmt.Fprintf(out, "  (the events stream does not hold the rest of %s's events) ended %s/%s, updated %s\n", id, t.Status, t.Substatus, t.UpdatedAt.Format(time.RFC3339))
		return endedAs(id, t.Status, t.Substatus)
	case errors.As(err, &apiErr), errors.Is(err, nats.ErrNoResponders):
		// The node does not know the id, or no node answers.
		return &exitError{code: 3, err: fmt.Errorf("watch %s: %w", id, err)}
	case err != nil:
		return fmt.Errorf("follow %s: %w", id, err)
	}
	if last.Seq == 0 { // resumed past the end: no event was left to show
		t, err := api.NewClient(nc).Get(ctx, id)
		if err != nil {
			// (The watch has just read it: the node went away since.)
			return &exitError{code: 3, err: fmt.Errorf("watch %s: %w", id, err)}
		}
		fmt.Fprintf(out, "  (no events after seq %d) ended %s/%s, updated %s\n", t.Seq, t.Status, t.Substatus, t.UpdatedAt.Format(time.RFC3339))
		return endedAs(id, t.Status, t.Substatus)
	}
	return endedAs(id, last.Status, last.Substatus)
}

// printTransfer writes a transfer's state and its hops, one line each.
func printTransfer(out io.Writer, t *api.Transfer) {
	fmt.Fprintf(out, "%s  %s/%s  %s %s -> %s (min %s", t.ID, t.Status, t.Substatus, t.Amount, t.From, t.To, t.MinOut)
	if t.AmountOut != "" {
		fmt.Fprintf(out, ", delivered %s", t.AmountOut)
	}
	if t.Refund != nil {
		fmt.Fprintf(out, ", refunded %s %s", t.Refund.Amount, t.Refund.Asset)
	}
	fmt.Fprintf(out, "), %d reroutes, updated %s", t.Reroutes, t.UpdatedAt.Format(time.RFC3339))
	if t.CancelRequested {
		fmt.Fprintf(out, ", cancel requested")
	}
	fmt.Fprintln(out)
	if t.SourceTx != "" {
		fmt.Fprintf(out, "  source tx %s\n", t.SourceTx)
	}
	for _, h := range t.Hops {
		fmt.Fprintf(out, "  hop %d attempt %d  %-10s %s  %s -> %s  %s\n", h.Index, h.Attempt, h.State, h.Bridge, h.From, h.To, h.DestTx)
	}
}

// defaultRecipient is where send (and quote, for a demo wallet) pays when
// no --recipient is given: the demo wallet itself on an EVM chain, and on a
// Cosmos chain the devnet's Cosmos demo account of the same number (a
// wallet's EVM address names another key's account there, which nobody
// holds: the quote refuses it).
func defaultRecipient(ctx context.Context, c *api.Client, key evmnet.Key, wallet int, to string) (string, error) {
	chain := to[strings.LastIndexByte(to, '@')+1:]
	cr, err := c.Chains(ctx)
	if err != nil {
		return "", fmt.Errorf("chains of the node (to choose the recipient; or give --recipient): %w", err)
	}
	for _, ch := range cr.Chains {
		if ch.ID == chain && ch.Kind == "cosmos" {
			return cosmos.DevKey(fmt.Sprintf("demo-%d", wallet)).Address().String(), nil
		}
	}
	return key.Address.Hex(), nil
}

// watchWait is how long watch waits for the next event before it says it
// is still waiting (a test shortens it).
var watchWait = 30 * time.Second

// endedAs is watch's result for a transfer that ended: nil when it
// completed, exit code 4 otherwise.
func endedAs(id string, st api.Status, sub api.Substatus) error {
	if sub == api.SubCompleted {
		return nil
	}
	return &exitError{code: 4, err: fmt.Errorf("transfer %s ended %s/%s", id, st, sub)}
}

// demoWallet is devnet demo wallet n's key (`strait up` lists them).
// Devnet demo keys derive from their names; they hold only devnet funds.
func demoWallet(n int) (evmnet.Key, error) {
	if n < 0 || n > 63 {
		return evmnet.Key{}, &exitError{code: 2, err: fmt.Errorf("--wallet %d: demo wallets are numbered from 0 to 63", n)}
	}
	return evmnet.DevKey(fmt.Sprintf("demo-%d", n)), nil
}
