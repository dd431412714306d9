package strictjson

import (
	"errors"
	"testing"
)

type pair struct {
	A int    `json:"a"`
	B string `json:"b"`
}

func TestDecode(t *testing.T) {
	var p pair
	if err := Decode([]byte(`{"a":1,"b":"x"}`), 0, &p); err != nil || p != (pair{1, "x"}) {
		t.Fatalf("valid input: %+v %v", p, err)
	}
	for _, c := range []struct {
		in    string
		limit int
	}{
		{`{"a":1,"c":2}`, 0},   // unknown field
		{`{"a":1} {"a":2}`, 0}, // trailing value
		{`{"a":"x"}`, 0},       // wrong type
		{`{"a":1`, 0},          // truncated
		{``, 0},                // empty
		{`{"a":1}`, 3},         // over the limit
	} {
		var q pair
		if err := Decode([]byte(c.in), c.limit, &q); err == nil {
			t.Errorf("%q (limit %d) decoded to %+v", c.in, c.limit, q)
		}
	}
	if err := Decode([]byte(`{} []`), 0, &p); !errors.Is(err, ErrTrailing) {
		t.Fatalf("trailing data: %v", err)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"a":1,"b":"x"}`))
	f.Add([]byte(`{"a":1} x`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var p pair
		if err := Decode(b, 1<<10, &p); err != nil && p != (pair{}) && len(b) > 1<<10 {
			t.Fatalf("input over the limit changed the value: %+v", p)
		}
	})
}
