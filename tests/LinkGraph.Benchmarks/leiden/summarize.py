"""Turns results.jsonl into the README's markdown table: one row per graph, LinkGraph beside igraph.

usage: summarize.py RESULTS_JSONL
"""
import json
import sys


def main():
    rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
    by_graph = {}
    for row in rows:
        by_graph.setdefault(row["graph"], {})[row["tool"]] = row
    print("| graph | nodes | edges | LinkGraph s (cpu) | igraph s (cpu) | time ratio wall (cpu) | Q LinkGraph | Q igraph | ΔQ | NMI LinkGraph | NMI igraph | peak MB LinkGraph | peak MB igraph |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for graph, tools in by_graph.items():
        ours, theirs = tools.get("linkgraph"), tools.get("igraph")
        if not ours or not theirs:
            continue
        print(f"| {graph} | {ours['nodes']:,} | {ours['edges']:,} | {ours['algorithm_s']:.2f} ({ours['algorithm_cpu_s']:.2f}) | "
              f"{theirs['algorithm_s']:.2f} ({theirs['algorithm_cpu_s']:.2f}) | "
              f"{ours['algorithm_s'] / max(theirs['algorithm_s'], 1e-9):.2f} ({ours['algorithm_cpu_s'] / max(theirs['algorithm_cpu_s'], 1e-9):.2f}) | {ours['modularity']:.5f} | {theirs['modularity']:.5f} | "
              f"{ours['modularity'] - theirs['modularity']:+.5f} | {ours['nmi']:.3f} | {theirs['nmi']:.3f} | "
              f"{ours['peak_mb']:.0f} | {theirs['peak_mb']:.0f} |")
    converged = [(g, t["linkgraph-converged"]) for g, t in by_graph.items() if "linkgraph-converged" in t]
    if converged:
        print()
        print("LinkGraph run to convergence (`--iterations -1`):")
        print()
        print("| graph | algorithm s (cpu) | modularity | NMI | peak MB |")
        print("|---|---:|---:|---:|---:|")
        for graph, row in converged:
            print(f"| {graph} | {row['algorithm_s']:.2f} ({row['algorithm_cpu_s']:.2f}) | {row['modularity']:.5f} | {row['nmi']:.3f} | {row['peak_mb']:.0f} |")
    print()
    print("Load times (reading the text edge list): " + ", ".join(
        f"{g}: LinkGraph {t['linkgraph']['load_s']:.1f} s, igraph {t['igraph']['load_s']:.1f} s"
        for g, t in by_graph.items() if "linkgraph" in t and "igraph" in t))


if __name__ == "__main__":
    main()
