package main

import (
	"os"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/bench/routingbench"
	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

func init() {
	var (
		topology      string
		seed          uint64
		queries       int
		oracleQueries int
		k             int
		maxHops       int
		preset        string
		asJSON        bool
	)
	cmd := &cobra.Command{
		Use:   "routing",
		Short: "Benchmark the router against gonum's Yen k-shortest paths and Dijkstra",
		Long: `Runs a seeded workload of (source, destination, amount) queries over a topology
with Strait's router, then on the same graph with static weights with Strait's
search, gonum's Yen k-shortest paths and plain Dijkstra, and checks that
Strait's k best costs equal Yen's wherever Yen's paths are within the hop bound.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			snap, err := topologies.Load(topology, seed)
			if err != nil {
				return err
			}
			opts := routingbench.Options{Topology: topology, Snapshot: snap, Seed: seed, Queries: queries,
				OracleQueries: oracleQueries, K: k, MaxHops: maxHops, Preset: routing.Preset(preset), Progress: os.Stderr}
			res, err := routingbench.Run(opts)
			if err != nil {
				return err
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
	f.Uint64Var(&seed, "seed", 1, "workload (and stress topology) seed")
	f.IntVar(&queries, "queries", 2000, "number of queries")
	f.IntVar(&oracleQueries, "oracle-queries", 0, "how many queries also run gonum Yen and Dijkstra (0 = all)")
	f.IntVar(&k, "k", routing.DefaultK, "routes per query")
	f.IntVar(&maxHops, "max-hops", routing.DefaultMaxHops, "hop bound for every algorithm's comparison")
	f.StringVar(&preset, "preset", string(routing.Recommended), "preset for the strait row")
	f.BoolVar(&asJSON, "json", false, "print one JSON object")
	benchCmd.AddCommand(cmd)
}
