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
///
/// A lock whose delivery cannot happen (the destination bridge is paused
/// past the lock's deadline) is refunded in two attested steps. At the
/// destination, `cancel` records, once the deadline has passed there and
/// only if the message was not delivered, that it never will be: it takes
/// the delivery key, so a later `deliver` fails AlreadyDelivered. Then the
/// attesters, having seen the cancellation final at the destination, sign
/// the refund, and the source's `refundLocked` returns the tokens to the
/// message's refundTo (re-minting a wrapped token that the lock burned).
/// Delivery and refund share the destination's delivery key, so a transfer
/// is delivered or refunded, never both.
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
        /// Where a refund goes, and the time (at the destination) after
        /// which an undelivered message may be cancelled; 0 = never.
        address refundTo;
        uint64 deadline;
    }

    /// How a (source chain, source token) pair arrives here.
    struct Incoming {
        address token;
        bool mint;
    }

    bytes32 public constant MESSAGE_TAG = keccak256("strait.lockmint.v2");
    bytes32 public constant CANCEL_TAG = keccak256("strait.lockmint.cancel.v1");
    bytes32 public constant REFUND_TAG = keccak256("strait.lockmint.refund.v1");

    mapping(uint256 => address) public peer;
    mapping(bytes32 => Incoming) internal incoming;
    mapping(address => bool) public isWrapped;
    mapping(bytes32 => bool) public locked;
    mapping(bytes32 => bool) public delivered;
    uint64 public nonce;
    /// Destination: delivery keys cancelled (their `delivered` is set too).
    mapping(bytes32 => bool) public cancelled;
    /// Source: transfer ids whose lock was refunded.
    mapping(bytes32 => bool) public refunded;

    event PeerSet(uint256 indexed chainId, address bridge);
    event IncomingSet(uint256 indexed srcChainId, address indexed srcToken, address token, bool mint);
    event Locked(
        bytes32 indexed transferId,
        uint256 indexed dstChainId,
        address indexed token,
        uint256 amount,
        address recipient,
        bytes payload,
        uint64 nonce,
        address refundTo,
        uint64 deadline
    );
    event Delivered(
        bytes32 indexed transferId, uint256 indexed srcChainId, address indexed token, uint256 amount, address recipient
    );
    event Cancelled(bytes32 indexed transferId, uint256 indexed srcChainId);
    event LockRefunded(bytes32 indexed transferId, address indexed refundTo, address token, uint256 amount);

    error UnknownPeer(uint256 chainId);
    error AlreadyLocked(bytes32 transferId);
    error AlreadyDelivered(bytes32 transferId);
    error ZeroAmount();
    error WrongDestination();
    error UnknownRoute(uint256 srcChainId, address srcToken);
    error NotExpired(bytes32 transferId, uint64 deadline);
    error NotLocked(bytes32 transferId);
    error AlreadyRefunded(bytes32 transferId);
    error WrongSource();

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

    /// Locks `amount` of `token` for delivery to `recipient` on dstChainId.
    /// If it is not delivered by `deadline` (destination time; 0 = no
    /// deadline), it may be cancelled there and refunded to `refundTo`.
    function lock(
        bytes32 transferId,
        address token,
        uint256 amount,
        uint256 dstChainId,
        address recipient,
        bytes calldata payload,
        address refundTo,
        uint64 deadline
    ) external whenNotPaused nonReentrant {
        if (peer[dstChainId] == address(0)) revert UnknownPeer(dstChainId);
        if (amount == 0) revert ZeroAmount();
        if (recipient == address(0) || refundTo == address(0)) revert ZeroAddress();
        if (locked[transferId]) revert AlreadyLocked(transferId);
        locked[transferId] = true;
        token.safeTransferFrom(msg.sender, address(this), amount);
        if (isWrapped[token]) {
            // Going home: the wrapped supply shrinks, the origin vault releases.
            WrappedToken(token).burn(amount);
        }
        uint64 n = ++nonce;
        emit Locked(transferId, dstChainId, token, amount, recipient, payload, n, refundTo, deadline);
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
                keccak256(m.payload),
                m.refundTo,
                m.deadline
            )
        );
    }

    /// The digest attesters sign to cancel an undelivered message at its
    /// destination (they check that it is the lock at the source).
    function cancelDigest(Message calldata m) public pure returns (bytes32) {
        return keccak256(abi.encode(CANCEL_TAG, digest(m)));
    }

    /// The digest attesters sign to refund a lock at its source (they check
    /// that the cancellation is final at the destination).
    function refundDigest(Message calldata m) public pure returns (bytes32) {
        return keccak256(abi.encode(REFUND_TAG, digest(m)));
    }

    function deliveryKey(uint256 srcChainId, bytes32 transferId) public pure returns (bytes32) {
        return keccak256(abi.encode(srcChainId, transferId));
    }

    function isDelivered(uint256 srcChainId, bytes32 transferId) external view returns (bool) {
        return delivered[deliveryKey(srcChainId, transferId)];
    }

    function isCancelled(uint256 srcChainId, bytes32 transferId) external view returns (bool) {
        return cancelled[deliveryKey(srcChainId, transferId)];
    }

    /// Destination: records that m will never be delivered, once its
    /// deadline has passed here and if it was not delivered. It moves no
    /// funds, so it is allowed while paused (a paused bridge is the usual
    /// reason a delivery cannot happen).
    function cancel(Message calldata m, bytes[] calldata sigs) external nonReentrant {
        if (m.dstChainId != block.chainid || m.dstBridge != address(this)) revert WrongDestination();
        if (peer[m.srcChainId] == address(0) || peer[m.srcChainId] != m.srcBridge) revert UnknownPeer(m.srcChainId);
        if (m.deadline == 0 || block.timestamp <= m.deadline) revert NotExpired(m.transferId, m.deadline);
        bytes32 key = deliveryKey(m.srcChainId, m.transferId);
        if (delivered[key]) revert AlreadyDelivered(m.transferId);
        _verify(cancelDigest(m), sigs);
        delivered[key] = true;
        cancelled[key] = true;
        emit Cancelled(m.transferId, m.srcChainId);
    }

    /// Source: returns a lock whose delivery was cancelled at the
    /// destination to the message's refundTo. Like deliver, it pays out on
    /// the committee's word, so a pause stops it.
    function refundLocked(Message calldata m, bytes[] calldata sigs) external whenNotPaused nonReentrant {
        if (m.srcChainId != block.chainid || m.srcBridge != address(this)) revert WrongSource();
        if (!locked[m.transferId]) revert NotLocked(m.transferId);
        if (refunded[m.transferId]) revert AlreadyRefunded(m.transferId);
        if (m.refundTo == address(0)) revert ZeroAddress();
        _verify(refundDigest(m), sigs);
        refunded[m.transferId] = true;
        if (isWrapped[m.srcToken]) {
            // The lock burned it (it was going home): mint it back.
            WrappedToken(m.srcToken).mint(m.refundTo, m.amount);
        } else {
            m.srcToken.safeTransfer(m.refundTo, m.amount);
        }
        emit LockRefunded(m.transferId, m.refundTo, m.srcToken, m.amount);
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
