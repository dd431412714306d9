package node

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/actors/bridge"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/internal/testlog"
	"github.com/straitnet/strait/internal/testnats"
	"github.com/straitnet/strait/persistence"
)

// clusterNode is one in-process cluster member.
type clusterNode struct {
	name    string
	cfg     *FileConfig
	dataDir string
	cancel  context.CancelFunc
	done    chan error
	logs    *testlog.Buffer
	// live is the node's live-figure actors (owners in the cluster).
	live *bridge.System
}

// startClusterNode runs node i as RunFile does for an evm section, with
// abrupt leaving (a stop is a crash to the others).
func startClusterNode(t *testing.T, cfgPath string) *clusterNode {
	t.Helper()
	c, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	n := &clusterNode{name: c.Name, cfg: c, dataDir: c.Path(c.DataDir), done: make(chan error, 1), logs: &testlog.Buffer{}}
	log := slog.New(slog.NewJSONHandler(n.logs, &slog.HandlerOptions{Level: slog.LevelDebug})).With("node", c.Name)
	ctx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	ready := make(chan struct{})
	go func() {
		att, err := AttachEVM(ctx, c, log)
		if err != nil {
			n.done <- err
			return
		}
		defer att.Close()
		cfg := c.NodeConfig(log)
		cfg.Store, cfg.Builder, cfg.Checker, cfg.Executor, cfg.Health = att.Store, att.Source, att.Source, att.Executor, att.Live
		cfg.Figures, n.live = att.Live, att.Live
		cfg.Cluster.Abrupt = true
		cfg.Ready = func(Addrs) { close(ready) }
		n.done <- Run(ctx, cfg)
	}()
	select {
	case <-ready:
	case err := <-n.done:
		t.Fatalf("%s exited before serving: %v\n%s", c.Name, err, n.logs.String())
	case <-time.After(60 * time.Second):
		t.Fatalf("%s not ready after 60 s\n%s", c.Name, n.logs.String())
	}
	return n
}

// stop ends the node (abruptly for the cluster: it does not leave) and
// waits for Run to return.
func (n *clusterNode) stop(t *testing.T) {
	t.Helper()
	if n.cancel == nil {
		return
	}
	n.cancel()
	n.cancel = nil
	select {
	case err := <-n.done:
		if err != nil {
			t.Errorf("%s: %v", n.name, err)
		}
	case <-time.After(30 * time.Second):
		t.Errorf("%s did not stop within 30 s", n.name)
	}
}

// logLines returns the node's log lines whose msg is msg.
func (n *clusterNode) logLines(msg string) []map[string]any {
	var out []map[string]any
	for _, l := range strings.Split(n.logs.String(), "\n") {
		var m map[string]any
		if json.Unmarshal([]byte(l), &m) == nil && m["msg"] == msg {
			out = append(out, m)
		}
	}
	return out
}

