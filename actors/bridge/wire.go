package bridge

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"time"

	"github.com/straitnet/strait/internal/strictjson"
	"github.com/straitnet/strait/routing"
)

// Cluster kinds of the live-figure owners.
const (
	KindChain  = "chain"
	KindBridge = "bridge"
)

// Code is a stable, machine-readable error code of this package.
type Code string

// CodeBadMessage: a figures publication or a hop outcome received from
// NATS is malformed (or sent on a subject that does not match it). It is
// ignored; nothing changes.
const CodeBadMessage Code = "FIGURES_BAD_MESSAGE"

// Error is a coded error.
type Error struct {
	Code Code
	Msg  string
}

func (e *Error) Error() string { return string(e.Code) + ": " + e.Msg }

func badMsg(format string, args ...any) error {
	return &Error{Code: CodeBadMessage, Msg: fmt.Sprintf(format, args...)}
}

// Limits of a message from another node.
const (
	maxMessage   = 64 << 10
	maxIDLen     = 128
	maxErrLen    = 1024
	maxLatencies = 4096
)

// Token encodes an identity (a chain or bridge id: "lm:a->b", "osmosis-1")
// as one NATS subject token and one journal stream segment: bytes of
// [A-Za-z0-9:@-] stand for themselves, every other byte is _XX (hex).
// The encoding is injective, so distinct ids never share a subject.
func Token(id string) string {
	var b []byte
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == ':' || c == '@' || c == '-' {
			b = append(b, c)
		} else {
			b = append(b, '_', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&15])
		}
	}
	return string(b)
}

// FiguresSubject is where the owner of kind/id publishes its figures.
func FiguresSubject(cluster, kind, id string) string {
	return "strait.cluster." + cluster + ".figures." + kind + "." + Token(id)
}

// OutcomeSubject is where any node reports a hop over bridge id; its
// owner listens.
func OutcomeSubject(cluster, id string) string {
	return "strait.cluster." + cluster + ".outcome." + Token(id)
}

// ClaimStream is the journal stream whose appends are the claims of
// kind/id; a claim's sequence is its epoch.
func ClaimStream(kind, id string) string { return "owner/" + kind + "/" + Token(id) }

// Figures is one publication of an owner: its epoch and sequence, and the
// chain's or the bridge's figures.
type Figures struct {
	V     int    `json:"v"`
	Kind  string `json:"kind"`
	ID    string `json:"id"`
	Epoch uint64 `json:"epoch"`
	Seq   uint64 `json:"seq"`
	// Owner is the publishing member (for logs and tests).
	Owner  string      `json:"owner"`
	Chain  *ChainState `json:"chain,omitempty"`
	Bridge *BridgeWire `json:"bridge,omitempty"`
}

// Mark is the publication's position in the identity's history.
func (f *Figures) Mark() Mark { return Mark{Epoch: f.Epoch, Seq: f.Seq} }

// BridgeWire is a bridge's State on the wire: the figures its edges carry
// and what a new owner continues from.
type BridgeWire struct {
	Status    string  `json:"status"`
	P50       float64 `json:"p50_s"`
	P90       float64 `json:"p90_s"`
	Alpha     float64 `json:"alpha"`
	Beta      float64 `json:"beta"`
	At        float64 `json:"at"`
	Available string  `json:"available,omitempty"` // base units, decimal

	Paused      bool      `json:"paused"`
	PauseKnown  bool      `json:"pause_known"`
	ReadErrors  int       `json:"read_errors"`
	LastReadErr string    `json:"last_read_error,omitempty"`
	Latencies   []float64 `json:"latencies,omitempty"`
	Successes   int       `json:"successes"`
	Failures    int       `json:"failures"`
	Consecutive int       `json:"consecutive"`
	OpenUntil   time.Time `json:"open_until"`
	Updated     time.Time `json:"updated"`
	OutcomeSeq  uint64    `json:"outcome_seq,omitempty"`
}

// toWire encodes st (whose published figures must be set).
func (st State) toWire() *BridgeWire {
	p := st.published
	w := &BridgeWire{Status: p.Status.String(), P50: p.Latency.P50, P90: p.Latency.P90,
		Alpha: p.Learned.Alpha, Beta: p.Learned.Beta, At: p.Learned.At,
		Paused: st.Paused, PauseKnown: st.PauseKnown, ReadErrors: st.ReadErrors, LastReadErr: trunc(st.LastReadErr, maxErrLen),
		Latencies: st.Latencies, Successes: st.Successes, Failures: st.Failures, Consecutive: st.Consecutive,
		OpenUntil: st.OpenUntil, Updated: st.Updated, OutcomeSeq: st.OutcomeSeq}
	if p.Available != nil {
		w.Available = p.Available.String()
	}
	return w
}

// state rebuilds a bridge's State from the wire over base (its edges, base
// figures and prior from this node's snapshot).
func (w *BridgeWire) state(base State) State {
	st := base
	status, _ := routing.ParseStatus(w.Status) // checked by the decoder
	pub := &Published{Status: status, Latency: routing.Latency{P50: w.P50, P90: w.P90},
		Learned: routing.Beta{Alpha: w.Alpha, Beta: w.Beta, At: w.At}}
	if w.Available != "" {
		pub.Available, _ = new(big.Int).SetString(w.Available, 10)
	}
	st.published = pub
	st.Learned, st.Available = pub.Learned, pub.Available
	st.Paused, st.PauseKnown, st.ReadErrors, st.LastReadErr = w.Paused, w.PauseKnown, w.ReadErrors, w.LastReadErr
	st.Latencies = append([]float64(nil), w.Latencies...)
	st.Successes, st.Failures, st.Consecutive = w.Successes, w.Failures, w.Consecutive
	st.OpenUntil, st.Updated, st.OutcomeSeq = w.OpenUntil, w.Updated, w.OutcomeSeq
	return st
}

