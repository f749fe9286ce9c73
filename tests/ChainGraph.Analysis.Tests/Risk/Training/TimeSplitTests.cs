using ChainGraph.Analysis.Risk.Training;

namespace ChainGraph.Analysis.Tests.Risk.Training;

public sealed class TimeSplitTests
{
    [Fact]
    public void Plan_DefaultCutoff_TestIsTheLastHorizonAndTrainingWindowsPrecedeIt()
    {
        var split = TimeSplit.Plan(new DateOnly(2019, 1, 1), new DateOnly(2026, 10, 1), TrainingOptions.Default);

        split.Cutoff.Should().Be(new DateOnly(2025, 10, 1));
        split.Test.Should().Be(new TrainingWindow(new DateOnly(2025, 10, 1), new DateOnly(2026, 10, 1), WindowRole.Test));
        split.Calibration!.Start.Should().Be(new DateOnly(2024, 10, 1));
        split.Fit.Select(w => w.Start.Year).Should().Equal(2019, 2020, 2021, 2022, 2023);
        split.Windows.Where(w => w.Role != WindowRole.Test).Should().OnlyContain(w => w.End <= split.Cutoff, "nothing after the cutoff is trained on");
    }

    [Fact]
    public void Plan_OneTrainingWindow_NoCalibrationWindow()
    {
        var split = TimeSplit.Plan(new DateOnly(2025, 10, 1), new DateOnly(2026, 10, 1), TrainingOptions.Default with { HorizonMonths = 6 });

        split.Fit.Should().ContainSingle().Which.Start.Should().Be(new DateOnly(2025, 10, 1));
        split.Calibration.Should().BeNull();
    }

    [Theory]
    [InlineData(12, "2019-06-01")]
    [InlineData(0, null)]
    [InlineData(12, "2026-01-01")]
    public void Plan_NoWholeTrainingWindow_Throws(int horizon, string? cutoff)
    {
        var options = TrainingOptions.Default with { HorizonMonths = horizon, Cutoff = cutoff is null ? null : DateOnly.Parse(cutoff) };

        var plan = () => TimeSplit.Plan(new DateOnly(2019, 1, 1), new DateOnly(2026, 10, 1), options);

        plan.Should().Throw<ArgumentException>();
    }
}
