namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Thrown by the lexer and parser. The message follows graphql-js ("Syntax Error: Expected Name, found &lt;EOF&gt;.");
/// <see cref="Line"/> and <see cref="Column"/> are 1-based.
/// </summary>
public sealed class GraphQLSyntaxError : GraphQLException
{
    /// <summary>Creates the error for a description at a source position.</summary>
    public GraphQLSyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>The UTF-16 offset of the error in the source.</summary>
    public int Position { get; }

    /// <summary>The 1-based line of the error.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the error.</summary>
    public int Column { get; }

    /// <summary>The error as a GraphQL response error with its location.</summary>
    public override GraphQLError ToError() => new(Message, [new SourceLocation(Line, Column)]);
}
