package main

import (
	"fmt"
	"os"
	"runtime/pprof"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/bench/e2ebench"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		o                  e2ebench.Options
		topology           string
		asJSON             bool
		cpuProfile         string
		phaseProfile       string
		wallets, perWallet int
	)
	cmd := &cobra.Command{
		Use:   "e2e",
		Short: "Benchmark the wallet API over NATS on loopback against a no-op echo service",
		RunE: func(cmd *cobra.Command, args []string) error {
			snap, err := topologies.Load(topology, o.Seed)
			if err != nil {
				return err
			}
			o.Snapshot, o.Topology, o.Progress = snap, topology, os.Stderr
			if wallets > 0 && perWallet > 0 {
				o.Submits = &e2ebench.SubmitOptions{Wallets: wallets, PerWallet: perWallet}
			}
			if cpuProfile != "" && phaseProfile != "" {
				return &exitError{code: 2, err: fmt.Errorf("--cpuprofile and --phase-profile cannot be used together (one CPU profile at a time)")}
			}
			o.PhaseProfile = phaseProfile
			if cpuProfile != "" {
				f, err := os.Create(cpuProfile)
				if err != nil {
					return err
				}
				defer f.Close()
				if err := pprof.StartCPUProfile(f); err != nil {
					return err
				}
			}
			res, err := e2ebench.Run(o)
			if cpuProfile != "" {
				pprof.StopCPUProfile()
			}
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd, res)
			}
			out := cmd.OutOrStdout()
			fmt.Fprintf(out, "topology %s, %d clients (loader: %s), %gs per phase, echo and quote alternating in slices of %gs\n",
				res.Topology, res.Clients, res.Loader, res.DurationS, res.SliceS)
			which := "the routes no other route beats in every figure"
			if res.AllRoutes {
				which = "every route found (--all-routes)"
			}
			fmt.Fprintf(out, "quotes list %s: %.2f routes, %.0f bytes a reply on average\n", which, res.RoutesPerQuote, res.QuoteReplyBytes)
			fmt.Fprintf(out, "%-14s %10s %10s %10s %8s\n", "phase", "p50 ms", "p99 ms", "req/s", "errors")
			row := func(name string, l e2ebench.Latency) {
				fmt.Fprintf(out, "%-14s %10.3f %10.3f %10.0f %8d", name, l.P50ms, l.P99ms, l.QPS, l.Errors)
				if r := l.Runtime; r != nil {
					fmt.Fprintf(out, "   service: gc %d cycles, %.0f%% cpu, pause p99 %.2f ms; sched latency p99 %.2f ms; %.0f MB/s allocated",
						r.GCCycles, 100*r.GCCPUFraction, r.GCPauseP99ms, r.SchedLatP99ms, r.AllocMBPerS)
				}
				if l.SendLateP99ms > 0 {
					fmt.Fprintf(out, "; clients' send lateness p99 %.2f ms", l.SendLateP99ms)
				}
				fmt.Fprintln(out)
			}
			row("echo floor", res.Echo)
			row("quote", res.Quote)
			if res.EchoPaced != nil {
				row(fmt.Sprintf("echo @%.0f/s", res.PacedRate), *res.EchoPaced)
			}
			if res.QuotePaced != nil {
				row(fmt.Sprintf("quote @%.0f/s", res.PacedRate), *res.QuotePaced)
			}
			if res.Submit != nil {
				row("submit", res.Submit.Latency)
			}
			fmt.Fprintf(out, "quote throughput is %.3f of the echo floor", res.RatioToFloor)
			if ci := res.RatioCI95; len(ci) == 2 {
				fmt.Fprintf(out, " (95%% interval over the run's %d rounds: %.3f-%.3f)", len(res.RatioRounds), ci[0], ci[1])
			}
			fmt.Fprintln(out)
			if res.SubmitPerS != nil {
				fmt.Fprintf(out, "submits: %.0f/s accepted (%d wallets, %d transfers, each checked, broadcast and journaled)\n", *res.SubmitPerS, res.Submit.Wallets, res.Submit.Transfers)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&topology, "topology", "realistic", "realistic, stress, or a topology file")
	f.Uint64Var(&o.Seed, "seed", 1, "workload seed")
	f.IntVar(&o.Clients, "clients", 32, "concurrent clients")
	f.DurationVar(&o.Duration, "duration", 5*time.Second, "duration of each phase")
	f.DurationVar(&o.Slice, "slice", 500*time.Millisecond, "the echo and quote phases alternate in slices this long (a slice >= --duration runs each in one piece)")
	f.Float64Var(&o.Rate, "rate", 5000, "also measure quote latency paced at this total rate (0: skip)")
	f.BoolVar(&o.AllRoutes, "all-routes", false, "the quote requests ask for every route found, those a listed route beats in every figure too (quotes leave them out by default)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	f.StringVar(&phaseProfile, "phase-profile", "", "write a CPU profile of the service process for each unpaced slice, PREFIX.echo.N.pprof and PREFIX.quote.N.pprof (merge a phase's with go tool pprof -proto)")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the service process (the NATS server and the services; the clients too with --loader inprocess) to this file")
	f.IntVar(&o.MaxQuotes, "max-quotes", 10_000, "quotes the quote service remembers (a node's default is 100,000): the live heap the collector marks")
	f.StringVar(&o.Loader, "loader", e2ebench.LoaderProcess, "where the clients run: process (a child process, as a wallet backend is) or inprocess (sharing the service's process and heap)")
	f.IntVar(&wallets, "submit-wallets", 16, "submit phase: wallets submitting at once against a node over the EVM devnet (0: skip the phase)")
	f.IntVar(&perWallet, "submit-per-wallet", 20, "submit phase: transfers per wallet")
	benchCmd.AddCommand(cmd)
}
