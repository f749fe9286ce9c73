// Betweenness centrality of enterprises in Neo4j Graph Data Science: how much supply flow passes through each
// firm. Same measure as `chaingraph analyze` (Brandes, exact or sampled) computes in process; use this only when
// the graph does not fit one machine (see README.md). Directed, supplier -> customer, as stored.

CALL gds.graph.drop('chaingraph-supply', false) YIELD graphName;
CALL gds.graph.project('chaingraph-supply', 'Enterprise', 'SUPPLIES')
YIELD graphName, nodeCount, relationshipCount;

CALL gds.betweenness.stream.estimate('chaingraph-supply', {})
YIELD requiredMemory;

// Exact scores (O(n·m)); on millions of firms sample instead: add samplingSize (e.g. 10000) and samplingSeed (0)
// for a reproducible estimate.
CALL gds.betweenness.stream('chaingraph-supply')
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS e, score
RETURN e.id AS enterprise, e.name AS name, score
ORDER BY score DESC
LIMIT 50;

// Sampled, written back onto the nodes:
CALL gds.betweenness.write('chaingraph-supply', {samplingSize: 10000, samplingSeed: 0, writeProperty: 'betweenness'})
YIELD centralityDistribution, nodePropertiesWritten;

CALL gds.graph.drop('chaingraph-supply', false) YIELD graphName;
