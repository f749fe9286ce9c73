using System.Text.Json;
using ChainGraph.Application.Settings;
using ChainGraph.Application.Snapshots;
using ChainGraph.Application.Stores;
using ChainGraph.Application.Targets;
using ChainGraph.Application.Tests.Snapshots;
using ChainGraph.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChainGraph.Application.Tests.Targets;

public sealed class TargetsModelPreparerTests
{
    [Fact]
    public async Task SnapshotLoaded_EveryChainsModelStoredAndAnsweringAsComputed()
    {
        using var running = await Running.StartAsync(new AnalysisOptions());
        var (sample, preparer) = (running.Sample, running.Preparer);

        var snapshot = await running.Holder.ReadyAsync();
        await WaitUntil(() => preparer.LastPrepared is not null || preparer.LastFailure is not null);

        preparer.LastFailure.Should().BeNull();
        var chains = sample.Dataset.Chains.Count;
        preparer.LastPrepared.Should().Be(new PreparedModels(chains, chains));
        var models = TargetsModels.For(snapshot.Info.Store);
        using var store = await StoreFactory.OpenAsync(sample.Path);
        foreach (var chain in sample.Dataset.Chains)
        {
            models.TryGet(await models.KeyForAsync(store, chain.Id)).Should().NotBeNull(models.LastProblem);
            var request = new TargetsRequest(chain.Id, null, 3);
            JsonSerializer.Serialize(await TargetsUseCase.RunAsync(store, request, models))
                .Should().Be(JsonSerializer.Serialize(TargetsUseCase.Run(snapshot.Analyzer, request)));
        }
        await preparer.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task PrepareTargetsOff_SnapshotLoaded_NothingPreparedOrStored()
    {
        using var running = await Running.StartAsync(new AnalysisOptions { PrepareTargets = false });
        var (sample, preparer) = (running.Sample, running.Preparer);

        var snapshot = await running.Holder.ReadyAsync();
        await WaitUntil(() => preparer.ExecuteTask?.IsCompleted == true);

        preparer.ExecuteTask!.IsCompleted.Should().BeTrue("the preparer stops at once instead of waiting for loads");
        preparer.LastPrepared.Should().BeNull();
        var models = TargetsModels.For(snapshot.Info.Store);
        using var store = await StoreFactory.OpenAsync(sample.Path);
        models.TryGet(await models.KeyForAsync(store, sample.Dataset.Chains[0].Id)).Should().BeNull();
        await preparer.StopAsync(CancellationToken.None);
    }

    // The sample store, its snapshot holder and a started preparer with the given options.
    private sealed class Running(SampleStore sample, StoreProvider stores, SnapshotHolder holder, TargetsModelPreparer preparer) : IDisposable
    {
        public SampleStore Sample => sample;

        public SnapshotHolder Holder => holder;

        public TargetsModelPreparer Preparer => preparer;

        public static async Task<Running> StartAsync(AnalysisOptions options)
        {
            var sample = await SampleStore.CreateAsync();
            var stores = sample.Provider();
            var analysis = Options.Create(options);
            var holder = new SnapshotHolder(stores, TimeProvider.System, new RecordingMetrics(), analysis);
            var preparer = new TargetsModelPreparer(holder, analysis, TimeProvider.System, NullLogger<TargetsModelPreparer>.Instance);
            await preparer.StartAsync(CancellationToken.None);
            return new Running(sample, stores, holder, preparer);
        }

        public void Dispose()
        {
            preparer.Dispose();
            stores.Dispose();
            sample.Dispose();
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 120_000; waited += 50) await Task.Delay(50);
    }
}
