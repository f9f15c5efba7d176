"""Scores memberships the same way for every tool: igraph's modularity on the same graph, NMI against the truth.

usage: evaluate.py EDGES TRUTH MEMBERSHIP...   (one JSON object a line per membership file)
"""
import json
import sys

import igraph as ig


def read_labels(path, n):
    labels = [0] * n
    with open(path) as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                labels[int(parts[0])] = int(parts[1])
    return labels


def main():
    edges, truth_path = sys.argv[1], sys.argv[2]
    g = ig.Graph.Read_Edgelist(edges, directed=False)
    g.simplify(multiple=True, loops=False, combine_edges="sum")
    n = g.vcount()
    truth = read_labels(truth_path, n)
    for path in sys.argv[3:]:
        membership = read_labels(path, n)
        print(json.dumps({
            "file": path,
            "modularity": g.modularity(membership),
            "nmi": ig.compare_communities(membership, truth, method="nmi"),
            "communities": len(set(membership)),
        }))


if __name__ == "__main__":
    main()
