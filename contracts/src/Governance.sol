// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

interface IPausable {
    function pause() external;
}

/// @title Governance
/// @notice An M-of-N multisig whose decisions pass through a timelock. A
/// signer proposes a call; once `threshold` signers have confirmed it, it is
/// queued and may be executed after `delay` seconds. Upgrades of every Strait
/// proxy and every owner-only setting go through here, so users see a change
/// coming before it happens. Emergency pause is the one shortcut: any single
/// signer can pause a contract at once (unpausing needs the full process).
contract Governance {
    struct Proposal {
        address target;
        uint256 value;
        bytes data;
        uint256 confirmations;
        uint256 eta;
        bool executed;
    }

    address[] public signers;
    mapping(address => bool) public isSigner;
    uint256 public threshold;
    uint256 public delay;
    uint256 public proposalCount;
    mapping(uint256 => Proposal) public proposals;
    mapping(uint256 => mapping(address => bool)) public confirmed;

    event Proposed(uint256 indexed id, address indexed proposer, address target, uint256 value, bytes data);
    event Confirmed(uint256 indexed id, address indexed signer);
    event Queued(uint256 indexed id, uint256 eta);
    event Executed(uint256 indexed id);
    event EmergencyPause(address indexed target, address indexed signer);

    error NotSigner();
    error NotSelf();
    error BadThreshold();
    error DuplicateSigner(address signer);
    error UnknownProposal(uint256 id);
    error AlreadyConfirmed(uint256 id);
    error NotQueued(uint256 id);
    error TooEarly(uint256 id, uint256 eta);
    error AlreadyExecuted(uint256 id);
    error CallFailed(uint256 id, bytes reason);

    constructor(address[] memory signers_, uint256 threshold_, uint256 delay_) {
        _setSigners(signers_, threshold_);
        delay = delay_;
    }

    modifier onlySigner() {
        if (!isSigner[msg.sender]) revert NotSigner();
        _;
    }

    /// Settings of the multisig itself change only through its own proposals.
    modifier onlySelf() {
        if (msg.sender != address(this)) revert NotSelf();
        _;
    }

    function propose(address target, uint256 value, bytes calldata data) external onlySigner returns (uint256 id) {
        id = ++proposalCount;
        Proposal storage p = proposals[id];
        p.target = target;
        p.value = value;
        p.data = data;
        emit Proposed(id, msg.sender, target, value, data);
        _confirm(id);
    }

    function confirm(uint256 id) external onlySigner {
        if (id == 0 || id > proposalCount) revert UnknownProposal(id);
        _confirm(id);
    }

    function execute(uint256 id) external payable returns (bytes memory) {
        Proposal storage p = proposals[id];
        if (p.eta == 0) revert NotQueued(id);
        if (p.executed) revert AlreadyExecuted(id);
        if (block.timestamp < p.eta) revert TooEarly(id, p.eta);
        p.executed = true;
        (bool ok, bytes memory ret) = p.target.call{value: p.value}(p.data);
        if (!ok) revert CallFailed(id, ret);
        emit Executed(id);
        return ret;
    }

    function emergencyPause(address target) external onlySigner {
        IPausable(target).pause();
        emit EmergencyPause(target, msg.sender);
    }

    function setSigners(address[] calldata signers_, uint256 threshold_) external onlySelf {
        for (uint256 i = 0; i < signers.length; i++) {
            isSigner[signers[i]] = false;
        }
        _setSigners(signers_, threshold_);
    }

    function setDelay(uint256 delay_) external onlySelf {
        delay = delay_;
    }

    function signerCount() external view returns (uint256) {
        return signers.length;
    }

    function _confirm(uint256 id) internal {
        if (confirmed[id][msg.sender]) revert AlreadyConfirmed(id);
        Proposal storage p = proposals[id];
        if (p.executed) revert AlreadyExecuted(id);
        confirmed[id][msg.sender] = true;
        p.confirmations += 1;
        emit Confirmed(id, msg.sender);
        if (p.eta == 0 && p.confirmations >= threshold) {
            p.eta = block.timestamp + delay;
            emit Queued(id, p.eta);
        }
    }

    function _setSigners(address[] memory signers_, uint256 threshold_) internal {
        if (threshold_ == 0 || threshold_ > signers_.length) revert BadThreshold();
        delete signers;
        for (uint256 i = 0; i < signers_.length; i++) {
            address s = signers_[i];
            if (s == address(0) || isSigner[s]) revert DuplicateSigner(s);
            isSigner[s] = true;
            signers.push(s);
        }
        threshold = threshold_;
    }

    receive() external payable {}
}
