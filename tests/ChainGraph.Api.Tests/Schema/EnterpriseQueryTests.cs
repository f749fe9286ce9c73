using System.Text;
using ChainGraph.Api.Schema;
using ChainGraph.Api.Security;
using ChainGraph.Application.Snapshots;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;
using ChainGraph.Tests;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>
/// <see cref="EnterpriseQuery.Run"/> in the default order, both ways it answers: sorting its matches (before the snapshot's
/// output order is made) and reading them back in the order's ranks (after), against a comparison sort of a plain pass.
/// </summary>
public sealed class EnterpriseQueryTests
{
    [Fact]
    public async Task Run_BeforeAndAfterTheOutputOrderIsMade_SameFirmsAsAComparisonSort()
    {
        var data = await SampleWithTiedOutputs();
        var snapshot = AnalysisSnapshot.Create(data, "test", DateTimeOffset.UnixEpoch);
        var caller = new Caller("test", "test", Role.Analyst);
        var segmentChain = data.Segments.ToDictionary(s => s.Id, s => s.ChainId);
        var (nevSegment, icSegment) = (data.Segments.First(s => s.ChainId == "nev").Id, data.Segments.First(s => s.ChainId == "ic").Id);
        bool In(Enterprise e, Func<EnterpriseSegment, bool> membership) =>
            data.Memberships.Any(m => m.EnterpriseId == e.Id && membership(m));
        var cases = new (Dictionary<string, object?> Where, Func<Enterprise, bool> Expected)[]
        {
            (new() { ["chainId"] = "nev", ["location"] = Location.Local, ["minOutput"] = 1 },
                e => In(e, m => segmentChain[m.SegmentId] == "nev") && e.Location == Location.Local && e.AnnualOutput >= 1),
            (new() { ["chainId"] = "ic", ["location"] = Location.Local },
                e => In(e, m => segmentChain[m.SegmentId] == "ic") && e.Location == Location.Local),
            (new() { ["location"] = Location.Overseas, ["minOutput"] = 5.0 }, e => e.Location == Location.Overseas && e.AnnualOutput >= 5),
            (new() { ["segmentId"] = nevSegment, ["maxOutput"] = 20.0 }, e => In(e, m => m.SegmentId == nevSegment) && e.AnnualOutput <= 20),
            (new() { ["chainId"] = "nev", ["segmentId"] = icSegment },
                e => In(e, m => segmentChain[m.SegmentId] == "nev") && In(e, m => m.SegmentId == icSegment)),
            (new() { ["status"] = EnterpriseStatus.Active, ["role"] = SegmentRole.Core }, e => e.Status == EnterpriseStatus.Active
                && In(e, m => m.Role == SegmentRole.Core)),
            (new(), _ => true),
        };

        data.Enterprises.ByOutputIfMade.Should().BeNull();
        var sorted = cases.Select(c => EnterpriseQuery.Run(snapshot, caller, c.Where, null).ToArray()).ToList();
        _ = data.Enterprises.ByOutput;
        var ranked = cases.Select(c => EnterpriseQuery.Run(snapshot, caller, c.Where, null).ToArray()).ToList();

        for (var i = 0; i < cases.Length; i++)
        {
            var because = string.Join(", ", cases[i].Where.Select(p => $"{p.Key}: {p.Value}"));
            var wanted = ComparisonSort(data, data.Enterprises.Select((e, row) => (e, row)).Where(x => cases[i].Expected(x.e)).Select(x => x.row));
            sorted[i].Should().Equal(wanted, because);
            ranked[i].Should().Equal(wanted, because);
        }
    }

    // The bundled sample with outputs rounded to whole 亿元, so that long runs of equal output are ordered by id.
    private static async Task<Dataset> SampleWithTiedOutputs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chaingraph-api-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using var store = SqliteGraphStore.Open(Path.Combine(folder, "store.db"));
            await Importer.ImportAsync(store, ImportSource.FromDirectory(RepositoryPaths.Of("import", "samples", "shenzhen")));
            var sample = await store.LoadDatasetAsync();
            return new DatasetBuilder
            {
                Enterprises = [.. sample.Enterprises.Select(e => e with { AnnualOutput = Math.Round(e.AnnualOutput) })],
                Chains = sample.Chains, Segments = sample.Segments, SegmentLinks = sample.SegmentLinks, Memberships = sample.Memberships,
                Supplies = sample.Supplies, Events = sample.Events, Projects = sample.Projects, Version = sample.Version,
            }.Build();
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static int[] ComparisonSort(Dataset data, IEnumerable<int> rows)
    {
        var all = data.Enterprises;
        var sorted = rows.ToArray();
        Array.Sort(sorted, (a, b) => (-all.Output(a)).CompareTo(-all.Output(b)) is var order and not 0
            ? order
            : Encoding.UTF8.GetBytes(all.Id(a)).AsSpan().SequenceCompareTo(Encoding.UTF8.GetBytes(all.Id(b))));
        return sorted;
    }
}
