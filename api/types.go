package api

import "time"

// Constraints restrict the routes of a quote.
type Constraints struct {
	AllowBridges  []string `json:"allow_bridges,omitempty"`
	DenyBridges   []string `json:"deny_bridges,omitempty"`
	PreferBridges []string `json:"prefer_bridges,omitempty"`
	MaxHops       *int     `json:"max_hops,omitempty"`
	MaxETASeconds *float64 `json:"max_eta_s,omitempty"`
	MinSuccess    *float64 `json:"min_success,omitempty"`
	SlippageBps   *int     `json:"slippage_bps,omitempty"`
	MaxFeeBps     *int     `json:"max_fee_bps,omitempty"`
}

// QuoteRequest asks for routes (strait.v1.quote).
type QuoteRequest struct {
	From          string       `json:"from"`   // source asset id, SYMBOL@chain
	To            string       `json:"to"`     // destination asset id
	Amount        string       `json:"amount"` // base units of the source asset
	Owner         string       `json:"owner"`  // address that signs the source transaction
	Recipient     string       `json:"recipient"`
	RefundAddress string       `json:"refund_address,omitempty"` // default: owner
	Preset        string       `json:"preset,omitempty"`         // cheapest, fastest, safest, recommended (default)
	K             int          `json:"k,omitempty"`
	Constraints   *Constraints `json:"constraints,omitempty"`
	// AllRoutes lists every route the search found, dominated ones too
	// (see QuoteReply.DominatedRoutes).
	AllRoutes bool `json:"all_routes,omitempty"`
}

// Hop is one step of a quoted route.
type Hop struct {
	Bridge    string  `json:"bridge"`
	Protocol  string  `json:"protocol"`
	From      string  `json:"from"`
	To        string  `json:"to"`
	AmountIn  string  `json:"amount_in"`
	AmountOut string  `json:"amount_out"`
	Fee       string  `json:"fee"`
	FeeUSD    float64 `json:"fee_usd"`
	ETAP50S   float64 `json:"eta_p50_s"`
	ETAP90S   float64 `json:"eta_p90_s"`
	Success   float64 `json:"success"`
	Trust     string  `json:"trust"`
}

// Route is one quoted way across.
type Route struct {
	// RouteHash commits the route: the source transaction carries it and
	// intermediate contracts forward along it only.
	RouteHash string  `json:"route_hash"`
	AmountOut string  `json:"amount_out"`
	MinOut    string  `json:"min_out"`
	FeeUSD    float64 `json:"fee_usd"`
	FeeBps    float64 `json:"fee_bps"`
	ScoreUSD  float64 `json:"score_usd"`
	ETAP50S   float64 `json:"eta_p50_s"`
	ETAP90S   float64 `json:"eta_p90_s"`
	Success   float64 `json:"success"`
	Hops      []Hop   `json:"hops"`
	// Alternatives counts the alternative routes the source transaction
	// commits with this one: where a hop cannot go on, the funds may take
	// one of them from the asset they hold instead of being refunded.
	Alternatives int `json:"alternatives,omitempty"`
}

// SplitPart is one route of a split quote with its share.
type SplitPart struct {
	Share string `json:"share"`
	Route Route  `json:"route"`
}

// UnsignedTx is the source-chain transaction the wallet signs.
type UnsignedTx struct {
	Chain    string `json:"chain"`    // Strait chain id
	ChainID  string `json:"chain_id"` // EIP-155 chain id, decimal
	From     string `json:"from"`
	To       string `json:"to"`
	Data     string `json:"data"`  // 0x-hex calldata
	Value    string `json:"value"` // wei, decimal
	Nonce    string `json:"nonce,omitempty"`
	GasLimit string `json:"gas_limit,omitempty"`
	// Fee hints (wei) for an EIP-1559 transaction; a wallet may use its own.
	MaxFeePerGas         string `json:"max_fee_per_gas,omitempty"`
	MaxPriorityFeePerGas string `json:"max_priority_fee_per_gas,omitempty"`
	// Approvals the wallet must make first (token allowances), in order.
	Approvals []UnsignedTx `json:"approvals,omitempty"`
}

// QuoteReply answers a QuoteRequest.
type QuoteReply struct {
	QuoteID   string    `json:"quote_id"`
	ExpiresAt time.Time `json:"expires_at"`
	From      string    `json:"from"`
	To        string    `json:"to"`
	Amount    string    `json:"amount"`
	Preset    string    `json:"preset"`
	// Routes are the chosen route (the one a submit carries out) and the
	// other routes found that trade something off against every route
	// before them: more out, sooner, likelier to arrive or needing less
	// trust (docs/api.md, Quotes).
	Routes []Route `json:"routes"`
	// DominatedRoutes counts the routes the search found but the reply
	// leaves out because a listed route is as good in every figure and
	// better in one (the request's all_routes lists them).
	DominatedRoutes int         `json:"dominated_routes,omitempty"`
	Split           []SplitPart `json:"split,omitempty"`
	Why             []string    `json:"why"`
	// SourceTx executes Routes[0].
	SourceTx *UnsignedTx `json:"source_tx,omitempty"`
}

// SubmitRequest starts a transfer from a quote (strait.v1.transfer.submit):
// either the wallet-signed source transaction, which Strait broadcasts, or
// the hash of one the wallet broadcast itself.
type SubmitRequest struct {
	QuoteID   string `json:"quote_id"`
	ClientRef string `json:"client_ref"` // the wallet's idempotency key
	SignedTx  string `json:"signed_tx,omitempty"`
	TxHash    string `json:"tx_hash,omitempty"`
	// SignedApprovals are the quote's approvals, signed, for Strait to
	// broadcast (in order) before SignedTx; a wallet that sends them itself
	// leaves this empty.
	SignedApprovals []string `json:"signed_approvals,omitempty"`
}

