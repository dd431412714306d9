package ibc

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	sdkmath "cosmossdk.io/math"
	"github.com/cometbft/cometbft/crypto/tmhash"
	sdk "github.com/cosmos/cosmos-sdk/types"
	sdkerrors "github.com/cosmos/cosmos-sdk/types/errors"
	signingtypes "github.com/cosmos/cosmos-sdk/types/tx/signing"
	authsign "github.com/cosmos/cosmos-sdk/x/auth/signing"
	authtypes "github.com/cosmos/cosmos-sdk/x/auth/types"

	"github.com/straitnet/strait/relayers"
)

// Sender signs and broadcasts one key's transactions on one chain. It keeps
// the account sequence locally so that several transactions fit in one
// block, and it recovers by itself from sequence mismatches (another
// instance using the same key, a transaction lost from the mempool): those
// never reach the caller.
type Sender struct {
	chain Chain
	key   Key
	cdc   *Codec
	// GasPerMsg and GasPrice make the fee: gas = base + per message.
	gasPerMsg uint64
	gasPrice  sdk.DecCoin
	retry     relayers.RetryOptions

	mismatches atomic.Int64

	mu     sync.Mutex
	loaded bool
	accNum uint64
	seq    uint64
}

// SenderOptions configure a Sender.
type SenderOptions struct {
	// GasPerMsg is the gas limit per message (plus one more for the tx).
	// Default 300000.
	GasPerMsg uint64
	// GasPrice is the fee per gas unit. Default 0stake (the devnet and the
	// test nodes accept free transactions).
	GasPrice sdk.DecCoin
	// Retry bounds the resubmission after a sequence mismatch.
	Retry relayers.RetryOptions
}

// EnsureDefaults fills unset fields.
func (o *SenderOptions) EnsureDefaults() {
	if o.GasPerMsg == 0 {
		o.GasPerMsg = 300_000
	}
	if o.GasPrice.Denom == "" {
		o.GasPrice = sdk.NewDecCoin("stake", sdkmath.ZeroInt())
	}
	if o.Retry.MaxAttempts == 0 {
		o.Retry.MaxAttempts = 8
	}
	if o.Retry.Initial == 0 {
		o.Retry.Initial = 20_000_000 // 20ms: a mismatch is fixed by the next try
	}
	o.Retry.EnsureDefaults()
}

// Validate reports unusable options.
func (o *SenderOptions) Validate() error {
	if o.GasPrice.Amount.IsNegative() {
		return fmt.Errorf("ibc sender: negative gas price %s", o.GasPrice)
	}
	return o.Retry.Validate()
}

// NewSender returns a sender of key's transactions on chain.
func NewSender(chain Chain, key Key, opts SenderOptions) (*Sender, error) {
	opts.EnsureDefaults()
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if key.Private() == nil {
		return nil, fmt.Errorf("ibc sender: no key")
	}
	cdc, err := DefaultCodec()
	if err != nil {
		return nil, err
	}
	return &Sender{chain: chain, key: key, cdc: cdc, gasPerMsg: opts.GasPerMsg, gasPrice: opts.GasPrice, retry: opts.Retry}, nil
}

// Mismatches counts the account-sequence mismatches the sender absorbed.
func (s *Sender) Mismatches() int64 { return s.mismatches.Load() }

// Address is the signer's account address (the Signer field of messages).
func (s *Sender) Address() string { return s.key.Address().String() }

// Chain is the chain the sender sends on.
func (s *Sender) Chain() Chain { return s.chain }

var expectedSeq = regexp.MustCompile(`expected (\d+), got (\d+)`)

// Broadcast signs msgs with the next sequence and hands them to the
// mempool. A refusal other than a sequence mismatch comes back as a
// TxResult with a non-zero Code (and no error).
func (s *Sender) Broadcast(ctx context.Context, msgs ...sdk.Msg) (TxResult, error) {
	return s.BroadcastMemo(ctx, "", msgs...)
}

