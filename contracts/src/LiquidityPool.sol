// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Attesters} from "./Attesters.sol";
import {SafeTransfer} from "./Tokens.sol";
import {IStraitReceiver} from "./IStraitReceiver.sol";

/// @title LiquidityPool
/// @notice One instance per chain. On the source chain a user's deposit is
/// held as escrow. On the destination a registered relayer fills the order at
/// once from the liquidity it has provided to the pool, keeping a fee that
/// rises with the pool's utilisation. After the source deposit is final, M of
/// N attesters sign that the fill happened and the source pool credits the
/// escrow to the filler (the reimbursement). An unfilled order refunds after
/// its deadline plus a grace period. A transfer id fills at most once per
/// source chain and deposits at most once here.
contract LiquidityPool is Attesters {
    using SafeTransfer for address;

    struct Order {
        bytes32 transferId;
        uint256 srcChainId;
        address srcPool;
        uint256 dstChainId;
        address dstPool;
        address srcToken;
        address dstToken;
        uint256 amount;
        uint256 maxFee;
        address recipient;
        address refundTo;
        uint64 deadline;
        bytes payload;
    }

    /// A fill records the hash of the order it paid, so that the committee
    /// reimburses only a fill of exactly the deposited order (a relayer that
    /// fills some other order under the same transfer id gets nothing).
    struct Fill {
        address relayer;
        uint256 payout;
        uint256 fee;
        bytes32 orderHash;
    }

    enum DepositState {
        None,
        Deposited,
        Settled,
        Refunded
    }

    bytes32 public constant SETTLE_TAG = keccak256("strait.liquidity.settle.v1");
    uint256 public constant BPS = 10_000;

    mapping(uint256 => address) public peer;
    mapping(address => bool) public isRelayer;
    /// Tokens free to pay fills (relayer credits plus settled escrow).
    mapping(address => uint256) public available;
    /// Depth at which utilisation is zero; below it the fee rises.
    mapping(address => uint256) public targetLiquidity;
    /// Each provider's share of `available`.
    mapping(address => mapping(address => uint256)) public credit;
    mapping(bytes32 => DepositState) public depositState;
    mapping(bytes32 => bytes32) public depositHash;
    mapping(bytes32 => Fill) internal fills;
    uint16 public baseFeeBps;
    uint16 public slopeFeeBps;
    uint64 public refundGrace;

    event PeerSet(uint256 indexed chainId, address pool);
    event RelayerSet(address indexed relayer, bool allowed);
    event FeeParamsSet(uint16 baseFeeBps, uint16 slopeFeeBps, uint64 refundGrace);
    event TargetLiquiditySet(address indexed token, uint256 target);
    event LiquidityAdded(address indexed provider, address indexed token, uint256 amount);
    event LiquidityRemoved(address indexed provider, address indexed token, uint256 amount);
    event Deposited(bytes32 indexed transferId, uint256 indexed dstChainId, bytes32 orderHash, Order order);
    event Filled(
        bytes32 indexed transferId, uint256 indexed srcChainId, address indexed relayer, uint256 payout, uint256 fee
    );
    event Settled(bytes32 indexed transferId, address indexed filler, uint256 amount);
    event Refunded(bytes32 indexed transferId, address indexed refundTo, uint256 amount);

    error UnknownPeer(uint256 chainId);
    error NotRelayer(address sender);
    error WrongChain();
    error ZeroAmount();
    error AlreadyDeposited(bytes32 transferId);
    error AlreadyFilled(bytes32 transferId);
    error NotDeposited(bytes32 transferId);
    error OrderMismatch(bytes32 transferId);
    error Expired(bytes32 transferId, uint64 deadline);
    error NotExpired(bytes32 transferId, uint256 refundableAt);
    error FeeTooHigh(uint256 fee, uint256 maxFee);
    error InsufficientCredit(address relayer, uint256 credit, uint256 needed);
    error InsufficientLiquidity(uint256 available, uint256 needed);
    error BadFeeParams();

    function initialize(
        address owner_,
        address pauser_,
        address[] calldata attesters_,
        uint256 threshold_,
        uint16 baseFeeBps_,
        uint16 slopeFeeBps_,
        uint64 refundGrace_
    ) external initializer {
        _initGoverned(owner_, pauser_);
        _setAttesters(attesters_, threshold_);
        _setFeeParams(baseFeeBps_, slopeFeeBps_, refundGrace_);
    }

    function setPeer(uint256 chainId, address pool) external onlyOwner {
        peer[chainId] = pool;
        emit PeerSet(chainId, pool);
    }

    function setRelayer(address relayer, bool allowed) external onlyOwner {
        isRelayer[relayer] = allowed;
        emit RelayerSet(relayer, allowed);
    }

    function setFeeParams(uint16 baseFeeBps_, uint16 slopeFeeBps_, uint64 refundGrace_) external onlyOwner {
        _setFeeParams(baseFeeBps_, slopeFeeBps_, refundGrace_);
    }

    function setTargetLiquidity(address token, uint256 target) external onlyOwner {
        targetLiquidity[token] = target;
        emit TargetLiquiditySet(token, target);
    }

    function _setFeeParams(uint16 base, uint16 slope, uint64 grace) internal {
        if (uint256(base) + uint256(slope) > BPS) revert BadFeeParams();
        baseFeeBps = base;
        slopeFeeBps = slope;
        refundGrace = grace;
        emit FeeParamsSet(base, slope, grace);
    }

    // ---- liquidity providers (relayers) ----

    function addLiquidity(address token, uint256 amount) external whenNotPaused nonReentrant {
        if (amount == 0) revert ZeroAmount();
        token.safeTransferFrom(msg.sender, address(this), amount);
        available[token] += amount;
        credit[msg.sender][token] += amount;
        emit LiquidityAdded(msg.sender, token, amount);
    }

    function removeLiquidity(address token, uint256 amount) external nonReentrant {
        uint256 c = credit[msg.sender][token];
        if (c < amount) revert InsufficientCredit(msg.sender, c, amount);
        credit[msg.sender][token] = c - amount;
        available[token] -= amount;
        token.safeTransfer(msg.sender, amount);
        emit LiquidityRemoved(msg.sender, token, amount);
    }

    // ---- fee ----

    /// Utilisation in basis points once `amount` has left the pool:
    /// 0 at or above the target depth, BPS when empty.
    function utilisationBps(address token, uint256 amount) public view returns (uint256) {
        uint256 target = targetLiquidity[token];
        if (target == 0) return 0;
        uint256 a = available[token];
        uint256 after_ = a > amount ? a - amount : 0;
        if (after_ >= target) return 0;
        return ((target - after_) * BPS) / target;
    }

    function quoteFee(address token, uint256 amount) public view returns (uint256) {
        uint256 bps = uint256(baseFeeBps) + (uint256(slopeFeeBps) * utilisationBps(token, amount)) / BPS;
        return (amount * bps) / BPS;
    }

    // ---- source side ----

    function orderHash(Order calldata o) public pure returns (bytes32) {
        return keccak256(abi.encode(o));
    }

    function deposit(Order calldata o) external whenNotPaused nonReentrant {
        if (o.srcChainId != block.chainid || o.srcPool != address(this)) revert WrongChain();
        if (peer[o.dstChainId] == address(0) || peer[o.dstChainId] != o.dstPool) revert UnknownPeer(o.dstChainId);
        if (o.amount == 0) revert ZeroAmount();
        if (o.recipient == address(0) || o.refundTo == address(0)) revert ZeroAddress();
        if (o.deadline <= block.timestamp) revert Expired(o.transferId, o.deadline);
        if (depositState[o.transferId] != DepositState.None) revert AlreadyDeposited(o.transferId);
        depositState[o.transferId] = DepositState.Deposited;
        bytes32 h = orderHash(o);
        depositHash[o.transferId] = h;
        o.srcToken.safeTransferFrom(msg.sender, address(this), o.amount);
        emit Deposited(o.transferId, o.dstChainId, h, o);
    }

    /// The digest attesters sign once the deposit is final at the source and
    /// the fill is seen at the destination.
    function settleDigest(bytes32 hash, address filler) public pure returns (bytes32) {
        return keccak256(abi.encode(SETTLE_TAG, hash, filler));
    }

    function settle(Order calldata o, address filler, bytes[] calldata sigs) external whenNotPaused nonReentrant {
        if (depositState[o.transferId] != DepositState.Deposited) revert NotDeposited(o.transferId);
        bytes32 h = orderHash(o);
        if (depositHash[o.transferId] != h) revert OrderMismatch(o.transferId);
        _verify(settleDigest(h, filler), sigs);
        depositState[o.transferId] = DepositState.Settled;
        available[o.srcToken] += o.amount;
        credit[filler][o.srcToken] += o.amount;
        emit Settled(o.transferId, filler, o.amount);
    }

    /// Anyone may trigger the refund; the tokens go to the order's refundTo.
    function refund(Order calldata o) external nonReentrant {
        if (depositState[o.transferId] != DepositState.Deposited) revert NotDeposited(o.transferId);
        if (depositHash[o.transferId] != orderHash(o)) revert OrderMismatch(o.transferId);
        uint256 refundableAt = uint256(o.deadline) + refundGrace;
        if (block.timestamp <= refundableAt) revert NotExpired(o.transferId, refundableAt);
        depositState[o.transferId] = DepositState.Refunded;
        o.srcToken.safeTransfer(o.refundTo, o.amount);
        emit Refunded(o.transferId, o.refundTo, o.amount);
    }

    // ---- destination side ----

    function fillKey(uint256 srcChainId, bytes32 transferId) public pure returns (bytes32) {
        return keccak256(abi.encode(srcChainId, transferId));
    }

    function fillOf(uint256 srcChainId, bytes32 transferId) external view returns (Fill memory) {
        return fills[fillKey(srcChainId, transferId)];
    }

    function fill(Order calldata o) external whenNotPaused {
        uint256 payout = _pay(o);
        // Outside the reentrancy guard, as in LockMintBridge.deliver: a
        // Gateway may deposit the next hop into this same pool.
        if (o.payload.length > 0) {
            IStraitReceiver(o.recipient).onStraitReceive(o.transferId, o.dstToken, payout, o.payload);
        }
    }

    function _pay(Order calldata o) internal nonReentrant returns (uint256 payout) {
        if (!isRelayer[msg.sender]) revert NotRelayer(msg.sender);
        if (o.dstChainId != block.chainid || o.dstPool != address(this)) revert WrongChain();
        if (peer[o.srcChainId] == address(0) || peer[o.srcChainId] != o.srcPool) revert UnknownPeer(o.srcChainId);
        if (block.timestamp > o.deadline) revert Expired(o.transferId, o.deadline);
        bytes32 key = fillKey(o.srcChainId, o.transferId);
        if (fills[key].relayer != address(0)) revert AlreadyFilled(o.transferId);
        uint256 fee = quoteFee(o.dstToken, o.amount);
        if (fee > o.maxFee) revert FeeTooHigh(fee, o.maxFee);
        payout = o.amount - fee;
        uint256 c = credit[msg.sender][o.dstToken];
        if (c < payout) revert InsufficientCredit(msg.sender, c, payout);
        if (available[o.dstToken] < payout) revert InsufficientLiquidity(available[o.dstToken], payout);
        credit[msg.sender][o.dstToken] = c - payout;
        available[o.dstToken] -= payout;
        fills[key] = Fill(msg.sender, payout, fee, orderHash(o));
        o.dstToken.safeTransfer(o.recipient, payout);
        emit Filled(o.transferId, o.srcChainId, msg.sender, payout, fee);
    }
}
