package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/bench/sim"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		p        sim.Params
		topology string
		policies []string
		plot     string
		sweep    []float64
		asJSON   bool
	)
	cmd := &cobra.Command{
		Use:   "sim",
		Short: "Simulate routing policies on the same transfers and bridge faults",
		Long: `A seeded discrete-event simulation: transfers arrive (Poisson) over a mix of
corridors and amounts; bridges fail, degrade, pause and resume on their own
schedules; pools drain and refill. static-cheapest and static-fastest route on
the snapshot they started with; Strait's presets see only what Strait could
observe (their own hop outcomes, published pool levels and pauses). Failed hops
are rerouted or refunded by the rule the transfer actors use.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			snap, err := topologies.Load(topology, p.Seed)
			if err != nil {
				return err
			}
			p.Topology, p.Snapshot = topology, snap
			if cmd.Flags().Changed("faults") && p.FaultIntensity == 0 {
				p.ZeroFaults = true
			}
			p.Policies = policies
			if len(sweep) > 0 {
				return runSweep(cmd, p, sweep, plot, asJSON)
			}
			res, err := sim.Run(p)
			if err != nil {
				return err
			}
			if plot != "" {
				if err := writePlot(plot, res.SVG()); err != nil {
					return err
				}
			}
			if asJSON {
				return writeJSON(cmd, res)
			}
			res.Table(cmd.OutOrStdout())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&topology, "topology", "realistic", "realistic, stress, or a topology file")
	f.Uint64Var(&p.Seed, "seed", 1, "seed for arrivals, faults and hop outcomes")
	f.Float64Var(&p.Hours, "hours", 24, "simulated hours")
	f.Float64Var(&p.ArrivalsPerHour, "rate", 240, "transfers arriving per hour")
	f.Float64Var(&p.FaultIntensity, "faults", 1, "fault intensity: multiplies the default incident rate (0 = none)")
	f.Float64Var(&p.LargeShare, "large-share", 0.05, "share of large transfers ($0.5M-$5M)")
	f.StringSliceVar(&policies, "policies", sim.AllPolicies, "policies to compare")
	f.Float64SliceVar(&sweep, "sweep", nil, "run once per fault intensity (e.g. 0,1,2,4); --json prints {\"sweep\": [results]}")
	f.StringVar(&plot, "plot", "", "write a chart of delivered rate and cost over time (.svg, or .png via rsvg-convert)")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	benchCmd.AddCommand(cmd)
}

// writePlot writes an SVG, or converts it to PNG when the name asks for one.
func writePlot(name string, svg []byte) error {
	if !strings.HasSuffix(strings.ToLower(name), ".png") {
		return os.WriteFile(name, svg, 0o644)
	}
	conv, err := exec.LookPath("rsvg-convert")
	if err != nil {
		return fmt.Errorf("--plot %s: PNG output needs rsvg-convert (Debian package librsvg2-bin); use a .svg name instead", name)
	}
	c := exec.Command(conv, "-f", "png", "-o", name)
	c.Stdin = strings.NewReader(string(svg))
	if out, err := c.CombinedOutput(); err != nil {
		return fmt.Errorf("rsvg-convert: %v: %s", err, out)
	}
	return nil
}

// runSweep runs the simulation at each fault intensity with everything else
// the same, and reports them together.
func runSweep(cmd *cobra.Command, p sim.Params, sweep []float64, plot string, asJSON bool) error {
	var rs []*sim.Result
	for _, f := range sweep {
		q := p
		q.FaultIntensity, q.ZeroFaults = f, f == 0
		fmt.Fprintf(os.Stderr, "sim: fault intensity %g×\n", f)
		res, err := sim.Run(q)
		if err != nil {
			return err
		}
		rs = append(rs, res)
	}
	if plot != "" {
		if err := writePlot(plot, sim.SweepSVG(rs)); err != nil {
			return err
		}
	}
	if asJSON {
		return writeJSON(cmd, map[string]any{"sweep": rs})
	}
	for i, r := range rs {
		if i > 0 {
			fmt.Fprintln(cmd.OutOrStdout())
		}
		r.Table(cmd.OutOrStdout())
	}
	return nil
}
