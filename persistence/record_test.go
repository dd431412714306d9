package persistence

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

func sampleRecord() Record {
	return Record{
		Stream:   "transfer/abc",
		Seq:      7,
		Time:     time.Date(2025, 3, 1, 12, 0, 0, 5, time.UTC),
		Type:     "HopDelivered",
		Payload:  []byte(`{"hop":1}`),
		PrevHash: Genesis,
	}
}

func TestGenesisValue(t *testing.T) {
	// The documented genesis value; changing it would orphan every stored
	// stream.
	const want = "0f9f5e8311d73d1d392a2b0cb742bb436b3459deb67ef0010a716a70af6eaa04"
	if got := Genesis.String(); got != want {
		t.Fatalf("genesis = %s, documented %s", got, want)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	r := sampleRecord()
	v := SealRecord(&r)
	if r.Hash != RecordHash(&r) {
		t.Fatal("SealRecord and RecordHash disagree")
	}
	got, err := DecodeRecord("k", v)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stream != r.Stream || got.Seq != r.Seq || !got.Time.Equal(r.Time) || got.Type != r.Type ||
		!bytes.Equal(got.Payload, r.Payload) || got.PrevHash != r.PrevHash || got.Hash != r.Hash {
		t.Fatalf("round trip: %+v != %+v", got, r)
	}
	if !checkValueHash(v) {
		t.Fatal("stored hash does not check")
	}
	// Any single flipped byte is caught: either the structure no longer
	// decodes, or the hash no longer matches.
	for i := range v {
		w := bytes.Clone(v)
		w[i] ^= 0x01
		_, err := DecodeRecord("k", w)
		if err == nil && checkValueHash(w) {
			t.Fatalf("flipping byte %d went unnoticed", i)
		}
	}
}

func TestDecodeRecordErrors(t *testing.T) {
	r := sampleRecord()
	v := SealRecord(&r)
	cases := map[string][]byte{
		"empty":       nil,
		"version":     append([]byte{0x02}, v[1:]...),
		"truncated":   v[:len(v)-1],
		"short":       v[:10],
		"trailing":    append(append(bytes.Clone(v[:len(v)-64]), 'x'), v[len(v)-64:]...),
		"huge length": append([]byte{0x01, 0xff, 0xff, 0xff, 0xff, 0x0f}, make([]byte, 80)...),
		"nonminimal":  append(append([]byte{0x01, 0x8c, 0x00}, v[2:len(v)-64]...), v[len(v)-64:]...),
	}
	for name, in := range cases {
		_, err := DecodeRecord("j/transfer/abc/7", in)
		if !errors.Is(err, ErrCorruptRecord) {
			t.Errorf("%s: %v, want %s", name, err, CodeCorruptRecord)
			continue
		}
		if !strings.Contains(err.Error(), "j/transfer/abc/7") {
			t.Errorf("%s: error %q does not name the key", name, err)
		}
	}
}

// FuzzDecodeRecord: the decoder never panics, and whatever it accepts
// re-encodes to exactly the same bytes (the encoding is canonical).
func FuzzDecodeRecord(f *testing.F) {
	r := sampleRecord()
	v := SealRecord(&r)
	f.Add(v)
	f.Add(v[:len(v)/2])
	f.Add([]byte{0x01})
	empty := Record{Stream: "s", Seq: 1, Type: "E", Time: time.Unix(0, 0).UTC()}
	f.Add(SealRecord(&empty))
	f.Fuzz(func(t *testing.T, in []byte) {
		got, err := DecodeRecord("k", in)
		if err != nil {
			if CodeOf(err) != CodeCorruptRecord {
				t.Fatalf("error without the corrupt-record code: %v", err)
			}
			return
		}
		re := got
		body := appendBody(nil, &re)
		out := append(append(body, re.PrevHash[:]...), re.Hash[:]...)
		if !bytes.Equal(out, in) {
			t.Fatalf("decode/encode not canonical:\n in %x\nout %x", in, out)
		}
	})
}

func FuzzDecodeSnapshot(f *testing.F) {
	f.Add(encodeSnapshot(Snapshot{Seq: 3, RecordHash: Genesis, Time: time.Unix(1, 2).UTC(), State: []byte("state")}))
	f.Add([]byte{0x01, 0x00})
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := DecodeSnapshot("s/k", in)
		if err != nil {
			if CodeOf(err) != CodeCorruptSnapshot {
				t.Fatalf("error without the corrupt-snapshot code: %v", err)
			}
			return
		}
		if out := encodeSnapshot(s); !bytes.Equal(out, in) {
			t.Fatalf("snapshot decode/encode not canonical")
		}
	})
}

