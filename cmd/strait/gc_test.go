package main

import (
	"testing"
)

func TestGCDefaults(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	const gib = 1 << 30
	for _, c := range []struct {
		name      string
		getenv    func(string) string
		available int64
		want      gcPolicy
	}{
		{"nothing set, 24 GiB", env(), 24 * gib, gcPolicy{percent: defaultGCPercent, limit: 12 * gib}},
		{"nothing set, 1 GiB container", env(), gib, gcPolicy{percent: defaultGCPercent, limit: gib / 2}},
		{"nothing set, tiny host", env(), 128 << 20, gcPolicy{percent: defaultGCPercent, limit: minMemoryLimit}},
		{"nothing set, memory unknown", env(), 0, gcPolicy{percent: defaultGCPercent, limit: fallbackMemoryLimit}},
		{"GOMEMLIMIT set", env("GOMEMLIMIT", "2GiB"), 24 * gib, gcPolicy{percent: defaultGCPercent}},
		{"GOGC set", env("GOGC", "100"), 24 * gib, gcPolicy{}},
		{"both set", env("GOGC", "off", "GOMEMLIMIT", "1GiB"), 24 * gib, gcPolicy{}},
	} {
		if got := gcDefaults(c.getenv, func() int64 { return c.available }); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestParseMemoryFiles(t *testing.T) {
	for in, want := range map[string]int64{
		"max\n": 0, "1073741824\n": 1 << 30, "": 0, "-1": 0, "abc": 0,
		"9223372036854771712\n": 0, // cgroup v1: no limit
	} {
		if got := parseCgroupLimit([]byte(in)); got != want {
			t.Errorf("parseCgroupLimit(%q) = %d, want %d", in, got, want)
		}
	}
	for in, want := range map[string]int64{
		"MemTotal:       24684356 kB\nMemFree: 1 kB\n": 24684356 * 1024,
		"MemFree: 1 kB\n":   0,
		"MemTotal: x kB\n":  0,
		"MemTotal: 12 MB\n": 0,
		"":                  0,
	} {
		if got := parseMemTotal([]byte(in)); got != want {
			t.Errorf("parseMemTotal(%q) = %d, want %d", in, got, want)
		}
	}
	if availableMemory() < 0 {
		t.Fatal("negative memory")
	}
}

func FuzzParseMemoryFiles(f *testing.F) {
	f.Add([]byte("max\n"))
	f.Add([]byte("MemTotal:       24684356 kB\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		if n := parseCgroupLimit(b); n < 0 {
			t.Fatalf("negative limit %d", n)
		}
		if n := parseMemTotal(b); n < 0 {
			t.Fatalf("negative total %d", n)
		}
	})
}
