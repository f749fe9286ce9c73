using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Storage;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class SnapshotHolderTests
{
    [Fact]
    public async Task Current_AfterTheStoreChanged_VersionCheckRequestedAndNewVersionLoaded()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var clock = new ManualClock(new DateTimeOffset(2025, 8, 15, 9, 0, 0, TimeSpan.Zero));
        var metrics = new RecordingMetrics();
        var holder = new SnapshotHolder(stores, clock, metrics, Options.Create(new AnalysisOptions()));

        var first = await holder.ReadyAsync();
        holder.Current.Should().BeSameAs(first);
        holder.VersionChecks.TryRead(out _);
        using (var store = await stores.OpenAsync()) await store.RemoveAsync(Removal.Enterprise(sample.Dataset.Enterprises[^1].Id));
        holder.Current.Should().BeSameAs(first);
        holder.VersionChecks.TryRead(out _).Should().BeFalse("the version is compared at most once a second");
        clock.Advance(TimeSpan.FromSeconds(2));

        holder.Current.Should().BeSameAs(first, "readers keep the old snapshot while it reloads");
        holder.VersionChecks.TryRead(out _).Should().BeTrue("a reader asked the refresher to compare versions");
        var opened = stores.OpenCount;
        var (reloaded, loaded) = await holder.ReloadIfChangedAsync(CancellationToken.None);

        loaded.Should().BeTrue();
        stores.OpenCount.Should().Be(opened + 1, "readers never open the store; the reload opens it once");

        reloaded.Version.Should().BeGreaterThan(first.Version);
        holder.Current.Should().BeSameAs(reloaded);
        metrics.Loads.Should().Equal(first.Version, reloaded.Version);
    }

    [Fact]
    public async Task LoadNow_VersionUnchanged_KeepsTheSnapshot()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));

        var first = await holder.LoadNowAsync();

        holder.IsLoaded.Should().BeTrue();
        (await holder.LoadNowAsync()).Should().BeSameAs(first);
        (await holder.ReadyAsync()).Should().BeSameAs(first);
        first.Info.Store.Should().Be(sample.Path);
    }

    [Fact]
    public async Task Current_BeforeAnyLoad_RefusedAndReadyAsyncLoadsOnceForConcurrentCallers()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var metrics = new RecordingMetrics();
        var holder = new SnapshotHolder(stores, TimeProvider.System, metrics, Options.Create(new AnalysisOptions()));

        var early = () => holder.Current;
        early.Should().Throw<InvalidOperationException>().WithMessage("*ReadyAsync*");
        var ready = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await holder.ReadyAsync())));

        ready.Should().OnlyContain(s => ReferenceEquals(s, ready[0]));
        metrics.Loads.Should().ContainSingle("concurrent callers wait for the one load under way");
    }

    [Fact]
    public async Task ReadyAsync_Cancelled_ThrowsAndLoadsNothing()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var act = async () => await holder.ReadyAsync(cancelled.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        holder.IsLoaded.Should().BeFalse();
    }
}
