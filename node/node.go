// Package node assembles one Strait node: NATS (embedded with JetStream, or
// an external server), the Pebble journal, the transfer actors, the quote
// service, the wallet API micro service and the HTTP health and metrics
// endpoints. `strait up` runs one on embedded defaults.
package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	pcluster "github.com/asynkron/protoactor-go/cluster"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/straitnet/strait/actors"
	"github.com/straitnet/strait/actors/bridge"
	"github.com/straitnet/strait/actors/quote"
	"github.com/straitnet/strait/actors/transfer"
	"github.com/straitnet/strait/actors/walletapi"
	"github.com/straitnet/strait/api"
	"github.com/straitnet/strait/cluster"
	cjournal "github.com/straitnet/strait/cluster/journal"
	"github.com/straitnet/strait/persistence"
	"github.com/straitnet/strait/routing"
)

// Config configures a node.
type Config struct {
	// DataDir holds the journal (journal/) and the embedded NATS store (nats/).
	DataDir string
	// NATSURL, when set, connects to an external NATS server instead of
	// embedding one.
	NATSURL string
	// NATSHost and NATSPort are where the embedded server listens (default
	// 127.0.0.1:4222; port -1 picks a free one).
	NATSHost string
	NATSPort int
	// HTTPAddr serves /healthz, /readyz and /metrics (default 127.0.0.1:8080;
	// port 0 picks a free one).
	HTTPAddr string
	// Snapshot is the routing graph to serve (or Store, to share one with
	// the executor and the bridge figures).
	Snapshot *routing.Snapshot
	Store    *routing.Store
	// Builder makes quotes' unsigned source transactions; nil = none.
	Builder quote.SourceTxBuilder
	// Checker checks wallet source transactions; nil refuses submits with
	// CodeUnavailable (no chain wired for them).
	Checker actors.SourceChecker
	// Executor runs hops and refunds; nil refuses to start transfers.
	Executor actors.Executor
	// Health reports the chains' live health for catalog.chains (the chain
	// actors of actors/bridge); nil reports every chain "ok".
	Health actors.ChainHealth
	// Figures are the live-figure actors (actors/bridge) feeding Store and
	// Health. In cluster mode their chains and bridges become the cluster
	// kinds `chain` and `bridge`, one owner each in the cluster, whose
	// figures every node applies; on one node they run as they are.
	Figures *bridge.System
	Logger  *slog.Logger
	// QuoteTTL is how long a quote can be submitted (0: the quote
	// service's default, 60 s).
	QuoteTTL time.Duration
	// Ready, if set, is called once the node serves, with its addresses.
	Ready func(Addrs)
	// Cluster, when set, makes the node a cluster member (NATSURL is then
	// required: the members share one NATS); see cluster.go.
	Cluster *ClusterOptions
	// dataDirLocked: the caller (RunFile) took the data directory already.
	dataDirLocked bool
}

// Addrs says where a running node listens.
type Addrs struct {
	NATS string
	HTTP string
}

// EnsureDefaults fills unset fields.
func (c *Config) EnsureDefaults() {
	if c.DataDir == "" {
		c.DataDir = "data"
	}
	if c.NATSHost == "" {
		c.NATSHost = "127.0.0.1"
	}
	if c.NATSPort == 0 {
		c.NATSPort = 4222
	}
	if c.HTTPAddr == "" {
		c.HTTPAddr = "127.0.0.1:8080"
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.NewJSONHandler(os.Stderr, nil))
	}
}

// Validate reports an unusable config.
func (c *Config) Validate() error {
	if c.Snapshot == nil && c.Store == nil {
		return errors.New("node: Config.Snapshot or Config.Store is required")
	}
	if c.NATSPort < -1 || c.NATSPort > 65535 {
		return fmt.Errorf("node: NATS port %d out of range", c.NATSPort)
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		return fmt.Errorf("node: HTTP address %q: %w", c.HTTPAddr, err)
	}
	if c.Cluster != nil {
		if c.NATSURL == "" {
			return errors.New("node: a cluster member needs NATSURL (the NATS servers the cluster shares)")
		}
		mc := c.Cluster.Member
		mc.EnsureDefaults()
		if err := mc.Validate(); err != nil {
			return fmt.Errorf("node: %w", err)
		}
	}
	return nil
}

// lockDataDir creates dir and takes it for this process (an exclusive lock
// on dir/LOCK, released when the process ends). Two nodes on one data
// directory would both write its journal and its JetStream store (the
// embedded NATS server takes no lock of its own, and it opens the store
// before it finds its port taken): the second is refused at once.
func lockDataDir(dir string) (io.Closer, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	lock, err := vfs.Default.Lock(filepath.Join(dir, "LOCK"))
	if err != nil {
		return nil, fmt.Errorf("data dir %s is in use by another Strait node: %w", dir, err)
	}
	return lock, nil
}

