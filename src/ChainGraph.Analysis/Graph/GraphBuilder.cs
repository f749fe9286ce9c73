using System.Collections.Immutable;
using System.Runtime.InteropServices;
using ChainGraph.Domain;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// Collects nodes and edges by external id and builds a <see cref="SupplyGraph"/>. Node ids are assigned in
/// order of first appearance. Not thread-safe; <see cref="Build"/> may be called more than once.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> ids = [];
    private readonly List<int> sources = [];
    private readonly List<int> targets = [];

    /// <summary>Number of distinct nodes added so far.</summary>
    public int NodeCount => ids.Count;

    /// <summary>Adds <paramref name="id"/> if it is new; returns its node id either way.</summary>
    public int AddNode(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        ref var node = ref CollectionsMarshal.GetValueRefOrAddDefault(index, id, out var exists);
        if (!exists)
        {
            node = ids.Count;
            ids.Add(id);
        }
        return node;
    }

    /// <summary>Adds the edge <paramref name="source"/> → <paramref name="target"/>, adding either node if new.</summary>
    public void AddEdge(string source, string target) => AddEdge(AddNode(source), AddNode(target));

    /// <summary>Adds an edge between nodes already added (by node id).</summary>
    public void AddEdge(int source, int target)
    {
        if ((uint)source >= (uint)ids.Count) throw new ArgumentOutOfRangeException(nameof(source));
        if ((uint)target >= (uint)ids.Count) throw new ArgumentOutOfRangeException(nameof(target));
        sources.Add(source);
        targets.Add(target);
    }

    /// <summary>Builds the snapshot: self-loops dropped, parallel edges merged.</summary>
    public SupplyGraph Build() =>
        FromEdges([.. ids], CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets));

    /// <summary>
    /// The supply graph of <paramref name="dataset"/>: one node per enterprise (node id = index in
    /// <see cref="Dataset.Enterprises"/>), one edge supplier → customer per pair, with the attributes of the
    /// supplies merged as <see cref="SupplyEdgeAttributes"/> describes.
    /// </summary>
    /// <param name="dataset">The data to snapshot.</param>
    /// <param name="includeSupply">Keeps only the supply rows (indices into <see cref="Dataset.Supplies"/>) it accepts, e.g. one chain's
    /// segments; null keeps all.</param>
    public static SupplyGraph FromDataset(Dataset dataset, Func<int, bool>? includeSupply = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var table = dataset.Supplies;
        var rows = SelectRows(table.Count, includeSupply);
        var supplier = Gather(table.Supplier, rows);
        var customer = Gather(table.Customer, rows);
        var csr = CsrBuilder.BuildForward(dataset.Enterprises.Count, supplier, customer, trackOrigins: true);
        var attributes = SupplyAttributeMerger.Merge(table, rows, csr);
        return new SupplyGraph(dataset.Enterprises.Ids, csr.Adjacency, attributes);
    }

    internal static SupplyGraph FromEdges(IReadOnlyList<string> nodeIds, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets)
    {
        var csr = CsrBuilder.BuildForward(nodeIds.Count, sources, targets, trackOrigins: false);
        return new SupplyGraph(nodeIds, csr.Adjacency, null);
    }

    private static int[]? SelectRows(int count, Func<int, bool>? include)
    {
        if (include is null) return null;
        var rows = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (include(i)) rows.Add(i);
        }
        return [.. rows];
    }

    private static ReadOnlySpan<int> Gather(ReadOnlySpan<int> column, int[]? rows)
    {
        if (rows is null) return column;
        var result = new int[rows.Length];
        for (var i = 0; i < rows.Length; i++) result[i] = column[rows[i]];
        return result;
    }
}
