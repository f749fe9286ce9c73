using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Tests.Language;

public sealed class BlockStringTests
{
    [Theory]
    [InlineData("\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  ", "Hello,\n  World!\n\nYours,\n  GraphQL.")]
    [InlineData("\n\n  \n  first\n  \n  second\n\n  \n", "first\n\nsecond")]
    [InlineData("  leading kept on first line\n    second", "  leading kept on first line\nsecond")]
    [InlineData("\t\ttabs\n\t\t\tmore", "\t\ttabs\nmore")]
    [InlineData("a\r\n  b\r  c", "a\nb\nc")]
    [InlineData("   \n  \n", "")]
    [InlineData("single", "single")]
    public void Value_SpecExamples_Dedents(string raw, string expected)
    {
        BlockString.Value(raw).Should().Be(expected);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("two\nlines", "\"\"\"\ntwo\nlines\n\"\"\"")]
    [InlineData("ends with \"", "\"\"\"\nends with \"\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"has \\\"\"\" inside\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    public void Print_Values_MatchesGraphQLJs(string value, string expected)
    {
        BlockString.Print(value).Should().Be(expected);
    }

    [Theory]
    [InlineData("simple")]
    [InlineData("two\nlines\n  indented")]
    [InlineData("ends with \"")]
    [InlineData("has \"\"\" inside")]
    [InlineData("trailing backslash \\")]
    public void Print_ThenLex_RoundTrips(string value)
    {
        new Lexer(BlockString.Print(value)).Advance().Value.Should().Be(value);
    }
}
