package main

import (
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/devnet/guardians"
)

func init() {
	var (
		out       string
		period    time.Duration
		runFor    time.Duration
		nGuardian int
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run the EVM devnet with the guardian bridge and write its description",
		Long: `Starts the EVM devnet (as ` + "`strait evm-devnet`" + `), deploys Strait's guardian bridge
(StraitWormhole on every chain, wrapped wh* tokens, trust in each Gateway
through Governance), runs a guardian set of --guardians devnet keys, the
aggregator and an autonomous deliverer, and writes the description in the
routing topology format (with strait-wormhole bridges) to --out. Runs until
interrupted (or for --for).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := newLogger("wormhole-devnet")
			start := time.Now()
			d, err := evmnet.Start(ctx, evmnet.Options{BlockPeriod: period, Logger: log})
			if err != nil {
				return err
			}
			defer d.Close()
			n, err := guardians.Deploy(ctx, d, guardians.Options{Guardians: nGuardian, Logger: log})
			if err != nil {
				return err
			}
			for _, c := range d.Chains {
				c.Start()
			}
			r, err := n.StartRelay(ctx, guardians.RelayOptions{Autonomous: true, Logger: log})
			if err != nil {
				return err
			}
			defer r.Close()
			if err := writeDescription(out, n.Topology); err != nil {
				return err
			}
			for _, c := range d.Chains {
				log.Info("guardian bridge up", "chain", c.Name(), "bridge", n.Bridge[c.Name()].Hex(), "wormhole_chain_id", uint16(n.WormholeChain[c.Name()]))
			}
			set := n.Sets.Current()
			fmt.Fprintf(cmd.OutOrStdout(), "guardian bridge devnet up in %v: %d chains, guardian set %d (%d of %d), description in %s\n",
				time.Since(start).Round(time.Millisecond), len(d.Chains), set.Index, set.Quorum(), len(set.Keys), out)
			runUntil(ctx, runFor)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "devnet-wormhole.json", "where to write the devnet description")
	f.DurationVar(&period, "block-period", time.Second, "block period of every chain")
	f.DurationVar(&runFor, "for", 0, "stop after this long (0: until interrupted)")
	f.IntVar(&nGuardian, "guardians", 19, "size of the guardian set")
	wormholeCmd.AddCommand(cmd)
}
