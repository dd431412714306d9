package node

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

	"github.com/straitnet/strait/devnet/evmnet"
)

// The operator's node configuration is one YAML file (docs/operators.md
// lists every key). `strait up --config FILE` reads it; without one,
// `strait up` runs on the embedded defaults. YAML because operators write
// it by hand and want comments; the decoder is strict (unknown keys,
// wrong types, several documents are errors) so that a typo never silently
// falls back to a default.

// MaxConfigBytes bounds a config file.
const MaxConfigBytes = 1 << 20

// ConfigCode is a stable code for a rejected config file.
type ConfigCode string

const (
	// ConfigUnreadable: the file (or a file it names) cannot be read.
	ConfigUnreadable ConfigCode = "CONFIG_UNREADABLE"
	// ConfigTooLarge: the file exceeds MaxConfigBytes.
	ConfigTooLarge ConfigCode = "CONFIG_TOO_LARGE"
	// ConfigSyntax: not YAML, several documents, an unknown key or a value
	// of the wrong type.
	ConfigSyntax ConfigCode = "CONFIG_SYNTAX"
	// ConfigInvalid: a value is out of range or contradicts another.
	ConfigInvalid ConfigCode = "CONFIG_INVALID"
	// ConfigKey: an operator or attester key cannot be read or is not a
	// private key. The message never contains key material.
	ConfigKey ConfigCode = "CONFIG_KEY"
)

// ConfigError is a coded config error naming the offending field.
type ConfigError struct {
	Code  ConfigCode
	Field string
	Msg   string
	Err   error
}

