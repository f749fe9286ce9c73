using ChainGraph.Analysis.Chains;
using ChainGraph.Application.Snapshots;

namespace ChainGraph.Application.Tests.Snapshots;

public sealed class AnalysisSnapshotTests(SampleStore sample) : IClassFixture<SampleStore>
{
    private static readonly DateTimeOffset LoadedAt = new(2025, 8, 15, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Checklist_Sample_EqualsTheAnalyzersChecklist()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);

        var expected = new ChainAnalyzer(sample.Dataset).Checklist();

        expected.Should().NotBeEmpty();
        snapshot.Checklist().Select(i => (i.Id, i.Rank, i.Severity)).Should().Equal(expected.Select(i => (i.Id, i.Rank, i.Severity)));
        snapshot.Checklist().Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
    }

    [Fact]
    public void Checklist_CancelledRequest_ThrowsAndTheNextRequestComputesIt()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var act = () => snapshot.Checklist(cancelled.Token);

        act.Should().Throw<OperationCanceledException>();
        snapshot.Checklist().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Cached_ComputationCancelledByAnotherCaller_WaiterComputesWithItsOwnToken()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);
        using var first = new CancellationTokenSource();
        using var started = new ManualResetEventSlim();
        var computations = 0;
        object Compute(CancellationToken token)
        {
            if (Interlocked.Increment(ref computations) > 1) return "second";
            started.Set();
            Thread.Sleep(200);
            token.ThrowIfCancellationRequested();
            return "first";
        }

        var cancelledCaller = Task.Run(() => snapshot.Cached("k", Compute, first.Token));
        started.Wait();
        var waiter = Task.Run(() => snapshot.Cached("k", Compute, CancellationToken.None));
        first.Cancel();

        await ((Func<Task>)(() => cancelledCaller)).Should().ThrowAsync<OperationCanceledException>();
        (await waiter).Should().Be("second");
        snapshot.Cached("k", Compute, CancellationToken.None).Should().Be("second");
    }

    [Fact]
    public void Checklist_AskedTwice_ComputedOnceAndCountedAsMissThenHit()
    {
        var metrics = new RecordingMetrics();
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt, metrics);

        var first = snapshot.ChecklistById();
        var second = snapshot.ChecklistById();

        second.Should().BeSameAs(first);
        metrics.Lookups.Should().StartWith(false).And.EndWith(true);
    }

    [Fact]
    public void PipelineEntries_ChainAndRung_AreThePipelinesSelection()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);
        var chain = sample.Dataset.Chains[0].Id;

        snapshot.PipelineEntries(chain, null).Should().NotBeEmpty().And.BeEquivalentTo(snapshot.Pipeline().Select(chain, null), o => o.WithStrictOrdering());
        snapshot.PipelineEntries(chain, null).Should().BeSameAs(snapshot.PipelineEntries(chain, null));
    }

    [Fact]
    public void CachedBounded_PastTheLimit_ComputesWithoutKeeping()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);

        var kept = snapshot.CachedBounded("a", () => new object(), limit: 1);
        var notKept = snapshot.CachedBounded("b", () => new object(), limit: 1);

        snapshot.CachedBounded("a", () => new object(), limit: 1).Should().BeSameAs(kept);
        snapshot.CachedBounded("b", () => new object(), limit: 1).Should().NotBeSameAs(notKept);
    }

    [Fact]
    public void TryClaimVersionCheck_ManyThreadsAtOnce_OneClaimPerInterval()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);
        var now = LoadedAt.AddSeconds(5);

        var claims = Enumerable.Range(0, 64).AsParallel().Count(_ => snapshot.TryClaimVersionCheck(now, TimeSpan.FromSeconds(1)));

        claims.Should().Be(1);
        snapshot.TryClaimVersionCheck(now.AddMilliseconds(500), TimeSpan.FromSeconds(1)).Should().BeFalse();
        snapshot.TryClaimVersionCheck(now.AddSeconds(1), TimeSpan.FromSeconds(1)).Should().BeTrue();
    }

    [Fact]
    public void TryGetSegment_UnknownId_False()
    {
        var snapshot = AnalysisSnapshot.Create(sample.Dataset, sample.Path, LoadedAt);

        snapshot.TryGetSegment("no-such-segment", out _).Should().BeFalse();
        snapshot.TryGetSegment(sample.Dataset.Segments[3].Id, out var index).Should().BeTrue();
        index.Should().Be(3);
    }
}
