// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.37;

/// @title StraitProxy
/// @notice An ERC-1967 proxy. The implementation and admin live in the
/// standard slots so that explorers and tools read them. Only the admin (the
/// Governance contract, i.e. M-of-N signers through a timelock) may upgrade;
/// every other call, including a non-admin call to the upgrade selectors, is
/// delegated to the implementation.
contract StraitProxy {
    /// bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1)
    bytes32 internal constant IMPLEMENTATION_SLOT =
        0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc;
    /// bytes32(uint256(keccak256("eip1967.proxy.admin")) - 1)
    bytes32 internal constant ADMIN_SLOT =
        0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103;

    event Upgraded(address indexed implementation);
    event AdminChanged(address previousAdmin, address newAdmin);

    error NotContract(address implementation);
    error ZeroAdmin();

    constructor(address implementation, address admin_, bytes memory initData) payable {
        _setImplementation(implementation);
        _setAdmin(admin_);
        if (initData.length > 0) {
            _call(implementation, initData);
        }
    }

    /// Upgrade, and optionally run a migration call on the new implementation.
    function upgradeToAndCall(address implementation, bytes calldata data) external payable {
        if (msg.sender != _admin()) {
            _delegate(_implementation());
        }
        _setImplementation(implementation);
        if (data.length > 0) {
            _call(implementation, data);
        }
    }

    function changeAdmin(address newAdmin) external {
        if (msg.sender != _admin()) {
            _delegate(_implementation());
        }
        _setAdmin(newAdmin);
    }

    fallback() external payable {
        _delegate(_implementation());
    }

    receive() external payable {
        _delegate(_implementation());
    }

    function _implementation() internal view returns (address impl) {
        bytes32 slot = IMPLEMENTATION_SLOT;
        assembly {
            impl := sload(slot)
        }
    }

    function _admin() internal view returns (address a) {
        bytes32 slot = ADMIN_SLOT;
        assembly {
            a := sload(slot)
        }
    }

    function _setImplementation(address impl) internal {
        if (impl.code.length == 0) revert NotContract(impl);
        bytes32 slot = IMPLEMENTATION_SLOT;
        assembly {
            sstore(slot, impl)
        }
        emit Upgraded(impl);
    }

    function _setAdmin(address a) internal {
        if (a == address(0)) revert ZeroAdmin();
        emit AdminChanged(_admin(), a);
        bytes32 slot = ADMIN_SLOT;
        assembly {
            sstore(slot, a)
        }
    }

    function _call(address impl, bytes memory data) internal {
        (bool ok, bytes memory ret) = impl.delegatecall(data);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
    }

    function _delegate(address impl) internal {
        assembly {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), impl, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            switch ok
            case 0 { revert(0, returndatasize()) }
            default { return(0, returndatasize()) }
        }
    }
}
