package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func mainnetVAAHex(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../../relayers/wormhole/testdata/mainnet-vaas.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		VAAs []struct {
			Hex string `json:"hex"`
		} `json:"vaas"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc.VAAs[0].Hex
}

func TestWormholeInspectVerify(t *testing.T) {
	h := mainnetVAAHex(t)
	var out bytes.Buffer
	if err := runWormholeInspect(nil, &out, h, true, "4", "2025-01-01T00:00:00Z", true); err != nil {
		t.Fatalf("verify: %v\n%s", err, out.String())
	}
	var s map[string]any
	if err := json.Unmarshal(out.Bytes(), &s); err != nil {
		t.Fatal(err)
	}
	if s["sequence"] != "220162" || s["verification"].(map[string]any)["ok"] != true || s["payload_kind"] != "token-transfer" {
		t.Fatalf("summary: %s", out.String())
	}
	// Base64 on standard input works too.
	raw, _ := hex.DecodeString(h)
	out.Reset()
	b64 := "  " + strings.TrimSpace(base64Std(raw)) + "\n"
	if err := runWormholeInspect(strings.NewReader(b64), &out, "-", true, "", "1735689600", false); err != nil {
		t.Fatalf("base64 from stdin: %v", err)
	}
	if !strings.Contains(out.String(), "yes: quorum 13 of guardian set 4") {
		t.Fatalf("text output: %s", out.String())
	}

	fail := func(name, arg, set, at, code string) {
		t.Helper()
		var out bytes.Buffer
		err := runWormholeInspect(nil, &out, arg, true, set, at, false)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != exitVerifyFailed || !strings.Contains(err.Error(), code) {
			t.Fatalf("%s: got %v, want exit %d with %s", name, err, exitVerifyFailed, code)
		}
	}
	flipped := []byte(h)
	flipped[len(flipped)-3] ^= 1 // a payload nibble: still hex
	fail("flipped payload byte", string(flipped), "4", "1735689600", "wormhole_bad_signature")
	fail("wrong set", h, "3", "1735689600", "wormhole_wrong_guardian_set")
	fail("expired", h, "", "", "wormhole_guardian_set_expired")
	fail("truncated", h[:400], "", "", "wormhole_malformed")

	// A guardian set file that is not the one that signed.
	f := filepath.Join(t.TempDir(), "set.json")
	if err := os.WriteFile(f, []byte(`{"index":4,"addresses":["0x0000000000000000000000000000000000000001","0x0000000000000000000000000000000000000002"]}`), 0o600); err != nil {
		t.Fatal(err)
	}
	fail("other keys", h, f, "", "wormhole_bad_signature")
	// Unusable input to the command itself: exit 1.
	if err := runWormholeInspect(nil, &out, h, true, filepath.Join(t.TempDir(), "missing.json"), "", false); err == nil || exitCode(err) != 1 {
		t.Fatalf("missing set file: %v", err)
	}
}

func base64Std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }
