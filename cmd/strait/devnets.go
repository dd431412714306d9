package main

import (
	"context"
	"fmt"
	"os"
	"time"
)

// The devnet commands (evm-devnet, wormhole devnet, ibc devnet) write their
// routing description and then run until interrupted or for --for.

// writeDescription writes a devnet's routing description to path.
func writeDescription(path string, describe func() ([]byte, error)) error {
	desc, err := describe()
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, desc, 0o644); err != nil {
		return fmt.Errorf("write devnet description: %w", err)
	}
	return nil
}

// runUntil blocks until ctx ends or, when d > 0, d has passed.
func runUntil(ctx context.Context, d time.Duration) {
	if d > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, d)
		defer cancel()
	}
	<-ctx.Done()
}
