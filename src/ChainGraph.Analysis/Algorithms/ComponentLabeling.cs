using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace ChainGraph.Analysis.Algorithms;

/// <summary>
/// A partition of the nodes into components: <see cref="Labels"/>[v] is v's component in 0 .. <see cref="Count"/> - 1
/// and <see cref="Sizes"/>[c] the number of nodes in component c.
/// </summary>
public sealed record ComponentLabeling(int Count, ImmutableArray<int> Labels, ImmutableArray<int> Sizes)
{
    /// <summary>Builds the labelling from a label array (taken over, not copied).</summary>
    internal static ComponentLabeling FromLabels(int count, int[] labels)
    {
        var sizes = new int[count];
        foreach (var label in labels) sizes[label]++;
        return new ComponentLabeling(count, ImmutableCollectionsMarshal.AsImmutableArray(labels),
            ImmutableCollectionsMarshal.AsImmutableArray(sizes));
    }
}
