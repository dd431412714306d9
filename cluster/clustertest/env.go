package clustertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"gopkg.in/yaml.v3"

	"github.com/straitnet/strait/devnet/evmnet"
)

// Options configure an Env.
type Options struct {
	// Binary is the strait executable the processes run (BuildBinary
	// makes one; `strait bench cluster` passes itself). Required.
	Binary string
	// Dir holds everything: configs, data, logs. Required.
	Dir string
	// Nodes is the number of node processes (default 3).
	Nodes int
	// Wallets is the number of funded demo wallets (default 20).
	Wallets int
	// BlockPeriod of every devnet chain (default 250 ms).
	BlockPeriod time.Duration
	// MemberTTL: a node that stops heartbeating leaves the others' view
	// after about this long (default 3 s).
	MemberTTL time.Duration
	// ReadyTimeout bounds the wait for a process to come up (default 2 min:
	// the machine may be loaded).
	ReadyTimeout time.Duration
	// NodeCommand is the subcommand that runs a node from its config
	// (default "node": `strait node --config FILE`).
	NodeCommand string
	// Logger reports what the harness does (default: discard).
	Logger *slog.Logger
}

// EnsureDefaults fills unset options.
func (o *Options) EnsureDefaults() {
	if o.Nodes == 0 {
		o.Nodes = 3
	}
	if o.Wallets == 0 {
		o.Wallets = 20
	}
	if o.BlockPeriod == 0 {
		o.BlockPeriod = 250 * time.Millisecond
	}
	if o.MemberTTL == 0 {
		o.MemberTTL = 3 * time.Second
	}
	if o.ReadyTimeout == 0 {
		o.ReadyTimeout = 2 * time.Minute
	}
	if o.NodeCommand == "" {
		o.NodeCommand = "node"
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
}

// Validate reports unusable options.
func (o *Options) Validate() error {
	switch {
	case o.Binary == "":
		return errors.New("clustertest: Options.Binary is required")
	case o.Dir == "":
		return errors.New("clustertest: Options.Dir is required")
	case o.Nodes < 1 || o.Nodes > 16:
		return fmt.Errorf("clustertest: %d nodes, want 1..16", o.Nodes)
	case o.Wallets < 1:
		return fmt.Errorf("clustertest: %d wallets", o.Wallets)
	}
	return nil
}

// Env is a running cluster: NATS in this process, the devnet chains and
// the nodes as child processes.
type Env struct {
	O Options
	// NATS is the server every node shares; NC a connection of this
	// process to it.
	NATS *server.Server
	NC   *nats.Conn
	// Devnet is the `strait evm-devnet` process.
	Devnet *Proc
	// Nodes are the node processes (not started by Start).
	Nodes []*Node
	// Chains are clients of the devnet chains by name, Deployments their
	// contracts, Demo the funded wallets.
	Chains      map[string]*ethclient.Client
	Deployments map[string]*evmnet.Deployment
	ChainIDs    map[string]uint64
	Demo        []evmnet.Key

	mu sync.Mutex
}

// BuildBinary builds cmd/strait into dir (from the module the working
// directory is in) and returns its path.
func BuildBinary(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "strait")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/straitnet/strait/cmd/strait")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build cmd/strait: %w\n%s", err, out)
	}
	return bin, nil
}

