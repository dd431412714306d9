package api

import "strconv"

// decodeQuoteRequest is the one-pass path of Decode for quote requests: it
// walks the body once, checking it against quote.request.json's rules while
// it fills q. It takes only the plain shape every ordinary request has
// (ASCII strings without escapes, integers without fraction or exponent, no
// duplicate keys) and reports false for anything else — including every
// invalid body — so that Decode falls back to the schema validator, which
// gives the coded error and field. What this path accepts, the schema path
// accepts too and decodes to the same value (FuzzQuoteDecodePaths holds it
// to that); it exists because the schema path parses a quote request twice
// (once generically for the validator, once into the struct) and was about a
// seventh of a quote's cost.
func decodeQuoteRequest(body []byte, q *QuoteRequest) bool {
	if len(body) > MaxMessageBytes {
		return false
	}
	// One string holds every field: a single allocation instead of one per
	// field (the fields are substrings of it).
	p := quoteParser{b: body, s: string(body)}
	var out QuoteRequest
	var seen uint16
	const (
		fFrom = 1 << iota
		fTo
		fAmount
		fOwner
		fRecipient
		fRefund
		fPreset
		fK
		fConstraints
		fAllRoutes
		required = fFrom | fTo | fAmount | fOwner | fRecipient
	)
	ok := p.object(func(key string) bool {
		var bit uint16
		var okv bool
		switch key {
		case "from":
			bit = fFrom
			out.From, okv = p.str()
			okv = okv && assetID(out.From)
		case "to":
			bit = fTo
			out.To, okv = p.str()
			okv = okv && assetID(out.To)
		case "amount":
			bit = fAmount
			out.Amount, okv = p.str()
			okv = okv && baseUnits(out.Amount)
		case "owner":
			bit = fOwner
			out.Owner, okv = p.str()
			okv = okv && len(out.Owner) >= 1 && len(out.Owner) <= 128
		case "recipient":
			bit = fRecipient
			out.Recipient, okv = p.str()
			okv = okv && len(out.Recipient) >= 1 && len(out.Recipient) <= 128
		case "refund_address":
			bit = fRefund
			out.RefundAddress, okv = p.str()
			okv = okv && len(out.RefundAddress) >= 1 && len(out.RefundAddress) <= 128
		case "preset":
			bit = fPreset
			out.Preset, okv = p.str()
			switch out.Preset {
			case "cheapest", "fastest", "safest", "recommended":
			default:
				okv = false
			}
		case "k":
			bit = fK
			out.K, okv = p.integer(1, 50)
		case "constraints":
			bit = fConstraints
			out.Constraints, okv = p.constraints()
		case "all_routes":
			bit = fAllRoutes
			out.AllRoutes, okv = p.boolean()
		default:
			return false // unknown fields are the schema path's to report
		}
		if !okv || seen&bit != 0 {
			return false
		}
		seen |= bit
		return true
	})
	if !ok || seen&required != required || !p.end() {
		return false
	}
	*q = out
	return true
}

// assetID matches ^[^@\s]{1,64}@[a-z0-9][a-z0-9._-]{0,63}$ on an ASCII
// string (the parser lets only printable ASCII through).
func assetID(s string) bool {
	at := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '@' {
			at = i
			break
		}
		if c == ' ' {
			return false
		}
	}
	if at < 1 || at > 64 {
		return false
	}
	chain := s[at+1:]
	if len(chain) < 1 || len(chain) > 64 {
		return false
	}
	for i := 0; i < len(chain); i++ {
		c := chain[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case i > 0 && (c == '.' || c == '_' || c == '-'):
		default:
			return false
		}
	}
	return true
}

