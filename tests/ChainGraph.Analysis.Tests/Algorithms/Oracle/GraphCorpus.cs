namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>
/// The oracle corpus: well over a hundred graphs of many shapes, generated from one seed (none hand-picked)
/// apart from a few named edge cases. The same seed always yields the same corpus.
/// </summary>
public static class GraphCorpus
{
    private const int Seed = 20_240_603;

    // NetworkX's betweenness is pure Python (~1 µs per edge visit); this bound keeps the whole oracle run under ~20 s.
    private const long BetweennessBudget = 120_000;

    private static readonly Lazy<IReadOnlyList<CorpusGraph>> Graphs = new(Generate);

    public static IReadOnlyList<CorpusGraph> All => Graphs.Value;

    public static IEnumerable<object[]> Names => All.Select(g => new object[] { g.Name });

    public static CorpusGraph Get(string name) => All.Single(g => g.Name == name);

    private static IReadOnlyList<CorpusGraph> Generate()
    {
        var random = new Random(Seed);
        var graphs = new List<CorpusGraph>();
        void Add(string family, bool directed, int n, List<(int U, int V)> edges, Labels labels = Labels.Plain) =>
            graphs.Add(Build(random, $"{family}-{(directed ? "d" : "u")}-{graphs.Count:D3}", directed, n, edges, labels));

        for (var i = 0; i < 24; i++)
        {
            var n = random.Next(5, 300);
            var directed = i % 2 == 0;
            Add("gnp-sparse", directed, n, RandomGraphs.Gnp(random, n, (0.5 + 2.5 * random.NextDouble()) / n, directed), (Labels)(i % 3));
        }
        for (var i = 0; i < 16; i++)
        {
            var n = random.Next(20, 400);
            Add("gnm", i % 2 == 0, n, RandomGraphs.Gnm(random, n, n * random.Next(1, 4) / 2), (Labels)(i % 3));
        }
        for (var i = 0; i < 12; i++)
        {
            var n = random.Next(8, 40);
            var directed = i % 2 == 1;
            Add("dense", directed, n, RandomGraphs.Gnp(random, n, 0.2 + 0.6 * random.NextDouble(), directed));
        }
        for (var i = 0; i < 12; i++)
        {
            var n = random.Next(50, 600);
            Add("scale-free", i % 2 == 0, n, RandomGraphs.PreferentialAttachment(random, n, 1 + i % 3), (Labels)(i % 3));
        }
        for (var i = 0; i < 10; i++)
        {
            var n = random.Next(10, 800);
            Add("tree", i % 2 == 0, n, RandomGraphs.Tree(random, n), (Labels)(i % 3));
        }
        for (var i = 0; i < 12; i++)
        {
            var widths = Enumerable.Range(0, random.Next(3, 9)).Select(_ => random.Next(2, 30)).ToArray();
            Add("layered-dag", true, widths.Sum(), RandomGraphs.LayeredDag(random, widths, 0.2), (Labels)(i % 3));
        }
        for (var i = 0; i < 8; i++)
        {
            var n = random.Next(10, 120);
            var directed = i % 2 == 0;
            var edges = RandomGraphs.Gnp(random, n, 2.0 / n, directed);
            Add("loops-parallel", directed, n, RandomGraphs.WithLoopsAndDuplicates(random, edges, n, random.Next(1, 6), random.Next(1, 20)), Labels.Awkward);
        }
        for (var i = 0; i < 8; i++)
        {
            var parts = Enumerable.Range(0, random.Next(2, 6)).Select(_ => random.Next(1, 40))
                .Select(size => (size, RandomGraphs.Gnp(random, size, 2.5 / size, i % 2 == 0))).ToList();
            var edges = RandomGraphs.Union(parts, out var n);
            Add("isolated-parts", i % 2 == 0, n, RandomGraphs.WithLoopsAndDuplicates(random, edges, n, 3, 2), (Labels)(i % 3));
        }
        for (var i = 0; i < 4; i++)
        {
            var (w, h) = (random.Next(2, 15), random.Next(2, 15));
            Add("grid", i % 2 == 0, w * h, RandomGraphs.Grid(w, h));
        }
        AddDeepChains(Add);
        AddEdgeCases(graphs, random);
        return graphs;
    }

