package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/devnet/cosmos"
	"github.com/straitnet/strait/relayers/ibc"
)

// ibcCmd groups the IBC operator tools.
var ibcCmd = &cobra.Command{
	Use:   "ibc",
	Short: "IBC operator tools: open a path between two Cosmos chains, clear pending packets",
}

// ibcEndFlags name one chain reached over CometBFT RPC and gRPC.
type ibcEndFlags struct {
	chainID, rpc, grpc, keyFile string
}

func (f *ibcEndFlags) register(cmd *cobra.Command, side string) {
	cmd.Flags().StringVar(&f.chainID, side+"-chain-id", "", "chain id of chain "+side)
	cmd.Flags().StringVar(&f.rpc, side+"-rpc", "", "CometBFT RPC URL of chain "+side+" (http://127.0.0.1:26657)")
	cmd.Flags().StringVar(&f.grpc, side+"-grpc", "", "gRPC address of chain "+side+" (127.0.0.1:9090); empty: queries over RPC")
	cmd.Flags().StringVar(&f.keyFile, side+"-key-file", "", "file with the relayer's hex secp256k1 key on chain "+side)
}

func (f *ibcEndFlags) sender(side string) (*ibc.RPCChain, *ibc.Sender, error) {
	if f.keyFile == "" {
		return nil, nil, &exitError{code: 2, err: fmt.Errorf("--%s-key-file is required", side)}
	}
	key, err := ibc.LoadKey("relayer-"+side, f.keyFile)
	if err != nil {
		return nil, nil, &exitError{code: 2, err: err}
	}
	c, err := ibc.DialRPC(ibc.RPCOptions{ChainID: f.chainID, RPC: f.rpc, GRPC: f.grpc})
	if err != nil {
		return nil, nil, &exitError{code: 2, err: err}
	}
	s, err := ibc.NewSender(c, key, ibc.SenderOptions{})
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, s, nil
}

func init() {
	rootCmd.AddCommand(ibcCmd)

	var a, b ibcEndFlags
	var timeout time.Duration
	var out string
	link := &cobra.Command{
		Use:   "link",
		Short: "Open a transfer channel between chains a and b (clients, connection, channel handshake)",
		Long: `Creates a 07-tendermint client of each chain on the other, runs the connection
handshake (init on a, try on b, ack on a, confirm on b) and the ICS-20 channel
handshake on the transfer port, each step proven with a fresh client update.
Prints the path (client, connection and channel ids on both sides) as JSON, the
form 'strait ibc clear --path' reads.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ca, sa, err := a.sender("a")
			if err != nil {
				return err
			}
			defer ca.Close()
			cb, sb, err := b.sender("b")
			if err != nil {
				return err
			}
			defer cb.Close()
			ctx, cancel := context.WithTimeout(cmd.Context(), timeout)
			defer cancel()
			p, err := ibc.Link(ctx, sa, sb, ibc.LinkOptions{})
			if err != nil {
				return err
			}
			if out != "" {
				bz, _ := json.MarshalIndent(p, "", "  ")
				if err := os.WriteFile(out, append(bz, '\n'), 0o644); err != nil {
					return err
				}
			}
			return writeJSON(cmd, p)
		},
	}
	a.register(link, "a")
	b.register(link, "b")
	link.Flags().DurationVar(&timeout, "timeout", 5*time.Minute, "give up after this long")
	link.Flags().StringVar(&out, "out", "", "also write the path JSON to this file")
	ibcCmd.AddCommand(link)

	var ca, cb ibcEndFlags
	var pathFile string
	var every time.Duration
	clear := &cobra.Command{
		Use:   "clear",
		Short: "Relay every pending packet and ack on a path (once, or every --every)",
		Long: `Finds the packet commitments still on either chain of the path (packets sent
but never received, or received but whose ack never came back), relays them
with their proofs (or times them out, refunding the sender), and prints a
report as JSON. With --every it keeps sweeping until interrupted.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			raw, err := os.ReadFile(pathFile)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			spec, err := ibc.ParsePathSpec(raw)
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			if ca.chainID == "" {
				ca.chainID = spec.A.ChainID
			}
			if cb.chainID == "" {
				cb.chainID = spec.B.ChainID
			}
			chA, sa, err := ca.sender("a")
			if err != nil {
				return err
			}
			defer chA.Close()
			chB, sb, err := cb.sender("b")
			if err != nil {
				return err
			}
			defer chB.Close()
			p, err := ibc.NewPath(spec, ibc.Side{Chain: chA, Sender: sa}, ibc.Side{Chain: chB, Sender: sb},
				ibc.PathOptions{Logger: newLogger("ibc-clear")})
			if err != nil {
				return &exitError{code: 2, err: err}
			}
			if every > 0 {
				t := time.NewTicker(every)
				defer t.Stop()
				p.RunClearing(cmd.Context(), t.C)
				return nil
			}
			rep, err := p.Clear(cmd.Context())
			if err != nil {
				return err
			}
			return writeJSON(cmd, rep)
		},
	}
	ca.register(clear, "a")
	cb.register(clear, "b")
	clear.Flags().StringVar(&pathFile, "path", "", "path JSON written by 'strait ibc link'")
	clear.Flags().DurationVar(&every, "every", 0, "keep sweeping at this interval")
	_ = clear.MarkFlagRequired("path")
	ibcCmd.AddCommand(clear)
}

