#!/usr/bin/python3
"""Checks that `chaingraph analyze` and the igraph peer produced the same answer before they are timed.

Usage: compare.py OURS.json IGRAPH.json
Exits 1 with the first difference. Lists and bridges compare as sets; betweenness within 1e-9 relative.
"""
import json
import sys


def main():
    ours, theirs = (json.load(open(path, encoding="utf-8")) for path in sys.argv[1:3])
    for key in ("nodes", "edges", "connectedComponents", "stronglyConnectedComponents"):
        if ours[key] != theirs[key]:
            sys.exit(f"{key}: {ours[key]} != {theirs[key]}")
    if set(ours["articulationPoints"]) != set(theirs["articulationPoints"]):
        sys.exit("articulation points differ")
    if {frozenset(p) for p in ours["bridges"]} != {frozenset(p) for p in theirs["bridges"]}:
        sys.exit("bridges differ")
    if "betweenness" in theirs:
        worst = max(abs(ours["betweenness"][v] - b) / max(abs(b), 1e-12) for v, b in theirs["betweenness"].items() if b)
        if worst > 1e-9:
            sys.exit(f"betweenness differs by {worst:.2e} relative")
    print(f"same answer: {ours['nodes']} nodes, {ours['edges']} edges, {len(ours['articulationPoints'])} articulation points, "
          f"{len(ours['bridges'])} bridges, {ours['connectedComponents']} weak / {ours['stronglyConnectedComponents']} strong components")


if __name__ == "__main__":
    main()
