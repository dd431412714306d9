package membership

import (
	"testing"
)

func TestDecodeEntry(t *testing.T) {
	good := `{"v":1,"cluster":"strait","id":"abc","host":"10.0.0.1","port":8090,"kinds":["transfer","prototopic"]}`
	e, err := DecodeEntry("strait.abc", []byte(good))
	if err != nil || e.Port != 8090 || len(e.Kinds) != 2 {
		t.Fatalf("good entry: %+v %v", e, err)
	}
	for key, val := range map[string]string{
		"strait.abc":  `{"v":2,"cluster":"strait","id":"abc","host":"h","port":1}`,
		"strait.xyz":  good,
		"other.abc":   good,
		"strait.abc ": good,
		"strait.a":    `{"v":1,"cluster":"strait","id":"a","host":"","port":1}`,
		"strait.b":    `{"v":1,"cluster":"strait","id":"b","host":"h h","port":1}`,
		"strait.c":    `{"v":1,"cluster":"strait","id":"c","host":"h","port":65536}`,
		"strait.d":    `{"v":1,"cluster":"strait","id":"d","host":"h","port":1,"kinds":["a.b"]}`,
		"strait.e":    `{"v":1,"cluster":"strait","id":"e","host":"h","port":1,"extra":1}`,
		"strait.f":    `{"v":1,"cluster":"strait","id":"f","host":"h","port":1} {}`,
		"strait.g":    `[]`,
		"strait.h":    ``,
		"strait.i.j":  `{"v":1,"cluster":"strait","id":"i.j","host":"h","port":1}`,
	} {
		if _, err := DecodeEntry(key, []byte(val)); err == nil {
			t.Errorf("accepted %s = %s", key, val)
		} else if me, ok := err.(*Error); !ok || me.Code != CodeBadEntry {
			t.Errorf("%s: uncoded error %v", key, err)
		}
	}
	// encode refuses what decode would refuse.
	if _, err := (Entry{Cluster: "strait", ID: "x", Host: "h", Port: 0}).encode(); err == nil {
		t.Error("encoded an entry with port 0")
	}
}

func FuzzDecodeEntry(f *testing.F) {
	f.Add("strait.abc", []byte(`{"v":1,"cluster":"strait","id":"abc","host":"10.0.0.1","port":8090,"kinds":["transfer"]}`))
	f.Add("strait.abc", []byte(`{"v":1}`))
	f.Add("x", []byte(`null`))
	f.Fuzz(func(t *testing.T, key string, val []byte) {
		e, err := DecodeEntry(key, val)
		if err != nil {
			if me, ok := err.(*Error); !ok || me.Code != CodeBadEntry {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		// A decoded entry encodes to something that decodes to it again.
		b, err := e.encode()
		if err != nil {
			t.Fatalf("decoded entry does not encode: %v", err)
		}
		again, err := DecodeEntry(key, b)
		if err != nil || again.ID != e.ID || again.Host != e.Host || again.Port != e.Port || len(again.Kinds) != len(e.Kinds) {
			t.Fatalf("round trip: %+v %v", again, err)
		}
	})
}
