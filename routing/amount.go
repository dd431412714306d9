package routing

import (
	"math"
	"math/big"
	"strings"

	"github.com/holiman/uint256"
)

// Amount is a token amount in base units: an unsigned integer of up to 256
// bits, as on chain. Money is never a float in Strait.
type Amount = uint256.Int

// ParseAmount parses a decimal integer string of base units. It rejects empty
// strings, signs, fractions, exponents, zero and values above 2^256-1 with a
// CodeBadAmount error.
func ParseAmount(s, field string) (Amount, error) {
	var a Amount
	s = strings.TrimSpace(s)
	if s == "" {
		return a, errf(CodeBadAmount, field, "amount is empty")
	}
	if s[0] == '-' {
		return a, errf(CodeBadAmount, field, "amount %q is negative", clip(s))
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return a, errf(CodeBadAmount, field, "amount %q is not a whole number of base units", clip(s))
		}
	}
	if len(s) > 78 { // 2^256 has 78 decimal digits; longer strings are too large for sure
		return a, errf(CodeBadAmount, field, "amount has %d digits: more than 256 bits", len(s))
	}
	if len(s) <= 19 && !useReference {
		// Up to 19 digits fit 64 bits (10^19-1 < 2^64): every quote
		// parses its amount, and math/big cost more than the rest of
		// decoding the request.
		var v uint64
		for i := 0; i < len(s); i++ {
			v = v*10 + uint64(s[i]-'0')
		}
		if v == 0 {
			return a, errf(CodeBadAmount, field, "amount is zero")
		}
		a[0] = v
		return a, nil
	}
	b, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return a, errf(CodeBadAmount, field, "amount %q is not a number", clip(s))
	}
	if b.BitLen() > 256 {
		return a, errf(CodeBadAmount, field, "amount exceeds 2^256-1")
	}
	a.SetFromBig(b)
	if a.IsZero() {
		return a, errf(CodeBadAmount, field, "amount is zero")
	}
	return a, nil
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}

// toFloat converts an amount to float64 (for scores, never for money).
func toFloat(a *Amount) float64 {
	if a[1]|a[2]|a[3] == 0 && !useReference {
		// (The sum below with three zero terms: the same float, from one
		// conversion instead of four.)
		return float64(a[0])
	}
	return float64(a[3])*0x1p192 + float64(a[2])*0x1p128 + float64(a[1])*0x1p64 + float64(a[0])
}

// pow10 holds 10^i for i in [0, 77].
var pow10 [78]Amount

func init() {
	pow10[0].SetOne()
	ten := uint256.NewInt(10)
	for i := 1; i < len(pow10); i++ {
		pow10[i].Mul(&pow10[i-1], ten)
	}
}

// pow10f64 holds 10^i for the i whose power a float64 holds exactly.
var pow10f64 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22}

// amountFromUnits converts a float number of whole tokens into base units with
// the given decimals, rounding down. It turns documented default figures
// (capacities, gas) into amounts when a snapshot is built, and split
// planning's USD figures into amounts of a pool's asset.
func amountFromUnits(units float64, decimals uint8) Amount {
	var a Amount
	if units <= 0 || math.IsNaN(units) || math.IsInf(units, 0) {
		return a
	}
	// The big.Float product below is rounded to units' 53 bits, to
	// nearest even: the float64 product, when 10^decimals is exact in a
	// float64 (an IEEE product is rounded the same way; one too small to
	// be normal is below 1, so 0 either way). A product below 2^64 is then
	// truncated as Int truncates. (Split planning converts tens of USD
	// figures a quote, and big.Float took a thousand instructions each.)
	if int(decimals) < len(pow10f64) && !useReference {
		if p := units * pow10f64[decimals]; p < 0x1p64 {
			a.SetUint64(uint64(p))
			return a
		}
	}
	return amountFromUnitsBig(units, decimals)
}

// amountFromUnitsBig is amountFromUnits for positive finite units, in
// big.Float.
func amountFromUnitsBig(units float64, decimals uint8) Amount {
	var a Amount
	bf := new(big.Float).SetFloat64(units)
	bf.Mul(bf, new(big.Float).SetInt(pow10[decimals].ToBig()))
	bi, _ := bf.Int(nil)
	if bi.BitLen() > 256 {
		a.SetAllOne()
		return a
	}
	a.SetFromBig(bi)
	return a
}
