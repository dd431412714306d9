// Package simdnode runs real `simd` processes (ibc-go v8's simapp node,
// CometBFT consensus, gRPC and RPC servers) on 127.0.0.1 with funded
// accounts. simd is built once from the tools/simd module (which pins
// ibc-go and the goleveldb that simd's queries need) into the user cache.
package simdnode

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"

	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"
)

// toolsDir finds tools/simd from the main module's directory.
func toolsDir(ctx context.Context) (string, error) {
	out, err := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Dir}}", "github.com/straitnet/strait").Output()
	if err != nil {
		return "", fmt.Errorf("locate the strait module: %w", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "tools", "simd")
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err != nil {
		return "", fmt.Errorf("tools module: %w", err)
	}
	return dir, nil
}

// Version is the ibc-go version the tools module pins.
func Version(ctx context.Context) (string, error) {
	dir, err := toolsDir(ctx)
	if err != nil {
		return "", err
	}
	cmd := exec.CommandContext(ctx, "go", "list", "-m", "-f", "{{.Version}}", "github.com/cosmos/ibc-go/v8")
	cmd.Dir = dir
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("go list ibc-go in %s: %w", dir, err)
	}
	return strings.TrimSpace(string(out)), nil
}

var buildMu sync.Mutex

// Binary returns the path of simd, building it once into the user cache
// (several minutes cold on 2 cores). STRAIT_SIMD overrides the path.
func Binary(ctx context.Context) (string, error) {
	if b := os.Getenv("STRAIT_SIMD"); b != "" {
		return b, nil
	}
	buildMu.Lock()
	defer buildMu.Unlock()
	v, err := Version(ctx)
	if err != nil {
		return "", err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", fmt.Errorf("user cache dir: %w", err)
	}
	tools, err := toolsDir(ctx)
	if err != nil {
		return "", err
	}
	mod, err := os.ReadFile(filepath.Join(tools, "go.mod"))
	if err != nil {
		return "", err
	}
	// The key names the ibc-go version and the exact tools go.mod (the same
	// key .ci/run computes).
	sum := sha256.Sum256(mod)
	dir := filepath.Join(base, "strait", fmt.Sprintf("simd-%s-%x", v, sum[:6]))
	bin := filepath.Join(dir, "simd")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	tmp, err := os.MkdirTemp(dir, "build-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.CommandContext(ctx, "go", "build", "-o", filepath.Join(tmp, "simd"), "github.com/cosmos/ibc-go/v8/testing/simapp/simd")
	cmd.Dir = tools
	cmd.Env = append(os.Environ(), "GOFLAGS=")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build simd %s: %w\n%s", v, err, out)
	}
	if err := os.Rename(filepath.Join(tmp, "simd"), bin); err != nil {
		return "", fmt.Errorf("install simd: %w", err)
	}
	return bin, nil
}

// Account is a funded genesis account.
type Account struct {
	Address string // bech32
	Coins   string // "1000stake,1000uatom"
}

// Options configure one node.
type Options struct {
	ChainID string
	Binary  string
	Funded  []Account
	// BlockTime is CometBFT's timeout_commit. Default 300ms.
	BlockTime time.Duration
	Logger    *slog.Logger
}

// Node is a running simd.
type Node struct {
	ChainID string
	// RPC is the CometBFT RPC URL, GRPC the gRPC address.
	RPC  string
	GRPC string
	Home string

	cmd    *exec.Cmd
	waited chan error
	log    *os.File
}

func freePorts(n int) ([]int, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var out []int
	for i := 0; i < n; i++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		out = append(out, l.Addr().(*net.TCPAddr).Port)
	}
	return out, nil
}

