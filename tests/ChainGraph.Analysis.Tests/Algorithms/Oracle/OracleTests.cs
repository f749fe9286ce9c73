using System.Text.Json;
using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>Every algorithm against NetworkX (and, where it has one, python-igraph) on every corpus graph.</summary>
public sealed class OracleTests(OracleCorpusFixture corpus) : IClassFixture<OracleCorpusFixture>
{
    private const double RelativeTolerance = 1e-9;

    public static IEnumerable<object[]> AllGraphs => GraphCorpus.Names;

    public static IEnumerable<object[]> DirectedGraphs => Where(g => g.Directed);

    public static IEnumerable<object[]> RootedGraphs => Where(g => g.Root is not null);

    public static IEnumerable<object[]> BetweennessGraphs => Where(g => g.Betweenness);

    public static IEnumerable<object[]> CutGraphs => Where(g => g.Sources.Count > 0);

    [Fact]
    public void Corpus_Generated_HasOverAHundredGraphsOfEveryFamily()
    {
        GraphCorpus.All.Should().HaveCountGreaterThanOrEqualTo(100);
        var families = GraphCorpus.All.Select(g => g.Name[..g.Name.LastIndexOf('-')]).ToHashSet();
        families.Should().Contain(["gnp-sparse-d", "gnp-sparse-u", "dense-d", "scale-free-u", "tree-d", "layered-dag-d", "loops-parallel-u", "isolated-parts-d", "deep-path-d", "grid-u"]);
    }

    [Theory, MemberData(nameof(AllGraphs))]
    public void Counts_OracleGraph_MatchNetworkX(string name)
    {
        var (graph, spec, expected) = Load(name);
        graph.NodeCount.Should().Be(expected.GetProperty("nodes").GetInt32());
        (spec.Directed ? graph.EdgeCount : graph.UndirectedEdgeCount).Should().Be(expected.GetProperty("edges").GetInt32());
    }

    [Theory, MemberData(nameof(AllGraphs))]
    public void ArticulationPoints_OracleGraph_MatchNetworkXAndIgraph(string name)
    {
        var (graph, _, expected) = Load(name);
        var ours = Biconnectivity.Find(graph).ArticulationPoints.Select(v => graph.NodeIds[v]).Order(StringComparer.Ordinal).ToList();
        ours.Should().Equal(Strings(expected.GetProperty("articulationPoints")).Order(StringComparer.Ordinal), "NetworkX");
        ours.Should().Equal(Strings(expected.GetProperty("igraph").GetProperty("articulationPoints")).Order(StringComparer.Ordinal), "igraph");
    }

    [Theory, MemberData(nameof(AllGraphs))]
    public void Bridges_OracleGraph_MatchNetworkXAndIgraph(string name)
    {
        var (graph, _, expected) = Load(name);
        var ours = Biconnectivity.Find(graph).Bridges.Select(b => PairKey(graph.NodeIds[b.U], graph.NodeIds[b.V])).ToHashSet();
        ours.Should().BeEquivalentTo(Pairs(expected.GetProperty("bridges")), "NetworkX");
        ours.Should().BeEquivalentTo(Pairs(expected.GetProperty("igraph").GetProperty("bridges")), "igraph");
    }

    [Theory, MemberData(nameof(AllGraphs))]
    public void ConnectedComponents_OracleGraph_CountMatchesNetworkXAndIgraph(string name)
    {
        var (graph, _, expected) = Load(name);
        var count = ConnectedComponents.Find(graph).Count;
        count.Should().Be(expected.GetProperty("connectedComponents").GetInt32(), "NetworkX");
        count.Should().Be(expected.GetProperty("igraph").GetProperty("connectedComponents").GetInt32(), "igraph");
    }

    [Theory, MemberData(nameof(DirectedGraphs))]
    public void StronglyConnectedComponents_OracleGraph_CountMatchesNetworkXAndIgraph(string name)
    {
        var (graph, _, expected) = Load(name);
        var count = StronglyConnectedComponents.Find(graph).Count;
        count.Should().Be(expected.GetProperty("stronglyConnectedComponents").GetInt32(), "NetworkX");
        count.Should().Be(expected.GetProperty("igraph").GetProperty("stronglyConnectedComponents").GetInt32(), "igraph");
    }

    [Theory, MemberData(nameof(RootedGraphs))]
    public void ImmediateDominators_OracleGraph_MatchNetworkX(string name)
    {
        var (graph, spec, expected) = Load(name);
        graph.TryGetNode(spec.Root!, out var root).Should().BeTrue();
        var tree = Dominators.Compute(graph, root, Direction(spec));
        var ours = Enumerable.Range(0, graph.NodeCount).Where(tree.IsReachable)
            .ToDictionary(v => graph.NodeIds[v], v => graph.NodeIds[tree.ImmediateDominator(v)]);
        var theirs = expected.GetProperty("immediateDominators").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        ours.Should().Equal(theirs);
    }

