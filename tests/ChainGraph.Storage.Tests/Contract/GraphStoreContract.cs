using System.Text;
using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, run against each store by deriving from this class: imports through
/// <see cref="Importer"/> are all-or-nothing, idempotent, counted, versioned, and load back field for field, hostile
/// names included.
/// </summary>
public abstract class GraphStoreContract : IDisposable
{
    /// <summary>Names an injectable statement would choke on, and Unicode that a careless encoder would mangle.</summary>
    public static readonly string[] HostileNames =
    [
        "'}) DETACH DELETE n //",
        "\"}) MATCH (n) DETACH DELETE n; // \\\" $rows {id: 1}",
        "`Enterprise`:`Chain` ${meta} \\u0041 \\ backslash",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 👩‍👩‍👧 ‮עברית‬ e\u0301 zero\u200Bwidth ﷽",
    ];

    private const string HostileSegmentId = "seg'}) MATCH (n) DETACH DELETE n //";

    protected GraphStoreContract() => Folder = new TestFolder();

    protected TestFolder Folder { get; }

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IGraphStore> CreateStore();

    public virtual void Dispose()
    {
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }

    [ContractFact]
    public async Task Import_Templates_CountsEveryRecordAndVersionOne()
    {
        using var store = await CreateStore();

        var outcome = await Import(store);

        outcome.Counts!.Sum(c => c.Inserted).Should().Be(16);
        outcome.Counts!.Should().OnlyContain(c => c.Updated == 0 && c.Unchanged == 0);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
        (await store.GetVersionAsync()).Should().Be(1);
    }

    [ContractFact]
    public async Task Import_SameFilesTwice_SecondChangesNothingAndKeepsVersion()
    {
        using var store = await CreateStore();
        await Import(store);

        var second = await Import(store);

        second.Counts!.Should().OnlyContain(c => c.Inserted == 0 && c.Updated == 0 && c.Unchanged > 0);
        second.Counts!.Sum(c => c.Unchanged).Should().Be(16);
        (await store.GetVersionAsync()).Should().Be(1);
    }

    [ContractFact]
    public async Task Import_ChangedValue_CountsOneUpdateAndBumpsVersion()
    {
        using var store = await CreateStore();
        await Import(store);
        Folder.Replace("enterprises.csv", "1520.5", "1600");

        var outcome = await Import(store);

        outcome.Counts!.Single(c => c.Kind == RecordKind.Enterprises).Should().Be(new WriteCounts(RecordKind.Enterprises, 0, 1, 2));
        outcome.Counts!.Where(c => c.Kind != RecordKind.Enterprises).Should().OnlyContain(c => c.Inserted == 0 && c.Updated == 0);
        (await store.GetVersionAsync()).Should().Be(2);
        (await store.LoadDatasetAsync()).Enterprises.Single(e => e.Id == "91440300100000016D").AnnualOutput.Should().Be(1600);
    }

    [ContractFact]
    public async Task Import_OptionalValuesRemoved_LoadAsAbsent()
    {
        using var store = await CreateStore();
        await Import(store);
        Folder.Replace("enterprises.csv", "1520.5,1600,45.2,120000,0.06,0.05,0.18,1995-02-10,listed;hq_local,active,,,820", "1520.5,,,,,,,,,active,,,");
        Folder.Replace("enterprises.csv", "宜春,safety_hazard,310", ",,");
        Folder.Replace("supplies.csv", "0.85,2350000,0.2,180,2016-05-01", "0.85,,,,");

        var outcome = await Import(store);

        outcome.Counts!.Single(c => c.Kind == RecordKind.Supplies).Updated.Should().Be(1);
        var dataset = await store.LoadDatasetAsync();
        dataset.Enterprises.Single(e => e.Id == "91440300100000016D").Should().Be(
            new Enterprise("91440300100000016D", "深圳市示例汽车股份有限公司", "坪山", "广东", "CN", "C3612", 1520.5));
        dataset.Enterprises.Single(e => e.Id == "9136050020000003XX").Should().Match<Enterprise>(e => e.City == null && e.Compliance == ComplianceFlags.None && e.LandArea == null);
        var i = Enumerable.Range(0, dataset.Supplies.Count).Single(k => dataset.Supplies.Share[k] == 0.85f);
        (dataset.Supplies.AnnualValue[i], dataset.Supplies.Substitutability[i], dataset.Supplies.RecoveryDays[i]).Should().Be((float.NaN, float.NaN, -1));
    }

    [ContractFact]
    public async Task Import_ProjectChanged_CountsOneUpdateAndLoadsTheNewValues()
    {
        using var store = await CreateStore();
        await Import(store);
        Folder.Replace("projects.csv", ",91440300100000016D,", ",,");
        Folder.Replace("projects.csv", "48000,major-project,5000,approved", ",major-project,,in_progress");

        var outcome = await Import(store);

        outcome.Counts!.Single(c => c.Kind == RecordKind.Projects).Should().Be(new WriteCounts(RecordKind.Projects, 0, 1, 0));
        (await store.GetVersionAsync()).Should().Be(2);
        (await store.LoadDatasetAsync()).Projects.Single().Should().Match<Project>(p =>
            p.Partners.Count == 0 && p.Investment == null && p.Amount == null && p.Status == ProjectStatus.InProgress && p.Budget == 52000);
        (await Import(store)).Counts!.Should().OnlyContain(c => c.Inserted == 0 && c.Updated == 0, "a project without partners compares equal when read back");
    }

