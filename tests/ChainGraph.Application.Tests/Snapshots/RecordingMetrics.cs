using System.Collections.Concurrent;
using ChainGraph.Application.Snapshots;

namespace ChainGraph.Application.Tests.Snapshots;

/// <summary>Keeps what the snapshot layer reports.</summary>
public sealed class RecordingMetrics : ISnapshotMetrics
{
    public ConcurrentQueue<bool> Lookups { get; } = new();

    public ConcurrentQueue<long> Loads { get; } = new();

    public void SnapshotLoaded(long version, TimeSpan duration) => Loads.Enqueue(version);

    public void CacheLookup(string cache, bool hit) => Lookups.Enqueue(hit);
}
