package guardians

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/straitnet/strait/devnet/evmnet"
	"github.com/straitnet/strait/relayers/wormhole"
)

// The contract's payload decoder and the Go one agree: on the encodings
// of good transfers, and on every truncation, extension and byte flip of
// them, both accept or both refuse (and agree on the fields).
func TestContractPayloadDecoderAgreesWithGo(t *testing.T) {
	e := newEnv(t)
	to := e.n.Bridge[e.b.Name()]
	check := func(name string, p []byte) {
		t.Helper()
		gt, gerr := wormhole.DecodeTransfer(p)
		out, cerr := evmnet.Call(e.ctx, e.b.Client(), to, abiW.PackDecodeTransfer(p))
		if (gerr == nil) != (cerr == nil) {
			t.Fatalf("%s: Go %v, contract %v", name, gerr, cerr)
		}
		if cerr != nil {
			if wormhole.ContractCode(evmnet.RevertData(cerr)) != wormhole.CodeBadPayload {
				t.Fatalf("%s: contract refused with %v", name, cerr)
			}
			return
		}
		res, err := abiW.UnpackDecodeTransfer(out)
		if err != nil {
			t.Fatal(err)
		}
		if res.T.TransferId != gt.TransferID || res.T.Amount.Cmp(gt.Amount) != 0 || res.T.Recipient != gt.Recipient ||
			res.T.ToChain != uint16(gt.ToChain) || res.T.NextHop != gt.NextHop || !bytes.Equal(res.Remaining, gt.Remaining) {
			t.Fatalf("%s: fields differ: contract %+v, Go %+v", name, res.T, gt)
		}
	}
	goods := []*wormhole.Transfer{
		{TransferID: tid("p"), Token: wormhole.FromEVM(common.HexToAddress("0xaa")), Amount: big.NewInt(5), ToChain: 31002,
			Recipient: wormhole.FromEVM(common.HexToAddress("0xbb")), RouteHash: [32]byte{1}},
		{TransferID: tid("q"), Token: wormhole.FromEVM(common.HexToAddress("0xaa")), Amount: big.NewInt(9), ToChain: 31003,
			Recipient: wormhole.FromEVM(common.HexToAddress("0xcc")), RouteHash: [32]byte{2}, NextHop: 2, Remaining: []byte{1, 2, 3, 4}},
	}
	for _, g := range goods {
		p, err := g.Encode()
		if err != nil {
			t.Fatal(err)
		}
		check("good", p)
		step := 1
		if testing.Short() {
			step = 5
		}
		for cut := 0; cut < len(p); cut += step {
			check("cut", p[:cut])
		}
		check("extended", append(bytes.Clone(p), 0))
		for i := 0; i < len(p); i += step {
			q := bytes.Clone(p)
			q[i] ^= 0xff
			check("flip", q)
		}
	}
}
