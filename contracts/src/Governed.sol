// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title Governed
/// @notice Base for every Strait contract that holds funds. It lives behind a
/// StraitProxy, so its state is set by initialize() and never by a constructor.
/// The owner is the Governance contract (M-of-N signers behind a timelock);
/// the pauser may stop the contract at once, but only the owner restarts it,
/// so a single compromised pauser can halt but never steal.
abstract contract Governed {
    address public owner;
    address public pauser;
    bool public paused;
    bool private initialized;
    uint256 private entered;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event PauserChanged(address indexed pauser);
    event Paused(address indexed by);
    event Unpaused(address indexed by);

    error NotOwner();
    error NotPauser();
    error IsPaused();
    error AlreadyInitialized();
    error Reentrant();
    error ZeroAddress();

    /// The implementation contract itself is locked: only proxies are initialised.
    constructor() {
        initialized = true;
    }

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert IsPaused();
        _;
    }

    modifier nonReentrant() {
        if (entered == 1) revert Reentrant();
        entered = 1;
        _;
        entered = 0;
    }

    modifier initializer() {
        if (initialized) revert AlreadyInitialized();
        initialized = true;
        _;
    }

    function _initGoverned(address owner_, address pauser_) internal {
        if (owner_ == address(0)) revert ZeroAddress();
        owner = owner_;
        pauser = pauser_;
        emit OwnershipTransferred(address(0), owner_);
        emit PauserChanged(pauser_);
    }

    /// Emergency stop: the pauser (or the owner) acts at once, no timelock.
    function pause() external {
        if (msg.sender != pauser && msg.sender != owner) revert NotPauser();
        paused = true;
        emit Paused(msg.sender);
    }

    function unpause() external onlyOwner {
        paused = false;
        emit Unpaused(msg.sender);
    }

    function setPauser(address pauser_) external onlyOwner {
        pauser = pauser_;
        emit PauserChanged(pauser_);
    }

    function transferOwnership(address newOwner) external onlyOwner {
        if (newOwner == address(0)) revert ZeroAddress();
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// Storage gap so that upgraded implementations can add base fields.
    uint256[45] private __gap;
}
