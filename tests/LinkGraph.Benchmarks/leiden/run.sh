#!/usr/bin/env bash
# Leiden benchmark: `linkgraph communities` against igraph's community_leiden(objective_function="modularity")
# on the same graphs, in one run. Reports algorithm time and its ratio, modularity of both computed the same way
# (igraph's `modularity`), NMI against the planted truth, and peak memory (/usr/bin/time -v).
#
# Usage: bash tests/LinkGraph.Benchmarks/leiden/run.sh
# Environment (defaults): SIZES="100000 1000000 3000000"  MIXINGS="0.3 0.5"  LFR_MIXINGS="0.3 0.5"
#   CONVERGED_MAX=100000 (also run LinkGraph to convergence on graphs up to this size)  SEED=1
#   WORK=artifacts/bench/leiden (graphs are cached there between runs)
#   RESUME=1 keeps earlier results and skips graph/tool pairs already measured
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
work="${WORK:-$root/artifacts/bench/leiden}"
sizes="${SIZES:-100000 1000000 3000000}"
mixings="${MIXINGS:-0.3 0.5}"
lfr_mixings="${LFR_MIXINGS:-0.3 0.5}"
converged_max="${CONVERGED_MAX:-100000}"
seed="${SEED:-1}"
py=/usr/bin/python3
mkdir -p "$work"

if ! "$py" -c "import igraph, networkx, numpy" 2>/dev/null; then
  echo "== installing python3-igraph python3-networkx python3-numpy" >&2
  apt-get update
  apt-get install -y python3-igraph python3-networkx python3-numpy
fi

echo "== dotnet build (Release)" >&2
dotnet build "$root/src/LinkGraph.Cli" -c Release -v quiet -nologo >&2
# Run a private copy, so rebuilding the repository during a long benchmark does not swap the binary under it.
rm -rf "$work/bin"
cp -r "$root/artifacts/bin/LinkGraph.Cli/release" "$work/bin"
linkgraph="$work/bin/linkgraph"

results="$work/results.jsonl"
if [ "${RESUME:-0}" != 1 ]; then
  : > "$results"
fi
touch "$results"

# run_tool NAME GRAPH TOOL ARGS... : runs under /usr/bin/time -v, records its summary, peak RSS and scores.
run_tool() {
  local graph="$1" tool="$2"; shift 2
  local base="$work/$graph"
  local out="$base.$tool.membership" log="$base.$tool.log" timelog="$base.$tool.time"
  if grep -q "\"graph\": \"$graph\", \"tool\": \"$tool\"" "$results"; then
    echo "== $graph: $tool (already measured)" >&2
    return
  fi
  echo "== $graph: $tool" >&2
  /usr/bin/time -v "$@" > "$log" 2> "$timelog" || { cat "$timelog" >&2; exit 1; }
  local score
  score=$("$py" "$here/evaluate.py" "$base.edges" "$base.truth" "$out")
  "$py" - "$graph" "$tool" "$log" "$timelog" "$score" >> "$results" <<'PY'
import json, re, sys
graph, tool, log, timelog, score = sys.argv[1:6]
summary = dict(line.split(": ", 1) for line in open(log).read().splitlines() if ": " in line)
peak_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(timelog).read()).group(1))
row = {"graph": graph, "tool": tool, "nodes": int(summary["nodes"]), "edges": int(summary["edges"]),
       "load_s": float(summary["load_seconds"]), "algorithm_s": float(summary["algorithm_seconds"]),
       "algorithm_cpu_s": float(summary["algorithm_cpu_seconds"]),
       "peak_mb": peak_kb / 1024, "own_modularity": float(summary["modularity"])}
row.update({k: v for k, v in json.loads(score).items() if k != "file"})
print(json.dumps(row))
PY
  tail -n 1 "$results" >&2
}

bench_graph() {
  local graph="$1" nodes="$2"
  local base="$work/$graph"
  run_tool "$graph" linkgraph "$linkgraph" communities --edges "$base.edges" --output "$base.linkgraph.membership" --seed "$seed"
  if [ "$nodes" -le "$converged_max" ]; then
    run_tool "$graph" linkgraph-converged "$linkgraph" communities --edges "$base.edges" \
      --output "$base.linkgraph-converged.membership" --seed "$seed" --iterations -1
  fi
  run_tool "$graph" igraph "$py" "$here/run_igraph.py" "$base.edges" "$base.igraph.membership" "$seed"
}

for mu in $lfr_mixings; do
  graph="lfr-10k-mu$mu"
  if [ ! -s "$work/$graph.truth" ]; then
    "$py" "$here/gen_lfr.py" 10000 "$mu" "$seed" "$work/$graph.edges" "$work/$graph.truth"
  fi
  bench_graph "$graph" 10000
done

for n in $sizes; do
  for mu in $mixings; do
    graph="planted-$n-mu$mu"
    if [ ! -s "$work/$graph.truth" ]; then
      "$py" "$here/gen_planted.py" "$n" "$mu" 16 100 "$seed" "$work/$graph.edges" "$work/$graph.truth"
    fi
    bench_graph "$graph" "$n"
  done
done

"$py" "$here/summarize.py" "$results" | tee "$work/results.md"
