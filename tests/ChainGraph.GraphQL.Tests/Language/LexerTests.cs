using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Tests.Language;

public sealed class LexerTests
{
    private static Token Single(string source) => new Lexer(source).Advance();

    private static GraphQLSyntaxError Fails(string source)
    {
        var act = () => Lexer.Tokenize(source);
        return act.Should().Throw<GraphQLSyntaxError>().Which;
    }

    [Theory]
    [InlineData("!", TokenKind.Bang)]
    [InlineData("$", TokenKind.Dollar)]
    [InlineData("&", TokenKind.Amp)]
    [InlineData("(", TokenKind.ParenLeft)]
    [InlineData(")", TokenKind.ParenRight)]
    [InlineData("...", TokenKind.Spread)]
    [InlineData(":", TokenKind.Colon)]
    [InlineData("=", TokenKind.Equals)]
    [InlineData("@", TokenKind.At)]
    [InlineData("[", TokenKind.BracketLeft)]
    [InlineData("]", TokenKind.BracketRight)]
    [InlineData("{", TokenKind.BraceLeft)]
    [InlineData("|", TokenKind.Pipe)]
    [InlineData("}", TokenKind.BraceRight)]
    [InlineData("name_1", TokenKind.Name)]
    [InlineData("-12", TokenKind.Int)]
    [InlineData("1.5e+3", TokenKind.Float)]
    [InlineData("\"s\"", TokenKind.String)]
    [InlineData("\"\"\"b\"\"\"", TokenKind.BlockString)]
    [InlineData("", TokenKind.EndOfFile)]
    public void Advance_EachTokenKind_RecognisesKind(string source, TokenKind kind)
    {
        Single(source).Kind.Should().Be(kind);
    }

    [Fact]
    public void ReadToken_Comment_IsReturnedButSkippedByAdvance()
    {
        Lexer.Tokenize("# hello\nfoo").Select(t => t.Kind).Should().Equal(TokenKind.Comment, TokenKind.Name, TokenKind.EndOfFile);
        Lexer.Tokenize("# hello")[0].Value.Should().Be(" hello");
        Single("# c\nfoo").Value.Should().Be("foo");
    }

    [Fact]
    public void Advance_IgnoredTokens_SkipsBomWhitespaceCommasAndTracksLines()
    {
        var token = Single("\uFEFF ,,\t\r\n\n  \r  foo");
        token.Value.Should().Be("foo");
        token.Line.Should().Be(4);
        token.Column.Should().Be(3);
    }

    [Theory]
    [InlineData("4", "4")]
    [InlineData("-4", "-4")]
    [InlineData("0", "0")]
    [InlineData("4.123", "4.123")]
    [InlineData("-0.123", "-0.123")]
    [InlineData("123e4", "123e4")]
    [InlineData("123E-4", "123E-4")]
    [InlineData("-1.123e4567", "-1.123e4567")]
    public void Advance_Numbers_KeepSourceText(string source, string value)
    {
        Single(source).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("00", "Syntax Error: Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Syntax Error: Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 2)]
    [InlineData("1.", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData(".123", "Syntax Error: Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Syntax Error: Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("1.0e", "Syntax Error: Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.2.3", "Syntax Error: Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1x", "Syntax Error: Invalid number, expected digit but got: \"x\".", 2)]
    public void Advance_BadNumbers_ThrowsWithPosition(string source, string message, int column)
    {
        var error = Fails(source);
        error.Message.Should().Be(message);
        error.Column.Should().Be(column);
    }

    [Theory]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\\/\\\\\"", "escaped \n\r\b\t\f/\\")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"\\u{1F600}\"", "\U0001F600")]
    [InlineData("\"\\u{0000000000041}\"", null)]
    [InlineData("\"\\uD83D\\uDE00\"", "\U0001F600")]
    [InlineData("\"\U0001F600 literal\"", "\U0001F600 literal")]
    public void Advance_Strings_DecodeEscapes(string source, string? value)
    {
        if (value is null)
        {
            Fails(source).Message.Should().StartWith("Syntax Error: Invalid Unicode escape sequence");
            return;
        }

        Single(source).Value.Should().Be(value);
    }

    [Theory]
    [InlineData("\"", "Syntax Error: Unterminated string.")]
    [InlineData("\"no end", "Syntax Error: Unterminated string.")]
    [InlineData("\"multi\nline\"", "Syntax Error: Unterminated string.")]
    [InlineData("'single'", "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    [InlineData("\"bad \\z esc\"", "Syntax Error: Invalid character escape sequence: \"\\z\".")]
    [InlineData("\"bad \\u1 esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u1 es\".")]
    [InlineData("\"bad \\uXXXX esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uXXXX\".")]
    [InlineData("\"bad \\u{} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"bad \\u{110000} esc\"", "Syntax Error: Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"bad \\uD800 lone\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uD800\".")]
    [InlineData("\"bad \\uDE00 lone\"", "Syntax Error: Invalid Unicode escape sequence: \"\\uDE00\".")]
    [InlineData("\u0007", "Syntax Error: Unexpected character: U+0007.")]
    [InlineData("\u00A0", "Syntax Error: Unexpected character: U+00A0.")]
    [InlineData("?", "Syntax Error: Unexpected character: \"?\".")]
    [InlineData("..", "Syntax Error: Unexpected character: \".\".")]
    public void Advance_InvalidInput_ThrowsGraphQLJsMessage(string source, string message)
    {
        Fails(source).Message.Should().Be(message);
    }

    [Fact]
    public void Advance_LoneSurrogates_AreInvalidCharacters()
    {
        var lone = ((char)0xD800).ToString();
        Fails("\"lone " + lone + " surrogate\"").Message.Should().Be("Syntax Error: Invalid character within String: U+D800.");
        Fails(lone).Message.Should().Be("Syntax Error: Invalid character: U+D800.");
    }

    [Fact]
    public void Advance_ControlCharacterInString_IsAllowedSourceCharacter()
    {
        Single("\"bell \u0007\"").Value.Should().Be("bell \u0007");
    }

    [Fact]
    public void Advance_ErrorOnLaterLine_ReportsLineAndColumn()
    {
        var error = Fails("\n\n    ?\n");
        (error.Line, error.Column).Should().Be((3, 5));
    }

    [Fact]
    public void Advance_BlockString_DedentsAndTracksLines()
    {
        var lexer = new Lexer("\"\"\"\n    hello\n      world\n    \"\"\" next");
        lexer.Advance().Value.Should().Be("hello\n  world");
        var next = lexer.Advance();
        (next.Line, next.Column).Should().Be((4, 9));
    }

    [Fact]
    public void Advance_BlockString_UnescapesTripleQuote()
    {
        Single("\"\"\"contains \\\"\"\" triple\"\"\"").Value.Should().Be("contains \"\"\" triple");
        Single("\"\"\"no \\n escape\"\"\"").Value.Should().Be("no \\n escape");
    }

    [Fact]
    public void Advance_UnterminatedBlockString_Throws()
    {
        Fails("\"\"\"never").Message.Should().Be("Syntax Error: Unterminated string.");
    }

    [Fact]
    public void Advance_GiantString_IsReadLinearly()
    {
        var text = new string('x', 900_000);
        Single("\"" + text + "\"").Value.Should().HaveLength(900_000);
    }
}
