using System.Text.Json;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>
/// `import` prepares every chain's targets model, and `targets` answers from it without loading the data, byte for byte
/// what it computes; `--no-prepare`, new data and a folder the models cannot be stored in are handled.
/// </summary>
public sealed class TargetsModelCommandTests(TargetsModelCommandTests.Imported imported) : IClassFixture<TargetsModelCommandTests.Imported>
{
    private static readonly string Sample = RepositoryPaths.Of("import", "samples", "shenzhen");

    public static TheoryData<string> Chains => [.. Rows("chains.csv").Select(r => r[0])];

    [Fact]
    public void Import_Sample_PreparesEveryChainsModel()
    {
        imported.Output.Should().Contain($"prepared targets for {Chains.Count} chains in ")
            .And.Contain($"({Chains.Count} built, 0 up to date)");
        imported.EntriesAfterImport.Should().HaveCount(Chains.Count);
    }

    [Theory]
    [MemberData(nameof(Chains))]
    public void Targets_AnyTopSegmentFormatAndLanguage_SameBytesAsComputedWithoutLoadingTheData(string chain)
    {
        var segment = Rows("segments.csv").First(r => r[1] == chain)[0];
        string[][] variants =
        [
            ["--top", "3"], ["--top", "1", "--format", "json"], ["--top", "50", "--lang", "en"],
            ["--segment", segment, "--top", "7", "--format", "json", "--lang", "en"], ["--segment", segment],
        ];
        var computed = variants.Select(v => imported.Run(["targets", "--chain", chain, .. v, "--no-cache"])).ToList();
        File.Delete(imported.Snapshot);

        var fromModel = variants.Select(v => imported.Run(["targets", "--chain", chain, .. v])).ToList();

        fromModel.Should().Equal(computed);
        computed.Should().OnlyContain(o => o.Length > 0);
        File.Exists(imported.Snapshot).Should().BeFalse("the model answered: the data was never loaded");
    }

    [Fact]
    public void Targets_TopAboveTheModelsLists_Computed()
    {
        File.Delete(imported.Snapshot);

        imported.Run("targets", "--chain", "ic", "--top", "51", "--format", "json")
            .Should().Be(imported.Run("targets", "--chain", "ic", "--top", "51", "--format", "json", "--no-cache"));

        File.Exists(imported.Snapshot).Should().BeTrue("a list longer than the model keeps is computed from the data");
    }

    [Fact]
    public void Targets_UnknownSegment_SameUsageErrorFromTheModel()
    {
        var result = CliProcess.Run(imported.Folder, "targets", "--chain", "ic", "--segment", "nope", "--store", imported.Path);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--segment: unknown segment 'nope' of chain ic; segments: ic-");
    }

    [Fact]
    public void Import_NoPrepare_NoModelAndTheFirstTargetsComputesIt()
    {
        var store = Path.Combine(imported.Folder, "unprepared.db");

        var import = imported.Run("import", Sample, "--store", store, "--no-prepare");

        import.Should().NotContain("prepared targets");
        Directory.Exists(store + ".results").Should().BeFalse();
        var computed = imported.Run("targets", "--chain", "nev", "--store", store);
        computed.Should().Be(imported.Run("targets", "--chain", "nev", "--store", store, "--no-cache"));
        Directory.GetFiles(store + ".results").Should().HaveCount(2, "the chain's model and the printed answer were stored");
    }

    [Fact]
    public void Targets_NewDataVersion_OldModelNotUsed()
    {
        var store = Path.Combine(imported.Folder, "renamed.db");
        imported.Run("import", Sample, "--store", store);
        string[] args = ["targets", "--chain", "ic", "--top", "3", "--format", "json", "--store", store];
        var target = JsonDocument.Parse(imported.Run(args)).RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("attractionTargets").EnumerateArray()).First().GetProperty("enterpriseId").GetString()!;
        var header = File.ReadLines(Path.Combine(Sample, "enterprises.csv")).First();
        var row = File.ReadLines(Path.Combine(Sample, "enterprises.csv")).Single(l => l.StartsWith(target + ",", StringComparison.Ordinal))
            .Split(',');
        row[1] += "（更名）";
        var change = Directory.CreateDirectory(Path.Combine(imported.Folder, "rename")).FullName;
        File.WriteAllLines(Path.Combine(change, "enterprises.csv"), [header, string.Join(',', row)]);

        var import = imported.Run("import", change, "--store", store, "--no-prepare");

        import.Should().NotContain("prepared targets");
        imported.Run(args).Should().Contain(row[1]).And.Be(imported.Run([.. args, "--no-cache"]));
    }

    [Fact]
    public void Import_ModelsCannotBeStored_ImportSucceedsAndSaysWhy()
    {
        var store = Path.Combine(imported.Folder, "blocked.db");
        File.WriteAllText(store + ".results", "a file where the cache folder would be");

        var result = CliProcess.Run(imported.Folder, "import", Sample, "--store", store);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("targets not stored: the result could not be stored in");
        imported.Run("targets", "--chain", "ic", "--top", "2", "--store", store)
            .Should().Be(imported.Run("targets", "--chain", "ic", "--top", "2", "--store", store, "--no-cache"));
    }

    private static List<string[]> Rows(string file) =>
        [.. File.ReadLines(Path.Combine(Sample, file)).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))];

    /// <summary>The bundled sample imported with `chaingraph import` into a new store (its models prepared).</summary>
    public sealed class Imported : IDisposable
    {
        public Imported()
        {
            Path = System.IO.Path.Combine(Folder, "imported.db");
            Output = Run("import", Sample, "--store", Path);
            EntriesAfterImport = Directory.GetFiles(Path + ".results");
        }

        public string Folder { get; } = Directory.CreateTempSubdirectory("cg-cli-targets-").FullName;

        public string Path { get; }

        public string Snapshot => Path + ".snapshot";

        /// <summary>What the import printed.</summary>
        public string Output { get; }

        /// <summary>The result cache's files right after the import.</summary>
        public string[] EntriesAfterImport { get; }

        /// <summary>The program's output for <paramref name="args"/> (against <see cref="Path"/> unless a store is given).</summary>
        public string Run(params string[] args)
        {
            var result = CliProcess.Run(Folder, args.Contains("--store") ? args : [.. args, "--store", Path]);
            result.ExitCode.Should().Be(0, result.Error);
            return result.Output;
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
