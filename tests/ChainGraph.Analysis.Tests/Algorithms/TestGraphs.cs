using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Tests.Algorithms;

/// <summary>Builds graphs whose node ids equal their external ids ("0" … "n-1").</summary>
public static class TestGraphs
{
    public static SupplyGraph From(int n, IEnumerable<(int U, int V)> edges)
    {
        var builder = new GraphBuilder();
        for (var v = 0; v < n; v++) builder.AddNode(v.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (u, v) in edges) builder.AddEdge(u, v);
        return builder.Build();
    }

    /// <summary>Small random graphs for property tests: (seed, graph) with 1–14 nodes and varied density.</summary>
    public static IEnumerable<(int Seed, SupplyGraph Graph)> SmallRandom(int count, int maxNodes = 14)
    {
        for (var seed = 0; seed < count; seed++)
        {
            var random = new Random(seed);
            var n = random.Next(1, maxNodes + 1);
            var edges = RandomGraphs.Gnp(random, n, random.NextDouble() * 0.5, directed: true);
            yield return (seed, From(n, RandomGraphs.WithLoopsAndDuplicates(random, edges, n, random.Next(2), random.Next(3))));
        }
    }

    /// <summary>Runs <paramref name="action"/> on a thread with a small stack, so any recursion proportional to depth fails.</summary>
    public static void OnSmallStack(Action action)
    {
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = e; }
        }, maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new AggregateException(failure);
    }
}
