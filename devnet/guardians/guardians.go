// Package guardians adds Strait's guardian bridge to an EVM devnet: a
// StraitWormhole contract (behind a proxy administered by Governance) on
// every chain, wrapped tokens it mints, peers, and trust in each chain's
// Gateway; and a guardian set of devnet keys (19 by default) that signs
// real Wormhole VAAs. It also rotates the guardian set with a Core
// governance VAA, as Wormhole does.
package guardians

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/contracts/bindings"
	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers/wormhole"
)

// Protocol is the bridge's name in a routing topology.
const Protocol = "strait-wormhole"

// Options configure the guardian bridge on a devnet.
type Options struct {
	// Guardians is the size of the first guardian set (default 19).
	Guardians int
	// Keys of the first set (default: devnet keys "guardian-0".."guardian-18").
	Keys []evmnet.Key
	// GuardianSetExpiry is how long a replaced set stays valid (default
	// 24h, as on Wormhole).
	GuardianSetExpiry time.Duration
	Logger            *slog.Logger
}

// EnsureDefaults fills unset fields.
func (o *Options) EnsureDefaults() {
	if o.Guardians == 0 {
		o.Guardians = 19
		if len(o.Keys) > 0 {
			o.Guardians = len(o.Keys)
		}
	}
	if len(o.Keys) == 0 {
		o.Keys = DevKeys("guardian", 0, o.Guardians)
	}
	if o.GuardianSetExpiry == 0 {
		o.GuardianSetExpiry = wormhole.GuardianSetExpiry
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
}

// Validate reports options that cannot make a guardian set.
func (o *Options) Validate() error {
	if len(o.Keys) != o.Guardians || o.Guardians < 1 || o.Guardians > 255 {
		return fmt.Errorf("guardians: %d keys for a set of %d (1..255)", len(o.Keys), o.Guardians)
	}
	if o.GuardianSetExpiry < time.Second || o.GuardianSetExpiry > time.Duration(1<<32-1)*time.Second {
		return fmt.Errorf("guardians: expiry %s out of range", o.GuardianSetExpiry)
	}
	return nil
}

// DevKeys derives n devnet keys named prefix-from .. prefix-(from+n-1).
// Anyone can derive them: devnet only.
func DevKeys(prefix string, from, n int) []evmnet.Key {
	out := make([]evmnet.Key, n)
	for i := range out {
		out[i] = evmnet.DevKey(fmt.Sprintf("%s-%d", prefix, from+i))
	}
	return out
}

// Network is the guardian bridge deployed on a devnet.
type Network struct {
	EVM     *evmnet.Devnet
	Options Options
	// Bridge is the StraitWormhole proxy per chain name.
	Bridge map[string]common.Address
	// WormholeChain is each chain's Wormhole chain id.
	WormholeChain map[string]vaa.ChainID
	// Wrapped tokens the bridge mints, per chain, by origin asset id
	// (SYMBOL@chain).
	Wrapped map[string]map[string]common.Address
	// Keys is the current guardian set's keys; Sets mirrors every
	// chain's guardian set registry.
	Keys []evmnet.Key
	Sets *wormhole.Sets
	// governance sequence for the next governance VAA.
	govSeq uint64
}

// WormholeChainID is the devnet's Wormhole chain id for an EIP-155 chain
// id: the same number (devnet chains have no Wormhole id of their own).
func WormholeChainID(evmChainID uint64) (vaa.ChainID, error) {
	if evmChainID == 0 || evmChainID > 0xffff {
		return 0, fmt.Errorf("guardians: chain id %d does not fit a Wormhole chain id", evmChainID)
	}
	return vaa.ChainID(evmChainID), nil
}

var (
	abiW     = bindings.NewStraitWormhole()
	tokenABI = bindings.NewTestToken()
)

// Deploy adds the guardian bridge to an in-process devnet started without
// AutoMine (it seals blocks itself, and moves the chains' clocks past the
// governance timelock to trust the bridge in each Gateway).
func Deploy(ctx context.Context, d *evmnet.Devnet, o Options) (*Network, error) {
	o.EnsureDefaults()
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if len(d.Chains) != len(d.Targets) {
		return nil, errors.New("guardians: needs in-process chains (the governance timelock is passed by moving their clocks)")
	}
	keys := make([]common.Address, len(o.Keys))
	for i, k := range o.Keys {
		keys[i] = k.Address
	}
	sets, err := wormhole.NewSets(wormhole.GuardianSet{Index: 0, Keys: keys})
	if err != nil {
		return nil, err
	}
	n := &Network{EVM: d, Options: o, Bridge: map[string]common.Address{}, WormholeChain: map[string]vaa.ChainID{},
		Wrapped: map[string]map[string]common.Address{}, Keys: append([]evmnet.Key(nil), o.Keys...), Sets: sets}
	for _, c := range d.Targets {
		w, err := WormholeChainID(c.ChainID())
		if err != nil {
			return nil, err
		}
		n.WormholeChain[c.Name()] = w
	}
	senders := make([]*evmnet.Sender, len(d.Targets))
	for i, c := range d.Targets {
		if senders[i], err = evmnet.NewSender(ctx, c, d.Options.Deployer); err != nil {
			return nil, err
		}
	}
	// Contracts and wrapped tokens.
	for i, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		s := senders[i]
		impl, err := s.Deploy(ctx, "StraitWormhole implementation", hexutil.MustDecode(bindings.StraitWormholeMetaData.Bin))
		if err != nil {
			return nil, err
		}
		init := abiW.PackInitialize(d.Options.Deployer.Address, dep.Governance, uint16(n.WormholeChain[c.Name()]),
			uint16(vaa.GovernanceChain), vaa.GovernanceEmitter, keys, uint32(o.GuardianSetExpiry/time.Second))
		proxy, err := s.Deploy(ctx, "StraitWormhole proxy", append(hexutil.MustDecode(bindings.StraitProxyMetaData.Bin),
			bindings.NewStraitProxy().PackConstructor(impl, dep.Governance, init)...))
		if err != nil {
			return nil, err
		}
		n.Bridge[c.Name()] = proxy
		n.Wrapped[c.Name()] = map[string]common.Address{}
		for j, o2 := range d.Targets {
			if i == j {
				continue
			}
			sym := d.Options.Chains[j].Token
			origin := d.Deployments[o2.Name()].Tokens[sym]
			w, err := s.Deploy(ctx, "wormhole-wrapped "+sym, append(hexutil.MustDecode(bindings.WrappedTokenMetaData.Bin),
				bindings.NewWrappedToken().PackConstructor("Strait guardian-bridged "+sym, "wh"+sym, evmnet.TokenDecimals, proxy,
					new(big.Int).SetUint64(o2.ChainID()), origin)...))
			if err != nil {
				return nil, err
			}
			n.Wrapped[c.Name()][sym+"@"+o2.Name()] = w
		}
	}
	// Peers and incoming routes: every chain's token arrives minted as its
	// wrapped form, or released from the vault at home.
	for i, c := range d.Targets {
		s := senders[i]
		me := n.Bridge[c.Name()]
		for j, o2 := range d.Targets {
			if i == j {
				continue
			}
			wc := n.WormholeChain[o2.Name()]
			if err := s.Exec(ctx, "wormhole peer "+o2.Name(), me, abiW.PackSetPeer(uint16(wc), new(big.Int).SetUint64(o2.ChainID()),
				wormhole.FromEVM(n.Bridge[o2.Name()]))); err != nil {
				return nil, err
			}
			for k, spec := range d.Options.Chains {
				origin := d.Targets[k].Name()
				srcTok := n.TokenOn(o2.Name(), origin, spec.Token)
				local := n.TokenOn(c.Name(), origin, spec.Token)
				if err := s.Exec(ctx, "wormhole incoming "+spec.Token+" from "+o2.Name(), me,
					abiW.PackSetIncoming(uint16(wc), wormhole.FromEVM(srcTok), local, k != i)); err != nil {
					return nil, err
				}
			}
		}
		if err := s.Exec(ctx, "hand wormhole bridge to governance", me, abiW.PackTransferOwnership(d.Deployments[c.Name()].Governance)); err != nil {
			return nil, err
		}
	}
	// Each Gateway trusts its bridge: through Governance (M of N, then
	// the timelock).
	for i, c := range d.Targets {
		dep := d.Deployments[c.Name()]
		if err := governed(ctx, d, d.Chains[i], dep.Governance, dep.Gateway,
			bindings.NewGateway().PackSetTrustedBridge(n.Bridge[c.Name()], true)); err != nil {
			return nil, fmt.Errorf("trust the wormhole bridge on %s: %w", c.Name(), err)
		}
	}
	o.Logger.Info("guardian bridge deployed", "chains", len(d.Targets), "guardians", len(keys), "quorum", vaa.CalculateQuorum(len(keys)))
	return n, nil
}

