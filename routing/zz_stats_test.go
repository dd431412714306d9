package routing_test

import (
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/straitnet/strait/routing"
	"github.com/straitnet/strait/routing/topologies"
)

func digestOn(t *testing.T, s *routing.Snapshot, seed uint64, n int) (string, int) {
	rng := rand.New(rand.NewPCG(seed, 7))
	h0 := sha256.New()
	var h io.Writer = h0
	if f := os.Getenv("ZZ_LINES"); f != "" {
		lf, _ := os.OpenFile(f, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		defer lf.Close()
		h = io.MultiWriter(h0, lf)
	}
	presets := []routing.Preset{"", routing.Cheapest, routing.Fastest, routing.Safest, routing.Recommended}
	var bridges []string
	for i := 0; i < len(s.Edges); i += 37 {
		bridges = append(bridges, s.Edges[i].Protocol, s.Edges[i].Bridge)
	}
	answered := 0
	var static []float64
	for i := 0; i < n; i++ {
		a, b := int32(rng.IntN(len(s.Assets))), int32(rng.IntN(len(s.Assets)))
		amt := s.UnitsForUSD(a, math.Pow(10, rng.Float64()*6.5))
		req := routing.Request{From: s.Assets[a].ID, To: s.Assets[b].ID, Amount: amt, Preset: presets[rng.IntN(len(presets))]}
		if rng.IntN(4) == 0 {
			req.K = 1 + rng.IntN(8)
		}
		if rng.IntN(4) == 0 {
			req.Constraints.MaxHops = 1 + rng.IntN(6)
		}
		if rng.IntN(6) == 0 {
			req.Constraints.MaxFeeBps = 1 + rng.IntN(300)
		}
		if rng.IntN(6) == 0 {
			req.Constraints.MinSuccess = 0.9 + rng.Float64()*0.099
		}
		if rng.IntN(6) == 0 {
			req.Constraints.SlippageBps = 1 + rng.IntN(200)
		}
		if rng.IntN(6) == 0 {
			req.Constraints.MaxETASeconds = 60 + rng.Float64()*3000
		}
		if rng.IntN(10) == 0 {
			req.Constraints.DenyBridges = []string{bridges[rng.IntN(len(bridges))], bridges[rng.IntN(len(bridges))]}
		}
		if rng.IntN(12) == 0 {
			req.Constraints.AllowBridges = []string{bridges[rng.IntN(len(bridges))], bridges[rng.IntN(len(bridges))], "swap", "ibc-transfer", "cctp"}
		}
		if rng.IntN(10) == 0 {
			req.Constraints.PreferBridges = []string{bridges[rng.IntN(len(bridges))], "cctp"}
		}
		if rng.IntN(8) == 0 {
			req.Split = "never"
		}
		if rng.IntN(40) == 0 {
			if static == nil {
				static = s.StaticWeights(1000)
			}
			req.Preset, req.Static = routing.Static, static
		}
		ans, err := s.Route(req)
		if err != nil {
			fmt.Fprintf(h, "%d err %v\n", i, err)
			continue
		}
		answered++
		j, err := json.Marshal(ans)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(h, "%d %s\n", i, j)
	}
	return fmt.Sprintf("%x", h0.Sum(nil)), answered
}

func TestZZDigest(t *testing.T) {
	s, _ := topologies.Realistic()
	d1, n1 := digestOn(t, s, 1, 30000)
	// A snapshot with live updates: degraded, paused and drained edges.
	rng := rand.New(rand.NewPCG(5, 5))
	var ups []routing.EdgeUpdate
	for i := 0; i < len(s.Edges); i += 3 {
		st := routing.Status(rng.IntN(4))
		lo, hi := rng.Float64()*1e4, 1e4+rng.Float64()*1e6
		u := routing.EdgeUpdate{Edge: s.Edges[i].ID, Status: &st, CapLoUSD: &lo, CapHiUSD: &hi}
		if rng.IntN(3) == 0 {
			var av routing.Amount
			av.SetUint64(rng.Uint64() >> 20)
			u.Available = &av
		}
		ups = append(ups, u)
	}
	s2, err := s.WithUpdates(ups)
	if err != nil {
		t.Fatal(err)
	}
	d2, n2 := digestOn(t, s2, 2, 6000)
	syn, err := routing.Synthetic(routing.SynthParams{Seed: 3, Chains: 12, Families: 25, BridgesPerAsset: 4, SwapsPerAsset: 2, PoolShare: 0.3})
	if err != nil {
		t.Fatal(err)
	}
	d3, n3 := digestOn(t, syn, 3, 4000)
	out := fmt.Sprintf("realistic %s (%d answered)\nupdated %s (%d answered)\nsynthetic %s (%d answered)\n", d1, n1, d2, n2, d3, n3)
	t.Log(out)
	if f := os.Getenv("ZZ_DIGEST_OUT"); f != "" {
		os.WriteFile(f, []byte(out), 0o644)
	}
}