// Start starts NATS and the devnet, and writes the nodes' configs; the
// nodes are started with Node.Start (or StartNodes). On error everything
// started is stopped again.
func Start(ctx context.Context, o Options) (_ *Env, err error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	e := &Env{O: o, Chains: map[string]*ethclient.Client{}, Deployments: map[string]*evmnet.Deployment{}, ChainIDs: map[string]uint64{}}
	defer func() {
		if err != nil {
			e.Close()
		}
	}()
	if err := os.MkdirAll(o.Dir, 0o755); err != nil {
		return nil, err
	}
	e.NATS, err = server.NewServer(&server.Options{
		ServerName: "clustertest", Host: "127.0.0.1", Port: -1, JetStream: true, StoreDir: filepath.Join(o.Dir, "nats"),
		NoLog: true, NoSigs: true, MaxPayload: 8 << 20,
	})
	if err != nil {
		return nil, fmt.Errorf("nats server: %w", err)
	}
	go e.NATS.Start()
	if !e.NATS.ReadyForConnections(10 * time.Second) {
		return nil, errors.New("nats server not ready")
	}
	if e.NC, err = nats.Connect(e.NATS.ClientURL(), nats.Name("clustertest")); err != nil {
		return nil, err
	}

	httpBase, err := freePortRange(o.Nodes)
	if err != nil {
		return nil, err
	}
	for i := 0; i < o.Wallets; i++ {
		e.Demo = append(e.Demo, evmnet.DevKey(fmt.Sprintf("demo-%d", i)))
	}
	cfg := filepath.Join(o.Dir, "node.yaml")
	args := []string{"evm-devnet", "--rpc", "127.0.0.1:0", "--out", filepath.Join(o.Dir, "devnet.json"), "--config", cfg,
		"--demo", strconv.Itoa(o.Wallets), "--block-period", o.BlockPeriod.String(),
		"--nodes", strconv.Itoa(o.Nodes), "--nats", e.NATS.ClientURL(), "--http-port", strconv.Itoa(httpBase),
		"--cluster-port", "0", "--member-ttl", o.MemberTTL.String()}
	if e.Devnet, err = StartProc("evm-devnet", filepath.Join(o.Dir, "evm-devnet.log"), o.Dir, o.Binary, args...); err != nil {
		return nil, err
	}
	rctx, cancel := context.WithTimeout(ctx, o.ReadyTimeout)
	defer cancel()
	if err := e.Devnet.WaitLog(rctx, "EVM devnet up in"); err != nil {
		return nil, err
	}
	o.Logger.Info("devnet up", "log", e.Devnet.LogPath)
	for i := 1; i <= o.Nodes; i++ {
		path := filepath.Join(o.Dir, fmt.Sprintf("node-%d.yaml", i))
		fc, err := readNodeConfig(path)
		if err != nil {
			return nil, fmt.Errorf("node %d config: %w", i, err)
		}
		n := &Node{Index: i, Name: fc.Name, Config: path, HTTP: fc.HTTP.Addr, env: e}
		if fc.HTTP.Addr != net.JoinHostPort("127.0.0.1", strconv.Itoa(httpBase+i-1)) {
			return nil, fmt.Errorf("node %d config serves HTTP on %s, want port %d", i, fc.HTTP.Addr, httpBase+i-1)
		}
		e.Nodes = append(e.Nodes, n)
		if i > 1 {
			continue
		}
		for _, ch := range fc.EVM.Chains {
			cl, err := ethclient.DialContext(rctx, ch.RPC)
			if err != nil {
				return nil, fmt.Errorf("dial %s: %w", ch.Name, err)
			}
			e.Chains[ch.Name], e.ChainIDs[ch.Name] = cl, ch.ChainID
		}
		raw, err := os.ReadFile(filepath.Join(filepath.Dir(path), fc.EVM.Description))
		if err != nil {
			return nil, err
		}
		var desc struct {
			Deployments []*evmnet.Deployment `json:"deployments"`
		}
		if err := json.Unmarshal(raw, &desc); err != nil {
			return nil, fmt.Errorf("devnet description: %w", err)
		}
		for _, d := range desc.Deployments {
			e.Deployments[d.Chain] = d
		}
	}
	return e, nil
}

// nodeConfig is what the harness reads of a generated node config (the
// node itself parses it fully).
type nodeConfig struct {
	Name string `yaml:"name"`
	HTTP struct {
		Addr string `yaml:"addr"`
	} `yaml:"http"`
	EVM struct {
		Description string `yaml:"description"`
		Chains      []struct {
			Name    string `yaml:"name"`
			ChainID uint64 `yaml:"chain_id"`
			RPC     string `yaml:"rpc"`
		} `yaml:"chains"`
	} `yaml:"evm"`
}

func readNodeConfig(path string) (*nodeConfig, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var c nodeConfig
	if err := yaml.Unmarshal(b, &c); err != nil {
		return nil, err
	}
	if c.Name == "" || c.HTTP.Addr == "" || c.EVM.Description == "" || len(c.EVM.Chains) == 0 {
		return nil, fmt.Errorf("%s: no name, http.addr, evm.description or evm.chains", path)
	}
	return &c, nil
}

// freePortRange finds n consecutive free loopback ports (the nodes' HTTP
// ports, which the generated configs number from one base). They are
// taken below the kernel's ephemeral range: a port from that range, free
// while a node is down, can be taken by any outgoing connection before
// the node restarts on it.
func freePortRange(n int) (int, error) {
	lo, hi := 10000, ephemeralLow()-1
	if hi-lo < 1000 {
		lo = 1024
	}
	for try := 0; try < 200; try++ {
		base := lo + rand.IntN(hi-lo-n)
		ok := true
		for i := 0; i < n && ok; i++ {
			l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(base+i)))
			if err != nil {
				ok = false
				break
			}
			l.Close()
		}
		if ok {
			return base, nil
		}
	}
	return 0, errors.New("no range of free ports")
}

