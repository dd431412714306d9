package main

import (
	"fmt"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/evmrelay"
)

func init() {
	var (
		hops        int
		concurrency int
		period      time.Duration
		asJSON      bool
	)
	cmd := &cobra.Command{
		Use:   "relay",
		Short: "Benchmark the EVM relayers: hops relayed per second and gas per hop on the devnet",
		Long: `Starts a two-chain EVM devnet (go-ethereum's simulated backend, blocks on a
timer), has a wallet start --hops transfers of each bridge kind through the
gateway (not timed), then relays them all with --concurrency hops in flight per
kind: lock/mint (finality, M-of-N attestation, delivery) and liquidity (fill at
once, settlement after finality). Prints hops per second and gas per hop.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			res, err := evmrelay.RunBench(cmd.Context(), evmrelay.BenchOptions{Hops: hops, Concurrency: concurrency,
				BlockPeriod: period, Logger: newLogger("bench-relay")})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd, res)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintf(w, "kind\thops\tfailed\thops/s\tp50 s\tp90 s\tsource gas\tdelivery gas\tsettle gas\t\n")
			kinds := make([]string, 0, len(res.ByKind))
			for k := range res.ByKind {
				kinds = append(kinds, k)
			}
			sort.Strings(kinds)
			for _, k := range kinds {
				r := res.ByKind[k]
				fmt.Fprintf(w, "%s\t%d\t%d\t%.1f\t%.2f\t%.2f\t%d\t%d\t%d\t\n", k, r.Hops, r.Failed, r.HopsPerSecond,
					r.LatencyP50S, r.LatencyP90S, r.SourceGas, r.DeliveryGas, r.SettleGas)
			}
			if err := w.Flush(); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "total: %d hops in %.1f s = %.1f hops/s (block period %v, finality %d blocks, concurrency %d per kind)\n",
				res.Hops, res.ElapsedS, res.HopsPerSecond, period, res.FinalityDepth, res.Concurrency)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&hops, "hops", 200, "hops of each kind")
	f.IntVar(&concurrency, "concurrency", 64, "hops in flight per kind")
	f.DurationVar(&period, "block-period", time.Second, "devnet block period")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	benchCmd.AddCommand(cmd)
}
