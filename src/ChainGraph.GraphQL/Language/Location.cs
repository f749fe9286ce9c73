namespace ChainGraph.GraphQL.Language;

/// <summary>
/// A node's span in the source: <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets
/// (end exclusive); <see cref="Line"/> and <see cref="Column"/> are 1-based and describe the start.
/// </summary>
public readonly record struct Location(int Start, int End, int Line, int Column)
{
    /// <summary>The start as a line/column pair, as reported in errors.</summary>
    public SourceLocation ToSourceLocation() => new(Line, Column);
}
