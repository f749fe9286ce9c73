using ChainGraph.Analysis.Algorithms;
using ChainGraph.Analysis.Chains;
using ChainGraph.Analysis.Graph;
using ChainGraph.Analysis.Tests.Algorithms;
using QuikGraph;
using QuikGraph.Algorithms;

namespace ChainGraph.Analysis.Tests.Graph;

/// <summary>
/// The QuikGraph view is faithful (every edge once, in and out, with its id), and every algorithm QuikGraph also has —
/// strong and weak components, topological order, shortest paths — gives the same answers as ours on generated graphs,
/// QuikGraph running on the view itself. (Maximum flow: <see cref="FlowNetworkQuikGraphTests"/>.)
/// </summary>
public sealed class QuikGraphViewTests
{
    public static TheoryData<string> Graphs => [.. QuikGraphCorpus.All().Select(g => g.Name)];

    [Fact]
    public void View_GeneratedGraphs_EveryEdgeOnceOutAndInWithItsId()
    {
        foreach (var (name, graph) in QuikGraphCorpus.All().Take(160))
        {
            var view = new QuikGraphView(graph);
            var edges = view.Edges.ToList();

            edges.Should().HaveCount(graph.EdgeCount, name);
            edges.Select(e => e.Id).Should().Equal(Enumerable.Range(0, graph.EdgeCount), name);
            edges.Where(e => graph.EdgeSource(e.Id) != e.Source || graph.EdgeTarget(e.Id) != e.Target || !view.ContainsEdge(e)).Should().BeEmpty(name);
            view.Vertices.SelectMany(view.InEdges).OrderBy(e => e.Id).Should().Equal(edges, name);
            view.Vertices.Sum(view.Degree).Should().Be(2 * graph.EdgeCount);
            foreach (var e in edges.Take(50))
            {
                view.TryGetEdge(e.Source, e.Target, out var found).Should().BeTrue();
                found.Should().Be(e);
                view.OutEdge(e.Source, view.OutEdges(e.Source).ToList().IndexOf(e)).Should().Be(e);
            }
        }
    }

    [Fact]
    public void View_MissingVertexOrEdge_SaysSo()
    {
        var view = new QuikGraphView(TestGraphs.From(3, [(0, 1)]));

        view.ContainsEdge(1, 0).Should().BeFalse();
        view.TryGetEdge(1, 2, out _).Should().BeFalse();
        view.ContainsVertex(3).Should().BeFalse();
        view.ContainsEdge(new SupplyEdge(0, 1, 0)).Should().BeFalse();
        var outEdges = () => view.OutEdges(7).ToList();
        outEdges.Should().Throw<VertexNotFoundException>();
    }

    [Fact]
    public void StronglyConnectedComponents_GeneratedGraphs_SamePartitionAsQuikGraph()
    {
        foreach (var (name, graph) in QuikGraphCorpus.All())
        {
            var theirs = new Dictionary<int, int>();
            var count = new QuikGraphView(graph).StronglyConnectedComponents(theirs);
            var ours = StronglyConnectedComponents.Find(graph);

            ours.Count.Should().Be(count, name);
            SamePartition(ours.Labels, theirs, graph.NodeCount).Should().BeTrue(name);
        }
    }

    [Fact]
    public void WeaklyConnectedComponents_GeneratedGraphs_SamePartitionAsQuikGraph()
    {
        foreach (var (name, graph) in QuikGraphCorpus.All())
        {
            var theirs = new Dictionary<int, int>();
            var count = new QuikGraphView(graph).WeaklyConnectedComponents(theirs);
            var ours = ConnectedComponents.Find(graph);

            ours.Count.Should().Be(count, name);
            SamePartition(ours.Labels, theirs, graph.NodeCount).Should().BeTrue(name);
        }
    }

    [Fact]
    public void TopologicalSort_GeneratedGraphs_BothValidOrBothFindACycle()
    {
        foreach (var (name, graph) in QuikGraphCorpus.All())
        {
            var ours = TopologicalSort.Compute(graph);
            int[]? theirs;
            try
            {
                theirs = [.. new QuikGraphView(graph).TopologicalSort()];
            }
            catch (NonAcyclicGraphException)
            {
                theirs = null;
            }

            ours.IsAcyclic.Should().Be(theirs is not null, name);
            if (theirs is null) continue;
            GraphChecks.IsTopological(graph, theirs).Should().BeTrue(name);
            GraphChecks.IsTopological(graph, ours.Order).Should().BeTrue(name);
        }
    }

    [Fact]
    public void ShortestPaths_GeneratedGraphs_SameHopCountsAsQuikGraphDijkstra()
    {
        foreach (var (name, graph) in QuikGraphCorpus.All().Where(g => g.Graph.NodeCount > 1))
        {
            var root = graph.NodeCount / 3;
            var paths = new QuikGraphView(graph).ShortestPathsDijkstra(_ => 1.0, root);
            var finder = new PathFinder(graph);
            for (var target = 0; target < Math.Min(graph.NodeCount, 200); target++)
            {
                if (target == root) continue;
                var ours = finder.Find(root, v => v == target, EdgeDirection.Forward);
                var reached = paths(target, out var theirs);

                (ours.Count > 0).Should().Be(reached, $"{name}: {root} → {target}");
                if (reached) (ours.Count - 1).Should().Be(theirs!.Count(), $"{name}: {root} → {target}");
            }
        }
    }

    // Same partition: a bijection between our labels and theirs.
    private static bool SamePartition(IReadOnlyList<int> ours, Dictionary<int, int> theirs, int n)
    {
        var map = new Dictionary<int, int>();
        var back = new Dictionary<int, int>();
        for (var v = 0; v < n; v++)
        {
            if (map.TryGetValue(ours[v], out var t) ? t != theirs[v] : !map.TryAdd(ours[v], theirs[v])) return false;
            if (back.TryGetValue(theirs[v], out var o) ? o != ours[v] : !back.TryAdd(theirs[v], ours[v])) return false;
        }
        return true;
    }
}
