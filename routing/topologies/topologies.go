// Package topologies provides the named routing topologies: `realistic` (a
// source-cited snapshot of real chains, assets and bridges, embedded), the
// seeded synthetic `stress` preset, and topology files.
package topologies

import (
	_ "embed"
	"fmt"
	"os"
	"sync"

	"github.com/straitnet/strait/routing"
)

//go:embed realistic.json
var realisticJSON []byte

// RealisticJSON returns the embedded realistic topology file.
func RealisticJSON() []byte { return realisticJSON }

var realistic = sync.OnceValues(func() (*routing.Snapshot, error) {
	return routing.LoadTopology("realistic", realisticJSON, routing.DefaultTopologyDefaults())
})

// Realistic returns the realistic topology's snapshot (loaded once; snapshots
// are immutable, so sharing it is safe).
func Realistic() (*routing.Snapshot, error) { return realistic() }

// Load returns a topology by name: "realistic", "stress" (seeded), or the
// path of a topology file.
func Load(name string, seed uint64) (*routing.Snapshot, error) {
	switch name {
	case "realistic":
		return Realistic()
	case "stress":
		return routing.Synthetic(routing.StressParams(seed))
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("topology %q is not realistic, stress or a readable file: %w", name, err)
	}
	return routing.LoadTopology(name, data, routing.DefaultTopologyDefaults())
}