func init() {
	var (
		out       string
		blockTime time.Duration
		runFor    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run the in-process Cosmos devnet and write its description (routing topology format)",
		Long: `Starts the Cosmos devnet that ` + "`strait up`" + ` uses: three ibc-go v8 simapp chains
(devnet-cosmos-a/b/c) on one virtual clock, an ICS-20 channel between every
pair (opened with the same handshake as 'strait ibc link'), the relayer and a
clearing sweep per path. Writes the description (chains, native tokens, every
voucher with its ibc/HASH denom and trace, the ibc-transfer bridges and the
paths) to --out, then runs until interrupted (or for --for).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := newLogger("cosmos-devnet")
			start := time.Now()
			d, err := cosmos.StartDevnet(ctx, cosmos.DevnetOptions{BlockTime: blockTime, Logger: log})
			if err != nil {
				return err
			}
			defer d.Close()
			if err := writeDescription(out, d.Topology); err != nil {
				return err
			}
			log.Info("cosmos devnet up", "chains", len(d.Net.Chains), "paths", len(d.Paths), "startup", time.Since(start).String(), "description", out)
			runUntil(ctx, runFor)
			return nil
		},
	}
	cmd.Flags().StringVar(&out, "out", "cosmos-devnet.json", "where to write the devnet description")
	cmd.Flags().DurationVar(&blockTime, "block-time", time.Second, "time between blocks (virtual and wall clock)")
	cmd.Flags().DurationVar(&runFor, "for", 0, "stop after this long (0: run until interrupted)")
	ibcCmd.AddCommand(cmd)
}

func init() {
	var (
		o      cosmos.BenchOptions
		asJSON bool
	)
	cmd := &cobra.Command{
		Use:   "ibc",
		Short: "Benchmark the IBC relayer: packets relayed per second and send-to-ack time, in process and over RPC",
		Long: `Links two chains with a fresh ICS-20 channel, has a wallet send --packets
transfers (not timed), then relays them all (receive with commitment proofs,
acks with ack proofs, up to 50 packet messages per transaction) and reports
packets per second; then sends --samples transfers one at a time and reports
the time from the wallet's broadcast to the ack landing on the source chain.
The in-process chains (ibc-go simapp) make a block every --tick; with --rpc the
same runs against two real simd nodes on 127.0.0.1 over CometBFT RPC and gRPC.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Logger = newLogger("bench-ibc")
			res, err := cosmos.RunBench(cmd.Context(), o)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd, res)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "%-10s %8s %9s %10s %12s %12s %10s %7s\n", "mode", "packets", "relay s", "packets/s", "ack p50 s", "ack p90 s", "block s", "failed")
			for _, r := range []*cosmos.BenchRun{res.InProcess, res.RPC} {
				if r == nil {
					continue
				}
				fmt.Fprintf(w, "%-10s %8d %9.2f %10.1f %12.3f %12.3f %10.3f %7d\n", r.Mode, r.Packets, r.RelayS, r.PacketsPerS,
					r.SendToAckP50S, r.SendToAckP90S, r.BlockIntervalS, r.Failed)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&o.Packets, "packets", 200, "packets relayed in the throughput run")
	cmd.Flags().IntVar(&o.Samples, "samples", 10, "send-to-ack latency samples")
	cmd.Flags().DurationVar(&o.Tick, "tick", 5*time.Millisecond, "block pace of the in-process chains (wall clock)")
	cmd.Flags().BoolVar(&o.RPC, "rpc", false, "also run against two real simd nodes (builds simd once)")
	cmd.Flags().DurationVar(&o.SimdBlockTime, "simd-block-time", 300*time.Millisecond, "simd's timeout_commit")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object")
	benchCmd.AddCommand(cmd)
}
