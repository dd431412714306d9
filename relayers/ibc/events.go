package ibc

import (
	abci "github.com/cometbft/cometbft/abci/types"
)

// attr returns the value of the first attribute key of the first event of
// type typ.
func attr(events []abci.Event, typ, key string) (string, bool) {
	for _, e := range events {
		if e.Type != typ {
			continue
		}
		for _, a := range e.Attributes {
			if a.Key == key {
				return a.Value, true
			}
		}
	}
	return "", false
}

// eventsOf returns the events of type typ.
func eventsOf(events []abci.Event, typ string) []abci.Event {
	var out []abci.Event
	for _, e := range events {
		if e.Type == typ {
			out = append(out, e)
		}
	}
	return out
}

func attrOf(e abci.Event, key string) (string, bool) {
	for _, a := range e.Attributes {
		if a.Key == key {
			return a.Value, true
		}
	}
	return "", false
}
