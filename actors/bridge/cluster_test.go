// protoactor-go's cluster races with itself under the race detector (see
// actors/cluster_test.go): this test runs in the normal `go test ./...`.

//go:build !race

package bridge

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/cluster"
	cjournal "github.com/straitnet/strait/cluster/journal"
	"github.com/straitnet/strait/cluster/membership"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/routing"
)

const testCluster = "figs"

type ownerNode struct {
	sys    *System
	store  *routing.Store
	member *cluster.Member
	j      *cjournal.Journal
	nc     *nats.Conn
	once   sync.Once
}

// crash stops the node as a crash would for the others: its NATS
// connection goes first (nothing more is published), then the member
// without a graceful leave (its membership entry expires).
func (n *ownerNode) crash() {
	n.once.Do(func() {
		n.nc.Close()
		n.member.Close()
		n.sys.Stop()
		_ = n.j.Close()
	})
}

// chains a and b read by every node (one chain each, as the same RPC
// endpoints would be).
type fakeChains struct{ a, b *fakeChain }

func startOwnerNode(t *testing.T, ns *server.Server, fc fakeChains) *ownerNode {
	t.Helper()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	j, err := cjournal.Open(t.TempDir(), nc, cjournal.Options{})
	if err != nil {
		t.Fatal(err)
	}
	store := routing.NewStore(testSnapshot(t))
	sys, err := Start(Options{Store: store, Poll: 50 * time.Millisecond, Logger: quiet,
		Bridges: []Instance{
			{ID: "lm:a->b", Contracts: []Contract{{Chain: "a", Client: fc.a}, {Chain: "b", Client: fc.b}}},
			{ID: "liq:a->b", Contracts: []Contract{{Chain: "a", Client: fc.a}, {Chain: "b", Client: fc.b}}, Pool: &Pool{Chain: "b", Client: fc.b}},
		},
		Chains: []ChainSpec{{Name: "a", Client: fc.a, BlockTime: 50 * time.Millisecond}, {Name: "b", Client: fc.b, BlockTime: 50 * time.Millisecond}}})
	if err != nil {
		t.Fatal(err)
	}
	member, err := cluster.Start(cluster.Config{Name: testCluster, RequestTimeout: 5 * time.Second,
		Membership: membership.Config{TTL: time.Second}}, nc, sys.Kinds()...)
	if err != nil {
		t.Fatal(err)
	}
	if err := sys.JoinCluster(ClusterOptions{Member: member, NC: nc, Journal: j, TouchEvery: 300 * time.Millisecond}); err != nil {
		t.Fatal(err)
	}
	n := &ownerNode{sys: sys, store: store, member: member, j: j, nc: nc}
	t.Cleanup(n.crash)
	return n
}

// pubLog records every publication on the figures subjects.
type pubLog struct {
	mu   sync.Mutex
	pubs []recorded
}

type recorded struct {
	at time.Time
	f  *Figures
}

func (l *pubLog) since(at time.Time) []*Figures {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []*Figures
	for _, r := range l.pubs {
		if !r.at.Before(at) {
			out = append(out, r.f)
		}
	}
	return out
}

