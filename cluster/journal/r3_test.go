package journal

import (
	"context"
	"fmt"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/persistence"
)

// startNATSCluster runs three JetStream servers routed into one cluster on
// 127.0.0.1, like docker-compose's, and returns their client URLs.
func startNATSCluster(t *testing.T) []string {
	t.Helper()
	ports := make([]int, 3)
	for i := range ports {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		ports[i] = l.Addr().(*net.TCPAddr).Port
		l.Close()
	}
	var routes []string
	for _, p := range ports {
		routes = append(routes, "nats-route://127.0.0.1:"+strconv.Itoa(p))
	}
	var urls []string
	for i, p := range ports {
		opts := &server.Options{
			ServerName: fmt.Sprintf("nats-%d", i+1),
			Host:       "127.0.0.1", Port: -1,
			JetStream: true, StoreDir: t.TempDir(),
			NoLog: true, NoSigs: true,
			Cluster: server.ClusterOpts{Name: "strait", Host: "127.0.0.1", Port: p},
			Routes:  server.RoutesFromStr(strings.Join(routes, ",")),
		}
		ns, err := server.NewServer(opts)
		if err != nil {
			t.Fatal(err)
		}
		go ns.Start()
		t.Cleanup(func() { ns.Shutdown(); ns.WaitForShutdown() })
		if !ns.ReadyForConnections(10 * time.Second) {
			t.Fatal("nats server not ready")
		}
		urls = append(urls, ns.ClientURL())
	}
	return urls
}

// TestReplicatedStreamR3: on a three-server cluster with a three-replica
// STRAIT_JOURNAL, two nodes connected to different servers fence each
// other (a replicated stream reports the wrong last sequence as 10164, not
// 10071), and a third node catches up from yet another server.
func TestReplicatedStreamR3(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a three-server JetStream cluster (several seconds)")
	}
	urls := startNATSCluster(t)
	open := func(url string) *Journal {
		var j *Journal
		deadline := time.Now().Add(30 * time.Second)
		for {
			// JetStream answers only once the cluster has a meta leader.
			nc, err := nats.Connect(url)
			if err != nil {
				t.Fatal(err)
			}
			j, err = Open(t.TempDir(), nc, Options{Replicas: 3, RequestTimeout: 5 * time.Second})
			if err == nil {
				t.Cleanup(func() { _ = j.Close(); nc.Close() })
				return j
			}
			nc.Close()
			if time.Now().After(deadline) {
				t.Fatalf("open on the cluster: %v", err)
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	a, b := open(urls[0]), open(urls[1])
	if r := a.stream.CachedInfo().Config.Replicas; r != 3 {
		t.Fatalf("stream has %d replicas, want 3", r)
	}
	ctx := context.Background()
	const s = "transfer/r3"
	for _, j := range []*Journal{a, b} {
		if _, _, err := j.Head(ctx, s); err != nil {
			t.Fatal(err)
		}
	}
	won := appendOK(t, a, s, 0, ev("Submitted", "a"))
	_, err := b.Append(ctx, persistence.AppendRequest{Stream: s, Events: []persistence.Event{ev("Submitted", "b")}})
	if persistence.CodeOf(err) != persistence.CodeConflict || !strings.Contains(err.Error(), "fenced") {
		t.Fatalf("second writer on another server: %v, want a conflict from JetStream (fenced)", err)
	}
	if recs, _ := b.Local().Read(ctx, s, 1, 0); len(recs) != 0 {
		t.Fatalf("fenced writer wrote locally: %v", recs)
	}
	more := appendOK(t, a, s, 1, ev("Completed", ""))
	c := open(urls[2])
	sameRecords(t, readAll(t, c, s), append(won, more...))
}
