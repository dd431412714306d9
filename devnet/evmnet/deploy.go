package evmnet

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/straitnet/strait/contracts/bindings"
)

// Deployment is the set of Strait contracts on one chain. The fund-holding
// contracts are ERC-1967 proxies administered by Governance.
type Deployment struct {
	Chain      string         `json:"chain"`
	ChainID    uint64         `json:"chain_id"`
	Governance common.Address `json:"governance"`
	Gateway    common.Address `json:"gateway"`
	LockMint   common.Address `json:"lockmint"`
	Liquidity  common.Address `json:"liquidity"`
	// Implementations behind the proxies, by proxy name.
	Implementations map[string]common.Address `json:"implementations"`
	// Canonical test tokens that live on this chain, by symbol.
	Tokens map[string]common.Address `json:"tokens"`
	// Wrapped tokens minted here by the lock/mint bridge, by the origin's
	// asset id (SYMBOL@chain).
	Wrapped map[string]common.Address `json:"wrapped"`
}

// Decimals of the devnet tokens.
const (
	USDCDecimals  = 6
	TokenDecimals = 18
)

func deployCore(ctx context.Context, d *Sender, gov Governance, attesters []common.Address, threshold uint64, fees LiquidityFees) (*Deployment, error) {
	dep := &Deployment{
		Chain:           d.chain.Name(),
		ChainID:         d.chain.ChainID(),
		Implementations: map[string]common.Address{},
		Tokens:          map[string]common.Address{},
		Wrapped:         map[string]common.Address{},
	}
	var err error
	govB := bindings.NewGovernance()
	signers := make([]common.Address, len(gov.Signers))
	for i, s := range gov.Signers {
		signers[i] = s.Address
	}
	dep.Governance, err = d.Deploy(ctx, "Governance", append(hexutil.MustDecode(bindings.GovernanceMetaData.Bin),
		govB.PackConstructor(signers, new(big.Int).SetUint64(gov.Threshold), big.NewInt(int64(gov.Delay.Seconds())))...))
	if err != nil {
		return nil, err
	}
	owner := d.key.Address // hands over to Governance once wired
	proxy := bindings.NewStraitProxy()
	deployProxied := func(name, bin string, init []byte) (common.Address, error) {
		impl, err := d.Deploy(ctx, name+" implementation", hexutil.MustDecode(bin))
		if err != nil {
			return common.Address{}, err
		}
		dep.Implementations[name] = impl
		return d.Deploy(ctx, name+" proxy", append(hexutil.MustDecode(bindings.StraitProxyMetaData.Bin),
			proxy.PackConstructor(impl, dep.Governance, init)...))
	}
	th := new(big.Int).SetUint64(threshold)
	if dep.Gateway, err = deployProxied("Gateway", bindings.GatewayMetaData.Bin,
		bindings.NewGateway().PackInitialize(owner, dep.Governance)); err != nil {
		return nil, err
	}
	if dep.LockMint, err = deployProxied("LockMintBridge", bindings.LockMintBridgeMetaData.Bin,
		bindings.NewLockMintBridge().PackInitialize(owner, dep.Governance, attesters, th)); err != nil {
		return nil, err
	}
	if dep.Liquidity, err = deployProxied("LiquidityPool", bindings.LiquidityPoolMetaData.Bin,
		bindings.NewLiquidityPool().PackInitialize(owner, dep.Governance, attesters, th,
			fees.BaseBps, fees.SlopeBps, uint64(fees.RefundGrace.Seconds()))); err != nil {
		return nil, err
	}
	return dep, nil
}

func deployToken(ctx context.Context, d *Sender, name, symbol string, decimals uint8) (common.Address, error) {
	return d.Deploy(ctx, "token "+symbol, append(hexutil.MustDecode(bindings.TestTokenMetaData.Bin),
		bindings.NewTestToken().PackConstructor(name, symbol, decimals)...))
}

func deployWrapped(ctx context.Context, d *Sender, symbol string, decimals uint8, bridge common.Address, originChainID uint64, origin common.Address) (common.Address, error) {
	return d.Deploy(ctx, "wrapped "+symbol, append(hexutil.MustDecode(bindings.WrappedTokenMetaData.Bin),
		bindings.NewWrappedToken().PackConstructor("Strait wrapped "+symbol, symbol, decimals, bridge,
			new(big.Int).SetUint64(originChainID), origin)...))
}
