namespace ChainGraph.Storage.Tests.Contract;

/// <summary>The store contract on a live Neo4j (<c>NEO4J_URI</c>); skipped with the reason shown when none is configured.</summary>
[RequiresNeo4j]
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStore() => await LiveNeo4j.OpenEmpty();
}
