package evm

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

var testBridge = common.HexToAddress("0x00000000000000000000000000000000000000b1")

func lockedLog() *types.Log {
	ev := bridgeABI.GetABI().Events["Locked"]
	data, err := ev.Inputs.NonIndexed().Pack(big.NewInt(5), common.HexToAddress("0x0c"), []byte{9}, uint64(1), common.HexToAddress("0x0d"), uint64(77))
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testBridge, Topics: []common.Hash{lockedTopic, common.HexToHash("0x01"),
		common.BigToHash(big.NewInt(31002)), common.BytesToHash(common.HexToAddress("0x0a").Bytes())}, Data: data}
}

func TestParseLockedRejectsBadLogsWithCodes(t *testing.T) {
	l, err := ParseLocked(testBridge, lockedLog())
	if err != nil || l.Amount.Int64() != 5 || l.DstChainID.Int64() != 31002 || l.Payload[0] != 9 || l.RefundTo != common.HexToAddress("0x0d") || l.Deadline != 77 {
		t.Fatalf("good log: %+v %v", l, err)
	}
	cases := map[string]func(*types.Log){
		"other contract": func(l *types.Log) { l.Address = common.HexToAddress("0x01") },
		"wrong topic":    func(l *types.Log) { l.Topics[0] = depositedTopic },
		"few topics":     func(l *types.Log) { l.Topics = l.Topics[:2] },
		"short data":     func(l *types.Log) { l.Data = l.Data[:40] },
		"zero amount":    func(l *types.Log) { copy(l.Data[:32], make([]byte, 32)) },
	}
	for name, mut := range cases {
		lg := lockedLog()
		mut(lg)
		before := *lg
		if _, err := ParseLocked(testBridge, lg); CodeOf(err) != CodeBadLog {
			t.Fatalf("%s: got %v, want %s", name, err, CodeBadLog)
		}
		if lg.Address != before.Address || len(lg.Topics) != len(before.Topics) {
			t.Fatalf("%s: decoder changed its input", name)
		}
	}
	if _, err := ParseLocked(testBridge, nil); CodeOf(err) != CodeBadLog {
		t.Fatal("nil log")
	}
	if _, err := ParseDeposited(testBridge, lockedLog()); CodeOf(err) != CodeBadLog {
		t.Fatal("a Locked log parsed as Deposited")
	}
}

