using QuikGraph;

namespace ChainGraph.Analysis.Graph;

/// <summary>
/// A directed edge of a <see cref="SupplyGraph"/> as QuikGraph sees it: the edge id (the slot of
/// <see cref="SupplyGraph.Out"/>, which indexes <see cref="SupplyGraph.Attributes"/>) with its two node ids. A value type:
/// enumerating edges allocates nothing per edge, and two edges are equal when their ids are.
/// </summary>
public readonly record struct SupplyEdge(int Id, int Source, int Target) : IEdge<int>
{
    public bool Equals(SupplyEdge other) => Id == other.Id;

    public override int GetHashCode() => Id;
}
