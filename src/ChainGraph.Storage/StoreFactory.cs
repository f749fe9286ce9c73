using ChainGraph.Storage.Import;
using ChainGraph.Storage.Neo4j;
using ChainGraph.Storage.Snapshots;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage;

/// <summary>
/// Opens the store a command or the service asks for. With no path, that is the embedded store under the
/// data folder (<c>CHAINGRAPH_DATA</c>, default <c>~/.local/share/chaingraph</c>), created and seeded with the
/// bundled Shenzhen sample the first time it is used. An explicit path opens (or creates) an empty store; a
/// <c>neo4j://user:pass@host:7474/db</c> location (also <c>neo4j+http://</c>, <c>neo4j+https://</c>; credentials may
/// come from <c>NEO4J_USER</c>/<c>NEO4J_PASSWORD</c> instead) opens a <see cref="Neo4jGraphStore"/>, never seeded.
/// Every store is opened behind a <see cref="SnapshotStore"/>: its loads come from a persisted snapshot beside the
/// database (<see cref="SnapshotPath"/>) whenever that holds the current data version.
/// </summary>
public static class StoreFactory
{
    public const string DataFolderVariable = "CHAINGRAPH_DATA";
    public const string DefaultFileName = "chaingraph.db";

    public static string DataFolder =>
        Environment.GetEnvironmentVariable(DataFolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.Create), "chaingraph");

    public static string DefaultPath => Path.Combine(DataFolder, DefaultFileName);

    /// <summary>The bundled sample dataset, copied beside the program at build time.</summary>
    public static string SamplePath => Path.Combine(AppContext.BaseDirectory, "samples", "shenzhen");

    /// <summary>Opens (a server: connects to) the store at <paramref name="path"/>; the caller disposes it.</summary>
    public static async Task<IGraphStore> OpenAsync(string? path = null, TimeProvider? time = null,
        CancellationToken cancellationToken = default)
    {
        if (Neo4jOptions.IsLocation(path))
        {
            var neo4j = await Neo4jGraphStore.OpenAsync(Neo4jOptions.FromLocation(path!), time, cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            return new SnapshotStore(neo4j, SnapshotPath(neo4j.Location));
        }
        var target = path ?? DefaultPath;
        var isNew = !File.Exists(target);
        var store = OpenEmbedded(target, time);
        if (path is null && isNew) await SeedAsync(store, cancellationToken).ConfigureAwait(false);
        return store;
    }

    /// <summary>Opens (or creates, empty) the embedded store at <paramref name="path"/>, behind its snapshot; never seeds.</summary>
    public static IGraphStore OpenEmbedded(string path, TimeProvider? time = null) =>
        new SnapshotStore(SqliteGraphStore.Open(path, time), SnapshotPath(Path.GetFullPath(path)));

    /// <summary>
    /// Where the persisted snapshot of a store lives: beside an embedded database (<c>chaingraph.db.snapshot</c>), or in
    /// the data folder for a server, named after its location (never its password).
    /// </summary>
    public static string SnapshotPath(string location) =>
        location.Contains("://", StringComparison.Ordinal)
            ? Path.Combine(DataFolder, "snapshots", string.Concat(location.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'))
                + ".snapshot")
            : location + ".snapshot";

    private static async Task SeedAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(SamplePath), cancellationToken: cancellationToken)
                .ConfigureAwait(false);
            if (!outcome.Written)
                throw new InvalidDataException($"the bundled sample in {SamplePath} was rejected: {outcome.Report.Errors.First()}");
        }
        catch
        {
            store.Dispose();
            SqliteFiles.Delete(store.Location);
            File.Delete(SnapshotPath(store.Location));
            throw;
        }
    }
}
