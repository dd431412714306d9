package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/node"
)

func init() {
	var (
		out     string
		period  time.Duration
		runFor  time.Duration
		rpcAddr string
		config  string
		demo    int
	)
	cmd := &cobra.Command{
		Use:   "evm-devnet",
		Short: "Run the in-process EVM devnet and write its description (routing topology format)",
		Long: `Starts the EVM devnet that ` + "`strait up`" + ` uses: three go-ethereum simulated-backend
chains (devnet-evm-a/b/c) sealing a block every --block-period, with Strait's
gateway, lock/mint bridge, liquidity pools, test tokens and governance
deployed and wired, and funded demo accounts. Writes the devnet description
(chains, tokens with addresses, bridges, deployments) in the routing topology
format to --out, then runs until interrupted (or for --for).

Each chain's JSON-RPC is served over HTTP on --rpc (chain i on the port plus
i; port 0 picks free ports; "" serves none). With --config FILE it also
writes a node config that attaches to these chains: run the node with
` + "`strait up --config FILE`" + `; it can stop and start again (or be killed)
while the chains keep their state (docs/operators.md).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := newLogger("evm-devnet")
			start := time.Now()
			opts := evmnet.Options{BlockPeriod: period, AutoMine: true, Logger: log}
			for i := 0; i < demo; i++ {
				opts.Demo = append(opts.Demo, evmnet.DevKey(fmt.Sprintf("demo-%d", i)))
			}
			d, err := evmnet.Start(ctx, opts)
			if err != nil {
				return err
			}
			defer d.Close()
			if err := writeDescription(out, d.Topology); err != nil {
				return err
			}
			for _, c := range d.Chains {
				dep := d.Deployments[c.Name()]
				log.Info("chain up", "chain", c.Name(), "chain_id", c.ChainID(), "gateway", dep.Gateway.Hex(),
					"lockmint", dep.LockMint.Hex(), "liquidity", dep.Liquidity.Hex(), "setup_gas", d.GasUsed[c.Name()])
			}
			var attached []node.AttachedChain
			if rpcAddr != "" {
				host, portS, err := net.SplitHostPort(rpcAddr)
				if err != nil {
					return fmt.Errorf("--rpc %q: %w", rpcAddr, err)
				}
				base, err := strconv.Atoi(portS)
				if err != nil || base < 0 || base > 65535-len(d.Chains) {
					return fmt.Errorf("--rpc %q: bad port", rpcAddr)
				}
				for i, c := range d.Chains {
					port := 0
					if base != 0 {
						port = base + i
					}
					srv, err := c.ServeRPC(net.JoinHostPort(host, strconv.Itoa(port)))
					if err != nil {
						return err
					}
					defer srv.Close()
					log.Info("serving JSON-RPC", "chain", c.Name(), "url", srv.URL)
					attached = append(attached, node.AttachedChain{Name: c.Name(), ChainID: c.ChainID(), RPC: srv.URL, BlockTime: period})
				}
			}
			if config != "" {
				if len(attached) == 0 {
					return fmt.Errorf("--config needs --rpc: the node attaches to the chains over JSON-RPC")
				}
				rel, err := relPath(filepath.Dir(config), out)
				if err != nil {
					return err
				}
				if err := os.WriteFile(config, node.DevnetAttachConfig(rel, attached, d.Options), 0o644); err != nil {
					return fmt.Errorf("write node config: %w", err)
				}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "EVM devnet up in %v: %d chains, description in %s\n",
				time.Since(start).Round(time.Millisecond), len(d.Chains), out)
			for _, a := range attached {
				fmt.Fprintf(w, "  %s (chain id %d): %s\n", a.Name, a.ChainID, a.RPC)
			}
			if config != "" {
				fmt.Fprintf(w, "Node config in %s; attach with: strait up --config %s\n", config, config)
			}
			runUntil(ctx, runFor)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "devnet-evm.json", "where to write the devnet description")
	f.DurationVar(&period, "block-period", time.Second, "block period of every chain")
	f.DurationVar(&runFor, "for", 0, "stop after this long (0: until interrupted)")
	f.StringVar(&rpcAddr, "rpc", "127.0.0.1:8545", "serve each chain's JSON-RPC from this host:port (chain i on port+i; port 0: free ports; empty: none)")
	f.StringVar(&config, "config", "", "also write a node config (YAML) that attaches to the served chains")
	f.IntVar(&demo, "demo", 4, "funded demo wallets (demo-0 ... demo-N-1)")
	rootCmd.AddCommand(cmd)
}

// relPath names target relative to dir when both resolve (so that a
// config and its description can move together), else absolutely.
func relPath(dir, target string) (string, error) {
	ad, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	at, err := filepath.Abs(target)
	if err != nil {
		return "", err
	}
	if r, err := filepath.Rel(ad, at); err == nil {
		return r, nil
	}
	return at, nil
}
