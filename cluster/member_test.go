package cluster_test

import (
	"fmt"
	"net"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/asynkron/protoactor-go/actor"
	pcluster "github.com/asynkron/protoactor-go/cluster"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"google.golang.org/protobuf/types/known/wrapperspb"

	"github.com/straitnet/strait/cluster"
	"github.com/straitnet/strait/cluster/membership"
	"github.com/straitnet/strait/internal/testnats"
)

// activations counts, per member and identity, how often a `transfer`
// virtual actor was activated and how many messages it received.
type activations struct {
	mu   sync.Mutex
	acts map[string]map[string]int // member -> identity -> activations
}

func (a *activations) add(member, id string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.acts[member] == nil {
		a.acts[member] = map[string]int{}
	}
	a.acts[member][id]++
}

func (a *activations) of(id string) map[string]int {
	a.mu.Lock()
	defer a.mu.Unlock()
	out := map[string]int{}
	for m, ids := range a.acts {
		if n := ids[id]; n > 0 {
			out[m] = n
		}
	}
	return out
}

// transferKind is a stand-in for the transfer actor: it answers every
// request with the id of the member it runs on.
func transferKind(acts *activations) *pcluster.Kind {
	return pcluster.NewKind("transfer", actor.PropsFromFunc(func(ctx actor.Context) {
		switch msg := ctx.Message().(type) {
		case *pcluster.ClusterInit:
			acts.add(ctx.ActorSystem().ID, msg.Identity.Identity)
		case *wrapperspb.StringValue:
			ctx.Respond(wrapperspb.String(ctx.ActorSystem().ID))
		}
	}))
}

func startKV(t *testing.T, ns *server.Server, acts *activations) *cluster.Member {
	t.Helper()
	nc, err := nats.Connect(ns.ClientURL())
	if err != nil {
		t.Fatal(err)
	}
	m, err := cluster.Start(cluster.Config{
		Name:           "test",
		Membership:     membership.Config{Provider: membership.ProviderNATSKV, TTL: 3 * time.Second},
		RequestTimeout: 2 * time.Second,
	}, nc, transferKind(acts))
	if err != nil {
		nc.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close(); nc.Close() })
	return m
}

func waitMembers(t *testing.T, ms []*cluster.Member, want []string, within time.Duration) time.Duration {
	t.Helper()
	slices.Sort(want)
	start := time.Now()
	for {
		ok := true
		for _, m := range ms {
			got := m.Members()
			slices.Sort(got)
			if !slices.Equal(got, want) {
				ok = false
			}
		}
		if ok {
			return time.Since(start)
		}
		if time.Since(start) > within {
			for _, m := range ms {
				t.Logf("member %s sees %v", m.ID(), m.Members())
			}
			t.Fatalf("members did not converge on %v within %v", want, within)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func ids(ms []*cluster.Member) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.ID())
	}
	return out
}

// ask sends transfer/id a request from m and returns the member that
// answered.
func ask(m *cluster.Member, id string, timeout time.Duration) (string, error) {
	res, err := m.Request("transfer", id, wrapperspb.String("ping"), timeout)
	if err != nil {
		return "", err
	}
	sv, ok := res.(*wrapperspb.StringValue)
	if !ok {
		return "", fmt.Errorf("reply %T", res)
	}
	return sv.Value, nil
}

// checkOneOwner sends transfer/id requests from every member and checks
// that one member answers them all and that it activated id once.
func checkOneOwner(t *testing.T, ms []*cluster.Member, acts *activations, id string) string {
	t.Helper()
	owner := ""
	for round := 0; round < 3; round++ {
		for _, m := range ms {
			got, err := ask(m, id, 5*time.Second)
			if err != nil {
				t.Fatalf("transfer/%s from %s: %v", id, m.ID(), err)
			}
			if owner == "" {
				owner = got
			}
			if got != owner {
				t.Fatalf("transfer/%s answered by %s and by %s", id, owner, got)
			}
		}
	}
	if a := acts.of(id); len(a) != 1 || a[owner] != 1 {
		t.Fatalf("transfer/%s activations %v, want one on %s", id, a, owner)
	}
	return owner
}

