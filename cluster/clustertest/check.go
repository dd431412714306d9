package clustertest

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster/journal"
)

var balanceOfABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(`[{"type":"function","name":"balanceOf","stateMutability":"view","inputs":[{"name":"a","type":"address"}],"outputs":[{"name":"","type":"uint256"}]}]`))
	if err != nil {
		panic(err)
	}
	return a
}()

// BalanceOf reads an ERC-20 balance on a devnet chain.
func (e *Env) BalanceOf(ctx context.Context, chain string, token, who common.Address) (*big.Int, error) {
	data, err := balanceOfABI.Pack("balanceOf", who)
	if err != nil {
		return nil, err
	}
	out, err := e.Chains[chain].CallContract(ctx, ethereum.CallMsg{To: &token, Data: data}, nil)
	if err != nil {
		return nil, fmt.Errorf("balanceOf on %s: %w", chain, err)
	}
	return new(big.Int).SetBytes(out), nil
}

// tokenOf is the token contract of an asset id on the devnet.
func (e *Env) tokenOf(asset string) (string, common.Address, error) {
	sym, chain, _ := strings.Cut(asset, "@")
	dep := e.Deployments[chain]
	if dep == nil {
		return "", common.Address{}, fmt.Errorf("no deployment on %s", chain)
	}
	if strings.HasPrefix(sym, "w") {
		for origin, addr := range dep.Wrapped {
			if strings.HasPrefix(origin, sym[1:]+"@") {
				return chain, addr, nil
			}
		}
		return "", common.Address{}, fmt.Errorf("no wrapped %s on %s", sym[1:], chain)
	}
	addr, ok := dep.Tokens[sym]
	if !ok {
		return "", common.Address{}, fmt.Errorf("no token %s on %s", sym, chain)
	}
	return chain, addr, nil
}

// Delivered is what CheckDelivered found.
type Delivered struct {
	// Sent and Held are per destination asset: the sum of the transfers'
	// amount_out, and what their recipients hold.
	Sent, Held map[string]*big.Int
}

// CheckDelivered checks every transfer COMPLETED with at least its
// min_out, and each recipient holding exactly its transfer's amount_out:
// a double delivery would show twice the amount, a lost one zero.
func (e *Env) CheckDelivered(ctx context.Context, ps []*Placed, done map[string]*api.Transfer) (*Delivered, error) {
	d := &Delivered{Sent: map[string]*big.Int{}, Held: map[string]*big.Int{}}
	for _, p := range ps {
		tr := done[p.ID]
		if tr == nil || tr.Substatus != api.SubCompleted {
			js, _ := json.Marshal(tr)
			return d, fmt.Errorf("transfer %s (%s) ended %s", p.ID, p.Ref, js)
		}
		out, ok := new(big.Int).SetString(tr.AmountOut, 10)
		min, _ := new(big.Int).SetString(tr.MinOut, 10)
		if !ok || out.Sign() <= 0 || (min != nil && out.Cmp(min) < 0) {
			return d, fmt.Errorf("transfer %s delivered %q (min %q)", tr.ID, tr.AmountOut, tr.MinOut)
		}
		chain, token, err := e.tokenOf(p.To)
		if err != nil {
			return d, err
		}
		bal, err := e.BalanceOf(ctx, chain, token, p.Recipient)
		if err != nil {
			return d, err
		}
		if bal.Cmp(out) != 0 {
			return d, fmt.Errorf("transfer %s (%s): recipient %s holds %s of %s, the transfer delivered %s", tr.ID, p.Ref, p.Recipient.Hex(), bal, p.To, out)
		}
		if d.Sent[p.To] == nil {
			d.Sent[p.To], d.Held[p.To] = new(big.Int), new(big.Int)
		}
		d.Sent[p.To].Add(d.Sent[p.To], out)
		d.Held[p.To].Add(d.Held[p.To], bal)
	}
	for asset, s := range d.Sent {
		if s.Cmp(d.Held[asset]) != 0 {
			return d, fmt.Errorf("%s: delivered %s in total, recipients hold %s", asset, s, d.Held[asset])
		}
	}
	return d, nil
}

