package api

import (
	"bytes"
	"encoding/json"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
	"time"
)

// marshal is the reference encoder: encoding/json with HTML escaping off,
// without the Encoder's newline.
func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// randString mixes the characters JSON encoding treats specially.
func randString(r *rand.Rand) string {
	pieces := []string{"a", "Z", "0", " ", "\"", "\\", "<", ">", "&", "\n", "\t", "\r", "\b", "\f", "\x00", "\x1f", "\x7f",
		"é", "→", "\u2028", "\u2029", "\xff", "\xc3", "USDC@ethereum", " -[cctp]-> ", "😀"}
	n := r.IntN(8)
	var b []byte
	for i := 0; i < n; i++ {
		b = append(b, pieces[r.IntN(len(pieces))]...)
	}
	return string(b)
}

func randFloat(r *rand.Rand) float64 {
	switch r.IntN(8) {
	case 0:
		return 0
	case 1:
		return math.Copysign(0, -1)
	case 2:
		return r.Float64() * 1e-7
	case 3:
		return r.Float64() * 1e25
	case 4:
		return -r.Float64() * 1000
	case 5:
		return float64(r.IntN(1000))
	case 6:
		return 1e21
	default:
		return r.NormFloat64() * math.Pow(10, float64(r.IntN(40)-20))
	}
}

func randRoute(r *rand.Rand) Route {
	rt := Route{RouteHash: randString(r), AmountOut: randString(r), MinOut: randString(r), FeeUSD: randFloat(r), FeeBps: randFloat(r),
		ScoreUSD: randFloat(r), ETAP50S: randFloat(r), ETAP90S: randFloat(r), Success: randFloat(r)}
	if r.IntN(5) > 0 {
		rt.Hops = []Hop{}
		for i := r.IntN(4); i > 0; i-- {
			rt.Hops = append(rt.Hops, Hop{Bridge: randString(r), Protocol: randString(r), From: randString(r), To: randString(r), AmountIn: randString(r),
				AmountOut: randString(r), Fee: randString(r), FeeUSD: randFloat(r), ETAP50S: randFloat(r), ETAP90S: randFloat(r), Success: randFloat(r), Trust: randString(r)})
		}
	}
	if r.IntN(3) == 0 {
		rt.Alternatives = r.IntN(7) - 1
	}
	return rt
}

func randTx(r *rand.Rand, depth int) *UnsignedTx {
	pick := func() string {
		if r.IntN(2) == 0 {
			return ""
		}
		return randString(r)
	}
	u := &UnsignedTx{Chain: randString(r), ChainID: randString(r), From: randString(r), To: randString(r), Data: randString(r), Value: randString(r),
		Nonce: pick(), GasLimit: pick(), MaxFeePerGas: pick(), MaxPriorityFeePerGas: pick()}
	if depth == 0 {
		for i := r.IntN(3); i > 0; i-- {
			u.Approvals = append(u.Approvals, *randTx(r, 1))
		}
	}
	return u
}

// TestAppendJSONMatchesEncodingJSON holds the hand-written encoder to
// encoding/json's exact output (HTML escaping off) on random replies full
// of awkward strings and floats.
func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		q := QuoteReply{QuoteID: randString(r), ExpiresAt: time.Unix(r.Int64N(4e9), r.Int64N(1e9)).In(time.FixedZone("z", r.IntN(20)*1800-36000)),
			From: randString(r), To: randString(r), Amount: randString(r), Preset: randString(r)}
		if r.IntN(6) > 0 {
			q.Routes = []Route{}
			for j := r.IntN(4); j > 0; j-- {
				q.Routes = append(q.Routes, randRoute(r))
			}
		}
		if r.IntN(3) == 0 {
			q.DominatedRoutes = r.IntN(60) - 5
		}
		for j := r.IntN(3); j > 0; j-- {
			q.Split = append(q.Split, SplitPart{Share: randString(r), Route: randRoute(r)})
		}
		if r.IntN(4) > 0 {
			q.Why = []string{}
			for j := r.IntN(4); j > 0; j-- {
				q.Why = append(q.Why, randString(r))
			}
		}
		if r.IntN(2) == 0 {
			q.SourceTx = randTx(r, 0)
		}
		want, err := marshal(&q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := q.AppendJSON(nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d differs:\n got %s\nwant %s", i, got, want)
		}
	}
}