// TestKVMembershipFailover: three members on the NATS KV provider; a
// transfer lives on exactly one; its member dies without leaving, its
// entry expires, and the transfer activates on a survivor.
func TestKVMembershipFailover(t *testing.T) {
	ns, _ := testnats.Start(t)
	acts := &activations{acts: map[string]map[string]int{}}
	ms := []*cluster.Member{startKV(t, ns, acts), startKV(t, ns, acts), startKV(t, ns, acts)}
	waitMembers(t, ms, ids(ms), 15*time.Second)

	owners := map[string]string{}
	for i := 0; i < 6; i++ {
		id := "t" + strconv.Itoa(i)
		owners[id] = checkOneOwner(t, ms, acts, id)
	}
	// Pick the member that owns t0 and kill it: no graceful leave, no
	// deleted entry.
	var dead *cluster.Member
	var survivors []*cluster.Member
	for _, m := range ms {
		if m.ID() == owners["t0"] {
			dead = m
		} else {
			survivors = append(survivors, m)
		}
	}
	killed := time.Now()
	dead.Stop(false)
	left := waitMembers(t, survivors, ids(survivors), 15*time.Second)
	t.Logf("membership dropped the dead member after %v (TTL 3s)", left.Round(time.Millisecond))

	// t0 now activates on a survivor, once, and every survivor reaches it.
	var moved string
	for {
		got, err := ask(survivors[0], "t0", time.Second)
		if err == nil {
			moved = got
			break
		}
		if time.Since(killed) > 20*time.Second {
			t.Fatalf("transfer/t0 did not come back within 20s: %v", err)
		}
	}
	t.Logf("transfer/t0 answered again %v after the kill, on %s", time.Since(killed).Round(time.Millisecond), moved)
	if moved == dead.ID() {
		t.Fatal("transfer/t0 answered by the dead member")
	}
	for _, m := range survivors {
		for i := 0; i < 3; i++ {
			if got, err := ask(m, "t0", 5*time.Second); err != nil || got != moved {
				t.Fatalf("transfer/t0 from %s: %q %v, want %s", m.ID(), got, err, moved)
			}
		}
	}
	if a := acts.of("t0"); len(a) != 2 || a[dead.ID()] != 1 || a[moved] != 1 {
		t.Fatalf("t0 activations %v: want one on the dead member and one on %s", a, moved)
	}
	// Transfers that lived on survivors stay where they were.
	for id, owner := range owners {
		if owner == dead.ID() {
			continue
		}
		if got, err := ask(survivors[0], id, 5*time.Second); err != nil || got != owner {
			t.Fatalf("transfer/%s moved from %s to %q (%v)", id, owner, got, err)
		}
	}
}

func freePort(t *testing.T) int {
	t.Helper()
	p, err := cluster.FreePort("127.0.0.1")
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAutoManagedMembership: the static provider, chosen by config, forms
// the same cluster from a fixed list of members.
func TestAutoManagedMembership(t *testing.T) {
	if testing.Short() {
		t.Skip("the automanaged provider polls every member over HTTP; the KV test covers routing in -short")
	}
	acts := &activations{acts: map[string]map[string]int{}}
	ports := []int{freePort(t), freePort(t), freePort(t)}
	var hosts []string
	for _, p := range ports {
		hosts = append(hosts, net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
	}
	var ms []*cluster.Member
	for _, p := range ports {
		m, err := cluster.Start(cluster.Config{
			Name: "static",
			Membership: membership.Config{Provider: membership.ProviderAutoManaged, Hosts: hosts, Port: p,
				Bind: "127.0.0.1", RefreshTTL: 300 * time.Millisecond},
		}, nil, transferKind(acts))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(m.Close)
		ms = append(ms, m)
	}
	waitMembers(t, ms, ids(ms), 15*time.Second)
	for i := 0; i < 4; i++ {
		checkOneOwner(t, ms, acts, "s"+strconv.Itoa(i))
	}
}

func TestConfigRejects(t *testing.T) {
	for _, c := range []cluster.Config{
		{Name: "bad name"},
		{Port: 70000},
		{AdvertisedHost: "nohostport"},
		{Membership: membership.Config{Provider: "consul"}},
		{Membership: membership.Config{TTL: time.Millisecond}},
		{Membership: membership.Config{Provider: membership.ProviderAutoManaged}},
		{Membership: membership.Config{Provider: membership.ProviderAutoManaged, Port: 1, Hosts: []string{"a"}}},
		{Membership: membership.Config{Provider: membership.ProviderAutoManaged, Port: 1, Hosts: []string{"a:1"}, Bind: "host"}},
	} {
		if _, err := cluster.Start(c, nil); err == nil {
			t.Errorf("config %+v accepted", c)
		}
	}
}

// TestKVGracefulLeaveAndJunk: a member that leaves gracefully deletes its
// entry and drops out of the other views at once (well inside the TTL); a
// malformed entry in the bucket is ignored.
func TestKVGracefulLeaveAndJunk(t *testing.T) {
	ns, nc := testnats.Start(t)
	acts := &activations{acts: map[string]map[string]int{}}
	a, b := startKV(t, ns, acts), startKV(t, ns, acts)
	waitMembers(t, []*cluster.Member{a, b}, ids([]*cluster.Member{a, b}), 15*time.Second)

	js, err := nc.JetStream()
	if err != nil {
		t.Fatal(err)
	}
	kv, err := js.KeyValue("strait_members")
	if err != nil {
		t.Fatal(err)
	}
	for key, val := range map[string]string{
		"test.junk":  `{"v":1,"cluster":"test","id":"junk","host":"h","port":0}`,
		"test.other": `{"v":1,"cluster":"test","id":"someone-else","host":"h","port":1}`,
		"test.bad":   `not json`,
	} {
		if _, err := kv.Put(key, []byte(val)); err != nil {
			t.Fatal(err)
		}
	}
	time.Sleep(300 * time.Millisecond)
	waitMembers(t, []*cluster.Member{a, b}, ids([]*cluster.Member{a, b}), time.Second)

	go b.Stop(true)
	took := waitMembers(t, []*cluster.Member{a}, []string{a.ID()}, 2*time.Second)
	t.Logf("graceful leave seen after %v", took.Round(time.Millisecond))
}
