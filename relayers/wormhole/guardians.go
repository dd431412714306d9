package wormhole

import (
	"encoding/json"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"
)

// GuardianSet is one numbered set of guardian keys. Signature index i in a
// VAA refers to Keys[i].
type GuardianSet struct {
	Index uint32
	Keys  []common.Address
	// ActiveFrom is when the set was installed (zero: from the start). A
	// registry rebuilt from history knows later sets; they are not
	// accepted before their time.
	ActiveFrom time.Time
	// ExpiresAt is when a replaced set stops being accepted (zero: the set
	// is current, or never expires).
	ExpiresAt time.Time
}

// Quorum is the SDK's quorum for the whole set: ⌊2n/3⌋+1.
func (g *GuardianSet) Quorum() int { return vaa.CalculateQuorum(len(g.Keys)) }

// Validate reports a set that cannot verify anything safely.
func (g *GuardianSet) Validate() error {
	if len(g.Keys) == 0 {
		return errorf(CodeBadGuardianSet, nil, "guardian set %d has no keys", g.Index)
	}
	// A VAA addresses guardians with one byte.
	if len(g.Keys) > 255 {
		return errorf(CodeBadGuardianSet, nil, "guardian set %d has %d keys, at most 255", g.Index, len(g.Keys))
	}
	seen := make(map[common.Address]bool, len(g.Keys))
	for i, k := range g.Keys {
		if k == (common.Address{}) {
			return errorf(CodeBadGuardianSet, nil, "guardian set %d: key %d is zero", g.Index, i)
		}
		if seen[k] {
			// One key twice would let one guardian count twice toward quorum.
			return errorf(CodeBadGuardianSet, nil, "guardian set %d: key %s appears twice", g.Index, k)
		}
		seen[k] = true
	}
	return nil
}

// Sets is the registry of guardian sets a verifier trusts: every set it
// has seen by index, and which one is current. Safe for concurrent use.
type Sets struct {
	mu      sync.RWMutex
	byIndex map[uint32]*GuardianSet
	current uint32
}

// NewSets starts a registry with its first (current) set.
func NewSets(first GuardianSet) (*Sets, error) {
	if err := first.Validate(); err != nil {
		return nil, err
	}
	first.ExpiresAt = time.Time{}
	s := &Sets{byIndex: map[uint32]*GuardianSet{}, current: first.Index}
	s.byIndex[first.Index] = cloneSet(&first)
	return s, nil
}

func cloneSet(g *GuardianSet) *GuardianSet {
	c := *g
	c.Keys = append([]common.Address(nil), g.Keys...)
	return &c
}

// Rotate makes next the current set; the previous current set expires at
// `at` + grace (Wormhole's core contract gives 24 hours). next.Index must
// be the current index + 1.
func (s *Sets) Rotate(next GuardianSet, at time.Time, grace time.Duration) error {
	if err := next.Validate(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if next.Index != s.current+1 {
		return errorf(CodeBadGuardianSet, nil, "rotation to set %d, current is %d", next.Index, s.current)
	}
	old := cloneSet(s.byIndex[s.current])
	old.ExpiresAt = at.Add(grace)
	s.byIndex[s.current] = old
	next.ExpiresAt = time.Time{}
	next.ActiveFrom = at
	s.byIndex[next.Index] = cloneSet(&next)
	s.current = next.Index
	return nil
}

// Current returns the current set.
func (s *Sets) Current() *GuardianSet {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return cloneSet(s.byIndex[s.current])
}

// Get returns the set with the index, or nil.
func (s *Sets) Get(index uint32) *GuardianSet {
	s.mu.RLock()
	defer s.mu.RUnlock()
	g := s.byIndex[index]
	if g == nil {
		return nil
	}
	return g // sets are replaced, never mutated, so sharing is safe
}

// active returns the set with the index if a VAA signed by it is accepted
// at `now`: it is current, or it was replaced less than its grace ago.
func (s *Sets) active(index uint32, now time.Time) (*GuardianSet, error) {
	s.mu.RLock()
	g, cur := s.byIndex[index], s.current
	s.mu.RUnlock()
	if g == nil {
		return nil, errorf(CodeUnknownGuardianSet, nil, "guardian set %d is unknown (current is %d)", index, cur)
	}
	if now.Before(g.ActiveFrom) {
		return nil, errorf(CodeUnknownGuardianSet, nil, "guardian set %d was not installed until %s",
			index, g.ActiveFrom.UTC().Format(time.RFC3339))
	}
	if index != cur && !g.ExpiresAt.IsZero() && !now.Before(g.ExpiresAt) {
		return nil, errorf(CodeGuardianSetExpired, nil, "guardian set %d expired at %s (current is %d)",
			index, g.ExpiresAt.UTC().Format(time.RFC3339), cur)
	}
	return g, nil
}

// Indexes lists the known set indexes in order.
func (s *Sets) Indexes() []uint32 {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]uint32, 0, len(s.byIndex))
	for i := range s.byIndex {
		out = append(out, i)
	}
	sort.Slice(out, func(a, b int) bool { return out[a] < out[b] })
	return out
}

