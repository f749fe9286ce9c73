using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class SnapshotWarmerTests
{
    [Fact]
    public async Task SnapshotLoaded_ThenReloaded_EachSnapshotsOutputOrderMadeInTheBackground()
    {
        using var sample = await SampleStore.CreateAsync();
        using var stores = sample.Provider();
        var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), Options.Create(new AnalysisOptions()));
        using var warmer = new SnapshotWarmer(holder, [], TimeProvider.System, NullLogger<SnapshotWarmer>.Instance);
        await warmer.StartAsync(CancellationToken.None);

        var first = await holder.ReadyAsync();
        await WaitUntil(() => first.Dataset.Enterprises.ByOutputIfMade is not null);
        using (var store = await stores.OpenAsync()) await store.RemoveAsync(Removal.Enterprise(sample.Dataset.Enterprises[^1].Id));
        var second = await holder.LoadNowAsync();
        await WaitUntil(() => second.Dataset.Enterprises.ByOutputIfMade is not null);

        first.Dataset.Enterprises.ByOutputIfMade.Should().NotBeNull();
        second.Should().NotBeSameAs(first);
        second.Dataset.Enterprises.ByOutputIfMade.Should().NotBeNull("each new snapshot is warmed");
        await warmer.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 60_000; waited += 20) await Task.Delay(20);
    }
}
