package persistence

import (
	"context"
	"testing"
)

// TestMarksSurviveReopenAndVerify: a mark reads back after a reopen, Verify
// accepts it, and a corrupt one is reported.
func TestMarksSurviveReopenAndVerify(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	j, err := Open(dir, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok, err := j.Mark(ctx, "follower/S"); ok || err != nil {
		t.Fatalf("unset mark: ok %v err %v", ok, err)
	}
	if err := j.SetMark(ctx, "", 1); err == nil {
		t.Fatal("an empty mark name was accepted")
	}
	if err := j.SetMark(ctx, "follower/S", 41); err != nil {
		t.Fatal(err)
	}
	if err := j.SetMark(ctx, "follower/S", 42); err != nil {
		t.Fatal(err)
	}
	if err := j.Close(); err != nil {
		t.Fatal(err)
	}
	if j, err = Open(dir, Options{}); err != nil {
		t.Fatal(err)
	}
	defer j.Close()
	if v, ok, err := j.Mark(ctx, "follower/S"); v != 42 || !ok || err != nil {
		t.Fatalf("mark after reopen: %d %v %v", v, ok, err)
	}
	rep, err := j.Verify(ctx)
	if err != nil || len(rep.Problems) != 0 {
		t.Fatalf("verify with a mark: %+v %v", rep, err)
	}
	if err := j.db.Set(markKey("bad"), []byte{1, 2}, nil); err != nil {
		t.Fatal(err)
	}
	if _, _, err := j.Mark(ctx, "bad"); err == nil {
		t.Fatal("a 2-byte mark decoded")
	}
	rep, _ = j.Verify(ctx)
	if len(rep.Problems) != 1 || rep.Problems[0].Code != CodeUnknownKey {
		t.Fatalf("corrupt mark not reported: %+v", rep.Problems)
	}
}
