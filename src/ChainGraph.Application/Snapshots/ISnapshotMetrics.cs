namespace ChainGraph.Application.Snapshots;

/// <summary>What the snapshot layer reports to the host's telemetry. Implementations must be thread-safe.</summary>
public interface ISnapshotMetrics
{
    /// <summary>A snapshot of data <paramref name="version"/> was loaded in <paramref name="duration"/>.</summary>
    void SnapshotLoaded(long version, TimeSpan duration);

    /// <summary>A lookup in <paramref name="cache"/> (e.g. <c>analysis</c>) found its value or had to compute it.</summary>
    void CacheLookup(string cache, bool hit);
}
