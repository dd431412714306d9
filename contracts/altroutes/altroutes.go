// Package altroutes builds the Merkle tree of a route's committed
// alternatives, as the Gateway checks it: each leaf is
// keccak256(abi.encode(chainId, token, alternative)) (Gateway.altLeaf), and
// inner nodes hash their two children in sorted order (OpenZeppelin's
// MerkleProof convention), so that a proof is just the sibling hashes.
package altroutes

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/straitnet/strait/contracts/bindings"
)

var gatewayABI = bindings.NewGateway()

// Leaf is Gateway.altLeaf(chainID, token, alt).
func Leaf(chainID uint64, token common.Address, alt bindings.GatewayRoute) (common.Hash, error) {
	m, ok := gatewayABI.GetABI().Methods["altLeaf"]
	if !ok {
		return common.Hash{}, errors.New("gateway ABI has no altLeaf")
	}
	enc, err := m.Inputs.Pack(new(big.Int).SetUint64(chainID), token, alt)
	if err != nil {
		return common.Hash{}, fmt.Errorf("encode alternative: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree returns the root of the leaves and, for each leaf (in the order
// given), its proof. Leaves are sorted before building so that the root
// does not depend on their order; an odd node is carried up unpaired. No
// leaves: the zero root (no alternatives).
func Tree(leaves []common.Hash) (common.Hash, [][]common.Hash) {
	proofs := make([][]common.Hash, len(leaves))
	if len(leaves) == 0 {
		return common.Hash{}, proofs
	}
	type node struct {
		h    common.Hash
		from []int // indexes of the leaves under this node
	}
	level := make([]node, len(leaves))
	for i, l := range leaves {
		level[i] = node{h: l, from: []int{i}}
	}
	sort.SliceStable(level, func(i, j int) bool { return bytes.Compare(level[i].h[:], level[j].h[:]) < 0 })
	for len(level) > 1 {
		var next []node
		for i := 0; i < len(level); i += 2 {
			if i+1 == len(level) {
				next = append(next, level[i])
				continue
			}
			l, r := level[i], level[i+1]
			for _, k := range l.from {
				proofs[k] = append(proofs[k], r.h)
			}
			for _, k := range r.from {
				proofs[k] = append(proofs[k], l.h)
			}
			next = append(next, node{h: hashPair(l.h, r.h), from: append(append([]int{}, l.from...), r.from...)})
		}
		level = next
	}
	return level[0].h, proofs
}

// Verify is the Gateway's check of a proof.
func Verify(root, leaf common.Hash, proof []common.Hash) bool {
	if root == (common.Hash{}) {
		return false
	}
	h := leaf
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}
