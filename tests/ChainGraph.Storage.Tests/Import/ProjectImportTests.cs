using ChainGraph.Domain;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>
/// projects.csv (攻关项目清单): every rule rejects its row naming file, line, column and reason with the store unchanged;
/// re-import changes nothing; an item that is not on the current checklist is only a warning.
/// </summary>
public sealed class ProjectImportTests : IDisposable, IAsyncLifetime
{
    private const string Header = "id,item_id,chain_id,segment_id,lead_enterprise_id,partners,goal,budget,investment,instrument,amount,status,quarter";
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";
    private const string Lithium = "9136050020000003XX";
    private const string Stranger = "91440300100000059T";

    private readonly TestFolder _folder = new();
    private readonly SqliteGraphStore _store;

    public ProjectImportTests() => _store = SqliteGraphStore.Open(_folder.Store);

    public async Task InitializeAsync() =>
        (await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    private static string Row(string id = "p2", string item = "link:nev:nev-cell", string chain = "nev", string segment = "nev-cell",
        string lead = CellMaker, string partners = Lithium, string budget = "8000", string investment = "6000", string instrument = "technical-renovation",
        string amount = "1200", string status = "proposed", string quarter = "2026Q4") =>
        $"{id},{item},{chain},{segment},{lead},{partners},扩建电芯产线,{budget},{investment},{instrument},{amount},{status},{quarter}";

    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "unknown lead firm", Row(lead: Stranger), "lead_enterprise_id", $"enterprise '{Stranger}' does not exist" },
        { "lead with a bad credit code", Row(lead: "91440300100000017D"), "lead_enterprise_id", "check character" },
        { "unknown partner", Row(partners: $"{Lithium};{Stranger}"), "partners", $"enterprise '{Stranger}' does not exist" },
        { "lead also a partner", Row(partners: CellMaker), "partners", "also listed as a partner" },
        { "partner twice", Row(partners: $"{Lithium};{Lithium}"), "partners", "listed twice" },
        { "unknown instrument", Row(instrument: "tax-holiday"), "instrument", "'tax-holiday' is not a policy instrument" },
        { "amount above the cap", Row(instrument: "supply-chain-service", amount: "600"), "amount", "above the cap of supply-chain-service (供应链服务, 第14条): 500万元" },
        { "amount above the technical renovation cap", Row(amount: "5000.5"), "amount", "cap of technical-renovation" },
        { "negative budget", Row(budget: "-1"), "budget", "outside the range ≥ 0" },
        { "budget not a number", Row(budget: "八千"), "budget", "not a number" },
        { "negative investment", Row(investment: "-5"), "investment", "outside the range ≥ 0" },
        { "bad status", Row(status: "done"), "status", "'done' is not one of proposed | approved | in_progress | accepted" },
        { "bad quarter", Row(quarter: "2026Q5"), "quarter", "'2026Q5' is not a quarter" },
        { "quarter written as a date", Row(quarter: "2026-10-01"), "quarter", "not a quarter" },
        { "duplicate id", Row(id: "nev-lithium-2026q4"), "id", "duplicate project id 'nev-lithium-2026q4' (first on line 2)" },
        { "unknown chain", Row(chain: "ic", item: "link:ic:nev-cell"), "chain_id", "unknown chain 'ic'" },
        { "item of another chain", Row(item: "link:ic:nev-cell"), "item_id", "is in chain 'ic', not 'nev'" },
        { "not an item id", Row(item: "nev-cell"), "item_id", "is not a checklist item id" },
        { "segment other than the item's", Row(segment: "nev-lithium"), "segment_id", "is about segment 'nev-cell', not 'nev-lithium'" },
        { "unknown segment", Row(item: "chokepoint:nev:" + Lithium, segment: "nev-nothing"), "segment_id", "unknown segment 'nev-nothing'" },
        { "missing goal", Row().Replace("扩建电芯产线", ""), "goal", "a value is required" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_BadProjectRow_RejectedWithWhereAndWhyAndStoreUnchanged(string reason, string row, string column, string message)
    {
        _folder.Append("projects.csv", row);
        var before = ((await _store.GetVersionAsync()), Describe(await _store.LoadDatasetAsync()));

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Written.Should().BeFalse(reason);
        outcome.Report.Errors.Should().Contain(i => i.File.EndsWith("projects.csv") && i.Line == 3 && i.Column == column && i.Message.Contains(message),
            $"{reason}: {string.Join(" | ", outcome.Report.Errors)}");
        ((await _store.GetVersionAsync()), Describe(await _store.LoadDatasetAsync())).Should().Be(before);
    }

    [Fact]
    public async Task Import_ValidProject_InsertedWithEveryField()
    {
        _folder.Append("projects.csv", Row(instrument: "technical_renovation"));

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Counts!.Single(c => c.Kind == RecordKind.Projects).Should().Be(new WriteCounts(RecordKind.Projects, 1, 0, 1));
        (await _store.LoadDatasetAsync()).Projects.Single(p => p.Id == "p2").Should().Be(new Project("p2", "link:nev:nev-cell", "nev", "nev-cell", CellMaker, [Lithium],
            "扩建电芯产线", 8000, 6000, "technical-renovation", 1200, ProjectStatus.Proposed, "2026Q4"));
    }

    [Fact]
    public async Task Import_SameProjectsTwice_SecondChangesNothingAndKeepsVersion()
    {
        var version = (await _store.GetVersionAsync());

        var again = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        again.Counts!.Single(c => c.Kind == RecordKind.Projects).Should().Be(new WriteCounts(RecordKind.Projects, 0, 0, 1));
        (await _store.GetVersionAsync()).Should().Be(version);
    }

    [Fact]
    public async Task Import_ProjectsAsJsonLines_SameRecordAsCsv()
    {
        var csv = (await _store.LoadDatasetAsync()).Projects.Single();
        File.Delete(_folder.File("projects.csv"));
        File.WriteAllText(_folder.File("projects.jsonl"),
            $$"""{"id":"nev-lithium-2026q4","item_id":"link:nev:nev-lithium","chain_id":"nev","segment_id":"nev-lithium","lead_enterprise_id":"{{CellMaker}}","partners":["{{Owner}}"],"goal":"{{csv.Goal}}","budget":52000,"investment":48000,"instrument":"major-project","amount":5000,"status":"approved","quarter":"2026Q4"}""" + "\n");

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Should().BeEmpty();
        outcome.Counts!.Single(c => c.Kind == RecordKind.Projects).Unchanged.Should().Be(1);
    }

    [Fact]
    public async Task Validate_ItemNotOnTheCurrentChecklist_WarnsAndAccepts()
    {
        _folder.Append("projects.csv", Row());
        IReadOnlySet<string> checklist = new HashSet<string> { "link:nev:nev-lithium" };

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import), checklistItems: _ => checklist);

