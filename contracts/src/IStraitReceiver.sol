// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @notice A bridge that delivers with a non-empty payload calls this on the
/// recipient after paying it (the Gateway on an intermediate chain).
interface IStraitReceiver {
    function onStraitReceive(bytes32 transferId, address token, uint256 amount, bytes calldata payload) external;
}
