namespace ChainGraph.GraphQL.Language;

/// <summary>
/// One lexical token. <see cref="Start"/>/<see cref="End"/> are UTF-16 offsets into the source;
/// <see cref="Line"/>/<see cref="Column"/> are 1-based. <see cref="Value"/> holds the text of names,
/// numbers and comments and the decoded value of strings; it is null for punctuators.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value)
{
    /// <summary>How graphql-js describes a token kind in error messages (e.g. <c>Name</c>, <c>"{"</c>).</summary>
    public static string Describe(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenLeft => "\"(\"",
        TokenKind.ParenRight => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketLeft => "\"[\"",
        TokenKind.BracketRight => "\"]\"",
        TokenKind.BraceLeft => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceRight => "\"}\"",
        _ => kind.ToString(),
    };

    /// <summary>The token as described in error messages, e.g. <c>Name "foo"</c> or <c>&lt;EOF&gt;</c>.</summary>
    public override string ToString() => Value is null ? Describe(Kind) : $"{Describe(Kind)} \"{Value}\"";
}
