using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ChainGraph.Tests;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>
/// The newcomer path: on loopback with the embedded store, every GraphQL example of the README (the <c>```graphql</c>
/// blocks and the <c>curl … /graphql</c> commands without a key) answers over real HTTP without errors and without a
/// key, exactly as pasted into GraphiQL or a terminal after <c>./run.sh</c>.
/// </summary>
public sealed partial class ReadmeWithoutKeyTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    public static TheoryData<int> Examples => [.. Enumerable.Range(0, Documents().Count)];

    [Fact]
    public void Readme_HasExamplesOfBothKinds()
    {
        GraphQLBlock().Matches(Readme()).Count.Should().BeGreaterThanOrEqualTo(4);
        CurlBody().Matches(Readme()).Count.Should().BeGreaterThanOrEqualTo(1);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task ReadmeExample_NoKeyOnLoopback_AnswersWithoutErrors(int example)
    {
        var response = await api.Client.PostAsJsonAsync("/graphql", new { query = Documents()[example] });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        response.StatusCode.Should().Be(HttpStatusCode.OK, body.ToString());
        body.TryGetProperty("errors", out var errors).Should().BeFalse(errors.ToString());
        body.GetProperty("data").EnumerateObject().Should().OnlyContain(p => p.Value.ValueKind != JsonValueKind.Null);
    }

    private static string Readme() => File.ReadAllText(RepositoryPaths.Of("README.md"));

    private static IReadOnlyList<string> Documents() =>
    [
        .. GraphQLBlock().Matches(Readme()).Select(m => m.Groups[1].Value),
        .. CurlBody().Matches(Readme()).Select(m => JsonDocument.Parse(m.Groups[1].Value).RootElement.GetProperty("query").GetString()!),
    ];

    [GeneratedRegex("```graphql\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();

    // curl commands against /graphql that send no key: their -d '…' JSON body.
    [GeneratedRegex(@"^curl (?:(?!Authorization|X-Api-Key)[^\n])*?/graphql(?:(?!Authorization|X-Api-Key)[^\n])*?-d '(\{[^']*\})'", RegexOptions.Multiline)]
    private static partial Regex CurlBody();
}
