using System.Text.Json;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Tests.Language;

/// <summary>
/// Oracle test: GraphQLJsParseGolden.json holds 87 sources with what graphql-js 16.15.0 answered — <c>print(parse(source))</c>
/// or the syntax error message and location. Our parser and printer must answer identically.
/// </summary>
public sealed class GraphQLJsParseGoldenTests
{
    private static readonly Lazy<GoldenCase[]> Cases = new(Load);

    public static IEnumerable<object[]> Sources() => Load().Select((_, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(Sources))]
    public void ParseAndPrint_GoldenSource_MatchesGraphQLJs(int index)
    {
        var golden = Cases.Value[index];
        string actual;
        try
        {
            actual = "OK " + Printer.Print(Parser.Parse(golden.Source));
        }
        catch (GraphQLSyntaxError error)
        {
            actual = $"ERR {error.Message} @{error.Line}:{error.Column}";
        }

        actual.Should().Be(golden.Expected, golden.Source);
    }

    private static GoldenCase[] Load()
    {
        const string relative = "tests/ChainGraph.GraphQL.Tests/Language/GraphQLJsParseGolden.json";
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, relative)))
        {
            directory = directory.Parent;
        }

        return JsonSerializer.Deserialize<GoldenCase[]>(File.ReadAllText(Path.Combine(directory!.FullName, relative)), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record GoldenCase(string Source, string Expected);
}
