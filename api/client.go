package api

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/nats-io/nats.go"
)

// Client is the Go client a wallet backend imports. It speaks to any node of
// a Strait deployment over NATS; identity and permissions come from the NATS
// connection (user, account, subject permissions), never from a body field.
type Client struct {
	nc *nats.Conn
}

// NewClient wraps a NATS connection.
func NewClient(nc *nats.Conn) *Client { return &Client{nc: nc} }

// call sends a request and decodes the reply into out, or returns the
// service's *Error.
func (c *Client) call(ctx context.Context, subject string, req, out any) error {
	body, err := json.Marshal(req)
	if err != nil {
		return fmt.Errorf("encode %s request: %w", subject, err)
	}
	msg, err := c.nc.RequestWithContext(ctx, subject, body)
	if err != nil {
		return fmt.Errorf("%s: %w", subject, err)
	}
	if msg.Header.Get("Nats-Service-Error-Code") != "" {
		var er ErrorReply
		if err := json.Unmarshal(msg.Data, &er); err != nil || er.Error == nil {
			return &Error{Code: Code(msg.Header.Get("Nats-Service-Error-Code")), Message: msg.Header.Get("Nats-Service-Error")}
		}
		return er.Error
	}
	if err := json.Unmarshal(msg.Data, out); err != nil {
		return fmt.Errorf("decode %s reply: %w", subject, err)
	}
	return nil
}

// Quote asks for routes.
func (c *Client) Quote(ctx context.Context, r QuoteRequest) (*QuoteReply, error) {
	var out QuoteReply
	return &out, c.call(ctx, SubjectQuote, r, &out)
}

// Submit starts a transfer from a quote. Repeating it with the same
// ClientRef returns the same transfer.
func (c *Client) Submit(ctx context.Context, r SubmitRequest) (*Transfer, error) {
	var out Transfer
	return &out, c.call(ctx, SubjectSubmit, r, &out)
}

// Get returns a transfer.
func (c *Client) Get(ctx context.Context, id string) (*Transfer, error) {
	var out Transfer
	return &out, c.call(ctx, SubjectGet, GetRequest{ID: id}, &out)
}

// List returns an owner's transfers.
func (c *Client) List(ctx context.Context, r ListRequest) (*ListReply, error) {
	var out ListReply
	return &out, c.call(ctx, SubjectList, r, &out)
}

// Cancel cancels a transfer before its source transaction confirms.
func (c *Client) Cancel(ctx context.Context, id string) (*Transfer, error) {
	var out Transfer
	return &out, c.call(ctx, SubjectCancel, CancelRequest{ID: id}, &out)
}

// Chains lists the chains.
func (c *Client) Chains(ctx context.Context) (*ChainsReply, error) {
	var out ChainsReply
	return &out, c.call(ctx, SubjectCatalogChains, struct{}{}, &out)
}

// Bridges lists the bridges with live health and figures.
func (c *Client) Bridges(ctx context.Context) (*BridgesReply, error) {
	var out BridgesReply
	return &out, c.call(ctx, SubjectCatalogBridges, struct{}{}, &out)
}

// Conn returns the client's NATS connection.
func (c *Client) Conn() *nats.Conn { return c.nc }
