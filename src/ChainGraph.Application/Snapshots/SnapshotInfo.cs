using ChainGraph.Domain;

namespace ChainGraph.Application.Snapshots;

/// <summary>What a snapshot holds: its data version, the store it came from, the counts and when it was loaded.</summary>
public sealed record SnapshotInfo(long Version, string Store, int Enterprises, int Chains, int Segments, int Supplies, int Events,
    DateTimeOffset LoadedAt)
{
    /// <summary>The info of <paramref name="dataset"/> loaded from <paramref name="store"/> at <paramref name="loadedAt"/>.</summary>
    public static SnapshotInfo Of(Dataset dataset, string store, DateTimeOffset loadedAt) =>
        new(dataset.Version, store, dataset.Enterprises.Count, dataset.Chains.Count, dataset.Segments.Count, dataset.Supplies.Count,
            dataset.Events.Count, loadedAt);
}
