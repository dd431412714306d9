package ibcexec

import (
	"testing"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
)

// TestReceivedDenom: the denom a packet's tokens arrive as is the one
// ICS-20 mints or releases: a native token gains the receiving end's
// prefix, a voucher going back over its own channel unwinds.
func TestReceivedDenom(t *testing.T) {
	p := channeltypes.Packet{SourcePort: "transfer", SourceChannel: "channel-0", DestinationPort: "transfer", DestinationChannel: "channel-1"}
	hash := func(trace string) string { return transfertypes.ParseDenomTrace(trace).IBCDenom() }
	for _, c := range []struct{ sent, want string }{
		{"uusdc", hash("transfer/channel-1/uusdc")},
		{"transfer/channel-0/uatomb", "uatomb"},
		{"transfer/channel-0/transfer/channel-5/uatomc", hash("transfer/channel-5/uatomc")},
		{"transfer/channel-9/uatomc", hash("transfer/channel-1/transfer/channel-9/uatomc")},
	} {
		if got := receivedDenom(p, c.sent); got != c.want {
			t.Errorf("%s arrives as %s, want %s", c.sent, got, c.want)
		}
	}
}
