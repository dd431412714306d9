// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attesters} from "./Attesters.sol";
import {SafeTransfer, WrappedToken} from "./Tokens.sol";
import {IStraitReceiver} from "./IStraitReceiver.sol";

/// @title LockMintBridge
/// @notice One instance per chain. As a source it locks canonical tokens in
/// its vault (or burns the wrapped tokens it minted) and emits Locked. As a
/// destination it accepts a Message signed by M of its N attesters and either
/// mints the wrapped token or releases the canonical token from its vault.
/// A transfer id is locked at most once here and delivered at most once per
/// source chain.
contract LockMintBridge is Attesters {
    using SafeTransfer for address;

    struct Message {
        bytes32 transferId;
        uint256 srcChainId;
        address srcBridge;
        uint256 dstChainId;
        address dstBridge;
        address srcToken;
        uint256 amount;
        address recipient;
        bytes payload;
    }

    /// How a (source chain, source token) pair arrives here.
    struct Incoming {
        address token;
        bool mint;
    }

    bytes32 public constant MESSAGE_TAG = keccak256("strait.lockmint.v1");

    mapping(uint256 => address) public peer;
    mapping(bytes32 => Incoming) internal incoming;
    mapping(address => bool) public isWrapped;
    mapping(bytes32 => bool) public locked;
    mapping(bytes32 => bool) public delivered;
    uint64 public nonce;

    event PeerSet(uint256 indexed chainId, address bridge);
    event IncomingSet(uint256 indexed srcChainId, address indexed srcToken, address token, bool mint);
    event Locked(
        bytes32 indexed transferId,
        uint256 indexed dstChainId,
        address indexed token,
        uint256 amount,
        address recipient,
        bytes payload,
        uint64 nonce
    );
    event Delivered(
        bytes32 indexed transferId, uint256 indexed srcChainId, address indexed token, uint256 amount, address recipient
    );

    error UnknownPeer(uint256 chainId);
    error AlreadyLocked(bytes32 transferId);
    error AlreadyDelivered(bytes32 transferId);
    error ZeroAmount();
    error WrongDestination();
    error UnknownRoute(uint256 srcChainId, address srcToken);

    function initialize(address owner_, address pauser_, address[] calldata attesters_, uint256 threshold_)
        external
        initializer
    {
        _initGoverned(owner_, pauser_);
        _setAttesters(attesters_, threshold_);
    }

    function setPeer(uint256 chainId, address bridge) external onlyOwner {
        peer[chainId] = bridge;
        emit PeerSet(chainId, bridge);
    }

    /// Declares how tokens from srcChainId/srcToken arrive: minted as the
    /// wrapped `token` (mint=true) or released from this vault (mint=false).
    function setIncoming(uint256 srcChainId, address srcToken, address token, bool mint) external onlyOwner {
        incoming[keccak256(abi.encode(srcChainId, srcToken))] = Incoming(token, mint);
        if (mint) {
            isWrapped[token] = true;
        }
        emit IncomingSet(srcChainId, srcToken, token, mint);
    }

    function incomingFor(uint256 srcChainId, address srcToken) external view returns (Incoming memory) {
        return incoming[keccak256(abi.encode(srcChainId, srcToken))];
    }

    function lock(
        bytes32 transferId,
        address token,
        uint256 amount,
        uint256 dstChainId,
        address recipient,
        bytes calldata payload
    ) external whenNotPaused nonReentrant {
        if (peer[dstChainId] == address(0)) revert UnknownPeer(dstChainId);
        if (amount == 0) revert ZeroAmount();
        if (recipient == address(0)) revert ZeroAddress();
        if (locked[transferId]) revert AlreadyLocked(transferId);
        locked[transferId] = true;
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (isWrapped[token]) {
            // Going home: the wrapped supply shrinks, the origin vault releases.
            WrappedToken(token).burn(amount);
        }
        uint64 n = ++nonce;
        emit Locked(transferId, dstChainId, token, amount, recipient, payload, n);
    }

    /// The digest the attesters sign for a message.
    function digest(Message calldata m) public pure returns (bytes32) {
        return keccak256(
            abi.encode(
                MESSAGE_TAG,
                m.transferId,
                m.srcChainId,
                m.srcBridge,
                m.dstChainId,
                m.dstBridge,
                m.srcToken,
                m.amount,
                m.recipient,
                keccak256(m.payload)
            )
        );
    }

    function deliveryKey(uint256 srcChainId, bytes32 transferId) public pure returns (bytes32) {
        return keccak256(abi.encode(srcChainId, transferId));
    }

    function isDelivered(uint256 srcChainId, bytes32 transferId) external view returns (bool) {
        return delivered[deliveryKey(srcChainId, transferId)];
    }

    function deliver(Message calldata m, bytes[] calldata sigs) external whenNotPaused {
        address token = _release(m, sigs);
        // The callback runs outside the reentrancy guard so that a Gateway on
        // an intermediate chain can lock the next hop in this same bridge;
        // the delivery is already recorded, so a re-entered deliver of the
        // same message fails AlreadyDelivered.
        if (m.payload.length > 0) {
            IStraitReceiver(m.recipient).onStraitReceive(m.transferId, token, m.amount, m.payload);
        }
        emit Delivered(m.transferId, m.srcChainId, token, m.amount, m.recipient);
    }

    function _release(Message calldata m, bytes[] calldata sigs) internal nonReentrant returns (address) {
        if (m.dstChainId != block.chainid || m.dstBridge != address(this)) revert WrongDestination();
        if (peer[m.srcChainId] == address(0) || peer[m.srcChainId] != m.srcBridge) revert UnknownPeer(m.srcChainId);
        bytes32 key = deliveryKey(m.srcChainId, m.transferId);
        if (delivered[key]) revert AlreadyDelivered(m.transferId);
        _verify(digest(m), sigs);
        Incoming memory r = incoming[keccak256(abi.encode(m.srcChainId, m.srcToken))];
        if (r.token == address(0)) revert UnknownRoute(m.srcChainId, m.srcToken);
        delivered[key] = true;
        if (r.mint) {
            WrappedToken(r.token).mint(m.recipient, m.amount);
        } else {
            r.token.safeTransfer(m.recipient, m.amount);
        }
        return r.token;
    }
}
