using System.Runtime.CompilerServices;

namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Recursive-descent parser for the whole GraphQL language (executable and type-system definitions),
/// following graphql-js 16's grammar functions and error messages. Linear in the input; nesting is
/// checked before each recursive descent, so deep documents fail with a <see cref="GraphQLSyntaxError"/>
/// instead of overflowing the stack. The static entry points are thread-safe.
/// </summary>
public sealed partial class Parser
{
    private readonly Lexer _lexer;
    private readonly ParserOptions _options;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions options)
    {
        _options = options;
        if (source.Length > options.MaxDocumentLength)
        {
            throw new GraphQLSyntaxError(
                $"Document length {source.Length} exceeds the maximum of {options.MaxDocumentLength} characters.", 0, 1, 1);
        }

        _lexer = new Lexer(source);
    }

    private Token Current => _lexer.Token;

    /// <summary>Parses a document. Throws <see cref="GraphQLSyntaxError"/> on any syntax or limit violation.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        return parser.Run(parser.ParseDocument);
    }

    /// <summary>Parses a single value literal, e.g. <c>[1, {a: "b"}]</c>.</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        return parser.Run(() => parser.ParseWhole(() => parser.ParseValueLiteral(false)));
    }

    /// <summary>Parses a single type reference, e.g. <c>[String!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options ?? ParserOptions.Default);
        return parser.Run(() => parser.ParseWhole(parser.ParseTypeReference));
    }

    private T Run<T>(Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (InsufficientExecutionStackException)
        {
            throw _lexer.Error(Current.Start, "Document is nested too deeply to parse.");
        }
    }

    private T ParseWhole<T>(Func<T> parse)
    {
        ExpectToken(TokenKind.StartOfFile);
        var result = parse();
        ExpectToken(TokenKind.EndOfFile);
        return result;
    }

    private DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = Many(TokenKind.StartOfFile, ParseDefinition, TokenKind.EndOfFile);
        return new DocumentNode(definitions, LocationFrom(start));
    }

    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw _lexer.Error(Current.Start, $"Document exceeds the maximum nesting depth of {_options.MaxDepth}.");
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void ExitNesting() => _depth--;

    private Location LocationFrom(Token start)
    {
        return new Location(start.Start, _lastEnd, start.Line, start.Column);
    }

    private int _lastEnd;

    private void AdvanceLexer()
    {
        _lastEnd = Current.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw _lexer.Error(token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token ExpectToken(TokenKind kind)
    {
        var token = Current;
        if (token.Kind == kind)
        {
            AdvanceLexer();
            return token;
        }

        throw _lexer.Error(token.Start, $"Expected {Token.Describe(kind)}, found {token}.");
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (!ExpectOptionalKeyword(value))
        {
            throw _lexer.Error(Current.Start, $"Expected \"{value}\", found {Current}.");
        }
    }

    private bool ExpectOptionalKeyword(string value)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != value)
        {
            return false;
        }

        AdvanceLexer();
        return true;
    }

    private GraphQLSyntaxError Unexpected(Token? at = null)
    {
        var token = at ?? Current;
        return _lexer.Error(token.Start, $"Unexpected {token}.");
    }

    private IReadOnlyList<T> Many<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (!ExpectOptionalToken(close));
        return nodes;
    }

    private IReadOnlyList<T> OptionalMany<T>(TokenKind open, Func<T> parse, TokenKind close) =>
        Peek(open) ? Many(open, parse, close) : [];

    private IReadOnlyList<T> Any<T>(TokenKind open, Func<T> parse, TokenKind close)
    {
        ExpectToken(open);
        var nodes = new List<T>();
        while (!ExpectOptionalToken(close))
        {
            nodes.Add(parse());
        }

        return nodes;
    }

    private IReadOnlyList<T> DelimitedMany<T>(TokenKind delimiter, Func<T> parse)
    {
        ExpectOptionalToken(delimiter);
        var nodes = new List<T>();
        do
        {
            nodes.Add(parse());
        }
        while (ExpectOptionalToken(delimiter));
        return nodes;
    }

    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!, new Location(token.Start, token.End, token.Line, token.Column));
    }
}
