package evmnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"reflect"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// maxRPCBody bounds one JSON-RPC request body (a batch of raw transactions
// fits easily).
const maxRPCBody = 8 << 20

// RPCServer serves one in-process chain's JSON-RPC API over HTTP, so that a
// node in another process can attach to the chain as it would to any
// Ethereum endpoint. The chain outlives the nodes that attach to it: a node
// killed and started again finds the chain where it left it.
type RPCServer struct {
	URL string
	srv *http.Server
	ln  net.Listener
}

// ServeRPC serves the chain's JSON-RPC (HTTP POST, single calls and
// batches) on addr, e.g. "127.0.0.1:0" for any free loopback port.
//
// The simulated backend runs a full go-ethereum node but exposes only an
// in-process RPC client; the server relays each call to it verbatim (method,
// params, result and error with its code and data), which is what a real
// node's HTTP endpoint answers. Subscriptions are not served (HTTP has
// none; Strait polls).
func (c *Chain) ServeRPC(addr string) (*RPCServer, error) {
	rc, err := rpcClientOf(c.client)
	if err != nil {
		return nil, fmt.Errorf("evmnet: chain %s: %w", c.Name(), err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("evmnet: chain %s: RPC listener on %s: %w", c.Name(), addr, err)
	}
	s := &RPCServer{URL: "http://" + ln.Addr().String(), ln: ln}
	s.srv = &http.Server{Handler: rpcProxy{rc: rc}, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = s.srv.Serve(ln) }()
	return s, nil
}

// rpcClientOf digs the in-process *rpc.Client out of the simulated
// backend's client. go-ethereum wraps it in an unexported struct whose
// embedded *ethclient.Client field shadows the Client() method, on purpose
// ("to prevent extracting ethclient.Client"); the field itself is exported,
// so reflection reads it. If a go-ethereum upgrade changes that shape,
// ServeRPC fails here with this error (and TestServeRPC says so).
func rpcClientOf(cl Client) (*rpc.Client, error) {
	v := reflect.ValueOf(cl)
	if v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if v.Kind() == reflect.Struct {
		if f := v.FieldByName("Client"); f.IsValid() && f.CanInterface() {
			if ec, ok := f.Interface().(*ethclient.Client); ok && ec != nil {
				return ec.Client(), nil
			}
		}
	}
	if ec, ok := cl.(*ethclient.Client); ok {
		return ec.Client(), nil
	}
	return nil, fmt.Errorf("the simulated backend's client (%T) exposes no RPC client", cl)
}

// Close stops serving (the chain keeps running).
func (s *RPCServer) Close() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return s.srv.Shutdown(ctx)
}

type rpcProxy struct{ rc *rpc.Client }

type rpcRequest struct {
	Version string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id,omitempty"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params,omitempty"`
}

type rpcErrorBody struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	Version string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcErrorBody   `json:"error,omitempty"`
}

func (p rpcProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "JSON-RPC over POST only", http.StatusMethodNotAllowed)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxRPCBody+1))
	if err != nil {
		http.Error(w, "read body: "+err.Error(), http.StatusBadRequest)
		return
	}
	if len(body) > maxRPCBody {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	body = bytes.TrimSpace(body)
	w.Header().Set("Content-Type", "application/json")
	if len(body) > 0 && body[0] == '[' {
		var reqs []rpcRequest
		if err := json.Unmarshal(body, &reqs); err != nil {
			_ = json.NewEncoder(w).Encode(parseError(err))
			return
		}
		out := make([]rpcResponse, len(reqs))
		for i, req := range reqs {
			out[i] = p.call(r.Context(), req)
		}
		_ = json.NewEncoder(w).Encode(out)
		return
	}
	var req rpcRequest
	if err := json.Unmarshal(body, &req); err != nil {
		_ = json.NewEncoder(w).Encode(parseError(err))
		return
	}
	_ = json.NewEncoder(w).Encode(p.call(r.Context(), req))
}

func parseError(err error) rpcResponse {
	return rpcResponse{Version: "2.0", ID: json.RawMessage("null"), Error: &rpcErrorBody{Code: -32700, Message: "parse error: " + err.Error()}}
}

func (p rpcProxy) call(ctx context.Context, req rpcRequest) rpcResponse {
	resp := rpcResponse{Version: "2.0", ID: req.ID}
	if len(resp.ID) == 0 {
		resp.ID = json.RawMessage("null")
	}
	args := make([]any, len(req.Params))
	for i, a := range req.Params {
		args[i] = a
	}
	var res json.RawMessage
	if err := p.rc.CallContext(ctx, &res, req.Method, args...); err != nil {
		e := &rpcErrorBody{Code: -32000, Message: err.Error()}
		var coded rpc.Error
		if errors.As(err, &coded) {
			e.Code = coded.ErrorCode()
		}
		var withData rpc.DataError
		if errors.As(err, &withData) {
			e.Data = withData.ErrorData()
		}
		resp.Error = e
		return resp
	}
	if len(res) == 0 {
		res = json.RawMessage("null")
	}
	resp.Result = res
	return resp
}

// KeyFromPrivate wraps an operator's own key (read from a file or the
// environment) as a Key, for relayers built around chains reached over RPC.
func KeyFromPrivate(name string, k *ecdsa.PrivateKey) Key {
	return Key{Name: name, Address: crypto.PubkeyToAddress(k.PublicKey), key: k}
}
