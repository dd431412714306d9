package wormhole

import (
	"bytes"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/wormhole-foundation/wormhole/sdk/vaa"

	"github.com/straitnet/strait/contracts/bindings"
)

var (
	bridgeABI = bindings.NewStraitWormhole()
	// messageTopic is Wormhole's core event, LogMessagePublished.
	messageTopic = bridgeABI.GetABI().Events["LogMessagePublished"].ID
)

// Message is a message publication observed on a source chain: what a
// guardian turns into a VAA body.
type Message struct {
	Chain            vaa.ChainID
	Emitter          common.Address
	Sequence         uint64
	Nonce            uint32
	ConsistencyLevel uint8
	Payload          []byte
	// Timestamp is the block's time: every guardian derives the same body.
	Timestamp   time.Time
	TxHash      common.Hash
	BlockNumber uint64
	BlockHash   common.Hash
}

// ParseMessage decodes a LogMessagePublished log emitted by `bridge` on
// `chain`. It refuses logs of other contracts or events with
// CodeEventNotFound and undecodable ones with CodeBadPayload.
func ParseMessage(chain vaa.ChainID, bridge common.Address, l *types.Log, blockTime time.Time) (*Message, error) {
	if l == nil || l.Address != bridge || len(l.Topics) != 2 || l.Topics[0] != messageTopic {
		return nil, errorf(CodeEventNotFound, nil, "log is not a message publication of %s", bridge)
	}
	ev, err := bridgeABI.UnpackLogMessagePublishedEvent(l)
	if err != nil {
		return nil, errorf(CodeBadPayload, err, "message publication in %s", l.TxHash)
	}
	if ev.Sender != bridge {
		return nil, errorf(CodeEventNotFound, nil, "message sender %s is not the bridge %s", ev.Sender, bridge)
	}
	return &Message{Chain: chain, Emitter: bridge, Sequence: ev.Sequence, Nonce: ev.Nonce, ConsistencyLevel: ev.ConsistencyLevel,
		Payload: bytes.Clone(ev.Payload), Timestamp: blockTime, TxHash: l.TxHash, BlockNumber: l.BlockNumber, BlockHash: l.BlockHash}, nil
}

// Body is the unsigned VAA for the message under guardian set `set`.
func (m *Message) Body(set uint32) *vaa.VAA {
	return &vaa.VAA{Version: vaa.SupportedVAAVersion, GuardianSetIndex: set, Timestamp: time.Unix(m.Timestamp.Unix(), 0),
		Nonce: m.Nonce, Sequence: m.Sequence, ConsistencyLevel: m.ConsistencyLevel, EmitterChain: m.Chain,
		EmitterAddress: FromEVM(m.Emitter), Payload: bytes.Clone(m.Payload)}
}

// contractCodes maps the destination contract's custom errors to this
// package's codes, so that the Go verifier and the contract report the
// same reason.
var contractCodes = map[[4]byte]Code{}

func init() {
	for id, code := range map[common.Hash]Code{
		bindings.StraitWormholeTruncatedErrorID():          CodeMalformed,
		bindings.StraitWormholeBadVersionErrorID():         CodeBadVersion,
		bindings.StraitWormholeUnknownGuardianSetErrorID(): CodeUnknownGuardianSet,
		bindings.StraitWormholeGuardianSetExpiredErrorID(): CodeGuardianSetExpired,
		bindings.StraitWormholeNoQuorumErrorID():           CodeNoQuorum,
		bindings.StraitWormholeDuplicateSignerErrorID():    CodeDuplicateSigner,
		bindings.StraitWormholeSignatureOrderErrorID():     CodeSignatureOrder,
		bindings.StraitWormholeSignerIndexErrorID():        CodeSignerIndex,
		bindings.StraitWormholeBadSignatureErrorID():       CodeBadSignature,
		bindings.StraitWormholeAlreadyConsumedErrorID():    CodeConsumed,
		bindings.StraitWormholeUnknownEmitterErrorID():     CodeUnknownEmitter,
		bindings.StraitWormholeNotGovernanceErrorID():      CodeUnknownEmitter,
		bindings.StraitWormholeBadPayloadErrorID():         CodeBadPayload,
		bindings.StraitWormholeWrongDestinationErrorID():   CodeBadHop,
		bindings.StraitWormholeUnknownRouteErrorID():       CodeBadHop,
		bindings.StraitWormholeWrongGuardianSetErrorID():   CodeWrongGuardianSet,
		bindings.StraitWormholeBadGuardianSetErrorID():     CodeBadGuardianSet,
	} {
		contractCodes[[4]byte(id[:4])] = code
	}
}

// ContractCode returns the code of a StraitWormhole revert (its custom
// error data), or CodeReverted for any other revert.
func ContractCode(revert []byte) Code {
	if len(revert) >= 4 {
		if c, ok := contractCodes[[4]byte(revert[:4])]; ok {
			return c
		}
	}
	return CodeReverted
}
