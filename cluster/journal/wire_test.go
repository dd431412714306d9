package journal

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/straitnet/strait/persistence"
)

func TestSubjectToken(t *testing.T) {
	cases := map[string]string{
		"transfer/abc":          "transfer/abc",
		"transfer/01J9.x_y":     "transfer/01J9_2Ex_5Fy",
		"bridge/wh:eth@1-2":     "bridge/wh:eth@1-2",
		"a._._":                 "a_2E_5F_2E_5F",
		"x/y/z.w":               "x/y/z_2Ew",
		"AZaz09/..__::@@--//.x": "",
	}
	for s, want := range cases {
		if persistence.ValidateStream(s) != nil {
			continue
		}
		tok := SubjectToken(s)
		if want != "" && tok != want {
			t.Errorf("SubjectToken(%q) = %q, want %q", s, tok, want)
		}
		if strings.ContainsAny(tok, ". *>\t") {
			t.Errorf("token %q is not one subject token", tok)
		}
		back, err := StreamOfToken(tok)
		if err != nil || back != s {
			t.Errorf("StreamOfToken(%q) = %q %v, want %q", tok, back, err, s)
		}
	}
	for _, bad := range []string{"", "a.b", "a_2", "a_41", "a_2e", "a b", "/a", "a//b", "_", "a_5"} {
		if _, err := StreamOfToken(bad); persistence.CodeOf(err) != persistence.CodeBadStream {
			t.Errorf("StreamOfToken(%q): %v, want %s", bad, err, persistence.CodeBadStream)
		}
	}
}

func FuzzStreamOfToken(f *testing.F) {
	for _, s := range []string{"transfer/abc", "transfer/01J9_2Ex_5Fy", "a_2E", "a_", "a.b", "_5F_5F", "x/_2E/y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tok string) {
		s, err := StreamOfToken(tok)
		if err != nil {
			if persistence.CodeOf(err) != persistence.CodeBadStream {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		// Canonical: a decodable token is exactly the encoding of its stream.
		if SubjectToken(s) != tok {
			t.Fatalf("token %q decodes to %q, which encodes as %q", tok, s, SubjectToken(s))
		}
	})
}

func sampleAppend(t testing.TB) *Append {
	recs := persistence.SealEvents("transfer/w", 0, persistence.Genesis, time.Unix(1700000000, 5),
		[]persistence.Event{{Type: "Submitted", Payload: []byte(`{"a":1}`)}, {Type: "HopStarted"}})
	return &Append{Stream: "transfer/w", Records: recs,
		Index: []persistence.Index{{Name: "status", Value: "PENDING"}}, Unindex: []persistence.Index{{Name: "owner", Value: "0xabc"}}}
}

func TestWireRoundTrip(t *testing.T) {
	a := sampleAppend(t)
	b := encodeAppend(a)
	got, err := DecodeAppend(a.Stream, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Records) != 2 || got.Records[1].Hash != a.Records[1].Hash || got.Records[0].Time != a.Records[0].Time ||
		got.Index[0] != a.Index[0] || got.Unindex[0] != a.Unindex[0] {
		t.Fatalf("round trip: %+v", got)
	}
	if !bytes.Equal(encodeAppend(got), b) {
		t.Fatal("re-encoding differs")
	}
	// Decoding for another stream, a flipped payload byte, a truncation and
	// trailing bytes are all refused with codes.
	if _, err := DecodeAppend("transfer/other", b); persistence.CodeOf(err) != persistence.CodeCorruptRecord {
		t.Fatalf("other stream: %v", err)
	}
	flip := bytes.Clone(b)
	flip[bytes.Index(flip, []byte(`{"a":1}`))+1] ^= 1
	if _, err := DecodeAppend(a.Stream, flip); persistence.CodeOf(err) != persistence.CodeHashMismatch {
		t.Fatalf("flipped payload: %v", err)
	}
	for _, bad := range [][]byte{nil, {2}, b[:len(b)-1], append(bytes.Clone(b), 0)} {
		if _, err := DecodeAppend(a.Stream, bad); persistence.CodeOf(err) == "" {
			t.Fatalf("decoded bad input %x", bad)
		}
	}
}

func FuzzDecodeAppend(f *testing.F) {
	a := sampleAppend(f)
	f.Add(encodeAppend(a))
	f.Add(encodeAppend(&Append{Stream: a.Stream, Records: a.Records[:1]}))
	f.Add([]byte{1, 0})
	f.Add([]byte{1, 1, 0, 0, 0})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		got, err := DecodeAppend("transfer/w", body)
		if err != nil {
			if persistence.CodeOf(err) == "" {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		again, err := DecodeAppend("transfer/w", encodeAppend(got))
		if err != nil {
			t.Fatalf("re-encoded message does not decode: %v", err)
		}
		if len(again.Records) != len(got.Records) || again.LastHash() != got.LastHash() ||
			len(again.Index) != len(got.Index) || len(again.Unindex) != len(got.Unindex) {
			t.Fatal("decode(encode(decode(x))) != decode(x)")
		}
	})
}

// validationCases are requests on both sides of every rule.
func validationCases() []persistence.AppendRequest {
	okEv := []persistence.Event{{Type: "E", Payload: []byte("p")}}
	big := make([]byte, 1<<20)
	many := make([]persistence.Event, 1025)
	for i := range many {
		many[i] = persistence.Event{Type: "E"}
	}
	nine := make([]persistence.Event, 9)
	for i := range nine {
		nine[i] = persistence.Event{Type: "Big", Payload: big}
	}
	ixs := make([]persistence.Index, 65)
	for i := range ixs {
		ixs[i] = persistence.Index{Name: "n", Value: "v"}
	}
	return []persistence.AppendRequest{
		{Stream: "s", Events: okEv},
		{Stream: "", Events: okEv},
		{Stream: "a//b", Events: okEv},
		{Stream: "s"},
		{Stream: "s", Events: many},
		{Stream: "s", Events: many[:1024]},
		{Stream: "s", Events: []persistence.Event{{Type: ""}}},
		{Stream: "s", Events: []persistence.Event{{Type: "a b"}}},
		{Stream: "s", Events: []persistence.Event{{Type: "é"}}},
		{Stream: "s", Events: []persistence.Event{{Type: strings.Repeat("t", 128)}}},
		{Stream: "s", Events: []persistence.Event{{Type: strings.Repeat("t", 129)}}},
		{Stream: "s", Events: []persistence.Event{{Type: "Big", Payload: big}}},
		{Stream: "s", Events: []persistence.Event{{Type: "Big", Payload: append(big, 0)}}},
		{Stream: "s", Events: nine[:8]},
		{Stream: "s", Events: nine},
		{Stream: "s", Events: okEv, Index: ixs[:64]},
		{Stream: "s", Events: okEv, Index: ixs},
		{Stream: "s", Events: okEv, Index: ixs[:32], Unindex: ixs[:33]},
		{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: "A", Value: "v"}}},
		{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: strings.Repeat("n", 65), Value: "v"}}},
		{Stream: "s", Events: okEv, Unindex: []persistence.Index{{Name: "n", Value: ""}}},
		{Stream: "s", Events: okEv, Unindex: []persistence.Index{{Name: "n", Value: strings.Repeat("v", 257)}}},
		{Stream: "s", Events: okEv, Index: []persistence.Index{{Name: "n", Value: "a\x00b"}}},
	}
}

