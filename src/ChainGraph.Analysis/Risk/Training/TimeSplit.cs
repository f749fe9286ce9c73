namespace ChainGraph.Analysis.Risk.Training;

/// <summary>
/// Plans the windows of a time-based split: test = [cutoff, cutoff + horizon); training windows step back one horizon at
/// a time while they start on or after the history start; the test window must end within the recorded history, so every
/// label is observed. With two or more, the latest is the calibration window and the
/// rest are fitted on; with one, a random share of its enterprises calibrates. Nothing after the cutoff is ever fitted on.
/// </summary>
public sealed record TimeSplit(DateOnly HistoryStart, DateOnly HistoryEnd, DateOnly Cutoff, int HorizonMonths,
    IReadOnlyList<TrainingWindow> Windows)
{
    public IEnumerable<TrainingWindow> Fit => Windows.Where(w => w.Role == WindowRole.Fit);

    public TrainingWindow? Calibration => Windows.FirstOrDefault(w => w.Role == WindowRole.Calibration);

    public TrainingWindow Test => Windows.Single(w => w.Role == WindowRole.Test);

    /// <summary>
    /// Plans the split; throws <see cref="ArgumentException"/> when the history holds no training window before the cutoff.
    /// </summary>
    public static TimeSplit Plan(DateOnly historyStart, DateOnly historyEnd, TrainingOptions options)
    {
        if (options.HorizonMonths < 1) throw new ArgumentException("the horizon must be at least one month");
        var start = options.HistoryStart ?? historyStart;
        if (historyEnd <= start) throw new ArgumentException("there is no disruption history (events) to train on");
        var cutoff = options.Cutoff ?? historyEnd.AddMonths(-options.HorizonMonths);
        if (cutoff.AddMonths(options.HorizonMonths) > historyEnd)
            throw new ArgumentException($"the test window from {cutoff:yyyy-MM-dd} would end after the recorded history ({historyEnd:yyyy-MM-dd}), so its labels would be incomplete: choose a cutoff on or before {historyEnd.AddMonths(-options.HorizonMonths):yyyy-MM-dd}");
        var windows = new List<TrainingWindow> { new(cutoff, cutoff.AddMonths(options.HorizonMonths), WindowRole.Test) };
        for (var k = 1; cutoff.AddMonths(-k * options.HorizonMonths) >= start; k++)
            windows.Insert(0, new TrainingWindow(cutoff.AddMonths(-k * options.HorizonMonths),
                cutoff.AddMonths(-(k - 1) * options.HorizonMonths), WindowRole.Fit));
        if (windows.Count < 2)
            throw new ArgumentException($"no whole {options.HorizonMonths}-month training window between {start:yyyy-MM-dd} and the cutoff {cutoff:yyyy-MM-dd}: choose a later cutoff or a shorter horizon");
        if (windows.Count > 2) windows[^2] = windows[^2] with { Role = WindowRole.Calibration };
        return new TimeSplit(start, historyEnd, cutoff, options.HorizonMonths, windows);
    }
}
