package actors

import (
	"context"
	"log/slog"
	"strings"

	"github.com/straitnet/strait/actors/transfer"
)

// logEvents writes one log line for each transfer event once it is
// durable, so that an operator can follow a transfer (and grep a chain or
// a bridge) in the node's logs without subscribing to STRAIT_EVENTS. The
// line carries the transfer id, the event, the status it left, and where
// it happened: the chains of the transfer or of the hop, the bridge, the
// transactions and the reason. Failures and refunds are warnings.
func logEvents(ctx context.Context, log *slog.Logger, id string, prevSeq uint64, evs []transfer.Event, states []transfer.State) {
	for i, e := range evs {
		level := eventLevel(e.Type)
		if !log.Enabled(ctx, level) {
			continue
		}
		st := states[i]
		attrs := make([]slog.Attr, 0, 12)
		attrs = append(attrs, slog.String("transfer", id), slog.String("event", e.Type),
			slog.Uint64("seq", prevSeq+uint64(i)+1), slog.String("status", string(st.Status)), slog.String("substatus", string(st.Substatus)))
		switch e.Type {
		case transfer.EvSubmitted:
			attrs = append(attrs, slog.String("from", st.From), slog.String("to", st.To), slog.String("amount", st.Amount),
				slog.String("chain", chainOfAsset(st.From)), slog.String("to_chain", chainOfAsset(st.To)),
				slog.Int("hops", len(st.Route)), slog.String("quote", st.QuoteID), slog.String("client_ref", st.ClientRef))
		case transfer.EvSourceBroadcast, transfer.EvSourceConfirmed, transfer.EvCancelRequested, transfer.EvCancelled:
			attrs = append(attrs, slog.String("chain", chainOfAsset(st.From)))
			if e.Amount != "" {
				attrs = append(attrs, slog.String("amount", e.Amount))
			}
		case transfer.EvHopStarted, transfer.EvHopDelivered, transfer.EvHopFailed:
			attrs = append(attrs, slog.Int("hop", e.Hop), slog.Int("attempt", e.Attempt))
			if e.Hop >= 0 && e.Hop < len(st.Route) {
				h := st.Route[e.Hop]
				attrs = append(attrs, slog.String("bridge", h.Bridge), slog.String("chain", chainOfAsset(h.From)), slog.String("to_chain", chainOfAsset(h.To)))
			}
			if e.Amount != "" {
				attrs = append(attrs, slog.String("amount", e.Amount))
			}
			if e.Parked {
				attrs = append(attrs, slog.String("parked", e.Asset))
			}
		case transfer.EvRerouted:
			bridges := make([]string, len(st.Route))
			for j, h := range st.Route {
				bridges[j] = h.Bridge
			}
			attrs = append(attrs, slog.String("route", strings.Join(bridges, " > ")), slog.Int("reroutes", st.Reroutes))
			if len(st.Route) > 0 {
				attrs = append(attrs, slog.String("chain", chainOfAsset(st.Route[0].From)))
			}
		case transfer.EvWaiting:
			attrs = append(attrs, slog.Time("retry_at", e.RetryAt))
		case transfer.EvRefunded:
			attrs = append(attrs, slog.String("asset", e.Asset), slog.String("amount", e.Amount), slog.String("chain", chainOfAsset(e.Asset)))
		case transfer.EvCompleted:
			attrs = append(attrs, slog.String("to", st.To), slog.String("chain", chainOfAsset(st.To)))
			if e.Amount != "" {
				attrs = append(attrs, slog.String("amount", e.Amount))
			}
		}
		if len(e.TxIDs) > 0 {
			attrs = append(attrs, slog.String("tx", strings.Join(e.TxIDs, ",")))
		}
		if e.Reason != "" {
			attrs = append(attrs, slog.String("reason", e.Reason))
		}
		log.LogAttrs(ctx, level, "transfer event", attrs...)
	}
}

// eventLevel is the level of an event's log line: what went wrong (a
// failed hop, a wait, a refund, a failure) is a warning.
func eventLevel(typ string) slog.Level {
	switch typ {
	case transfer.EvHopFailed, transfer.EvWaiting, transfer.EvRefundStarted, transfer.EvRefunded, transfer.EvFailed:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}

// chainOfAsset is the chain part of an asset id (SYMBOL@chain).
func chainOfAsset(asset string) string {
	if i := strings.LastIndexByte(asset, '@'); i >= 0 {
		return asset[i+1:]
	}
	return ""
}