func TestAppendJSONRefusesNonFiniteFloats(t *testing.T) {
	for _, f := range []float64{math.Inf(1), math.Inf(-1), math.NaN()} {
		q := QuoteReply{Routes: []Route{{FeeUSD: f}}}
		if _, err := marshal(&q); err == nil {
			t.Fatal("encoding/json accepted a non-finite float")
		}
		if _, err := q.AppendJSON(nil); err == nil {
			t.Fatalf("AppendJSON accepted %v", f)
		}
	}
}

// TestWholeFloatsEncodeLikeEncodingJSON covers the integer fast path near
// its edges.
func TestWholeFloatsEncodeLikeEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	vals := []float64{1, -1, 2, 30, 1e6, 1e15, 1 << 50, 1<<50 - 1, 1<<50 + 2, 1 << 53, 1e21, math.Copysign(0, -1), 0, 0.5, -7.000000000000001}
	for i := 0; i < 20000; i++ {
		v := math.Trunc(r.Float64() * math.Pow(2, float64(r.IntN(60))))
		if r.IntN(2) == 0 {
			v = -v
		}
		vals = append(vals, v, v+0.5, math.Nextafter(v, math.Inf(1)))
	}
	for _, v := range vals {
		want, _ := marshal(v)
		got, err := appendFloat(nil, v)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%v: got %s (%v), want %s", v, got, err, want)
		}
	}
}

// TestStringsEncodeLikeEncodingJSON runs the string encoder's plain-byte
// skip over longer strings with special bytes anywhere, and every byte value
// at every position of a short string.
func TestStringsEncodeLikeEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	specials := []string{"\"", "\\", "<", ">", "&", "\x00", "\x1f", "\x7f", "\x20", "é", "\u2028", "\u2029", "\xff", "\xc3", "😀", "!", "~"}
	for n := 0; n < 5000; n++ {
		var b []byte
		for l := r.IntN(40); len(b) < l; {
			if r.IntN(6) == 0 {
				b = append(b, specials[r.IntN(len(specials))]...)
			} else {
				b = append(b, byte(0x20+r.IntN(0x5f)))
			}
		}
		want, _ := marshal(string(b))
		if got := appendString(nil, string(b)); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", b, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for off := 0; off < 19; off++ {
			b := []byte("abcdefghijklmnopqrs") // two words and a tail
			b[off] = byte(c)
			want, _ := marshal(string(b))
			if got := appendString(nil, string(b)); !bytes.Equal(got, want) {
				t.Fatalf("byte %#x at %d: got %s, want %s", c, off, got, want)
			}
		}
	}
}

// TestShortDecimalsEncodeLikeEncodingJSON covers the short-decimal and
// fixed-point paths:
// decimals with up to maxShortDecimals+1 fractional digits, the floats next
// to them, and random floats across the path's range and past its ends.
func TestShortDecimalsEncodeLikeEncodingJSON(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	vals := []float64{1e-4, 1e-4 - 1e-20, 9.99999999e8, 1e9, 0.1, 0.2, 0.3, 0.1 + 0.2, 0.9985, 0.99999, 123456789.5, 1.0001, -0.5, -12.25}
	for i := 0; i < 50000; i++ {
		k := 1 + r.IntN(maxShortDecimals+1)
		m := float64(r.Int64N(int64(1e9 * math.Pow(10, float64(k)))))
		v := m / math.Pow(10, float64(k))
		if r.IntN(2) == 0 {
			v = -v
		}
		vals = append(vals, v, math.Nextafter(v, math.Inf(1)), math.Nextafter(v, math.Inf(-1)),
			math.Nextafter(math.Nextafter(v, 0), 0), r.Float64()*math.Pow(10, float64(r.IntN(14)-5)),
			-r.Float64()*math.Pow(10, float64(r.IntN(30)-8))) // and past the path's ends
	}
	for _, v := range vals {
		want, _ := marshal(v)
		got, err := appendFloat(nil, v)
		if err != nil || !bytes.Equal(got, want) {
			t.Fatalf("%v (%b): got %s (%v), want %s", v, math.Float64bits(v), got, err, want)
		}
	}
}

