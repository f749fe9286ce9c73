using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>The store contract over the transactional endpoint of an emulated Neo4j 5.12 (no Query API).</summary>
public sealed class EmulatedTransactionalContractTests() : EmulatedNeo4jContract(Neo4jProtocol.Transactional, "5.12.0");