// EncodeFigures encodes a publication.
func EncodeFigures(f *Figures) ([]byte, error) {
	f.V = 1
	return json.Marshal(f)
}

func decodeStrict(data []byte, v any) error { return strictjson.Decode(data, maxMessage, v) }

// DecodeFigures decodes and checks a publication received on subject
// (which must be the publication's own, FiguresSubject). Anything else is
// refused with CodeBadMessage.
func DecodeFigures(cluster, subject string, data []byte) (*Figures, error) {
	var f Figures
	if err := decodeStrict(data, &f); err != nil {
		return nil, badMsg("figures: %v", err)
	}
	switch {
	case f.V != 1:
		return nil, badMsg("figures: version %d", f.V)
	case f.Kind != KindChain && f.Kind != KindBridge:
		return nil, badMsg("figures: kind %q", trunc(f.Kind, 40))
	case f.ID == "" || len(f.ID) > maxIDLen:
		return nil, badMsg("figures: id of %d bytes, want 1..%d", len(f.ID), maxIDLen)
	case f.Epoch == 0 || f.Seq == 0:
		return nil, badMsg("figures: epoch %d seq %d, both must be >= 1", f.Epoch, f.Seq)
	case len(f.Owner) > maxIDLen:
		return nil, badMsg("figures: owner of %d bytes", len(f.Owner))
	case subject != FiguresSubject(cluster, f.Kind, f.ID):
		return nil, badMsg("figures for %s/%s on subject %q", f.Kind, trunc(f.ID, 40), trunc(subject, 200))
	case (f.Kind == KindChain) != (f.Chain != nil) || (f.Kind == KindBridge) != (f.Bridge != nil):
		return nil, badMsg("figures: a %s publication must carry exactly its %s figures", f.Kind, f.Kind)
	}
	if c := f.Chain; c != nil {
		switch {
		case c.Chain != f.ID:
			return nil, badMsg("chain figures name %q, not %q", trunc(c.Chain, 40), trunc(f.ID, 40))
		case c.Health != HealthOK && c.Health != HealthDegraded && c.Health != HealthDown:
			return nil, badMsg("chain health %q", trunc(c.Health, 40))
		case c.Final > c.Height || c.Errors < 0 || len(c.LastErr) > maxErrLen:
			return nil, badMsg("chain figures: final %d > height %d, or errors %d, or an error of %d bytes", c.Final, c.Height, c.Errors, len(c.LastErr))
		}
	}
	if b := f.Bridge; b != nil {
		if _, ok := routing.ParseStatus(b.Status); !ok {
			return nil, badMsg("bridge status %q", trunc(b.Status, 40))
		}
		for _, x := range []float64{b.P50, b.P90, b.Alpha, b.Beta, b.At} {
			if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
				return nil, badMsg("bridge figures: %v is not a finite non-negative number", x)
			}
		}
		if len(b.Latencies) > maxLatencies {
			return nil, badMsg("bridge figures: %d latencies, at most %d", len(b.Latencies), maxLatencies)
		}
		for _, x := range b.Latencies {
			if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
				return nil, badMsg("bridge latency %v", x)
			}
		}
		if b.ReadErrors < 0 || b.Successes < 0 || b.Failures < 0 || b.Consecutive < 0 || len(b.LastReadErr) > maxErrLen {
			return nil, badMsg("bridge figures: negative counts or an error of %d bytes", len(b.LastReadErr))
		}
		if b.Available != "" {
			if len(b.Available) > 78 || !digits(b.Available) {
				return nil, badMsg("bridge available %q: want a decimal of at most 78 digits", trunc(b.Available, 80))
			}
		}
	}
	return &f, nil
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) > 0 && (s == "0" || s[0] != '0')
}

// outcomeWire is a hop outcome sent to a bridge's owner.
type outcomeWire struct {
	V         int    `json:"v"`
	Bridge    string `json:"bridge"`
	OK        bool   `json:"ok"`
	LatencyNS int64  `json:"latency_ns"`
}

func encodeOutcome(bridge string, ok bool, took time.Duration) []byte {
	b, _ := json.Marshal(outcomeWire{V: 1, Bridge: bridge, OK: ok, LatencyNS: int64(max(took, 0))})
	return b
}

// decodeOutcome decodes a hop outcome for bridge; anything else is
// refused with CodeBadMessage.
func decodeOutcome(bridge string, data []byte) (Observation, error) {
	var w outcomeWire
	if err := decodeStrict(data, &w); err != nil {
		return Observation{}, badMsg("outcome: %v", err)
	}
	switch {
	case w.V != 1:
		return Observation{}, badMsg("outcome: version %d", w.V)
	case w.Bridge != bridge:
		return Observation{}, badMsg("outcome for %q sent to %q's owner", trunc(w.Bridge, 40), trunc(bridge, 40))
	case w.LatencyNS < 0:
		return Observation{}, badMsg("outcome: latency %d", w.LatencyNS)
	}
	return Observation{Kind: ObsOutcome, OK: w.OK, Latency: time.Duration(w.LatencyNS)}, nil
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