// HopProgress is a transfer's view of one hop.
type HopProgress struct {
	Index    int    `json:"index"`
	Bridge   string `json:"bridge"`
	From     string `json:"from"`
	To       string `json:"to"`
	State    string `json:"state"` // pending, in_flight, delivered, failed
	Attempt  int    `json:"attempt"`
	SourceTx string `json:"source_tx,omitempty"`
	DestTx   string `json:"dest_tx,omitempty"`
}

// Transfer is a transfer's state (reply of submit, get and cancel).
type Transfer struct {
	ID            string `json:"id"`
	QuoteID       string `json:"quote_id"`
	ClientRef     string `json:"client_ref"`
	Owner         string `json:"owner"`
	Recipient     string `json:"recipient"`
	RefundAddress string `json:"refund_address"`
	From          string `json:"from"`
	To            string `json:"to"`
	Amount        string `json:"amount"`
	MinOut        string `json:"min_out"`
	AmountOut     string `json:"amount_out,omitempty"`
	// Refund says where a refund put the user's funds (nil until refunded).
	Refund    *Refund       `json:"refund,omitempty"`
	Status    Status        `json:"status"`
	Substatus Substatus     `json:"substatus"`
	Hops      []HopProgress `json:"hops"`
	Reroutes  int           `json:"reroutes"`
	// SourceTx is the source transaction the transfer follows, once known
	// (Strait broadcast it, or the wallet named it by tx_hash).
	SourceTx string `json:"source_tx,omitempty"`
	// CancelRequested: the wallet cancelled while the source transaction
	// could still be mined (it was signed, maybe broadcast). The transfer
	// ends CANCELLED if that transaction fails or is not mined before the
	// deadline, and is refunded if it confirms.
	CancelRequested bool      `json:"cancel_requested,omitempty"`
	Seq             uint64    `json:"seq"` // last event sequence
	CreatedAt       time.Time `json:"created_at"`
	UpdatedAt       time.Time `json:"updated_at"`
	Deadline        time.Time `json:"deadline"`
}

// Refund is where a refund put a transfer's funds: the asset (chain and
// token; on an intermediate chain not the source asset), the amount, and
// the transaction that paid the refund address.
type Refund struct {
	Asset  string `json:"asset"`
	Amount string `json:"amount"`
	Tx     string `json:"tx,omitempty"`
}

// GetRequest asks for one transfer (strait.v1.transfer.get).
type GetRequest struct {
	ID string `json:"id"`
}

// CancelRequest cancels a transfer whose source transaction has not
// confirmed (strait.v1.transfer.cancel).
type CancelRequest struct {
	ID string `json:"id"`
}

// ListRequest lists an owner's transfers (strait.v1.transfer.list), in
// transfer id order: stable across pages (Next is the cursor), not by time.
// A wallet that wants the newest first sorts by created_at.
type ListRequest struct {
	Owner string `json:"owner"`
	Limit int    `json:"limit,omitempty"` // default 50, at most 500
	After string `json:"after,omitempty"` // cursor from a previous reply
}

// ListReply answers a ListRequest.
type ListReply struct {
	Transfers []Transfer `json:"transfers"`
	Next      string     `json:"next,omitempty"`
}

// Chain is one entry of strait.v1.catalog.chains.
type Chain struct {
	ID         string  `json:"id"`
	Kind       string  `json:"kind"`
	ChainID    string  `json:"chain_id,omitempty"`
	BlockTimeS float64 `json:"block_time_s"`
	FinalityS  float64 `json:"finality_s"`
	Health     string  `json:"health"` // ok, degraded, down
	Head       string  `json:"head,omitempty"`
}

// ChainsReply answers strait.v1.catalog.chains.
type ChainsReply struct {
	Chains []Chain `json:"chains"`
}

// Bridge is one entry of strait.v1.catalog.bridges, with live figures.
type Bridge struct {
	ID           string  `json:"id"`
	Protocol     string  `json:"protocol"`
	From         string  `json:"from"`
	To           string  `json:"to"`
	Status       string  `json:"status"` // open, degraded, paused, circuit-open
	Trust        string  `json:"trust"`
	ETAP50S      float64 `json:"eta_p50_s"`
	ETAP90S      float64 `json:"eta_p90_s"`
	Success      float64 `json:"success"`
	LiquidityUSD float64 `json:"liquidity_usd,omitempty"`
}

// BridgesReply answers strait.v1.catalog.bridges.
type BridgesReply struct {
	Bridges []Bridge `json:"bridges"`
}

// StatusEvent is published on EventsSubjectFor(id) at every status change,
// once and in order (Seq counts from 1).
type StatusEvent struct {
	TransferID string    `json:"transfer_id"`
	Seq        uint64    `json:"seq"`
	Type       string    `json:"type"` // the journal event: Submitted, HopStarted, ...
	Status     Status    `json:"status"`
	Substatus  Substatus `json:"substatus"`
	Hop        *int      `json:"hop,omitempty"`
	Attempt    int       `json:"attempt,omitempty"`
	TxIDs      []string  `json:"tx_ids,omitempty"`
	Message    string    `json:"message,omitempty"`
	At         time.Time `json:"at"`
}
