using ChainGraph.Analysis.Risk.Metrics;
using FsCheck.Xunit;

namespace ChainGraph.Analysis.Tests.Risk.Metrics;

public sealed class MetricsCalculatorTests
{
    // A property with shrinking: a failure is reported as the smallest score/label lists that break it.
    [Property(MaxTest = 500)]
    public void RocAuc_AnyScoresWithTies_EqualsPairwiseCount(byte[] rawScores, bool[] rawLabels)
    {
        var n = Math.Min(rawScores.Length, rawLabels.Length);
        var scores = rawScores.Take(n).Select(s => (double)(s % 20)).ToArray();
        var labels = rawLabels.Take(n).ToArray();

        double wins = 0, pairs = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (!labels[i] || labels[j]) continue;
                pairs++;
                wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
            }
        }

        var auc = MetricsCalculator.RocAuc(scores, labels);
        if (pairs == 0) double.IsNaN(auc).Should().BeTrue();
        else auc.Should().BeApproximately(wins / pairs, 1e-12);
    }

    [Fact]
    public void AveragePrecision_HandExample_IsMeanPrecisionAtEachHit()
    {
        // Ranking: hit, miss, hit → precision 1 at the first hit, 2/3 at the second.
        MetricsCalculator.AveragePrecision([0.9, 0.8, 0.7], [true, false, true]).Should().BeApproximately((1 + 2 / 3.0) / 2, 1e-12);
    }

    [Fact]
    public void Evaluate_PerfectAndConstantPredictions_KnownValues()
    {
        bool[] labels = [true, false, false, false];

        var perfect = MetricsCalculator.Evaluate([1, 0, 0, 0], labels, bins: 2);
        var constant = MetricsCalculator.Evaluate([0.25, 0.25, 0.25, 0.25], labels, bins: 2);

        perfect.RocAuc.Should().Be(1);
        perfect.Brier.Should().Be(0);
        constant.RocAuc.Should().Be(0.5);
        constant.Brier.Should().BeApproximately(0.1875, 1e-12);
        constant.BaseRate.Should().Be(0.25);
        constant.Calibration.Sum(b => b.Count).Should().Be(4);
    }

    [Fact]
    public void RocAuc_OneClassOnly_IsNaN() => double.IsNaN(MetricsCalculator.RocAuc([0.1, 0.2], [false, false])).Should().BeTrue();

    [Theory]
    [InlineData(0.5, 1, 1, 0.5)]
    [InlineData(0.706, 928, 198_883, 0.0096)]
    [InlineData(0.664, 108, 4_212, 0.0289)]
    public void RocAucStandardError_KnownCases_HanleyMcNeil(double auc, int positives, int negatives, double expected) =>
        MetricsCalculator.RocAucStandardError(auc, positives, negatives).Should().BeApproximately(expected, 0.0005);
}
