namespace ChainGraph.Storage;

/// <summary>Record counts in a store (the `chaingraph stats` contract).</summary>
public sealed record StoreStats(long Enterprises, long Chains, long Segments, long Supplies, long Events);
