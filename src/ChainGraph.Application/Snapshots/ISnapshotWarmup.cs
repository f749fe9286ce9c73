namespace ChainGraph.Application.Snapshots;

/// <summary>
/// Work a host adds to <see cref="SnapshotWarmer"/>: after each load, off the request path, it makes a newly loaded
/// snapshot's first answers of one kind as fast as later ones (code compiled, lookups built). It must not change what any
/// request answers.
/// </summary>
public interface ISnapshotWarmup
{
    /// <summary>Warms for <paramref name="snapshot"/> (by the time it runs, a newer one may be current).</summary>
    Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken cancellationToken);
}
