package journal

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/straitnet/strait/persistence"
)

// Defaults of Options.
const (
	DefaultStreamName    = "STRAIT_JOURNAL"
	DefaultSubjectPrefix = "strait.journal"
)

// Options configure a replicated Journal. The zero value is usable after
// EnsureDefaults.
type Options struct {
	// Local configures the node's Pebble journal. Its Clock stamps records
	// and its Logger is used when Logger is nil.
	Local persistence.Options

	// StreamName is the JetStream stream holding every append of the
	// cluster (default STRAIT_JOURNAL).
	StreamName string
	// SubjectPrefix: stream s is published on SubjectPrefix + "." +
	// SubjectToken(s) (default strait.journal).
	SubjectPrefix string
	// Replicas is the stream's replica count when this node creates it
	// (default 1; 3 on a three-server NATS cluster). An existing stream is
	// used as it is.
	Replicas int
	// Storage is the stream's storage when this node creates it (default
	// file storage).
	Storage jetstream.StorageType
	// RequestTimeout bounds each JetStream request (publish, message get)
	// when the caller's context has no earlier deadline (default 5s).
	RequestTimeout time.Duration
	// MaxActiveStreams bounds the in-memory table of activated streams
	// (their replicated position); idle entries beyond it are dropped and
	// re-activated, one JetStream request, on next use (default 1<<16).
	MaxActiveStreams int
	// Logger; nil means Local.Logger, and if that is nil too, discard.
	Logger *slog.Logger

	// afterPublish, when set (tests), runs after a publish is acknowledged
	// and before the local write; an error aborts the append there, as a
	// crash would.
	afterPublish func(stream string, recs []persistence.Record) error
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.Logger == nil {
		o.Logger = o.Local.Logger
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Local.Logger == nil {
		o.Local.Logger = o.Logger
	}
	o.Local.EnsureDefaults()
	if o.StreamName == "" {
		o.StreamName = DefaultStreamName
	}
	if o.SubjectPrefix == "" {
		o.SubjectPrefix = DefaultSubjectPrefix
	}
	if o.Replicas == 0 {
		o.Replicas = 1
	}
	if o.RequestTimeout == 0 {
		o.RequestTimeout = 5 * time.Second
	}
	if o.MaxActiveStreams == 0 {
		o.MaxActiveStreams = 1 << 16
	}
}

// Validate checks the options after EnsureDefaults.
func (o *Options) Validate() error {
	if err := o.Local.Validate(); err != nil {
		return err
	}
	switch {
	case !validName(o.StreamName):
		return fmt.Errorf("replicated journal options: StreamName %q: use [A-Za-z0-9_-]", o.StreamName)
	case !validPrefix(o.SubjectPrefix):
		return fmt.Errorf("replicated journal options: SubjectPrefix %q is not a literal subject", o.SubjectPrefix)
	case o.Replicas < 1 || o.Replicas > 5:
		return fmt.Errorf("replicated journal options: Replicas %d not in 1..5", o.Replicas)
	case o.RequestTimeout < 0:
		return fmt.Errorf("replicated journal options: RequestTimeout %v < 0", o.RequestTimeout)
	case o.MaxActiveStreams < 1:
		return fmt.Errorf("replicated journal options: MaxActiveStreams %d < 1", o.MaxActiveStreams)
	}
	return nil
}

func validName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}

func validPrefix(s string) bool {
	if s == "" || len(s) > 128 {
		return false
	}
	for _, tok := range strings.Split(s, ".") {
		if tok == "" || tok == "*" || tok == ">" || strings.ContainsAny(tok, " \t\r\n") {
			return false
		}
	}
	return true
}
