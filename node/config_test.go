package node

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"
)

const exampleConfig = "../config/example.yaml"

// minimalEVM is a valid config with an evm section and devnet keys.
const minimalEVM = `
evm:
  description: d.json
  chains:
    - {name: a, chain_id: 1, rpc: "http://127.0.0.1:1"}
  operator: {dev_key: operator-0}
  attesters: {keys: [{dev_key: attester-0}]}
`

func TestExampleConfigParses(t *testing.T) {
	data, err := os.ReadFile(exampleConfig)
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseConfig(data, "/etc/strait")
	if err != nil {
		t.Fatal(err)
	}
	if c.Name != "strait-1" || c.DataDir != "/var/lib/strait" || c.NATS.Port != 4222 || c.HTTP.Addr != "127.0.0.1:8080" {
		t.Fatalf("top-level values: %+v", c)
	}
	if c.Topology != "devnet-evm.json" || c.Path(c.Topology) != "/etc/strait/devnet-evm.json" {
		t.Fatalf("topology defaults to the description, relative to the file: %q", c.Topology)
	}
	e := c.EVM
	if len(e.Chains) != 3 || e.Chains[2].Deployment == nil || e.Chains[0].BlockTime != time.Second || e.FinalityBlocks != 2 {
		t.Fatalf("evm: %+v", e)
	}
	if e.Operator.Env != "STRAIT_OPERATOR_KEY" || e.Attesters.Threshold != 2 || len(e.Attesters.Keys) != 3 {
		t.Fatalf("keys: %+v", e)
	}
	// Keys: the operator's from the environment, the attesters' from files.
	dir := t.TempDir()
	c.dir = dir
	if err := os.MkdirAll(filepath.Join(dir, "keys"), 0o700); err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := 0; i < 3; i++ {
		k, _ := crypto.GenerateKey()
		h := hex.EncodeToString(crypto.FromECDSA(k))
		want = append(want, h)
		if err := os.WriteFile(filepath.Join(dir, "keys", fmt.Sprintf("attester-%d.hex", i)), []byte(h+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	op, _ := crypto.GenerateKey()
	opHex := hex.EncodeToString(crypto.FromECDSA(op))
	env := map[string]string{"STRAIT_OPERATOR_KEY": "0x" + opHex}
	if err := c.ResolveKeys(func(k string) (string, bool) { v, ok := env[k]; return v, ok }); err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(e.Operator.Key().Reveal()) != opHex || hex.EncodeToString(e.Attesters.Keys[1].Key().Reveal()) != want[1] {
		t.Fatal("keys not read from their sources")
	}
	// No printing of the config shows a key.
	var logBuf bytes.Buffer
	slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("config", "cfg", c, "op", e.Operator, "secret", e.Operator.Key())
	js, _ := json.Marshal(c)
	ys, _ := yaml.Marshal(c)
	outs := []string{logBuf.String(), string(js), string(ys), e.Operator.Key().String()}
	var dec []string // the keys as fmt prints a []byte with %v
	for _, k := range append(append([]string{}, want...), opHex) {
		b, _ := hex.DecodeString(k)
		dec = append(dec, strings.Trim(fmt.Sprint(b[:8]), "[]"))
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d"} {
		outs = append(outs, fmt.Sprintf(verb, c), fmt.Sprintf(verb, *e), fmt.Sprintf(verb, e.Operator), fmt.Sprintf(verb, e.Operator.Key()))
	}
	for _, s := range outs {
		for _, k := range append(want, opHex) {
			if strings.Contains(strings.ToLower(s), k) || strings.Contains(strings.ToLower(s), k[:16]) {
				t.Fatalf("key material printed: %s", s)
			}
		}
		for _, d := range dec {
			if strings.Contains(s, d) {
				t.Fatalf("key material printed: %s", s)
			}
		}
	}
	if !strings.Contains(fmt.Sprintf("%v", e.Operator.Key()), "redacted") {
		t.Fatal("Secret should print as redacted")
	}
}

func TestConfigDefaultsMatchStraitUp(t *testing.T) {
	c, err := ParseConfig(nil, "")
	if err != nil {
		t.Fatal(err)
	}
	if c.DataDir != "data" || c.NATS.Host != "127.0.0.1" || c.NATS.Port != 4222 || c.HTTP.Addr != "127.0.0.1:8080" ||
		c.Topology != "devnet" || c.Devnet.BlockTime != time.Second || c.Quote.TTL != time.Minute || c.EVM != nil || len(c.NATS.URLs) != 0 ||
		c.LogLevel() != slog.LevelInfo {
		t.Fatalf("empty config should be strait up's defaults: %+v", c)
	}
	for text, want := range map[string]slog.Level{"debug": slog.LevelDebug, "WARN": slog.LevelWarn, "error": slog.LevelError} {
		c, err := ParseConfig([]byte("log: {level: "+text+"}\n"), "")
		if err != nil || c.LogLevel() != want {
			t.Fatalf("log level %s: %v %v", text, c.LogLevel(), err)
		}
	}
	nc := c.NodeConfig(nil)
	if nc.NATSURL != "" || nc.DataDir != "data" {
		t.Fatalf("node config: %+v", nc)
	}
	c, err = ParseConfig([]byte("nats: {urls: [\"nats://10.0.0.1:4222\", \"tls://n2:4222\"]}\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	if got := c.NodeConfig(nil).NATSURL; got != "nats://10.0.0.1:4222,tls://n2:4222" {
		t.Fatalf("external NATS URLs: %q", got)
	}
	if _, err := ParseConfig([]byte(minimalEVM), ""); err != nil {
		t.Fatal(err)
	}
}

func TestConfigRejectsBadFiles(t *testing.T) {
	cases := []struct {
		name, yaml string
		code       ConfigCode
		field      string
	}{
		{"not yaml", "name: [unclosed", ConfigSyntax, ""},
		{"unknown key", "nmae: x\n", ConfigSyntax, ""},
		{"unknown nested key", "nats: {prot: 1}\n", ConfigSyntax, ""},
		{"wrong type", "nats: {port: many}\n", ConfigSyntax, ""},
		{"bad duration", "devnet: {block_time: soon}\n", ConfigSyntax, ""},
		{"two documents", "name: a\n---\nname: b\n", ConfigSyntax, ""},
		{"a list at the top", "- a\n- b\n", ConfigSyntax, ""},
		{"bad name", "name: \"a b\"\n", ConfigInvalid, "name"},
		{"port out of range", "nats: {port: 70000}\n", ConfigInvalid, "nats.port"},
		{"bad NATS url", "nats: {urls: [\"http://x\"]}\n", ConfigInvalid, "nats.urls[0]"},
		{"bad http addr", "http: {addr: nowhere}\n", ConfigInvalid, "http.addr"},
		{"quote ttl too short", "quote: {ttl: 10ms}\n", ConfigInvalid, "quote.ttl"},
		{"unknown log level", "log: {level: verbose}\n", ConfigInvalid, "log.level"},
		{"log level as a number", "log: {level: -4}\n", ConfigInvalid, "log.level"},
		{"tiny block time", "devnet: {block_time: 1ns}\n", ConfigInvalid, "devnet.block_time"},
		{"evm with devnet topology", "topology: devnet\n" + minimalEVM, ConfigInvalid, "topology"},
		{"no chains", "evm: {description: d.json, operator: {dev_key: o}, attesters: {keys: [{dev_key: a}]}}\n", ConfigInvalid, "evm.chains"},
		{"chain without id", strings.Replace(minimalEVM, "chain_id: 1", "chain_id: 0", 1), ConfigInvalid, "evm.chains[0].chain_id"},
		{"negative chain id", strings.Replace(minimalEVM, "chain_id: 1", "chain_id: -1", 1), ConfigSyntax, ""},
		{"bad rpc", strings.Replace(minimalEVM, `"http://127.0.0.1:1"`, `"ftp://x"`, 1), ConfigInvalid, "evm.chains[0].rpc"},
		{"duplicate chain", strings.Replace(minimalEVM, `    - {name: a`, "    - {name: a, chain_id: 1, rpc: \"http://h:1\"}\n    - {name: a", 1), ConfigInvalid, "evm.chains[1]"},
		{"no deployment", "topology: t.json\n" + strings.Replace(minimalEVM, "description: d.json", "finality_blocks: 2", 1), ConfigInvalid, "evm.chains[0].deployment"},
		{"bad deployment address", "topology: t.json\n" + strings.Replace(strings.Replace(minimalEVM, "description: d.json", "finality_blocks: 2", 1), `rpc: "http://127.0.0.1:1"`,
			`rpc: "http://127.0.0.1:1", deployment: {gateway: "0x12", lockmint: "0x2077e67BD8122d94f30eFa1D485Cd2C883e05b3e", liquidity: "0x2077e67BD8122d94f30eFa1D485Cd2C883e05b3e", pool_token: "0x2077e67BD8122d94f30eFa1D485Cd2C883e05b3e"}`, 1),
			ConfigInvalid, "evm.chains[0].deployment.gateway"},
		{"operator without a source", strings.Replace(minimalEVM, "{dev_key: operator-0}", "{name: op}", 1), ConfigInvalid, "evm.operator"},
		{"operator with two sources", strings.Replace(minimalEVM, "{dev_key: operator-0}", "{dev_key: x, env: Y}", 1), ConfigInvalid, "evm.operator"},
		{"bad env name", strings.Replace(minimalEVM, "{dev_key: operator-0}", "{env: \"A-B\"}", 1), ConfigInvalid, "evm.operator.env"},
		{"no attesters", strings.Replace(minimalEVM, "{keys: [{dev_key: attester-0}]}", "{threshold: 1}", 1), ConfigInvalid, "evm.attesters.keys"},
		{"threshold above keys", strings.Replace(minimalEVM, "{keys:", "{threshold: 2, keys:", 1), ConfigInvalid, "evm.attesters.threshold"},
		{"finality too deep", strings.Replace(minimalEVM, "description: d.json", "description: d.json\n  finality_blocks: 5000", 1), ConfigInvalid, "evm.finality_blocks"},
		{"cluster without NATS urls", "topology: realistic\ncluster: {}\n", ConfigInvalid, "nats.urls"},
		{"cluster on the in-process devnet", "nats: {urls: [\"nats://h:4222\"]}\ncluster: {}\n", ConfigInvalid, "topology"},
		{"cluster port out of range", clusterQuotes + "  port: 70000\n", ConfigInvalid, "cluster.port"},
		{"cluster bad name", strings.Replace(clusterQuotes, "name: strait", "name: \"a.b\"", 1), ConfigInvalid, "cluster"},
		{"cluster wildcard host, nothing advertised", clusterQuotes + "  host: 0.0.0.0\n", ConfigInvalid, "cluster.advertised_host"},
		{"cluster bad advertised host", clusterQuotes + "  advertised_host: nowhere\n", ConfigInvalid, "cluster"},
		{"cluster replicas", clusterQuotes + "  journal_replicas: 7\n", ConfigInvalid, "cluster.journal_replicas"},
		{"cluster unknown provider", clusterQuotes + "  membership: {provider: zk}\n", ConfigInvalid, "cluster.membership"},
		{"cluster tiny ttl", clusterQuotes + "  membership: {ttl: 10ms}\n", ConfigInvalid, "cluster.membership"},
		{"cluster automanaged without hosts", clusterQuotes + "  membership: {provider: automanaged, port: 6330}\n", ConfigInvalid, "cluster.membership"},
		{"cluster unknown key", clusterQuotes + "  replicas: 3\n", ConfigSyntax, ""},
		{"too large", "name: x\n" + strings.Repeat("#", MaxConfigBytes), ConfigTooLarge, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ParseConfig([]byte(tc.yaml), "")
			if err == nil {
				t.Fatalf("accepted: %+v", c)
			}
			ce, ok := err.(*ConfigError)
			if !ok || ce.Code != tc.code || ce.Field != tc.field {
				t.Fatalf("got %v (%T), want code %s field %q", err, err, tc.code, tc.field)
			}
		})
	}
}

// clusterQuotes is a valid quotes-only cluster member; cases append keys
// to its cluster section.
const clusterQuotes = "topology: realistic\nnats: {urls: [\"nats://127.0.0.1:4222\"]}\ncluster:\n  name: strait\n"

func TestClusterSection(t *testing.T) {
	c, err := ParseConfig([]byte(clusterQuotes), "")
	if err != nil {
		t.Fatal(err)
	}
	cc := c.Cluster
	if !cc.On() || cc.Host != "127.0.0.1" || cc.Port != 0 || cc.JournalReplicas != 1 || cc.Membership.Provider != "nats-kv" || cc.RequestTimeout != 30*time.Second {
		t.Fatalf("defaults: %+v", cc)
	}
	c, err = ParseConfig([]byte(clusterQuotes+"  enabled: false\n"), "")
	if err != nil || c.Cluster.On() {
		t.Fatalf("enabled: false: %v %+v", err, c)
	}
	// Off: no cluster requirement applies (this one has no NATS urls).
	if c, err := ParseConfig([]byte("topology: realistic\ncluster: {enabled: false}\n"), ""); err != nil || c.Cluster.On() {
		t.Fatalf("disabled section: %v", err)
	}
	if c, _ := ParseConfig(nil, ""); c.Cluster.On() {
		t.Fatal("no section: cluster mode on")
	}
}

func TestConfigKeyErrorsDoNotEchoTheKey(t *testing.T) {
	c, err := ParseConfig([]byte(strings.Replace(minimalEVM, "{dev_key: operator-0}", "{env: OPK}", 1)), "")
	if err != nil {
		t.Fatal(err)
	}
	// A key one character off (not hex) and a key of the wrong length.
	k, _ := crypto.GenerateKey()
	good := hex.EncodeToString(crypto.FromECDSA(k))
	for _, bad := range []string{good[:63] + "g", good[:62], good + "00"} {
		err := c.ResolveKeys(func(string) (string, bool) { return bad, true })
		if ConfigCodeOf(err) != ConfigKey {
			t.Fatalf("bad key %d chars: %v", len(bad), err)
		}
		if strings.Contains(err.Error(), bad[:16]) {
			t.Fatalf("error echoes the key: %v", err)
		}
	}
	if err := c.ResolveKeys(func(string) (string, bool) { return "", false }); ConfigCodeOf(err) != ConfigKey || !strings.Contains(err.Error(), "OPK") {
		t.Fatalf("unset variable: %v", err)
	}
	c2, _ := ParseConfig([]byte(strings.Replace(minimalEVM, "{dev_key: operator-0}", "{file: missing.hex}", 1)), t.TempDir())
	if err := c2.ResolveKeys(os.LookupEnv); ConfigCodeOf(err) != ConfigKey {
		t.Fatalf("missing key file: %v", err)
	}
	if _, err := LoadConfig(filepath.Join(t.TempDir(), "none.yaml")); ConfigCodeOf(err) != ConfigUnreadable {
		t.Fatalf("missing config: %v", err)
	}
}

// FuzzParseConfig: any bytes either parse into a config that validates, or
// fail with a coded ConfigError; never a panic.
func FuzzParseConfig(f *testing.F) {
	if data, err := os.ReadFile(exampleConfig); err == nil {
		f.Add(data)
	}
	for _, s := range []string{"", minimalEVM, "name: [", "nats: {port: -1}\n", "a: &a [*a]\n", "evm: null\n", "evm: {}\n",
		"topology: realistic\n", "---\n---\n", "\x00", "evm:\n  chains: [{}]\n", "nats: {urls: [\"nats://[::1]:4222\"]}\n",
		clusterQuotes, clusterQuotes + "  membership: {provider: automanaged, port: 6330, hosts: [\"a:6330\"]}\n",
		clusterQuotes + "  host: \"::\"\n  advertised_host: \"h:1\"\n", "cluster: {enabled: false}\n", "cluster: null\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseConfig(data, "/cfg")
		if err != nil {
			if ConfigCodeOf(err) == "" {
				t.Fatalf("uncoded error: %v", err)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("accepted config fails Validate: %v", err)
		}
	})
}

// TestClusterExampleConfigParses: config/cluster-example.yaml (the
// documented cluster member) is a valid cluster config.
func TestClusterExampleConfigParses(t *testing.T) {
	data, err := os.ReadFile("../config/cluster-example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := ParseConfig(data, "/etc/strait")
	if err != nil {
		t.Fatal(err)
	}
	cc := c.Cluster
	if !cc.On() || cc.Name != "strait" || cc.Host != "0.0.0.0" || cc.Port != 6330 || cc.AdvertisedHost != "strait-1.example:6330" ||
		cc.JournalReplicas != 3 || cc.Membership.Provider != "nats-kv" || cc.Membership.TTL != 6*time.Second || cc.Membership.Replicas != 3 {
		t.Fatalf("cluster: %+v", cc)
	}
	if len(c.NATS.URLs) != 3 || c.EVM == nil || len(c.EVM.Chains) != 3 || c.EVM.Operator.Env != "STRAIT_OPERATOR_KEY" {
		t.Fatalf("config: %+v", c)
	}
	mc := cc.MemberConfig()
	mc.EnsureDefaults()
	if err := mc.Validate(); err != nil || mc.RequestTimeout != 30*time.Second {
		t.Fatalf("member config %+v: %v", mc, err)
	}
}