func (e *ConfigError) Error() string {
	s := "config: " + string(e.Code)
	if e.Field != "" {
		s += " " + e.Field
	}
	s += ": " + e.Msg
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

func (e *ConfigError) Unwrap() error { return e.Err }

func cfgErr(code ConfigCode, field, format string, args ...any) *ConfigError {
	return &ConfigError{Code: code, Field: field, Msg: fmt.Sprintf(format, args...)}
}

// ConfigCodeOf returns the code of a config error ("" if err is not one).
func ConfigCodeOf(err error) ConfigCode {
	var ce *ConfigError
	if errors.As(err, &ce) {
		return ce.Code
	}
	return ""
}

// FileConfig is the node configuration file.
type FileConfig struct {
	// Name identifies the node in logs (and, in a cluster, among nodes).
	Name string `yaml:"name"`
	// DataDir holds the journal and the embedded NATS store.
	DataDir string     `yaml:"data_dir"`
	NATS    NATSConfig `yaml:"nats"`
	HTTP    HTTPConfig `yaml:"http"`
	// Topology is the routing graph: "devnet" (the in-process EVM devnet,
	// which also executes transfers), "realistic" or "stress" (quotes
	// only), or a topology file. With an evm section it defaults to the
	// evm description.
	Topology string       `yaml:"topology"`
	Devnet   DevnetConfig `yaml:"devnet"`
	Quote    QuoteConfig  `yaml:"quote"`
	Log      LogConfig    `yaml:"log"`
	// EVM attaches the node to EVM chains it reaches over JSON-RPC.
	EVM *EVMConfig `yaml:"evm"`
	// Cluster makes the node a member of a Strait cluster (`strait node`);
	// without it (or with enabled: false) the node runs alone.
	Cluster *ClusterConfig `yaml:"cluster"`

	// dir resolves relative paths: the config file's directory.
	dir string
}

// NATSConfig: an external NATS (URLs) or the embedded server (host, port).
type NATSConfig struct {
	URLs []string `yaml:"urls"`
	Host string   `yaml:"host"`
	Port int      `yaml:"port"`
}

// HTTPConfig: where /healthz, /readyz and /metrics listen.
type HTTPConfig struct {
	Addr string `yaml:"addr"`
}

// QuoteConfig tunes the quote service.
type QuoteConfig struct {
	// TTL is how long a wallet may submit a quote.
	TTL time.Duration `yaml:"ttl"`
}

// LogConfig tunes the node's JSON log (standard error).
type LogConfig struct {
	// Level is the least severe record written: debug, info (the
	// default), warn or error.
	Level string `yaml:"level"`
}

// logLevels are the levels a config may name.
var logLevels = map[string]slog.Level{"debug": slog.LevelDebug, "info": slog.LevelInfo, "warn": slog.LevelWarn, "error": slog.LevelError}

// LogLevel is the configured level (info when unset or unknown; Validate
// refuses an unknown one).
func (c *FileConfig) LogLevel() slog.Level {
	return logLevels[strings.ToLower(c.Log.Level)]
}

// DevnetConfig tunes the in-process devnet (topology "devnet").
type DevnetConfig struct {
	BlockTime time.Duration `yaml:"block_time"`
}

// EVMConfig names the EVM chains, their deployments and the keys the
// node's relayers sign with.
type EVMConfig struct {
	// Description is a devnet description (`strait evm-devnet --out`): the
	// routing topology plus every chain's deployment.
	Description    string           `yaml:"description"`
	FinalityBlocks uint64           `yaml:"finality_blocks"`
	PollInterval   time.Duration    `yaml:"poll_interval"`
	Chains         []EVMChainConfig `yaml:"chains"`
	Operator       KeyConfig        `yaml:"operator"`
	Attesters      AttesterConfig   `yaml:"attesters"`
}

// EVMChainConfig is one chain.
type EVMChainConfig struct {
	// Name is the routing chain id (as in the topology).
	Name    string `yaml:"name"`
	ChainID uint64 `yaml:"chain_id"`
	// RPC is the chain's JSON-RPC endpoint (http, https, ws or wss).
	RPC       string        `yaml:"rpc"`
	BlockTime time.Duration `yaml:"block_time"`
	// Deployment gives Strait's contract addresses here; without it they
	// come from the evm description.
	Deployment *DeploymentConfig `yaml:"deployment"`
}

// DeploymentConfig is Strait's contracts on one chain.
type DeploymentConfig struct {
	Gateway   string `yaml:"gateway"`
	LockMint  string `yaml:"lockmint"`
	Liquidity string `yaml:"liquidity"`
	// PoolToken is the token the liquidity pool fronts (USDC).
	PoolToken string `yaml:"pool_token"`
}

// KeyConfig says where one private key (32 bytes, hex) comes from: a file,
// an environment variable, or (devnets only) the well-known devnet key of
// that name, which anyone can derive.
type KeyConfig struct {
	Name   string `yaml:"name"`
	File   string `yaml:"file"`
	Env    string `yaml:"env"`
	DevKey string `yaml:"dev_key"`

	key Secret
}

// Key returns the resolved key material (after LoadConfig or ResolveKeys).
func (k KeyConfig) Key() Secret { return k.key }

// AttesterConfig is the lock/mint committee keys this node attests with.
type AttesterConfig struct {
	Threshold uint64      `yaml:"threshold"`
	Keys      []KeyConfig `yaml:"keys"`
}

// LoadConfig reads, checks and completes a config file, and reads the keys
// it names. Relative paths in it are relative to the file.
func LoadConfig(path string) (*FileConfig, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &ConfigError{Code: ConfigUnreadable, Msg: "open " + path, Err: err}
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxConfigBytes+1))
	if err != nil {
		return nil, &ConfigError{Code: ConfigUnreadable, Msg: "read " + path, Err: err}
	}
	c, err := ParseConfig(data, filepath.Dir(path))
	if err != nil {
		return nil, err
	}
	if err := c.ResolveKeys(os.LookupEnv); err != nil {
		return nil, err
	}
	return c, nil
}

