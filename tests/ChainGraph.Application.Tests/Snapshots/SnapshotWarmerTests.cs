using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class SnapshotWarmerTests
{
    [Fact]
    public async Task SnapshotLoaded_ThenReloaded_EachWarmedThenHandedOnToTheWorkAfterALoad()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));
        var warmup = new RecordingWarmup();
        using var warmer = new SnapshotWarmer(holder, [warmup], TimeProvider.System, NullLogger<SnapshotWarmer>.Instance);
        await warmer.StartAsync(CancellationToken.None);

        var first = await holder.ReadyAsync();
        var handedOn = await holder.Loads.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        using (var store = await stores.OpenAsync()) await store.RemoveAsync(Removal.Enterprise(sample.Dataset.Enterprises[^1].Id));
        var second = await holder.LoadNowAsync();
        var handedOnAgain = await holder.Loads.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        handedOn.Should().BeSameAs(first);
        handedOnAgain.Should().BeSameAs(second);
        warmup.Versions.Should().Equal(first.Version, second.Version);
        first.Dataset.Enterprises.ByOutputIfMade.Should().NotBeNull("the order is made before the snapshot is handed on");
        second.Dataset.Enterprises.ByOutputIfMade.Should().NotBeNull();
        await warmer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task NoWarmerAttached_LoadHandedOnAtOnce()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));

        var snapshot = await holder.ReadyAsync();

        holder.Loads.TryRead(out var handedOn).Should().BeTrue();
        handedOn.Should().BeSameAs(snapshot);
        snapshot.Dataset.Enterprises.ByOutputIfMade.Should().BeNull();
    }

    private sealed class RecordingWarmup : ISnapshotWarmup
    {
        public List<long> Versions { get; } = [];

        public Task WarmAsync(AnalysisSnapshot snapshot, CancellationToken cancellationToken)
        {
            Versions.Add(snapshot.Version);
            return Task.CompletedTask;
        }
    }
}
