using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class SnapshotRefresherTests
{
    [Fact]
    public async Task BeginWarmUp_BeforeTheHostStarts_LoadsOnceAndTheStartWaitsForThatLoad()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var (metrics, holder) = Holder(stores);
        using var refresher = Refresher(holder);

        refresher.BeginWarmUp();
        refresher.BeginWarmUp();
        var snapshot = await holder.ReadyAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        await refresher.StartAsync(CancellationToken.None);
        await refresher.StopAsync(CancellationToken.None);

        metrics.Loads.Should().Equal(snapshot.Version);
        refresher.LastFailure.Should().BeNull();
        holder.Current.Should().BeSameAs(snapshot);
    }

    [Fact]
    public async Task Start_WithoutAnEarlyWarmUp_LoadsTheFirstSnapshot()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var (metrics, holder) = Holder(stores);
        using var refresher = Refresher(holder);

        await refresher.StartAsync(CancellationToken.None);
        var snapshot = await holder.ReadyAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        await refresher.StopAsync(CancellationToken.None);

        metrics.Loads.Should().Equal(snapshot.Version);
        holder.IsLoaded.Should().BeTrue();
    }

    private static (RecordingMetrics Metrics, SnapshotHolder Holder) Holder(Stores.StoreProvider stores)
    {
        var metrics = new RecordingMetrics();
        return (metrics, new SnapshotHolder(stores, TimeProvider.System, metrics, Options.Create(new AnalysisOptions())));
    }

    private static SnapshotRefresher Refresher(SnapshotHolder holder) =>
        new(holder, TimeProvider.System, NullLogger<SnapshotRefresher>.Instance);
}
