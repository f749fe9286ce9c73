using System.Net;
using ChainGraph.Api.Tests.GraphQLHttp;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>
/// Issue 14's hostile requests against the real host (Kestrel, the sample data, the loopback analyst): each is refused
/// with a 4xx and a code, or answered with a bounded result, and ordinary requests keep being answered.
/// </summary>
public sealed class HostileRequestTests(SampleApiFixture api) : IClassFixture<SampleApiFixture>
{
    private const string Gql = "application/graphql-response+json";

    private const string FullIntrospection = """
        query IntrospectionQuery {
          __schema {
            description queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description isRepeatable locations args(includeDeprecated: true) { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue isDeprecated deprecationReason }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;

    [Fact]
    public async Task ConnectionPageTimesAliases_CostLimit()
    {
        var query = Aliases(40, "enterprises(first: 100) { nodes { suppliers(first: 100) { nodes { supplier { name } } } } }");

        var response = await PostAsync(query);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.FirstCode.Should().Be("COST_LIMIT");
        response.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task OneLargePage_PricedByItsFirst()
    {
        var small = await PostAsync("{ enterprises(first: 5) { nodes { suppliers(first: 5) { nodes { supplier { name } } } } } }");
        var large = await PostAsync("{ enterprises(first: 100) { nodes { suppliers(first: 100) { nodes { supplier { name } customer { name } segment { name } } } } } }");

        small.Status.Should().Be(HttpStatusCode.OK, small.Text);
        large.Status.Should().Be(HttpStatusCode.BadRequest, "100 x 100 x 4 composite fields is over the budget of 20,000");
        large.FirstCode.Should().Be("COST_LIMIT");
    }

    [Fact]
    public async Task FullIntrospection_Answered_ButAliasedTwentyTimes_CostLimit()
    {
        var once = await PostAsync(FullIntrospection);
        var aliased = FullIntrospection.Replace("  __schema {", string.Concat(Enumerable.Range(0, 20).Select(i => $"  s{i}: __schema {{ types {{ ...FullType }} }}\n")) + "  __schema {", StringComparison.Ordinal);

        var many = await PostAsync(aliased);

        once.Status.Should().Be(HttpStatusCode.OK, once.Text);
        once.Json.GetProperty("data").GetProperty("__schema").GetProperty("types").GetArrayLength().Should().BeGreaterThan(50);
        many.Status.Should().Be(HttpStatusCode.BadRequest);
        many.FirstCode.Should().Be("COST_LIMIT");
    }

    [Fact]
    public async Task ThousandsOfFragmentSpreads_RefusedBeforeValidation()
    {
        var query = "{ " + string.Concat(Enumerable.Repeat("...F ", 3_000)) + "} fragment F on Query { snapshot { version } }";

        var response = await PostAsync(query);

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.FirstCode.Should().Be("COST_LIMIT");
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("fragment spreads");
    }

    [Fact]
    public async Task ThousandsOfAliases_Refused()
    {
        var response = await PostAsync(Aliases(1_000, "snapshot { version }"));

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("aliases");
    }

    [Fact]
    public async Task DeepNesting_DepthLimit()
    {
        var response = await PostAsync("{ chain(id: \"nev\") { segments { chain { segments { chain { segments { chain { segments { chain { segments { chain { segments { chain { name } } } } } } } } } } } } } }");

        response.Status.Should().Be(HttpStatusCode.BadRequest);
        response.FirstCode.Should().Be("DEPTH_LIMIT");
    }

    [Theory]
    [InlineData("""{"query":"{ chain(id: \"\ud800\") { id } }"}""")]
    [InlineData("""{"query":"query($id: ID!) { chain(id: $id) { id } }","variables":{"id":"\udc00x"}}""")]
    [InlineData("""{"query":"query A { snapshot { version } }","operationName":"A\ud800"}""")]
    [InlineData("""{"query":"{ snapshot { version } }","variables":{"\ud800":1}}""")]
    public async Task LoneSurrogateEscapes_BadRequest(string body)
    {
        var response = await SendAsync(api.Client, Post("/graphql", body, accept: Gql));

        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Text);
        response.FirstCode.Should().Be("BAD_REQUEST");
    }

    [Theory]
    [InlineData("{ enterprises(first: 2147483648) { totalCount } }", HttpStatusCode.BadRequest)]
    [InlineData("{ enterprises(first: 99999999999999999999999) { totalCount } }", HttpStatusCode.BadRequest)]
    [InlineData("{ enterprises(first: -1) { totalCount } }", HttpStatusCode.OK)]
    public async Task OverflowingPageSizes_RefusedNotWrapped(string query, HttpStatusCode status)
    {
        var response = await PostAsync(query);

        response.Status.Should().Be(status, response.Text);
        response.Json.GetProperty("errors").GetArrayLength().Should().BeGreaterThan(0);
        response.Text.Should().NotContain("Exception").And.NotContain(".cs:line");
    }

    [Fact]
    public async Task OverflowingPageSizeVariable_BadUserInput()
    {
        var response = await SendAsync(api.Client, Post("/graphql", """{"query":"query($n: Int) { enterprises(first: $n) { totalCount } }","variables":{"n":1e30}}""", accept: Gql));

        response.Status.Should().Be(HttpStatusCode.BadRequest, response.Text);
        response.FirstCode.Should().Be("BAD_USER_INPUT");
    }

    [Fact]
    public async Task BombsInParallel_OrdinaryRequestsStillAnswered()
    {
        var bombs = Enumerable.Range(0, 8).Select(i => PostAsync(Aliases(150 + i, "enterprises(first: 100) { nodes { suppliers(first: 100) { nodes { supplier { name } } } } }"))).ToList();
        var spreads = PostAsync("{ " + string.Concat(Enumerable.Repeat("...F ", 5_000)) + "} fragment F on Query { snapshot { version } }");

        var ordinary = await PostAsync("{ chain(id: \"nev\") { name segments { name } } }");
        var refused = await Task.WhenAll(bombs.Append(spreads));

        ordinary.Status.Should().Be(HttpStatusCode.OK, ordinary.Text);
        ordinary.Json.GetProperty("data").GetProperty("chain").GetProperty("name").GetString().Should().Be("新能源汽车");
        refused.Select(r => r.Status).Should().OnlyContain(s => s == HttpStatusCode.BadRequest);
    }

    private static string Aliases(int count, string selection) =>
        "{ " + string.Join(" ", Enumerable.Range(0, count).Select(i => $"a{i}: {selection}")) + " }";

    private Task<GraphQLHttpResponse> PostAsync(string query) =>
        SendAsync(api.Client, Post("/graphql", System.Text.Json.JsonSerializer.Serialize(new { query }), accept: Gql));
}
