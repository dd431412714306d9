// Command strait is the one Strait binary: it runs the devnet (`up`), a node,
// the wallet-facing helpers, the benchmarks and the operator tools.
package main

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/bench/e2ebench"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// rootCmd is the top of the command tree. Each subcommand lives in its own file
// and attaches itself in an init function, so that subsystems can add commands
// without touching one shared list.
var rootCmd = &cobra.Command{
	Use:   "strait",
	Short: "Strait: a cross-chain transfer router",
	Long: `Strait routes token transfers across chains and bridges (IBC, guardian
bridges, EVM lock/mint and liquidity bridges), executes every hop with its own
relayers, survives failures and reports every step.`,
	Version:       version,
	SilenceUsage:  true,
	SilenceErrors: true,
}

// benchCmd groups the benchmarks; each benchmark adds itself below it.
var benchCmd = &cobra.Command{
	Use:   "bench",
	Short: "Run a benchmark (table by default, one JSON object with --json)",
}

func init() {
	rootCmd.AddCommand(benchCmd)
}

func main() {
	// `strait bench e2e` runs its clients in a child process of this
	// binary (bench/e2ebench): that child is the load generator only.
	if e2ebench.LoaderMain() {
		return
	}
	if err := rootCmd.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "strait:", err)
		os.Exit(exitCode(err))
	}
}

// exitError carries a specific process exit code through cobra.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func exitCode(err error) int {
	if e, ok := err.(*exitError); ok {
		return e.code
	}
	return 1
}

// newLogger returns the process logger: JSON on stderr, as operators expect.
func newLogger(component string) *slog.Logger {
	return slog.New(slog.NewJSONHandler(os.Stderr, nil)).With("component", component)
}

// writeJSON prints v as indented JSON on the command's output (every
// command's --json).
func writeJSON(cmd *cobra.Command, v any) error {
	enc := json.NewEncoder(cmd.OutOrStdout())
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
