package wormhole

import (
	"encoding/hex"
	"testing"
)

// BenchmarkVerify19 verifies a VAA carrying all 19 guardians' signatures
// against a 19-key set (19 ecrecovers): the figure in bench/RESULTS.md.
func BenchmarkVerify19(b *testing.B) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(b, addrs)
	raw := signBy(testVAA(b, 0, nil), keys, first(19)...)
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Verify(sets, raw, t0); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "vaas/s")
}

// BenchmarkVerifyMainnet verifies a real mainnet VAA (13 signatures, set 4).
func BenchmarkVerifyMainnet(b *testing.B) {
	sets, hist, all := loadMainnet(b)
	raw, _ := hex.DecodeString(all[0].Hex)
	at := validAt(hist, all[0].GuardianSetIndex)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := Verify(sets, raw, at); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "vaas/s")
}

// BenchmarkSDKVerify19 is the SDK's (*VAA).Verify on the same 19-signature
// VAA, for comparison (it parses nothing; the VAA is parsed once).
func BenchmarkSDKVerify19(b *testing.B) {
	keys, addrs := testKeys("g", 19)
	raw := signBy(testVAA(b, 0, nil), keys, first(19)...)
	v, err := Parse(raw)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := v.Verify(addrs); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "vaas/s")
}

// BenchmarkVerify19Parallel is BenchmarkVerify19 on every core (a
// verifier has no shared mutable state besides the registry's read lock).
func BenchmarkVerify19Parallel(b *testing.B) {
	keys, addrs := testKeys("g", 19)
	sets := newTestSets(b, addrs)
	raw := signBy(testVAA(b, 0, nil), keys, first(19)...)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := Verify(sets, raw, t0); err != nil {
				b.Error(err)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "vaas/s")
}