// JournalReport is what CheckJournal found.
type JournalReport struct {
	Transfers int // transfer streams in the replicated journal
	Records   int
	// Fenced is nothing the journal shows: JetStream refused the fenced
	// appends, so the history holds one writer's records per position.
}

// CheckJournal reads the whole replicated journal (STRAIT_JOURNAL) into a
// fresh Pebble in dir, the way a new node catches up (every record's hash
// and chain is checked on landing), and checks that it holds exactly the
// accepted transfers, each with one Completed and one HopDelivered per hop.
func (e *Env) CheckJournal(ctx context.Context, dir string, ps []*Placed) (*JournalReport, error) {
	j, err := journal.Open(dir, e.NC, journal.Options{})
	if err != nil {
		return nil, fmt.Errorf("open a fresh replica: %w", err)
	}
	defer j.Close()
	if _, err := j.CatchUpAll(ctx); err != nil {
		return nil, fmt.Errorf("catch up: %w", err)
	}
	rep, err := j.Verify(ctx)
	if err != nil || !rep.OK() {
		return nil, fmt.Errorf("journal verify: %v %+v", err, rep)
	}
	streams, err := j.Streams(ctx, actors.StreamPrefix, "", 0)
	if err != nil {
		return nil, err
	}
	want := map[string]*Placed{}
	for _, p := range ps {
		want[actors.StreamPrefix+p.ID] = p
	}
	var extra []string
	for _, s := range streams {
		if want[s] == nil {
			extra = append(extra, s)
		}
	}
	if len(streams) != len(ps) || len(extra) > 0 {
		return nil, fmt.Errorf("the journal holds %d transfers, %d were accepted; not accepted: %v", len(streams), len(ps), extra)
	}
	out := &JournalReport{Transfers: len(streams)}
	for s, p := range want {
		recs, err := j.Read(ctx, s, 1, 0)
		if err != nil {
			return nil, err
		}
		out.Records += len(recs)
		delivered := map[int]int{}
		completed := 0
		var types []string
		for _, r := range recs {
			types = append(types, r.Type)
			switch r.Type {
			case "HopDelivered":
				var ev struct {
					Hop int `json:"hop"`
				}
				if err := json.Unmarshal(r.Payload, &ev); err != nil {
					return nil, fmt.Errorf("%s seq %d: %w", s, r.Seq, err)
				}
				delivered[ev.Hop]++
			case "Completed":
				completed++
			}
		}
		bad := completed != 1 || len(delivered) != p.Hops
		for _, n := range delivered {
			bad = bad || n != 1
		}
		if bad {
			return nil, fmt.Errorf("%s (%s): %d Completed, deliveries per hop %v for %d hops; journal: %v", p.ID, p.Ref, completed, delivered, p.Hops, types)
		}
	}
	return out, nil
}

// Events records when each transfer's status events arrive (receive time
// in this process), to measure how long transfers stall across a fault.
type Events struct {
	sub *nats.Subscription
	mu  sync.Mutex
	at  map[string][]time.Time // by transfer id, in arrival order
	dup int
	seq map[string]map[uint64]bool
}

