using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>The bundled sample (import/samples/shenzhen) imported once into a temporary SQLite store and loaded.</summary>
public sealed class BundledSample : IDisposable, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-sample-tests", Guid.NewGuid().ToString("N"));

    public Dataset Dataset { get; private set; } = null!;

    /// <summary>Imports the sample (xunit calls it for a class fixture).</summary>
    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        using var store = SqliteGraphStore.Open(Path.Combine(_folder, "sample.db"));
        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")));
        if (!outcome.Written) throw new InvalidOperationException($"the bundled sample was rejected: {outcome.Report.Errors.First()}");
        Dataset = await store.LoadDatasetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
