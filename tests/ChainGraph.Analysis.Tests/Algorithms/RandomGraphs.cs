namespace ChainGraph.Analysis.Tests.Algorithms;

/// <summary>Seeded generators of edge lists over nodes 0..n-1 (duplicates and self-loops only where asked for).</summary>
public static class RandomGraphs
{
    /// <summary>Erdős–Rényi G(n, p): each ordered pair (directed) or unordered pair (undirected) with probability p.</summary>
    public static List<(int U, int V)> Gnp(Random random, int n, double p, bool directed)
    {
        var edges = new List<(int, int)>();
        for (var u = 0; u < n; u++)
        {
            for (var v = directed ? 0 : u + 1; v < n; v++)
            {
                if (u != v && random.NextDouble() < p) edges.Add((u, v));
            }
        }
        return edges;
    }

    /// <summary>G(n, m): m edges with uniformly random endpoints (may repeat; no self-loops).</summary>
    public static List<(int U, int V)> Gnm(Random random, int n, int m)
    {
        var edges = new List<(int, int)>();
        while (edges.Count < m && n > 1)
        {
            var (u, v) = (random.Next(n), random.Next(n));
            if (u != v) edges.Add((u, v));
        }
        return edges;
    }

    /// <summary>Preferential attachment (Barabási–Albert): node i links to m earlier nodes picked by degree; edges point new → old.</summary>
    public static List<(int U, int V)> PreferentialAttachment(Random random, int n, int m)
    {
        var edges = new List<(int, int)>();
        var endpoints = new List<int>();
        for (var v = 1; v < n; v++)
        {
            var chosen = new HashSet<int>();
            var wanted = Math.Min(m, v);
            while (chosen.Count < wanted) chosen.Add(endpoints.Count == 0 || random.Next(3) == 0 ? random.Next(v) : endpoints[random.Next(endpoints.Count)]);
            foreach (var u in chosen.Order())
            {
                edges.Add((v, u));
                endpoints.Add(u);
                endpoints.Add(v);
            }
        }
        return edges;
    }

    /// <summary>A random recursive tree: node i hangs under a uniformly chosen earlier node (edges parent → child).</summary>
    public static List<(int U, int V)> Tree(Random random, int n)
    {
        var edges = new List<(int, int)>();
        for (var v = 1; v < n; v++) edges.Add((random.Next(v), v));
        return edges;
    }

    /// <summary>
    /// A layered supply DAG: nodes 0..n-1 in <paramref name="widths"/>.Length tiers; every node of a tier after the
    /// first gets one to three suppliers from the tier before, plus occasional skip-tier suppliers.
    /// </summary>
    public static List<(int U, int V)> LayeredDag(Random random, int[] widths, double skipProbability)
    {
        var starts = new int[widths.Length + 1];
        for (var t = 0; t < widths.Length; t++) starts[t + 1] = starts[t] + widths[t];
        var edges = new List<(int, int)>();
        for (var t = 1; t < widths.Length; t++)
        {
            for (var v = starts[t]; v < starts[t + 1]; v++)
            {
                var suppliers = 1 + random.Next(3);
                for (var k = 0; k < suppliers; k++) edges.Add((starts[t - 1] + random.Next(widths[t - 1]), v));
                if (t > 1 && random.NextDouble() < skipProbability)
                {
                    var earlier = random.Next(t - 1);
                    edges.Add((starts[earlier] + random.Next(widths[earlier]), v));
                }
            }
        }
        return edges;
    }

    /// <summary>A path 0 → 1 → … → n-1.</summary>
    public static List<(int U, int V)> Path(int n)
    {
        var edges = new List<(int, int)>();
        for (var v = 1; v < n; v++) edges.Add((v - 1, v));
        return edges;
    }

    /// <summary>A w × h grid with edges right and down.</summary>
    public static List<(int U, int V)> Grid(int width, int height)
    {
        var edges = new List<(int, int)>();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var v = y * width + x;
                if (x + 1 < width) edges.Add((v, v + 1));
                if (y + 1 < height) edges.Add((v, v + width));
            }
        }
        return edges;
    }

    /// <summary>Adds <paramref name="loops"/> self-loops and <paramref name="duplicates"/> copies (some reversed) of existing edges.</summary>
    public static List<(int U, int V)> WithLoopsAndDuplicates(Random random, List<(int U, int V)> edges, int n, int loops, int duplicates)
    {
        var result = new List<(int U, int V)>(edges);
        for (var i = 0; i < loops; i++)
        {
            var v = random.Next(n);
            result.Insert(random.Next(result.Count + 1), (v, v));
        }
        for (var i = 0; i < duplicates && edges.Count > 0; i++)
        {
            var (u, v) = edges[random.Next(edges.Count)];
            result.Insert(random.Next(result.Count + 1), random.Next(4) == 0 ? (v, u) : (u, v));
        }
        return result;
    }

    /// <summary>Disjoint union: <paramref name="parts"/> shifted to consecutive id ranges.</summary>
    public static List<(int U, int V)> Union(IEnumerable<(int Nodes, List<(int U, int V)> Edges)> parts, out int nodeCount)
    {
        var result = new List<(int, int)>();
        nodeCount = 0;
        foreach (var (nodes, edges) in parts)
        {
            var offset = nodeCount;
            result.AddRange(edges.Select(e => (e.U + offset, e.V + offset)));
            nodeCount += nodes;
        }
        return result;
    }
}