    [ContractFact]
    public async Task LoadDataset_AfterImport_RoundTripsEveryField()
    {
        using var store = await CreateStore();
        await Import(store);

        var dataset = await store.LoadDatasetAsync();

        ShouldHold(dataset, new ImportPlan(ImportSource.FromDirectory(Folder.Import)));
        dataset.Version.Should().Be((await store.GetVersionAsync()));
    }

    [ContractFact]
    public async Task Import_RejectedRow_LeavesStoreAsItWas()
    {
        using var store = await CreateStore();
        await Import(store);
        var before = (await store.GetStatsAsync(), (await store.GetVersionAsync()), Describe(await store.LoadDatasetAsync()));
        Folder.Replace("enterprises.csv", "1520.5", "1600");
        Folder.Append("supplies.csv", "914403001000000248,91440300100000016D,nev-cell,7,,,,");

        var outcome = await Import(store);

        outcome.Written.Should().BeFalse();
        (await store.GetStatsAsync(), (await store.GetVersionAsync()), Describe(await store.LoadDatasetAsync())).Should().Be(before);
    }

    [ContractFact]
    public async Task Import_HostileNamesAndIds_RoundTripAndHarmNothing()
    {
        using var store = await CreateStore();
        Folder.Replace("chains.csv", "新能源汽车", Csv(HostileNames[0]));
        Folder.Replace("segments.csv", "电芯", Csv(HostileNames[1]));
        Folder.Replace("enterprises.csv", "深圳市示例汽车股份有限公司", Csv(HostileNames[2]));
        Folder.Replace("enterprises.csv", "江西示例锂业股份有限公司", Csv(HostileNames[3]));
        foreach (var file in Directory.GetFiles(Folder.Import, "*.csv"))
            File.WriteAllText(file, File.ReadAllText(file).Replace("nev-cell", Csv(HostileSegmentId)), new UTF8Encoding(false));

        var outcome = await Import(store);

        outcome.Report.Errors.Should().BeEmpty();
        (await store.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
        var dataset = await store.LoadDatasetAsync();
        ShouldHold(dataset, new ImportPlan(ImportSource.FromDirectory(Folder.Import)));
        dataset.Chains.Single().Name.Should().Be(HostileNames[0]);
        dataset.Segments.Should().Contain(s => s.Id == HostileSegmentId && s.Name == HostileNames[1]);
        dataset.Enterprises.Select(e => e.Name).Should().Contain(HostileNames[2]).And.Contain(HostileNames[3]);
        (await Import(store)).Counts!.Should().OnlyContain(c => c.Inserted == 0 && c.Updated == 0, "hostile values compare equal when read back");
    }

    protected async Task<ImportOutcome> Import(IGraphStore store) => await Importer.ImportAsync(store, ImportSource.FromDirectory(Folder.Import));

    private static void ShouldHold(Dataset dataset, ImportPlan plan)
    {
        dataset.Enterprises.Should().BeEquivalentTo(plan.Enterprises);
        dataset.Chains.Should().BeEquivalentTo(plan.Chains);
        dataset.Segments.Should().BeEquivalentTo(plan.Segments);
        dataset.SegmentLinks.Should().BeEquivalentTo(plan.SegmentLinks);
        dataset.Memberships.Should().BeEquivalentTo(plan.Memberships);
        dataset.Events.Should().BeEquivalentTo(plan.Events);
        dataset.Projects.Should().Equal(plan.Projects);
        var supplies = dataset.Supplies;
        var loaded = Enumerable.Range(0, supplies.Count).Select(i => (
            dataset.Enterprises[supplies.Supplier[i]].Id, dataset.Enterprises[supplies.Customer[i]].Id, dataset.Segments[supplies.Segment[i]].Id,
            supplies.Share[i], supplies.AnnualValue[i], supplies.Substitutability[i], supplies.RecoveryDays[i]));
        var expected = plan.Supplies.Select(s => (s.SupplierId, s.CustomerId, s.SegmentId, (float)s.Share,
            s.AnnualValue is { } v ? (float)v : float.NaN, s.Substitutability is { } u ? (float)u : float.NaN, s.RecoveryDays ?? -1));
        loaded.Should().BeEquivalentTo(expected);
    }

    private static string Describe(Dataset d) => string.Join("\n",
        d.Enterprises.OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => e.ToString())
            .Concat(d.Chains.Select(c => c.ToString())).Concat(d.Segments.OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => s.ToString()))
            .Concat(d.Memberships.Select(m => m.ToString()).Order(StringComparer.Ordinal)).Concat(d.Events.Select(e => e.ToString()))
            .Concat(d.Projects.Select(p => $"{p} {p.PartnerList()}"))
            .Concat(d.Supplies.Share.ToArray().Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)));

    private static string Csv(string value) => value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
