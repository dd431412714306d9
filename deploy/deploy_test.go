package deploy_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/nats-io/nats-server/v2/server"
	"gopkg.in/yaml.v3"

	"github.com/straitnet/strait/node"
)

// The compose file as far as these checks go; unknown keys are allowed
// (docker compose itself is the authority when it is installed: .ci/run
// runs `docker compose config` then).
type compose struct {
	Services map[string]service `yaml:"services"`
	Volumes  map[string]any     `yaml:"volumes"`
}

type service struct {
	Image   string   `yaml:"image"`
	Command []string `yaml:"command"`
	Build   *struct {
		Context    string `yaml:"context"`
		Dockerfile string `yaml:"dockerfile"`
	} `yaml:"build"`
	Volumes   []string `yaml:"volumes"`
	Ports     []string `yaml:"ports"`
	DependsOn []string `yaml:"depends_on"`
}

const root = ".."

func loadCompose(t *testing.T) compose {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var c compose
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatalf("docker-compose.yml: %v", err)
	}
	return c
}

// mount returns the host file mounted at target in s (bind mounts of repo
// files), and whether a named volume is mounted at target.
func mount(t *testing.T, c compose, s service, target string) (file string, volume bool) {
	t.Helper()
	for _, v := range s.Volumes {
		parts := strings.Split(v, ":")
		if len(parts) < 2 || parts[1] != target {
			continue
		}
		if strings.HasPrefix(parts[0], "./") {
			return filepath.Join(root, parts[0]), false
		}
		if _, ok := c.Volumes[parts[0]]; !ok {
			t.Fatalf("volume %q is not declared", parts[0])
		}
		return "", true
	}
	return "", false
}

