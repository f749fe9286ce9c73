using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>The store contract on the embedded SQLite store.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract
{
    protected override Task<IGraphStore> CreateStore() => Task.FromResult<IGraphStore>(SqliteGraphStore.Open(Folder.Store));
}
