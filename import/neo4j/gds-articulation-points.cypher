// Articulation points of the supply network in Neo4j Graph Data Science (GDS 2.9+ on Neo4j 5.17+):
// enterprises whose loss splits the network into more pieces. Same question as `chaingraph analyze`
// (articulation points, Tarjan) answers in process; use this only when the graph does not fit one machine
// (see README.md). Articulation points are defined on undirected graphs, hence the UNDIRECTED projection.

// 1. Project enterprises and supplies once (drop an old projection first).
CALL gds.graph.drop('chaingraph-supply-undirected', false) YIELD graphName;
CALL gds.graph.project('chaingraph-supply-undirected', 'Enterprise', {SUPPLIES: {orientation: 'UNDIRECTED'}})
YIELD graphName, nodeCount, relationshipCount;

// 2. Optional: how much memory the algorithm needs.
CALL gds.articulationPoints.stream.estimate('chaingraph-supply-undirected', {})
YIELD requiredMemory, nodeCount, relationshipCount;

// 3. Stream the articulation points, mapped back to enterprises.
CALL gds.articulationPoints.stream('chaingraph-supply-undirected')
YIELD nodeId
WITH gds.util.asNode(nodeId) AS e
RETURN e.id AS enterprise, e.name AS name, e.country AS country
ORDER BY name;

// 4. Or write a flag (1 = articulation point) onto the nodes for later queries.
CALL gds.articulationPoints.write('chaingraph-supply-undirected', {writeProperty: 'articulationPoint'})
YIELD articulationPointCount;

// 5. Free the projection's memory.
CALL gds.graph.drop('chaingraph-supply-undirected', false) YIELD graphName;