func FuzzParseLocked(f *testing.F) {
	good := lockedLog()
	f.Add(good.Data, 4, byte(0))
	f.Add([]byte{}, 4, byte(1))
	f.Add(good.Data[:64], 3, byte(2))
	f.Fuzz(func(t *testing.T, data []byte, ntopics int, which byte) {
		l := lockedLog()
		l.Data = data
		if ntopics >= 0 && ntopics < len(l.Topics) {
			l.Topics = l.Topics[:ntopics]
		}
		lk, err := ParseLocked(testBridge, l)
		if err != nil {
			if CodeOf(err) != CodeBadLog {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if lk.Amount.Sign() <= 0 {
			t.Fatal("accepted a non-positive amount")
		}
		_, _ = ParseDeposited(testBridge, l)
	})
}

func FuzzParseDeposited(f *testing.F) {
	f.Add([]byte{}, byte(3))
	f.Add(make([]byte, 64), byte(3))
	f.Fuzz(func(t *testing.T, data []byte, ntopics byte) {
		topics := []common.Hash{depositedTopic, common.HexToHash("0x01"), common.HexToHash("0x02")}
		if int(ntopics) < len(topics) {
			topics = topics[:ntopics]
		}
		_, err := ParseDeposited(testBridge, &types.Log{Address: testBridge, Topics: topics, Data: data})
		if err != nil && CodeOf(err) != CodeBadLog {
			t.Fatalf("uncoded error %v", err)
		}
	})
}

func gatewayRefundLog() *types.Log {
	ev := gatewayABI.GetABI().Events["TransferRefunded"]
	data, err := ev.Inputs.NonIndexed().Pack(common.HexToAddress("0x0c"), big.NewInt(7), []byte{1, 2})
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testBridge, Topics: []common.Hash{gatewayRefundedTopic, common.HexToHash("0x01"),
		common.BytesToHash(common.HexToAddress("0x0a").Bytes())}, Data: data}
}

func TestParseGatewayRefundRejectsBadLogsWithCodes(t *testing.T) {
	r, err := ParseGatewayRefund(testBridge, gatewayRefundLog())
	if err != nil || r.Amount.Int64() != 7 || r.RefundTo != common.HexToAddress("0x0a") || r.Token != common.HexToAddress("0x0c") || len(r.Reason) != 2 {
		t.Fatalf("good log: %+v %v", r, err)
	}
	cases := map[string]func(*types.Log){
		"other contract": func(l *types.Log) { l.Address = common.HexToAddress("0x01") },
		"wrong topic":    func(l *types.Log) { l.Topics[0] = lockedTopic },
		"few topics":     func(l *types.Log) { l.Topics = l.Topics[:2] },
		"short data":     func(l *types.Log) { l.Data = l.Data[:40] },
		"zero amount":    func(l *types.Log) { copy(l.Data[32:64], make([]byte, 32)) },
		"no refund to":   func(l *types.Log) { l.Topics[2] = common.Hash{} },
	}
	for name, mut := range cases {
		lg := gatewayRefundLog()
		mut(lg)
		if _, err := ParseGatewayRefund(testBridge, lg); CodeOf(err) != CodeBadLog {
			t.Fatalf("%s: got %v, want %s", name, err, CodeBadLog)
		}
	}
	if _, err := ParseGatewayRefund(testBridge, nil); CodeOf(err) != CodeBadLog {
		t.Fatal("nil log")
	}
}

func FuzzParseGatewayRefund(f *testing.F) {
	good := gatewayRefundLog()
	f.Add(good.Data, byte(3))
	f.Add([]byte{}, byte(3))
	f.Add(good.Data[:96], byte(2))
	f.Fuzz(func(t *testing.T, data []byte, ntopics byte) {
		l := gatewayRefundLog()
		l.Data = data
		if int(ntopics) < len(l.Topics) {
			l.Topics = l.Topics[:ntopics]
		}
		r, err := ParseGatewayRefund(testBridge, l)
		if err != nil {
			if CodeOf(err) != CodeBadLog {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if r.Amount.Sign() <= 0 {
			t.Fatal("accepted a non-positive amount")
		}
	})
}

func gatewayParkedLog() *types.Log {
	ev := gatewayABI.GetABI().Events["TransferParked"]
	data, err := ev.Inputs.NonIndexed().Pack(common.HexToAddress("0x0c"), big.NewInt(9), []byte{0xab, 0xcd})
	if err != nil {
		panic(err)
	}
	return &types.Log{Address: testBridge, Topics: []common.Hash{gatewayParkedTopic, common.HexToHash("0x01")}, Data: data}
}

func TestParseGatewayParkedRejectsBadLogsWithCodes(t *testing.T) {
	p, err := ParseGatewayParked(testBridge, gatewayParkedLog())
	if err != nil || p.Amount.Int64() != 9 || p.Token != common.HexToAddress("0x0c") || len(p.Reason) != 2 || p.TransferID != common.HexToHash("0x01") {
		t.Fatalf("good log: %+v %v", p, err)
	}
	cases := map[string]func(*types.Log){
		"other contract": func(l *types.Log) { l.Address = common.HexToAddress("0x01") },
		"wrong topic":    func(l *types.Log) { l.Topics[0] = gatewayRefundedTopic },
		"few topics":     func(l *types.Log) { l.Topics = l.Topics[:1] },
		"short data":     func(l *types.Log) { l.Data = l.Data[:40] },
		"zero amount":    func(l *types.Log) { copy(l.Data[32:64], make([]byte, 32)) },
		"no token":       func(l *types.Log) { copy(l.Data[:32], make([]byte, 32)) },
	}
	for name, mut := range cases {
		lg := gatewayParkedLog()
		mut(lg)
		if _, err := ParseGatewayParked(testBridge, lg); CodeOf(err) != CodeBadLog {
			t.Fatalf("%s: got %v, want %s", name, err, CodeBadLog)
		}
	}
	if _, err := ParseGatewayParked(testBridge, nil); CodeOf(err) != CodeBadLog {
		t.Fatal("nil log")
	}
}

func FuzzParseGatewayParked(f *testing.F) {
	good := gatewayParkedLog()
	f.Add(good.Data, byte(2))
	f.Add([]byte{}, byte(2))
	f.Add(good.Data[:96], byte(1))
	f.Fuzz(func(t *testing.T, data []byte, ntopics byte) {
		l := gatewayParkedLog()
		l.Data = data
		if int(ntopics) < len(l.Topics) {
			l.Topics = l.Topics[:ntopics]
		}
		p, err := ParseGatewayParked(testBridge, l)
		if err != nil {
			if CodeOf(err) != CodeBadLog {
				t.Fatalf("uncoded error %v", err)
			}
			return
		}
		if p.Amount.Sign() <= 0 {
			t.Fatal("accepted a non-positive amount")
		}
	})
}