// Start initialises a one-validator chain in a temporary home, funds the
// accounts, and starts simd bound to 127.0.0.1 only. It returns once the
// node has made its first blocks.
func Start(ctx context.Context, o Options) (*Node, error) {
	if o.BlockTime == 0 {
		o.BlockTime = 300 * time.Millisecond
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.ChainID == "" {
		return nil, errors.New("simd: no chain id")
	}
	if o.Binary == "" {
		b, err := Binary(ctx)
		if err != nil {
			return nil, err
		}
		o.Binary = b
	}
	home, err := os.MkdirTemp("", "strait-simd-")
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(home)
		}
	}()
	run := func(args ...string) error {
		args = append(args, "--home", home)
		out, err := exec.CommandContext(ctx, o.Binary, args...).CombinedOutput()
		if err != nil {
			return fmt.Errorf("simd %s: %w\n%s", strings.Join(args, " "), err, out)
		}
		return nil
	}
	kr := []string{"--keyring-backend", "test"}
	steps := [][]string{
		{"init", "strait", "--chain-id", o.ChainID},
		append([]string{"keys", "add", "validator"}, kr...),
		append([]string{"genesis", "add-genesis-account", "validator", "10000000000stake"}, kr...),
	}
	for _, a := range o.Funded {
		steps = append(steps, []string{"genesis", "add-genesis-account", a.Address, a.Coins})
	}
	steps = append(steps,
		append([]string{"genesis", "gentx", "validator", "1000000000stake", "--chain-id", o.ChainID}, kr...),
		[]string{"genesis", "collect-gentxs"})
	for _, s := range steps {
		if err := run(s...); err != nil {
			return nil, err
		}
	}
	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	rpc, p2p, grpcPort := ports[0], ports[1], ports[2]
	if err := edit(filepath.Join(home, "config", "config.toml"), map[string]string{
		`laddr = "tcp://127.0.0.1:26657"`: fmt.Sprintf(`laddr = "tcp://127.0.0.1:%d"`, rpc),
		`laddr = "tcp://0.0.0.0:26656"`:   fmt.Sprintf(`laddr = "tcp://127.0.0.1:%d"`, p2p),
		`pprof_laddr = "localhost:6060"`:  `pprof_laddr = ""`,
		`timeout_commit = "5s"`:           fmt.Sprintf(`timeout_commit = "%dms"`, o.BlockTime.Milliseconds()),
	}); err != nil {
		return nil, err
	}
	if err := edit(filepath.Join(home, "config", "app.toml"), map[string]string{
		`minimum-gas-prices = "[^"]*"`:     `minimum-gas-prices = "0stake"`,
		`address = "localhost:9090"`:       fmt.Sprintf(`address = "127.0.0.1:%d"`, grpcPort),
		`address = "localhost:9091"`:       `address = "127.0.0.1:0"`,
		`address = "tcp://localhost:1317"`: `address = "tcp://127.0.0.1:0"`,
	}); err != nil {
		return nil, err
	}
	logf, err := os.Create(filepath.Join(home, "simd.log"))
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(o.Binary, "start", "--home", home, "--api.enable=false", "--grpc-web.enable=false")
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start simd: %w", err)
	}
	n := &Node{ChainID: o.ChainID, RPC: fmt.Sprintf("http://127.0.0.1:%d", rpc), GRPC: fmt.Sprintf("127.0.0.1:%d", grpcPort),
		Home: home, cmd: cmd, waited: make(chan error, 1), log: logf}
	go func() { n.waited <- cmd.Wait() }()
	if err := n.waitBlocks(ctx, 2); err != nil {
		n.stop()
		logf.Close()
		return nil, fmt.Errorf("%w\n%s", err, n.Log())
	}
	o.Logger.Info("simd started", "chain", o.ChainID, "rpc", n.RPC, "grpc", n.GRPC)
	ok = true
	return n, nil
}

// edit replaces the first line matching each pattern (a regexp, anchored
// at the line start) with its new text; every required one must match (a
// changed simd template fails loudly, not silently).
func edit(path string, repl map[string]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	s := string(b)
	for pat, nw := range repl {
		re := regexp.MustCompile(`(?m)^` + pat + `$`)
		loc := re.FindStringIndex(s)
		if loc == nil {
			if strings.Contains(pat, "9091") || strings.Contains(pat, "1317") {
				continue // optional servers, disabled by flags anyway
			}
			return fmt.Errorf("%s: no line %q to replace", path, pat)
		}
		s = s[:loc[0]] + nw + s[loc[1]:]
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// waitBlocks waits until the node reports height >= h over RPC.
func (n *Node) waitBlocks(ctx context.Context, h int64) error {
	deadline := time.After(90 * time.Second)
	for {
		select {
		case err := <-n.waited:
			n.waited <- err
			return fmt.Errorf("simd %s exited: %v", n.ChainID, err)
		case <-deadline:
			return fmt.Errorf("simd %s made no block %d within 90s", n.ChainID, h)
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
		if got, err := n.height(ctx); err == nil && got >= h {
			return nil
		}
	}
}

// Log returns the node's log (for test failures).
func (n *Node) Log() string {
	b, _ := os.ReadFile(filepath.Join(n.Home, "simd.log"))
	if len(b) > 8000 {
		b = b[len(b)-8000:]
	}
	return string(b)
}

func (n *Node) stop() {
	if n.cmd.Process == nil {
		return
	}
	_ = n.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-n.waited:
	case <-time.After(20 * time.Second):
		_ = n.cmd.Process.Kill()
		<-n.waited
	}
}

// Stop terminates simd and removes its home directory.
func (n *Node) Stop() {
	n.stop()
	n.log.Close()
	os.RemoveAll(n.Home)
}
