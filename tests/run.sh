#!/usr/bin/env bash
# Sets up and runs every test of LinkGraph, then prints "N passed, N failed".
# Usage: bash tests/run.sh            (from the repository root or anywhere)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The Cypher linter (Neo4j's own parser) runs inside the test run; install it from the lockfile.
if [ -f cypher/package-lock.json ]; then
  echo "== npm ci (cypher linter)" >&2
  npm ci --prefix cypher --no-audit --no-fund --loglevel=error >&2
fi

results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

echo "== dotnet build (Release)" >&2
dotnet build LinkGraph.sln --configuration Release -nologo -v quiet

# The benchmarks are file-based apps outside the solution; building them here keeps a change from breaking them unseen.
for app in tests/LinkGraph.Benchmarks/*/*.cs; do
  echo "== dotnet build $app" >&2
  dotnet build "$app" --configuration Release -nologo -v quiet
done

# One test project at a time, each with its own TRX file, so no two results share a name.
status=0
for project in tests/*.Tests/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== dotnet test $name" >&2
  dotnet test "$project" --configuration Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" || status=$?
done

passed=0; failed=0; total=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(printf '%s' "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
  f=$(printf '%s' "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  t=$(printf '%s' "$counters" | sed -n 's/.* total="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); total=$((total + ${t:-0}))
done

echo "${passed} passed, ${failed} failed"
if [ "$total" -eq 0 ]; then
  echo "no test ran" >&2
  exit 1
fi
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then
  exit 1
fi
