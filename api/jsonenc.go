package api

import (
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

// AppendJSON appends the reply's JSON encoding to b: byte for byte what
// encoding/json gives with HTML escaping off (an Encoder with
// SetEscapeHTML(false), without its newline; a test holds it to that),
// without reflection. Quote replies are the wallet API's largest and most
// frequent answer, and reflection-based encoding was a fifth of a quote's
// cost. HTML escaping is off because a reply goes to a program over NATS,
// never into a web page: it turned the '>' of every bridge id and every
// explanation ("a -[bridge]-> b") into \u003e, six bytes for one and a
// slow path for the encoder.
func (q *QuoteReply) AppendJSON(b []byte) ([]byte, error) {
	b, err := q.AppendJSONHead(b)
	if err != nil {
		return nil, err
	}
	if b, err = AppendJSONArray(b, q.Routes == nil, len(q.Routes), func(b []byte, i int) ([]byte, error) {
		return q.Routes[i].appendJSON(b)
	}); err != nil {
		return nil, err
	}
	return q.AppendJSONTail(b)
}

// AppendJSONArray appends a JSON array of n items, each appended by item,
// or null when null is set (encoding/json's nil slice).
func AppendJSONArray(b []byte, null bool, n int, item func(b []byte, i int) ([]byte, error)) ([]byte, error) {
	if null {
		return append(b, "null"...), nil
	}
	b = append(b, '[')
	for i := range n {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = item(b, i); err != nil {
			return nil, err
		}
	}
	return append(b, ']'), nil
}

// AppendJSONHead appends the first part of AppendJSON's encoding: up to
// the routes, `{"quote_id":…,"preset":…,"routes":`. A quote service that
// writes its routes straight from its router's answer (no Route values to
// build and throw away) writes them between AppendJSONHead and
// AppendJSONTail; q.Routes is not read.
func (q *QuoteReply) AppendJSONHead(b []byte) ([]byte, error) {
	b = append(b, `{"quote_id":`...)
	b = appendString(b, q.QuoteID)
	b = append(b, `,"expires_at":`...)
	if t := q.ExpiresAt; t.Location() == time.UTC && t.Year() >= 0 && t.Year() <= 9999 {
		// What MarshalJSON writes for a UTC time in its range, without
		// the allocation.
		b = append(b, '"')
		b = t.AppendFormat(b, time.RFC3339Nano)
		b = append(b, '"')
	} else {
		t, terr := q.ExpiresAt.MarshalJSON()
		if terr != nil {
			return nil, fmt.Errorf("expires_at: %w", terr)
		}
		b = append(b, t...)
	}
	b = append(b, `,"from":`...)
	b = appendString(b, q.From)
	b = append(b, `,"to":`...)
	b = appendString(b, q.To)
	b = append(b, `,"amount":`...)
	b = appendString(b, q.Amount)
	b = append(b, `,"preset":`...)
	b = appendString(b, q.Preset)
	return append(b, `,"routes":`...), nil
}

// AppendJSONTail appends the rest of AppendJSON's encoding after the
// routes: the split, the explanations, the source transaction and the
// closing brace.
func (q *QuoteReply) AppendJSONTail(b []byte) ([]byte, error) {
	b, err := q.appendDominatedSplit(b)
	if err != nil {
		return nil, err
	}
	b = append(b, `,"why":`...)
	return q.appendSourceTxEnd(appendStrings(b, q.Why)), nil
}

// AppendJSONTailText is AppendJSONTail with the explanations given as
// sentences written one after the other into why, each ending at its
// offset in ends (q.Why is not read): what routing.Answer.AppendWhy
// gives, without strings made for them. No sentences write as a nil Why
// does.
func (q *QuoteReply) AppendJSONTailText(b, why []byte, ends []int) ([]byte, error) {
	b, err := q.appendDominatedSplit(b)
	if err != nil {
		return nil, err
	}
	b = append(b, `,"why":`...)
	if len(ends) == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		start := 0
		for i, e := range ends {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendText(b, why[start:e])
			start = e
		}
		b = append(b, ']')
	}
	return q.appendSourceTxEnd(b), nil
}