// Governed runs one call on chain i of an in-process devnet through its
// Governance (M of N signers, then the timelock, passed by moving the
// chain's clock): how a devnet changes a governed contract's settings or
// unpauses it.
func Governed(ctx context.Context, d *evmnet.Devnet, i int, target common.Address, data []byte) error {
	if i < 0 || i >= len(d.Chains) {
		return fmt.Errorf("guardians: no in-process chain %d", i)
	}
	return governed(ctx, d, d.Chains[i], d.Deployments[d.Chains[i].Name()].Governance, target, data)
}

// governed runs one call through the devnet's Governance: proposed and
// confirmed by the threshold of signers, then executed once the chain's
// clock is moved past the timelock.
func governed(ctx context.Context, d *evmnet.Devnet, c *evmnet.Chain, gov, target common.Address, data []byte) error {
	g := bindings.NewGovernance()
	signers := d.Options.Governance.Signers
	s0, err := evmnet.NewSender(ctx, c, signers[0])
	if err != nil {
		return err
	}
	out, err := evmnet.Call(ctx, c.Client(), gov, g.PackProposalCount())
	if err != nil {
		return err
	}
	count, err := g.UnpackProposalCount(out)
	if err != nil {
		return err
	}
	id := new(big.Int).Add(count, big.NewInt(1))
	if err := s0.Exec(ctx, "propose", gov, g.PackPropose(target, big.NewInt(0), data)); err != nil {
		return err
	}
	for _, k := range signers[1:d.Options.Governance.Threshold] {
		s, err := evmnet.NewSender(ctx, c, k)
		if err != nil {
			return err
		}
		if err := s.Exec(ctx, "confirm", gov, g.PackConfirm(id)); err != nil {
			return err
		}
	}
	if err := AdjustTime(ctx, c, d.Options.Governance.Delay+time.Second); err != nil {
		return err
	}
	return s0.Exec(ctx, "execute", gov, g.PackExecute(id))
}

