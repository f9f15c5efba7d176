#!/usr/bin/env bash
# HTTP API benchmark on loopback: POST /events throughput, then GET /rings/{id} and GET /accounts/{id} latency at
# a fixed request rate (open loop), against the Release build with a fresh SQLite file.
# Usage: tests/LinkGraph.Benchmarks/api/bench.sh [SCENARIO=medium] [RATE=2000] [SECONDS=20] [BATCH=10000] [CONCURRENCY=4]
# Environment: PORT=5399 the API listens on; REUSE=1 keeps the database and paths of the previous run (no ingest, no detection: GET phases only);
# SERVER_ENV="DOTNET_gcServer=0 ..." is passed to the server only (GC and JIT settings under test); WARMUP=5 seconds
# at the GET rate before each measured GET phase, not counted (0 measures from a cold start); API_DLL=path serves
# from another build of LinkGraph.Api.dll (before/after comparisons on the same data); INGEST_ONLY=1 stops after the
# POST phase (no detection, no GET phases); EVENTS=path posts that file instead of the scenario's generated one;
# INGEST_WARMUP=1 first posts, uncounted, the events of another scenario (small, seed 101: no account or event in
# common with seed 1), so the POST phase measures a server whose code is already compiled (steady state) instead of
# one that compiles as it goes (cold start, the default).
# Work files go to artifacts/bench/api/ (not committed). Prints one line per measurement; the server sends
# Server-Timing, so GET lines carry server_* percentiles beside the client-side ones.
set -euo pipefail
scenario="${1:-medium}"; rate="${2:-2000}"; seconds="${3:-20}"; batch="${4:-10000}"; concurrency="${5:-4}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$root/artifacts/bench/api/$scenario"
port="${PORT:-5399}"
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

reuse=0
if [ "${REUSE:-0}" = 1 ] && [ -f "$work/api.db" ] && [ -f "$work/account-paths.txt" ]; then reuse=1; else rm -f "$work"/api.db*; fi
echo "== starting the API on 127.0.0.1:$port ${SERVER_ENV:-}" >&2
# shellcheck disable=SC2086 # SERVER_ENV is a list of NAME=VALUE words
env ${SERVER_ENV:-} LINKGRAPH_DB="$work/api.db" LINKGRAPH_API_KEY="$key" RateLimit__PermitLimit=1000000 Logging__LogLevel__Default=Warning \
  Diagnostics__ServerTiming=true dotnet "${API_DLL:-$root/artifacts/bin/LinkGraph.Api/release/LinkGraph.Api.dll}" --urls "http://127.0.0.1:$port" >"$work/api.log" 2>&1 &
api=$!
trap 'kill $api 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$port/health/live" >/dev/null && break; sleep 0.2; done

# CPU time the server process used (user + system, in ms) from /proc, per request of warm-up and phase together:
# steadier than latency on a shared machine.
server_cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15) * 1000 / hz, $15 * 1000 / hz }' "/proc/$api/stat"; }
# Bytes the server handed to write() (WAL frames, checkpoints): the write amplification of an ingest.
server_written() { awk '/^wchar/ { print $2 }' "/proc/$api/io"; }

if [ "$reuse" = 0 ]; then
input="${EVENTS:-$work/events.ndjson}"
events=$(wc -l < "$input")
if [ "${INGEST_WARMUP:-0}" = 1 ]; then
  warm="$root/artifacts/bench/api/warmup"
  [ -f "$warm/events.ndjson" ] || "$root/artifacts/bin/LinkGraph.Cli/release/linkgraph" generate --scenario small --seed 101 --out "$warm" >&2
  echo "== warm-up, not counted: $(wc -l < "$warm/events.ndjson") events of small seed 101" >&2
  "${client[@]}" post-events "http://127.0.0.1:$port" "$key" "$warm/events.ndjson" "$batch" "$concurrency" >&2
fi
echo "== POST /events: $events events, batches of $batch, $concurrency in flight" >&2
before=$(server_cpu_ms); written=$(server_written)
"${client[@]}" post-events "http://127.0.0.1:$port" "$key" "$input" "$batch" "$concurrency"
after=$(server_cpu_ms)
awk -v b="$before" -v a="$after" -v n="$events" -v w="$(( $(server_written) - written ))" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
  'BEGIN { split(b, x, " "); split(a, y, " ");
           printf "server_cpu_s=%.1f server_cpu_us_per_event=%.1f (system %.1f) server_written_bytes_per_event=%.0f load_average=%s\n", (y[1] - x[1]) / 1000, (y[1] - x[1]) * 1000 / n, (y[2] - x[2]) * 1000 / n, w / n, load }'
[ "${INGEST_ONLY:-0}" = 1 ] && exit 0

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
fi

get_phase() {
  local name="$1" paths="$2" before after
  echo "== GET $name at $rate req/s for $seconds s (after ${WARMUP:-5} s not counted)" >&2
  before=$(server_cpu_ms)
  "${client[@]}" get "http://127.0.0.1:$port" "$key" "$paths" "$rate" "$seconds" "${WARMUP:-5}"
  after=$(server_cpu_ms)
  awk -v b="$before" -v a="$after" -v n="$(( ${rate%.*} * (${seconds%.*} + ${WARMUP:-5}) ))" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { split(b, x, " "); split(a, y, " ");
             printf "server_cpu_ms=%.0f server_cpu_us_per_request=%.1f (system %.1f) load_average=%s\n", y[1] - x[1], (y[1] - x[1]) * 1000 / n, (y[2] - x[2]) * 1000 / n, load }'
}
get_phase "/rings/{id}" "$work/ring-paths.txt"
get_phase "/accounts/{id}" "$work/account-paths.txt"
