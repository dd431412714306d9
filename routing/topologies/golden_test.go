package topologies

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/straitnet/strait/routing"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// golden is what a preset chose and how it explained itself.
type golden struct {
	Query  string   `json:"query"`
	Preset string   `json:"preset"`
	Winner string   `json:"winner"`
	Routes []string `json:"routes"`
	Split  int      `json:"split_parts,omitempty"`
	Why    []string `json:"why"`
}

// TestPresetGoldens pins each preset's choice and explanation on the
// realistic topology. Run with -update after an intended change and review
// the diff: it shows exactly how the router's answers moved.
func TestPresetGoldens(t *testing.T) {
	s, err := Realistic()
	if err != nil {
		t.Fatal(err)
	}
	queries := []struct{ from, to, amount string }{
		{"USDC@ethereum", "USDC@osmosis", "250000000"},            // 250 USDC: Ethereum into Cosmos
		{"USDC@arbitrum", "USDC@base", "5000000000"},              // 5,000 USDC between L2s
		{"WETH@ethereum", "WETH@arbitrum", "2000000000000000000"}, // 2 WETH
		{"ATOM@cosmoshub", "ATOM@osmosis", "100000000"},           // 100 ATOM over IBC
		{"USDC@ethereum", "USDC@base", "3000000000000"},           // 3M USDC: beyond fast capacity
	}
	var got []golden
	for _, q := range queries {
		for _, p := range []routing.Preset{routing.Cheapest, routing.Fastest, routing.Safest, routing.Recommended} {
			req, err := routing.DecodeRequest([]byte(`{"from":"` + q.from + `","to":"` + q.to + `","amount":"` + q.amount + `","preset":"` + string(p) + `"}`))
			if err != nil {
				t.Fatal(err)
			}
			a, err := s.Route(req)
			if err != nil {
				t.Fatalf("%s %s->%s: %v", p, q.from, q.to, err)
			}
			g := golden{Query: q.amount + " " + q.from + " -> " + q.to, Preset: string(p), Why: a.Why}
			for _, r := range a.Routes {
				g.Routes = append(g.Routes, r.Path())
			}
			if len(g.Routes) > 0 {
				g.Winner = g.Routes[0]
			}
			if a.Split != nil {
				g.Split = len(a.Split.Parts)
			}
			got = append(got, g)
		}
	}
	path := filepath.Join("testdata", "presets.golden.json")
	data, _ := json.MarshalIndent(got, "", "  ")
	data = append(data, '\n')
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestPresetGoldens -update)", err)
	}
	if string(want) != string(data) {
		var w []golden
		_ = json.Unmarshal(want, &w)
		for i := range got {
			if i >= len(w) || strings.Join(w[i].Routes, "\n") != strings.Join(got[i].Routes, "\n") || strings.Join(w[i].Why, "\n") != strings.Join(got[i].Why, "\n") {
				t.Errorf("%s %s changed:\n got winner %s\nwant winner %s", got[i].Preset, got[i].Query, got[i].Winner, func() string {
					if i < len(w) {
						return w[i].Winner
					}
					return "(none)"
				}())
			}
		}
		t.Fatal("golden file differs (run with -update and review the diff if the change is intended)")
	}
	// The presets must not all agree: that would mean the scoring does nothing.
	winners := map[string]map[string]bool{}
	for _, g := range got {
		if winners[g.Query] == nil {
			winners[g.Query] = map[string]bool{}
		}
		winners[g.Query][g.Winner] = true
	}
	differ := 0
	for _, w := range winners {
		if len(w) > 1 {
			differ++
		}
	}
	if differ < 2 {
		t.Fatalf("presets chose differently on only %d of %d queries", differ, len(winners))
	}
}
