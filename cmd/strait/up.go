package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/spf13/cobra"

	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/node"
)

func init() {
	var (
		configPath string
		dataDir    string
		natsURL    string
		natsHost   string
		natsPort   int
		httpAddr   string
		topology   string
		block      time.Duration
		logLevel   string
	)
	cmd := &cobra.Command{
		Use:   "up",
		Short: "Run a Strait node and its devnet on embedded defaults (everything on loopback)",
		Long: `Runs a Strait node: an embedded NATS server with JetStream on 127.0.0.1:4222
(data under ./data), the Pebble journal under ./data, the in-process EVM devnet
(three chains with Strait's gateway, lock/mint bridge and liquidity pools, 1 s
blocks, funded demo wallets), three in-process Cosmos chains (ibc-go simapp, a
transfer channel between every pair) with the EVM -> Cosmos bridge (USDC on any
EVM chain to uusdc on devnet-cosmos-a, and on over IBC), the relayers, the
transfer actors, and the wallet API micro service "strait" (strait.v1.*), with /healthz, /readyz and /metrics on
127.0.0.1:8080. SIGINT or SIGTERM shut it down gracefully; running it again
resumes unfinished transfers from ./data.

The in-process devnet chains live in memory: a restart starts fresh chains, so
transfers journaled against the previous chains cannot finish (their hops fail
and they refund or wait for an operator). To keep chains across restarts, run
them apart with ` + "`strait evm-devnet --config node.yaml`" + ` and attach with
` + "`strait up --config node.yaml`" + ` (docs/operators.md). With --topology realistic
the node serves quotes over the real-world snapshot instead, and refuses submits.

--config FILE reads the operator config (YAML, docs/operators.md); flags given
explicitly override its values.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			out := cmd.OutOrStdout()
			fc := &node.FileConfig{}
			if configPath != "" {
				var err error
				if fc, err = node.LoadConfig(configPath); err != nil {
					return err
				}
			}
			f := cmd.Flags()
			set := func(name string) bool { return configPath == "" || f.Changed(name) }
			if set("data") {
				abs, err := filepath.Abs(dataDir)
				if err != nil {
					return err
				}
				fc.DataDir = abs
			}
			if natsURL != "" {
				fc.NATS.URLs = []string{natsURL}
			}
			if set("nats-host") {
				fc.NATS.Host = natsHost
			}
			if set("nats-port") {
				fc.NATS.Port = natsPort
			}
			if set("http") {
				fc.HTTP.Addr = httpAddr
			}
			if set("topology") {
				fc.Topology = topology
			}
			if set("block-time") {
				fc.Devnet.BlockTime = block
			}
			if set("log-level") {
				fc.Log.Level = logLevel
			}
			fc.EnsureDefaults()
			if err := fc.Validate(); err != nil {
				return err
			}
			logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: fc.LogLevel()}))
			return node.RunFile(ctx, fc, logger, func(info node.UpInfo) { printUp(out, info, fc.Path(fc.DataDir)) })
		},
	}
	f := cmd.Flags()
	f.StringVar(&configPath, "config", "", "operator config file (YAML; see docs/operators.md)")
	f.StringVar(&dataDir, "data", "data", "data directory (journal and NATS store)")
	f.StringVar(&natsURL, "nats", "", "connect to this NATS server instead of embedding one")
	f.StringVar(&natsHost, "nats-host", "127.0.0.1", "embedded NATS listen host")
	f.IntVar(&natsPort, "nats-port", 4222, "embedded NATS listen port (-1: any free port)")
	f.StringVar(&httpAddr, "http", "127.0.0.1:8080", "health and metrics listen address")
	f.StringVar(&topology, "topology", "devnet", "devnet (in-process chains that execute transfers), realistic, stress, or a topology file (quotes only)")
	f.DurationVar(&block, "block-time", time.Second, "devnet block time")
	f.StringVar(&logLevel, "log-level", "info", "least severe log record written (JSON on standard error): debug, info, warn or error")
	rootCmd.AddCommand(cmd)
}

// defaultNATS is where the CLI clients connect unless told otherwise.
const defaultNATS = "nats://127.0.0.1:4222"

// nodeCall dials url for one request of a CLI command: a client, the
// request's context (15 s within the command's), and done, which releases
// both.
func nodeCall(cmd *cobra.Command, url string) (context.Context, *api.Client, func(), error) {
	nc, err := dialNode(url, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), 15*time.Second)
	return ctx, api.NewClient(nc), func() { cancel(); nc.Close() }, nil
}

// dialNode connects a CLI client to a node's NATS server. A command that
// follows a transfer passes notes (its stderr): it says when the
// connection drops and when it is back (nats.go reconnects for two
// minutes, through a node's restart), so a silence is not a mystery.
func dialNode(url string, notes io.Writer) (*nats.Conn, error) {
	opts := []nats.Option{nats.Name("strait-cli"), nats.Timeout(5 * time.Second)}
	if notes != nil {
		opts = append(opts,
			nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
				if err != nil {
					fmt.Fprintf(notes, "lost the node at %s (%v); reconnecting...\n", url, err)
				}
			}),
			nats.ReconnectHandler(func(*nats.Conn) { fmt.Fprintf(notes, "reconnected to %s\n", url) }))
	}
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, fmt.Errorf("connect to %s (is `strait up` running?): %w", url, err)
	}
	return nc, nil
}

// printUp tells a newcomer where the node listens and what to try. The
// commands it suggests name the node's NATS address when it is not the one
// the clients connect to by default.
func printUp(out io.Writer, info node.UpInfo, dataDir string) {
	a := info.Addrs
	natsFlag := ""
	if a.NATS != defaultNATS {
		natsFlag = " --nats " + a.NATS
	}
	fmt.Fprintf(out, "\nStrait is up.\n  NATS:    %s  (service \"strait\", subjects strait.v1.*)\n  HTTP:    %s/healthz  /readyz  /metrics\n  Data:    %s\n", a.NATS, a.HTTP, dataDir)
	if len(info.Chains) > 0 {
		fmt.Fprintf(out, "  Chains:  %v\n", info.Chains)
		if len(info.Demo) > 0 {
			fmt.Fprintf(out, "  Demo wallets (funded with ETH, USDC and test tokens):\n")
			for i, k := range info.Demo {
				if i == 4 {
					break
				}
				fmt.Fprintf(out, "    %d  %s\n", i, k.Address.Hex())
			}
		}
		fmt.Fprintf(out, "\nTry, in another terminal:\n  go run ./cmd/strait send%s --from USDC@devnet-evm-a --to USDC@devnet-evm-b --amount 250000000 --wallet 0\n", natsFlag)
		if info.CosmosRecipient != "" {
			fmt.Fprintf(out, "  go run ./cmd/strait send%s --from USDC@devnet-evm-a --to USDC@devnet-cosmos-b --amount 250000000 --wallet 0 --recipient %s\n", natsFlag, info.CosmosRecipient)
		}
		fmt.Fprintf(out, "(quotes, signs with demo wallet 0, submits and watches the transfer hop by hop; see docs/api.md)\n")
	} else {
		fmt.Fprintf(out, "\nTry, in another terminal:\n  go run ./cmd/strait quote%s --from USDC@ethereum --to USDC@osmosis --amount 250000000\n", natsFlag)
	}
	fmt.Fprintf(out, "\nStop with Ctrl-C.\n")
}
