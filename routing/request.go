package routing

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/straitnet/strait/internal/strictjson"
)

// Preset names a scoring policy.
type Preset string

// The scoring presets.
const (
	Cheapest    Preset = "cheapest"
	Fastest     Preset = "fastest"
	Safest      Preset = "safest"
	Recommended Preset = "recommended"
	// Static scores each edge by a fixed weight given in Request.Static; it
	// exists so the search can be checked against textbook algorithms.
	Static Preset = "static"
)

// Weights turn a route's time and risk into USD, as fractions of the
// transfer's value: a route costs fees + TimePerHour×V×hours + RiskPerNat×V×Σ−log P
// + V×Σ penalties.
type Weights struct {
	TimePerHour float64 // fraction of value per hour of median ETA
	RiskPerNat  float64 // fraction of value per nat of failure risk
	TrustPPM    float64 // multiplier on the trust-class penalty table
}

// PresetWeights are the documented weights of the presets. recommended prices
// an hour at 1 bp of the value and a unit of risk at 1% of it: it pays little
// for speed and more for arriving at all. The policy simulation chose these
// (bench/RESULTS.md): at 10 bps an hour recommended cost 40% more than
// cheapest to save minutes, and a higher risk price bought few more
// deliveries for a lot more fees.
var PresetWeights = map[Preset]Weights{
	Cheapest:    {TimePerHour: 0, RiskPerNat: 0},
	Fastest:     {TimePerHour: 1, RiskPerNat: 0.02},
	Safest:      {TimePerHour: 0.0001, RiskPerNat: 1, TrustPPM: 1},
	Recommended: {TimePerHour: 0.0001, RiskPerNat: 0.01},
}

// Defaults for requests.
const (
	DefaultK           = 5
	DefaultMaxHops     = 4
	MaxHopsLimit       = 8
	MaxK               = 50
	DefaultSlippageBps = 50
	DefaultMaxFeeBps   = 1000
	// preferPenaltyPPM is what a hop off the preferred bridges costs, in
	// millionths of the value, when the request prefers some bridges.
	preferPenaltyPPM = 30
)

// Constraints restrict the routes a request may get.
type Constraints struct {
	// AllowBridges, DenyBridges and PreferBridges match a protocol name
	// ("cctp") or a bridge instance id ("cctp:ethereum->base:fast").
	AllowBridges  []string
	DenyBridges   []string
	PreferBridges []string
	MaxHops       int     // 0 = DefaultMaxHops
	MaxETASeconds float64 // bounds the route's p90 ETA; 0 = none
	MinSuccess    float64 // minimum success probability; 0 = none
	SlippageBps   int     // min output = expected × (1 − slippage); 0 = default
	MaxFeeBps     int     // routes losing more than this to fees are refused; 0 = default
}

// Request asks for routes from one asset to another.
type Request struct {
	From, To    string
	Amount      Amount
	Preset      Preset
	K           int
	Constraints Constraints
	// Split: "auto" (default) splits when it beats every single route,
	// "never" does not.
	Split string
	// Static holds per-edge weights for the Static preset (indexed by edge).
	Static []float64
	// NoWhy leaves the answer's Why empty, for a caller that writes the
	// explanation out itself (Answer.AppendWhy): building its strings
	// was an allocation or three on every quote for nothing.
	NoWhy bool
}

// wireRequest is the JSON form of a Request.
type wireRequest struct {
	From        string          `json:"from"`
	To          string          `json:"to"`
	Amount      json.RawMessage `json:"amount"`
	Preset      string          `json:"preset,omitempty"`
	K           *int            `json:"k,omitempty"`
	Split       string          `json:"split,omitempty"`
	Constraints struct {
		AllowBridges  []string `json:"allow_bridges,omitempty"`
		DenyBridges   []string `json:"deny_bridges,omitempty"`
		PreferBridges []string `json:"prefer_bridges,omitempty"`
		MaxHops       *int     `json:"max_hops,omitempty"`
		MaxETASeconds *float64 `json:"max_eta_s,omitempty"`
		MinSuccess    *float64 `json:"min_success,omitempty"`
		SlippageBps   *int     `json:"slippage_bps,omitempty"`
		MaxFeeBps     *int     `json:"max_fee_bps,omitempty"`
	} `json:"constraints"`
}