// ParseConfig decodes, completes (EnsureDefaults) and validates a config.
// dir resolves relative paths. It reads no file and no environment.
func ParseConfig(data []byte, dir string) (*FileConfig, error) {
	if len(data) > MaxConfigBytes {
		return nil, cfgErr(ConfigTooLarge, "", "%d bytes, limit %d", len(data), MaxConfigBytes)
	}
	c := &FileConfig{dir: dir}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(c); err != nil && !errors.Is(err, io.EOF) {
		return nil, &ConfigError{Code: ConfigSyntax, Msg: "not a valid config document", Err: err}
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, cfgErr(ConfigSyntax, "", "one YAML document expected, found more")
	}
	c.dir = dir
	c.EnsureDefaults()
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// EnsureDefaults fills unset fields with `strait up`'s defaults.
func (c *FileConfig) EnsureDefaults() {
	if c.Name == "" {
		c.Name = "strait"
	}
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if c.NATS.Host == "" {
		c.NATS.Host = "127.0.0.1"
	}
	if c.NATS.Port == 0 {
		c.NATS.Port = 4222
	}
	if c.HTTP.Addr == "" {
		c.HTTP.Addr = "127.0.0.1:8080"
	}
	if c.Devnet.BlockTime == 0 {
		c.Devnet.BlockTime = time.Second
	}
	if c.Quote.TTL == 0 {
		c.Quote.TTL = time.Minute
	}
	if c.Log.Level == "" {
		c.Log.Level = "info"
	}
	if c.EVM != nil {
		e := c.EVM
		if c.Topology == "" {
			c.Topology = e.Description
		}
		if e.FinalityBlocks == 0 {
			e.FinalityBlocks = 2
		}
		for i := range e.Chains {
			if e.Chains[i].BlockTime == 0 {
				e.Chains[i].BlockTime = time.Second
			}
		}
		if e.Operator.Name == "" {
			e.Operator.Name = "operator"
		}
		for i := range e.Attesters.Keys {
			if e.Attesters.Keys[i].Name == "" {
				e.Attesters.Keys[i].Name = fmt.Sprintf("attester-%d", i)
			}
		}
		if e.Attesters.Threshold == 0 && len(e.Attesters.Keys) > 0 {
			e.Attesters.Threshold = uint64(len(e.Attesters.Keys))/2 + 1
		}
	}
	if c.Topology == "" {
		c.Topology = "devnet"
	}
	if c.Cluster != nil {
		c.Cluster.ensureDefaults()
	}
}

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// Validate reports the first unusable value.
func (c *FileConfig) Validate() error {
	if !nameRE.MatchString(c.Name) {
		return cfgErr(ConfigInvalid, "name", "%q: letters, digits, '.', '_' and '-', at most 64", c.Name)
	}
	if strings.ContainsRune(c.DataDir, 0) {
		return cfgErr(ConfigInvalid, "data_dir", "contains a NUL byte")
	}
	for i, u := range c.NATS.URLs {
		if err := checkURL(u, "nats", "tls", "ws", "wss"); err != nil {
			return cfgErr(ConfigInvalid, fmt.Sprintf("nats.urls[%d]", i), "%v", err)
		}
	}
	if c.NATS.Port < -1 || c.NATS.Port > 65535 {
		return cfgErr(ConfigInvalid, "nats.port", "%d out of range (-1 picks a free port)", c.NATS.Port)
	}
	if net.ParseIP(c.NATS.Host) == nil && !nameRE.MatchString(c.NATS.Host) {
		return cfgErr(ConfigInvalid, "nats.host", "%q is not an IP address or host name", c.NATS.Host)
	}
	if _, port, err := net.SplitHostPort(c.HTTP.Addr); err != nil || port == "" {
		return cfgErr(ConfigInvalid, "http.addr", "%q is not host:port", c.HTTP.Addr)
	}
	if c.Devnet.BlockTime < 10*time.Millisecond || c.Devnet.BlockTime > time.Hour {
		return cfgErr(ConfigInvalid, "devnet.block_time", "%v outside [10ms, 1h]", c.Devnet.BlockTime)
	}
	if c.Quote.TTL < time.Second || c.Quote.TTL > time.Hour {
		return cfgErr(ConfigInvalid, "quote.ttl", "%v outside [1s, 1h]", c.Quote.TTL)
	}
	if _, ok := logLevels[strings.ToLower(c.Log.Level)]; !ok {
		return cfgErr(ConfigInvalid, "log.level", "%q: debug, info, warn or error", c.Log.Level)
	}
	if strings.ContainsRune(c.Topology, 0) {
		return cfgErr(ConfigInvalid, "topology", "contains a NUL byte")
	}
	if err := c.validateCluster(); err != nil {
		return err
	}
	if c.EVM == nil {
		return nil
	}
	if c.Topology == "devnet" {
		return cfgErr(ConfigInvalid, "topology", `"devnet" runs in-process chains; with an evm section name the chains' topology file (or set evm.description)`)
	}
	return c.EVM.validate()
}

func (e *EVMConfig) validate() error {
	if len(e.Chains) == 0 {
		return cfgErr(ConfigInvalid, "evm.chains", "at least one chain is required")
	}
	if e.FinalityBlocks > 1024 {
		return cfgErr(ConfigInvalid, "evm.finality_blocks", "%d is more than 1024", e.FinalityBlocks)
	}
	if e.PollInterval < 0 || e.PollInterval > time.Minute {
		return cfgErr(ConfigInvalid, "evm.poll_interval", "%v outside [0, 1m] (0: half the block time)", e.PollInterval)
	}
	names, ids := map[string]bool{}, map[uint64]bool{}
	for i, ch := range e.Chains {
		f := fmt.Sprintf("evm.chains[%d]", i)
		if !nameRE.MatchString(ch.Name) {
			return cfgErr(ConfigInvalid, f+".name", "%q is not a chain name", ch.Name)
		}
		if ch.ChainID == 0 {
			return cfgErr(ConfigInvalid, f+".chain_id", "required (the EIP-155 chain id)")
		}
		if names[ch.Name] || ids[ch.ChainID] {
			return cfgErr(ConfigInvalid, f, "chain %s (%d) declared twice", ch.Name, ch.ChainID)
		}
		names[ch.Name], ids[ch.ChainID] = true, true
		if err := checkURL(ch.RPC, "http", "https", "ws", "wss"); err != nil {
			return cfgErr(ConfigInvalid, f+".rpc", "%v", err)
		}
		if ch.BlockTime < 10*time.Millisecond || ch.BlockTime > time.Hour {
			return cfgErr(ConfigInvalid, f+".block_time", "%v outside [10ms, 1h]", ch.BlockTime)
		}
		if d := ch.Deployment; d != nil {
			for k, v := range map[string]string{"gateway": d.Gateway, "lockmint": d.LockMint, "liquidity": d.Liquidity, "pool_token": d.PoolToken} {
				if !common.IsHexAddress(v) || common.HexToAddress(v) == (common.Address{}) {
					return cfgErr(ConfigInvalid, f+".deployment."+k, "%q is not a contract address", v)
				}
			}
		} else if e.Description == "" {
			return cfgErr(ConfigInvalid, f+".deployment", "required unless evm.description names the deployments")
		}
	}
	if err := e.Operator.validate("evm.operator"); err != nil {
		return err
	}
	if len(e.Attesters.Keys) == 0 {
		return cfgErr(ConfigInvalid, "evm.attesters.keys", "at least one attester key is required")
	}
	if e.Attesters.Threshold == 0 || e.Attesters.Threshold > uint64(len(e.Attesters.Keys)) {
		return cfgErr(ConfigInvalid, "evm.attesters.threshold", "%d of %d keys", e.Attesters.Threshold, len(e.Attesters.Keys))
	}
	for i := range e.Attesters.Keys {
		if err := e.Attesters.Keys[i].validate(fmt.Sprintf("evm.attesters.keys[%d]", i)); err != nil {
			return err
		}
	}
	return nil
}

var envRE = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,127}$`)

func (k *KeyConfig) validate(field string) error {
	if !nameRE.MatchString(k.Name) {
		return cfgErr(ConfigInvalid, field+".name", "%q is not a key name", k.Name)
	}
	n := 0
	for _, s := range []string{k.File, k.Env, k.DevKey} {
		if s != "" {
			n++
		}
	}
	if n != 1 {
		return cfgErr(ConfigInvalid, field, "exactly one of file, env or dev_key is required")
	}
	if k.Env != "" && !envRE.MatchString(k.Env) {
		return cfgErr(ConfigInvalid, field+".env", "%q is not an environment variable name", k.Env)
	}
	if strings.ContainsRune(k.File, 0) || strings.ContainsRune(k.DevKey, 0) {
		return cfgErr(ConfigInvalid, field, "contains a NUL byte")
	}
	return nil
}

func checkURL(s string, schemes ...string) error {
	u, err := url.Parse(s)
	if err != nil {
		return fmt.Errorf("%q is not a URL", s)
	}
	for _, sc := range schemes {
		if u.Scheme == sc {
			if u.Host == "" {
				return fmt.Errorf("%q has no host", s)
			}
			return nil
		}
	}
	return fmt.Errorf("%q: scheme must be one of %s", s, strings.Join(schemes, ", "))
}

// Path resolves a path from the config against the file's directory.
func (c *FileConfig) Path(p string) string {
	if p == "" || filepath.IsAbs(p) || c.dir == "" {
		return p
	}
	return filepath.Join(c.dir, p)
}

// ResolveKeys reads every key the evm section names (files relative to the
// config file, environment variables through lookup).
func (c *FileConfig) ResolveKeys(lookup func(string) (string, bool)) error {
	if c.EVM == nil {
		return nil
	}
	if err := c.resolveKey(&c.EVM.Operator, "evm.operator", lookup); err != nil {
		return err
	}
	for i := range c.EVM.Attesters.Keys {
		if err := c.resolveKey(&c.EVM.Attesters.Keys[i], fmt.Sprintf("evm.attesters.keys[%d]", i), lookup); err != nil {
			return err
		}
	}
	return nil
}

func (c *FileConfig) resolveKey(k *KeyConfig, field string, lookup func(string) (string, bool)) error {
	var raw string
	switch {
	case k.DevKey != "":
		// The devnet derivation: the same keys evmnet funds and registers.
		k.key = NewSecret(crypto.FromECDSA(evmnet.DevKey(k.DevKey).Private()))
		return nil
	case k.Env != "":
		v, ok := lookup(k.Env)
		if !ok {
			return cfgErr(ConfigKey, field+".env", "environment variable %s is not set", k.Env)
		}
		raw = v
	default:
		b, err := os.ReadFile(c.Path(k.File))
		if err != nil {
			// The path is not secret; the error carries no content.
			return &ConfigError{Code: ConfigKey, Field: field + ".file", Msg: "cannot read the key file", Err: err}
		}
		raw = string(b)
	}
	raw = strings.TrimPrefix(strings.TrimSpace(raw), "0x")
	// The message must not echo the input (it is a key, or most of one).
	b, err := hexDecode(raw)
	if err != nil || len(b) != 32 {
		return cfgErr(ConfigKey, field, "not a 32-byte hex private key")
	}
	if _, err := crypto.ToECDSA(b); err != nil {
		return cfgErr(ConfigKey, field, "not a valid secp256k1 private key")
	}
	k.key = NewSecret(b)
	return nil
}

func hexDecode(s string) ([]byte, error) {
	if len(s)%2 != 0 {
		return nil, errors.New("odd length")
	}
	out := make([]byte, len(s)/2)
	for i := 0; i < len(out); i++ {
		hi, ok1 := unhex(s[2*i])
		lo, ok2 := unhex(s[2*i+1])
		if !ok1 || !ok2 {
			return nil, errors.New("not hex")
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
