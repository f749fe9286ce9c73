using System.Diagnostics;
using System.Text.Json;
using ChainGraph.Domain;
using ChainGraph.Storage;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "chaingraph-cli-tests", Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* a killed child may hold a file briefly */ }
    }

    private string StorePath => Path.Combine(_folder, "store.db");

    private static string Templates => RepositoryPaths.Of("import", "templates");

    [Fact]
    public void Import_Templates_ExitZeroWithSummaryThenStatsJson()
    {
        var import = CliProcess.Run(_folder, "import", Templates, "--store", StorePath);
        var stats = CliProcess.Run(_folder, "stats", "--json", "--store", StorePath);

        import.ExitCode.Should().Be(0, import.Error);
        import.Output.Should().Contain("supplies.csv").And.MatchRegex(@"total\s+16\s+16\s+0\s+0\s+0");
        import.Error.Should().MatchRegex(
            @"(?s)writing events\.csv.*\ncommitting store\.db\nsaving the snapshot store\.db\.snapshot\npreparing targets for every chain\n",
            "the steps after the last file are named while they run");
        stats.Output.Trim().Should().Be("""{"enterprises":3,"chains":1,"segments":3,"supplies":2,"events":1}""");
    }

    [Fact]
    public void Import_RejectedRow_ExitOneNamesFileLineColumnAndWritesNothing()
    {
        var bad = CopyTemplates();
        File.AppendAllText(Path.Combine(bad, "supplies.csv"), "914403001000000248,91440300100000016D,nev-cell,abc,,,,\n");

        var result = CliProcess.Run(_folder, "import", bad, "--store", StorePath);
        var stats = CliProcess.Run(_folder, "stats", "--json", "--store", StorePath);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("supplies.csv:4 [share]: error: 'abc' is not a number").And.Contain("nothing was written");
        stats.Output.Should().Contain("\"enterprises\":0");
    }

    [Fact]
    public void Validate_GoodFiles_ExitZeroAndWritesNothing()
    {
        var result = CliProcess.Run(_folder, "validate", Templates, "--store", StorePath);
        var stats = CliProcess.Run(_folder, "stats", "--json", "--store", StorePath);

        result.ExitCode.Should().Be(0, result.Error);
        stats.Output.Should().Contain("\"supplies\":0");
    }

    [Theory]
    [InlineData("import")]
    [InlineData("import", "/no/such/folder")]
    [InlineData("stats", "--bogus")]
    [InlineData("frobnicate")]
    public void Run_UsageError_ExitTwo(params string[] args) =>
        CliProcess.Run(_folder, [.. args, "--store", StorePath]).ExitCode.Should().Be(2);

    [Fact]
    public void Import_ReportOption_WritesEveryIssueAsJson()
    {
        var bad = CopyTemplates();
        for (var i = 0; i < 3; i++) File.AppendAllText(Path.Combine(bad, "chains.csv"), $"c{i},链,bad\n");
        var report = Path.Combine(_folder, "report.json");

        var result = CliProcess.Run(_folder, "import", bad, "--store", StorePath, "--report", report, "--max-issues", "1");

        result.Error.Should().Contain("and 2 more issues");
        JsonDocument.Parse(File.ReadAllText(report)).RootElement.GetProperty("issues").GetArrayLength().Should().Be(3);
    }

    [Fact]
    public async Task Import_ProcessKilledWhileWriting_StoreOpensWithPreviousData()
    {
        CliProcess.Run(_folder, "import", Templates, "--store", StorePath).ExitCode.Should().Be(0);
        var big = WriteLargeDataset(suppliersPerCustomer: 30, customers: 10_000);

        KillWhileWritingSupplies(big);

        using var store = await StoreFactory.OpenAsync(StorePath);
        (await store.GetStatsAsync()).Should().Be(new StoreStats(3, 1, 3, 2, 1));
        (await store.GetVersionAsync()).Should().Be(1);
        CliProcess.Run(_folder, "import", big, "--store", StorePath).ExitCode.Should().Be(0);
    }

    // A first import into a store nobody else has open is written with a rollback journal (SqliteGraphStore.TryWriteAlone):
    // killed mid-write, it leaves a hot journal, which the next open rolls back.
    [Fact]
    public async Task FirstImport_ProcessKilledWhileWriting_StoreOpensEmptyAndImportsAgain()
    {
        var big = WriteLargeDataset(suppliersPerCustomer: 30, customers: 10_000);

        KillWhileWritingSupplies(big);
        var journalLeft = File.Exists(StorePath + "-journal");

        using (var store = await StoreFactory.OpenAsync(StorePath))
        {
            (await store.GetStatsAsync()).Should().Be(new StoreStats(0, 0, 0, 0, 0));
            (await store.GetVersionAsync()).Should().Be(0);
            File.Exists(StorePath + "-journal").Should().BeFalse("the open rolled the hot journal back");
        }
        journalLeft.Should().BeTrue("the kill landed inside the rollback-journal write");
        CliProcess.Run(_folder, "import", big, "--store", StorePath).ExitCode.Should().Be(0);
    }

    // Imports the folder in a child process and kills it once it reports writing the supplies.
    private void KillWhileWritingSupplies(string folder)
    {
        using var process = Process.Start(CliProcess.StartInfo(_folder, ["import", folder, "--store", StorePath]))!;
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null && !line.StartsWith("writing supplies.csv")) { }
        line.Should().NotBeNull("the import should reach the supplies while writing");
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    [Fact]
    public async Task Snapshot_ProcessKilledWhileWritingIt_PreviousSnapshotOrNoneNeverATornOne()
    {
        CliProcess.Run(_folder, "import", WriteLargeDataset(suppliersPerCustomer: 30, customers: 10_000), "--store", StorePath).ExitCode.Should().Be(0);
        var snapshot = StoreFactory.SnapshotPath(StorePath);
        File.Exists(snapshot).Should().BeTrue("an import that changes data leaves a snapshot");
        Dataset expected;
        using (var plain = Storage.Sqlite.SqliteGraphStore.Open(StorePath)) expected = await plain.LoadDatasetAsync();
        var killedMidWrite = 0;

        for (var trial = 0; trial < 6; trial++)
        {
            if (trial % 2 == 0) File.Delete(snapshot);
            else File.WriteAllBytes(snapshot, File.ReadAllBytes(snapshot)[..100]);
            using (var process = Process.Start(CliProcess.StartInfo(_folder, ["checklist", "--store", StorePath, "--top", "1"]))!)
            {
                var watch = Stopwatch.StartNew();
                while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(1) && Directory.GetFiles(_folder, "store.db.snapshot.tmp-*").Length == 0) { }
                if (!process.HasExited) killedMidWrite++;
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }

            var read = Storage.Snapshots.SnapshotFile.TryRead(snapshot, expected.Version, out var problem);
            if (read is not null) read.Supplies.Supplier.ToArray().Should().Equal(expected.Supplies.Supplier.ToArray());
            else problem.Should().NotBeNull();
            using var store = await StoreFactory.OpenAsync(StorePath);
            (await store.LoadDatasetAsync()).Enterprises.Should().Equal(expected.Enterprises, "whatever the kill left, the store loads its real data");
        }
        killedMidWrite.Should().BePositive("at least one kill should land while the snapshot was being written");
    }

    [Fact]
    public void Stats_DefaultStore_CreatedAndSeededWithTheSampleOnFirstUse()
    {
        var first = CliProcess.Run(_folder, "stats", "--json");
        var second = CliProcess.Run(_folder, "stats", "--json");

        first.ExitCode.Should().Be(0, first.Error);
        File.Exists(Path.Combine(_folder, "chaingraph.db")).Should().BeTrue();
        var counts = JsonDocument.Parse(first.Output).RootElement;
        counts.GetProperty("enterprises").GetInt64().Should().BeInRange(3000, 6000);
        counts.GetProperty("chains").GetInt64().Should().Be(6);
        second.Output.Should().Be(first.Output);
    }

    private string CopyTemplates()
    {
        var target = Path.Combine(_folder, "bad");
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(Templates, "*.csv")) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    // One chain, two segments: every customer buys from `suppliersPerCustomer` distinct upstream firms.
    private string WriteLargeDataset(int suppliersPerCustomer, int customers)
    {
        var dir = Path.Combine(_folder, "big");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "chains.csv"), "id,name,category\nbig,大链,future\n");
        File.WriteAllText(Path.Combine(dir, "segments.csv"), "id,chain_id,name,stage,key\nbig-up,big,上游,upstream,true\nbig-down,big,下游,downstream,false\n");
        var upstream = Enumerable.Range(0, customers).Select(i => CreditCode.Create("440305", 20_000_000 + i)).ToArray();
        var downstream = Enumerable.Range(0, customers).Select(i => CreditCode.Create("440306", 30_000_000 + i)).ToArray();
        File.WriteAllLines(Path.Combine(dir, "enterprises.csv"),
            ["id,name,district,region,country,annual_output", .. upstream.Concat(downstream).Select((id, i) => $"{id},企业{i},南山,广东,CN,1")]);
        File.WriteAllLines(Path.Combine(dir, "enterprise_segments.csv"),
            ["enterprise_id,segment_id,role", .. upstream.Select(id => $"{id},big-up,supplier"), .. downstream.Select(id => $"{id},big-down,supplier")]);
        using var supplies = new StreamWriter(Path.Combine(dir, "supplies.csv"));
        supplies.WriteLine("supplier_id,customer_id,segment_id,share");
        for (var c = 0; c < customers; c++)
            for (var k = 0; k < suppliersPerCustomer; k++)
                supplies.WriteLine($"{upstream[(c * 7 + k * 131) % customers]},{downstream[c]},big-up,0.03");
        return dir;
    }
}
