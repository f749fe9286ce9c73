using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Storage;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class SnapshotHolderTests
{
    [Fact]
    public async Task Current_AfterTheStoreChanged_ReloadRequestedAndNewVersionLoaded()
    {
        using var sample = new SampleStore();
        using var stores = sample.Provider();
        var clock = new ManualClock(new DateTimeOffset(2025, 8, 15, 9, 0, 0, TimeSpan.Zero));
        var metrics = new RecordingMetrics();
        var holder = new SnapshotHolder(stores, clock, metrics, Options.Create(new AnalysisOptions()));

        var first = holder.Current;
        using (var store = stores.Open()) store.Remove(Removal.Enterprise(sample.Dataset.Enterprises[^1].Id));
        holder.Current.Should().BeSameAs(first, "the version is compared at most once a second");
        clock.Advance(TimeSpan.FromSeconds(2));

        holder.Current.Should().BeSameAs(first, "readers keep the old snapshot while it reloads");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        (await holder.ReloadRequests.WaitToReadAsync(timeout.Token)).Should().BeTrue();
        var reloaded = holder.LoadNow();

        reloaded.Version.Should().BeGreaterThan(first.Version);
        holder.Current.Should().BeSameAs(reloaded);
        metrics.Loads.Should().Equal(first.Version, reloaded.Version);
    }

    [Fact]
    public void LoadNow_VersionUnchanged_KeepsTheSnapshot()
    {
        using var sample = new SampleStore();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));

        var first = holder.LoadNow();

        holder.IsLoaded.Should().BeTrue();
        holder.LoadNow().Should().BeSameAs(first);
        first.Info.Store.Should().Be(sample.Path);
    }
}
