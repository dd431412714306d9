package guardians

import (
	"context"
	"crypto/sha256"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers/wormhole"
)

type env struct {
	t   *testing.T
	ctx context.Context
	n   *Network
	a   *evmnet.Chain
	b   *evmnet.Chain
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx := context.Background()
	d, err := evmnet.Start(ctx, evmnet.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	n, err := Deploy(ctx, d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, ctx: ctx, n: n, a: d.Chains[0], b: d.Chains[1]}
}

func tid(s string) [32]byte { return sha256.Sum256([]byte(s)) }

// send locks `amount` of the demo wallet's TKA on A for B and returns the
// observed message.
func (e *env) send(id string, amount int64) *wormhole.Message {
	e.t.Helper()
	d := e.n.EVM
	demo := d.Options.Demo[0]
	s, err := evmnet.NewSender(e.ctx, e.a, demo)
	if err != nil {
		e.t.Fatal(err)
	}
	tka := d.Deployments[e.a.Name()].Tokens["TKA"]
	br := e.n.Bridge[e.a.Name()]
	amt := big.NewInt(amount)
	if err := s.Exec(e.ctx, "approve", tka, bindings.NewTestToken().PackApprove(br, amt)); err != nil {
		e.t.Fatal(err)
	}
	r, err := s.Send(e.ctx, "send", &br, abiW.PackSend(tid(id), tka, amt, new(big.Int).SetUint64(e.b.ChainID()),
		wormhole.FromEVM(demo.Address), [32]byte{7}, 0, nil))
	if err != nil {
		e.t.Fatal(err)
	}
	h, err := e.a.Client().HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	for _, l := range r.Logs {
		if m, err := wormhole.ParseMessage(e.n.WormholeChain[e.a.Name()], br, l, time.Unix(int64(h.Time), 0)); err == nil {
			return m
		}
	}
	e.t.Fatal("no message published")
	return nil
}

func sign(v *vaa.VAA, keys []evmnet.Key, idx ...int) []byte {
	v.Signatures = nil
	for _, i := range idx {
		v.AddSignature(keys[i].Private(), uint8(i))
	}
	b, _ := v.Marshal()
	return b
}

func seq(from, to int) []int {
	var out []int
	for i := from; i < to; i++ {
		out = append(out, i)
	}
	return out
}

func (e *env) chainTime(c *evmnet.Chain) time.Time {
	h, err := c.Client().HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// contractCode calls the destination's verifier (a read-only call) and
// returns its code ("" if it accepts).
func (e *env) contractCode(c *evmnet.Chain, raw []byte) wormhole.Code {
	_, err := evmnet.Call(e.ctx, c.Client(), e.n.Bridge[c.Name()], abiW.PackParseAndVerifyVM(raw))
	if err == nil {
		return ""
	}
	return wormhole.ContractCode(evmnet.RevertData(err))
}

func (e *env) deliver(c *evmnet.Chain, raw []byte) (wormhole.Code, error) {
	s, err := evmnet.NewSender(e.ctx, c, e.n.EVM.Options.Operators[0])
	if err != nil {
		e.t.Fatal(err)
	}
	err = s.Exec(e.ctx, "deliver", e.n.Bridge[c.Name()], abiW.PackDeliver(raw))
	if err == nil {
		return "", nil
	}
	return wormhole.ContractCode(evmnet.RevertData(err)), err
}

func (e *env) balance(c *evmnet.Chain, token, who common.Address) *big.Int {
	out, err := evmnet.Call(e.ctx, c.Client(), token, bindings.NewTestToken().PackBalanceOf(who))
	if err != nil {
		e.t.Fatal(err)
	}
	return new(big.Int).SetBytes(out)
}

func highS(sig vaa.SignatureData) vaa.SignatureData {
	s := new(big.Int).SetBytes(sig[32:64])
	s.Sub(crypto.S256().Params().N, s)
	s.FillBytes(sig[32:64])
	sig[64] ^= 1
	return sig
}

func TestContractVerifiesLikeTheGoVerifier(t *testing.T) {
	e := newEnv(t)
	keys := e.n.Keys
	m := e.send("t-1", 1000)
	body := func() *vaa.VAA { return m.Body(0) }
	good := sign(body(), keys, seq(0, 13)...)
	outsider := DevKeys("outsider", 0, 1)[0]

	cases := map[string][]byte{
		"forged signature": func() []byte {
			v := body()
			sign(v, keys, seq(0, 13)...)
			f := body()
			f.AddSignature(outsider.Private(), 5)
			v.Signatures[5] = f.Signatures[0]
			b, _ := v.Marshal()
			return b
		}(),
		"duplicated signer": func() []byte {
			v := body()
			sign(v, keys, seq(0, 13)...)
			v.Signatures = append(v.Signatures[:6], v.Signatures[5:]...)
			b, _ := v.Marshal()
			return b
		}(),
		"unordered signers": func() []byte {
			v := body()
			sign(v, keys, seq(0, 13)...)
			v.Signatures[2], v.Signatures[3] = v.Signatures[3], v.Signatures[2]
			b, _ := v.Marshal()
			return b
		}(),
		"signer outside the set": func() []byte {
			v := body()
			sign(v, keys, seq(0, 13)...)
			v.Signatures[12].Index = 19
			b, _ := v.Marshal()
			return b
		}(),
		"wrong guardian set index": sign(m.Body(1), keys, seq(0, 13)...),
		"no quorum (12 of 19)":     sign(body(), keys, seq(0, 12)...),
		"truncated in signatures":  good[:6+66*5+10],
		"truncated in payload":     good[:len(good)-3],
		"trailing byte":            append(append([]byte(nil), good...), 0),
		"version 2":                append([]byte{2}, good[1:]...),
	}
	now := e.chainTime(e.b)
	for name, raw := range cases {
		_, gerr := wormhole.Verify(e.n.Sets, raw, now)
		gcode := wormhole.CodeOf(gerr)
		ccode := e.contractCode(e.b, raw)
		if gcode == "" || ccode != gcode {
			t.Errorf("%s: Go verifier %q (%v), contract %q", name, gcode, gerr, ccode)
		}
		if code, err := e.deliver(e.b, raw); code != gcode {
			t.Errorf("%s: deliver: %v", name, err)
		}
	}

	// The good VAA delivers once: wrapped TKA minted on B.
	whTKA := e.n.Wrapped[e.b.Name()]["TKA@"+e.a.Name()]
	demo := e.n.EVM.Options.Demo[0].Address
	if code, err := e.deliver(e.b, good); err != nil {
		t.Fatalf("deliver: %s %v", code, err)
	}
	if got := e.balance(e.b, whTKA, demo); got.Int64() != 1000 {
		t.Fatalf("whTKA balance %v", got)
	}
	// Replays: the same bytes, a high-S variant, another quorum.
	v := body()
	sign(v, keys, seq(0, 13)...)
	v.Signatures[0].Signature = highS(v.Signatures[0].Signature)
	variant, _ := v.Marshal()
	for name, raw := range map[string][]byte{"same bytes": good, "high-S variant": variant, "other quorum": sign(body(), keys, seq(6, 19)...)} {
		if e.contractCode(e.b, raw) != "" {
			t.Fatalf("%s: does not verify", name)
		}
		if code, _ := e.deliver(e.b, raw); code != wormhole.CodeConsumed {
			t.Fatalf("%s: replay gave %q, want %s", name, code, wormhole.CodeConsumed)
		}
	}
	// Not for this chain: a VAA from an unknown emitter, or to another chain.
	fake := body()
	fake.EmitterAddress = wormhole.FromEVM(common.HexToAddress("0xbad"))
	if code, _ := e.deliver(e.b, sign(fake, keys, seq(0, 13)...)); code != wormhole.CodeUnknownEmitter {
		t.Fatalf("unknown emitter: %q", code)
	}
	if code, _ := e.deliver(e.n.EVM.Chains[2], sign(body(), keys, seq(0, 13)...)); code != wormhole.CodeBadHop {
		t.Fatalf("VAA for B delivered on C: %q", code)
	}
	if e.balance(e.b, whTKA, demo).Int64() != 1000 {
		t.Fatal("a rejected VAA changed balances")
	}
}

func TestRotationExpiresTheOldSet(t *testing.T) {
	e := newEnv(t)
	old := e.n.Keys
	m1, m2 := e.send("r-1", 10), e.send("r-2", 20)
	oldVAA1 := sign(m1.Body(0), old, seq(0, 13)...)
	oldVAA2 := sign(m2.Body(0), old, seq(0, 13)...)
	next := DevKeys("guardian-next", 0, 19)
	gov, err := e.n.Rotate(e.ctx, next)
	if err != nil {
		t.Fatal(err)
	}
	out, err := evmnet.Call(e.ctx, e.b.Client(), e.n.Bridge[e.b.Name()], abiW.PackCurrentGuardianSetIndex())
	if err != nil || new(big.Int).SetBytes(out).Uint64() != 1 {
		t.Fatalf("current set on B: %x %v", out, err)
	}
	// The upgrade cannot be replayed: it is signed by the old set.
	s, _ := evmnet.NewSender(e.ctx, e.b, e.n.EVM.Options.Deployer)
	if err := s.Exec(e.ctx, "replay upgrade", e.n.Bridge[e.b.Name()], abiW.PackSubmitGuardianSetUpgrade(gov)); wormhole.ContractCode(evmnet.RevertData(err)) != wormhole.CodeWrongGuardianSet {
		t.Fatalf("replayed upgrade: %v", err)
	}
	// Inside the old set's grace: accepted.
	if code, err := e.deliver(e.b, oldVAA1); err != nil {
		t.Fatalf("old set inside its grace: %s %v", code, err)
	}
	if _, err := wormhole.Verify(e.n.Sets, oldVAA1, e.chainTime(e.b)); err != nil {
		t.Fatalf("Go verifier, old set inside grace: %v", err)
	}
	// After the expiry: refused by both.
	if err := AdjustTime(e.ctx, e.b, e.n.Options.GuardianSetExpiry+time.Minute); err != nil {
		t.Fatal(err)
	}
	if code, _ := e.deliver(e.b, oldVAA2); code != wormhole.CodeGuardianSetExpired {
		t.Fatalf("old set after expiry: %q", code)
	}
	if _, err := wormhole.Verify(e.n.Sets, oldVAA2, e.chainTime(e.b)); wormhole.CodeOf(err) != wormhole.CodeGuardianSetExpired {
		t.Fatalf("Go verifier, old set after expiry: %v", err)
	}
	// The new set delivers it.
	if code, err := e.deliver(e.b, sign(m2.Body(1), next, seq(3, 16)...)); err != nil {
		t.Fatalf("new set: %s %v", code, err)
	}
	// Old keys under the new index do not.
	m3 := e.send("r-3", 30)
	if code, _ := e.deliver(e.b, sign(m3.Body(1), old, seq(0, 13)...)); code != wormhole.CodeBadSignature {
		t.Fatalf("old keys, new index: %q", code)
	}
}

func TestContractRefusesBadUpgrades(t *testing.T) {
	e := newEnv(t)
	next := DevKeys("guardian-next", 0, 4)
	addrs := make([]common.Address, len(next))
	for i, k := range next {
		addrs[i] = k.Address
	}
	s, _ := evmnet.NewSender(e.ctx, e.b, e.n.EVM.Options.Deployer)
	submit := func(v *vaa.VAA) wormhole.Code {
		raw := sign(v, e.n.Keys, seq(0, 13)...)
		err := s.Exec(e.ctx, "upgrade", e.n.Bridge[e.b.Name()], abiW.PackSubmitGuardianSetUpgrade(raw))
		if err == nil {
			return ""
		}
		return wormhole.ContractCode(evmnet.RevertData(err))
	}
	body := func(idx uint32, keys []common.Address) []byte {
		b, _ := vaa.BodyGuardianSetUpdate{Keys: keys, NewIndex: idx}.Serialize()
		return b
	}
	notGov := vaa.CreateGovernanceVAA(e.chainTime(e.b), 0, 1, 0, body(1, addrs))
	notGov.EmitterAddress = wormhole.FromEVM(common.HexToAddress("0x05"))
	for name, c := range map[string]struct {
		v    *vaa.VAA
		code wormhole.Code
	}{
		"not the governance emitter": {notGov, wormhole.CodeUnknownEmitter},
		"skips an index":             {vaa.CreateGovernanceVAA(e.chainTime(e.b), 0, 2, 0, body(2, addrs)), wormhole.CodeWrongGuardianSet},
		"repeated key":               {vaa.CreateGovernanceVAA(e.chainTime(e.b), 0, 3, 0, body(1, []common.Address{addrs[0], addrs[0]})), wormhole.CodeBadGuardianSet},
		"empty set":                  {vaa.CreateGovernanceVAA(e.chainTime(e.b), 0, 4, 0, body(1, nil)), wormhole.CodeBadGuardianSet},
		"trailing byte":              {vaa.CreateGovernanceVAA(e.chainTime(e.b), 0, 5, 0, append(body(1, addrs), 0)), wormhole.CodeBadPayload},
	} {
		if got := submit(c.v); got != c.code {
			t.Errorf("%s: got %q, want %s", name, got, c.code)
		}
	}
	out, _ := evmnet.Call(e.ctx, e.b.Client(), e.n.Bridge[e.b.Name()], abiW.PackCurrentGuardianSetIndex())
	if new(big.Int).SetBytes(out).Sign() != 0 {
		t.Fatal("a refused upgrade rotated the set")
	}
}
