// Package gethnode runs a real `geth --dev` process on loopback, built from
// the go-ethereum module at the version in go.mod, with the devnet's fork
// rules (no Bogota) and funded accounts. Integration tests use it to run
// the same relayer code against a real JSON-RPC node.
package gethnode

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/ethclient"
)

const modulePath = "github.com/ethereum/go-ethereum"

// Version returns the go-ethereum version this module requires.
func Version(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Version}}", modulePath).Output()
	if err != nil {
		return "", fmt.Errorf("go list -m %s: %w", modulePath, err)
	}
	return strings.TrimSpace(string(out)), nil
}

// CacheDir is where the geth binary for a version is kept between runs.
func CacheDir(version string) (string, error) {
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("user cache dir: %w", err)
	}
	return filepath.Join(base, "strait", "geth-"+version), nil
}

var buildMu sync.Mutex

// Binary returns the path of a geth built at the go.mod version, building
// it once into the cache (about 4-5 minutes cold on 2 cores). `go install`
// is used rather than `go run`, which would not forward SIGINT to geth.
func Binary(ctx context.Context) (string, error) {
	buildMu.Lock()
	defer buildMu.Unlock()
	v, err := Version(ctx)
	if err != nil {
		return "", err
	}
	dir, err := CacheDir(v)
	if err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "geth")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	// Build into a temporary directory and rename, so that a concurrent
	// process never runs a half-written binary.
	tmp, err := os.MkdirTemp(dir, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.CommandContext(ctx, "go", "install", modulePath+"/cmd/geth@"+v)
	cmd.Env = append(os.Environ(), "GOBIN="+tmp, "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build geth %s: %w\n%s", v, err, out)
	}
	if err := os.Rename(filepath.Join(tmp, "geth"), bin); err != nil {
		return "", fmt.Errorf("install geth: %w", err)
	}
	return bin, nil
}

// Options configure one node.
type Options struct {
	ChainID uint64
	Alloc   map[common.Address]*big.Int
	// Period is --dev.period in seconds (default 1).
	Period   int
	GasLimit uint64
	Binary   string
	Logger   *slog.Logger
}

// Node is a running geth process.
type Node struct {
	URL    string
	Client *ethclient.Client
	cmd    *exec.Cmd
	dir    string
	waited chan error
	logger *slog.Logger
}

var endpointRE = regexp.MustCompile(`HTTP server started\s+endpoint=([0-9.]+:[0-9]+)`)

// Start writes the genesis (geth's dev genesis without Bogota, with our
// chain id, gas limit and accounts), initialises a fresh data directory and
// starts geth on 127.0.0.1 with OS-chosen ports.
func Start(ctx context.Context, o Options) (*Node, error) {
	if o.Period == 0 {
		o.Period = 1
	}
	if o.GasLimit == 0 {
		o.GasLimit = 60_000_000
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Binary == "" {
		b, err := Binary(ctx)
		if err != nil {
			return nil, err
		}
		o.Binary = b
	}
	dir, err := os.MkdirTemp("", "strait-geth-")
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(dir)
		}
	}()
	raw, err := exec.CommandContext(ctx, o.Binary, "--dev", "dumpgenesis").Output()
	if err != nil {
		return nil, fmt.Errorf("geth dumpgenesis: %w", err)
	}
	var g map[string]any
	if err := json.Unmarshal(raw, &g); err != nil {
		return nil, fmt.Errorf("parse dev genesis: %w", err)
	}
	cfg, _ := g["config"].(map[string]any)
	alloc, _ := g["alloc"].(map[string]any)
	if cfg == nil || alloc == nil {
		return nil, errors.New("dev genesis without config or alloc")
	}
	// Mainnet's current rules: Bogota reprices storage writes about 3x.
	delete(cfg, "bogotaTime")
	cfg["chainId"] = o.ChainID
	g["gasLimit"] = hexutil.EncodeUint64(o.GasLimit)
	for a, bal := range o.Alloc {
		alloc[strings.ToLower(a.Hex())] = map[string]any{"balance": hexutil.EncodeBig(bal)}
	}
	gpath := filepath.Join(dir, "genesis.json")
	gb, _ := json.Marshal(g)
	if err := os.WriteFile(gpath, gb, 0o644); err != nil {
		return nil, err
	}
	data := filepath.Join(dir, "data")
	if out, err := exec.CommandContext(ctx, o.Binary, "--datadir", data, "init", gpath).CombinedOutput(); err != nil {
		return nil, fmt.Errorf("geth init: %w\n%s", err, out)
	}
	cmd := exec.Command(o.Binary, "--dev", "--datadir", data,
		"--dev.period", fmt.Sprint(o.Period), "--dev.gaslimit", fmt.Sprint(o.GasLimit),
		"--nodiscover", "--maxpeers", "0", "--ipcdisable", "--port", "0",
		"--http", "--http.addr", "127.0.0.1", "--http.port", "0", "--http.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", "0", "--verbosity", "3")
	stderr, err := cmd.StderrPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stdout = io.Discard
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("start geth: %w", err)
	}
	n := &Node{cmd: cmd, dir: dir, waited: make(chan error, 1), logger: o.Logger}
	found := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64*1024), 1024*1024)
		for sc.Scan() {
			if m := endpointRE.FindStringSubmatch(sc.Text()); m != nil {
				select {
				case found <- m[1]:
				default:
				}
			}
		}
	}()
	go func() { n.waited <- cmd.Wait() }()
	select {
	case ep := <-found:
		n.URL = "http://" + ep
	case err := <-n.waited:
		n.waited <- err
		return nil, fmt.Errorf("geth exited before serving RPC: %v", err)
	case <-time.After(60 * time.Second):
		n.stop()
		return nil, errors.New("geth did not start its HTTP server within 60s")
	}
	cl, err := ethclient.DialContext(ctx, n.URL)
	if err != nil {
		n.stop()
		return nil, fmt.Errorf("dial geth: %w", err)
	}
	n.Client = cl
	ok = true
	return n, nil
}

func (n *Node) stop() {
	if n.cmd.Process == nil {
		return
	}
	// SIGINT to geth's own PID: it shuts down cleanly.
	_ = n.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-n.waited:
	case <-time.After(20 * time.Second):
		_ = n.cmd.Process.Kill()
		<-n.waited
	}
}

// Stop interrupts geth, waits for it and removes its data directory.
func (n *Node) Stop() {
	if n.Client != nil {
		n.Client.Close()
	}
	n.stop()
	os.RemoveAll(n.dir)
}
