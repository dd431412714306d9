package main

import (
	"runtime/debug"
	"testing"
)

func TestGCDefaultYieldsToTheEnvironment(t *testing.T) {
	prev := debug.SetGCPercent(100)
	defer debug.SetGCPercent(prev)
	if applyGCDefault(func(k string) string {
		if k == "GOGC" {
			return "50"
		}
		return ""
	}) {
		t.Fatal("overrode GOGC from the environment")
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Fatalf("GC percent changed to %d", got)
	}
	if !applyGCDefault(func(string) string { return "" }) {
		t.Fatal("did not apply the default")
	}
	if got := debug.SetGCPercent(100); got != defaultGCPercent {
		t.Fatalf("GC percent %d, want %d", got, defaultGCPercent)
	}
}
