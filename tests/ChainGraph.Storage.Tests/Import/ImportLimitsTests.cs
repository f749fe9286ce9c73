using System.Diagnostics;
using ChainGraph.Storage.Import;
using ChainGraph.Storage.Sqlite;

namespace ChainGraph.Storage.Tests.Import;

/// <summary>Finding 2: size caps per file and per import, bounded records, and only regular files read (CLI and API alike).</summary>
public sealed class ImportLimitsTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void FromDirectory_FileOverPerFileLimit_ErrorNamingFileAndNotRead()
    {
        var limits = new ImportLimits(MaxFileBytes: 100, MaxImportBytes: 1 << 30, MaxLineBytes: ImportLimits.MinLineBytes);
        var big = new FileInfo(_folder.File("enterprises.csv")).Length;

        var source = ImportSource.FromDirectory(_folder.Import, new ImportAccess(null, limits));

        big.Should().BeGreaterThan(100);
        source.Files.Should().NotContain(f => f.Name == "enterprises.csv");
        source.Issues.Should().Contain(i => i.File.EndsWith("enterprises.csv") && i.Message.Contains("more than the limit of 100 per file"));
    }

    [Fact]
    public void FromDirectory_LocalFileOverTheServiceLimit_Accepted()
    {
        using (var supplies = File.Create(_folder.File("supplies.csv"))) supplies.SetLength(5L << 30);

        var local = ImportSource.FromDirectory(_folder.Import);
        var service = ImportSource.FromDirectory(_folder.Import, new ImportAccess(null, ImportLimits.Default));

        local.Files.Should().Contain(f => f.Name == "supplies.csv");
        local.Issues.Should().NotContain(i => i.Message.Contains("more than the limit"));
        service.Issues.Should().Contain(i => i.File.EndsWith("supplies.csv") && i.Message.Contains("more than the limit of 4,294,967,296"));
    }

    [Fact]
    public async Task Import_FilesOverPerImportLimit_RejectedNothingWritten()
    {
        var limits = new ImportLimits(MaxFileBytes: 1 << 30, MaxImportBytes: 200, MaxLineBytes: ImportLimits.MinLineBytes);
        using var store = SqliteGraphStore.Open(_folder.Store);

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import, new ImportAccess(null, limits)));

        outcome.Written.Should().BeFalse();
        outcome.Report.Errors.Should().Contain(e => e.Message.Contains("more than the limit of 200; split the import"));
        (await store.GetVersionAsync()).Should().Be(0);
    }

    [Theory]
    [InlineData("chains.csv")]
    [InlineData("chains.jsonl")]
    public async Task Import_RecordOverLineLimit_ErrorWithFileAndLine(string name)
    {
        foreach (var file in Directory.GetFiles(_folder.Import)) File.Delete(file);
        var longLine = new string('a', 3 * ImportLimits.MinLineBytes);
        _folder.Write(name, name.EndsWith(".csv") ? $"id,name,category\nx,\"{longLine}\",future\n" : $"{{\"id\":\"x\",\"name\":\"{longLine}\",\"category\":\"future\"}}\n");
        using var store = SqliteGraphStore.Open(_folder.Store);

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import, new ImportAccess(null, ImportLimits.Default with { MaxLineBytes = ImportLimits.MinLineBytes })));

        outcome.Written.Should().BeFalse();
        outcome.Report.Errors.Should().ContainSingle().Which.Should().Match<ImportIssue>(e =>
            e.File.EndsWith(name) && e.Line == (name.EndsWith(".csv") ? 2 : 1) && e.Message.Contains("longer than 65,536 bytes"));
    }

    [Fact]
    public async Task Import_DevZeroAsChains_RefusedBeforeAnyRead()
    {
        File.Delete(_folder.File("chains.csv"));
        File.CreateSymbolicLink(_folder.File("chains.csv"), "/dev/zero");
        using var store = SqliteGraphStore.Open(_folder.Store);

        var outcome = await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import));

        outcome.Report.Errors.Should().Contain(e => e.Message == "chains.csv is not a regular file (a character device); an import reads regular files only");
    }

    [Fact]
    public async Task Import_FifoAsChains_RefusedWithoutBlocking()
    {
        File.Delete(_folder.File("chains.csv"));
        using (var mkfifo = Process.Start("mkfifo", [_folder.File("chains.csv")])!) mkfifo.WaitForExit();
        using var store = SqliteGraphStore.Open(_folder.Store);

        var import = Task.Run(async () => await Importer.ImportAsync(store, ImportSource.FromDirectory(_folder.Import)));

        (await Task.WhenAny(import, Task.Delay(TimeSpan.FromSeconds(30)))).Should().BeSameAs(import, "opening a FIFO must not wait for a writer");
        (await import).Report.Errors.Should().Contain(e => e.Message.Contains("not a regular file (a FIFO)"));
    }
}
