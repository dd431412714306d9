// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";
import {SafeTransfer, WrappedToken} from "./Tokens.sol";
import {IStraitReceiver} from "./IStraitReceiver.sol";

/// @title StraitWormhole
/// @notice Strait's Wormhole-style guardian bridge, one instance per chain.
/// As a source it locks canonical tokens (or burns the wrapped tokens it
/// minted) and publishes a message with Wormhole's core event,
/// LogMessagePublished, carrying the Strait transfer payload. As a
/// destination it accepts a VAA (Wormhole's wire format) signed by a quorum
/// (floor(2n/3)+1) of its current guardian set, or of the previous set until
/// that set expires, consumes it by signing digest, and mints or releases,
/// then hands the remaining hops to the recipient (a Gateway) if any.
/// Guardian sets rotate by a Core governance VAA signed by the current set.
contract StraitWormhole is Governed {
    using SafeTransfer for address;

    struct GuardianSet {
        address[] keys;
        uint32 expirationTime;
    }

    struct Incoming {
        address token;
        bool mint;
    }

    /// A verified VAA's body fields.
    struct VM {
        uint32 guardianSetIndex;
        uint32 timestamp;
        uint32 nonce;
        uint16 emitterChainId;
        bytes32 emitterAddress;
        uint64 sequence;
        uint8 consistencyLevel;
        bytes32 digest;
    }

    /// The transfer payload (see relayers/wormhole/payload.go for the layout).
    struct Transfer {
        bytes32 transferId;
        bytes32 token;
        uint256 amount;
        uint16 toChain;
        bytes32 recipient;
        bytes32 routeHash;
        uint8 nextHop;
    }

    uint8 public constant PAYLOAD_ID = 0x53;
    uint8 public constant PAYLOAD_VERSION = 1;
    /// Wormhole's "finalized" consistency level on EVM chains.
    uint8 public constant CONSISTENCY_FINALIZED = 1;
    bytes32 public constant CORE_MODULE = 0x00000000000000000000000000000000000000000000000000000000436f7265;

    uint16 public chainId;
    uint16 public governanceChainId;
    bytes32 public governanceEmitter;
    uint32 public currentGuardianSetIndex;
    /// Seconds a replaced guardian set stays valid (Wormhole: 24 hours).
    uint32 public guardianSetExpiry;
    mapping(uint32 => GuardianSet) internal guardianSets;
    /// Consumed VAAs by signing digest: a re-signed or high-S variant of a
    /// VAA has other bytes but the same digest.
    mapping(bytes32 => bool) public consumed;
    /// Trusted emitter (the peer bridge) per Wormhole chain id.
    mapping(uint16 => bytes32) public emitterOf;
    /// Wormhole chain id of an EIP-155 chain id.
    mapping(uint256 => uint16) public wormholeChainOf;
    mapping(bytes32 => Incoming) internal incoming;
    mapping(address => bool) public isWrapped;
    mapping(bytes32 => bool) public sent;
    uint64 public nextSequence;

    event LogMessagePublished(address indexed sender, uint64 sequence, uint32 nonce, bytes payload, uint8 consistencyLevel);
    event GuardianSetAdded(uint32 indexed index);
    event PeerSet(uint16 indexed wormholeChainId, uint256 evmChainId, bytes32 emitter);
    event IncomingSet(uint16 indexed srcChain, bytes32 indexed srcToken, address token, bool mint);
    event Delivered(
        bytes32 indexed digest, bytes32 indexed transferId, address indexed token, uint256 amount, address recipient
    );

    error Truncated();
    error BadVersion(uint8 version);
    error UnknownGuardianSet(uint32 index);
    error GuardianSetExpired(uint32 index);
    error NoQuorum(uint256 signatures, uint256 quorum);
    error DuplicateSigner(uint256 signature);
    error SignatureOrder(uint256 signature);
    error SignerIndex(uint256 signature);
    error BadSignature(uint256 signature);
    error AlreadyConsumed(bytes32 digest);
    error UnknownEmitter(uint16 chain, bytes32 emitter);
    error BadPayload(string why);
    error WrongDestination(uint16 chain);
    error UnknownRoute(uint16 srcChain, bytes32 srcToken);
    error WrongGuardianSet(uint32 index);
    error NotGovernance();
    error BadGuardianSet();
    error UnknownPeer(uint256 evmChainId);
    error AlreadySent(bytes32 transferId);
    error ZeroAmount();

    function initialize(
        address owner_,
        address pauser_,
        uint16 chainId_,
        uint16 governanceChainId_,
        bytes32 governanceEmitter_,
        address[] calldata guardians,
        uint32 guardianSetExpiry_
    ) external initializer {
        _initGoverned(owner_, pauser_);
        chainId = chainId_;
        governanceChainId = governanceChainId_;
        governanceEmitter = governanceEmitter_;
        guardianSetExpiry = guardianSetExpiry_;
        _storeGuardianSet(0, guardians);
    }

    function setPeer(uint16 wormholeChainId, uint256 evmChainId, bytes32 emitter) external onlyOwner {
        emitterOf[wormholeChainId] = emitter;
        wormholeChainOf[evmChainId] = wormholeChainId;
        emit PeerSet(wormholeChainId, evmChainId, emitter);
    }

    /// Declares how tokens from srcChain/srcToken arrive: minted as the
    /// wrapped `token` (mint=true) or released from this vault (mint=false).
    function setIncoming(uint16 srcChain, bytes32 srcToken, address token, bool mint) external onlyOwner {
        incoming[keccak256(abi.encode(srcChain, srcToken))] = Incoming(token, mint);
        if (mint) {
            isWrapped[token] = true;
        }
        emit IncomingSet(srcChain, srcToken, token, mint);
    }

    function incomingFor(uint16 srcChain, bytes32 srcToken) external view returns (Incoming memory) {
        return incoming[keccak256(abi.encode(srcChain, srcToken))];
    }

    function getGuardianSet(uint32 index) external view returns (address[] memory keys, uint32 expirationTime) {
        GuardianSet storage g = guardianSets[index];
        return (g.keys, g.expirationTime);
    }

    function isConsumed(bytes32 digest) external view returns (bool) {
        return consumed[digest];
    }

    // ---- source side ----

    /// Locks (or burns) `amount` of `token` and publishes the transfer for
    /// the guardians. `remaining` is the route continuation the recipient
    /// forwards along (empty, with nextHop 0, on a route's last hop).
    function send(
        bytes32 transferId,
        address token,
        uint256 amount,
        uint256 dstChainId,
        bytes32 recipient,
        bytes32 routeHash,
        uint8 nextHop,
        bytes calldata remaining
    ) external whenNotPaused nonReentrant returns (uint64 sequence) {
        uint16 to = wormholeChainOf[dstChainId];
        if (to == 0 || emitterOf[to] == bytes32(0)) revert UnknownPeer(dstChainId);
        if (amount == 0) revert ZeroAmount();
        if (recipient == bytes32(0)) revert ZeroAddress();
        if ((nextHop == 0) != (remaining.length == 0) || remaining.length > type(uint16).max) {
            revert BadPayload("next hop and remaining hops");
        }
        if (sent[transferId]) revert AlreadySent(transferId);
        sent[transferId] = true;
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (isWrapped[token]) {
            WrappedToken(token).burn(amount);
        }
        bytes memory payload = abi.encodePacked(
            PAYLOAD_ID,
            PAYLOAD_VERSION,
            transferId,
            bytes32(uint256(uint160(token))),
            amount,
            to,
            recipient,
            routeHash,
            nextHop,
            uint16(remaining.length),
            remaining
        );
        sequence = nextSequence++;
        emit LogMessagePublished(address(this), sequence, 0, payload, CONSISTENCY_FINALIZED);
    }

    // ---- verification ----

    /// Parses and verifies a VAA against the guardian set its header names:
    /// the set must exist and be current or not yet expired, the whole
    /// set's quorum must sign, guardian indexes must strictly increase, and
    /// each signature must recover to the guardian its index names.
    function parseAndVerifyVM(bytes calldata vm) public view returns (VM memory m, bytes calldata payload) {
        if (vm.length < 6) revert Truncated();
        if (uint8(vm[0]) != 1) revert BadVersion(uint8(vm[0]));
        m.guardianSetIndex = uint32(bytes4(vm[1:5]));
        uint256 n = uint8(vm[5]);
        uint256 body = 6 + 66 * n;
        if (vm.length < body + 51) revert Truncated();
        m.digest = keccak256(abi.encodePacked(keccak256(vm[body:])));
        GuardianSet storage gs = guardianSets[m.guardianSetIndex];
        uint256 size = gs.keys.length;
        if (size == 0) revert UnknownGuardianSet(m.guardianSetIndex);
        if (m.guardianSetIndex != currentGuardianSetIndex && gs.expirationTime <= block.timestamp) {
            revert GuardianSetExpired(m.guardianSetIndex);
        }
        uint256 quorum = (size * 2) / 3 + 1;
        if (n < quorum) revert NoQuorum(n, quorum);
        _checkSignatures(vm, n, m.digest, gs.keys);
        m.timestamp = uint32(bytes4(vm[body:body + 4]));
        m.nonce = uint32(bytes4(vm[body + 4:body + 8]));
        m.emitterChainId = uint16(bytes2(vm[body + 8:body + 10]));
        m.emitterAddress = bytes32(vm[body + 10:body + 42]);
        m.sequence = uint64(bytes8(vm[body + 42:body + 50]));
        m.consistencyLevel = uint8(vm[body + 50]);
        payload = vm[body + 51:];
    }

    function _checkSignatures(bytes calldata vm, uint256 n, bytes32 digest, address[] storage keys) internal view {
        uint256 size = keys.length;
        int256 last = -1;
        for (uint256 i = 0; i < n; i++) {
            uint256 off = 6 + 66 * i;
            uint256 idx = uint8(vm[off]);
            if (int256(idx) == last) revert DuplicateSigner(i);
            if (int256(idx) < last) revert SignatureOrder(i);
            if (idx >= size) revert SignerIndex(i);
            last = int256(idx);
            if (_recover(vm, off, digest) != keys[idx]) revert BadSignature(i);
        }
    }

    function _recover(bytes calldata vm, uint256 off, bytes32 digest) internal pure returns (address signer) {
        uint8 v = uint8(vm[off + 65]);
        if (v > 1) return address(0);
        signer = ecrecover(digest, v + 27, bytes32(vm[off + 1:off + 33]), bytes32(vm[off + 33:off + 65]));
    }

    /// Decodes the transfer payload exactly (nothing may follow it).
    function decodeTransfer(bytes calldata p) public pure returns (Transfer memory t, bytes calldata remaining) {
        if (p.length < 2) revert BadPayload("truncated");
        if (uint8(p[0]) != PAYLOAD_ID) revert BadPayload("payload id");
        if (uint8(p[1]) != PAYLOAD_VERSION) revert BadPayload("version");
        if (p.length < 167) revert BadPayload("truncated");
        uint256 n = uint16(bytes2(p[165:167]));
        if (p.length < 167 + n) revert BadPayload("truncated");
        if (p.length > 167 + n) revert BadPayload("trailing bytes");
        t.transferId = bytes32(p[2:34]);
        t.token = bytes32(p[34:66]);
        t.amount = uint256(bytes32(p[66:98]));
        t.toChain = uint16(bytes2(p[98:100]));
        t.recipient = bytes32(p[100:132]);
        t.routeHash = bytes32(p[132:164]);
        t.nextHop = uint8(p[164]);
        remaining = p[167:];
        if (t.amount == 0) revert BadPayload("zero amount");
        if (t.recipient == bytes32(0)) revert BadPayload("zero recipient");
        if (t.toChain == 0) revert BadPayload("zero chain");
        if ((t.nextHop == 0) != (n == 0)) revert BadPayload("next hop and remaining hops");
    }

    // ---- destination side ----

    function deliver(bytes calldata vm) external whenNotPaused {
        (Transfer memory t, bytes calldata remaining, address token, address recipient, bytes32 digest) = _release(vm);
        // The callback runs outside the reentrancy guard so that a Gateway
        // can start the next hop in this same bridge; the VAA is already
        // consumed, so a re-entered deliver of it fails AlreadyConsumed.
        if (remaining.length > 0) {
            IStraitReceiver(recipient).onStraitReceive(t.transferId, token, t.amount, remaining);
        }
        emit Delivered(digest, t.transferId, token, t.amount, recipient);
    }

    function _release(bytes calldata vm)
        internal
        nonReentrant
        returns (Transfer memory t, bytes calldata remaining, address token, address recipient, bytes32 digest)
    {
        (VM memory m, bytes calldata payload) = parseAndVerifyVM(vm);
        digest = m.digest;
        if (consumed[digest]) revert AlreadyConsumed(digest);
        if (emitterOf[m.emitterChainId] == bytes32(0) || emitterOf[m.emitterChainId] != m.emitterAddress) {
            revert UnknownEmitter(m.emitterChainId, m.emitterAddress);
        }
        (t, remaining) = decodeTransfer(payload);
        if (t.toChain != chainId) revert WrongDestination(t.toChain);
        if (uint256(t.recipient) >> 160 != 0) revert BadPayload("recipient is not an EVM address");
        recipient = address(uint160(uint256(t.recipient)));
        Incoming memory r = incoming[keccak256(abi.encode(m.emitterChainId, t.token))];
        if (r.token == address(0)) revert UnknownRoute(m.emitterChainId, t.token);
        token = r.token;
        consumed[digest] = true;
        if (r.mint) {
            WrappedToken(token).mint(recipient, t.amount);
        } else {
            token.safeTransfer(recipient, t.amount);
        }
    }

    // ---- governance ----

    /// Installs the next guardian set from a Core guardian-set-upgrade VAA
    /// (Wormhole's format) signed by the current set. The replaced set stays
    /// valid for guardianSetExpiry seconds.
    function submitGuardianSetUpgrade(bytes calldata vm) external {
        (VM memory m, bytes calldata p) = parseAndVerifyVM(vm);
        if (m.guardianSetIndex != currentGuardianSetIndex) revert WrongGuardianSet(m.guardianSetIndex);
        if (m.emitterChainId != governanceChainId || m.emitterAddress != governanceEmitter) revert NotGovernance();
        if (consumed[m.digest]) revert AlreadyConsumed(m.digest);
        if (p.length < 40) revert BadPayload("truncated");
        if (bytes32(p[0:32]) != CORE_MODULE) revert BadPayload("module");
        if (uint8(p[32]) != 2) revert BadPayload("action");
        uint16 target = uint16(bytes2(p[33:35]));
        if (target != 0 && target != chainId) revert WrongDestination(target);
        uint32 newIndex = uint32(bytes4(p[35:39]));
        uint256 n = uint8(p[39]);
        if (p.length != 40 + 20 * n) revert BadPayload("key count");
        if (newIndex != currentGuardianSetIndex + 1) revert WrongGuardianSet(newIndex);
        address[] memory keys = new address[](n);
        for (uint256 i = 0; i < n; i++) {
            keys[i] = address(bytes20(p[40 + 20 * i:60 + 20 * i]));
        }
        consumed[m.digest] = true;
        guardianSets[currentGuardianSetIndex].expirationTime = uint32(block.timestamp) + guardianSetExpiry;
        _storeGuardianSet(newIndex, keys);
    }

    function _storeGuardianSet(uint32 index, address[] memory keys) internal {
        if (keys.length == 0 || keys.length > 255) revert BadGuardianSet();
        for (uint256 i = 0; i < keys.length; i++) {
            if (keys[i] == address(0)) revert BadGuardianSet();
            for (uint256 j = 0; j < i; j++) {
                if (keys[j] == keys[i]) revert BadGuardianSet();
            }
        }
        guardianSets[index].keys = keys;
        currentGuardianSetIndex = index;
        emit GuardianSetAdded(index);
    }

    uint256[40] private __gapWormhole;
}
