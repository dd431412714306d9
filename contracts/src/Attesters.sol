// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

import {Governed} from "./Governed.sol";

/// @title Attesters
/// @notice An M-of-N committee. Signatures are EIP-191 personal signatures
/// over a digest, passed sorted by strictly increasing signer address so that
/// one attester cannot be counted twice.
abstract contract Attesters is Governed {
    address[] internal attesterList;
    mapping(address => bool) public isAttester;
    uint256 public attesterThreshold;

    event AttestersChanged(address[] attesters, uint256 threshold);

    error BadAttesterSet();
    error BadSignature(uint256 index);
    error SignersNotSorted(uint256 index);
    error NotAttester(address signer);
    error NotEnoughSignatures(uint256 got, uint256 threshold);

    function attesters() external view returns (address[] memory) {
        return attesterList;
    }

    function setAttesters(address[] calldata list, uint256 threshold_) external onlyOwner {
        _setAttesters(list, threshold_);
    }

    function _setAttesters(address[] memory list, uint256 threshold_) internal {
        if (threshold_ == 0 || threshold_ > list.length) revert BadAttesterSet();
        for (uint256 i = 0; i < attesterList.length; i++) {
            isAttester[attesterList[i]] = false;
        }
        delete attesterList;
        for (uint256 i = 0; i < list.length; i++) {
            if (list[i] == address(0) || isAttester[list[i]]) revert BadAttesterSet();
            isAttester[list[i]] = true;
            attesterList.push(list[i]);
        }
        attesterThreshold = threshold_;
        emit AttestersChanged(list, threshold_);
    }

    function _verify(bytes32 digest, bytes[] calldata sigs) internal view {
        if (sigs.length < attesterThreshold) revert NotEnoughSignatures(sigs.length, attesterThreshold);
        bytes32 h = keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", digest));
        address last = address(0);
        for (uint256 i = 0; i < sigs.length; i++) {
            address signer = _recover(h, sigs[i], i);
            if (signer <= last) revert SignersNotSorted(i);
            if (!isAttester[signer]) revert NotAttester(signer);
            last = signer;
        }
    }

    function _recover(bytes32 h, bytes calldata sig, uint256 index) internal pure returns (address) {
        if (sig.length != 65) revert BadSignature(index);
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        if (v < 27) v += 27;
        // Reject malleable (high-s) signatures, as secp256k1n/2 bounds them.
        if (uint256(s) > 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0 || (v != 27 && v != 28)) {
            revert BadSignature(index);
        }
        address signer = ecrecover(h, v, r, s);
        if (signer == address(0)) revert BadSignature(index);
        return signer;
    }

    uint256[47] private __gapAttesters;
}
