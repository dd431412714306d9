package main

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/node"
)

// errNotACluster: `strait node` was given a config without a cluster
// section (exit code 2, like any bad config).
var errNotACluster = errors.New(`config has no cluster section (or it says enabled: false): ` +
	"`strait node` runs a cluster member; add a cluster: section (docs/cluster.md) or run a single node with `strait up --config`")

func init() {
	var configPath string
	cmd := &cobra.Command{
		Use:   "node",
		Short: "Run a Strait node as a member of a cluster (operators; see docs/cluster.md)",
		Long: `Runs one node of a Strait cluster from its operator config (YAML,
docs/operators.md), which must have a cluster: section: the node connects to
the NATS servers of nats.urls, joins the protoactor-go cluster (disthash
placement, membership in a NATS key-value bucket by default), replicates its
journal through the JetStream stream STRAIT_JOURNAL and keeps a full replica
of it in data_dir, attaches to the chains of its evm section with its own
operator key, and serves the wallet API (one queue group with the other
nodes) and /healthz, /readyz, /metrics on http.addr.

Transfers are cluster virtual actors (kind "transfer", identity = transfer id):
whichever node a wallet's request reaches, the transfer runs on the member the
cluster places it on. When a node dies, the others resume its unfinished
transfers once its membership entry expires. SIGINT or SIGTERM leave the
cluster gracefully. ` + "`strait evm-devnet --rpc ... --config node.yaml --nodes 3`" + ` writes
the configs of a three-node cluster on the devnet chains.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if configPath == "" {
				return &exitError{code: 2, err: errors.New("--config is required")}
			}
			fc, err := node.LoadConfig(configPath)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			if !fc.Cluster.On() {
				return &exitError{code: 2, err: fmt.Errorf("%s: %w", configPath, errNotACluster)}
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: fc.LogLevel()}))
			out := cmd.OutOrStdout()
			return node.RunFile(ctx, fc, logger, func(info node.UpInfo) {
				fmt.Fprintf(out, "Strait node %s is up (cluster %s).\n  NATS:    %s\n  HTTP:    %s/healthz  /readyz  /metrics\n  Data:    %s\n",
					fc.Name, fc.Cluster.Name, info.Addrs.NATS, info.Addrs.HTTP, fc.Path(fc.DataDir))
				if len(info.Chains) > 0 {
					fmt.Fprintf(out, "  Chains:  %v\n", info.Chains)
				}
			})
		},
	}
	cmd.Flags().StringVar(&configPath, "config", "", "operator config file with a cluster: section (YAML; docs/operators.md)")
	rootCmd.AddCommand(cmd)
}