func waitUntil(t *testing.T, what string, within time.Duration, ok func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !ok() {
		if time.Since(start) > within {
			t.Fatalf("%s: not within %v", what, within)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start)
}

var ownerIDs = []struct{ kind, id string }{{KindChain, "a"}, {KindChain, "b"}, {KindBridge, "lm:a->b"}, {KindBridge, "liq:a->b"}}

// owners maps each identity to the node whose activation lives now, and
// fails if there is not exactly one.
func owners(t *testing.T, nodes []*ownerNode) (map[string]*ownerNode, bool) {
	out := map[string]*ownerNode{}
	for _, x := range ownerIDs {
		key := ownerKey(x.kind, x.id)
		for _, n := range nodes {
			n.sys.mu.RLock()
			_, has := n.sys.cl.local[key]
			n.sys.mu.RUnlock()
			if has {
				if out[key] != nil {
					return nil, false
				}
				out[key] = n
			}
		}
		if out[key] == nil {
			return nil, false
		}
	}
	return out, true
}

// TestOwnersInCluster runs three members in one process over one NATS
// server and the same fake chains. Each chain and bridge has exactly one
// owner (one publishing epoch); every node's store converges to its
// figures; an outcome reported on a non-owner reaches the owner and every
// node; a stale publication is ignored and a superseded owner stops; when
// an owner crashes its identities move to survivors with a higher epoch
// and the figures keep flowing, continuing from the last published ones.
func TestOwnersInCluster(t *testing.T) {
	ns, watch := testnats.Start(t)
	log := &pubLog{}
	if _, err := watch.Subscribe("strait.cluster."+testCluster+".figures.>", func(m *nats.Msg) {
		f, err := DecodeFigures(testCluster, m.Subject, m.Data)
		if err != nil {
			t.Errorf("a node published a bad message: %v", err)
			return
		}
		log.mu.Lock()
		log.pubs = append(log.pubs, recorded{time.Now(), f})
		log.mu.Unlock()
	}); err != nil {
		t.Fatal(err)
	}
	fc := fakeChains{a: &fakeChain{}, b: &fakeChain{}}
	fc.b.avail.Store(700_000_000)
	nodes := []*ownerNode{startOwnerNode(t, ns, fc), startOwnerNode(t, ns, fc), startOwnerNode(t, ns, fc)}
	waitUntil(t, "three members in every view", 15*time.Second, func() bool {
		for _, n := range nodes {
			if len(n.member.Members()) != 3 {
				return false
			}
		}
		return true
	})

	// 1. One owner each, one publishing epoch each.
	var own map[string]*ownerNode
	waitUntil(t, "one owner per chain and bridge", 10*time.Second, func() bool {
		var ok bool
		own, ok = owners(t, nodes)
		return ok
	})
	time.Sleep(300 * time.Millisecond) // publications in flight from placements before the last join
	from := time.Now()
	time.Sleep(time.Second)
	byKey := map[string]map[Mark]bool{}
	epochs := map[string]map[uint64]string{}
	for _, f := range log.since(from) {
		key := ownerKey(f.Kind, f.ID)
		if epochs[key] == nil {
			epochs[key], byKey[key] = map[uint64]string{}, map[Mark]bool{}
		}
		epochs[key][f.Epoch] = f.Owner
		if byKey[key][f.Mark()] {
			t.Fatalf("%s: mark %v published twice", key, f.Mark())
		}
		byKey[key][f.Mark()] = true
	}
	spread := map[*ownerNode]bool{}
	for _, x := range ownerIDs {
		key := ownerKey(x.kind, x.id)
		if len(epochs[key]) != 1 {
			t.Fatalf("%s: publications from %v in one second; want one owner and epoch", key, epochs[key])
		}
		for _, member := range epochs[key] {
			if member != own[key].member.ID() {
				t.Fatalf("%s published by %s, live activation on %s", key, member, own[key].member.ID())
			}
		}
		spread[own[key]] = true
		// Every node agrees on who owns it.
		for _, n := range nodes {
			info, err := n.sys.Owner(x.kind, x.id)
			if err != nil || info.Member != own[key].member.ID() {
				t.Fatalf("%s: node %s says owner %+v (%v)", key, n.member.ID(), info, err)
			}
		}
	}
	t.Logf("4 identities owned by %d of 3 members", len(spread))

	// 2. Every store converges to the owners' figures.
	fc.b.avail.Store(321_000_000)
	fc.b.paused.Store(true)
	took := waitUntil(t, "pause and liquidity on every node", 5*time.Second, func() bool {
		for _, n := range nodes {
			s := n.store.Load()
			if edge(t, s, "liq:a->b#USDC").Fee.Curve.Available.Uint64() != 321_000_000 ||
				edge(t, s, "lm:a->b#USDC2").Status != routing.StatusPaused {
				return false
			}
		}
		return true
	})
	t.Logf("a pause and a liquidity change reached all three stores in %v", took)
	fc.b.paused.Store(false)
	waitUntil(t, "unpause on every node", 5*time.Second, func() bool {
		for _, n := range nodes {
			if edge(t, n.store.Load(), "lm:a->b#USDC").Status != routing.StatusOpen {
				return false
			}
		}
		return true
	})
	waitUntil(t, "chain health on every node", 5*time.Second, func() bool {
		for _, n := range nodes {
			if h, height, ok := n.sys.ChainHealth("a"); !ok || h != HealthOK || height == 0 {
				return false
			}
		}
		return true
	})

	// 3. Outcomes reported on a node that does not own the bridge reach
	// the owner, and every node sees the learned figures.
	lm := ownerKey(KindBridge, "lm:a->b")
	var reporter *ownerNode
	for _, n := range nodes {
		if n != own[lm] {
			reporter = n
		}
	}
	for _, took := range []time.Duration{time.Second, 2 * time.Second, 3 * time.Second} {
		reporter.sys.Outcome("lm:a->b#USDC2", true, took)
	}
	waitUntil(t, "outcomes learned on every node", 5*time.Second, func() bool {
		for _, n := range nodes {
			st, ok := n.sys.Bridge("lm:a->b")
			if e := edge(t, n.store.Load(), "lm:a->b#USDC"); !ok || st.Successes != 3 || e.Latency.P50 != 2 || e.Learned.Alpha <= 200.9 {
				return false
			}
		}
		return true
	})

	// 4. A stale owner is fenced. (a) Publications of an older epoch are
	// ignored everywhere, whatever their sequence.
	chainA := ownerKey(KindChain, "a")
	cur := nodes[0].sys.Seen(KindChain, "a")
	if cur.Epoch < 1 {
		t.Fatalf("seen %v", cur)
	}
	// An older epoch with a huge sequence, or (at epoch 1) a repeat of the
	// current mark with other figures.
	stale := &Figures{Kind: KindChain, ID: "a", Epoch: cur.Epoch - 1, Seq: 1 << 40, Owner: "ghost",
		Chain: &ChainState{Chain: "a", Height: 999_999_999, Health: HealthOK, SeenAt: time.Now()}}
	if stale.Epoch == 0 {
		stale.Epoch, stale.Seq = cur.Epoch, cur.Seq
	}
	b, _ := EncodeFigures(stale)
	if err := watch.Publish(FiguresSubject(testCluster, KindChain, "a"), b); err != nil {
		t.Fatal(err)
	}
	_ = watch.Flush()
	time.Sleep(200 * time.Millisecond)
	for _, n := range nodes {
		if _, height, _ := n.sys.ChainHealth("a"); height == 999_999_999 {
			t.Fatalf("node %s applied a stale owner's figures", n.member.ID())
		}
	}
	// (b) A newer claim (another activation somewhere) fences the live
	// owner: once its node sees the newer epoch it stops without
	// publishing again; the touches then activate the chain again, with a
	// newer claim still.
	fenced := own[chainA]
	old := fenced.sys.Seen(KindChain, "a").Epoch
	if err := nodes[0].j.CatchUp(context.Background(), ClaimStream(KindChain, "a")); err != nil {
		t.Fatal(err)
	}
	head, _, err := nodes[0].j.Head(context.Background(), ClaimStream(KindChain, "a"))
	if err != nil || head != old {
		t.Fatalf("claim stream head %d (%v), owner's epoch %d", head, err, old)
	}
	payload, _ := json.Marshal(map[string]string{"member": "ghost"})
	if _, err := nodes[0].j.Append(context.Background(), persistence.AppendRequest{Stream: ClaimStream(KindChain, "a"), ExpectedSeq: head,
		Events: []persistence.Event{{Type: "owner.claimed", Payload: payload}}}); err != nil {
		t.Fatal(err)
	}
	ghost := &Figures{Kind: KindChain, ID: "a", Epoch: old + 1, Seq: 1, Owner: "ghost",
		Chain: &ChainState{Chain: "a", Height: 1, Health: HealthDegraded, SeenAt: time.Now()}}
	b, _ = EncodeFigures(ghost)
	fencedAt := time.Now()
	if err := watch.Publish(FiguresSubject(testCluster, KindChain, "a"), b); err != nil {
		t.Fatal(err)
	}
	_ = watch.Flush()
	// A newer claim than the ghost's is only made once the fenced
	// activation has stopped: while it lives, the placement sends the
	// touches to it.
	waitUntil(t, "the chain claimed again after the ghost", 10*time.Second, func() bool {
		for _, n := range nodes {
			if n.sys.Seen(KindChain, "a").Epoch <= old+1 {
				return false
			}
		}
		return true
	})
	for _, f := range log.since(fencedAt.Add(300 * time.Millisecond)) {
		if f.Kind == KindChain && f.ID == "a" && f.Epoch <= old {
			t.Fatalf("the fenced owner (epoch %d) published %v after the newer epoch", old, f.Mark())
		}
	}
	waitUntil(t, "chain a healthy again on every node", 5*time.Second, func() bool {
		for _, n := range nodes {
			if h, height, _ := n.sys.ChainHealth("a"); h != HealthOK || height < 2 {
				return false
			}
		}
		return true
	})

	// (c) An owner whose node no longer hears the figures (cut off from
	// them, or frozen while they went by) keeps publishing; the others
	// ignore it once they know the newer epoch, and it finds the newer
	// claim in the journal and stops.
	own, _ = owners(t, nodes)
	cut := own[ownerKey(KindChain, "b")]
	oldB := cut.sys.Seen(KindChain, "b").Epoch
	if err := cut.sys.cl.sub.Unsubscribe(); err != nil {
		t.Fatal(err)
	}
	if err := nodes[0].j.CatchUp(context.Background(), ClaimStream(KindChain, "b")); err != nil {
		t.Fatal(err)
	}
	if _, err := nodes[0].j.Append(context.Background(), persistence.AppendRequest{Stream: ClaimStream(KindChain, "b"), ExpectedSeq: oldB,
		Events: []persistence.Event{{Type: "owner.claimed", Payload: payload}}}); err != nil {
		t.Fatal(err)
	}
	ghostB := &Figures{Kind: KindChain, ID: "b", Epoch: oldB + 1, Seq: 1, Owner: "ghost",
		Chain: &ChainState{Chain: "b", Height: 1, Health: HealthDegraded, SeenAt: time.Now()}}
	b, _ = EncodeFigures(ghostB)
	cutAt := time.Now()
	if err := watch.Publish(FiguresSubject(testCluster, KindChain, "b"), b); err != nil {
		t.Fatal(err)
	}
	_ = watch.Flush()
	high := map[*ownerNode]Mark{}
	took = waitUntil(t, "chain b claimed after the cut-off owner's epoch", 10*time.Second, func() bool {
		done := true
		for _, n := range nodes {
			n.sys.mu.RLock()
			seen, st := n.sys.cl.seen[ownerKey(KindChain, "b")], n.sys.chains["b"]
			n.sys.mu.RUnlock()
			if high[n].After(seen) {
				t.Fatalf("node %s went back from %v to %v", n.member.ID(), high[n], seen)
			}
			high[n] = seen
			if n != cut && seen.Epoch == oldB+1 && st.Height != 1 {
				t.Fatalf("node %s applied the cut-off owner's figures after the newer epoch (height %d)", n.member.ID(), st.Height)
			}
			done = done && seen.Epoch > oldB+1
		}
		return done
	})
	staleAfter := 0
	for _, f := range log.since(cutAt) {
		if f.Kind == KindChain && f.ID == "b" && f.Epoch == oldB {
			staleAfter++
		}
	}
	t.Logf("the cut-off owner of chain b (epoch %d) published %d times after the newer claim (ignored), then stopped; chain b claimed again after %v",
		oldB, staleAfter, took)
	if cut.sys.cl.sub, err = cut.nc.Subscribe("strait.cluster."+testCluster+".figures.>", cut.sys.cl.receive); err != nil {
		t.Fatal(err)
	}

	// 5. The owner of lm:a->b crashes: its identities move to the
	// survivors with newer epochs, and the figures keep flowing,
	// continuing from the learned ones.
	own, _ = owners(t, nodes)
	victim := own[lm]
	before := map[string]uint64{}
	for _, x := range ownerIDs {
		before[ownerKey(x.kind, x.id)] = nodes[0].sys.Seen(x.kind, x.id).Epoch
	}
	var survivors []*ownerNode
	for _, n := range nodes {
		if n != victim {
			survivors = append(survivors, n)
		}
	}
	victim.crash()
	// Reported while the bridge has no live owner: the outcome stream
	// keeps it for the next one.
	survivors[0].sys.Outcome("lm:a->b#USDC", false, 0)
	took = waitUntil(t, "the crashed member's identities on survivors", 10*time.Second, func() bool {
		o, ok := owners(t, survivors)
		if !ok {
			return false
		}
		for _, x := range ownerIDs {
			key := ownerKey(x.kind, x.id)
			if o[key] == victim {
				return false
			}
			for _, n := range survivors {
				// An identity the victim owned is done when every survivor
				// has seen its new owner's newer epoch (it may be owned,
				// and so no longer the victim's, before its first figures
				// reach them all); the others keep theirs.
				if e := n.sys.Seen(x.kind, x.id).Epoch; e < before[key] || own[key] == victim && e == before[key] {
					return false
				}
			}
		}
		return true
	})
	o, _ := owners(t, survivors)
	for _, n := range survivors {
		if e := n.sys.Seen(KindBridge, "lm:a->b").Epoch; e <= before[lm] {
			t.Fatalf("lm:a->b at epoch %d on %s after the takeover, %d before", e, n.member.ID(), before[lm])
		}
		if st, _ := n.sys.Bridge("lm:a->b"); st.Successes != 3 || st.Failures > 1 {
			t.Fatalf("the new owner did not continue from the published figures: %+v", st)
		}
	}
	t.Logf("identities of the crashed member moved in %v (lm:a->b now on %s)", took, o[lm].member.ID())
	fc.b.avail.Store(456_000_000)
	waitUntil(t, "figures flow after the takeover, with the outcome reported during it", 5*time.Second, func() bool {
		for _, n := range survivors {
			st, _ := n.sys.Bridge("lm:a->b")
			if edge(t, n.store.Load(), "liq:a->b#USDC").Fee.Curve.Available.Uint64() != 456_000_000 || st.Failures != 1 {
				return false
			}
		}
		return true
	})
}
