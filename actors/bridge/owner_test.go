package bridge

import (
	"fmt"
	"math/rand"
	"testing"
)

// TestAdmitExhaustive checks the fencing rule on every pair of small
// marks: a publication is applied exactly when it comes after everything
// seen, the latest mark is the larger of the two, a repeat is never
// applied twice, and a claim fences every publication of older epochs.
func TestAdmitExhaustive(t *testing.T) {
	const n = 5
	for se := uint64(0); se < n; se++ {
		for ss := uint64(0); ss < n; ss++ {
			seen := Mark{se, ss}
			for pe := uint64(0); pe < n; pe++ {
				for ps := uint64(0); ps < n; ps++ {
					p := Mark{pe, ps}
					apply, latest := Admit(seen, p)
					want := pe > se || (pe == se && ps > ss)
					if apply != want {
						t.Fatalf("Admit(%v, %v) = %v, want %v", seen, p, apply, want)
					}
					if apply && latest != p || !apply && latest != seen {
						t.Fatalf("Admit(%v, %v) latest %v", seen, p, latest)
					}
					if again, _ := Admit(latest, p); again {
						t.Fatalf("Admit applied %v twice", p)
					}
					// Exactly one of after, before, equal.
					if n := btoi(p.After(seen)) + btoi(seen.After(p)) + btoi(p == seen); n != 1 {
						t.Fatalf("order of %v and %v is not total", p, seen)
					}
					// A claim at epoch c fences publications of older epochs
					// and never moves the latest mark backwards.
					for c := uint64(0); c < n; c++ {
						after := Claimed(seen, c)
						if seen.After(after) {
							t.Fatalf("Claimed(%v, %d) = %v moved back", seen, c, after)
						}
						if ok, _ := Admit(after, p); ok && p.Epoch < c {
							t.Fatalf("publication %v applied after a claim at epoch %d", p, c)
						}
						if Superseded(c, after) != (after.Epoch > c) {
							t.Fatalf("Superseded(%d, %v)", c, after)
						}
					}
				}
			}
		}
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ownerSim is a small cluster: activations claim (epochs from a journal
// that numbers claims), publish while not superseded, and publications
// reach each node in any order, repeated or not.
type ownerSim struct {
	rng   *rand.Rand
	nodes []*simNode
	acts  []*simAct
	epoch map[string]uint64 // the journal's claim counter per identity
	pubs  []simPub          // every publication made (delivery pool)
}

type simNode struct {
	seen    map[string]Mark
	applied map[string][]Mark
	// history is everything the node learned, in order, for the oracle.
	history map[string][]Mark
}

type simAct struct {
	id      string
	node    int
	epoch   uint64
	seq     uint64
	stopped bool
}

type simPub struct {
	id   string
	mark Mark
}

func (s *ownerSim) claim(id string, node int) {
	s.epoch[id]++
	a := &simAct{id: id, node: node, epoch: s.epoch[id]}
	s.acts = append(s.acts, a)
	n := s.nodes[node]
	n.seen[id] = Claimed(n.seen[id], a.epoch)
	n.history[id] = append(n.history[id], Mark{Epoch: a.epoch})
}

// publish: the activation checks its node's view first (Superseded), and
// its own node applies the publication at once.
func (s *ownerSim) publish(t *testing.T, a *simAct) {
	n := s.nodes[a.node]
	if a.stopped || Superseded(a.epoch, n.seen[a.id]) {
		a.stopped = true
		return
	}
	a.seq++
	p := simPub{id: a.id, mark: Mark{a.epoch, a.seq}}
	s.pubs = append(s.pubs, p)
	s.deliver(t, a.node, p)
}

// deliver applies p at node and checks the decision against the oracle:
// apply iff p comes strictly after every mark the node learned before.
func (s *ownerSim) deliver(t *testing.T, node int, p simPub) {
	n := s.nodes[node]
	want := true
	for _, h := range n.history[p.id] {
		if !p.mark.After(h) {
			want = false
		}
	}
	apply, latest := Admit(n.seen[p.id], p.mark)
	if apply != want {
		t.Fatalf("node %d, %s: Admit(%v, %v) = %v, oracle %v (history %v)", node, p.id, n.seen[p.id], p.mark, apply, want, n.history[p.id])
	}
	n.seen[p.id] = latest
	n.history[p.id] = append(n.history[p.id], p.mark)
	if apply {
		if ap := n.applied[p.id]; len(ap) > 0 && !p.mark.After(ap[len(ap)-1]) {
			t.Fatalf("node %d applied %v after %v", node, p.mark, ap[len(ap)-1])
		}
		n.applied[p.id] = append(n.applied[p.id], p.mark)
	}
	// The node's own activations of older epochs learn they are fenced.
	for _, a := range s.acts {
		if a.node == node && a.id == p.id && Superseded(a.epoch, n.seen[p.id]) {
			a.stopped = true
		}
	}
}

// TestOwnershipOracle runs random histories of claims, publications and
// deliveries (any order, repeats) on three nodes and two identities, and
// checks every decision against a naive oracle, that no node applies
// publications out of order, that a superseded activation never
// publishes, and that once the newest owner publishes and everything is
// delivered every node holds its figures.
func TestOwnershipOracle(t *testing.T) {
	runs := 3000
	if testing.Short() {
		runs = 500
	}
	ids := []string{"chain/a", "bridge/x"}
	for run := 0; run < runs; run++ {
		s := &ownerSim{rng: rand.New(rand.NewSource(int64(run))), epoch: map[string]uint64{}}
		for i := 0; i < 3; i++ {
			s.nodes = append(s.nodes, &simNode{seen: map[string]Mark{}, applied: map[string][]Mark{}, history: map[string][]Mark{}})
		}
		steps := 5 + s.rng.Intn(40)
		for step := 0; step < steps; step++ {
			switch r := s.rng.Intn(10); {
			case r < 2 || len(s.acts) == 0:
				s.claim(ids[s.rng.Intn(len(ids))], s.rng.Intn(len(s.nodes)))
			case r < 6:
				a := s.acts[s.rng.Intn(len(s.acts))]
				wasLive := !a.stopped && !Superseded(a.epoch, s.nodes[a.node].seen[a.id])
				before := len(s.pubs)
				s.publish(t, a)
				if !wasLive && len(s.pubs) != before {
					t.Fatalf("run %d: a superseded activation published", run)
				}
			default:
				if len(s.pubs) > 0 {
					s.deliver(t, s.rng.Intn(len(s.nodes)), s.pubs[s.rng.Intn(len(s.pubs))])
				}
			}
		}
		// The newest activation of each identity is never superseded: it
		// publishes once more, everything reaches everyone, and every node
		// ends on that publication.
		for _, id := range ids {
			var newest *simAct
			for _, a := range s.acts {
				if a.id == id && (newest == nil || a.epoch > newest.epoch) {
					newest = a
				}
			}
			if newest == nil {
				continue
			}
			if newest.stopped {
				t.Fatalf("run %d: the newest owner of %s (epoch %d) was stopped", run, id, newest.epoch)
			}
			s.publish(t, newest)
			last := s.pubs[len(s.pubs)-1]
			for _, p := range s.pubs {
				for node := range s.nodes {
					s.deliver(t, node, p)
				}
			}
			for node, n := range s.nodes {
				ap := n.applied[id]
				if len(ap) == 0 || ap[len(ap)-1] != last.mark {
					t.Fatalf("run %d: node %d ends %s on %v, want %v", run, node, id, ap, last.mark)
				}
			}
		}
	}
}

func ExampleAdmit() {
	seen := Mark{Epoch: 2, Seq: 7}
	for _, p := range []Mark{{2, 8}, {2, 8}, {1, 9}, {3, 1}} {
		apply, latest := Admit(seen, p)
		seen = latest
		fmt.Println(p, apply)
	}
	// Output:
	// {2 8} true
	// {2 8} false
	// {1 9} false
	// {3 1} true
}