// DecodeRequest parses a JSON route request. Amounts are decimal strings of
// base units (JSON numbers are accepted only when they are whole). Unknown
// fields, trailing data and out-of-range values are coded errors.
func DecodeRequest(data []byte) (Request, error) {
	var w wireRequest
	if err := strictjson.Decode(data, 0, &w); err != nil {
		return Request{}, errf(CodeBadRequest, "", "invalid JSON request: %v", err)
	}
	r := Request{From: w.From, To: w.To, Preset: Preset(w.Preset), Split: w.Split}
	raw := strings.TrimSpace(string(w.Amount))
	if raw == "" || raw == "null" {
		return Request{}, errf(CodeBadAmount, "amount", "amount is required")
	}
	if raw[0] == '"' {
		var s string
		if err := json.Unmarshal(w.Amount, &s); err != nil {
			return Request{}, errf(CodeBadAmount, "amount", "amount is not a string: %v", err)
		}
		raw = s
	}
	a, err := ParseAmount(raw, "amount")
	if err != nil {
		return Request{}, err
	}
	r.Amount = a
	if w.K != nil {
		r.K = *w.K
		if r.K <= 0 {
			return Request{}, errf(CodeBadRequest, "k", "k must be at least 1")
		}
	}
	c := &w.Constraints
	r.Constraints = Constraints{AllowBridges: c.AllowBridges, DenyBridges: c.DenyBridges, PreferBridges: c.PreferBridges}
	if c.MaxHops != nil {
		if *c.MaxHops <= 0 {
			return Request{}, errf(CodeBadConstraints, "constraints.max_hops", "max_hops must be at least 1")
		}
		r.Constraints.MaxHops = *c.MaxHops
	}
	if c.MaxETASeconds != nil {
		if !(*c.MaxETASeconds > 0) {
			return Request{}, errf(CodeBadConstraints, "constraints.max_eta_s", "max_eta_s must be positive")
		}
		r.Constraints.MaxETASeconds = *c.MaxETASeconds
	}
	if c.MinSuccess != nil {
		r.Constraints.MinSuccess = *c.MinSuccess
		if !(*c.MinSuccess > 0 && *c.MinSuccess <= 1) {
			return Request{}, errf(CodeBadConstraints, "constraints.min_success", "min_success must be in (0, 1]")
		}
	}
	if c.SlippageBps != nil {
		r.Constraints.SlippageBps = *c.SlippageBps
		if *c.SlippageBps <= 0 {
			return Request{}, errf(CodeBadConstraints, "constraints.slippage_bps", "slippage_bps must be positive")
		}
	}
	if c.MaxFeeBps != nil {
		r.Constraints.MaxFeeBps = *c.MaxFeeBps
		if *c.MaxFeeBps <= 0 {
			return Request{}, errf(CodeBadConstraints, "constraints.max_fee_bps", "max_fee_bps must be positive")
		}
	}
	return r, r.validateShape()
}

// validateShape checks what can be checked without a snapshot.
func (r *Request) validateShape() error {
	if r.From == "" {
		return errf(CodeBadRequest, "from", "from asset is required")
	}
	if r.To == "" {
		return errf(CodeBadRequest, "to", "to asset is required")
	}
	if r.From == r.To {
		return errf(CodeSameAsset, "to", "source and destination are the same asset %s", r.From)
	}
	if r.Amount.IsZero() {
		return errf(CodeBadAmount, "amount", "amount is zero")
	}
	if r.Preset == "" {
		r.Preset = Recommended
	}
	if _, ok := PresetWeights[r.Preset]; !ok && r.Preset != Static {
		return errf(CodeUnknownPreset, "preset", "unknown preset %q (want cheapest, fastest, safest or recommended)", r.Preset)
	}
	if r.K == 0 {
		r.K = DefaultK
	}
	if r.K < 0 || r.K > MaxK {
		return errf(CodeBadRequest, "k", "k must be in [1, %d]", MaxK)
	}
	switch r.Split {
	case "":
		r.Split = "auto"
	case "auto", "never":
	default:
		return errf(CodeBadRequest, "split", "split must be auto or never, not %q", r.Split)
	}
	c := &r.Constraints
	if c.MaxHops == 0 {
		c.MaxHops = DefaultMaxHops
	}
	if c.MaxHops < 0 || c.MaxHops > MaxHopsLimit {
		return errf(CodeBadConstraints, "constraints.max_hops", "max_hops must be in [1, %d]", MaxHopsLimit)
	}
	if c.MaxETASeconds < 0 || math.IsNaN(c.MaxETASeconds) {
		return errf(CodeBadConstraints, "constraints.max_eta_s", "max_eta_s must be positive")
	}
	if c.MinSuccess < 0 || c.MinSuccess > 1 || math.IsNaN(c.MinSuccess) {
		return errf(CodeBadConstraints, "constraints.min_success", "min_success must be in (0, 1]")
	}
	if c.SlippageBps == 0 {
		c.SlippageBps = DefaultSlippageBps
	}
	if c.SlippageBps < 0 || c.SlippageBps >= 10000 {
		return errf(CodeBadConstraints, "constraints.slippage_bps", "slippage_bps must be in [1, 9999]")
	}
	if c.MaxFeeBps == 0 {
		c.MaxFeeBps = DefaultMaxFeeBps
	}
	if c.MaxFeeBps < 0 || c.MaxFeeBps > 10000 {
		return errf(CodeBadConstraints, "constraints.max_fee_bps", "max_fee_bps must be in [1, 10000]")
	}
	deny := map[string]bool{}
	for _, d := range c.DenyBridges {
		deny[d] = true
	}
	for _, a := range c.AllowBridges {
		if deny[a] {
			return errf(CodeBadConstraints, "constraints.deny_bridges", "bridge %q is both allowed and denied", a)
		}
	}
	for _, p := range c.PreferBridges {
		if deny[p] {
			return errf(CodeBadConstraints, "constraints.prefer_bridges", "bridge %q is both preferred and denied", p)
		}
	}
	if len(c.AllowBridges) > 0 {
		allow := map[string]bool{}
		for _, a := range c.AllowBridges {
			allow[a] = true
		}
		for _, p := range c.PreferBridges {
			if !allow[p] {
				return errf(CodeBadConstraints, "constraints.prefer_bridges", "bridge %q is preferred but not in allow_bridges", p)
			}
		}
	}
	return nil
}

// String is a short description of a request, for logs.
func (r *Request) String() string {
	return fmt.Sprintf("%s %s -> %s (%s, k=%d)", r.Amount.Dec(), r.From, r.To, r.Preset, r.K)
}
