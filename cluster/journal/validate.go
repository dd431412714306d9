package journal

import (
	"fmt"
	"strings"

	"github.com/straitnet/strait/persistence"
)

// validateAppend applies the Pebble journal's request rules before anything
// is published. It must accept exactly what PebbleJournal.Append accepts:
// a request published to the stream and then refused locally would be
// replicated but never acknowledged, and every replica would fail to land it.
// TestValidateMatchesPebble and FuzzValidateMatchesPebble hold the two
// together.
func validateAppend(o *persistence.Options, req *persistence.AppendRequest) error {
	if err := persistence.ValidateStream(req.Stream); err != nil {
		return err
	}
	bad := func(format string, args ...any) error {
		return &persistence.Error{Code: persistence.CodeBadRequest, Stream: req.Stream, Msg: fmt.Sprintf(format, args...)}
	}
	if len(req.Events) == 0 {
		return bad("append to %s: no events", req.Stream)
	}
	if len(req.Events) > o.MaxEventsPerAppend {
		return bad("append to %s: %d events, at most %d", req.Stream, len(req.Events), o.MaxEventsPerAppend)
	}
	total := 0
	for i, ev := range req.Events {
		if err := validateType(ev.Type); err != nil {
			return bad("append to %s: event %d: %v", req.Stream, i, err)
		}
		if len(ev.Payload) > o.MaxPayloadBytes {
			return bad("append to %s: event %d: payload %d bytes, at most %d", req.Stream, i, len(ev.Payload), o.MaxPayloadBytes)
		}
		total += len(ev.Payload)
	}
	if total > o.MaxAppendBytes {
		return bad("append to %s: payloads total %d bytes, at most %d per append", req.Stream, total, o.MaxAppendBytes)
	}
	if n := len(req.Index) + len(req.Unindex); n > o.MaxIndexOps {
		return bad("append to %s: %d index changes, at most %d", req.Stream, n, o.MaxIndexOps)
	}
	for _, list := range [][]persistence.Index{req.Index, req.Unindex} {
		for _, ix := range list {
			if err := validateIndex(ix); err != nil {
				return bad("append to %s: %v", req.Stream, err)
			}
		}
	}
	return nil
}

func validateType(t string) error {
	if t == "" || len(t) > persistence.MaxTypeLen {
		return fmt.Errorf("type must be 1..%d bytes", persistence.MaxTypeLen)
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 0x21 || t[i] > 0x7e {
			return fmt.Errorf("type has byte %#x at %d; printable ASCII only", t[i], i)
		}
	}
	return nil
}

func validateIndex(ix persistence.Index) error {
	if ix.Name == "" || len(ix.Name) > maxIndexName {
		return fmt.Errorf("index name must be 1..%d bytes", maxIndexName)
	}
	for i := 0; i < len(ix.Name); i++ {
		c := ix.Name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return fmt.Errorf("index name %q: byte %#x not allowed", ix.Name, c)
		}
	}
	if ix.Value == "" || len(ix.Value) > maxIndexValue {
		return fmt.Errorf("index %s: value must be 1..%d bytes", ix.Name, maxIndexValue)
	}
	if strings.IndexByte(ix.Value, 0) >= 0 {
		return fmt.Errorf("index %s: value contains a 0x00 byte", ix.Name)
	}
	return nil
}