// WatchEvents subscribes to every transfer's status events.
func (e *Env) WatchEvents() (*Events, error) {
	ev := &Events{at: map[string][]time.Time{}, seq: map[string]map[uint64]bool{}}
	sub, err := e.NC.Subscribe(api.EventsSubject, func(m *nats.Msg) {
		var s api.StatusEvent
		if json.Unmarshal(m.Data, &s) != nil {
			return
		}
		now := time.Now()
		ev.mu.Lock()
		defer ev.mu.Unlock()
		if ev.seq[s.TransferID] == nil {
			ev.seq[s.TransferID] = map[uint64]bool{}
		}
		if ev.seq[s.TransferID][s.Seq] {
			ev.dup++ // republished after a restart: counted, not a new change
			return
		}
		ev.seq[s.TransferID][s.Seq] = true
		ev.at[s.TransferID] = append(ev.at[s.TransferID], now)
	})
	if err != nil {
		return nil, err
	}
	if err := sub.SetPendingLimits(-1, -1); err != nil {
		return nil, err
	}
	ev.sub = sub
	return ev, e.NC.Flush()
}

// Close stops watching.
func (ev *Events) Close() { _ = ev.sub.Unsubscribe() }

// Republished counts events seen twice (same transfer and seq).
func (ev *Events) Republished() int {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	return ev.dup
}

// Stall is how transfers pending at a fault resumed.
type Stall struct {
	// Pending is the number of transfers not ended at the fault.
	Pending int `json:"pending"`
	// ResumeS is the longest wait from the fault to a pending transfer's
	// next status event: the time until the last of the dead node's
	// transfers moved again (the others move within a block or two).
	ResumeS float64 `json:"resume_s"`
	// P50S is the median wait, for comparison: most transfers were not on
	// the faulty node.
	P50S float64 `json:"p50_s"`
	// Over counts the transfers that waited longer than the threshold
	// given to Stalled (about the membership TTL): those that lived on the
	// faulty node.
	Over int `json:"stalled"`
}

// Stalled measures, for the transfers in ids that were pending at t
// (an event by t and one after it: a transfer that had ended has none
// after, one not yet submitted none before), the wait from t to their
// next event.
func (ev *Events) Stalled(ids []string, t time.Time, threshold time.Duration) Stall {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var waits []time.Duration
	for _, id := range ids {
		at := ev.at[id]
		if len(at) == 0 || at[0].After(t) {
			continue
		}
		for _, a := range at {
			if a.After(t) {
				waits = append(waits, a.Sub(t))
				break
			}
		}
	}
	st := Stall{Pending: len(waits)}
	if len(waits) == 0 {
		return st
	}
	sort.Slice(waits, func(i, j int) bool { return waits[i] < waits[j] })
	st.ResumeS = waits[len(waits)-1].Seconds()
	st.P50S = waits[len(waits)/2].Seconds()
	for _, w := range waits {
		if w > threshold {
			st.Over++
		}
	}
	return st
}

// FencedLines counts the lines of a node's log that report a fenced
// append (the manager stops an activation whose append another node's
// activation beat).
func (n *Node) FencedLines() (int, error) {
	return CountInLog(n.LogPath(), "fenced")
}

// ReadLog returns a node's log.
func (n *Node) ReadLog() string {
	b, _ := os.ReadFile(n.LogPath())
	return string(b)
}

// Seen counts the transfers with at least one event, and the events.
func (ev *Events) Seen() (transfers, events int) {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	for _, a := range ev.at {
		events += len(a)
	}
	return len(ev.at), events
}

// WaitSeen waits until at least n transfers have had an event.
func (ev *Events) WaitSeen(ctx context.Context, n int) error {
	for {
		if got, _ := ev.Seen(); got >= n {
			return nil
		}
		select {
		case <-ctx.Done():
			got, _ := ev.Seen()
			return fmt.Errorf("%d transfers seen, waiting for %d: %w", got, n, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// LastEvent is when the last status event of any of the transfers in ids
// arrived (the zero time if none did): for ended transfers, when the last
// of them ended.
func (ev *Events) LastEvent(ids []string) time.Time {
	ev.mu.Lock()
	defer ev.mu.Unlock()
	var last time.Time
	for _, id := range ids {
		if a := ev.at[id]; len(a) > 0 && a[len(a)-1].After(last) {
			last = a[len(a)-1]
		}
	}
	return last
}
