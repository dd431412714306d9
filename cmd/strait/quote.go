package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/api"
)

func init() {
	var (
		url    string
		req    api.QuoteRequest
		asJSON bool
		wallet int
	)
	cmd := &cobra.Command{
		Use:   "quote",
		Short: "Ask a running Strait node for a quote over NATS",
		Example: `  strait quote --from USDC@ethereum --to USDC@osmosis --amount 250000000
  strait quote --nats nats://127.0.0.1:4222 --from USDC@arbitrum --to USDC@base --amount 5000000000 --preset fastest --json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, c, done, err := nodeCall(cmd, url)
			if err != nil {
				return err
			}
			defer done()
			if req.Owner == "" {
				// A node that builds source transactions checks that the
				// owner's start call would succeed: an address without
				// funds gets NO_ROUTE. A devnet demo wallet has funds.
				key, err := demoWallet(wallet)
				if err != nil {
					return err
				}
				req.Owner = key.Address.Hex()
				if req.Recipient == "" {
					// (On a Cosmos chain, the demo wallet's Cosmos account.)
					if req.Recipient, err = defaultRecipient(ctx, c, key, wallet, req.To); err != nil {
						req.Recipient = req.Owner
					}
				}
			}
			if req.Recipient == "" {
				req.Recipient = req.Owner
			}
			q, err := c.Quote(ctx, req)
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if asJSON {
				return writeJSON(cmd, q)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "quote %s (expires %s), %s %s -> %s, preset %s\n", q.QuoteID, q.ExpiresAt.Format(time.RFC3339), q.Amount, q.From, q.To, q.Preset)
			for i, r := range q.Routes {
				fmt.Fprintf(out, "#%d out %s (min %s) fee %.2f bps, ETA p50 %.0fs p90 %.0fs, success %.4f\n", i+1, r.AmountOut, r.MinOut, r.FeeBps, r.ETAP50S, r.ETAP90S, r.Success)
				for _, h := range r.Hops {
					fmt.Fprintf(out, "    %s  %s -> %s  fee %s\n", h.Bridge, h.From, h.To, h.Fee)
				}
			}
			if n := q.DominatedRoutes; n > 0 {
				what := "routes were"
				if n == 1 {
					what = "route was"
				}
				fmt.Fprintf(out, "(%d more %s left out: a route above is as good in every figure and better in one; --all-routes lists them)\n", n, what)
			}
			fmt.Fprintf(out, "why:\n  %s\n", strings.Join(q.Why, "\n  "))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&url, "nats", defaultNATS, "NATS server of a Strait node")
	f.StringVar(&req.From, "from", "", "source asset (SYMBOL@chain)")
	f.StringVar(&req.To, "to", "", "destination asset")
	f.StringVar(&req.Amount, "amount", "", "amount in base units of the source asset")
	f.StringVar(&req.Owner, "owner", "", "address that will sign the source transaction (default: the address of devnet demo wallet --wallet)")
	f.IntVar(&wallet, "wallet", 0, "devnet demo wallet whose address is the owner when --owner is not given")
	f.StringVar(&req.Recipient, "recipient", "", "destination address (default: owner; with a demo wallet and a Cosmos destination, the devnet's Cosmos demo account of the same number)")
	f.StringVar(&req.Preset, "preset", "", "cheapest, fastest, safest or recommended")
	f.BoolVar(&req.AllRoutes, "all-routes", false, "list every route found, those a listed route beats in every figure too")
	f.BoolVar(&asJSON, "json", false, "print the reply as JSON")
	rootCmd.AddCommand(cmd)
}
