using ChainGraph.Analysis.Risk.Metrics;
using ChainGraph.Analysis.Risk.Models;

namespace ChainGraph.Analysis.Tests.Risk.Models;

public sealed class CalibratorTests
{
    [Fact]
    public void Fit_PlattOnKnownLogisticLink_RecoversSlopeAndIntercept()
    {
        var (scores, labels) = Sample(seed: 1, n: 20_000, link: s => 2 * s - 1);

        var calibrator = Calibrator.Fit(CalibrationMethod.Platt, scores, labels);

        calibrator.A.Should().BeApproximately(2, 0.1);
        calibrator.B.Should().BeApproximately(-1, 0.1);
    }

    [Theory]
    [InlineData(CalibrationMethod.Platt)]
    [InlineData(CalibrationMethod.Isotonic)]
    public void Apply_AnyScores_MonotoneAndWithinZeroOne(CalibrationMethod method)
    {
        var (scores, labels) = Sample(seed: 2, n: 3000, link: s => 0.5 * s - 2);
        var calibrator = Calibrator.Fit(method, scores, labels);

        var grid = Enumerable.Range(-60, 121).Select(k => k / 10.0).ToArray();
        var probabilities = grid.Select(calibrator.Apply).ToArray();

        probabilities.Should().BeInAscendingOrder().And.OnlyContain(p => p > 0 && p < 1);
    }

    [Theory]
    [InlineData(CalibrationMethod.Platt)]
    [InlineData(CalibrationMethod.Isotonic)]
    public void Fit_OverconfidentScores_CalibratedProbabilitiesHaveLowerBrierOnNewData(CalibrationMethod method)
    {
        // Raw logits are 3× too extreme; calibrated on one sample, judged on another.
        var (fitScores, fitLabels) = Sample(seed: 3, n: 20_000, link: s => s / 3);
        var (scores, labels) = Sample(seed: 4, n: 20_000, link: s => s / 3);
        var calibrator = Calibrator.Fit(method, fitScores, fitLabels);

        var raw = MetricsCalculator.Brier([.. scores.Select(Sigmoid)], labels);
        var calibrated = MetricsCalculator.Brier([.. scores.Select(calibrator.Apply)], labels);

        calibrated.Should().BeLessThan(raw);
        var table = MetricsCalculator.CalibrationTable([.. scores.Select(calibrator.Apply)], labels);
        table.Should().OnlyContain(b => Math.Abs(b.MeanPredicted - b.ObservedRate) < 0.05, "2,000 rows a decile: a standard error of about 0.011");
    }

    [Fact]
    public void Fit_IsotonicWithTiedScores_TiesGetOneProbability()
    {
        double[] scores = [1, 1, 1, 2, 2, 3];
        bool[] labels = [false, true, false, true, false, true];

        var calibrator = Calibrator.Fit(CalibrationMethod.Isotonic, scores, labels);

        calibrator.Apply(1).Should().BeApproximately(1 / 3.0, 1e-12);
        calibrator.Apply(2).Should().BeApproximately(0.5, 1e-12);
        calibrator.Apply(3).Should().BeApproximately(1 - 1e-4, 1e-12);
    }

    private static (double[] Scores, bool[] Labels) Sample(int seed, int n, Func<double, double> link)
    {
        var rng = new Random(seed);
        var scores = Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 8 - 4).ToArray();
        return (scores, [.. scores.Select(s => rng.NextDouble() < Sigmoid(link(s)))]);
    }

    private static double Sigmoid(double t) => 1 / (1 + Math.Exp(-t));
}
