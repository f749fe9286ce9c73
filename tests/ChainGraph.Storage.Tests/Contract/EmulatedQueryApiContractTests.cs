using ChainGraph.Storage.Neo4j;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>The store contract over the Query API of an emulated Neo4j 5.26 (explicit transactions under <c>/query/v2/tx</c>).</summary>
public sealed class EmulatedQueryApiContractTests() : EmulatedNeo4jContract(Neo4jProtocol.QueryApi, "5.26.0");
