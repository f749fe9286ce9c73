namespace ChainGraph.Analysis.Graph;

/// <summary>An edge list could not be read: <see cref="FileName"/> and 1-based <see cref="Line"/> say where.</summary>
public sealed class EdgeListFormatException(string fileName, long line, string reason)
    : Exception($"{fileName}:{line}: {reason}")
{
    /// <summary>The file (or stream name) being read.</summary>
    public string FileName { get; } = fileName;

    /// <summary>1-based line where the offending record starts.</summary>
    public long Line { get; } = line;

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; } = reason;
}
