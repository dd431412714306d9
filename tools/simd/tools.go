//go:build tools

// Package simd pins the ibc-go simapp node (`simd`) that Strait's IBC
// integration tests run as real processes. It is its own module so that the
// router's go.mod carries only what the router links.
package simd

import (
	_ "github.com/cosmos/ibc-go/v8/testing/simapp/simd"
)
