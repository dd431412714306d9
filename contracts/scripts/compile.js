// Compiles contracts/src with the pinned solc through the standard-JSON API
// (the solcjs CLI cannot pin the EVM version and rewrites file names) and
// writes one artifact per deployable contract to contracts/artifacts.
'use strict';
const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const srcDir = path.join(root, 'src');
const outDir = path.join(root, 'artifacts');

// Pinned so that bytecode is reproducible and runs on the devnet's rules.
const EVM_VERSION = 'prague';
const OPTIMIZER_RUNS = 200;
// Contracts with bytecode that Go code deploys; the rest are bases/interfaces.
const DEPLOYABLE = ['Gateway', 'Governance', 'LiquidityPool', 'LockMintBridge', 'StraitProxy', 'StraitWormhole', 'TestToken', 'WrappedToken'];

const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources[f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: OPTIMIZER_RUNS },
    evmVersion: EVM_VERSION,
    // No metadata hash: the bytecode then does not depend on comments or paths.
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.methodIdentifiers'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of output.errors || []) {
  if (e.severity === 'error') failed = true;
  process.stderr.write(e.formattedMessage + '\n');
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
for (const f of fs.readdirSync(outDir)) {
  if (f.endsWith('.json')) fs.unlinkSync(path.join(outDir, f));
}
const found = {};
for (const [file, contracts] of Object.entries(output.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!DEPLOYABLE.includes(name)) continue;
    found[name] = true;
    fs.writeFileSync(path.join(outDir, name + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
    fs.writeFileSync(path.join(outDir, name + '.bin'), c.evm.bytecode.object + '\n');
  }
}
for (const name of DEPLOYABLE) {
  if (!found[name]) {
    process.stderr.write('missing contract ' + name + '\n');
    process.exit(1);
  }
}
fs.writeFileSync(
  path.join(outDir, 'BUILD.json'),
  JSON.stringify({ solc: solc.version(), evmVersion: EVM_VERSION, optimizerRuns: OPTIMIZER_RUNS }, null, 1) + '\n'
);
process.stdout.write('compiled ' + DEPLOYABLE.length + ' contracts with solc ' + solc.version() + '\n');
