package main

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		topology, from, to, amount, preset string
		k, maxHops                         int
		deny, allow, prefer                []string
		maxETA, minSuccess                 float64
		asJSON                             bool
	)
	cmd := &cobra.Command{
		Use:   "route",
		Short: "Ask the router for the best routes over a topology, offline, with explanations",
		Example: `  strait route --from USDC@ethereum --to USDC@osmosis --amount 250000000
  strait route --from USDC@arbitrum --to USDC@base --amount 5000000000 --preset fastest --json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			snap, err := topologies.Load(topology, 1)
			if err != nil {
				return err
			}
			body := map[string]any{"from": from, "to": to, "amount": amount, "preset": preset, "k": k,
				"constraints": map[string]any{"max_hops": maxHops}}
			c := body["constraints"].(map[string]any)
			if len(deny) > 0 {
				c["deny_bridges"] = deny
			}
			if len(allow) > 0 {
				c["allow_bridges"] = allow
			}
			if len(prefer) > 0 {
				c["prefer_bridges"] = prefer
			}
			if maxETA > 0 {
				c["max_eta_s"] = maxETA
			}
			if minSuccess > 0 {
				c["min_success"] = minSuccess
			}
			raw, _ := json.Marshal(body)
			req, err := routing.DecodeRequest(raw)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			ans, err := snap.Route(req)
			if err != nil {
				return &exitError{code: 3, err: err}
			}
			if asJSON {
				return writeJSON(cmd, ans)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "%s %s -> %s ($%.2f), preset %s, topology %s\n\n", ans.Amount.Dec(), ans.From, ans.To, ans.ValueUSD, ans.Preset, topology)
			for i, r := range ans.Routes {
				fmt.Fprintf(out, "#%d  out %s (min %s)  cost $%.4f  fee %.2f bps  ETA p50 %.0fs p90 %.0fs  success %.4f\n",
					i+1, r.AmountOut.Dec(), r.MinOut.Dec(), r.Score, r.FeeBps, r.ETAP50, r.ETAP90, r.Success)
				for _, h := range r.Hops {
					fmt.Fprintf(out, "    %-48s %s -> %s  fee %s  p50 %.0fs  success %.4f (%s, %s)\n",
						h.Bridge, h.From, h.To, h.Fee.Dec(), h.P50, h.Success, h.Trust, h.Status)
				}
			}
			if ans.Split != nil {
				fmt.Fprintf(out, "\nsplit into %d parts, out %s, cost $%.4f:\n", len(ans.Split.Parts), ans.Split.AmountOut.Dec(), ans.Split.Score)
				for _, p := range ans.Split.Parts {
					fmt.Fprintf(out, "    %s via %s\n", p.Share.Dec(), p.Route.Path())
				}
			}
			fmt.Fprintf(out, "\nwhy:\n  %s\n", strings.Join(ans.Why, "\n  "))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&topology, "topology", "realistic", "realistic, stress, or a topology file")
	f.StringVar(&from, "from", "", "source asset id (SYMBOL@chain)")
	f.StringVar(&to, "to", "", "destination asset id (SYMBOL@chain)")
	f.StringVar(&amount, "amount", "", "amount in base units of the source asset")
	f.StringVar(&preset, "preset", "recommended", "cheapest, fastest, safest or recommended")
	f.IntVar(&k, "k", routing.DefaultK, "number of routes")
	f.IntVar(&maxHops, "max-hops", routing.DefaultMaxHops, "maximum hops")
	f.StringSliceVar(&deny, "deny", nil, "bridges or protocols to avoid")
	f.StringSliceVar(&allow, "allow", nil, "only these bridges or protocols")
	f.StringSliceVar(&prefer, "prefer", nil, "prefer these bridges or protocols")
	f.Float64Var(&maxETA, "max-eta", 0, "maximum p90 ETA in seconds")
	f.Float64Var(&minSuccess, "min-success", 0, "minimum success probability")
	f.BoolVar(&asJSON, "json", false, "print the answer as JSON")
	rootCmd.AddCommand(cmd)
}