// TestClusterOfThreeNodes: three cluster members (node.Run with the
// replicated journal, the transfer kind, the journal follower) on one NATS
// server and one set of EVM chains served over JSON-RPC, written by
// DevnetClusterConfig with one operator key per node. Transfers quoted and
// submitted through the wallet API (one queue group: quote and submit land
// on any node) complete exactly once; every node's journal replica holds
// every transfer; then one node stops abruptly with transfers in flight,
// and the survivors complete them once its membership entry expires.
func TestClusterOfThreeNodes(t *testing.T) {
	const (
		nodes   = 3
		wallets = 8
		block   = 250 * time.Millisecond
	)
	d, attached, dir := startServedDevnet(t, wallets, block, func(o *evmnet.Options) { ClusterDevnet(o, nodes) })
	ns, nc := testnats.Start(t)
	// A 3 s TTL (heartbeats every second): short enough for a quick test,
	// long enough that a loaded machine does not drop a live member.
	layout := ClusterLayout{Nodes: nodes, NATSURLs: []string{ns.ClientURL()}, MemberTTL: 3 * time.Second}
	var ns3 []*clusterNode
	for i := 1; i <= nodes; i++ {
		b, err := DevnetClusterConfig("devnet.json", attached, d.Options, layout, i)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, fmt.Sprintf("node-%d.yaml", i))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		n := startClusterNode(t, p)
		t.Cleanup(func() { n.stop(t) })
		ns3 = append(ns3, n)
	}
	e := &extEnv{d: d, nc: nc, c: api.NewClient(nc), dir: dir, nonces: map[common.Address]uint64{}}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// Every member in the bucket, and a moment for the views to agree
	// (membership is only placement: fencing keeps a disagreement safe).
	js, _ := jetstream.New(nc)
	for {
		kv, err := js.KeyValue(ctx, "strait_members")
		if err == nil {
			if keys, err := kv.Keys(ctx); err == nil && len(keys) == nodes {
				break
			}
		}
		if ctx.Err() != nil {
			t.Fatal("the three members never all joined")
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond)

	demo := d.Options.Demo
	ps, err := e.placeAll(ctx, e.orders("c", 6, demo[:4]))
	if err != nil {
		for _, n := range ns3 {
			for _, l := range n.logLines("encode a shared quote") {
				t.Log(n.name, l)
			}
			for _, l := range n.logLines("quote lookup: not every node answered in time") {
				t.Log(n.name, l)
			}
			for _, l := range n.logLines("bad quote answer from another node") {
				t.Log(n.name, l)
			}
		}
		t.Fatal(err)
	}
	done, err := e.waitDone(ctx, ps)
	if err != nil {
		t.Fatalf("%v\n%s", err, ns3[0].logs.String())
	}
	e.checkDelivered(t, ps, done)
	// transfer.get is one queue group: asked often enough, every node
	// answers, and each must answer the same.
	for _, p := range ps {
		for k := 0; k < 8; k++ {
			tr, err := e.c.Get(ctx, p.tr.ID)
			if err != nil || tr.Seq != done[p.tr.ID].Seq || tr.Substatus != api.SubCompleted {
				t.Fatalf("get %s: %+v %v, want seq %d completed", p.tr.ID, tr, err, done[p.tr.ID].Seq)
			}
		}
	}
	// transfer.list by owner answers from each node's local index (the
	// follower lands the other nodes' index entries): every time, every
	// transfer of the owner, completed.
	owners := map[string]int{}
	for _, p := range ps {
		owners[p.wallet.Address.Hex()]++
	}
	for owner, n := range owners {
		for k := 0; k < 6; k++ {
			l, err := e.c.List(ctx, api.ListRequest{Owner: owner, Limit: 50})
			if err != nil || len(l.Transfers) != n {
				t.Fatalf("list %s: %d transfers (%v), want %d", owner, len(l.Transfers), err, n)
			}
			for _, tr := range l.Transfers {
				if tr.Substatus != api.SubCompleted {
					t.Fatalf("list %s: %s is %s", owner, tr.ID, tr.Substatus)
				}
			}
		}
	}
	// The cluster spreads the transfers over the nodes.
	for _, n := range ns3 {
		t.Logf("%s activated %d transfers", n.name, len(n.logLines("transfer activated")))
	}
	learned := checkFiguresAgree(t, ns3, 1)

	// Abrupt stop of one node with transfers in flight.
	ps2, err := e.placeAll(ctx, e.orders("f", 6, demo[4:8]))
	if err != nil {
		t.Fatal(err)
	}
	// Wait until hops are in flight, and stop the node running most of
	// them (activations are logged at debug level).
	var victim *clusterNode
	for victim == nil {
		inFlight := map[string]bool{}
		for _, p := range ps2 {
			tr, err := e.c.Get(ctx, p.tr.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, h := range tr.Hops {
				if h.State == "in_flight" {
					inFlight[p.tr.ID] = true
				}
			}
		}
		best := 0
		for _, n := range ns3 {
			k := 0
			for _, l := range n.logLines("transfer activated") {
				if inFlight[fmt.Sprint(l["transfer"])] {
					k++
				}
			}
			if k > best {
				best, victim = k, n
			}
		}
		if ctx.Err() != nil {
			t.Fatal("no hop went in flight")
		}
		if victim == nil {
			time.Sleep(20 * time.Millisecond)
		}
	}
	owned := 0
	for _, l := range victim.logLines("transfer activated") {
		for _, p := range ps2 {
			if l["transfer"] == p.tr.ID {
				owned++
			}
		}
	}
	killed := time.Now()
	victim.stop(t)
	done2, err := waitDoneEach(ctx, e, ps2)
	if err != nil {
		for _, n := range ns3 {
			if n != victim {
				t.Logf("%s:\n%s", n.name, tail(n.logs.String()))
			}
		}
		t.Fatalf("after stopping %s: %v", victim.name, err)
	}
	e.checkDelivered(t, ps2, done2)
	t.Logf("stopped %s while it ran %d of the transfers (hops in flight); all 6 completed %v later", victim.name, owned, time.Since(killed).Round(time.Millisecond))
	resumed := 0
	for _, n := range ns3 {
		if n == victim {
			continue
		}
		for _, l := range n.logLines("resumed unfinished transfers placed on this node") {
			t.Logf("%s: resume: pending %v owned %v activated %v took %vms", n.name, l["pending"], l["owned"], l["activated"], l["took_ms"])
			if a, _ := l["activated"].(float64); a > 0 {
				resumed += int(a)
			}
		}
	}
	if resumed == 0 {
		t.Fatalf("no survivor resumed a transfer of %s", victim.name)
	}
	// The stopped node's chains and bridges have new owners on the
	// survivors, which continue from the published figures and learn every
	// hop of the second batch (one at least per transfer), those reported
	// while an owner was moving included: the outcome stream keeps them.
	var survivors []*clusterNode
	for _, n := range ns3 {
		if n != victim {
			survivors = append(survivors, n)
		}
	}
	checkFiguresAgree(t, survivors, learned+len(ps2))

	// Every survivor's journal replica holds every transfer, completed,
	// with one delivery per hop; the stopped node's holds the first batch.
	for _, n := range ns3 {
		n.stop(t)
	}
	all := append(append([]*placed{}, ps...), ps2...)
	for i, n := range ns3 {
		want := all
		if n == victim {
			want = ps
		}
		j, err := persistence.Open(filepath.Join(n.dataDir, "journal"), persistence.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range want {
			recs, err := j.Read(context.Background(), actors.StreamPrefix+p.tr.ID, 1, 0)
			if err != nil {
				t.Fatal(err)
			}
			completed, delivered := 0, map[int]int{}
			for _, r := range recs {
				switch r.Type {
				case "Completed":
					completed++
				case "HopDelivered":
					var ev struct {
						Hop int `json:"hop"`
					}
					_ = json.Unmarshal(r.Payload, &ev)
					delivered[ev.Hop]++
				}
			}
			if completed != 1 || len(delivered) != len(p.quote.Routes[0].Hops) || uint64(len(recs)) != done2OrDone(done, done2, p.tr.ID).Seq {
				t.Fatalf("node %d's replica of %s: %d records, %d Completed, deliveries %v", i+1, p.tr.ID, len(recs), completed, delivered)
			}
			for h, k := range delivered {
				if k != 1 {
					t.Fatalf("node %d: %s hop %d delivered %d times", i+1, p.tr.ID, h, k)
				}
			}
		}
		_ = j.Close()
	}
}

// waitDoneEach is waitDone with a bound on each request: a request the
// stopped node had taken when it stopped gets no answer, and the client
// asks again (a wallet's client does the same).
func waitDoneEach(ctx context.Context, e *extEnv, ps []*placed) (map[string]*api.Transfer, error) {
	done := map[string]*api.Transfer{}
	for {
		for _, p := range ps {
			if _, ok := done[p.tr.ID]; ok {
				continue
			}
			rctx, cancel := context.WithTimeout(ctx, 5*time.Second)
			tr, err := e.c.Get(rctx, p.tr.ID)
			cancel()
			if err == nil && (tr.Status == api.StatusDone || tr.Status == api.StatusFailed) {
				done[p.tr.ID] = tr
			}
		}
		if len(done) == len(ps) {
			return done, nil
		}
		select {
		case <-ctx.Done():
			return done, fmt.Errorf("%d of %d transfers ended: %w", len(done), len(ps), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func done2OrDone(a, b map[string]*api.Transfer, id string) *api.Transfer {
	if t, ok := a[id]; ok {
		return t
	}
	return b[id]
}

func tail(s string) string {
	if len(s) > 6000 {
		return s[len(s)-6000:]
	}
	return s
}

// checkFiguresAgree: each chain and bridge has one owner in the cluster,
// whose figures every node applies: the hop outcomes every node reported
// reach the bridges' owners, and all nodes end up with the same learned
// figures and chain heads.
func checkFiguresAgree(t *testing.T, nodes []*clusterNode, atLeast int) int {
	t.Helper()
	type view struct {
		successes, failures int
		bridges             map[string]string
	}
	look := func(n *clusterNode) view {
		v := view{bridges: map[string]string{}}
		for _, id := range n.live.Bridges() {
			st, _ := n.live.Bridge(id)
			v.successes += st.Successes
			v.failures += st.Failures
			v.bridges[id] = fmt.Sprintf("%d/%d %v", st.Successes, st.Failures, st.Learned)
		}
		return v
	}
	deadline := time.Now().Add(15 * time.Second)
	for {
		first := look(nodes[0])
		same := first.successes >= atLeast
		for _, n := range nodes[1:] {
			v := look(n)
			same = same && fmt.Sprint(v.bridges) == fmt.Sprint(first.bridges)
		}
		if same {
			owned := map[string]int{}
			for _, n := range nodes {
				owned[n.name] = len(n.logLines("took ownership"))
			}
			t.Logf("every node learned the same figures: %d hops delivered, %d failed, over %d bridges; ownerships taken per node: %v",
				first.successes, first.failures, len(first.bridges), owned)
			return first.successes
		}
		if time.Now().After(deadline) {
			for _, n := range nodes {
				t.Logf("%s: %+v", n.name, look(n).bridges)
			}
			t.Fatalf("the nodes' bridge figures did not converge on at least %d delivered hops within 15 s", atLeast)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
