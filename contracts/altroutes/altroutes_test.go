package altroutes

import (
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestEveryLeafProvesAndNoOtherDoes(t *testing.T) {
	for n := 1; n <= 9; n++ {
		var leaves []common.Hash
		for i := 0; i < n; i++ {
			leaves = append(leaves, crypto.Keccak256Hash([]byte(fmt.Sprint(n, "/", i))))
		}
		root, proofs := Tree(leaves)
		for i, l := range leaves {
			if !Verify(root, l, proofs[i]) {
				t.Fatalf("n=%d: leaf %d does not verify", n, i)
			}
			if n > 1 && Verify(root, l, proofs[(i+1)%n]) {
				t.Fatalf("n=%d: leaf %d verifies with another leaf's proof", n, i)
			}
		}
		if Verify(root, crypto.Keccak256Hash([]byte("stranger")), proofs[0]) {
			t.Fatalf("n=%d: a stranger verifies", n)
		}
		// The root does not depend on the leaves' order.
		rev := append([]common.Hash(nil), leaves...)
		for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
			rev[i], rev[j] = rev[j], rev[i]
		}
		if r2, _ := Tree(rev); r2 != root {
			t.Fatalf("n=%d: root depends on order", n)
		}
	}
	if r, _ := Tree(nil); r != (common.Hash{}) || Verify(r, common.Hash{}, nil) {
		t.Fatal("no leaves must give the zero root, which proves nothing")
	}
}
