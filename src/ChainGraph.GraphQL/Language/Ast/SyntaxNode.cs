namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Base of every AST node. Nodes are immutable after parsing and safe to share between threads;
/// a parsed document can therefore be cached and executed concurrently.
/// </summary>
public abstract class SyntaxNode(Location location)
{
    /// <summary>Where the node starts and ends in the source text.</summary>
    public Location Location { get; } = location;

    /// <summary>The node kind, for switching without type tests.</summary>
    public abstract SyntaxKind Kind { get; }

    /// <summary>The node printed in canonical GraphQL syntax.</summary>
    public override string ToString() => Printer.Print(this);
}
