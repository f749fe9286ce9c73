namespace ChainGraph.Storage.Import;

/// <summary>
/// Where a long import is: the phase (`validating`, `writing`), the file, and bytes read of it; or a step without a
/// measure of its own (<see cref="IsStep"/>: `committing`, `saving the snapshot`), which lasts until the next report.
/// </summary>
public readonly record struct ImportProgress(string Phase, string File, long BytesRead, long BytesTotal, long Rows)
{
    /// <summary>A step that runs until the next report, such as committing the transaction.</summary>
    public static ImportProgress Step(string phase, string subject) => new(phase, subject, -1, -1, -1);

    /// <summary>True for a <see cref="Step"/>.</summary>
    public bool IsStep => BytesTotal < 0;
}
