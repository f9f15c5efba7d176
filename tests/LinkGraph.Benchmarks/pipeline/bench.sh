#!/usr/bin/env bash
# Pipeline benchmark: generate a scenario, then measure `import` (events/s, peak memory) and `detect`
# (wall time, peak memory, precision/recall) with /usr/bin/time -v, each in its own process.
# Usage: tests/LinkGraph.Benchmarks/pipeline/bench.sh [SCENARIO=medium] [SEED=1]
# Writes a Markdown table row set to stdout; work files go to artifacts/bench/ (not committed).
set -euo pipefail
scenario="${1:-medium}"
seed="${2:-1}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$root/artifacts/bench/$scenario-$seed"
mkdir -p "$work"
cd "$root"

if [ ! -x /usr/bin/time ]; then
  apt-get install -y time >/dev/null
fi

echo "== building (Release)" >&2
dotnet build src/LinkGraph.Cli -c Release -v quiet -nologo >&2
cli="$root/artifacts/bin/LinkGraph.Cli/release/linkgraph"

if [ ! -f "$work/events.ndjson" ]; then
  echo "== generating $scenario (seed $seed)" >&2
  "$cli" generate --scenario "$scenario" --seed "$seed" --out "$work" >&2
fi
events=$(wc -l < "$work/events.ndjson")
size=$(du -h "$work/events.ndjson" | cut -f1)

measure() { # label, then the command; prints "wall_seconds peak_mib cpu_seconds"
  local label=$1; shift
  rm -f "$work/time.txt"
  /usr/bin/time -v -o "$work/time.txt" "$@" >&2
  local wall peak
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt")
  peak=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$work/time.txt")
  # h:mm:ss or m:ss.cc to seconds
  local secs
  secs=$(awk -v t="$wall" 'BEGIN{n=split(t,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; printf "%.1f", s}')
  local cpu
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {printf "%.1f", u+s}' "$work/time.txt")
  echo "$secs $peak $cpu"
}

rm -f "$work/store.db" "$work/store.db-wal" "$work/store.db-shm"
echo "== import" >&2
read -r import_s import_mib import_cpu < <(measure import "$cli" import --db "$work/store.db" "$work/events.ndjson")
echo "== detect (fresh temporary store: import + detection)" >&2
read -r detect_s detect_mib detect_cpu < <(measure detect "$cli" detect --input "$work/events.ndjson" --output "$work/rings.json")
echo "== evaluate" >&2
"$cli" evaluate --rings "$work/rings.json" --truth "$work/truth.json" > "$work/evaluation.txt"
cat "$work/evaluation.txt" >&2

rate=$(awk -v n="$events" -v s="$import_s" 'BEGIN{ if (s>0) printf "%.0f", n/s; else print "n/a"}')
cpu_rate=$(awk -v n="$events" -v s="$import_cpu" 'BEGIN{ if (s>0) printf "%.0f", n/s; else print "n/a"}')
quality=$(grep -m1 '^precision' "$work/evaluation.txt" | tr -s ' ')
echo "| scenario | events | file | import wall (cpu) | import rate wall (per cpu-s) | import peak | detect wall (cpu) | detect peak | $quality |"
echo "|---|---|---|---|---|---|---|---|---|"
echo "| $scenario (seed $seed) | $events | $size | ${import_s} s (${import_cpu} s) | ${rate} (${cpu_rate}) events/s | ${import_mib} MiB | ${detect_s} s (${detect_cpu} s) | ${detect_mib} MiB | |"