    [Theory, MemberData(nameof(BetweennessGraphs))]
    public void Betweenness_OracleGraph_MatchesNetworkXAndIgraph(string name)
    {
        var (graph, spec, expected) = Load(name);
        var values = Betweenness.Compute(graph, new BetweennessOptions { Direction = Direction(spec) }).Values;
        AssertClose(graph, values, expected.GetProperty("betweenness"), RelativeTolerance, "NetworkX");
        AssertClose(graph, values, expected.GetProperty("igraph").GetProperty("betweenness"), RelativeTolerance, "igraph");
    }

    [Theory, MemberData(nameof(AllGraphs))]
    public void PageRank_OracleGraph_MatchesNetworkX(string name)
    {
        var (graph, spec, expected) = Load(name);
        var result = PageRank.Compute(graph, Direction(spec));
        var theirs = expected.GetProperty("pagerank");
        result.Converged.Should().Be(theirs.ValueKind != JsonValueKind.Null);
        // Same iteration and stopping rule; only summation order differs.
        if (result.Converged) AssertClose(graph, result.Scores, theirs, 1e-9, "NetworkX");
    }

    [Theory, MemberData(nameof(CutGraphs))]
    public void MinimumVertexCut_OracleGraph_SizeMatchesNetworkXAndCutSeparates(string name)
    {
        var (graph, spec, expected) = Load(name);
        var sources = spec.Sources.Select(id => Node(graph, id)).ToList();
        var sinks = spec.Sinks.Select(id => Node(graph, id)).ToList();
        var cut = MinimumVertexCut.Find(graph, sources, sinks, Direction(spec));
        var theirs = expected.GetProperty("vertexCut");
        if (theirs.GetProperty("status").GetString() == "unbounded")
        {
            cut.Outcome.Should().Be(VertexCutOutcome.Unbounded);
            return;
        }
        cut.Outcome.Should().Be(VertexCutOutcome.Found);
        cut.Cut.Length.Should().Be(theirs.GetProperty("size").GetInt32()).And.Be(cut.Flow);
        GraphChecks.Reaches(graph, Direction(spec), sources, sinks, removed: cut.Cut).Should().BeFalse("the cut separates the sets");
    }

    [Theory, MemberData(nameof(DirectedGraphs))]
    public void TopologicalSort_OracleGraph_TiersMatchNetworkX(string name)
    {
        var (graph, _, expected) = Load(name);
        var order = TopologicalSort.Compute(graph);
        var theirs = expected.GetProperty("topological");
        order.IsAcyclic.Should().Be(theirs.GetProperty("acyclic").GetBoolean());
        if (!order.IsAcyclic)
        {
            GraphChecks.IsCycle(graph, order.Cycle).Should().BeTrue();
            return;
        }
        var tiers = theirs.GetProperty("tiers").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Enumerable.Range(0, graph.NodeCount).ToDictionary(v => graph.NodeIds[v], v => order.Tiers[v]).Should().Equal(tiers);
        GraphChecks.IsTopological(graph, order.Order).Should().BeTrue();
    }

    private (SupplyGraph Graph, CorpusGraph Spec, JsonElement Expected) Load(string name) =>
        (corpus.Graph(name), GraphCorpus.Get(name), corpus.Expected(name));

    private static IEnumerable<object[]> Where(Func<CorpusGraph, bool> predicate) =>
        GraphCorpus.All.Where(predicate).Select(g => new object[] { g.Name });

    private static EdgeDirection Direction(CorpusGraph spec) => spec.Directed ? EdgeDirection.Forward : EdgeDirection.Undirected;

    private static int Node(SupplyGraph graph, string id) => graph.TryGetNode(id, out var v) ? v : throw new KeyNotFoundException(id);

    private static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);

    private static HashSet<string> Pairs(JsonElement array) =>
        array.EnumerateArray().Select(p => PairKey(p[0].GetString()!, p[1].GetString()!)).ToHashSet();

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) < 0 ? $"{a}\u0001{b}" : $"{b}\u0001{a}";

    private static void AssertClose(SupplyGraph graph, IReadOnlyList<double> ours, JsonElement theirs, double tolerance, string oracle)
    {
        var expected = theirs.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        expected.Should().HaveCount(graph.NodeCount);
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var want = expected[graph.NodeIds[v]];
            Math.Abs(ours[v] - want).Should().BeLessThanOrEqualTo(tolerance * Math.Max(1e-3, Math.Abs(want)), $"{oracle} at node {graph.NodeIds[v]} ({ours[v]} vs {want})");
        }
    }
}
