package api

import (
	"fmt"
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends the reply's JSON encoding to b: byte for byte what
// encoding/json's Marshal gives (a test holds it to that), without
// reflection. Quote replies are the wallet API's largest and most frequent
// answer, and reflection-based encoding was a fifth of a quote's cost.
func (q *QuoteReply) AppendJSON(b []byte) ([]byte, error) {
	var err error
	b = append(b, `{"quote_id":`...)
	b = appendString(b, q.QuoteID)
	b = append(b, `,"expires_at":`...)
	t, terr := q.ExpiresAt.MarshalJSON()
	if terr != nil {
		return nil, fmt.Errorf("expires_at: %w", terr)
	}
	b = append(b, t...)
	b = append(b, `,"from":`...)
	b = appendString(b, q.From)
	b = append(b, `,"to":`...)
	b = appendString(b, q.To)
	b = append(b, `,"amount":`...)
	b = appendString(b, q.Amount)
	b = append(b, `,"preset":`...)
	b = appendString(b, q.Preset)
	b = append(b, `,"routes":`...)
	if q.Routes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range q.Routes {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = q.Routes[i].appendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	if len(q.Split) > 0 {
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
		b = append(b, ']')
	}
	b = append(b, `,"why":`...)
	b = appendStrings(b, q.Why)
	if q.SourceTx != nil {
		b = append(b, `,"source_tx":`...)
		b = q.SourceTx.appendJSON(b)
	}
	return append(b, '}'), nil
}

func (r *Route) appendJSON(b []byte) ([]byte, error) {
	var err error
	b = append(b, `{"route_hash":`...)
	b = appendString(b, r.RouteHash)
	b = append(b, `,"amount_out":`...)
	b = appendString(b, r.AmountOut)
	b = append(b, `,"min_out":`...)
	b = appendString(b, r.MinOut)
	for _, f := range [...]struct {
		key string
		v   float64
	}{{`,"fee_usd":`, r.FeeUSD}, {`,"fee_bps":`, r.FeeBps}, {`,"score_usd":`, r.ScoreUSD}, {`,"eta_p50_s":`, r.ETAP50S}, {`,"eta_p90_s":`, r.ETAP90S}, {`,"success":`, r.Success}} {
		b = append(b, f.key...)
		if b, err = appendFloat(b, f.v); err != nil {
			return nil, fmt.Errorf("route %s: %w", f.key, err)
		}
	}
	b = append(b, `,"hops":`...)
	if r.Hops == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range r.Hops {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = r.Hops[i].appendJSON(b); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	if r.Alternatives != 0 {
		b = append(b, `,"alternatives":`...)
		b = strconv.AppendInt(b, int64(r.Alternatives), 10)
	}
	return append(b, '}'), nil
}

func (h *Hop) appendJSON(b []byte) ([]byte, error) {
	var err error
	b = append(b, `{"bridge":`...)
	b = appendString(b, h.Bridge)
	b = append(b, `,"protocol":`...)
	b = appendString(b, h.Protocol)
	b = append(b, `,"from":`...)
	b = appendString(b, h.From)
	b = append(b, `,"to":`...)
	b = appendString(b, h.To)
	b = append(b, `,"amount_in":`...)
	b = appendString(b, h.AmountIn)
	b = append(b, `,"amount_out":`...)
	b = appendString(b, h.AmountOut)
	b = append(b, `,"fee":`...)
	b = appendString(b, h.Fee)
	for _, f := range [...]struct {
		key string
		v   float64
	}{{`,"fee_usd":`, h.FeeUSD}, {`,"eta_p50_s":`, h.ETAP50S}, {`,"eta_p90_s":`, h.ETAP90S}, {`,"success":`, h.Success}} {
		b = append(b, f.key...)
		if b, err = appendFloat(b, f.v); err != nil {
			return nil, fmt.Errorf("hop %s: %w", f.key, err)
		}
	}
	b = append(b, `,"trust":`...)
	b = appendString(b, h.Trust)
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

const hexDigits = "0123456789abcdef"

// plainByte marks the ASCII bytes that appear in a JSON string as they are.
var plainByte = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// plainByte256 is plainByte over every byte value (false from 0x80 up).
var plainByte256 = func() (t [256]bool) {
	copy(t[:], plainByte[:])
	return t
}()

// appendString quotes s as encoding/json does with its default HTML
// escaping: <, > and & become \u003c, \u003e, \u0026; invalid UTF-8 becomes
// \ufffd; U+2028 and U+2029 are escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		// Skip plain bytes with one table load each (indexing a [256]bool
		// with a byte needs no bounds check): most of a reply is ids and
		// digits.
		for i < len(s) && plainByte256[s[i]] {
			i++
		}
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
