package routing

import "testing"

// TestCachedHopDistancesMatchTheSweep checks that the per-source cache
// gives the search the same verdicts as a sweep bounded by the query's hops:
// a node passes the bounds' filter at level r exactly when its distance is
// at most maxHops-r.
func TestCachedHopDistancesMatchTheSweep(t *testing.T) {
	s, err := Synthetic(SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	if s.hops == nil {
		t.Fatal("no hop cache for a small topology")
	}
	n := len(s.Assets)
	sweep := make([]int8, n)
	for src := int32(0); src < int32(n); src += 7 {
		cached := s.hops.from(s, src)
		for maxHops := 1; maxHops <= MaxHopsLimit; maxHops++ {
			for i := range sweep {
				sweep[i] = farHops
			}
			hopSweep(s, src, maxHops-1, sweep, nil, nil)
			for v := 0; v < n; v++ {
				for r := 1; r <= maxHops; r++ {
					if (int(cached[v]) <= maxHops-r) != (int(sweep[v]) <= maxHops-r) {
						t.Fatalf("src %d, node %d, max hops %d, level %d: cached %d, sweep %d", src, v, maxHops, r, cached[v], sweep[v])
					}
				}
			}
		}
	}
	// Updates share the topology, and so the cache.
	st := NewStore(s)
	if _, err := st.Update(nil); err != nil {
		t.Fatal(err)
	}
	if st.Load().hops != s.hops {
		t.Fatal("an update dropped the hop cache")
	}
}

// TestBlockHopDistancesMatchTheSweep checks that the cache's fill, one sweep
// for a block of sources, gives every source exactly the distances of a
// breadth-first sweep from it alone, on a topology with unreachable nodes
// and a last block shorter than hopBlock.
func TestBlockHopDistancesMatchTheSweep(t *testing.T) {
	for _, p := range []SynthParams{
		{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3},
		{Seed: 5, Chains: 7, Families: 19, BridgesPerAsset: 1, SwapsPerAsset: 0, PoolShare: 0},
	} {
		s, err := Synthetic(p)
		if err != nil {
			t.Fatal(err)
		}
		n := len(s.Assets)
		if n%hopBlock == 0 {
			t.Fatalf("%d assets: want a short last block", n)
		}
		unreachable := 0
		sweep := make([]int8, n)
		for lo := int32(0); lo < int32(n); lo += hopBlock {
			block := hopDistancesFrom(s, lo, min(lo+hopBlock, int32(n)))
			for j, got := range block {
				fill8(sweep, farHops)
				hopSweep(s, lo+int32(j), farHops-1, sweep, nil, nil)
				for v := range sweep {
					if got[v] != sweep[v] {
						t.Fatalf("src %d, node %d: block %d, sweep %d", lo+int32(j), v, got[v], sweep[v])
					}
					if sweep[v] == farHops {
						unreachable++
					}
				}
			}
		}
		t.Logf("%d assets, %d unreachable pairs", n, unreachable)
	}
}
