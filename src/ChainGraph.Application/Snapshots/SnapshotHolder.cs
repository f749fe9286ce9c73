using System.Threading.Channels;
using ChainGraph.Application.Settings;
using ChainGraph.Application.Stores;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Snapshots;

/// <summary>
/// Holds the current analysis snapshot. Readers take <see cref="Current"/> once per request and never block; when the
/// store's version moves (an import or an edit), the next reader triggers one reload in the background while the others
/// keep the old snapshot, and the new one is swapped in atomically. The background loads (the first one at start, and
/// the reloads) run in <see cref="SnapshotRefresher"/>, which logs their failures. Thread-safe.
/// </summary>
public sealed class SnapshotHolder(StoreProvider stores, TimeProvider time, ISnapshotMetrics metrics, IOptions<AnalysisOptions> analysis)
{
    private readonly Channel<bool> _reloads =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _reloading = new();
    private volatile AnalysisSnapshot? _current;

    /// <summary>The snapshot to answer from; loads the first one synchronously.</summary>
    public AnalysisSnapshot Current
    {
        get
        {
            var current = _current;
            if (current is null) return LoadNow();
            RefreshIfStale(current);
            return current;
        }
    }

    /// <summary>Reload requests for <see cref="SnapshotRefresher"/>: one pending at most, later ones merge into it.</summary>
    internal ChannelReader<bool> ReloadRequests => _reloads.Reader;

    /// <summary>True once a snapshot has been loaded.</summary>
    public bool IsLoaded => _current is not null;

    /// <summary>Reloads now (after a write made through the API) and returns the new snapshot.</summary>
    public AnalysisSnapshot LoadNow()
    {
        lock (_reloading)
        {
            using var store = stores.Open();
            if (_current is { } current && current.Version == store.Version) return current;
            var started = time.GetTimestamp();
            var dataset = store.LoadDataset();
            var snapshot = AnalysisSnapshot.Create(dataset, store.Location, time.GetUtcNow(), metrics, analysis.Value.SettingsFor(dataset));
            metrics.SnapshotLoaded(snapshot.Version, time.GetElapsedTime(started));
            _current = snapshot;
            return snapshot;
        }
    }

    private void RefreshIfStale(AnalysisSnapshot current)
    {
        if (!current.TryClaimVersionCheck(time.GetUtcNow(), TimeSpan.FromSeconds(1))) return;
        using (var store = stores.Open())
        {
            if (store.Version == current.Version) return;
        }
        _reloads.Writer.TryWrite(true);
    }
}