func flagValue(args []string, flag string) string {
	for i, a := range args {
		if a == flag && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// TestComposeNATSCluster: three NATS servers with JetStream, each with its
// own config file that the NATS server's own parser accepts, routed to each
// other in one cluster.
func TestComposeNATSCluster(t *testing.T) {
	c := loadCompose(t)
	var names []string
	for name, s := range c.Services {
		if !strings.HasPrefix(s.Image, "nats:2") {
			continue
		}
		names = append(names, name)
		conf := flagValue(s.Command, "--config")
		file, _ := mount(t, c, s, conf)
		if file == "" {
			t.Fatalf("%s: config %q is not mounted from the repository", name, conf)
		}
		opts, err := server.ProcessConfigFile(file)
		if err != nil {
			t.Fatalf("%s: %s: %v", name, file, err)
		}
		if !opts.JetStream || opts.StoreDir == "" {
			t.Fatalf("%s: JetStream is off or has no store_dir", name)
		}
		if _, vol := mount(t, c, s, filepath.Dir(opts.StoreDir)); !vol {
			t.Fatalf("%s: JetStream store %s is not on a volume", name, opts.StoreDir)
		}
		if opts.ServerName != name || opts.Cluster.Name != "strait" || opts.Cluster.Port != 6222 {
			t.Fatalf("%s: server_name %q cluster %q port %d", name, opts.ServerName, opts.Cluster.Name, opts.Cluster.Port)
		}
		if opts.MaxPayload < 8<<20 {
			t.Fatalf("%s: max_payload %d, the journal needs 8 MiB appends", name, opts.MaxPayload)
		}
		var routes []string
		for _, r := range opts.Routes {
			routes = append(routes, r.Host)
		}
		slices.Sort(routes)
		if !slices.Equal(routes, []string{"nats-1:6222", "nats-2:6222", "nats-3:6222"}) {
			t.Fatalf("%s: routes %v", name, routes)
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"nats-1", "nats-2", "nats-3"}) {
		t.Fatalf("NATS services %v, want nats-1..3", names)
	}
}

// TestComposeStraitNodes: three Strait cluster nodes built from the
// Dockerfile, each running `node --config` on its own config file, which
// the node's config loader accepts: a cluster section (distinct advertised
// addresses, replicated journal and membership on the three servers), the
// three NATS servers, its own operator key, and the chains service's
// description and JSON-RPC endpoints.
func TestComposeStraitNodes(t *testing.T) {
	c := loadCompose(t)
	chains, ok := c.Services["chains"]
	if !ok {
		t.Fatal("no chains service")
	}
	var names []string
	seen := map[string]bool{}
	for name, s := range c.Services {
		if s.Build == nil || name == "chains" {
			continue
		}
		names = append(names, name)
		if s.Build.Context != "." || s.Build.Dockerfile != "Dockerfile" {
			t.Fatalf("%s: built from %+v, want the repository's Dockerfile", name, *s.Build)
		}
		if len(s.Command) == 0 || s.Command[0] != "node" {
			t.Fatalf("%s: command %v, want node --config FILE", name, s.Command)
		}
		conf := flagValue(s.Command, "--config")
		file, _ := mount(t, c, s, conf)
		if file == "" {
			t.Fatalf("%s: config %q is not mounted from the repository", name, conf)
		}
		fc, err := node.LoadConfig(file)
		if err != nil {
			t.Fatalf("%s: %s: %v", name, file, err)
		}
		cl := fc.Cluster
		if !cl.On() || cl.AdvertisedHost != name+":6330" || cl.Port != 6330 || cl.JournalReplicas != 3 || cl.Membership.Replicas != 3 {
			t.Fatalf("%s: cluster section %+v", name, cl)
		}
		for _, k := range []string{"name " + fc.Name, "operator " + fc.EVM.Operator.DevKey, "advertised " + cl.AdvertisedHost} {
			if seen[k] {
				t.Fatalf("%s: %s used twice", name, k)
			}
			seen[k] = true
		}
		if _, vol := mount(t, c, s, fc.DataDir); !vol {
			t.Fatalf("%s: data_dir %s is not a volume", name, fc.DataDir)
		}
		urls := slices.Clone(fc.NATS.URLs)
		slices.Sort(urls)
		if !slices.Equal(urls, []string{"nats://nats-1:4222", "nats://nats-2:4222", "nats://nats-3:4222"}) {
			t.Fatalf("%s: nats.urls %v, want the three servers", name, urls)
		}
		// The description is where the chains service writes it, on a
		// volume both mount.
		descDir := filepath.Dir(fc.EVM.Description)
		var vol string
		for _, v := range s.Volumes {
			if parts := strings.Split(v, ":"); len(parts) >= 2 && parts[1] == descDir {
				vol = parts[0]
			}
		}
		out := flagValue(chains.Command, "--out")
		if vol == "" || !slices.Contains(chains.Volumes, vol+":"+filepath.Dir(out)) || filepath.Base(out) != filepath.Base(fc.EVM.Description) {
			t.Fatalf("%s: description %s is not what the chains service writes (%s, volumes %v)", name, fc.EVM.Description, out, chains.Volumes)
		}
		for i, ch := range fc.EVM.Chains {
			if want := fmt.Sprintf("http://chains:%d", 8545+i); ch.RPC != want {
				t.Fatalf("%s: chain %s at %s, want %s", name, ch.Name, ch.RPC, want)
			}
		}
		deps := slices.Clone(s.DependsOn)
		slices.Sort(deps)
		if !slices.Equal(deps, []string{"chains", "nats-1", "nats-2", "nats-3"}) {
			t.Fatalf("%s: depends_on %v", name, deps)
		}
		for _, p := range s.Ports {
			if !strings.HasPrefix(p, "127.0.0.1:") {
				t.Fatalf("%s: port %q is published beyond loopback", name, p)
			}
		}
	}
	slices.Sort(names)
	if !slices.Equal(names, []string{"strait-1", "strait-2", "strait-3"}) {
		t.Fatalf("Strait services %v, want strait-1..3", names)
	}
	// The devnet funds one operator key per node: operator-0..N-1.
	n, _ := strconv.Atoi(flagValue(chains.Command, "--nodes"))
	if chains.Command[0] != "evm-devnet" || flagValue(chains.Command, "--rpc") != "0.0.0.0:8545" || n != len(names) {
		t.Fatalf("chains: command %v", chains.Command)
	}
	for i := 0; i < n; i++ {
		if !seen[fmt.Sprintf("operator operator-%d", i)] {
			t.Fatalf("no node signs with operator-%d (the devnet funds operator-0..%d)", i, n-1)
		}
	}
	for _, p := range chains.Ports {
		if !strings.HasPrefix(p, "127.0.0.1:") {
			t.Fatalf("chains: port %q is published beyond loopback", p)
		}
	}
}

// TestDockerfile: multi-stage, static binary of cmd/strait.
func TestDockerfile(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(root, "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	d := string(b)
	if n := strings.Count(d, "\nFROM "); n < 2 {
		t.Fatalf("%d stages, want a multi-stage build", n)
	}
	for _, want := range []string{"CGO_ENABLED=0 go build", "./cmd/strait", "COPY --from=build"} {
		if !strings.Contains(d, want) {
			t.Fatalf("Dockerfile lacks %q", want)
		}
	}
}