// FuzzAppendFloat holds appendFloat to encoding/json for any float.
func FuzzAppendFloat(f *testing.F) {
	for _, v := range []float64{0, 1, -1, 0.5, 0.1 + 0.2, 0.9985, 12.25, 1e-4, 1e9, 1e21, 1e-7, 123.456789, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		f.Add(v)
	}
	f.Fuzz(func(t *testing.T, v float64) {
		want, werr := marshal(v)
		got, err := appendFloat(nil, v)
		if (err != nil) != (werr != nil) || (err == nil && !bytes.Equal(got, want)) {
			t.Fatalf("%v: got %s (%v), want %s (%v)", v, got, err, want, werr)
		}
	})
}

// FuzzAppendString holds appendString to encoding/json for any string.
func FuzzAppendString(f *testing.F) {
	for _, s := range []string{"", "USDC@ethereum", "0123456789abcdef0123", "a<b>c&d\"e\\f", "\x00\x1f\x7f\x80\xff", "é→\u2028\u2029😀", "0x1234567890abcdef1234567890abcdef"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := marshal(s)
		if got := appendString(nil, s); !bytes.Equal(got, want) {
			t.Fatalf("%q: got %s, want %s", s, got, want)
		}
	})
}

// plainPrefix against a byte-by-byte oracle: every length up to 40 (whole
// words, a tail of 1-7 bytes, strings of 4-7 bytes read as two halves),
// all plain, and with one byte of each kind that is not plain at every
// position, and two of them.
func TestPlainPrefixMatchesByteLoop(t *testing.T) {
	naive := func(s string) int {
		for i := 0; i < len(s); i++ {
			if !plainByte256[s[i]] {
				return i
			}
		}
		return len(s)
	}
	check := func(s string) {
		t.Helper()
		if got, want := plainPrefix(s), naive(s); got != want {
			t.Fatalf("plainPrefix(%q) = %d, want %d", s, got, want)
		}
		if got, want := plainPrefix([]byte(s)), naive(s); got != want {
			t.Fatalf("plainPrefix([]byte %q) = %d, want %d", s, got, want)
		}
	}
	bad := []byte{0x00, 0x1f, '"', '\\', 0x7f + 1, 0xff}
	for n := 0; n <= 40; n++ {
		plain := []byte(strings.Repeat("a~ 0Z!/?", 6)[:n])
		check(string(plain))
		for i := 0; i < n; i++ {
			for _, c := range bad {
				s := append([]byte(nil), plain...)
				s[i] = c
				check(string(s))
				for j := i + 1; j < n; j += 3 {
					s2 := append([]byte(nil), s...)
					s2[j] = bad[(i+j)%len(bad)]
					check(string(s2))
				}
			}
		}
	}
}

// AppendJSONTailText writes the explanation's sentences as AppendJSONTail
// writes Why's strings, escapes included; no sentences as a nil Why.
func TestAppendJSONTailTextIsTail(t *testing.T) {
	for _, why := range [][]string{nil, {"one."}, {"A -[b:x->y]-> C wins.", "It beats \"B\" by $1.0000: fees\\time.", "é\u2028\x01", ""}} {
		q := &QuoteReply{Why: why, DominatedRoutes: len(why), SourceTx: &UnsignedTx{Chain: "c", To: "0x1", Data: "0x", Value: "0"}}
		want, err := q.AppendJSONTail([]byte("{"))
		if err != nil {
			t.Fatal(err)
		}
		var text []byte
		var ends []int
		for _, s := range why {
			text = append(text, s...)
			ends = append(ends, len(text))
		}
		q.Why = []string{"not read"}
		got, err := q.AppendJSONTailText([]byte("{"), text, ends)
		if err != nil || string(got) != string(want) {
			t.Fatalf("why %q: got %s (%v), want %s", why, got, err, want)
		}
	}
}
