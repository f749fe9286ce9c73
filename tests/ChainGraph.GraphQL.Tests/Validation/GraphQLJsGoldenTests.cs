using System.Text.Json;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Validation;

namespace ChainGraph.GraphQL.Tests.Validation;

/// <summary>
/// Oracle test: GraphQLJsGolden.json holds, for 277 documents against <see cref="ValidationHarness.Schema"/>, the errors
/// (messages and locations) graphql-js 16.15.0's <c>validate(schema, parse(doc), specifiedRules)</c> returned. Our
/// validator must return exactly the same errors in the same order. Regenerate with graphql-js when the harness changes.
/// </summary>
public sealed class GraphQLJsGoldenTests
{
    private static readonly Lazy<GoldenCase[]> Cases = new(Load);

    public static IEnumerable<object[]> Documents() => Cases.Value.Select((c, i) => new object[] { i });

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validate_GoldenDocument_MatchesGraphQLJs(int index)
    {
        var golden = Cases.Value[index];
        var actual = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(golden.Document), ValidationRules.Specified)
            .Select(e => e.Message + " @" + string.Join(",", (e.Locations ?? []).Select(l => $"{l.Line}:{l.Column}")));
        var expected = golden.Errors.Select(e => e.Message + " @" + string.Join(",", e.Locations.Select(l => $"{l[0]}:{l[1]}")));
        actual.Should().Equal(expected, golden.Document);
    }

    private static GoldenCase[] Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "tests", "ChainGraph.GraphQL.Tests", "Validation", "GraphQLJsGolden.json")))
        {
            directory = directory.Parent;
        }

        var path = Path.Combine(directory!.FullName, "tests", "ChainGraph.GraphQL.Tests", "Validation", "GraphQLJsGolden.json");
        return JsonSerializer.Deserialize<GoldenCase[]>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private sealed record GoldenCase(string Document, GoldenError[] Errors);

    private sealed record GoldenError(string Message, int[][] Locations);
}
