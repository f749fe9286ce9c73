using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Risk;

/// <summary>The bundled sample (import/samples/shenzhen) imported once into a temporary SQLite store and loaded.</summary>
public sealed class BundledSample : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-sample-tests", Guid.NewGuid().ToString("N"));

    public BundledSample()
    {
        Directory.CreateDirectory(_folder);
        using var store = SqliteGraphStore.Open(Path.Combine(_folder, "sample.db"));
        var outcome = Importer.Import(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")));
        if (!outcome.Written) throw new InvalidOperationException($"the bundled sample was rejected: {outcome.Report.Errors.First()}");
        Dataset = store.LoadDataset();
    }

    public Dataset Dataset { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