// baseUnits matches ^[0-9]{1,78}$.
func baseUnits(s string) bool {
	if len(s) < 1 || len(s) > 78 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// quoteParser reads the plain JSON subset decodeQuoteRequest takes. Every
// method reports false on anything outside it.
type quoteParser struct {
	b []byte
	s string // the same bytes as b, for substrings
	i int
}

func (p *quoteParser) ws() {
	for p.i < len(p.b) {
		switch p.b[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// end reports whether only whitespace is left.
func (p *quoteParser) end() bool {
	p.ws()
	return p.i == len(p.b)
}

// object reads {"key": value, ...}, calling field after each key's colon
// to read the value.
func (p *quoteParser) object(field func(key string) bool) bool {
	p.ws()
	if p.i >= len(p.b) || p.b[p.i] != '{' {
		return false
	}
	p.i++
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == '}' {
		p.i++
		return true
	}
	for {
		key, ok := p.str()
		if !ok {
			return false
		}
		p.ws()
		if p.i >= len(p.b) || p.b[p.i] != ':' {
			return false
		}
		p.i++
		if !field(key) {
			return false
		}
		p.ws()
		if p.i >= len(p.b) {
			return false
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case '}':
			p.i++
			return true
		default:
			return false
		}
	}
}

// str reads a string of printable ASCII without escapes (anything else —
// escapes, control characters, other Unicode, invalid UTF-8 — is left to
// the schema path, which knows how encoding/json reads it).
func (p *quoteParser) str() (string, bool) {
	p.ws()
	if p.i >= len(p.b) || p.b[p.i] != '"' {
		return "", false
	}
	start := p.i + 1
	for j := start; j < len(p.b); j++ {
		c := p.b[j]
		if c == '"' {
			p.i = j + 1
			return p.s[start:j], true
		}
		if c == '\\' || c < 0x20 || c >= 0x7f {
			return "", false
		}
	}
	return "", false
}

// integer reads an integer in [lo, hi] written as plain digits (a fraction
// or an exponent is left to the schema path: JSON Schema calls 3.0 an
// integer, encoding/json does not).
func (p *quoteParser) integer(lo, hi int) (int, bool) {
	p.ws()
	start := p.i
	if p.i < len(p.b) && p.b[p.i] == '-' {
		p.i++
	}
	digits := p.i
	for p.i < len(p.b) && p.b[p.i] >= '0' && p.b[p.i] <= '9' {
		p.i++
	}
	n := p.i - digits
	if n == 0 || n > 9 || (n > 1 && p.b[digits] == '0') {
		return 0, false
	}
	if p.i < len(p.b) {
		switch p.b[p.i] {
		case '.', 'e', 'E':
			return 0, false
		}
	}
	v, err := strconv.Atoi(p.s[start:p.i])
	if err != nil || v < lo || v > hi {
		return 0, false
	}
	return v, true
}

// boolean reads true or false.
func (p *quoteParser) boolean() (bool, bool) {
	p.ws()
	rest := p.b[p.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		p.i += 4
		return true, true
	case len(rest) >= 5 && string(rest[:5]) == "false":
		p.i += 5
		return false, true
	}
	return false, false
}

// strs reads an array of 0 to 64 strings of 1 to 128 characters (the
// schema's bridge lists). An empty array decodes to an empty, non-nil
// slice, as encoding/json gives.
func (p *quoteParser) strs() ([]string, bool) {
	p.ws()
	if p.i >= len(p.b) || p.b[p.i] != '[' {
		return nil, false
	}
	p.i++
	out := []string{}
	p.ws()
	if p.i < len(p.b) && p.b[p.i] == ']' {
		p.i++
		return out, true
	}
	for {
		s, ok := p.str()
		if !ok || len(s) < 1 || len(s) > 128 || len(out) == 64 {
			return nil, false
		}
		out = append(out, s)
		p.ws()
		if p.i >= len(p.b) {
			return nil, false
		}
		switch p.b[p.i] {
		case ',':
			p.i++
		case ']':
			p.i++
			return out, true
		default:
			return nil, false
		}
	}
}

// constraints reads the constraints object. Its number fields (max_eta_s,
// min_success) are left to the schema path: it compares decimals exactly,
// and a float parse could round a value across a bound.
func (p *quoteParser) constraints() (*Constraints, bool) {
	var c Constraints
	var seen uint8
	ok := p.object(func(key string) bool {
		var bit uint8
		var okv bool
		var n int
		switch key {
		case "allow_bridges":
			bit = 1
			c.AllowBridges, okv = p.strs()
		case "deny_bridges":
			bit = 2
			c.DenyBridges, okv = p.strs()
		case "prefer_bridges":
			bit = 4
			c.PreferBridges, okv = p.strs()
		case "max_hops":
			bit = 8
			n, okv = p.integer(1, 8)
			c.MaxHops = &n
		case "slippage_bps":
			bit = 16
			n, okv = p.integer(1, 9999)
			c.SlippageBps = &n
		case "max_fee_bps":
			bit = 32
			n, okv = p.integer(1, 10000)
			c.MaxFeeBps = &n
		default:
			return false
		}
		if !okv || seen&bit != 0 {
			return false
		}
		seen |= bit
		return true
	})
	if !ok {
		return nil, false
	}
	return &c, true
}
