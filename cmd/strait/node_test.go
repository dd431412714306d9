package main

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/straitnet/strait/node"
)

// TestNodeRefusesASingleNodeConfig: `strait node` runs cluster members only:
// a config without a cluster section (or with enabled: false) is refused
// before anything starts, with exit code 2 and a message saying what to
// do; a bad cluster section is a coded config error.
func TestNodeRefusesASingleNodeConfig(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name, yaml, want string
		code             node.ConfigCode
	}{
		{"no section", "topology: realistic\n", "has no cluster section", ""},
		{"disabled", "topology: realistic\ncluster: {enabled: false}\n", "has no cluster section", ""},
		{"no NATS urls", "topology: realistic\ncluster: {}\n", "nats.urls", node.ConfigInvalid},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".yaml")
			if err := os.WriteFile(p, []byte(c.yaml), 0o644); err != nil {
				t.Fatal(err)
			}
			rootCmd.SetArgs([]string{"node", "--config", p})
			defer rootCmd.SetArgs(nil)
			err := rootCmd.ExecuteContext(context.Background())
			var ee *exitError
			if !errors.As(err, &ee) || ee.code != 2 || !strings.Contains(err.Error(), c.want) || node.ConfigCodeOf(err) != c.code {
				t.Fatalf("got %v, want exit 2 with %q (code %q)", err, c.want, c.code)
			}
		})
	}
}