// setFile is the JSON shape of a guardian set file: either one set
// ({"index":4,"addresses":[...]}) or a history of sets keyed by index, as
// in the mainnet record kept in testdata ({"guardianSets":{"0":{...},...}}).
type setFile struct {
	Index     *uint32  `json:"index"`
	Addresses []string `json:"addresses"`
	// ExpiresAt (unix seconds) for a set that has been replaced.
	ExpiresAt    int64                `json:"expires_at,omitempty"`
	GuardianSets map[string]setRecord `json:"guardianSets"`
}

type setRecord struct {
	Index         uint32   `json:"index"`
	Addresses     []string `json:"addresses"`
	EstablishedBy struct {
		// VAATimestamp is when the upgrade VAA that installed the set
		// was signed (absent for the genesis set).
		VAATimestamp int64 `json:"vaaTimestamp"`
	} `json:"establishedBy"`
}

// GuardianSetExpiry is the grace period of a replaced guardian set in
// Wormhole's core contracts.
const GuardianSetExpiry = 24 * time.Hour

func parseKeys(index uint32, addrs []string) ([]common.Address, error) {
	keys := make([]common.Address, len(addrs))
	for i, a := range addrs {
		if !common.IsHexAddress(a) {
			return nil, errorf(CodeBadGuardianSet, nil, "guardian set %d: key %d %q is not an address", index, i, a)
		}
		keys[i] = common.HexToAddress(a)
	}
	return keys, nil
}

// LoadSets decodes a guardian set file. A single set becomes the current
// set. A history becomes a registry whose current set is the highest
// index, and each older set expires GuardianSetExpiry after the VAA that
// replaced it (as Wormhole's core contract would have recorded it).
func LoadSets(data []byte) (*Sets, error) {
	var f setFile
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, errorf(CodeBadGuardianSet, err, "guardian set file is not JSON of the expected shape")
	}
	if len(f.GuardianSets) == 0 {
		if f.Index == nil {
			return nil, errorf(CodeBadGuardianSet, nil, "guardian set file has neither index nor guardianSets")
		}
		keys, err := parseKeys(*f.Index, f.Addresses)
		if err != nil {
			return nil, err
		}
		return NewSets(GuardianSet{Index: *f.Index, Keys: keys})
	}
	recs := make([]setRecord, 0, len(f.GuardianSets))
	for k, r := range f.GuardianSets {
		if k != fmt.Sprint(r.Index) {
			return nil, errorf(CodeBadGuardianSet, nil, "guardian set keyed %q says index %d", k, r.Index)
		}
		recs = append(recs, r)
	}
	sort.Slice(recs, func(a, b int) bool { return recs[a].Index < recs[b].Index })
	var s *Sets
	for i, r := range recs {
		keys, err := parseKeys(r.Index, r.Addresses)
		if err != nil {
			return nil, err
		}
		g := GuardianSet{Index: r.Index, Keys: keys}
		if i == 0 {
			if s, err = NewSets(g); err != nil {
				return nil, err
			}
			continue
		}
		if err := s.Rotate(g, time.Unix(r.EstablishedBy.VAATimestamp, 0), GuardianSetExpiry); err != nil {
			return nil, err
		}
	}
	return s, nil
}
