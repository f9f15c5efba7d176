"""Planted-partition graph generator (numpy): equal blocks, average degree K, mixing MU.

Internal edges pick a random block and two random members; external edges pick two random nodes in different
blocks; self-loops and duplicates are dropped. Node labels are randomly permuted so that ids carry no hint of
the blocks. Writes 'u v' lines and a 'node block' truth file.

usage: gen_planted.py NODES MIXING AVG_DEGREE BLOCK_SIZE SEED EDGES_OUT TRUTH_OUT
"""
import sys

import numpy as np


def main():
    n, mu, k, size, seed = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
    edges_out, truth_out = sys.argv[6], sys.argv[7]
    rng = np.random.default_rng(seed)
    blocks = n // size
    n = blocks * size
    m = int(round(n * k / 2 * 1.05))  # a little extra to offset dropped duplicates
    m_in = int(round(m * (1 - mu)))
    m_out = m - m_in
    c = rng.integers(0, blocks, m_in, dtype=np.int64)
    a_in = c * size + rng.integers(0, size, m_in, dtype=np.int64)
    b_in = c * size + rng.integers(0, size, m_in, dtype=np.int64)
    a_out = rng.integers(0, n, m_out, dtype=np.int64)
    b_out = rng.integers(0, n, m_out, dtype=np.int64)
    keep = (a_out // size) != (b_out // size)
    a = np.concatenate([a_in, a_out[keep]])
    b = np.concatenate([b_in, b_out[keep]])
    keep = a != b
    a, b = a[keep], b[keep]
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    key = np.unique(lo * n + hi)
    lo, hi = key // n, key % n
    perm = rng.permutation(n)
    lo, hi = perm[lo], perm[hi]
    order = rng.permutation(len(lo))
    lo, hi = lo[order], hi[order]
    write_pairs(edges_out, lo, hi)
    truth = np.empty(n, dtype=np.int64)
    truth[perm] = np.arange(n) // size
    write_pairs(truth_out, np.arange(n), truth)
    print(f"planted: nodes={n} edges={len(lo)} blocks={blocks} mixing={mu}", file=sys.stderr)


def write_pairs(path, left, right, chunk=1_000_000):
    with open(path, "w") as f:
        for s in range(0, len(left), chunk):
            l = left[s:s + chunk].astype(str)
            r = right[s:s + chunk].astype(str)
            f.write("\n".join(np.char.add(np.char.add(l, " "), r)))
            f.write("\n")


if __name__ == "__main__":
    main()
