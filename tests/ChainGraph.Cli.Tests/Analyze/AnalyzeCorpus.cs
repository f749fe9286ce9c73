namespace ChainGraph.Cli.Tests.Analyze;

/// <summary>
/// Seeded graphs for checking the `analyze` command end to end: random sparse and dense, scale-free, trees,
/// layered DAGs, loops and duplicates, disconnected parts, and ids that need CSV quoting.
/// </summary>
public static class AnalyzeCorpus
{
    public sealed record Graph(string Name, bool Directed, IReadOnlyList<(string Source, string Target)> Edges, string? Root, bool Betweenness);

    public static IReadOnlyList<Graph> All { get; } = Generate(new Random(314));

    private static List<Graph> Generate(Random random)
    {
        var graphs = new List<Graph>();
        for (var i = 0; i < 24; i++)
        {
            var directed = i % 2 == 0;
            var n = random.Next(3, 160);
            var edges = (i % 6) switch
            {
                0 => Random(random, n, n * random.Next(1, 3)),
                1 => Random(random, n, n * n / 4),
                2 => ScaleFree(random, n),
                3 => Enumerable.Range(1, n - 1).Select(v => (random.Next(v), v)).ToList(),
                4 => Layered(random, n),
                _ => Parts(random, n),
            };
            if (i % 4 == 1) edges.AddRange(Enumerable.Range(0, 3).Select(_ => random.Next(n)).Select(v => (v, v)));
            if (i % 4 == 3 && edges.Count > 0) edges.AddRange(Enumerable.Range(0, 5).Select(_ => edges[random.Next(edges.Count)]));
            var label = Labeler(i);
            var root = edges.Count == 0 ? null : label(edges[random.Next(edges.Count)].Item1);
            graphs.Add(new Graph($"analyze-{i:D2}-{(directed ? "d" : "u")}", directed, edges.Select(e => (label(e.Item1), label(e.Item2))).ToList(), root, n <= 120));
        }
        return graphs;
    }

    private static List<(int, int)> Random(Random random, int n, int m) =>
        Enumerable.Range(0, m).Select(_ => (random.Next(n), random.Next(n))).Where(e => e.Item1 != e.Item2).ToList();

    private static List<(int, int)> ScaleFree(Random random, int n)
    {
        var ends = new List<int> { 0 };
        var edges = new List<(int, int)>();
        for (var v = 1; v < n; v++)
        {
            for (var k = 0; k < 2; k++)
            {
                var u = ends[random.Next(ends.Count)];
                edges.Add((v, u));
                ends.Add(u);
            }
            ends.Add(v);
        }
        return edges;
    }

    private static List<(int, int)> Layered(Random random, int n)
    {
        var width = Math.Max(2, n / 5);
        return Enumerable.Range(width, Math.Max(0, n - width)).SelectMany(v => Enumerable.Range(0, random.Next(1, 3)).Select(_ => (v - width + random.Next(width) - random.Next(width) / 2, v)))
            .Where(e => e.Item1 >= 0 && e.Item1 < e.Item2).ToList();
    }

    private static List<(int, int)> Parts(Random random, int n)
    {
        var half = n / 2;
        return Random(random, half, half).Concat(Random(random, n - half, n - half).Select(e => (e.Item1 + half, e.Item2 + half))).ToList();
    }

    private static Func<int, string> Labeler(int graph) => (graph % 3) switch
    {
        0 => v => $"n{v}",
        1 => v => (v % 4) switch { 0 => $"企业{v}", 1 => $"a,{v}", 2 => $"q\"{v}", _ => $" {v} " },
        _ => v => $"91440300{v:D10}",
    };
}
