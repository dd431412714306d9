package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/node"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		cfg      node.Config
		topology string
		block    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Run a Strait node and its devnet on embedded defaults (everything on loopback)",
		Long: `Runs a Strait node: an embedded NATS server with JetStream on 127.0.0.1:4222
(data under ./data), the Pebble journal under ./data, the in-process EVM devnet
(three chains with Strait's gateway, lock/mint bridge and liquidity pools, 1 s
blocks, funded demo wallets), the relayers, the transfer actors, and the wallet
API micro service "strait" (strait.v1.*), with /healthz, /readyz and /metrics on
127.0.0.1:8080. SIGINT or SIGTERM shut it down gracefully; running it again
resumes unfinished transfers from ./data.

The devnet chains live in memory: a restart starts fresh chains, so transfers
journaled against the previous chains cannot finish (their hops fail and they
refund or wait for an operator). With --topology realistic the node serves
quotes over the real-world snapshot instead, and refuses submits.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out := cmd.OutOrStdout()
			var demo []evmnet.Key
			var chains []string
			if topology == "devnet" {
				ev, err := node.StartEVMDevnet(ctx, evmnet.Options{BlockPeriod: block}, cfg.Logger)
				if err != nil {
					return err
				}
				defer ev.Close()
				cfg.Store, cfg.Builder, cfg.Checker, cfg.Executor = ev.Store, ev.Source, ev.Source, ev.Executor
				demo = ev.Devnet.Options.Demo
				for _, c := range ev.Devnet.Targets {
					chains = append(chains, fmt.Sprintf("%s (chain id %d)", c.Name(), c.ChainID()))
				}
			} else {
				snap, err := topologies.Load(topology, 1)
				if err != nil {
					return err
				}
				cfg.Snapshot = snap
			}
			cfg.Ready = func(a node.Addrs) {
				fmt.Fprintf(out, "\nStrait is up.\n  NATS:    %s  (service \"strait\", subjects strait.v1.*)\n  HTTP:    %s/healthz  /readyz  /metrics\n  Data:    %s\n", a.NATS, a.HTTP, cfg.DataDir)
				if len(chains) > 0 {
					fmt.Fprintf(out, "  Chains:  %v\n  Demo wallets (funded with ETH, USDC and test tokens):\n", chains)
					for i, k := range demo {
						if i == 4 {
							break
						}
						fmt.Fprintf(out, "    %d  %s\n", i, k.Address.Hex())
					}
					fmt.Fprintf(out, "\nTry, in another terminal:\n  go run ./cmd/strait send --from USDC@devnet-evm-a --to USDC@devnet-evm-b --amount 250000000 --wallet 0\n")
					fmt.Fprintf(out, "(quotes, signs with demo wallet 0, submits and watches the transfer hop by hop; see docs/api.md)\n")
				} else {
					fmt.Fprintf(out, "\nTry, in another terminal:\n  go run ./cmd/strait quote --from USDC@ethereum --to USDC@osmosis --amount 250000000\n")
				}
				fmt.Fprintf(out, "\nStop with Ctrl-C.\n")
			}
			return node.Run(ctx, cfg)
		},
	}
	f := cmd.Flags()
	f.StringVar(&cfg.DataDir, "data", "data", "data directory (journal and NATS store)")
	f.StringVar(&cfg.NATSURL, "nats", "", "connect to this NATS server instead of embedding one")
	f.StringVar(&cfg.NATSHost, "nats-host", "127.0.0.1", "embedded NATS listen host")
	f.IntVar(&cfg.NATSPort, "nats-port", 4222, "embedded NATS listen port (-1: any free port)")
	f.StringVar(&cfg.HTTPAddr, "http", "127.0.0.1:8080", "health and metrics listen address")
	f.StringVar(&topology, "topology", "devnet", "devnet (in-process chains that execute transfers), realistic, stress, or a topology file (quotes only)")
	f.DurationVar(&block, "block-time", time.Second, "devnet block time")
	rootCmd.AddCommand(cmd)
}
