using System.Text.Json;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Commands;

/// <summary>
/// The persisted result cache through the real program: a warm answer is byte for byte the uncached one and loads no
/// data; new data, a damaged entry or `--no-cache` computes it again.
/// </summary>
public sealed class ResultCacheCommandTests(ResultCacheCommandTests.Store store) : IClassFixture<ResultCacheCommandTests.Store>
{
    [Theory]
    [InlineData("targets", "--chain", "ic", "--top", "3")]
    [InlineData("targets", "--chain", "ic", "--format", "json", "--lang", "en")]
    [InlineData("checklist", "--top", "5")]
    [InlineData("checklist", "--format", "json")]
    [InlineData("checklist", "--chain", "ic", "--format", "csv", "--lang", "en", "--sole-source", "0.6")]
    [InlineData("whatif", "--country", "JP")]
    [InlineData("whatif", "--region", "江苏", "--json", "--chain", "nev")]
    [InlineData("pipeline", "--chain", "ic")]
    [InlineData("pipeline", "--format", "json", "--lang", "en")]
    [InlineData("figures")]
    [InlineData("figures", "--format", "json")]
    public void Run_WarmCache_SameBytesAsUncachedWithoutLoadingTheData(params string[] args)
    {
        var uncached = store.Run([.. args, "--no-cache"]);
        var cold = store.Run(args);
        File.Delete(store.Snapshot);

        var warm = store.Run(args);

        warm.Should().Be(uncached).And.Be(cold).And.NotBeEmpty();
        File.Exists(store.Snapshot).Should().BeFalse("a cache hit loads no data, so it never rewrites the missing snapshot");
        store.Run([.. args, "--no-cache"]).Should().Be(uncached);
        File.Exists(store.Snapshot).Should().BeTrue("--no-cache computes, loading the data");
    }

    [Fact]
    public void WhatIfAdd_WarmCache_SameBytesAsUncached()
    {
        var (id, _) = FirstTarget(store.Run(["targets", "--chain", "ic", "--format", "json", "--top", "3"]));
        string[] args = ["whatif", "--add", id, "--district", "坪山", "--chain", "ic"];
        var uncached = store.Run([.. args, "--no-cache"]);
        store.Run(args);
        File.Delete(store.Snapshot);

        var warm = store.Run(args);

        warm.Should().Be(uncached).And.Contain("坪山");
        File.Exists(store.Snapshot).Should().BeFalse("a cache hit loads no data");
    }

    [Fact]
    public void Run_DataChanged_Recomputed()
    {
        var args = new[] { "targets", "--chain", "ic", "--format", "json", "--top", "3" };
        var before = store.Run(args);
        var (id, name) = FirstTarget(before);
        var entriesBefore = store.Entries();

        store.Rename(id, name + "（更名）");
        var after = store.Run(args);

        after.Should().Contain(name + "（更名）").And.Be(store.Run([.. args, "--no-cache"]));
        store.Entries().Should().NotIntersectWith(entriesBefore, "entries of the old data version are deleted");
    }

    [Fact]
    public void Run_RulesFileEdited_Recomputed()
    {
        var rules = Path.Combine(store.Folder, "rules.csv");
        File.WriteAllText(rules, "segment,min_local_firms,min_near_share,max_top_share,strong_local_firms\n*,3,0.5,0.8,50\n");
        var args = new[] { "checklist", "--format", "json", "--rules", rules };
        var before = store.Run(args);
        store.Run(args).Should().Be(before);

        File.WriteAllText(rules, "segment,min_local_firms,min_near_share,max_top_share,strong_local_firms\n*,1000,0.5,0.8,5000\n");
        var after = store.Run(args);

        after.Should().NotBe(before).And.Be(store.Run([.. args, "--no-cache"]));
    }

    [Fact]
    public void Run_Out_SameFileAsUncachedAndNothingOnStdout()
    {
        var file = Path.Combine(store.Folder, "checklist.json");
        var uncached = store.Run("checklist", "--format", "json", "--no-cache");

        store.Run("checklist", "--format", "json", "--out", file).Should().BeEmpty();
        store.Run("checklist", "--format", "json", "--out", file).Should().BeEmpty();

        File.ReadAllText(file).Should().Be(uncached);
    }

    [Fact]
    public void Run_DamagedEntries_RecomputedAndRepaired()
    {
        var args = new[] { "targets", "--chain", "ic", "--top", "2" };
        var expected = store.Run(args);
        foreach (var entry in store.Entries())
        {
            var bytes = File.ReadAllBytes(entry);
            bytes[^1] ^= 0x01;
            File.WriteAllBytes(entry, bytes);
        }
        File.Delete(store.Snapshot);

        store.Run(args).Should().Be(expected);

        File.Exists(store.Snapshot).Should().BeTrue("the damaged entry was not trusted: the data was loaded");
        File.Delete(store.Snapshot);
        store.Run(args).Should().Be(expected);
        File.Exists(store.Snapshot).Should().BeFalse("the recomputed entry replaced the damaged one");
    }

    [Fact]
    public void Run_UnknownChain_UsageErrorEveryTime()
    {
        for (var i = 0; i < 2; i++)
        {
            var result = CliProcess.Run(store.Folder, "targets", "--chain", "nope");
            result.ExitCode.Should().Be(2);
            result.Error.Should().Contain("unknown chain 'nope'; chains: ic");
        }
    }

    private static (string Id, string Name) FirstTarget(string json)
    {
        using var document = JsonDocument.Parse(json);
        var target = document.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(i => i.GetProperty("attractionTargets").EnumerateArray()).First();
        return (target.GetProperty("enterpriseId").GetString()!, target.GetProperty("name").GetString()!);
    }

    /// <summary>A data folder whose default store is seeded with the bundled sample.</summary>
    public sealed class Store : IDisposable
    {
        public Store()
        {
            var seeded = CliProcess.Run(Folder, "stats");
            if (seeded.ExitCode != 0) throw new InvalidOperationException(seeded.Error);
        }

        public string Folder { get; } = Directory.CreateTempSubdirectory("cg-cli-cache-").FullName;

        public string Snapshot => Path.Combine(Folder, "chaingraph.db.snapshot");

        public string[] Entries() => Directory.GetFiles(Path.Combine(Folder, "chaingraph.db.results"));

        /// <summary>The program's output for <paramref name="args"/>, which must succeed.</summary>
        public string Run(params string[] args)
        {
            var result = CliProcess.Run(Folder, args);
            result.ExitCode.Should().Be(0, result.Error);
            return result.Output;
        }

        /// <summary>Imports the sample's row of firm <paramref name="id"/> under another name: a new data version.</summary>
        public void Rename(string id, string name)
        {
            var sample = File.ReadAllLines(RepositoryPaths.Of("import", "samples", "shenzhen", "enterprises.csv"));
            var row = sample.Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Split(',');
            row[1] = name;
            var change = Directory.CreateDirectory(Path.Combine(Folder, "change")).FullName;
            File.WriteAllLines(Path.Combine(change, "enterprises.csv"), [sample[0], string.Join(',', row)]);
            Run("import", change);
        }

        public void Dispose() => Directory.Delete(Folder, recursive: true);
    }
}