// probePorts fails early when a port the node will listen on is taken (the
// devnets take seconds to start before the node would find out).
func probePorts(cfg *Config) error {
	var addrs [][2]string // what, address
	if cfg.NATSURL == "" && cfg.NATSPort > 0 {
		addrs = append(addrs, [2]string{"NATS", net.JoinHostPort(cfg.NATSHost, strconv.Itoa(cfg.NATSPort))})
	}
	if _, port, err := net.SplitHostPort(cfg.HTTPAddr); err == nil && port != "0" {
		addrs = append(addrs, [2]string{"HTTP", cfg.HTTPAddr})
	}
	for _, a := range addrs {
		what, addr := a[0], a[1]
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return fmt.Errorf("%s address %s is in use (another node? a flag or the config file chooses another): %w", what, addr, err)
		}
		_ = l.Close()
	}
	return nil
}

// Run runs a node until ctx is cancelled, then shuts down gracefully.
func Run(ctx context.Context, cfg Config) error {
	cfg.EnsureDefaults()
	if err := cfg.Validate(); err != nil {
		return err
	}
	log := cfg.Logger.With("component", "node")
	if !cfg.dataDirLocked {
		lock, err := lockDataDir(cfg.DataDir)
		if err != nil {
			return err
		}
		defer lock.Close()
	}

	var nc *nats.Conn
	var ns *server.Server
	natsURL := cfg.NATSURL
	if natsURL == "" {
		var err error
		ns, err = server.NewServer(&server.Options{
			ServerName: "strait", Host: cfg.NATSHost, Port: cfg.NATSPort, JetStream: true,
			StoreDir: filepath.Join(cfg.DataDir, "nats"), NoSigs: true, NoLog: true, MaxPayload: 1 << 20,
		})
		if err != nil {
			return fmt.Errorf("embedded NATS: %w", err)
		}
		go ns.Start()
		if !ns.ReadyForConnections(10 * time.Second) {
			ns.Shutdown()
			return fmt.Errorf("embedded NATS did not start on %s:%d (is the port in use?)", cfg.NATSHost, cfg.NATSPort)
		}
		defer func() { ns.Shutdown(); ns.WaitForShutdown() }()
		natsURL = ns.ClientURL()
	}
	nc, err := nats.Connect(natsURL, nats.Name("strait-node"), nats.MaxReconnects(-1))
	if err != nil {
		return fmt.Errorf("connect to NATS at %s: %w", natsURL, err)
	}
	defer nc.Drain()

	var j persistence.Journal
	var cj *cjournal.Journal
	if cfg.Cluster != nil {
		// Replicated: every append goes through STRAIT_JOURNAL first; the
		// follower lands the other nodes' appends here.
		cj, err = cjournal.Open(filepath.Join(cfg.DataDir, "journal"), nc, cjournal.Options{
			Local: persistence.Options{Logger: cfg.Logger}, Replicas: cfg.Cluster.JournalReplicas, Logger: cfg.Logger})
		if err != nil {
			return fmt.Errorf("open replicated journal: %w", err)
		}
		defer cj.Close()
		start := time.Now()
		f, err := cj.Follow(ctx)
		if err != nil {
			return fmt.Errorf("follow the replicated journal: %w", err)
		}
		defer f.Stop()
		log.Info("journal replica caught up", "landed", f.Landed(), "stream_seq", f.Seen(), "took_ms", time.Since(start).Milliseconds())
		j = cj
	} else {
		pj, err := persistence.Open(filepath.Join(cfg.DataDir, "journal"), persistence.Options{Logger: cfg.Logger})
		if err != nil {
			return fmt.Errorf("open journal: %w", err)
		}
		defer pj.Close()
		j = pj
	}

	store := cfg.Store
	if store == nil {
		store = routing.NewStore(cfg.Snapshot)
	}
	pub, err := actors.NewJetStreamPublisher(ctx, nc)
	if err != nil {
		return err
	}
	var exec actors.Executor = cfg.Executor
	if exec == nil {
		exec = idleExecutor{}
	}
	m, err := actors.NewManager(actors.Options{Journal: j, Executor: exec, Publisher: pub, Decide: actors.RouterDecider(store), Logger: cfg.Logger})
	if err != nil {
		return err
	}
	var member *cluster.Member
	// expelled: the cluster dropped this member for good (its membership
	// entry expired while it ran: a frozen or starved process). It cannot
	// rejoin under its id: it stops serving the wallet API (no wallet
	// request waits on a member nobody routes to) and /readyz says so, for
	// the operator or the orchestrator to restart it. Its transfer actors
	// run on until then: the journal fences whatever another node took
	// over.
	expelled := make(chan struct{})
	if cfg.Cluster != nil {
		mc := cfg.Cluster.Member
		if mc.Logger == nil {
			mc.Logger = cfg.Logger
		}
		var once sync.Once
		mc.Membership.OnExpelled = func() { once.Do(func() { close(expelled) }) }
		kinds := []*pcluster.Kind{m.TransferKind()}
		if cfg.Figures != nil {
			kinds = append(kinds, cfg.Figures.Kinds()...)
		}
		member, err = cluster.Start(mc, nc, kinds...)
		if err != nil {
			m.Stop()
			return fmt.Errorf("join the cluster: %w", err)
		}
		defer func() {
			if cfg.Cluster.Abrupt {
				member.Close()
			} else {
				member.Stop(true)
			}
		}()
		if err := m.JoinCluster(member, actors.ClusterOptions{RequestTimeout: mc.RequestTimeout}); err != nil {
			m.Stop()
			return err
		}
		if cfg.Figures != nil {
			if err := cfg.Figures.JoinCluster(bridge.ClusterOptions{Member: member, NC: nc, Journal: cj,
				OutcomeReplicas: cfg.Cluster.JournalReplicas}); err != nil {
				m.Stop()
				return err
			}
			// Before the member leaves: no owner of this node publishes or
			// claims once the node is on its way out.
			defer cfg.Figures.LeaveCluster()
		}
		log.Info("cluster member up", "cluster", mc.Name, "member", member.ID(), "address", member.Address())
	}
	if err := m.Start(); err != nil {
		return err
	}
	defer m.Stop()
	qs, err := quote.New(quote.Options{Store: store, Logger: cfg.Logger, Builder: cfg.Builder, TTL: cfg.QuoteTTL})
	if err != nil {
		return err
	}
	var checker actors.SourceChecker = cfg.Checker
	if checker == nil {
		checker = unwiredChecker{}
	}
	backend := &actors.Backend{Quotes: qs, Manager: m, Journal: j, Checker: checker, Store: store, Health: cfg.Health}
	if member != nil {
		share, err := newQuoteShare(nc, member.Name(), qs, member, cfg.Logger)
		if err != nil {
			return err
		}
		defer share.stop()
		backend.FindQuote = share.Find
	}
	// (The backend writes quote replies itself, and says whether quotes
	// wait on a chain: see walletapi.QuoteAppender and QuoteComputer.)
	var _ interface {
		walletapi.QuoteAppender
		walletapi.QuoteComputer
	} = backend
	svc, err := walletapi.Serve(nc, backend, cfg.Logger)
	if err != nil {
		return err
	}
	var stopSvc sync.Once
	defer stopSvc.Do(func() { _ = svc.Stop() })
	go func() {
		select {
		case <-ctx.Done():
		case <-expelled:
			log.Error("expelled from the cluster (this member's entry expired while it ran); the wallet API stops here; restart the node to rejoin as a new member")
			stopSvc.Do(func() { _ = svc.Stop() })
		}
	}()
	// The server must have the service's subscriptions before Ready says
	// so: a client that asks right away should find a responder.
	if err := nc.FlushTimeout(10 * time.Second); err != nil {
		return fmt.Errorf("NATS flush: %w", err)
	}

	ln, err := net.Listen("tcp", cfg.HTTPAddr)
	if err != nil {
		return fmt.Errorf("HTTP listener on %s: %w", cfg.HTTPAddr, err)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("ok\n")) })
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, _ *http.Request) {
		if nc.Status() != nats.CONNECTED {
			http.Error(w, "NATS "+nc.Status().String(), http.StatusServiceUnavailable)
			return
		}
		select {
		case <-expelled:
			http.Error(w, "expelled from the cluster: restart the node", http.StatusServiceUnavailable)
			return
		default:
		}
		_, _ = w.Write([]byte("ready\n"))
	})
	mux.Handle("/metrics", promhttp.Handler())
	hs := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = hs.Serve(ln) }()
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = hs.Shutdown(sctx)
	}()

	addrs := Addrs{NATS: natsURL, HTTP: "http://" + ln.Addr().String()}
	log.Info("strait node up", "nats", addrs.NATS, "http", addrs.HTTP, "data", cfg.DataDir,
		"assets", len(store.Load().Assets), "hop_options", len(store.Load().Edges))
	if cfg.Ready != nil {
		cfg.Ready(addrs)
	}
	<-ctx.Done()
	log.Info("shutting down")
	return nil
}

type unwiredChecker struct{}

func (unwiredChecker) Check(_ context.Context, q *quote.Quote, _ api.SubmitRequest) (string, *api.Error) {
	if q.Reply.SourceTx == nil {
		// A quote of a quotes-only node: no node can take it, so not
		// UNAVAILABLE (which clients retry).
		return "", api.Errorf(api.CodeNotSubmittable, "quote_id", "quote %s has no source transaction: this node only quotes (it has no source chains)", q.ID)
	}
	// Another node of the cluster, with the quote's source chain, can.
	return "", api.Errorf(api.CodeUnavailable, "", "this node has no source-chain checker wired; transfers cannot be submitted here yet")
}

type idleExecutor struct{}

// Run never reports: with no relayers wired a node cannot move funds (and
// refuses submits before any transfer could need it).
func (idleExecutor) Run(context.Context, transfer.State, transfer.Effect, func(transfer.Input)) {}
