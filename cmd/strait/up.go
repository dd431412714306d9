package main

import (
	"fmt"

	"github.com/spf13/cobra"
)

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "up",
		Short: "Run Strait and its devnet on embedded defaults (loopback only)",
		RunE: func(cmd *cobra.Command, args []string) error {
			// The devnet (embedded NATS, Pebble, EVM and Cosmos chains, guardians)
			// is assembled by later milestones; until then say so plainly.
			fmt.Fprintln(cmd.OutOrStdout(), "strait up: not yet — the devnet, actors and wallet API are not built yet.")
			fmt.Fprintln(cmd.OutOrStdout(), "Try `strait route --help` or `strait bench routing` in the meantime.")
			return nil
		},
	})
}