// verdict is what a journal made of a request as far as validation goes.
func verdict(err error) persistence.Code {
	switch c := persistence.CodeOf(err); c {
	case persistence.CodeBadStream, persistence.CodeBadRequest:
		return c
	}
	return "" // accepted (written, or refused later for another reason)
}

func TestValidateMatchesPebble(t *testing.T) {
	pj, err := persistence.Open(t.TempDir(), persistence.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer pj.Close()
	var o persistence.Options
	o.EnsureDefaults()
	for i, req := range validationCases() {
		ours := verdict(validateAppend(&o, &req))
		req.ExpectedSeq, _, _ = pj.Head(context.Background(), req.Stream)
		_, perr := pj.Append(context.Background(), req)
		if theirs := verdict(perr); ours != theirs {
			t.Errorf("case %d: replicated journal says %q, Pebble journal %q (%v)", i, ours, theirs, perr)
		}
	}
}

func FuzzValidateMatchesPebble(f *testing.F) {
	f.Add("transfer/a", "Submitted", 10, "status", "PENDING", 1)
	f.Add("a//b", "E", 0, "n", "v", 1)
	f.Add("s", "bad type", 0, "n", "v", 1)
	f.Add("s", "E", 0, "Bad", "v", 2)
	f.Add("s", "E", 0, "n", "", 0)
	f.Add("s", "E", 1<<20+1, "n", "v", 0)
	pj, err := persistence.Open(f.TempDir(), persistence.Options{MaxPayloadBytes: 4096, MaxAppendBytes: 8192, MaxIndexOps: 3})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { _ = pj.Close() })
	o := persistence.Options{MaxPayloadBytes: 4096, MaxAppendBytes: 8192, MaxIndexOps: 3}
	o.EnsureDefaults()
	f.Fuzz(func(t *testing.T, stream, typ string, payload int, name, value string, nix int) {
		if payload < 0 || payload > 1<<21 || nix < 0 || nix > 8 {
			return
		}
		req := persistence.AppendRequest{Stream: stream,
			Events: []persistence.Event{{Type: typ, Payload: make([]byte, payload)}, {Type: "Second", Payload: make([]byte, payload)}}}
		for i := 0; i < nix; i++ {
			req.Index = append(req.Index, persistence.Index{Name: name, Value: value})
		}
		ours := verdict(validateAppend(&o, &req))
		if ours == "" {
			req.ExpectedSeq, _, _ = pj.Head(context.Background(), req.Stream)
		}
		_, perr := pj.Append(context.Background(), req)
		if theirs := verdict(perr); ours != theirs {
			t.Fatalf("replicated journal says %q, Pebble journal %q (%v)", ours, theirs, perr)
		}
	})
}
