#!/usr/bin/python3
"""The peer of `chaingraph analyze --directed` in python-igraph, for the whole-process benchmark.

Usage: igraph_analyze.py EDGES.csv OUT.json [--betweenness | --components]

Same work on the same file: read the CSV edge list (header; first two columns are ids), build a
simple directed graph (parallel edges merged, self-loops dropped), articulation points and bridges
on the undirected projection, weak and strong component counts, optionally exact betweenness
(normalised like NetworkX), and write the same JSON shape. Prints the algorithm-only seconds to stderr.
With --components only the weak and strong component counts (the QuikGraph peer run, bench/quikgraph/run.sh).
"""
import csv
import json
import sys
import time

import igraph


def read(path):
    index = {}
    names = []
    edges = []
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows)
        for row in rows:
            pair = []
            for name in row[0], row[1]:
                v = index.get(name)
                if v is None:
                    v = index[name] = len(names)
                    names.append(name)
                pair.append(v)
            edges.append(pair)
    graph = igraph.Graph(n=len(names), edges=edges, directed=True)
    graph.simplify()
    return graph, names


def main():
    path, out = sys.argv[1], sys.argv[2]
    betweenness = "--betweenness" in sys.argv[3:]
    graph, names = read(path)
    started = time.perf_counter()
    if "--components" in sys.argv[3:]:
        result = {"nodes": graph.vcount(), "edges": graph.ecount(),
                  "connectedComponents": len(graph.connected_components(mode="weak")),
                  "stronglyConnectedComponents": len(graph.connected_components(mode="strong"))}
        elapsed = time.perf_counter() - started
        with open(out, "w", encoding="utf-8") as handle:
            json.dump(result, handle)
        sys.stderr.write(f"igraph algorithms: {elapsed:.3f} s\n")
        return
    undirected = graph.as_undirected(mode="collapse")
    result = {
        "nodes": graph.vcount(),
        "edges": graph.ecount(),
        "articulationPoints": sorted(names[v] for v in undirected.articulation_points()),
        "bridges": [[names[a], names[b]] for a, b in (undirected.es[e].tuple for e in undirected.bridges())],
        "connectedComponents": len(undirected.connected_components()),
        "stronglyConnectedComponents": len(graph.connected_components(mode="strong")),
    }
    if betweenness:
        n = graph.vcount()
        scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0
        result["betweenness"] = {names[v]: b * scale for v, b in enumerate(graph.betweenness(directed=True))}
    elapsed = time.perf_counter() - started
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(result, handle)
    sys.stderr.write(f"igraph algorithms: {elapsed:.3f} s\n")


if __name__ == "__main__":
    main()
