package wormhole

import _ "embed"

// mainnetSets is the record of Wormhole's mainnet guardian sets 0..7 (see
// testdata/README.md for its sources and chain of trust).
//
//go:embed testdata/guardian-sets.json
var mainnetSets []byte

// MainnetSets returns a registry of Wormhole's mainnet guardian sets: set 7
// current, each older set expiring 24 hours after the upgrade that
// replaced it.
func MainnetSets() (*Sets, error) { return LoadSets(mainnetSets) }
