package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/straitnet/strait/relayers/wormhole"
)

var wormholeCmd = &cobra.Command{
	Use:   "wormhole",
	Short: "Tools for Wormhole VAAs and Strait's guardian bridge",
}

func init() {
	rootCmd.AddCommand(wormholeCmd)
	var verify, asJSON bool
	var setArg, atArg string
	cmd := &cobra.Command{
		Use:   "inspect <hex|base64|->",
		Short: "Print a VAA's fields and payload; with --verify, check its signatures",
		Long: `inspect decodes a VAA (hex, 0x-hex or base64; "-" reads standard input) and
prints its header, body and payload: a Strait transfer, a token bridge
transfer header, or a guardian set upgrade.

With --verify it checks the VAA the way Strait's destination contracts do:
the guardian set is chosen by the VAA's own index, every signature must
recover to the guardian its index names, indexes must increase, the whole
set's quorum (2n/3+1) must sign, and a replaced set is refused after its
24-hour grace. --guardian-set takes a mainnet set index (0..7, from the
record Strait ships) or a JSON file (one set, or a history); without it the
mainnet record is used. --at sets the time of the check (unix seconds or
RFC 3339; default now): use the delivery time when a delivery is disputed.

Exit status: 0 when the VAA decodes (and verifies), 2 when it does not
decode or fails verification (the reason and its code are printed), 1 when
the command could not run.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runWormholeInspect(cmd.InOrStdin(), cmd.OutOrStdout(), args[0], verify, setArg, atArg, asJSON)
		},
	}
	cmd.Flags().BoolVar(&verify, "verify", false, "verify signatures, quorum and guardian set")
	cmd.Flags().StringVar(&setArg, "guardian-set", "", "mainnet guardian set index, or a guardian set JSON file")
	cmd.Flags().StringVar(&atArg, "at", "", "time of the check (unix seconds or RFC 3339; default now)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print one JSON object instead of text")
	wormholeCmd.AddCommand(cmd)
}

func runWormholeInspect(stdin io.Reader, out io.Writer, arg string, verify bool, setArg, atArg string, asJSON bool) error {
	if arg == "-" {
		b, err := io.ReadAll(io.LimitReader(stdin, 1<<20))
		if err != nil {
			return fmt.Errorf("read standard input: %w", err)
		}
		arg = string(b)
	}
	at := time.Now()
	if atArg != "" {
		var err error
		if at, err = parseAt(atArg); err != nil {
			return err
		}
	}
	raw, err := wormhole.DecodeText(arg)
	if err != nil {
		return &exitError{code: exitVerifyFailed, err: err}
	}
	v, err := wormhole.Parse(raw)
	if err != nil {
		return &exitError{code: exitVerifyFailed, err: err}
	}
	var sets *wormhole.Sets
	var want *uint32
	if verify || setArg != "" {
		if sets, want, err = loadGuardianSets(setArg); err != nil {
			return err
		}
	}
	var set *wormhole.GuardianSet
	if sets != nil {
		set = sets.Get(v.GuardianSetIndex)
	}
	s := wormhole.NewSummary(v, set)
	var verr error
	if verify {
		s.Verification = &wormhole.VerifyJSON{Set: v.GuardianSetIndex}
		if want != nil && *want != v.GuardianSetIndex {
			verr = fmt.Errorf("%s: the VAA names guardian set %d, --guardian-set is %d", wormhole.CodeWrongGuardianSet, v.GuardianSetIndex, *want)
			s.Verification.Code = string(wormhole.CodeWrongGuardianSet)
		} else if ok, err := wormhole.Verify(sets, raw, at); err != nil {
			verr = err
			s.Verification.Code = string(wormhole.CodeOf(err))
		} else {
			s.Verification.OK, s.Verification.Quorum = true, ok.Quorum
		}
		if verr != nil {
			s.Verification.Reason = verr.Error()
			if wormhole.CodeOf(verr) == wormhole.CodeGuardianSetExpired {
				s.Verification.Reason += " (use --at with the delivery time to check an old delivery)"
			}
		}
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		if err := enc.Encode(s); err != nil {
			return err
		}
	} else {
		printSummary(out, s)
	}
	if verr != nil {
		return &exitError{code: exitVerifyFailed, err: errors.New(s.Verification.Reason)}
	}
	return nil
}

func parseAt(s string) (time.Time, error) {
	if n, err := strconv.ParseInt(s, 10, 64); err == nil {
		return time.Unix(n, 0), nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("--at %q: want unix seconds or RFC 3339", s)
	}
	return t, nil
}

// loadGuardianSets reads --guardian-set: empty for the mainnet record, a
// number for one mainnet set (the VAA must name it), else a file.
func loadGuardianSets(arg string) (*wormhole.Sets, *uint32, error) {
	if arg == "" {
		s, err := wormhole.MainnetSets()
		return s, nil, err
	}
	if n, err := strconv.ParseUint(arg, 10, 32); err == nil {
		s, err := wormhole.MainnetSets()
		if err != nil {
			return nil, nil, err
		}
		idx := uint32(n)
		if s.Get(idx) == nil {
			return nil, nil, fmt.Errorf("--guardian-set %d: mainnet sets are %v", idx, s.Indexes())
		}
		return s, &idx, nil
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return nil, nil, fmt.Errorf("--guardian-set: %w", err)
	}
	s, err := wormhole.LoadSets(b)
	if err != nil {
		return nil, nil, fmt.Errorf("--guardian-set %s: %w", arg, err)
	}
	return s, nil, nil
}

func printSummary(out io.Writer, s *wormhole.Summary) {
	w := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	row := func(k string, v any) { fmt.Fprintf(w, "%s\t%v\n", k, v) }
	row("version", s.Version)
	row("guardian set", s.GuardianSetIndex)
	row("signatures", len(s.Signatures))
	row("timestamp", fmt.Sprintf("%d (%s)", s.Timestamp, time.Unix(s.Timestamp, 0).UTC().Format(time.RFC3339)))
	row("nonce", s.Nonce)
	row("emitter chain", fmt.Sprintf("%d (%s)", s.EmitterChain, s.EmitterChainName))
	row("emitter address", s.EmitterAddress)
	row("sequence", s.Sequence)
	row("consistency level", s.ConsistencyLevel)
	row("signing digest", s.SigningDigest)
	row("payload kind", s.PayloadKind)
	row("payload bytes", len(s.Payload)/2)
	switch {
	case s.Transfer != nil:
		t := s.Transfer
		row("  transfer id", t.TransferID)
		row("  token", t.Token)
		row("  amount", t.Amount)
		row("  to chain", t.ToChain)
		row("  recipient", t.Recipient)
		row("  route hash", t.RouteHash)
		row("  next hop", t.NextHop)
		row("  remaining hops", fmt.Sprintf("%d bytes", len(t.Remaining)/2))
	case s.TokenTransfer != nil:
		t := s.TokenTransfer
		row("  payload id", t.PayloadID)
		row("  amount", t.Amount)
		row("  token", fmt.Sprintf("%s on chain %d", t.TokenAddress, t.TokenChain))
		row("  to", fmt.Sprintf("%s on chain %d", t.To, t.ToChain))
	case s.Upgrade != nil:
		row("  new guardian set", s.Upgrade.NewIndex)
		row("  chain", s.Upgrade.Chain)
		row("  keys", strings.Join(s.Upgrade.Keys, " "))
	}
	if s.PayloadError != "" {
		row("  payload error", s.PayloadError)
	}
	for _, sg := range s.Signatures {
		line := fmt.Sprintf("guardian %d", sg.Index)
		if sg.Guardian != "" {
			mark := "ok"
			if sg.Recovered != sg.Guardian {
				mark = "MISMATCH, recovers to " + sg.Recovered
			}
			line += fmt.Sprintf(" %s %s", sg.Guardian, mark)
		}
		row("  signature", line)
	}
	if v := s.Verification; v != nil {
		if v.OK {
			row("verified", fmt.Sprintf("yes: quorum %d of guardian set %d", v.Quorum, v.Set))
		} else {
			row("verified", "NO: "+v.Reason)
		}
	}
	w.Flush()
}
