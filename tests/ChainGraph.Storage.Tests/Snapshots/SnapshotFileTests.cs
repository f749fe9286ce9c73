using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Snapshots;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;

namespace ChainGraph.Storage.Tests.Snapshots;

/// <summary>
/// The persisted snapshot: the bundled sample survives the round trip exactly, and a snapshot that is stale, cut
/// short, flipped in one byte or not a snapshot at all is refused and rebuilt from the database.
/// </summary>
public sealed class SnapshotFileTests : IDisposable
{
    private readonly TestFolder _folder = new(withTemplates: false);

    private string SnapshotPath => _folder.Store + ".snapshot";

    [Fact]
    public async Task TryRead_BundledSampleWritten_EqualsWhatTheDatabaseLoads()
    {
        var expected = await SampleStore();

        SnapshotFile.Write(expected, SnapshotPath);
        var actual = SnapshotFile.TryRead(SnapshotPath, expected.Version, out var problem);

        problem.Should().BeNull();
        ShouldEqual(actual!, expected);
    }

    [Fact]
    public async Task TryRead_OtherDataVersion_RefusedAsStale()
    {
        var dataset = await SampleStore();
        SnapshotFile.Write(dataset, SnapshotPath);

        SnapshotFile.TryRead(SnapshotPath, dataset.Version + 1, out var problem).Should().BeNull();
        problem.Should().Contain($"data version {dataset.Version}");
    }

    [Fact]
    public async Task TryRead_EveryTruncation_Refused()
    {
        var dataset = await SampleStore();
        SnapshotFile.Write(dataset, SnapshotPath);
        var bytes = File.ReadAllBytes(SnapshotPath);

        foreach (var length in new[] { 0, 10, 40, 41, bytes.Length / 2, bytes.Length - 1 })
        {
            File.WriteAllBytes(SnapshotPath, bytes[..length]);
            SnapshotFile.TryRead(SnapshotPath, dataset.Version, out var problem).Should().BeNull($"{length} of {bytes.Length} bytes");
            problem.Should().NotBeNullOrEmpty();
        }
    }

    [Fact]
    public async Task TryRead_OneByteFlippedAnywhere_Refused()
    {
        var dataset = await SampleStore();
        SnapshotFile.Write(dataset, SnapshotPath);
        var bytes = File.ReadAllBytes(SnapshotPath);
        var random = new Random(7);

        for (var trial = 0; trial < 40; trial++)
        {
            var copy = (byte[])bytes.Clone();
            var at = trial < 8 ? trial * 5 : random.Next(copy.Length);
            copy[at] ^= (byte)(1 << random.Next(8));
            File.WriteAllBytes(SnapshotPath, copy);
            SnapshotFile.TryRead(SnapshotPath, dataset.Version, out _).Should().BeNull($"byte {at} was flipped");
        }
    }

    [Fact]
    public async Task LoadDataset_CorruptSnapshot_RebuiltFromTheDatabaseAndRewritten()
    {
        var expected = await SampleStore();
        File.WriteAllBytes(SnapshotPath, [.. "CGSNAP\r\n"u8, .. new byte[100]]);
        using var store = new SnapshotStore(SqliteGraphStore.Open(_folder.Store), SnapshotPath);

        var first = await store.LoadDatasetAsync();
        var firstFromSnapshot = store.LastLoadFromSnapshot;
        var second = await store.LoadDatasetAsync();

        firstFromSnapshot.Should().BeFalse();
        store.LastLoadFromSnapshot.Should().BeTrue("the first load rewrote the snapshot");
        ShouldEqual(first, expected);
        ShouldEqual(second, expected);
    }

    [Fact]
    public async Task Write_ImportThatChangesData_SnapshotFollowsTheNewVersion()
    {
        await SampleStore();
        using var store = new SnapshotStore(SqliteGraphStore.Open(_folder.Store), SnapshotPath);
        await store.LoadDatasetAsync();
        var templates = Path.Combine(_folder.Path, "templates");
        Directory.CreateDirectory(templates);
        foreach (var file in Directory.GetFiles(TestFolder.Templates, "*.csv")) File.Copy(file, Path.Combine(templates, Path.GetFileName(file)));

        (await Importer.ImportAsync(store, ImportSource.FromDirectory(templates))).Written.Should().BeTrue();

        SnapshotFile.TryRead(SnapshotPath, (await store.GetVersionAsync()), out var problem).Should().NotBeNull(problem);
        using var plain = SqliteGraphStore.Open(_folder.Store);
        ShouldEqual(await store.LoadDatasetAsync(), await plain.LoadDatasetAsync());
        store.LastLoadFromSnapshot.Should().BeTrue();
    }

    [Fact]
    public async Task Open_DefaultStoreFactory_LoadsThroughTheSnapshot()
    {
        await SampleStore();
        using (var first = await StoreFactory.OpenAsync(_folder.Store)) await first.LoadDatasetAsync();

        using var second = await StoreFactory.OpenAsync(_folder.Store);
        await second.LoadDatasetAsync();

        File.Exists(StoreFactory.SnapshotPath(Path.GetFullPath(_folder.Store))).Should().BeTrue();
        second.Should().BeOfType<SnapshotStore>().Which.LastLoadFromSnapshot.Should().BeTrue();
    }

    public void Dispose() => _folder.Dispose();

    private async Task<Dataset> SampleStore()
    {
        using var store = SqliteGraphStore.Open(_folder.Store);
        (await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")))).Written.Should().BeTrue();
        return await store.LoadDatasetAsync();
    }

    private static void ShouldEqual(Dataset actual, Dataset expected)
    {
        actual.Version.Should().Be(expected.Version);
        actual.Enterprises.Should().Equal(expected.Enterprises);
        actual.Chains.Should().Equal(expected.Chains);
        actual.Segments.Should().Equal(expected.Segments);
        actual.SegmentLinks.Should().Equal(expected.SegmentLinks);
        actual.Memberships.Should().Equal(expected.Memberships);
        actual.Events.Should().Equal(expected.Events);
        var (a, e) = (actual.Supplies, expected.Supplies);
        a.Supplier.ToArray().Should().Equal(e.Supplier.ToArray());
        a.Customer.ToArray().Should().Equal(e.Customer.ToArray());
        a.Segment.ToArray().Should().Equal(e.Segment.ToArray());
        a.Share.ToArray().Should().Equal(e.Share.ToArray());
        a.AnnualValue.ToArray().Should().Equal(e.AnnualValue.ToArray());
        a.Substitutability.ToArray().Should().Equal(e.Substitutability.ToArray());
        a.RecoveryDays.ToArray().Should().Equal(e.RecoveryDays.ToArray());
    }
}
