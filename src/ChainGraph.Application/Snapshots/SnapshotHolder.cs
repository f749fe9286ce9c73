using System.Threading.Channels;
using ChainGraph.Application.Settings;
using ChainGraph.Application.Stores;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// Holds the current analysis snapshot. Readers take <see cref="Current"/> once per request and never block or touch the
/// store: at most once a second a reader asks <see cref="SnapshotRefresher"/> (in the background) to compare the
/// store's version with the snapshot's, and when it moved (an import or an edit) the refresher loads a new snapshot,
/// which is swapped in atomically while the others keep reading the old one. Before the first snapshot exists, callers
/// await <see cref="ReadyAsync"/>. One load runs at a time. Thread-safe.
/// </summary>
public sealed class SnapshotHolder(StoreProvider stores, TimeProvider time, ISnapshotMetrics metrics, IOptions<AnalysisOptions> analysis)
{
    private readonly Channel<bool> _checks =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Channel<AnalysisSnapshot> _loads =
        Channel.CreateBounded<AnalysisSnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly Channel<AnalysisSnapshot> _warmups =
        Channel.CreateBounded<AnalysisSnapshot>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly SemaphoreSlim _loading = new(1, 1);
    private volatile AnalysisSnapshot? _current;
    private volatile bool _warmerAttached;

    /// <summary>The snapshot to answer from.</summary>
    /// <exception cref="InvalidOperationException">No snapshot is loaded yet: await <see cref="ReadyAsync"/> first.</exception>
    public AnalysisSnapshot Current
    {
        get
        {
            var current = _current ?? throw new InvalidOperationException("no analysis snapshot is loaded yet: await ReadyAsync first");
            if (current.TryClaimVersionCheck(time.GetUtcNow(), TimeSpan.FromSeconds(1))) _checks.Writer.TryWrite(true);
            return current;
        }
    }

    /// <summary>Version checks for <see cref="SnapshotRefresher"/>: one pending at most, later ones merge into it.</summary>
    internal ChannelReader<bool> VersionChecks => _checks.Reader;

    /// <summary>
    /// Each newly loaded snapshot, for the slow work that follows a load (<c>TargetsModelPreparer</c>): once warmed when a
    /// <see cref="SnapshotWarmer"/> is attached, at once otherwise; only the latest waits.
    /// </summary>
    internal ChannelReader<AnalysisSnapshot> Loads => _loads.Reader;

    /// <summary>Each newly loaded snapshot, for the attached <see cref="SnapshotWarmer"/>; only the latest waits.</summary>
    internal ChannelReader<AnalysisSnapshot> Warmups => _warmups.Reader;

    /// <summary>
    /// From now on each load goes to <see cref="Warmups"/> first and on to <see cref="Loads"/> when <see cref="Warmed"/>:
    /// the work after a load runs one piece at a time, the requests' warm-up first, so a core stays free for requests.
    /// </summary>
    internal void AttachWarmer() => _warmerAttached = true;

    /// <summary>Hands a warmed snapshot on to <see cref="Loads"/>.</summary>
    internal void Warmed(AnalysisSnapshot snapshot) => _loads.Writer.TryWrite(snapshot);

    /// <summary>True once a snapshot has been loaded.</summary>
    public bool IsLoaded => _current is not null;

    /// <summary>The current snapshot, once one is loaded (loading the first one, or waiting for the load under way).</summary>
    public async ValueTask<AnalysisSnapshot> ReadyAsync(CancellationToken cancellationToken = default) =>
        _current ?? await LoadNowAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Reloads now if the store's version moved (after a write made through the API) and returns the snapshot.</summary>
    public async Task<AnalysisSnapshot> LoadNowAsync(CancellationToken cancellationToken = default) =>
        (await ReloadIfChangedAsync(cancellationToken).ConfigureAwait(false)).Snapshot;

    /// <summary>The snapshot of the store's current version, and whether it was loaded by this call.</summary>
    internal async Task<(AnalysisSnapshot Snapshot, bool Loaded)> ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var store = await stores.OpenAsync(cancellationToken).ConfigureAwait(false);
            var version = await store.GetVersionAsync(cancellationToken).ConfigureAwait(false);
            if (_current is { } current && current.Version == version) return (current, false);
            var started = time.GetTimestamp();
            var dataset = await store.LoadDatasetAsync(cancellationToken).ConfigureAwait(false);
            var snapshot = AnalysisSnapshot.Create(dataset, store.Location, time.GetUtcNow(), metrics, analysis.Value.SettingsFor(dataset));
            metrics.SnapshotLoaded(snapshot.Version, time.GetElapsedTime(started));
            _current = snapshot;
            (_warmerAttached ? _warmups : _loads).Writer.TryWrite(snapshot);
            return (snapshot, true);
        }
        finally
        {
            _loading.Release();
        }
    }
}