// ephemeralLow is the start of the kernel's ephemeral port range (Linux;
// 32768 elsewhere or when it cannot be read).
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err == nil {
		var low, high int
		if _, err := fmt.Sscan(string(b), &low, &high); err == nil && low > 2048 {
			return low
		}
	}
	return 32768
}

// StartNodes starts every node that is not running, all at once, and
// waits until each is ready.
func (e *Env) StartNodes(ctx context.Context) error {
	errs := make([]error, len(e.Nodes))
	var wg sync.WaitGroup
	for i, n := range e.Nodes {
		if n.Running() {
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = n.Start(ctx)
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// Close ends every process (SIGKILL for nodes: their data is the test's
// to read; SIGTERM for the devnet), the connection and the NATS server.
func (e *Env) Close() error {
	for _, n := range e.Nodes {
		n.Kill()
	}
	var err error
	if e.Devnet != nil {
		err = e.Devnet.Term(20 * time.Second)
	}
	for _, c := range e.Chains {
		c.Close()
	}
	if e.NC != nil {
		e.NC.Close()
	}
	if e.NATS != nil {
		e.NATS.Shutdown()
		e.NATS.WaitForShutdown()
	}
	return err
}

// Logs lists every log file (for failure messages).
func (e *Env) Logs() []string {
	var out []string
	if e.Devnet != nil {
		out = append(out, e.Devnet.LogPath)
	}
	for _, n := range e.Nodes {
		out = append(out, n.LogPath())
	}
	return out
}

// Node is one `strait node --config` process, started and restarted on the
// same config and data directory.
type Node struct {
	Index  int
	Name   string
	Config string
	HTTP   string // host:port of /readyz and /metrics

	env    *Env
	mu     sync.Mutex
	proc   *Proc
	starts int
}

// LogPath is the node's log file (every run of the node appends to it).
func (n *Node) LogPath() string {
	return filepath.Join(n.env.O.Dir, fmt.Sprintf("node-%d.log", n.Index))
}

// Proc is the node's current process (nil before the first start).
func (n *Node) Proc() *Proc {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.proc
}

// Running reports whether the node's process is alive.
func (n *Node) Running() bool {
	p := n.Proc()
	if p == nil {
		return false
	}
	exited, _ := p.Exited()
	return !exited
}

// Start runs the node and waits until /readyz answers 200.
func (n *Node) Start(ctx context.Context) error {
	if n.Running() {
		return fmt.Errorf("%s is running", n.Name)
	}
	p, err := StartProc(n.Name, n.LogPath(), n.env.O.Dir, n.env.O.Binary, n.env.O.NodeCommand, "--config", n.Config)
	if err != nil {
		return err
	}
	n.mu.Lock()
	n.proc = p
	n.starts++
	n.mu.Unlock()
	rctx, cancel := context.WithTimeout(ctx, n.env.O.ReadyTimeout)
	defer cancel()
	if err := n.waitReady(rctx, p); err != nil {
		_ = p.Kill()
		return err
	}
	n.env.O.Logger.Info("node ready", "node", n.Name, "pid", p.Pid())
	return nil
}

func (n *Node) waitReady(ctx context.Context, p *Proc) error {
	cl := &http.Client{Timeout: 2 * time.Second}
	url := "http://" + n.HTTP + "/readyz"
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if resp, err := cl.Get(url); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if exited, err := p.Exited(); exited {
			return fmt.Errorf("%s exited before ready (%v)\n%s", n.Name, err, Tail(n.LogPath(), 4000))
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("%s not ready: %w\n%s", n.Name, ctx.Err(), Tail(n.LogPath(), 4000))
		case <-t.C:
		}
	}
}

// Kill ends the node with SIGKILL (no-op if it is not running).
func (n *Node) Kill() error {
	if p := n.Proc(); p != nil {
		return p.Kill()
	}
	return nil
}

// Freeze SIGSTOPs the node; Thaw SIGCONTs it.
func (n *Node) Freeze() error { return n.must().Freeze() }

// Thaw SIGCONTs a frozen node.
func (n *Node) Thaw() error { return n.must().Thaw() }

// Stop ends the node gracefully (SIGTERM) within timeout.
func (n *Node) Stop(timeout time.Duration) error {
	if p := n.Proc(); p != nil {
		return p.Term(timeout)
	}
	return nil
}

func (n *Node) must() *Proc {
	if p := n.Proc(); p != nil {
		return p
	}
	return &Proc{Name: n.Name, done: closedChan()}
}

func closedChan() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

// Starts counts how often the node was started.
func (n *Node) Starts() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.starts
}