        outcome.Written.Should().BeTrue();
        outcome.Report.Warnings.Should().ContainSingle(i => i.Line == 3 && i.Column == "item_id" && i.Message.Contains("not on the current checklist"));
    }

    [Fact]
    public async Task Validate_ProjectsOnlyWithItemsOffTheChecklist_WarnsPerRowAndWritesNothing()
    {
        foreach (var file in Directory.GetFiles(_folder.Import).Where(f => !f.EndsWith("projects.csv"))) File.Delete(file);
        _folder.Append("projects.csv", Row());
        var version = (await _store.GetVersionAsync());

        var report = await Importer.ValidateAsync(_store, ImportSource.FromDirectory(_folder.Import), checklistItems: _ => new HashSet<string>());

        report.Accepted.Should().BeTrue();
        report.Warnings.Select(w => (w.Line, w.Column)).Should().Equal((2, "item_id"), (3, "item_id"));
        (await _store.GetVersionAsync()).Should().Be(version);
    }

    [Fact]
    public async Task Import_ProjectOnly_RefersToFirmsInTheStore()
    {
        foreach (var file in Directory.GetFiles(_folder.Import).Where(f => !f.EndsWith("projects.csv"))) File.Delete(file);
        File.WriteAllText(_folder.File("projects.csv"), Header + "\n" + Row() + "\n");

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Should().BeEmpty();
        (await _store.LoadDatasetAsync()).Projects.Select(p => p.Id).Should().BeEquivalentTo(["nev-lithium-2026q4", "p2"]);
    }

    private static string Describe(Dataset d) =>
        string.Join("\n", d.Projects.Select(p => $"{p} {p.PartnerList()}")) + $"|{d.Enterprises.Count}|{d.Supplies.Count}";
}
