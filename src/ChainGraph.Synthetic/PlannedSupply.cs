using ChainGraph.Domain;

namespace ChainGraph.Synthetic;

/// <summary>A generated supply relation with the dense indices (enterprise, segment) it was planned with.</summary>
public readonly record struct PlannedSupply(int Supplier, int Customer, int Segment, Supply Row);