    private static void AddDeepChains(Action<string, bool, int, List<(int U, int V)>, Labels> add)
    {
        add("deep-path", true, 5000, RandomGraphs.Path(5000), Labels.Plain);
        add("deep-path", false, 5000, RandomGraphs.Path(5000), Labels.Shuffled);
        var cycle = RandomGraphs.Path(3000);
        cycle.Add((2999, 0));
        add("deep-cycle", true, 3000, cycle, Labels.Plain);
        var broom = RandomGraphs.Path(2000);
        broom.AddRange(Enumerable.Range(2000, 50).Select(v => (1999, v)));
        add("broom", true, 2050, broom, Labels.Plain);
    }

    private static void AddEdgeCases(List<CorpusGraph> graphs, Random random)
    {
        void Named(string name, bool directed, params (string, string)[] edges) =>
            graphs.Add(new CorpusGraph(name, directed, edges, edges.Length > 0 ? edges[0].Item1 : null, [], [], true, false));
        Named("edge-case-header-only-u", false);
        Named("edge-case-single-edge-d", true, ("a", "b"));
        Named("edge-case-self-loops-only-u", false, ("a", "a"), ("b", "b"), ("a", "a"));
        Named("edge-case-mutual-pair-d", true, ("a", "b"), ("b", "a"), ("a", "b"));
        Named("edge-case-mutual-pair-u", false, ("a", "b"), ("b", "a"));
        Named("edge-case-loop-plus-bridge-d", true, ("a", "a"), ("a", "b"), ("c", "c"));
        Named("edge-case-quoted-ids-u", false, ("x,1", "y\"2\""), ("y\"2\"", "企业 3"), ("企业 3", " lead"), (" lead", "x,1"), (" lead", "tail,"));
        var complete = Enumerable.Range(0, 6).SelectMany(u => Enumerable.Range(0, 6).Where(v => v != u).Select(v => (u, v))).ToList();
        graphs.Add(Build(random, "edge-case-complete-d", true, 6, complete, Labels.Plain));
        graphs.Add(Build(random, "edge-case-star-u", false, 40, Enumerable.Range(1, 39).Select(v => (0, v)).ToList(), Labels.Plain) with { CrLf = true });
    }

    private static CorpusGraph Build(Random random, string name, bool directed, int n, List<(int U, int V)> edges, Labels labels)
    {
        var label = Labeler(random, n, labels);
        var touched = edges.SelectMany(e => new[] { e.U, e.V }).Distinct().ToArray();
        var root = touched.Length == 0 ? null : label(edges[random.Next(edges.Count)].U);
        var (sources, sinks) = PickTerminals(random, touched, edges, directed);
        var simpleEdges = edges.Count(e => e.U != e.V);
        return new CorpusGraph(
            name,
            directed,
            edges.Select(e => (label(e.U), label(e.V))).ToList(),
            root,
            sources.Select(label).ToList(),
            sinks.Select(label).ToList(),
            (long)touched.Length * simpleEdges <= BetweennessBudget,
            random.Next(5) == 0);
    }

    // One to three sources and sinks among the nodes with edges; mostly disjoint, sometimes overlapping
    // (the unbounded case). For DAGs, sources come from edge tails and sinks from edge heads.
    private static (int[] Sources, int[] Sinks) PickTerminals(Random random, int[] touched, List<(int U, int V)> edges, bool directed)
    {
        if (touched.Length < 2) return ([], []);
        var tails = directed ? edges.Select(e => e.U).Distinct().ToArray() : touched;
        var heads = directed ? edges.Select(e => e.V).Distinct().ToArray() : touched;
        var sources = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tails[random.Next(tails.Length)]).Distinct().ToArray();
        var overlap = random.Next(12) == 0;
        var sinks = Enumerable.Range(0, random.Next(1, 4)).Select(_ => heads[random.Next(heads.Length)])
            .Where(v => overlap || !sources.Contains(v)).Distinct().ToArray();
        return sinks.Length == 0 ? ([], []) : (sources, sinks);
    }

    private static Func<int, string> Labeler(Random random, int n, Labels labels)
    {
        switch (labels)
        {
            case Labels.Shuffled:
                var permutation = Enumerable.Range(0, n).ToArray();
                random.Shuffle(permutation);
                return v => $"v{permutation[v]}";
            case Labels.Awkward:
                return v => (v % 5) switch
                {
                    0 => $"a,{v}",
                    1 => $"q\"{v}\"",
                    2 => $"企业{v}",
                    3 => $" s{v}",
                    _ => $"n{v}",
                };
            default:
                return v => $"n{v}";
        }
    }

    private enum Labels
    {
        Plain,
        Shuffled,
        Awkward,
    }
}
