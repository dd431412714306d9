#!/usr/bin/env bash
# Regenerates contracts/artifacts (pinned solc via the standard-JSON API) and
# contracts/bindings (abigen v2 at the go-ethereum version in go.mod).
# Generated files are committed; CI runs this and fails on any difference.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
if [ ! -d node_modules/solc ]; then
  npm ci --no-audit --no-fund
fi
node scripts/compile.js
geth_version="$(cd .. && go list -m -f '{{.Version}}' github.com/ethereum/go-ethereum)"
mkdir -p bindings
rm -f bindings/*_gen.go
for abi in artifacts/*.abi; do
  name="$(basename "$abi" .abi)"
  lower="$(echo "$name" | sed -E 's/([a-z0-9])([A-Z])/\1_\2/g' | tr 'A-Z' 'a-z')"
  (cd .. && go run "github.com/ethereum/go-ethereum/cmd/abigen@${geth_version}" --v2 \
    --abi "contracts/$abi" --bin "contracts/artifacts/$name.bin" \
    --pkg bindings --type "$name" --out "contracts/bindings/${lower}_gen.go")
done
gofmt -w bindings
echo "bindings generated with abigen ${geth_version}"
