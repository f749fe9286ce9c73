using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ChainGraph.Cli.Tests.Commands;
using ChainGraph.Tests;

namespace ChainGraph.Cli.Tests.Analyze;

/// <summary>
/// Runs the built `chaingraph analyze` process on every <see cref="AnalyzeCorpus"/> graph and compares its JSON with
/// NetworkX (tests/oracle/oracle.py, one Python process for the batch).
/// </summary>
public sealed class AnalyzeOracleTests : IClassFixture<AnalyzeOracleTests.Fixture>
{
    private readonly Fixture fixture;

    public AnalyzeOracleTests(Fixture fixture) => this.fixture = fixture;

    public static IEnumerable<object[]> Names => AnalyzeCorpus.All.Select(g => new object[] { g.Name });

    [Theory, MemberData(nameof(Names))]
    public void Analyze_CorpusGraph_MatchesNetworkX(string name)
    {
        var spec = AnalyzeCorpus.All.Single(g => g.Name == name);
        var ours = fixture.Ours[name];
        var theirs = fixture.Theirs[name];
        ours.GetProperty("nodes").GetInt32().Should().Be(theirs.GetProperty("nodes").GetInt32());
        ours.GetProperty("edges").GetInt32().Should().Be(theirs.GetProperty("edges").GetInt32());
        var points = Strings(ours.GetProperty("articulationPoints")).ToList();
        points.Should().BeInAscendingOrder(StringComparer.Ordinal).And.BeEquivalentTo(Strings(theirs.GetProperty("articulationPoints")));
        Pairs(ours.GetProperty("bridges")).Should().BeEquivalentTo(Pairs(theirs.GetProperty("bridges")));
        if (spec.Directed) BridgesFollowEdges(spec, ours.GetProperty("bridges"));
        ours.GetProperty("connectedComponents").GetInt32().Should().Be(theirs.GetProperty("connectedComponents").GetInt32());
        ours.TryGetProperty("stronglyConnectedComponents", out var strong).Should().Be(spec.Directed);
        if (spec.Directed) strong.GetInt32().Should().Be(theirs.GetProperty("stronglyConnectedComponents").GetInt32());
        if (spec.Root is not null) Map(ours.GetProperty("immediateDominators")).Should().Equal(Map(theirs.GetProperty("immediateDominators")));
        if (spec.Betweenness) BetweennessClose(ours.GetProperty("betweenness"), theirs.GetProperty("betweenness"));
    }

    private static void BridgesFollowEdges(AnalyzeCorpus.Graph spec, JsonElement bridges)
    {
        var edges = spec.Edges.ToHashSet();
        foreach (var pair in bridges.EnumerateArray()) edges.Should().Contain((pair[0].GetString()!, pair[1].GetString()!));
    }

    private static void BetweennessClose(JsonElement ours, JsonElement theirs)
    {
        var expected = theirs.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        var actual = ours.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (id, value) in expected) actual[id].Should().BeApproximately(value, 1e-9 * Math.Max(1e-3, value), id);
    }

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static HashSet<string> Pairs(JsonElement array) => array.EnumerateArray()
        .Select(p => string.Join('\u0001', new[] { p[0].GetString()!, p[1].GetString()! }.Order(StringComparer.Ordinal))).ToHashSet();

    private static Dictionary<string, string> Map(JsonElement map) => map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

    /// <summary>Writes the corpus, runs our CLI once per graph and the oracle once for all of them.</summary>
    public sealed class Fixture : IDisposable
    {
        private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("chaingraph-analyze-oracle-");

        public Fixture()
        {
            var specs = AnalyzeCorpus.All.Select(Write).ToList();
            var manifest = Path.Combine(folder.FullName, "manifest.json");
            File.WriteAllText(manifest, JsonSerializer.Serialize(new { graphs = specs }));
            Theirs = RunOracle(manifest);
            Ours = AnalyzeCorpus.All.ToDictionary(g => g.Name, RunOurs);
        }

        public IReadOnlyDictionary<string, JsonElement> Ours { get; }

        public IReadOnlyDictionary<string, JsonElement> Theirs { get; }

        public void Dispose() => folder.Delete(recursive: true);

        private string CsvPath(string name) => Path.Combine(folder.FullName, name + ".csv");

        private object Write(AnalyzeCorpus.Graph graph)
        {
            var text = new StringBuilder("source,target,note\n");
            foreach (var (s, t) in graph.Edges) text.Append(Quote(s)).Append(',').Append(Quote(t)).Append(",x\n");
            File.WriteAllText(CsvPath(graph.Name), text.ToString());
            return new { name = graph.Name, file = CsvPath(graph.Name), directed = graph.Directed, root = graph.Root, betweenness = graph.Betweenness };
        }

        private JsonElement RunOurs(AnalyzeCorpus.Graph graph)
        {
            var args = new List<string> { "analyze", "--edges", CsvPath(graph.Name) };
            if (graph.Directed) args.Add("--directed");
            if (graph.Root is not null) args.AddRange(["--root", graph.Root]);
            if (graph.Betweenness) args.Add("--betweenness");
            var result = CliProcess.Run(folder.FullName, [.. args]);
            if (result.ExitCode != 0) throw new InvalidOperationException($"chaingraph analyze failed on {graph.Name}: {result.Error}");
            return JsonDocument.Parse(result.Output).RootElement.Clone();
        }

        private static Dictionary<string, JsonElement> RunOracle(string manifest)
        {
            var script = RepositoryPaths.Of("tests", "oracle", "oracle.py");
            var info = new ProcessStartInfo("/usr/bin/python3", [script, manifest]) { RedirectStandardOutput = true, RedirectStandardError = true };
            using var process = Process.Start(info) ?? throw Missing("cannot start /usr/bin/python3");
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) throw Missing(error.Result);
            return JsonDocument.Parse(output).RootElement.GetProperty("results").EnumerateArray()
                .ToDictionary(r => r.GetProperty("name").GetString()!, r => r.Clone());
        }

        private static InvalidOperationException Missing(string detail) => new(
            "The analyze oracle tests need NetworkX and python-igraph under /usr/bin/python3 "
            + $"(python3-networkx, python3-igraph); run ./test.sh, which installs them. Detail: {detail.Trim()}");

        private static string Quote(string field) => field.AsSpan().IndexOfAny(",\"\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";
    }
}
