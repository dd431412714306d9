package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/evmnet"
)

func init() {
	var (
		out    string
		period time.Duration
		runFor time.Duration
	)
	cmd := &cobra.Command{
		Use:   "evm-devnet",
		Short: "Run the in-process EVM devnet and write its description (routing topology format)",
		Long: `Starts the EVM devnet that ` + "`strait up`" + ` uses: three go-ethereum simulated-backend
chains (devnet-evm-a/b/c) sealing a block every --block-period, with Strait's
gateway, lock/mint bridge, liquidity pools, test tokens and governance
deployed and wired, and funded demo accounts. Writes the devnet description
(chains, tokens with addresses, bridges, deployments) in the routing topology
format to --out, then runs until interrupted (or for --for).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := newLogger("evm-devnet")
			start := time.Now()
			d, err := evmnet.Start(ctx, evmnet.Options{BlockPeriod: period, AutoMine: true, Logger: log})
			if err != nil {
				return err
			}
			defer d.Close()
			desc, err := d.Topology()
			if err != nil {
				return err
			}
			if err := os.WriteFile(out, desc, 0o644); err != nil {
				return fmt.Errorf("write devnet description: %w", err)
			}
			for _, c := range d.Chains {
				dep := d.Deployments[c.Name()]
				log.Info("chain up", "chain", c.Name(), "chain_id", c.ChainID(), "gateway", dep.Gateway.Hex(),
					"lockmint", dep.LockMint.Hex(), "liquidity", dep.Liquidity.Hex(), "setup_gas", d.GasUsed[c.Name()])
			}
			fmt.Fprintf(cmd.OutOrStdout(), "EVM devnet up in %v: %d chains, description in %s\n",
				time.Since(start).Round(time.Millisecond), len(d.Chains), out)
			if runFor > 0 {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, runFor)
				defer cancel()
			}
			<-ctx.Done()
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "devnet-evm.json", "where to write the devnet description")
	f.DurationVar(&period, "block-period", time.Second, "block period of every chain")
	f.DurationVar(&runFor, "for", 0, "stop after this long (0: until interrupted)")
	rootCmd.AddCommand(cmd)
}