func FuzzDecodeIndexValue(f *testing.F) {
	f.Add(encodeIndexValue(9, Genesis))
	f.Add([]byte{0x01})
	f.Fuzz(func(t *testing.T, in []byte) {
		seq, h, err := DecodeIndexValue("x/k", in)
		if err != nil {
			if CodeOf(err) != CodeCorruptIndex {
				t.Fatalf("error without the corrupt-index code: %v", err)
			}
			return
		}
		if out := encodeIndexValue(seq, h); !bytes.Equal(out, in) {
			t.Fatalf("index value decode/encode not canonical")
		}
	})
}

func FuzzKeys(f *testing.F) {
	f.Add([]byte("j/transfer/abc\x00\x00\x00\x00\x00\x00\x00\x00\x07"))
	f.Add([]byte("x/owner\x000xabc\x00transfer/abc"))
	f.Fuzz(func(t *testing.T, k []byte) {
		if stream, seq, ok := parseRecordKey(k); ok && !bytes.Equal(recordKey(stream, seq), k) {
			t.Fatalf("record key %q parses but does not round-trip", k)
		}
		if name, value, stream, ok := parseIndexKey(k); ok && !bytes.Equal(indexKey(name, value, stream), k) {
			t.Fatalf("index key %q parses but does not round-trip", k)
		}
	})
}

func TestKeysOrder(t *testing.T) {
	// Records of "a" sort before those of "a/b" and "a.b", and sequences
	// sort numerically.
	keys := [][]byte{recordKey("a", 1), recordKey("a", 2), recordKey("a", 256), recordKey("a.b", 1), recordKey("a/b", 1)}
	for i := 1; i < len(keys); i++ {
		if bytes.Compare(keys[i-1], keys[i]) >= 0 {
			t.Fatalf("key %d %q does not sort before %q", i-1, keys[i-1], keys[i])
		}
	}
	lo, hi := streamBounds("a")
	for _, k := range keys {
		in := bytes.Compare(k, lo) >= 0 && bytes.Compare(k, hi) < 0
		stream, _, _ := parseRecordKey(k)
		if in != (stream == "a") {
			t.Fatalf("bounds of a misclassify %q", k)
		}
	}
}

// TestNewRecordsCopies: the records an append returns hold copies of the
// payloads (a small one-event append shares one allocation with its record;
// the others share one buffer): nil stays nil, and appending to one payload
// can neither change the caller's buffer nor the next record's payload.
func TestNewRecordsCopies(t *testing.T) {
	for _, evs := range [][]Event{
		{{Type: "A", Payload: []byte("small")}},
		{{Type: "A", Payload: bytes.Repeat([]byte{'x'}, smallPayload+1)}},
		{{Type: "A", Payload: []byte("one")}, {Type: "B"}, {Type: "C", Payload: []byte{}}, {Type: "D", Payload: []byte("four")}},
	} {
		orig := make([][]byte, len(evs))
		for i, ev := range evs {
			orig[i] = bytes.Clone(ev.Payload)
		}
		recs := newRecords("s", evs)
		if len(recs) != len(evs) {
			t.Fatalf("%d records for %d events", len(recs), len(evs))
		}
		for i, r := range recs {
			if r.Stream != "s" || r.Type != evs[i].Type || !bytes.Equal(r.Payload, evs[i].Payload) || (r.Payload == nil) != (evs[i].Payload == nil) {
				t.Fatalf("record %d: %+v for event %+v", i, r, evs[i])
			}
			if len(r.Payload) > 0 && &r.Payload[0] == &evs[i].Payload[0] {
				t.Fatalf("record %d aliases the event's payload", i)
			}
			_ = append(r.Payload, "overflow"...)
		}
		for i := range recs {
			if !bytes.Equal(recs[i].Payload, orig[i]) || !bytes.Equal(evs[i].Payload, orig[i]) {
				t.Fatalf("payload %d changed by an append to another: %q", i, recs[i].Payload)
			}
		}
	}
}

// TestAppendHashedMatchesRecordHash: the in-place hash of the append path,
// SealRecord and RecordHash agree, and the stored value decodes back.
func TestAppendHashedMatchesRecordHash(t *testing.T) {
	r := Record{Stream: "transfer/x", Seq: 3, Time: time.Unix(5, 6).UTC(), Type: "T", Payload: bytes.Repeat([]byte{7}, 1000), PrevHash: Hash{9}}
	buf, v0, h := appendHashed([]byte("junk before"), &r)
	if h != RecordHash(&r) || string(buf[:11]) != "junk before" {
		t.Fatalf("hash %v, RecordHash %v", h, RecordHash(&r))
	}
	s := r
	if v := SealRecord(&s); !bytes.Equal(v, buf[v0:]) || s.Hash != h {
		t.Fatal("SealRecord and appendHashed disagree")
	}
	got, err := DecodeRecord("k", buf[v0:])
	if err != nil || got.Hash != h || !checkValueHash(buf[v0:]) {
		t.Fatalf("decode: %+v %v", got, err)
	}
}
