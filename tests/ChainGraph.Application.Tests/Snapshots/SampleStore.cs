using ChainGraph.Application.Settings;
using ChainGraph.Application.Stores;
using ChainGraph.Domain;
using ChainGraph.Storage;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Neo4j;
using ChainGraph.Tests;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

/// <summary>The bundled sample (import/samples/shenzhen) imported once into a temporary SQLite store.</summary>
public sealed class SampleStore : IDisposable, IAsyncLifetime
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("cg-application-");

    public SampleStore() => Path = System.IO.Path.Combine(_folder.FullName, "sample.db");

    /// <summary>The SQLite file.</summary>
    public string Path { get; }

    /// <summary>The sample as first loaded.</summary>
    public Dataset Dataset { get; private set; } = null!;

    /// <summary>A new store holding the sample.</summary>
    public static async Task<SampleStore> CreateAsync()
    {
        var sample = new SampleStore();
        await sample.InitializeAsync();
        return sample;
    }

    /// <summary>Imports the sample (xunit calls it for a class fixture).</summary>
    public async Task InitializeAsync()
    {
        using var store = await StoreFactory.OpenAsync(Path);
        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")));
        if (!outcome.Written) throw new InvalidOperationException($"the bundled sample was rejected: {outcome.Report.Errors.First()}");
        Dataset = await store.LoadDatasetAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A provider over this store.</summary>
    public StoreProvider Provider() => new(Options.Create(new StoreOptions { Path = Path }), Options.Create(new Neo4jOptions()));

    public void Dispose() => _folder.Delete(recursive: true);
}
