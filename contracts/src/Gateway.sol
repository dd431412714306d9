// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";
import {SafeTransfer} from "./Tokens.sol";
import {IStraitReceiver} from "./IStraitReceiver.sol";
import {LockMintBridge} from "./LockMintBridge.sol";
import {LiquidityPool} from "./LiquidityPool.sol";
import {StraitWormhole} from "./StraitWormhole.sol";

/// @title Gateway
/// @notice The contract a wallet calls on the source chain. It takes the
/// user's tokens for a transfer id, commits the whole route by hash, records
/// the refund address and the deadline, and hands the first hop to its
/// bridge. On an intermediate chain the bridge delivers to the Gateway with
/// the route as payload; the Gateway forwards along that route only, and
/// refunds to the route's refund address when anything does not match or the
/// next hop cannot start.
///
/// A route may also commit alternatives (`altRoot`, the root of a Merkle
/// tree of routes the wallet signed along with it). When forwarding on an
/// intermediate chain fails and the route has alternatives, the Gateway
/// parks the funds instead of refunding; anyone may then send them on along
/// one of the committed alternatives that starts on this chain from the
/// parked token (`reroute`, with its Merkle proof), and the refund address
/// or an operator may take them back at any time (`refundParked`), anyone
/// once the deadline passed: parked funds are never stuck.
contract Gateway is Governed, IStraitReceiver {
    using SafeTransfer for address;

    uint8 public constant KIND_LOCKMINT = 1;
    uint8 public constant KIND_LIQUIDITY = 2;
    uint8 public constant KIND_WORMHOLE = 3;

    struct Hop {
        uint8 kind;
        address bridge;
        uint256 dstChainId;
        address dstToken;
        uint256 maxFee;
    }

    struct Route {
        Hop[] hops;
        address recipient;
        address refundTo;
        uint64 deadline;
        // Root of the committed alternatives: a sorted-pair keccak Merkle
        // tree whose leaves are altLeaf(chainId, token, alternative). Zero:
        // none, a failed forward refunds at once.
        bytes32 altRoot;
    }

    /// Funds held on this chain after a failed forward, waiting for a
    /// reroute along a committed alternative or a refund.
    struct Parked {
        address token;
        uint256 amount;
        address recipient;
        address refundTo;
        uint64 deadline;
        bytes32 altRoot;
    }

    struct Transfer {
        bytes32 routeHash;
        address refundTo;
        uint64 deadline;
        uint8 nextHop;
    }

    mapping(address => bool) public trustedBridge;
    mapping(uint256 => address) public peerGateway;
    mapping(bytes32 => Transfer) public transfers;
    mapping(bytes32 => Parked) public parked;
    /// Relayer operators, who may refund parked funds before the deadline
    /// (when no committed alternative can be taken).
    mapping(address => bool) public operator;

    event BridgeTrusted(address indexed bridge, bool trusted);
    event PeerGatewaySet(uint256 indexed chainId, address peer);
    event TransferStarted(
        bytes32 indexed transferId,
        address indexed sender,
        address token,
        uint256 amount,
        bytes32 routeHash,
        address refundTo,
        uint64 deadline
    );
    event HopForwarded(bytes32 indexed transferId, uint256 hop, bytes32 routeHash, address token, uint256 amount);
    event TransferRefunded(bytes32 indexed transferId, address indexed refundTo, address token, uint256 amount, bytes reason);
    /// Funds that arrived with a payload the Gateway cannot read: held for
    /// governance, as nobody can be identified to refund.
    event Stranded(bytes32 indexed transferId, address token, uint256 amount);
    event OperatorSet(address indexed operator, bool allowed);
    event TransferParked(bytes32 indexed transferId, address token, uint256 amount, bytes reason);
    event TransferRerouted(bytes32 indexed transferId, bytes32 routeHash, address token, uint256 amount);
    event StrandedReturned(bytes32 indexed transferId, address token, address to, uint256 amount);

    error AlreadyStarted(bytes32 transferId);
    error EmptyRoute();
    error RouteTooLong();
    error Expired(uint64 deadline);
    error ZeroAmount();
    error UntrustedBridge(address bridge);
    error UnknownKind(uint8 kind);
    error UnknownPeerGateway(uint256 chainId);
    error OnlySelf();
    error OffRoute(string why);
    error NotParked(bytes32 transferId);
    error BadProof();
    error WrongChain(uint256 chainId);
    error WrongToken(address token);
    error NotAlternative(string why);
    error NotAllowed(address caller);

    function initialize(address owner_, address pauser_) external initializer {
        _initGoverned(owner_, pauser_);
    }

    function setTrustedBridge(address bridge, bool trusted) external onlyOwner {
        trustedBridge[bridge] = trusted;
        emit BridgeTrusted(bridge, trusted);
    }

    function setPeerGateway(uint256 chainId, address peer) external onlyOwner {
        peerGateway[chainId] = peer;
        emit PeerGatewaySet(chainId, peer);
    }

    /// Returns funds that arrived with an unreadable payload (see Stranded).
    /// The Gateway holds nothing between transactions otherwise, so this
    /// cannot touch a transfer in flight; it is owner-only, i.e. M-of-N
    /// signers through the timelock.
    function rescueStranded(bytes32 transferId, address token, address to, uint256 amount) external onlyOwner nonReentrant {
        if (to == address(0)) revert ZeroAddress();
        token.safeTransfer(to, amount);
        emit StrandedReturned(transferId, token, to, amount);
    }

    function setOperator(address op, bool allowed) external onlyOwner {
        operator[op] = allowed;
        emit OperatorSet(op, allowed);
    }

    function routeHash(Route calldata route) public pure returns (bytes32) {
        return keccak256(abi.encode(route));
    }

    /// The Merkle leaf of an alternative route that starts on chain
    /// `chainId` holding `token`.
    function altLeaf(uint256 chainId, address token, Route calldata alt) public pure returns (bytes32) {
        return keccak256(abi.encode(chainId, token, alt));
    }

    /// Sends parked funds along a committed alternative: the wallet signed
    /// `alt` (its leaf is under the parked route's altRoot), it starts on
    /// this chain from the parked token, and it pays the same recipient, with
    /// the same refund address and deadline. Callable by anyone: it can only
    /// send where the wallet agreed to.
    function reroute(bytes32 transferId, uint256 chainId, address token, Route calldata alt, bytes32[] calldata proof)
        external
        whenNotPaused
        nonReentrant
    {
        Parked memory p = parked[transferId];
        if (p.amount == 0) revert NotParked(transferId);
        if (!_verify(proof, p.altRoot, keccak256(abi.encode(chainId, token, alt)))) revert BadProof();
        if (chainId != block.chainid) revert WrongChain(chainId);
        if (token != p.token) revert WrongToken(token);
        if (p.deadline <= block.timestamp) revert Expired(p.deadline);
        if (alt.hops.length == 0) revert EmptyRoute();
        if (alt.hops.length > 8) revert RouteTooLong();
        if (alt.recipient != p.recipient) revert NotAlternative("recipient");
        if (alt.refundTo != p.refundTo) revert NotAlternative("refundTo");
        if (alt.deadline != p.deadline) revert NotAlternative("deadline");
        // Cleared before any external call: the funds leave once.
        delete parked[transferId];
        bytes32 h = keccak256(abi.encode(alt));
        transfers[transferId] = Transfer(h, alt.refundTo, alt.deadline, 1);
        emit TransferRerouted(transferId, h, p.token, p.amount);
        emit HopForwarded(transferId, 0, h, p.token, p.amount);
        _sendHop(transferId, p.token, p.amount, alt, 0);
    }

    /// Pays parked funds to the refund address: by the refund address or an
    /// operator at any time, by anyone once the deadline passed. Allowed
    /// while paused: it only returns funds to their owner.
    function refundParked(bytes32 transferId) external nonReentrant {
        Parked memory p = parked[transferId];
        if (p.amount == 0) revert NotParked(transferId);
        if (msg.sender != p.refundTo && !operator[msg.sender] && block.timestamp < p.deadline) revert NotAllowed(msg.sender);
        delete parked[transferId];
        p.token.safeTransfer(p.refundTo, p.amount);
        emit TransferRefunded(transferId, p.refundTo, p.token, p.amount, bytes("parked"));
    }

    /// OpenZeppelin MerkleProof.verify: sorted pairs, keccak256 of the
    /// concatenation.
    function _verify(bytes32[] calldata proof, bytes32 root, bytes32 leaf) internal pure returns (bool) {
        if (root == bytes32(0)) return false;
        bytes32 h = leaf;
        for (uint256 i = 0; i < proof.length; i++) {
            bytes32 q = proof[i];
            h = h < q ? keccak256(abi.encode(h, q)) : keccak256(abi.encode(q, h));
        }
        return h == root;
    }

    /// The wallet's entry point (after approving `amount` of `token`).
    function start(bytes32 transferId, address token, uint256 amount, Route calldata route)
        external
        whenNotPaused
        nonReentrant
    {
        if (amount == 0) revert ZeroAmount();
        if (route.hops.length == 0) revert EmptyRoute();
        if (route.hops.length > 8) revert RouteTooLong();
        if (route.deadline <= block.timestamp) revert Expired(route.deadline);
        if (route.refundTo == address(0) || route.recipient == address(0)) revert ZeroAddress();
        if (transfers[transferId].routeHash != bytes32(0)) revert AlreadyStarted(transferId);
        bytes32 h = keccak256(abi.encode(route));
        transfers[transferId] = Transfer(h, route.refundTo, route.deadline, 1);
        token.safeTransferFrom(msg.sender, address(this), amount);
        emit TransferStarted(transferId, msg.sender, token, amount, h, route.refundTo, route.deadline);
        _sendHop(transferId, token, amount, route, 0);
    }

    /// Called by a trusted bridge after paying this Gateway on an
    /// intermediate chain. It never reverts on a bad route (that would strand
    /// the delivery): it refunds instead.
    function onStraitReceive(bytes32 transferId, address token, uint256 amount, bytes calldata payload)
        external
        override
        nonReentrant
    {
        if (!trustedBridge[msg.sender]) revert UntrustedBridge(msg.sender);
        Route memory route;
        uint256 next;
        try this.decodePayload(payload) returns (Route memory r, uint256 n) {
            route = r;
            next = n;
        } catch {
            emit Stranded(transferId, token, amount);
            return;
        }
        try this.forward(transferId, token, amount, route, next) {
            return;
        } catch (bytes memory reason) {
            // With committed alternatives, park instead of refunding (not
            // while paused: nothing could leave but the refund, so refund).
            if (route.altRoot != bytes32(0) && !paused && route.deadline > block.timestamp && parked[transferId].amount == 0
                && route.refundTo != address(0) && amount > 0)
            {
                parked[transferId] = Parked(token, amount, route.recipient, route.refundTo, route.deadline, route.altRoot);
                emit TransferParked(transferId, token, amount, reason);
                return;
            }
            token.safeTransfer(route.refundTo, amount);
            emit TransferRefunded(transferId, route.refundTo, token, amount, reason);
        }
    }

    function decodePayload(bytes calldata payload) external pure returns (Route memory r, uint256 next) {
        (r, next) = abi.decode(payload, (Route, uint256));
    }

    /// External only so that onStraitReceive can catch its failure; callable
    /// by this contract alone.
    function forward(bytes32 transferId, address token, uint256 amount, Route calldata route, uint256 next)
        external
    {
        if (msg.sender != address(this)) revert OnlySelf();
        if (paused) revert IsPaused();
        if (next == 0 || next >= route.hops.length) revert OffRoute("hop index");
        if (route.hops[next - 1].dstChainId != block.chainid) revert OffRoute("chain");
        if (route.hops[next - 1].dstToken != address(0) && route.hops[next - 1].dstToken != token) {
            revert OffRoute("token");
        }
        if (route.deadline <= block.timestamp) revert Expired(route.deadline);
        bytes32 h = keccak256(abi.encode(route));
        Transfer storage t = transfers[transferId];
        if (t.routeHash == bytes32(0)) {
            transfers[transferId] = Transfer(h, route.refundTo, route.deadline, uint8(next + 1));
        } else {
            // Seen here before (a route may pass a chain twice): it must be the
            // same committed route, one hop further on.
            if (t.routeHash != h) revert OffRoute("route hash");
            if (next < t.nextHop) revert OffRoute("hop replay");
            t.nextHop = uint8(next + 1);
        }
        emit HopForwarded(transferId, next, h, token, amount);
        _sendHop(transferId, token, amount, route, next);
    }

    function _sendHop(bytes32 transferId, address token, uint256 amount, Route memory route, uint256 i) internal {
        Hop memory hop = route.hops[i];
        if (!trustedBridge[hop.bridge]) revert UntrustedBridge(hop.bridge);
        bool last = i + 1 == route.hops.length;
        address to = route.recipient;
        bytes memory payload;
        if (!last) {
            to = peerGateway[hop.dstChainId];
            if (to == address(0)) revert UnknownPeerGateway(hop.dstChainId);
            payload = abi.encode(route, i + 1);
        }
        token.safeApprove(hop.bridge, amount);
        if (hop.kind == KIND_LOCKMINT) {
            LockMintBridge(hop.bridge).lock(
                transferId, token, amount, hop.dstChainId, to, payload, route.refundTo, route.deadline
            );
        } else if (hop.kind == KIND_LIQUIDITY) {
            LiquidityPool pool = LiquidityPool(hop.bridge);
            LiquidityPool.Order memory o = LiquidityPool.Order({
                transferId: transferId,
                srcChainId: block.chainid,
                srcPool: hop.bridge,
                dstChainId: hop.dstChainId,
                dstPool: pool.peer(hop.dstChainId),
                srcToken: token,
                dstToken: hop.dstToken,
                amount: amount,
                maxFee: hop.maxFee,
                recipient: to,
                refundTo: route.refundTo,
                deadline: route.deadline,
                payload: payload
            });
            pool.deposit(o);
        } else if (hop.kind == KIND_WORMHOLE) {
            // The guardian bridge carries the committed route hash and the
            // remaining hops in its VAA payload.
            StraitWormhole(hop.bridge).send(
                transferId,
                token,
                amount,
                hop.dstChainId,
                bytes32(uint256(uint160(to))),
                keccak256(abi.encode(route)),
                last ? 0 : uint8(i + 1),
                payload
            );
        } else {
            revert UnknownKind(hop.kind);
        }
    }
}
