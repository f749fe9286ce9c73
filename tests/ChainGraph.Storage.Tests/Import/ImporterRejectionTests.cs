using System.Text;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>Every rejection reason: the issue names file, line, column and reason, and the store is exactly as before.</summary>
public sealed class ImporterRejectionTests : IDisposable, IAsyncLifetime
{
    private const string Owner = "91440300100000016D";
    private const string CellMaker = "914403001000000248";
    private const string Lithium = "9136050020000003XX";
    private const string Stranger = "91440300100000059T";
    private const string NewFirm = "91440300100000067M";

    private readonly TestFolder _folder = new();
    private readonly SqliteGraphStore _store;

    public ImporterRejectionTests() => _store = SqliteGraphStore.Open(_folder.Store);

    public async Task InitializeAsync() =>
        (await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import))).Written.Should().BeTrue();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    public static TheoryData<string, Action<TestFolder>, string, int, string?, string> Cases => new()
    {
        { "bad credit code", f => f.Append("enterprises.csv", "91440300100000017D,坏代码公司,南山,广东,CN,,1,,,,,,,,,,,,"), "enterprises.csv", 5, "id", "check character" },
        { "credit code with a forbidden letter", f => f.Append("enterprises.csv", "9144030010000001OD,坏代码公司,南山,广东,CN,,1,,,,,,,,,,,,"), "enterprises.csv", 5, "id", "not allowed" },
        { "unknown segment", f => f.Append("enterprise_segments.csv", $"{CellMaker},nev-nothing,supplier"), "enterprise_segments.csv", 5, "segment_id", "unknown segment 'nev-nothing'" },
        { "supplier that does not exist", f => f.Append("supplies.csv", $"{Stranger},{Owner},nev-cell,0.1,,,,"), "supplies.csv", 4, "supplier_id", "does not exist" },
        { "share above 1", f => f.Replace("supplies.csv", ",0.85,", ",1.85,"), "supplies.csv", 2, "share", "outside the range 0–1" },
        { "negative share", f => f.Replace("supplies.csv", ",0.85,", ",-0.1,"), "supplies.csv", 2, "share", "outside" },
        { "duplicate enterprise id", f => f.Append("enterprises.csv", $"{Owner},另一家公司,南山,广东,CN,,1,,,,,,,,,,,,"), "enterprises.csv", 5, "id", "duplicate enterprise id" },
        { "duplicate chain id", f => f.Append("chains.csv", "nev,新能源汽车二,future"), "chains.csv", 3, "id", "duplicate chain id" },
        { "wrong number of columns", f => f.Append("chains.csv", "ic,集成电路"), "chains.csv", 3, null, "expected 3 columns" },
        { "bad number", f => f.Replace("enterprises.csv", "1520.5", "15x0"), "enterprises.csv", 2, "annual_output", "not a number" },
        { "bad integer", f => f.Replace("enterprises.csv", "120000", "12万"), "enterprises.csv", 2, "employees", "not a whole number" },
        { "bad date", f => f.Replace("enterprises.csv", "1995-02-10", "1995-13-10"), "enterprises.csv", 2, "founded", "not a date" },
        { "missing required value", f => f.Replace("enterprises.csv", "深圳市示例汽车股份有限公司", ""), "enterprises.csv", 2, "name", "required" },
        { "self-supply", f => f.Append("supplies.csv", $"{CellMaker},{CellMaker},nev-cell,0.1,,,,"), "supplies.csv", 4, "customer_id", "cannot supply itself" },
        { "duplicate supply", f => f.Append("supplies.csv", $"{CellMaker},{Owner},nev-cell,0.1,,,,"), "supplies.csv", 4, "segment_id", "duplicate supply" },
        { "shares above 1 in total", f => f.Append("supplies.csv", $"{Lithium},{Owner},nev-cell,0.3,,,,"), "supplies.csv", 4, "share", "add up to 1.15" },
        { "supply segment outside the customer's chain", AddSecondChain, "supplies.csv", 4, "segment_id", "serves no segment of that chain" },
        { "segment of an unknown chain", f => f.Append("segments.csv", "x-1,nochain,某环节,upstream,false"), "segments.csv", 5, "chain_id", "unknown chain" },
        { "cycle in the segment template", f => f.Append("segment_links.csv", "nev-vehicle,nev-lithium"), "segment_links.csv", 4, "to", "cycle" },
        { "unknown category word", f => f.Replace("chains.csv", "strategic-emerging", "strategic"), "chains.csv", 2, "category", "is not one of" },
        { "unknown district", f => f.Replace("enterprises.csv", "坪山", "浦东"), "enterprises.csv", 2, "district", "not a district" },
        { "overseas firm with a district", f => f.Replace("enterprises.csv", "坪山,广东,CN", "坪山,,JP"), "enterprises.csv", 2, "district", "cannot have a Chinese district" },
        { "unknown label", f => f.Replace("enterprises.csv", "listed;hq_local", "listed;famous"), "enterprises.csv", 2, "labels", "'famous' is not a label" },
        { "unknown compliance word", f => f.Replace("enterprises.csv", "safety_hazard", "safety_hazard;smuggling"), "enterprises.csv", 4, "compliance", "'smuggling' is not a compliance finding" },
        { "negative land area", f => f.Replace("enterprises.csv", ",,,820", ",,,-5"), "enterprises.csv", 2, "land_area", "outside the range ≥ 0" },
        { "land area not a number", f => f.Replace("enterprises.csv", ",,,820", ",,,八百"), "enterprises.csv", 2, "land_area", "not a number" },
        { "city with a district", f => f.Replace("enterprises.csv", ",,,820", ",东莞,,820"), "enterprises.csv", 2, "city", "a district or a city, not both" },
        { "city not in the province", f => f.Replace("enterprises.csv", ",江西,CN", ",广东,CN"), "enterprises.csv", 4, "city", "'宜春' is not a prefecture-level city of 广东" },
        { "the city itself as a city", f => { f.Replace("enterprises.csv", ",江西,CN", ",广东,CN"); f.Replace("enterprises.csv", "宜春", "深圳"); }, "enterprises.csv", 4, "city", "located by its district" },
        { "city without its region", f => f.Replace("enterprises.csv", ",江西,CN", ",,CN"), "enterprises.csv", 4, "city", "needs its region" },
        { "overseas firm with a city", f => f.Replace("enterprises.csv", ",江西,CN", ",,JP"), "enterprises.csv", 4, "city", "cannot have a Chinese city" },
        { "event severity above 1", f => f.Replace("events.csv", ",0.4", ",1.4"), "events.csv", 2, "severity", "outside" },
        { "event of an unknown enterprise", f => f.Append("events.csv", $"{Stranger},2024-01-01,quality,0.2"), "events.csv", 3, "enterprise_id", "does not exist" },
        { "duplicate event", f => f.Append("events.csv", $"{Lithium},2024-03-15,capacity_cut,0.2"), "events.csv", 3, "type", "duplicate event" },
        { "membership of an unknown enterprise", f => f.Append("enterprise_segments.csv", $"{NewFirm},nev-cell,supplier"), "enterprise_segments.csv", 5, "enterprise_id", "does not exist" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_BadRow_RejectedWithWhereAndWhyAndStoreUnchanged(string reason, Action<TestFolder> corrupt, string file, int line, string? column, string message)
    {
        corrupt(_folder);
        var before = await Snapshot();

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Written.Should().BeFalse(reason);
        outcome.Report.Errors.Should().Contain(i => i.File.EndsWith(file) && i.Line == line && i.Column == column && i.Message.Contains(message),
            $"{reason} should be reported; got {string.Join("; ", outcome.Report.Errors)}");
        (await Snapshot()).Should().Be(before);
    }

    [Fact]
    public async Task Import_InvalidUtf8_RejectedWithLineAndColumn()
    {
        var bytes = File.ReadAllBytes(_folder.File("chains.csv")).Concat(Encoding.UTF8.GetBytes("ic,集成")).Concat(new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(",future\n")).ToArray();
        _folder.WriteBytes("chains.csv", bytes);

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Should().ContainSingle(i => i.File.EndsWith("chains.csv") && i.Line == 3 && i.Column == "name" && i.Message.Contains("UTF-8"));
    }

    [Fact]
    public async Task Import_ManyBadRows_ReportsEveryOne()
    {
        for (var i = 0; i < 5; i++) _folder.Append("chains.csv", $"c{i},链{i},nonsense");

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Select(e => e.Line).Should().Equal(3, 4, 5, 6, 7);
        outcome.Report.RejectedRows.Should().Be(5);
    }

    // The file is parsed on another thread than the one that checks its rows (ImportValidator.Rows): the parse's errors (a
    // share that is not a number) and the checks' (a supplier not in the store) still come out in line order, across the
    // batches the rows travel in, and the error the reader raises after the last row comes last.
    [Fact]
    public async Task Import_ParseAndCheckErrorsAcrossManyRows_ReportedInLineOrder()
    {
        const int added = 3000;
        for (var i = 0; i < added; i++)
            _folder.Append("supplies.csv", i % 3 == 0 ? $"{CellMaker},{Owner},nev-cell,x,,,," : $"{Stranger},{Owner},nev-cell,0.1,,,,");
        _folder.Append("supplies.csv", $"{CellMaker},{Owner},\"nev-cell,0.1,,,,");
        var firstAdded = System.IO.File.ReadAllLines(_folder.File("supplies.csv")).Length - added;

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        var errors = outcome.Report.Errors.Where(e => e.File.EndsWith("supplies.csv")).ToList();
        errors.Select(e => (e.Line, e.Column)).Take(added).Should().Equal(
            Enumerable.Range(0, added).Select(i => (firstAdded + i, (string?)(i % 3 == 0 ? "share" : "supplier_id"))));
        errors.Should().HaveCount(added + 1);
        errors[^1].Line.Should().Be(firstAdded + added);
        outcome.Report.RejectedRows.Should().Be(added + 1);
    }

    [Fact]
    public async Task Import_CsvAndJsonlOfTheSameKind_Refused()
    {
        _folder.Write("chains.jsonl", "{\"id\":\"x\",\"name\":\"y\",\"category\":\"future\"}\n");

        var outcome = await Importer.ImportAsync(_store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Should().Contain(i => i.Message.Contains("chains.csv and chains.jsonl"));
    }

    private static void AddSecondChain(TestFolder f)
    {
        f.Append("chains.csv", "ic,集成电路,strategic-emerging");
        f.Append("segments.csv", "ic-design,ic,设计,midstream,true");
        f.Append("enterprise_segments.csv", $"{Lithium},ic-design,supplier");
        f.Append("supplies.csv", $"{Lithium},{Owner},ic-design,0.2,,,,");
    }

    private async Task<string> Snapshot()
    {
        var dataset = await _store.LoadDatasetAsync();
        return $"{(await _store.GetVersionAsync())}|{await _store.GetStatsAsync()}|{string.Join(",", dataset.Enterprises)}|{string.Join(",", dataset.Supplies.Share.ToArray())}";
    }
}
