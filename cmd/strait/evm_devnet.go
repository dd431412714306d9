package main

import (
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
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
		nodes   int
		natsURL string
		httpP   int
		clusteP int
		ttl     time.Duration
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
while the chains keep their state (docs/operators.md).

With --nodes N (and --config FILE) it writes N cluster node configs instead,
FILE with -1 ... -N before its extension (node.yaml: node-1.yaml ...
node-N.yaml): names node-i, data dirs data-node-i, HTTP on --http-port+i-1,
the actor remote on --cluster-port+i-1 (0: free ports), the NATS servers of
--nats, and each node its own operator key (operator-0 ... operator-N-1,
funded, registered as liquidity relayers and given pool liquidity by the
devnet). Run each with ` + "`strait node --config node-i.yaml`" + ` (docs/cluster.md).`,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			log := newLogger("evm-devnet")
			start := time.Now()
			opts := evmnet.Options{BlockPeriod: period, AutoMine: true, Logger: log}
			for i := 0; i < demo; i++ {
				opts.Demo = append(opts.Demo, evmnet.DevKey(fmt.Sprintf("demo-%d", i)))
			}
			if nodes < 0 || nodes > 64 {
				return fmt.Errorf("--nodes %d: want 0..64", nodes)
			}
			if nodes > 0 && config == "" {
				return fmt.Errorf("--nodes needs --config: the file name the node configs are derived from")
			}
			if nodes > 0 {
				// One operator key per node: nodes never sign with one key,
				// so they never race for its nonce.
				node.ClusterDevnet(&opts, nodes)
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
				if nodes == 0 {
					if err := os.WriteFile(config, node.DevnetAttachConfig(rel, attached, d.Options), 0o644); err != nil {
						return fmt.Errorf("write node config: %w", err)
					}
				}
				layout := node.ClusterLayout{Nodes: nodes, NATSURLs: strings.Split(natsURL, ","), HTTPPort: httpP, ClusterPort: clusteP, MemberTTL: ttl}
				for i := 1; i <= nodes; i++ {
					b, err := node.DevnetClusterConfig(rel, attached, d.Options, layout, i)
					if err != nil {
						return err
					}
					if err := os.WriteFile(nodeConfigPath(config, i), b, 0o644); err != nil {
						return fmt.Errorf("write node config: %w", err)
					}
				}
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "EVM devnet up in %v: %d chains, description in %s\n",
				time.Since(start).Round(time.Millisecond), len(d.Chains), out)
			for _, a := range attached {
				fmt.Fprintf(w, "  %s (chain id %d): %s\n", a.Name, a.ChainID, a.RPC)
			}
			switch {
			case config != "" && nodes > 0:
				fmt.Fprintf(w, "Cluster node configs in %s ... %s; start each with: strait node --config FILE\n",
					nodeConfigPath(config, 1), nodeConfigPath(config, nodes))
			case config != "":
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
	f.IntVar(&nodes, "nodes", 0, "with --config: write this many cluster node configs (FILE-1 ... FILE-N), each with its own operator key")
	f.StringVar(&natsURL, "nats", "nats://127.0.0.1:4222", "with --nodes: the NATS server URLs (comma-separated) the nodes share")
	f.IntVar(&httpP, "http-port", 8081, "with --nodes: node i serves HTTP on this port plus i-1 (0: free ports)")
	f.IntVar(&clusteP, "cluster-port", 6331, "with --nodes: node i's actor remote listens on this port plus i-1 (0: free ports)")
	f.DurationVar(&ttl, "member-ttl", 6*time.Second, "with --nodes: membership TTL (a dead node leaves the others' view after about this)")
	rootCmd.AddCommand(cmd)
}

// nodeConfigPath is the config of node i: FILE with -i before its
// extension (node.yaml -> node-1.yaml).
func nodeConfigPath(config string, i int) string {
	ext := filepath.Ext(config)
	return strings.TrimSuffix(config, ext) + "-" + strconv.Itoa(i) + ext
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
