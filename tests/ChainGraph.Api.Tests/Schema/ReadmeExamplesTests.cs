using System.Text.RegularExpressions;
using ChainGraph.Api.Security;
using ChainGraph.Tests;

namespace ChainGraph.Api.Tests.Schema;

/// <summary>Every GraphQL example in the README runs on the bundled sample without errors, as an analyst would paste it.</summary>
public sealed partial class ReadmeExamplesTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    public static TheoryData<int> Examples => [.. Enumerable.Range(0, ReadmeQueries().Count)];

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_RunsWithoutErrors(int example)
    {
        var response = await GraphQLClient.Run(api, ReadmeQueries()[example], role: Role.Analyst);

        response.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        response.GetProperty("data").EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind != System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public void Readme_HasGraphQLExamples() => ReadmeQueries().Should().HaveCountGreaterThanOrEqualTo(4);

    private static IReadOnlyList<string> ReadmeQueries() =>
        [.. GraphQLBlock().Matches(File.ReadAllText(RepositoryPaths.Of("README.md"))).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
