"""LFR benchmark graph (Lancichinetti, Fortunato & Radicchi 2008) through networkx's generator.

Writes 'u v' lines and a 'node community' truth file (LFR communities are disjoint).
usage: gen_lfr.py NODES MIXING SEED EDGES_OUT TRUTH_OUT
"""
import sys

import networkx as nx


def main():
    n, mu, seed = int(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    edges_out, truth_out = sys.argv[4], sys.argv[5]
    g = nx.LFR_benchmark_graph(
        n, tau1=2.5, tau2=1.5, mu=mu, average_degree=16, max_degree=100,
        min_community=20, max_community=500, seed=seed, max_iters=1000)
    g.remove_edges_from(nx.selfloop_edges(g))
    with open(edges_out, "w") as f:
        for u, v in g.edges():
            f.write(f"{u} {v}\n")
    label = {}
    for node in g:
        community = frozenset(g.nodes[node]["community"])
        label.setdefault(community, len(label))
    with open(truth_out, "w") as f:
        for node in sorted(g):
            f.write(f"{node} {label[frozenset(g.nodes[node]['community'])]}\n")
    print(f"lfr: nodes={g.number_of_nodes()} edges={g.number_of_edges()} communities={len(label)} mixing={mu}", file=sys.stderr)


if __name__ == "__main__":
    main()
