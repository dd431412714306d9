package api

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"

	"github.com/straitnet/strait/internal/strictjson"
)

//go:embed schemas/*.json
var schemaFS embed.FS

// Schema names, one per message kind (files in schemas/).
const (
	SchemaQuoteRequest  = "quote.request.json"
	SchemaQuoteReply    = "quote.reply.json"
	SchemaSubmitRequest = "submit.request.json"
	SchemaTransfer      = "transfer.json"
	SchemaGetRequest    = "get.request.json"
	SchemaCancelRequest = "cancel.request.json"
	SchemaListRequest   = "list.request.json"
	SchemaListReply     = "list.reply.json"
	SchemaChainsReply   = "catalog.chains.reply.json"
	SchemaBridgesReply  = "catalog.bridges.reply.json"
	SchemaEvent         = "event.json"
	SchemaError         = "error.json"
	schemaURLPrefix     = "https://strait.dev/schemas/v1/"
)

var compiled = sync.OnceValues(func() (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	entries, err := schemaFS.ReadDir("schemas")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		data, err := schemaFS.ReadFile("schemas/" + e.Name())
		if err != nil {
			return nil, err
		}
		doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", e.Name(), err)
		}
		if err := c.AddResource(schemaURLPrefix+e.Name(), doc); err != nil {
			return nil, fmt.Errorf("schema %s: %w", e.Name(), err)
		}
	}
	out := map[string]*jsonschema.Schema{}
	for _, e := range entries {
		s, err := c.Compile(schemaURLPrefix + e.Name())
		if err != nil {
			return nil, fmt.Errorf("schema %s: %w", e.Name(), err)
		}
		out[e.Name()] = s
	}
	return out, nil
})

// SchemaJSON returns a schema document (to publish or to validate elsewhere).
func SchemaJSON(name string) ([]byte, error) { return schemaFS.ReadFile("schemas/" + name) }

// Validate checks a JSON body against the named schema. A body that is not
// JSON is CodeInvalidJSON; one that breaks the schema is CodeBadRequest
// naming the first offending field.
func Validate(name string, body []byte) *Error {
	schemas, err := compiled()
	if err != nil {
		return Errorf(CodeInternal, "", "schemas: %v", err)
	}
	s, ok := schemas[name]
	if !ok {
		return Errorf(CodeInternal, "", "no schema %q", name)
	}
	if len(body) > MaxMessageBytes {
		return Errorf(CodeTooLarge, "", "message of %d bytes exceeds %d", len(body), MaxMessageBytes)
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return Errorf(CodeInvalidJSON, "", "invalid JSON: %v", err)
	}
	if err := s.Validate(inst); err != nil {
		var ve *jsonschema.ValidationError
		if errors.As(err, &ve) {
			leaf := firstLeaf(ve)
			field := strings.Join(leaf.InstanceLocation, ".")
			return Errorf(CodeBadRequest, field, "%s", leafMessage(leaf))
		}
		return Errorf(CodeBadRequest, "", "%v", err)
	}
	return nil
}

func firstLeaf(ve *jsonschema.ValidationError) *jsonschema.ValidationError {
	for len(ve.Causes) > 0 {
		ve = ve.Causes[0]
	}
	return ve
}

// patternHints say in words what the schemas' patterns want: a wallet
// developer who sent "1.5" or "250 USDC" as an amount needs to read "a whole
// number of base units", not a regular expression.
var patternHints = map[string]string{
	`^[0-9]{1,78}$`: "a whole number of base units: digits only, no sign, point or exponent, at most 78 " +
		"(250 USDC of 6 decimals is 250000000)",
	`^[^@\s]{1,64}@[a-z0-9][a-z0-9._-]{0,63}$`: "an asset id SYMBOL@chain, e.g. USDC@devnet-evm-a (chain ids are lower case)",
	`^0x([0-9a-fA-F]{2})+$`:                    "0x-prefixed hex bytes (a signed raw transaction)",
	`^0x[0-9a-fA-F]{64}$`:                      "a 0x-prefixed 32-byte transaction hash",
}

func leafMessage(ve *jsonschema.ValidationError) string {
	if p, ok := ve.ErrorKind.(*kind.Pattern); ok {
		if hint, ok := patternHints[p.Want]; ok {
			got := p.Got
			if len(got) > 80 {
				got = got[:80] + "..."
			}
			return fmt.Sprintf("%q is not %s", got, hint)
		}
	}
	msg := ve.Error()
	// The library prefixes the location and schema URL; keep the reason.
	if i := strings.LastIndex(msg, ": "); i >= 0 && i+2 < len(msg) {
		msg = msg[i+2:]
	}
	if len(msg) > 200 {
		msg = msg[:200]
	}
	return msg
}

// Decode validates a request body against its schema and unmarshals it into
// v, rejecting unknown fields and trailing data. Nothing is decoded when the
// body is bad.
func Decode(name string, body []byte, v any) *Error {
	if q, ok := v.(*QuoteRequest); ok && name == SchemaQuoteRequest && decodeQuoteRequest(body, q) {
		return nil
	}
	return decodeSchema(name, body, v)
}

// decodeSchema is Decode through the JSON Schema validator: every body
// (and every error) of a kind without a one-pass decoder, and every body the
// one-pass decoder leaves to it.
func decodeSchema(name string, body []byte, v any) *Error {
	if e := Validate(name, body); e != nil {
		return e
	}
	if err := strictjson.Decode(body, 0, v); err != nil {
		return Errorf(CodeInvalidJSON, "", "invalid body: %v", err)
	}
	return nil
}
