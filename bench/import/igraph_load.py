"""Peer for the snapshot benchmark: python-igraph reading the same supplies.csv into a directed graph.

Reads the first two columns (supplier, customer) with the csv module, maps ids to ints and builds an
igraph.Graph -- the work `SqliteGraphStore.LoadDataset` + `GraphBuilder.FromDataset` do for ChainGraph.
Run with Debian's interpreter: /usr/bin/python3 igraph_load.py supplies.csv
"""
import csv
import sys
import time

import igraph

start = time.perf_counter()
ids = {}
edges = []
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    reader = csv.reader(f)
    next(reader)
    for row in reader:
        s = ids.setdefault(row[0], len(ids))
        t = ids.setdefault(row[1], len(ids))
        edges.append((s, t))
g = igraph.Graph(n=len(ids), edges=edges, directed=True)
g.simplify(multiple=True, loops=True)
print(f"igraph load: {time.perf_counter() - start:.2f} s, {g.vcount()} nodes, {g.ecount()} edges")
