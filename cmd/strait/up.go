package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/node"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		cfg      node.Config
		topology string
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Run a Strait node on embedded defaults (NATS, journal and HTTP on loopback)",
		Long: `Runs a Strait node: an embedded NATS server with JetStream on 127.0.0.1:4222
(data under ./data), the Pebble journal under ./data, the transfer actors, and
the wallet API micro service "strait" (strait.v1.*), with /healthz, /readyz and
/metrics on 127.0.0.1:8080. SIGINT or SIGTERM shut it down gracefully; running
it again resumes from ./data.

Today it serves quotes and the catalog over the --topology graph; the devnet
chains and relayers that execute transfers are being wired in (submits are
refused with UNAVAILABLE until then).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			snap, err := topologies.Load(topology, 1)
			if err != nil {
				return err
			}
			cfg.Snapshot = snap
			cfg.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
			out := cmd.OutOrStdout()
			cfg.Ready = func(a node.Addrs) {
				fmt.Fprintf(out, "\nStrait is up.\n  NATS:    %s  (service \"strait\", subjects strait.v1.*)\n  HTTP:    %s/healthz  /readyz  /metrics\n  Data:    %s\n\n", a.NATS, a.HTTP, cfg.DataDir)
				fmt.Fprintf(out, "Try, in another terminal:\n  go run ./cmd/strait quote --nats %s --from USDC@ethereum --to USDC@osmosis --amount 250000000\n\nStop with Ctrl-C.\n", a.NATS)
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			return node.Run(ctx, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "data", "data", "data directory (journal and NATS store)")
	f.StringVar(&cfg.NATSURL, "nats", "", "connect to this NATS server instead of embedding one")
	f.StringVar(&cfg.NATSHost, "nats-host", "127.0.0.1", "embedded NATS listen host")
	f.IntVar(&cfg.NATSPort, "nats-port", 4222, "embedded NATS listen port (-1: any free port)")
	f.StringVar(&cfg.HTTPAddr, "http", "127.0.0.1:8080", "health and metrics listen address")
	f.StringVar(&topology, "topology", "realistic", "routing graph: realistic, stress, or a topology file")
	rootCmd.AddCommand(cmd)
}
