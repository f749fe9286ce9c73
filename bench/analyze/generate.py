#!/usr/bin/python3
"""Writes a seeded, scale-free-ish directed supply edge list for the analyze benchmark.

Usage: generate.py OUT.csv NODES EDGES [SEED]

Ids look like 18-character unified social credit codes. Sources are skewed (a few large suppliers
feed many customers: the source index is n * u^2 for uniform u), targets uniform; a small share of
edges repeats or loops, so the merge and self-loop rules do work. Columns: supplier_id, customer_id,
share (ignored by `analyze`).
"""
import random
import sys


def main():
    out, nodes, edges = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else 42
    rng = random.Random(seed)
    ids = [f"9144{rng.randrange(10**6):06d}{i:08d}" for i in range(nodes)]
    with open(out, "w", encoding="utf-8", newline="") as handle:
        handle.write("supplier_id,customer_id,share\n")
        lines = []
        for _ in range(edges):
            u = int(nodes * rng.random() ** 2)
            v = rng.randrange(nodes)
            lines.append(f"{ids[u]},{ids[v]},{rng.random():.3f}\n")
        handle.writelines(lines)


if __name__ == "__main__":
    main()
