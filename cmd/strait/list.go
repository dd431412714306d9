package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/api"
)

func init() {
	var (
		url, owner, after string
		wallet, limit     int
		asJSON            bool
	)
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List a wallet's transfers",
		Long: `Lists the transfers of an owner address (--owner), or of a devnet demo
wallet (--wallet), a page at a time in transfer id order (stable across
pages, not by time); --after takes the cursor the previous page printed.`,
		Example: `  strait list --wallet 0
  strait list --owner 0x8aDa922CBB8Da012546a10cC37998AC4A50775E5 --limit 10`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			f := cmd.Flags()
			switch {
			case f.Changed("owner") && f.Changed("wallet"):
				return &exitError{code: 2, err: errors.New("give --owner or --wallet, not both")}
			case !f.Changed("owner"):
				key, err := demoWallet(wallet)
				if err != nil {
					return err
				}
				owner = key.Address.Hex()
			}
			ctx, c, done, err := nodeCall(cmd, url)
			if err != nil {
				return err
			}
			defer done()
			page, err := c.List(ctx, api.ListRequest{Owner: owner, Limit: limit, After: after})
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if asJSON {
				return writeJSON(cmd, page)
			}
			out := cmd.OutOrStdout()
			if len(page.Transfers) == 0 {
				fmt.Fprintf(out, "no transfers of %s\n", owner)
			}
			for _, t := range page.Transfers {
				line := fmt.Sprintf("%s  %-26s %s %s -> %s  created %s", t.ID, string(t.Status)+"/"+string(t.Substatus), t.Amount, t.From, t.To, t.CreatedAt.Format(time.RFC3339))
				if t.CancelRequested {
					line += ", cancel requested"
				}
				fmt.Fprintln(out, line)
			}
			if page.Next != "" {
				fmt.Fprintf(out, "more: strait list --owner %s --after %s\n", owner, page.Next)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&url, "nats", defaultNATS, "NATS server of a Strait node")
	f.StringVar(&owner, "owner", "", "owner address whose transfers to list")
	f.IntVar(&wallet, "wallet", 0, "devnet demo wallet whose transfers to list (when --owner is not given)")
	f.IntVar(&limit, "limit", 0, "transfers a page (default 50, at most 500)")
	f.StringVar(&after, "after", "", "cursor printed by the previous page")
	f.BoolVar(&asJSON, "json", false, "print the reply as JSON")
	rootCmd.AddCommand(cmd)
}
