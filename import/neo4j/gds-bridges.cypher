// Bridges of the supply network in Neo4j Graph Data Science (GDS 2.9+ on Neo4j 5.17+): supply relations
// whose loss disconnects the network. Same question as `chaingraph analyze` (bridges) answers in process; use
// this only when the graph does not fit one machine (see README.md). Undirected by definition; stream mode only.

CALL gds.graph.drop('chaingraph-supply-undirected', false) YIELD graphName;
CALL gds.graph.project('chaingraph-supply-undirected', 'Enterprise', {SUPPLIES: {orientation: 'UNDIRECTED'}})
YIELD graphName, nodeCount, relationshipCount;

// One row per bridge; the direction in the projection is arbitrary, so look the relation up both ways.
CALL gds.bridges.stream('chaingraph-supply-undirected')
YIELD from, to
WITH gds.util.asNode(from) AS a, gds.util.asNode(to) AS b
OPTIONAL MATCH (a)-[ab:SUPPLIES]->(b)
OPTIONAL MATCH (b)-[ba:SUPPLIES]->(a)
RETURN a.id AS one, a.name AS oneName, b.id AS other, b.name AS otherName,
       collect(DISTINCT ab.segment) + collect(DISTINCT ba.segment) AS segments
ORDER BY oneName, otherName;

CALL gds.graph.drop('chaingraph-supply-undirected', false) YIELD graphName;
