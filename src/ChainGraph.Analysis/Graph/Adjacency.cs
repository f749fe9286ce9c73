namespace ChainGraph.Analysis.Graph;

/// <summary>
/// One compressed sparse row adjacency: the neighbours of node <c>v</c> are
/// <c>Targets[Offsets[v] .. Offsets[v + 1])</c>, sorted ascending and without duplicates or self-loops.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class Adjacency
{
    private readonly int[] offsets;
    private readonly int[] targets;
    private readonly int[]? edgeIds;

    internal Adjacency(int[] offsets, int[] targets, int[]? edgeIds, bool hasEdgeIds)
    {
        this.offsets = offsets;
        this.targets = targets;
        this.edgeIds = edgeIds;
        HasEdgeIds = hasEdgeIds;
    }

    /// <summary>Number of nodes (rows).</summary>
    public int NodeCount => offsets.Length - 1;

    /// <summary>Number of adjacency slots; for <see cref="EdgeDirection.Undirected"/> twice the edge count.</summary>
    public int SlotCount => targets.Length;

    /// <summary>Row starts; length <see cref="NodeCount"/> + 1.</summary>
    public ReadOnlySpan<int> Offsets => offsets;

    /// <summary>Neighbour of every slot.</summary>
    public ReadOnlySpan<int> Targets => targets;

    /// <summary>
    /// Whether <see cref="EdgeId"/> maps slots to the directed edge ids of the graph (true for forward and
    /// reverse adjacency, false for the undirected projection, whose slots merge edges).
    /// </summary>
    public bool HasEdgeIds { get; }

    internal int[] OffsetArray => offsets;

    internal int[] TargetArray => targets;

    /// <summary>The neighbours of <paramref name="node"/>, ascending.</summary>
    public ReadOnlySpan<int> Neighbors(int node) => targets.AsSpan(offsets[node], offsets[node + 1] - offsets[node]);

    /// <summary>Number of neighbours of <paramref name="node"/>.</summary>
    public int Degree(int node) => offsets[node + 1] - offsets[node];

    /// <summary>The directed edge id behind adjacency slot <paramref name="slot"/>; indexes the edge attributes.</summary>
    /// <exception cref="InvalidOperationException">The adjacency has no edge ids (<see cref="HasEdgeIds"/> is false).</exception>
    public int EdgeId(int slot)
    {
        if (!HasEdgeIds) throw new InvalidOperationException("The undirected projection has no directed edge ids.");
        return edgeIds is null ? slot : edgeIds[slot];
    }

    /// <summary>The slot of neighbour <paramref name="target"/> in the row of <paramref name="node"/>, or -1.</summary>
    public int FindSlot(int node, int target)
    {
        var index = Neighbors(node).BinarySearch(target);
        return index < 0 ? -1 : offsets[node] + index;
    }
}
