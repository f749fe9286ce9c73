using ChainGraph.Storage.Neo4j;
using ChainGraph.Storage.Tests.Neo4j;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>
/// The store contract on <see cref="Neo4jGraphStore"/> over real HTTP to an <see cref="EmulatedNeo4j"/>. Pages and
/// batches of two rows make paging and batching happen on the templates. Checks our client, writer and loader end
/// to end; the Cypher text itself is checked only by a live server (<see cref="Neo4jGraphStoreContractTests"/>).
/// </summary>
public abstract class EmulatedNeo4jContract : GraphStoreContract
{
    private readonly FakeNeo4jServer _server;

    protected EmulatedNeo4jContract(Neo4jProtocol protocol, string version)
    {
        Neo4j = new EmulatedNeo4j(protocol, version);
        _server = FakeNeo4jServer.StartAsync(Neo4j.Respond).GetAwaiter().GetResult();
    }

    protected EmulatedNeo4j Neo4j { get; }

    protected override async Task<IGraphStore> CreateStore()
    {
        var options = _server.Options();
        options.BatchSize = 2;
        options.PageSize = 2;
        return await Neo4jGraphStore.OpenAsync(options);
    }

    public override void Dispose()
    {
        _server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        base.Dispose();
    }
}
