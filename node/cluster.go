package node

import (
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"

	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster"
	"github.com/straitnet/strait/internal/strictjson"
)

// ClusterOptions make a node a cluster member (docs/cluster.md): the
// replicated journal (cluster/journal) under the transfer actors, which
// become the cluster kind `transfer` placed by disthash; a follower that
// keeps the node's Pebble a replica of the whole journal; and quotes any
// node issued are submittable through every node.
type ClusterOptions struct {
	// Member configures the protoactor-go member (name, remote address,
	// membership provider). Its Logger defaults to the node's.
	Member cluster.Config
	// JournalReplicas is the replica count of STRAIT_JOURNAL when this node
	// creates it (default 1).
	JournalReplicas int
	// Abrupt makes the node leave as a crash would when its context ends:
	// no graceful leave (its membership entry expires after the TTL, and
	// only then do the others take its transfers over). For fault tests.
	Abrupt bool
}

// quoteShare lets a submit name a quote that another node issued: the
// wallet API is one queue group, so a wallet's quote and its submit may
// reach different nodes. A node that does not hold the quote asks the
// others on a cluster subject; each answers from its own quote service.
type quoteShare struct {
	nc      *nats.Conn
	subject string
	local   *quote.Service
	member  *cluster.Member
	timeout time.Duration
	log     *slog.Logger
	sub     *nats.Subscription
}

// quoteAnswer is a node's answer: the quote, or why it cannot be used.
type quoteAnswer struct {
	Quote *quote.Quote `json:"quote,omitempty"`
	Error *api.Error   `json:"error,omitempty"`
}

// hdrAsker names the member asking, so that it does not answer itself.
const hdrAsker = "Strait-Member"

// maxQuoteAnswer bounds an answer (a quote keeps one route).
const maxQuoteAnswer = 1 << 20

func newQuoteShare(nc *nats.Conn, clusterName string, local *quote.Service, member *cluster.Member, log *slog.Logger) (*quoteShare, error) {
	s := &quoteShare{nc: nc, subject: "strait.cluster." + clusterName + ".quote", local: local, member: member,
		timeout: 2 * time.Second, log: log.With("component", "quotes")}
	sub, err := nc.Subscribe(s.subject, s.answer)
	if err != nil {
		return nil, fmt.Errorf("quote sharing: %w", err)
	}
	s.sub = sub
	return s, nil
}

func (s *quoteShare) stop() { _ = s.sub.Unsubscribe() }

// answer serves another node's lookup.
func (s *quoteShare) answer(m *nats.Msg) {
	if m.Reply == "" || len(m.Data) == 0 || len(m.Data) > 128 || m.Header.Get(hdrAsker) == s.member.ID() {
		return // not a lookup, or this node's own (it looked locally first)
	}
	q, e := s.local.Lookup(string(m.Data))
	var a quoteAnswer
	switch {
	case e == nil:
		a.Quote = q
	case e.Code == api.CodeUnknownQuote:
		// Not ours: say so, so that the asker need not wait for us.
	default:
		a.Error = e
	}
	b, err := json.Marshal(a)
	if err != nil {
		s.log.Error("encode a shared quote", "quote", string(m.Data), "err", err)
		b, _ = json.Marshal(quoteAnswer{Error: api.Errorf(api.CodeInternal, "", "quote %s cannot be shared: %v", m.Data, err)})
	}
	_ = m.Respond(b)
}

// Find looks a quote up here, then on the other nodes.
func (s *quoteShare) Find(id string) (*quote.Quote, *api.Error) {
	q, e := s.local.Lookup(id)
	if e == nil || e.Code != api.CodeUnknownQuote || len(id) > 128 || id == "" {
		return q, e
	}
	// The view says how many answers to wait for; a view that lags (a
	// node just joined) only makes the lookup wait for its timeout.
	others, timeout := len(s.member.Members())-1, s.timeout
	if others < 1 {
		others, timeout = 1, s.timeout/8
	}
	inbox := s.nc.NewInbox()
	replies := make(chan *nats.Msg, others)
	sub, err := s.nc.ChanSubscribe(inbox, replies)
	if err != nil {
		return nil, api.Errorf(api.CodeInternal, "", "ask the other nodes for quote %s: %v", id, err)
	}
	defer func() { _ = sub.Unsubscribe() }()
	req := &nats.Msg{Subject: s.subject, Reply: inbox, Data: []byte(id), Header: nats.Header{}}
	req.Header.Set(hdrAsker, s.member.ID())
	if err := s.nc.PublishMsg(req); err != nil {
		return nil, api.Errorf(api.CodeInternal, "", "ask the other nodes for quote %s: %v", id, err)
	}
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	var found *api.Error
	for n := 0; n < others; {
		select {
		case m := <-replies:
			a, err := decodeQuoteAnswer(m.Data, id)
			if err != nil {
				s.log.Warn("bad quote answer from another node", "quote", id, "err", err)
				continue
			}
			n++
			if a.Quote != nil {
				return a.Quote, nil
			}
			if a.Error != nil {
				found = a.Error
			}
		case <-deadline.C:
			s.log.Warn("quote lookup: not every node answered in time", "quote", id, "answers", n, "nodes", others, "timeout", timeout)
			n = others
		}
	}
	if found != nil {
		return nil, found
	}
	return nil, e
}

// decodeQuoteAnswer decodes another node's answer for quote id: strict
// JSON, one object, a quote of that id or a coded error, not both.
func decodeQuoteAnswer(data []byte, id string) (quoteAnswer, error) {
	var a quoteAnswer
	if err := strictjson.Decode(data, maxQuoteAnswer, &a); err != nil {
		return quoteAnswer{}, err
	}
	switch {
	case a.Quote != nil && a.Error != nil:
		return quoteAnswer{}, errors.New("both a quote and an error")
	case a.Quote != nil && (a.Quote.ID != id || a.Quote.Answer == nil):
		return quoteAnswer{}, fmt.Errorf("quote %q is not a submittable answer for %q", a.Quote.ID, id)
	case a.Error != nil && (a.Error.Code == "" || a.Error.Code == api.CodeUnknownQuote):
		return quoteAnswer{}, fmt.Errorf("error without a usable code %q", a.Error.Code)
	}
	return a, nil
}