// TokenOn returns the address on chain `on` of the asset that originates
// as `symbol` on chain `origin`, in the guardian bridge's terms (native at
// home, its own wrapped token elsewhere).
func (n *Network) TokenOn(on, origin, symbol string) common.Address {
	if on == origin {
		return n.EVM.Deployments[on].Tokens[symbol]
	}
	return n.Wrapped[on][symbol+"@"+origin]
}

// Rotate installs a new guardian set on every chain with a Core
// guardian-set-upgrade governance VAA signed by a quorum of the current
// set, and returns the raw VAA.
func (n *Network) Rotate(ctx context.Context, next []evmnet.Key) ([]byte, error) {
	addrs := make([]common.Address, len(next))
	for i, k := range next {
		addrs[i] = k.Address
	}
	cur := n.Sets.Current()
	body, err := vaa.BodyGuardianSetUpdate{Keys: addrs, NewIndex: cur.Index + 1}.Serialize()
	if err != nil {
		return nil, err
	}
	n.govSeq++
	head, err := n.EVM.Targets[0].Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, err
	}
	v := vaa.CreateGovernanceVAA(time.Unix(int64(head.Time), 0), 0, n.govSeq, cur.Index, body)
	for i := 0; i < cur.Quorum(); i++ {
		v.AddSignature(n.Keys[i].Private(), uint8(i))
	}
	raw, err := v.Marshal()
	if err != nil {
		return nil, err
	}
	var at time.Time
	for i, c := range n.EVM.Targets {
		s, err := evmnet.NewSender(ctx, c, n.EVM.Options.Deployer)
		if err != nil {
			return nil, err
		}
		r, err := s.Send(ctx, "guardian set upgrade", &[]common.Address{n.Bridge[c.Name()]}[0], abiW.PackSubmitGuardianSetUpgrade(raw))
		if err != nil {
			return nil, err
		}
		if i == 0 {
			h, err := c.Client().HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				return nil, err
			}
			at = time.Unix(int64(h.Time), 0)
		}
	}
	if _, err := wormhole.ApplyUpgrade(n.Sets, raw, n.WormholeChain[n.EVM.Targets[0].Name()], at, n.Options.GuardianSetExpiry); err != nil {
		return nil, err
	}
	n.Keys = append([]evmnet.Key(nil), next...)
	return raw, nil
}

// AdjustTime moves an in-process chain's clock forward. The pool drops
// mined transactions when it catches up with a new head, asynchronously;
// until then the simulated chain refuses to move its clock ("non-empty
// block"), so this retries for a while.
func AdjustTime(ctx context.Context, c *evmnet.Chain, d time.Duration) error {
	for try := 0; ; try++ {
		err := c.AdjustTime(d)
		if err == nil {
			return nil
		}
		if try == 400 {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(25 * time.Millisecond):
		}
	}
}
