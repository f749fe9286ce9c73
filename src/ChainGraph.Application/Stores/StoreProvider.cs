using ChainGraph.Storage;
using ChainGraph.Storage.Neo4j;
using ChainGraph.Storage.Snapshots;
using ChainGraph.Application.Settings;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Stores;

/// <summary>
/// Opens a store per use. SQLite connections are cheap and WAL lets readers run beside a writer; for Neo4j, every
/// store shares one HTTP client (one connection pool, one discovery), created on first use and disposed with the
/// provider. The first open creates and seeds the default embedded store when it does not exist yet.
/// </summary>
public sealed class StoreProvider : IDisposable
{
    private readonly Lazy<Task<Func<IGraphStore>>> _open;
    private Neo4jHttpClient? _neo4j;
    private long _opened;

    /// <summary>
    /// A provider for the store <paramref name="options"/> name; <paramref name="neo4j"/> is read only for a Neo4j store.
    /// </summary>
    public StoreProvider(IOptions<StoreOptions> options, IOptions<Neo4jOptions> neo4j) =>
        _open = new(() => OpenerAsync(options.Value, neo4j.Value));

    /// <summary>How many times a store was opened (each open is a round-trip to the store); for tests and metrics.</summary>
    public long OpenCount => Interlocked.Read(ref _opened);

    /// <summary>Opens the store; the caller disposes it.</summary>
    public async Task<IGraphStore> OpenAsync(CancellationToken cancellationToken = default)
    {
        var open = await _open.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Increment(ref _opened);
        return open();
    }

    /// <inheritdoc/>
    public void Dispose() => _neo4j?.Dispose();

    private async Task<Func<IGraphStore>> OpenerAsync(StoreOptions store, Neo4jOptions neo4j)
    {
        store.Validate();
        if (!store.IsNeo4j) return await SqliteOpenerAsync(store).ConfigureAwait(false);
        var client = _neo4j = new Neo4jHttpClient(neo4j);
        var snapshot = StoreFactory.SnapshotPath(client.Location);
        return () => new SnapshotStore(new Neo4jGraphStore(client), snapshot);
    }

    // The first open (not cancelled by the caller that happened to trigger it) creates and seeds the default store.
    private static async Task<Func<IGraphStore>> SqliteOpenerAsync(StoreOptions store)
    {
        string path;
        using (var first = await StoreFactory.OpenAsync(string.IsNullOrEmpty(store.Path) ? null : store.Path).ConfigureAwait(false))
            path = first.Location;
        return () => StoreFactory.OpenEmbedded(path);
    }
}
