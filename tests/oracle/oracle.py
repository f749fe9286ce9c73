#!/usr/bin/python3
"""Reference results for ChainGraph's graph algorithms, computed with NetworkX and python-igraph.

Usage: /usr/bin/python3 tests/oracle/oracle.py MANIFEST.json > RESULTS.json

The manifest is {"graphs": [GRAPH, ...]} where GRAPH is
  {"name": str, "file": path of a CSV edge list (header; first two columns source,target),
   "directed": bool, "root": id or null, "sources": [id], "sinks": [id],
   "betweenness": bool, "pagerank": bool, "topological": bool, "igraph": bool}.
Graphs are simple: self-loops dropped (their nodes kept), parallel edges merged, exactly as
`chaingraph analyze` defines them. The output is {"results": [RESULT, ...]} in manifest order; see
`analyse` for the fields. Ids stay strings throughout. Exit code 3 when NetworkX or igraph is missing.
"""
import csv
import json
import sys

try:
    import networkx as nx
    import igraph
except ImportError as missing:
    sys.stderr.write(f"oracle: {missing}; install python3-networkx and python3-igraph (run ./test.sh)\n")
    sys.exit(3)

SUPER_SOURCE = ("super", "source")
SUPER_SINK = ("super", "sink")


def read_graph(path, directed):
    graph = nx.DiGraph() if directed else nx.Graph()
    with open(path, newline="", encoding="utf-8") as handle:
        rows = csv.reader(handle)
        next(rows, None)
        for row in rows:
            if not row:
                continue
            graph.add_edge(row[0], row[1])
    graph.remove_edges_from(list(nx.selfloop_edges(graph)))
    return graph


def vertex_cut(digraph, directed, sources, sinks):
    """Size of a minimum vertex cut between two uncuttable sets, via NetworkX on the contracted graph."""
    sources, sinks = set(sources), set(sinks)
    if sources & sinks:
        return {"status": "unbounded"}
    contracted = nx.DiGraph() if directed else nx.Graph()
    contracted.add_nodes_from([SUPER_SOURCE, SUPER_SINK])
    label = lambda v: SUPER_SOURCE if v in sources else SUPER_SINK if v in sinks else v
    for u, v in digraph.edges():
        a, b = label(u), label(v)
        if a == b:
            continue
        if directed and (a == SUPER_SINK or b == SUPER_SOURCE):
            continue  # paths end at the first sink and start at the last source
        if {a, b} == {SUPER_SOURCE, SUPER_SINK}:
            return {"status": "unbounded"}
        contracted.add_edge(a, b)
    if not nx.has_path(contracted, SUPER_SOURCE, SUPER_SINK):
        return {"status": "found", "size": 0}
    return {"status": "found", "size": len(nx.minimum_node_cut(contracted, SUPER_SOURCE, SUPER_SINK))}


def topological(digraph):
    if not nx.is_directed_acyclic_graph(digraph):
        return {"acyclic": False}
    tiers = {}
    for tier, generation in enumerate(nx.topological_generations(digraph)):
        for v in generation:
            tiers[v] = tier
    return {"acyclic": True, "tiers": tiers}


def pagerank(graph):
    try:
        return nx.pagerank(graph)
    except nx.PowerIterationFailedConvergence:
        return None


def igraph_results(graph, directed, want_betweenness):
    nodes = list(graph.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in graph.edges()], directed=directed)
    g.simplify()
    undirected = g.as_undirected(mode="collapse")
    bridges = [undirected.es[e].tuple for e in undirected.bridges()]
    result = {
        "articulationPoints": sorted(nodes[i] for i in undirected.articulation_points()),
        "bridges": [[nodes[a], nodes[b]] for a, b in bridges],
        "connectedComponents": len(undirected.connected_components()),
    }
    if directed:
        result["stronglyConnectedComponents"] = len(g.connected_components(mode="strong"))
    if want_betweenness:
        n = len(nodes)
        raw = g.betweenness(directed=directed)
        # igraph counts unordered pairs on undirected graphs; NetworkX's normalisation is over ordered pairs.
        scale = 1.0 if n <= 2 else (1.0 if directed else 2.0) / ((n - 1) * (n - 2))
        result["betweenness"] = {nodes[i]: value * scale for i, value in enumerate(raw)}
    return result


def analyse(spec):
    directed = spec["directed"]
    graph = read_graph(spec["file"], directed)
    digraph = graph if directed else graph.to_directed()
    undirected = graph.to_undirected() if directed else graph
    result = {
        "name": spec["name"],
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
        "articulationPoints": sorted(nx.articulation_points(undirected)),
        "bridges": [list(e) for e in nx.bridges(undirected)],
        "connectedComponents": nx.number_connected_components(undirected),
    }
    if directed:
        result["stronglyConnectedComponents"] = nx.number_strongly_connected_components(graph)
    if spec.get("root") is not None:
        result["immediateDominators"] = nx.immediate_dominators(digraph, spec["root"])
    if spec.get("betweenness"):
        result["betweenness"] = nx.betweenness_centrality(graph, normalized=True)
    if spec.get("pagerank"):
        result["pagerank"] = pagerank(graph)
    if spec.get("sources") and spec.get("sinks"):
        result["vertexCut"] = vertex_cut(digraph, directed, spec["sources"], spec["sinks"])
    if spec.get("topological") and directed:
        result["topological"] = topological(graph)
    if spec.get("igraph"):
        result["igraph"] = igraph_results(graph, directed, spec.get("betweenness"))
    return result


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        manifest = json.load(handle)
    results = [analyse(spec) for spec in manifest["graphs"]]
    json.dump({"results": results}, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
