package journal

import (
	"encoding/binary"
	"fmt"
	"strconv"
	"strings"

	"github.com/straitnet/strait/persistence"
)

// Subjects. A journal stream name ([A-Za-z0-9._:@-] in '/'-separated
// segments) becomes one subject token: '.' separates NATS tokens and '_' is
// the escape character, so both are written as '_' and two upper-case hex
// digits; every other allowed byte, '/' included, stands for itself. The
// encoding is canonical (exactly one token per stream), so the last message
// on a subject is the last append to exactly one stream.
//
//	transfer/01J9.x_y  ->  transfer/01J9_2Ex_5Fy

// SubjectToken encodes a journal stream name as a subject token. The stream
// must be valid (persistence.ValidateStream).
func SubjectToken(stream string) string {
	n := 0
	for i := 0; i < len(stream); i++ {
		if stream[i] == '.' || stream[i] == '_' {
			n++
		}
	}
	if n == 0 {
		return stream
	}
	var b strings.Builder
	b.Grow(len(stream) + 2*n)
	for i := 0; i < len(stream); i++ {
		c := stream[i]
		if c == '.' || c == '_' {
			b.WriteByte('_')
			b.WriteString(strings.ToUpper(strconv.FormatUint(uint64(c), 16)))
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// StreamOfToken decodes a subject token into a stream name. Tokens come from
// the JetStream stream, which anyone with publish rights can write to, so
// anything that SubjectToken would not have produced is rejected with a
// CodeBadStream error.
func StreamOfToken(tok string) (string, error) {
	bad := func(why string) error {
		return &persistence.Error{Code: persistence.CodeBadStream, Msg: fmt.Sprintf("subject token %q: %s", trunc(tok, 80), why)}
	}
	var b strings.Builder
	for i := 0; i < len(tok); i++ {
		c := tok[i]
		switch {
		case c == '_':
			if i+2 >= len(tok) {
				return "", bad("truncated escape")
			}
			switch tok[i+1 : i+3] {
			case "2E":
				b.WriteByte('.')
			case "5F":
				b.WriteByte('_')
			default:
				return "", bad("unknown escape " + tok[i:i+3])
			}
			i += 2
		case c == '.':
			return "", bad("unescaped '.'")
		default:
			b.WriteByte(c)
		}
	}
	s := b.String()
	if err := persistence.ValidateStream(s); err != nil {
		return "", bad(err.Error())
	}
	return s, nil
}

// Message headers. The body is authoritative; the headers let operators see
// which stream and sequence a message holds with the usual NATS tools, and
// the decoder checks they agree with the body.
const (
	HeaderStream = "Strait-Journal-Stream"
	HeaderSeq    = "Strait-Journal-Seq" // the last journal sequence in the message
)

// Message body, version 1 (integers are uvarints unless noted):
//
//	0x01                          version
//	count, then count records:    len, persistence stored record (body,
//	                              prev_hash, hash; see persistence.SealRecord)
//	count, then index entries:    len name, name, len value, value
//	count, then unindex entries:  same
//
// One message is one append: the records continue the stream in order and
// the index changes apply with the last of them, exactly as
// persistence.SealedAppend lands them.
const wireVersion1 = 0x01

// Append is a decoded journal message.
type Append struct {
	Stream  string
	Records []persistence.Record
	Index   []persistence.Index
	Unindex []persistence.Index
}

// First and Last are the journal sequences the append covers.
func (a *Append) First() uint64 { return a.Records[0].Seq }
func (a *Append) Last() uint64  { return a.Records[len(a.Records)-1].Seq }

// LastHash is the hash of the append's last record.
func (a *Append) LastHash() persistence.Hash { return a.Records[len(a.Records)-1].Hash }

// encodeAppend encodes a (whose records are sealed) as a message body.
func encodeAppend(a *Append) []byte {
	size := 1 + 3*binary.MaxVarintLen64
	stored := make([][]byte, len(a.Records))
	for i := range a.Records {
		r := a.Records[i] // SealRecord recomputes the hash; work on a copy
		stored[i] = persistence.SealRecord(&r)
		size += binary.MaxVarintLen64 + len(stored[i])
	}
	for _, ix := range append(append([]persistence.Index(nil), a.Index...), a.Unindex...) {
		size += 2*binary.MaxVarintLen64 + len(ix.Name) + len(ix.Value)
	}
	b := make([]byte, 0, size)
	b = append(b, wireVersion1)
	b = binary.AppendUvarint(b, uint64(len(stored)))
	for _, s := range stored {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	for _, list := range [][]persistence.Index{a.Index, a.Unindex} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, ix := range list {
			b = binary.AppendUvarint(b, uint64(len(ix.Name)))
			b = append(b, ix.Name...)
			b = binary.AppendUvarint(b, uint64(len(ix.Value)))
			b = append(b, ix.Value...)
		}
	}
	return b
}

// Limits on what the decoder accepts, before any allocation they govern.
const (
	maxWireRecords = 1 << 16
	maxWireIndex   = 1 << 10
	maxIndexName   = 64
	maxIndexValue  = 256
	// a stored record is its body plus 64 bytes of hashes
	maxStoredRecord = 1 + binary.MaxVarintLen64 + persistence.MaxStreamLen + 16 +
		binary.MaxVarintLen64 + persistence.MaxTypeLen + binary.MaxVarintLen64 + persistence.MaxPayloadLimit + 64
)

// DecodeAppend decodes and checks a message of stream: the body must be
// well formed, every record must belong to stream, the sequences must follow
// each other, each record's hash must match its content and link to the
// previous record's hash. Whether the first record links to the local
// stream is the caller's check (persistence.AppendSealed makes it). Any
// fault is a CodeCorruptRecord error (CodeHashMismatch for a broken chain);
// the result does not alias body.
func DecodeAppend(stream string, body []byte) (*Append, error) {
	corrupt := func(format string, args ...any) error {
		return &persistence.Error{Code: persistence.CodeCorruptRecord, Stream: stream,
			Msg: "replicated append: " + fmt.Sprintf(format, args...)}
	}
	if len(body) == 0 {
		return nil, corrupt("empty message")
	}
	if body[0] != wireVersion1 {
		return nil, corrupt("unknown version %d", body[0])
	}
	d := wdec{b: body[1:]}
	n, ok := d.uvarint()
	if !ok || n == 0 || n > maxWireRecords {
		return nil, corrupt("bad record count")
	}
	a := &Append{Stream: stream, Records: make([]persistence.Record, 0, min(n, 64))}
	for i := uint64(0); i < n; i++ {
		v, ok := d.bytes(maxStoredRecord)
		if !ok {
			return nil, corrupt("record %d: bad length", i)
		}
		r, err := persistence.DecodeRecord(fmt.Sprintf("%s message record %d", trunc(stream, 80), i), v)
		if err != nil {
			return nil, err
		}
		switch {
		case r.Stream != stream:
			return nil, corrupt("record %d belongs to stream %q", i, trunc(r.Stream, 80))
		case i > 0 && r.Seq != a.Records[i-1].Seq+1:
			return nil, corrupt("record %d has sequence %d after %d", i, r.Seq, a.Records[i-1].Seq)
		case persistence.RecordHash(&r) != r.Hash:
			return nil, &persistence.Error{Code: persistence.CodeHashMismatch, Stream: stream, Seq: r.Seq,
				Msg: "replicated record's hash does not match its content"}
		case i > 0 && r.PrevHash != a.Records[i-1].Hash:
			return nil, &persistence.Error{Code: persistence.CodeHashMismatch, Stream: stream, Seq: r.Seq,
				Msg: "replicated record does not link to the one before it"}
		case r.Seq == 1 && r.PrevHash != persistence.Genesis:
			return nil, &persistence.Error{Code: persistence.CodeHashMismatch, Stream: stream, Seq: r.Seq,
				Msg: "first record does not link to genesis"}
		}
		a.Records = append(a.Records, r)
	}
	for li, list := range []*[]persistence.Index{&a.Index, &a.Unindex} {
		m, ok := d.uvarint()
		if !ok || m > maxWireIndex {
			return nil, corrupt("bad index count")
		}
		for i := uint64(0); i < m; i++ {
			name, ok1 := d.bytes(maxIndexName)
			value, ok2 := d.bytes(maxIndexValue)
			if !ok1 || !ok2 {
				return nil, corrupt("index list %d entry %d: bad length", li, i)
			}
			ix := persistence.Index{Name: string(name), Value: string(value)}
			if err := validateIndex(ix); err != nil {
				return nil, corrupt("index list %d entry %d: %v", li, i, err)
			}
			*list = append(*list, ix)
		}
	}
	if len(d.b) != 0 {
		return nil, corrupt("%d unexpected bytes at the end", len(d.b))
	}
	return a, nil
}

// checkHeaders reports whether a message's headers agree with its body.
func checkHeaders(a *Append, stream, seq string) error {
	if stream != a.Stream || seq != strconv.FormatUint(a.Last(), 10) {
		return &persistence.Error{Code: persistence.CodeCorruptRecord, Stream: a.Stream, Seq: a.Last(),
			Msg: fmt.Sprintf("replicated append: headers say %q seq %q, body says %q seq %d", trunc(stream, 80), trunc(seq, 24), a.Stream, a.Last())}
	}
	return nil
}

type wdec struct{ b []byte }

func (d *wdec) uvarint() (uint64, bool) {
	v, k := binary.Uvarint(d.b)
	if k <= 0 {
		return 0, false
	}
	d.b = d.b[k:]
	return v, true
}

func (d *wdec) bytes(max int) ([]byte, bool) {
	n, ok := d.uvarint()
	if !ok || n > uint64(max) || n > uint64(len(d.b)) {
		return nil, false
	}
	v := d.b[:n]
	d.b = d.b[n:]
	return v, true
}

func trunc(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "..."
}
