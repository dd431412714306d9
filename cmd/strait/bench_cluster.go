package main

import (
	"fmt"
	"os"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/bench/clusterbench"
)

func init() {
	var (
		o        clusterbench.Options
		nodes    string
		asJSON   bool
		dir      string
		keepTemp bool
	)
	cmd := &cobra.Command{
		Use:   "cluster",
		Short: "Throughput, latency and failover of a cluster of node processes on the EVM devnet",
		Long: `cluster runs real processes on 127.0.0.1, as the fault tests do: a NATS server
with JetStream (in this process), the devnet chains (` + "`strait evm-devnet`" + `), and for
each size in --nodes that many ` + "`strait node`" + ` processes, fresh each time. For each size
it measures quote latency and rate (--quote-clients back to back), then places
--transfers transfers (quote, sign, submit; --concurrency at once) and reports
submit latency and end-to-end throughput (first quote to last completion).
With --failover, on the largest size it places another batch, kills one node
with SIGKILL once a third have started, and reports how long until the
transfers pending at the kill moved again, how long until the API answered
again through the retrying client, and how many requests failed and were
retried. Every transfer is checked exactly once: recipients' balances and the
replicated journal. The processes are this binary.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var err error
			if o.Nodes, err = parseInts(nodes); err != nil {
				return fmt.Errorf("--nodes: %w", err)
			}
			if o.Binary, err = os.Executable(); err != nil {
				return err
			}
			if dir == "" {
				d, err := os.MkdirTemp("", "strait-bench-cluster-")
				if err != nil {
					return err
				}
				if !keepTemp {
					defer os.RemoveAll(d)
				} else {
					fmt.Fprintf(os.Stderr, "keeping logs and data in %s\n", d)
				}
				dir = d
			} else if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			o.Dir, o.Progress, o.Logger = dir, os.Stderr, newLogger("bench-cluster")
			res, err := clusterbench.Run(cmd.Context(), o)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd, res)
			}
			w := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', tabwriter.AlignRight)
			fmt.Fprintln(w, "nodes\ttransfers\ttransfers/s\taccepted/s\tsubmit p50 ms\tsubmit p99 ms\tquotes/s\tquote p50 ms\tquote p99 ms\t")
			for _, n := range res.Sorted() {
				fmt.Fprintf(w, "%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%.0f\t%.2f\t%.2f\t\n", n.Nodes, n.Transfers, n.TransfersPerS, n.AcceptedPerS,
					n.SubmitP50ms, n.SubmitP99ms, n.QuotesPerS, n.QuoteP50ms, n.QuoteP99ms)
			}
			w.Flush()
			if res.FailoverNodes > 0 {
				fmt.Fprintf(cmd.OutOrStdout(), "failover (%d nodes, SIGKILL, membership TTL %.1f s): transfers moved again within %.2f s (median %.2f s; %d of %d pending waited past the TTL); the API answered within %.2f s; %d requests failed, %d calls retried successfully, %d gave up\n",
					res.FailoverNodes, res.MemberTTLS, res.FailoverS, res.FailoverP50S, res.Stalled, res.Pending, res.APIFailoverS, res.APIFailed, res.APIRetriedOK, res.APIGaveUp)
			}
			fmt.Fprintln(cmd.OutOrStdout(), "every transfer checked exactly once (balances and the replicated journal)")
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&nodes, "nodes", "1,3", "cluster sizes to measure, comma-separated")
	f.IntVar(&o.Transfers, "transfers", 300, "transfers per size")
	f.IntVar(&o.Concurrency, "concurrency", 60, "orders placed at once")
	f.IntVar(&o.Wallets, "wallets", 60, "funded wallets the orders come from")
	f.IntVar(&o.QuoteClients, "quote-clients", 16, "clients quoting back to back")
	f.DurationVar(&o.QuoteDuration, "quote-duration", 5*time.Second, "how long the quote phase runs")
	f.BoolVar(&o.Failover, "failover", true, "measure failover (SIGKILL a node) on the largest size")
	f.IntVar(&o.FailoverTransfers, "failover-transfers", 0, "transfers placed around the kill (0: --transfers)")
	f.DurationVar(&o.BlockPeriod, "block-period", 250*time.Millisecond, "devnet block period")
	f.DurationVar(&o.MemberTTL, "member-ttl", 3*time.Second, "the nodes' membership TTL")
	f.StringVar(&dir, "dir", "", "where the runs keep configs, data and logs (default: a temp dir, removed)")
	f.BoolVar(&keepTemp, "keep", false, "keep the temp dir")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	benchCmd.AddCommand(cmd)
}
