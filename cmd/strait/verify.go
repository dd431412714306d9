package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
	"github.com/straitnet/strait/persistence"
)

// exitVerifyFailed is the exit code when verification finds a problem (as
// opposed to 1: verification could not run).
const exitVerifyFailed = 2

func init() {
	var dataDir string
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "verify --data DIR",
		Short: "Check every journal hash chain, index entry and snapshot",
		Long: `verify opens the journal read-only (DIR/journal, or DIR itself if it is a
journal directory) and checks every stream's hash chain from the genesis
value, every secondary index entry and every snapshot. It prints a summary and
exits 0 when everything checks; on tampering or corruption it names the first
broken stream and sequence and exits 2.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runVerify(cmd.Context(), cmd.OutOrStdout(), dataDir, asJSON)
		},
	}
	cmd.Flags().StringVar(&dataDir, "data", "./data", "Strait data directory (or a journal directory)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	rootCmd.AddCommand(cmd)
}

// journalDirOf accepts a data directory or a journal directory.
func journalDirOf(dataDir string) (string, error) {
	if st, err := os.Stat(persistence.JournalDir(dataDir)); err == nil && st.IsDir() {
		return persistence.JournalDir(dataDir), nil
	}
	if _, err := os.Stat(dataDir); err != nil {
		return "", fmt.Errorf("data directory: %w", err)
	}
	return dataDir, nil
}

type verifyJSON struct {
	Journal     string          `json:"journal"`
	OK          bool            `json:"ok"`
	Streams     int             `json:"streams"`
	Records     int             `json:"records"`
	Indexes     int             `json:"index_entries"`
	Snapshots   int             `json:"snapshots"`
	FirstBroken *verifyProblem  `json:"first_broken,omitempty"`
	Problems    []verifyProblem `json:"problems"`
	Truncated   bool            `json:"problems_truncated,omitempty"`
}

type verifyProblem struct {
	Code    string `json:"code"`
	Stream  string `json:"stream,omitempty"`
	Seq     uint64 `json:"seq,omitempty"`
	Key     string `json:"key"`
	Message string `json:"message"`
}

func toVerifyProblem(p persistence.Problem) verifyProblem {
	return verifyProblem{Code: string(p.Code), Stream: p.Stream, Seq: p.Seq, Key: p.Key, Message: p.Message}
}

func runVerify(ctx context.Context, out io.Writer, dataDir string, asJSON bool) error {
	if ctx == nil {
		ctx = context.Background()
	}
	dir, err := journalDirOf(dataDir)
	if err != nil {
		return err
	}
	j, err := persistence.Open(dir, persistence.Options{ReadOnly: true, Logger: newLogger("verify")})
	if err != nil {
		// The engine locks its directory even for reading: a node running
		// on it is the usual cause.
		return fmt.Errorf("%w (if a Strait node is running on this directory, stop it first or verify from inside the node)", err)
	}
	defer j.Close()
	rep, err := j.Verify(ctx)
	if err != nil {
		return fmt.Errorf("verify %s: %w", dir, err)
	}
	first, broken := rep.FirstBroken()
	if asJSON {
		v := verifyJSON{Journal: dir, OK: rep.OK(), Streams: rep.Streams, Records: rep.Records,
			Indexes: rep.Indexes, Snapshots: rep.Snapshots, Problems: []verifyProblem{}, Truncated: rep.Truncated}
		for _, p := range rep.Problems {
			v.Problems = append(v.Problems, toVerifyProblem(p))
		}
		if broken {
			fp := toVerifyProblem(first)
			v.FirstBroken = &fp
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(v); err != nil {
			return err
		}
	} else {
		fmt.Fprintf(out, "journal %s\n", dir)
		fmt.Fprintf(out, "streams %d, records %d, index entries %d, snapshots %d\n",
			rep.Streams, rep.Records, rep.Indexes, rep.Snapshots)
		if !broken {
			fmt.Fprintln(out, "OK: every hash chain, index entry and snapshot verified")
			return nil
		}
		fmt.Fprintf(out, "FAIL: %s\n", describeBroken(first))
		more := ""
		if rep.Truncated {
			more = fmt.Sprintf(" (only the first %d listed)", persistence.MaxProblems)
		}
		fmt.Fprintf(out, "problems: %d%s\n", len(rep.Problems), more)
		for _, p := range rep.Problems {
			fmt.Fprintf(out, "  %s\n", p)
		}
	}
	if !broken {
		return nil
	}
	return &exitError{code: exitVerifyFailed, err: errors.New("journal verification failed: " + describeBroken(first))}
}

func describeBroken(p persistence.Problem) string {
	if p.Stream != "" && p.Seq != 0 {
		return fmt.Sprintf("first broken stream %s seq %d: %s %s (key %s)", p.Stream, p.Seq, p.Code, p.Message, p.Key)
	}
	return fmt.Sprintf("%s %s (key %s)", p.Code, p.Message, p.Key)
}
