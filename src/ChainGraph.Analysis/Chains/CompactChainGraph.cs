using ChainGraph.Analysis.Graph;

namespace ChainGraph.Analysis.Chains;

/// <summary>
/// A chain's graph over only the nodes its relations touch (at a million firms a chain touches a seventh of them), with
/// the ids it would have in the full graph: node c here is node <see cref="ToFull"/>(c) there, and the numbering is
/// ascending, so neighbour lists and searches keep the full graph's order. Immutable.
/// </summary>
internal sealed class CompactChainGraph
{
    private readonly int[] full;

    private CompactChainGraph(SupplyGraph graph, int[] full)
    {
        Graph = graph;
        this.full = full;
    }

    /// <summary>The graph in compact ids.</summary>
    public SupplyGraph Graph { get; }

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
        var graph = GraphBuilder.FromEdges([.. full.Select(idOf)], sources.AsSpan(0, count), targets.AsSpan(0, count));
        return new CompactChainGraph(graph, [.. full]);
    }

    /// <summary>The full graph's id of compact node <paramref name="node"/>.</summary>
    public int ToFull(int node) => full[node];

    /// <summary>The compact id of full node <paramref name="id"/>, or -1 when no relation of the chain touches it.</summary>
    public int ToCompact(int id)
    {
        var i = Array.BinarySearch(full, id);
        return i < 0 ? -1 : i;
    }
}
