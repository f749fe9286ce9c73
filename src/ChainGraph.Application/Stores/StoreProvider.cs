using ChainGraph.Storage;
using ChainGraph.Storage.Neo4j;
using ChainGraph.Storage.Snapshots;
using ChainGraph.Application.Settings;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Stores;

/// <summary>
/// Opens a store per use. SQLite connections are cheap and WAL lets readers run beside a writer; for Neo4j, every
/// store shares one HTTP client (one connection pool, one discovery), created on first use and disposed with the
/// provider.
/// </summary>
public sealed class StoreProvider : IDisposable
{
    private readonly Lazy<Func<IGraphStore>> _open;
    private Neo4jHttpClient? _neo4j;

    /// <summary>
    /// A provider for the store <paramref name="options"/> name; <paramref name="neo4j"/> is read only for a Neo4j store.
    /// </summary>
    public StoreProvider(IOptions<StoreOptions> options, IOptions<Neo4jOptions> neo4j) =>
        _open = new(() => Opener(options.Value, neo4j.Value));

    private long _opened;

    /// <summary>How many times a store was opened (each open is a round-trip to the store); for tests and metrics.</summary>
    public long OpenCount => Interlocked.Read(ref _opened);

    /// <summary>Opens the store; the caller disposes it.</summary>
    public IGraphStore Open()
    {
        Interlocked.Increment(ref _opened);
        return _open.Value();
    }

    /// <inheritdoc/>
    public void Dispose() => _neo4j?.Dispose();

    private Func<IGraphStore> Opener(StoreOptions store, Neo4jOptions neo4j)
    {
        store.Validate();
        if (!store.IsNeo4j) return SqliteOpener(store);
        var client = _neo4j = new Neo4jHttpClient(neo4j);
        var snapshot = StoreFactory.SnapshotPath(client.Location);
        return () => new SnapshotStore(new Neo4jGraphStore(client), snapshot);
    }

    private static Func<IGraphStore> SqliteOpener(StoreOptions store)
    {
        // Opening once up front creates and seeds the default store before the first request.
        string path;
        using (var first = StoreFactory.Open(string.IsNullOrEmpty(store.Path) ? null : store.Path)) path = first.Location;
        return () => StoreFactory.Open(path);
    }
}
