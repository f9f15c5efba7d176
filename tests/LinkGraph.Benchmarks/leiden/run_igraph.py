"""Runs igraph's Leiden (modularity, its defaults otherwise) on an integer edge list, timing load and algorithm.

usage: run_igraph.py EDGES MEMBERSHIP_OUT [SEED]   (prints 'key: value' lines like linkgraph communities)
"""
import random
import sys
import time

import igraph as ig


def main():
    edges, out = sys.argv[1], sys.argv[2]
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    random.seed(seed)
    ig.set_random_number_generator(random)
    t0 = time.perf_counter()
    g = ig.Graph.Read_Edgelist(edges, directed=False)
    t1 = time.perf_counter()
    c1 = time.process_time()
    part = g.community_leiden(objective_function="modularity")
    c2 = time.process_time()
    t2 = time.perf_counter()
    with open(out, "w") as f:
        f.write("\n".join(f"{v} {c}" for v, c in enumerate(part.membership)))
        f.write("\n")
    print(f"nodes: {g.vcount()}")
    print(f"edges: {g.ecount()}")
    print(f"communities: {len(part)}")
    print(f"modularity: {g.modularity(part.membership):.6f}")
    print(f"load_seconds: {t1 - t0:.3f}")
    print(f"algorithm_seconds: {t2 - t1:.3f}")
    print(f"algorithm_cpu_seconds: {c2 - c1:.3f}")


if __name__ == "__main__":
    main()