// appendDominatedSplit appends the count of routes left out and the
// reply's split, each if it has one.
func (q *QuoteReply) appendDominatedSplit(b []byte) ([]byte, error) {
	if q.DominatedRoutes != 0 {
		b = append(b, `,"dominated_routes":`...)
		b = strconv.AppendInt(b, int64(q.DominatedRoutes), 10)
	}
	if len(q.Split) == 0 {
		return b, nil
	}
	var err error
	b = append(b, `,"split":[`...)
	for i := range q.Split {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"share":`...)
		b = appendString(b, q.Split[i].Share)
		b = append(b, `,"route":`...)
		if b, err = q.Split[i].Route.appendJSON(b); err != nil {
			return nil, err
		}
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// appendSourceTxEnd appends the source transaction, if any, and the
// closing brace.
func (q *QuoteReply) appendSourceTxEnd(b []byte) []byte {
	if q.SourceTx != nil {
		b = append(b, `,"source_tx":`...)
		b = q.SourceTx.appendJSON(b)
	}
	return append(b, '}')
}

func (r *Route) appendJSON(b []byte) ([]byte, error) {
	b, err := appendRouteStart(b, r.RouteHash, r.AmountOut, r.MinOut, &[6]float64{r.FeeUSD, r.FeeBps, r.ScoreUSD, r.ETAP50S, r.ETAP90S, r.Success})
	if err != nil {
		return nil, err
	}
	if b, err = AppendJSONArray(b, r.Hops == nil, len(r.Hops), func(b []byte, i int) ([]byte, error) {
		h := &r.Hops[i]
		return appendHop(b, h.Bridge, h.Protocol, h.From, h.To, h.AmountIn, h.AmountOut, h.Fee,
			h.FeeUSD, h.ETAP50S, h.ETAP90S, h.Success, h.Trust)
	}); err != nil {
		return nil, err
	}
	return AppendRouteJSONEnd(b, r.Alternatives), nil
}

// RouteJSON is a route's figures for AppendRouteJSONStart: Route's fields
// but its hops and alternatives, with the amounts as bytes (decimal
// digits), so that a quote service can write its routes straight from its
// router's answer, its amounts formatted in a scratch buffer, without
// Route values to build and throw away. The bytes written are those
// QuoteReply.AppendJSON writes for the equivalent Route.
type RouteJSON struct {
	RouteHash         []byte
	AmountOut, MinOut []byte
	FeeUSD, FeeBps    float64
	ScoreUSD          float64
	ETAP50S, ETAP90S  float64
	Success           float64
}

// AppendRouteJSONStart appends a route's JSON up to its hops:
// `{"route_hash":…,…,"success":…,"hops":`. The hops follow (as a JSON
// array of AppendHopJSON's, or null), then AppendRouteJSONEnd.
func AppendRouteJSONStart(b []byte, r *RouteJSON) ([]byte, error) {
	return appendRouteStart(b, r.RouteHash, r.AmountOut, r.MinOut, &[6]float64{r.FeeUSD, r.FeeBps, r.ScoreUSD, r.ETAP50S, r.ETAP90S, r.Success})
}

// AppendRouteJSONEnd closes a route begun with AppendRouteJSONStart.
func AppendRouteJSONEnd(b []byte, alternatives int) []byte {
	if alternatives != 0 {
		b = append(b, `,"alternatives":`...)
		b = strconv.AppendInt(b, int64(alternatives), 10)
	}
	return append(b, '}')
}

// HopJSON is a hop's figures for AppendHopJSON: Hop's fields with the
// amounts as bytes (see RouteJSON).
type HopJSON struct {
	Bridge, Protocol, From, To string
	AmountIn, AmountOut, Fee   []byte
	FeeUSD, ETAP50S, ETAP90S   float64
	Success                    float64
	Trust                      string
}

// AppendHopJSON appends a hop's JSON: the bytes QuoteReply.AppendJSON
// writes for the equivalent Hop.
func AppendHopJSON(b []byte, h *HopJSON) ([]byte, error) {
	return appendHop(b, h.Bridge, h.Protocol, h.From, h.To, h.AmountIn, h.AmountOut, h.Fee,
		h.FeeUSD, h.ETAP50S, h.ETAP90S, h.Success, h.Trust)
}

// text is a string or its bytes: the typed reply holds its amounts as
// strings, a quote service writing straight from its answer as bytes.
type text interface{ string | []byte }

// appendText is appendString for either kind of text: plain text (digits,
// ids) is copied as it is, anything else goes through appendString.
func appendText[T text](b []byte, t T) []byte {
	if plainPrefix(t) < len(t) {
		return appendString(b, string(t))
	}
	b = append(b, '"')
	b = append(b, t...)
	return append(b, '"')
}

var routeFloatKeys = [6]string{`,"fee_usd":`, `,"fee_bps":`, `,"score_usd":`, `,"eta_p50_s":`, `,"eta_p90_s":`, `,"success":`}

func appendRouteStart[T text](b []byte, hash, amountOut, minOut T, figures *[6]float64) ([]byte, error) {
	var err error
	b = append(b, `{"route_hash":`...)
	b = appendText(b, hash)
	b = append(b, `,"amount_out":`...)
	b = appendText(b, amountOut)
	b = append(b, `,"min_out":`...)
	b = appendText(b, minOut)
	for i, v := range figures {
		b = append(b, routeFloatKeys[i]...)
		if b, err = appendFloat(b, v); err != nil {
			return nil, fmt.Errorf("route %s: %w", routeFloatKeys[i], err)
		}
	}
	return append(b, `,"hops":`...), nil
}

// appendHop takes the hop's fields one by one: the quote service's
// digits passed in a struct, by pointer or by value, were taken to escape
// into the generic function and went to the heap.
func appendHop[T text](b []byte, bridge, protocol, from, to string, amountIn, amountOut, fee T,
	feeUSD, p50, p90, success float64, trust string) ([]byte, error) {
	var err error
	b = append(b, `{"bridge":`...)
	b = appendString(b, bridge)
	b = append(b, `,"protocol":`...)
	b = appendString(b, protocol)
	b = append(b, `,"from":`...)
	b = appendString(b, from)
	b = append(b, `,"to":`...)
	b = appendString(b, to)
	b = append(b, `,"amount_in":`...)
	b = appendText(b, amountIn)
	b = append(b, `,"amount_out":`...)
	b = appendText(b, amountOut)
	b = append(b, `,"fee":`...)
	b = appendText(b, fee)
	for _, f := range [...]struct {
		key string
		v   float64
	}{{`,"fee_usd":`, feeUSD}, {`,"eta_p50_s":`, p50}, {`,"eta_p90_s":`, p90}, {`,"success":`, success}} {
		b = append(b, f.key...)
		if b, err = appendFloat(b, f.v); err != nil {
			return nil, fmt.Errorf("hop %s: %w", f.key, err)
		}
	}
	b = append(b, `,"trust":`...)
	b = appendString(b, trust)
	return append(b, '}'), nil
}

func (u *UnsignedTx) appendJSON(b []byte) []byte {
	b = append(b, `{"chain":`...)
	b = appendString(b, u.Chain)
	b = append(b, `,"chain_id":`...)
	b = appendString(b, u.ChainID)
	b = append(b, `,"from":`...)
	b = appendString(b, u.From)
	b = append(b, `,"to":`...)
	b = appendString(b, u.To)
	b = append(b, `,"data":`...)
	b = appendString(b, u.Data)
	b = append(b, `,"value":`...)
	b = appendString(b, u.Value)
	for _, f := range [...]struct{ key, v string }{{`,"nonce":`, u.Nonce}, {`,"gas_limit":`, u.GasLimit},
		{`,"max_fee_per_gas":`, u.MaxFeePerGas}, {`,"max_priority_fee_per_gas":`, u.MaxPriorityFeePerGas}} {
		if f.v != "" {
			b = append(b, f.key...)
			b = appendString(b, f.v)
		}
	}
	if len(u.Approvals) > 0 {
		b = append(b, `,"approvals":[`...)
		for i := range u.Approvals {
			if i > 0 {
				b = append(b, ',')
			}
			b = u.Approvals[i].appendJSON(b)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendStrings(b []byte, xs []string) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, x := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendString(b, x)
	}
	return append(b, ']')
}

// appendFloat formats like encoding/json (ES6 number formatting); like it,
// it refuses NaN and infinities.
func appendFloat(b []byte, f float64) ([]byte, error) {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return nil, fmt.Errorf("unsupported value: %s", strconv.FormatFloat(f, 'g', -1, 64))
	}
	abs := math.Abs(f)
	// Whole numbers below 2^50 (ETAs in seconds, mostly) print as their
	// integer digits, which is also the shortest decimal that reads back as
	// f; the general shortest-decimal search costs ten times as much.
	if abs < 1<<50 && f != 0 && f == math.Trunc(f) {
		return strconv.AppendInt(b, int64(f), 10), nil
	}
	if abs >= 1e-4 && abs < 1e9 {
		// Short decimals (an ETA of 12.5 s, a success of 0.998, a fee in
		// micro-dollars): the shortest decimal that reads back as f has
		// at most six fractional digits exactly when m = round(f×10^6)
		// gives m/10^6 == f, and it is then m's digits without their
		// trailing zeros. In this range f×10^6 < 2^50, so the product is
		// within 1/16 of its true value and m is the nearest integer when
		// a six-digit decimal reads back; m and 10^6 are exact floats and
		// the division rounds as parsing the decimal does; and floats near
		// f are closer together than 10^-6, so no other decimal with as
		// few digits reads back as f. (A test and a fuzz target hold this
		// to strconv.)
		m := uint64(abs*1e6 + 0.5)
		if float64(m)/1e6 == abs {
			return appendMicros(b, f < 0, m), nil
		}
	}
	if abs >= 1e-6 && abs < 1e21 {
		return appendFixed(b, f), nil
	}
	format := byte('f')
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 → e-9, as encoding/json does.
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b, nil
}

// maxShortDecimals is the most fractional digits appendFloat's short
// decimal path writes (the quote service rounds its dollar figures to
// micro-dollars and its probabilities to millionths).
const maxShortDecimals = 6

// appendFixed appends f (1e-6 <= |f| < 1e21) as strconv's 'f' format with
// the shortest precision does: it takes the same shortest digits in 'e'
// form, whose digits are copied in one piece, and places the point
// ('f' writes the fraction a byte at a time).
func appendFixed(b []byte, f float64) []byte {
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], math.Abs(f), 'e', -1, 64) // d[.ddd]e±XX
	x := len(e) - 1
	for e[x] != 'e' {
		x--
	}
	exp := 0
	for _, c := range e[x+2:] {
		exp = exp*10 + int(c-'0')
	}
	if e[x+1] == '-' {
		exp = -exp
	}
	var dig [24]byte
	digits := append(dig[:0], e[0])
	if x > 1 {
		digits = append(digits, e[2:x]...)
	}
	if f < 0 {
		b = append(b, '-')
	}
	dp := exp + 1 // digits before the point
	switch {
	case dp <= 0:
		b = append(b, '0', '.')
		for ; dp < 0; dp++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	case len(digits) <= dp:
		b = append(b, digits...)
		for i := len(digits); i < dp; i++ {
			b = append(b, '0')
		}
	default:
		b = append(b, digits[:dp]...)
		b = append(b, '.')
		b = append(b, digits[dp:]...)
	}
	return b
}

// appendMicros appends m×10^-6 (m not a multiple of 10^6) with its
// fractional digits up to the last that is not zero. The reply's figures
// are mostly small (dollars, seconds, probabilities): their whole part
// takes one or two digits, and the six fractional digits are written as
// three pairs.
func appendMicros(b []byte, neg bool, m uint64) []byte {
	if neg {
		b = append(b, '-')
	}
	whole, frac := m/1e6, uint32(m%1e6)
	switch {
	case whole < 10:
		b = append(b, byte('0'+whole))
	case whole < 100:
		b = append(b, digitPairs[2*whole], digitPairs[2*whole+1])
	default:
		b = strconv.AppendUint(b, whole, 10)
	}
	hi, mid, lo := frac/10000, frac/100%100, frac%100 // (constant divisors: multiplications)
	d := [7]byte{'.', digitPairs[2*hi], digitPairs[2*hi+1], digitPairs[2*mid], digitPairs[2*mid+1], digitPairs[2*lo], digitPairs[2*lo+1]}
	n := 7
	for d[n-1] == '0' {
		n--
	}
	return append(b, d[:n]...)
}

// digitPairs holds 00 to 99, two bytes each.
const digitPairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" +
	"40414243444546474849" + "50515253545556575859" + "60616263646566676869" + "70717273747576777879" +
	"80818283848586878889" + "90919293949596979899"

const hexDigits = "0123456789abcdef"

// plainByte marks the ASCII bytes that appear in a JSON string as they are.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\'
	}
	return t
}()

// plainByte256 is plainByte over every byte value (false from 0x80 up).
var plainByte256 = func() (t [256]bool) {
	copy(t[:], plainByte[:])
	return t
}()

// appendString quotes s as encoding/json does with HTML escaping off:
// control characters, '"' and '\\' escaped; invalid UTF-8 becomes \ufffd;
// U+2028 and U+2029 are escaped (encoding/json always escapes them).
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	// Most strings of a reply (ids, digits, hashes, explanations) have
	// nothing to escape: find the plain prefix eight bytes at a time and
	// copy it at once.
	i := plainPrefix(s)
	if i == len(s) {
		b = append(b, s...)
		return append(b, '"')
	}
	start := 0
	for i < len(s) {
		i += plainPrefix(s[i:])
		if i == len(s) {
			break
		}
		if c := s[i]; c < utf8.RuneSelf {
			if plainByte[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// plainPrefix is the length of s's leading run of plain bytes (plainByte).
func plainPrefix[T text](s T) int {
	// Eight bytes at a time (SWAR). hasZero(v) = (v - ones) &^ v & highs is
	// non-zero exactly when a byte of v is zero; with no byte of x at 0x80
	// or above, (x - 0x20×ones) &^ x & highs has a high bit exactly when a
	// byte is below 0x20.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := s[i : i+8] // (one bounds check for the eight loads, which combine into one)
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		q, bs := x^'"'*ones, x^'\\'*ones
		bad := x&highs | (x-0x20*ones)&^x&highs | (q-ones)&^q&highs | (bs-ones)&^bs&highs
		if bad != 0 {
			break
		}
	}
	// (Indexing a [256]bool with a byte needs no bounds check.)
	for i < len(s) && plainByte256[s[i]] {
		i++
	}
	return i
}
