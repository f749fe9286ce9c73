namespace ChainGraph.Analysis.Risk.Training;

/// <summary>
/// One label window of a time-based split: features as of <see cref="Start"/>, label = an event in [Start, End).
/// Rows and positives are filled once the window is built.
/// </summary>
public sealed record TrainingWindow(DateOnly Start, DateOnly End, WindowRole Role, int Rows = 0, int Positives = 0);
