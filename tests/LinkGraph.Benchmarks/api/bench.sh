#!/usr/bin/env bash
# HTTP API benchmark on loopback: POST /events throughput, then GET /rings/{id} and GET /accounts/{id} latency at
# a fixed request rate (open loop), against the Release build with a fresh SQLite file.
# Usage: tests/LinkGraph.Benchmarks/api/bench.sh [SCENARIO=medium] [RATE=2000] [SECONDS=20] [BATCH=10000] [CONCURRENCY=4]
# Work files go to artifacts/bench/api/ (not committed). Prints one line per measurement.
set -euo pipefail
scenario="${1:-medium}"; rate="${2:-2000}"; seconds="${3:-20}"; batch="${4:-10000}"; concurrency="${5:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$root/artifacts/bench/api/$scenario"
port=5399
key="bench-admin-key-$(date +%s)-$$"
mkdir -p "$work"
cd "$root"

echo "== building (Release)" >&2
dotnet build src/LinkGraph.Api -c Release -v quiet -nologo >&2
dotnet build src/LinkGraph.Cli -c Release -v quiet -nologo >&2
client=(dotnet run --file tests/LinkGraph.Benchmarks/api/LoadClient.cs -c Release --)
"${client[@]}" >/dev/null 2>&1 || true   # compile the client once, outside the measurements

if [ ! -f "$work/events.ndjson" ]; then
  echo "== generating $scenario" >&2
  "$root/artifacts/bin/LinkGraph.Cli/release/linkgraph" generate --scenario "$scenario" --seed 1 --out "$work" >&2
fi

rm -f "$work"/api.db*
echo "== starting the API on 127.0.0.1:$port" >&2
LINKGRAPH_DB="$work/api.db" LINKGRAPH_API_KEY="$key" RateLimit__PermitLimit=1000000 Logging__LogLevel__Default=Warning \
  dotnet "$root/artifacts/bin/LinkGraph.Api/release/LinkGraph.Api.dll" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.2; done

events=$(wc -l < "$work/events.ndjson")
echo "== POST /events: $events events, batches of $batch, $concurrency in flight" >&2
"${client[@]}" post-events "http://127.0.0.1:$port" "$key" "$work/events.ndjson" "$batch" "$concurrency"

echo "== detection run" >&2
run=$(curl -sf -X POST -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/runs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
while :; do
  state=$(curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/runs/$run" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')
  [ "$state" = succeeded ] && break
  [ "$state" = failed ] && { echo "run failed" >&2; exit 1; }
  sleep 1
done

# Paths: every ring of the run; accounts = ring members plus as many accounts outside rings.
curl -sf -H "Authorization: Bearer $key" "http://127.0.0.1:$port/api/v1/rings?limit=500" > "$work/rings.json"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
rings = json.load(open(f"{work}/rings.json"))["rings"]
members = [a for r in rings for a in r["accounts"]]
seen = set(members)
others = []
for line in open(f"{work}/events.ndjson"):
    a = json.loads(line)["account"]
    if a not in seen:
        seen.add(a); others.append(a)
    if len(others) >= len(members): break
open(f"{work}/ring-paths.txt", "w").write("".join(f"/api/v1/rings/{r['id']}\n" for r in rings))
open(f"{work}/account-paths.txt", "w").write("".join(f"/api/v1/accounts/{a}\n" for a in members + others))
PY

echo "== GET /rings/{id} at $rate req/s for $seconds s" >&2
"${client[@]}" get "http://127.0.0.1:$port" "$key" "$work/ring-paths.txt" "$rate" "$seconds"
echo "== GET /accounts/{id} at $rate req/s for $seconds s" >&2
"${client[@]}" get "http://127.0.0.1:$port" "$key" "$work/account-paths.txt" "$rate" "$seconds"