// BroadcastMemo is Broadcast with a transaction memo.
func (s *Sender) BroadcastMemo(ctx context.Context, memo string, msgs ...sdk.Msg) (TxResult, error) {
	var res TxResult
	err := relayers.Retry(ctx, s.retry, "broadcast on "+s.chain.ID(), func(ctx context.Context, _ int) error {
		s.mu.Lock()
		defer s.mu.Unlock()
		if !s.loaded {
			if err := s.loadAccount(ctx); err != nil {
				return err
			}
		}
		txBytes, err := s.sign(msgs, s.seq, memo)
		if err != nil {
			return relayers.Permanent(err)
		}
		r, err := s.chain.Broadcast(ctx, txBytes)
		if err != nil {
			// Unknown whether the mempool took it: ask the chain next time.
			s.loaded = false
			return err
		}
		if r.Code == sdkerrors.ErrWrongSequence.ABCICode() && r.Codespace == sdkerrors.ErrWrongSequence.Codespace() {
			s.mismatches.Add(1)
			if m := expectedSeq.FindStringSubmatch(r.Log); m != nil {
				n, _ := strconv.ParseUint(m[1], 10, 64)
				s.seq = n
			} else {
				s.loaded = false
			}
			return fmt.Errorf("account sequence mismatch on %s: %s", s.chain.ID(), r.Log)
		}
		if r.Code == 0 {
			s.seq++
		}
		if r.Hash == "" {
			r.Hash = TxHash(txBytes)
		}
		res = r
		return nil
	})
	return res, err
}

// Send broadcasts msgs and waits for their block.
func (s *Sender) Send(ctx context.Context, msgs ...sdk.Msg) (TxResult, error) {
	return s.SendMemo(ctx, "", msgs...)
}

// SendMemo is Send with a transaction memo.
func (s *Sender) SendMemo(ctx context.Context, memo string, msgs ...sdk.Msg) (TxResult, error) {
	r, err := s.BroadcastMemo(ctx, memo, msgs...)
	if err != nil || r.Code != 0 {
		return r, err
	}
	return s.chain.WaitTx(ctx, r.Hash)
}

// TxHash is the CometBFT hash of a transaction (upper-case hex).
func TxHash(tx []byte) string { return strings.ToUpper(fmt.Sprintf("%x", tmhash.Sum(tx))) }

func (s *Sender) loadAccount(ctx context.Context) error {
	resp, err := authtypes.NewQueryClient(s.chain.Conn()).Account(ctx, &authtypes.QueryAccountRequest{Address: s.Address()})
	if err != nil {
		return fmt.Errorf("query account %s on %s: %w", s.Address(), s.chain.ID(), err)
	}
	var acc sdk.AccountI
	if err := s.cdc.Registry.UnpackAny(resp.Account, &acc); err != nil {
		return fmt.Errorf("decode account %s on %s: %w", s.Address(), s.chain.ID(), err)
	}
	s.accNum, s.seq, s.loaded = acc.GetAccountNumber(), acc.GetSequence(), true
	return nil
}

func (s *Sender) sign(msgs []sdk.Msg, seq uint64, memo string) ([]byte, error) {
	txCfg := s.cdc.TxConfig
	mode := signingtypes.SignMode_SIGN_MODE_DIRECT
	gas := s.gasPerMsg * uint64(len(msgs)+1)
	fee := sdk.NewCoins(sdk.NewCoin(s.gasPrice.Denom, s.gasPrice.Amount.MulInt64(int64(gas)).Ceil().TruncateInt()))
	pub := s.key.Private().PubKey()
	b := txCfg.NewTxBuilder()
	if err := b.SetMsgs(msgs...); err != nil {
		return nil, fmt.Errorf("build tx: %w", err)
	}
	b.SetGasLimit(gas)
	b.SetFeeAmount(fee)
	b.SetMemo(memo)
	sig := signingtypes.SignatureV2{PubKey: pub, Data: &signingtypes.SingleSignatureData{SignMode: mode}, Sequence: seq}
	if err := b.SetSignatures(sig); err != nil {
		return nil, fmt.Errorf("build tx: %w", err)
	}
	signerData := authsign.SignerData{Address: s.Address(), ChainID: s.chain.ID(), AccountNumber: s.accNum, Sequence: seq, PubKey: pub}
	bytesToSign, err := authsign.GetSignBytesAdapter(context.Background(), txCfg.SignModeHandler(), mode, signerData, b.GetTx())
	if err != nil {
		return nil, fmt.Errorf("sign bytes: %w", err)
	}
	sigBytes, err := s.key.Private().Sign(bytesToSign)
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	sig.Data = &signingtypes.SingleSignatureData{SignMode: mode, Signature: sigBytes}
	if err := b.SetSignatures(sig); err != nil {
		return nil, fmt.Errorf("build tx: %w", err)
	}
	return txCfg.TxEncoder()(b.GetTx())
}
