using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// A chain's graph over only the nodes its relations touch (at a million firms a chain touches a seventh of them), with
/// the ids it would have in the full graph: node c here is node <see cref="ToFull"/>(c) there, and the numbering is
/// ascending, so neighbour lists and searches keep the full graph's order. Chokepoints walk it against the edges, from each
/// owner, so only the <see cref="Suppliers"/> rows are built up front. Safe to share between threads.
/// </summary>
internal sealed class CompactChainGraph
{
    private readonly int[] full;
    private readonly Func<int, string> idOf;
    private readonly Lazy<SupplyGraph> graph;

    private CompactChainGraph(Adjacency suppliers, int[] full, Func<int, string> idOf)
    {
        Suppliers = suppliers;
        this.full = full;
        this.idOf = idOf;
        graph = new Lazy<SupplyGraph>(() => PredecessorRows.GraphOf(new IdView(full.Length, i => idOf(full[i])), Suppliers));
    }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => full.Length;

    /// <summary>Every node's suppliers (the graph's <see cref="SupplyGraph.In"/> rows), in compact ids.</summary>
    public Adjacency Suppliers { get; }

    /// <summary>The whole graph in compact ids, built on first use.</summary>
    public SupplyGraph Graph => graph.Value;

    /// <summary>
    /// Renumbers the edges <paramref name="sources"/>[i] → <paramref name="targets"/>[i] (i &lt; <paramref name="count"/>, ids
    /// below <paramref name="idCount"/>) in place to compact ids and builds the graph; <paramref name="idOf"/> names a full id.
    /// </summary>
    public static CompactChainGraph Build(int idCount, int[] sources, int[] targets, int count, Func<int, string> idOf)
    {
        var compact = new int[idCount];
        for (var i = 0; i < count; i++) compact[sources[i]] = compact[targets[i]] = 1;
        var full = new List<int>();
        for (var v = 0; v < idCount; v++)
        {
            if (compact[v] == 0) continue;
            compact[v] = full.Count;
            full.Add(v);
        }
        for (var i = 0; i < count; i++) (sources[i], targets[i]) = (compact[sources[i]], compact[targets[i]]);
        var suppliers = PredecessorRows.Of(full.Count, sources.AsSpan(0, count), targets.AsSpan(0, count));
        return new CompactChainGraph(suppliers, [.. full], idOf);
    }

    /// <summary>The full graph's id of compact node <paramref name="node"/>.</summary>
    public int ToFull(int node) => full[node];

    /// <summary>The compact id of full node <paramref name="id"/>, or -1 when no relation of the chain touches it.</summary>
    public int ToCompact(int id)
    {
        var i = Array.BinarySearch(full, id);
        return i < 0 ? -1 : i;
    }

    /// <summary>The external id of full node <paramref name="id"/>.</summary>
    public string IdOfFull(int id) => idOf(id);
}
