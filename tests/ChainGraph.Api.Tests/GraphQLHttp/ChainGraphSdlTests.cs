using System.Net;
using ChainGraph.GraphQL.AspNetCore;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary><c>GET /graphql?sdl</c> on the real API: the analysts' schema, printed from the running executor.</summary>
public sealed class ChainGraphSdlTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task GetSdl_PrintsTheServedSchema_WhichRebuilds()
    {
        var served = api.App.Services.GetRequiredService<GraphQLRequestExecutor>().Schema;

        var response = await SendAsync(api.Client, Get("/graphql?sdl"));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/plain");
        response.Text.Should().EndWith("}\n", "the SDL is served as a text file, ending with one newline");
        var rebuilt = global::GraphQL.Types.Schema.For(response.Text, builder => builder.Types.For("Node").ResolveType = _ => null!);
        rebuilt.Initialize();
        Shape(rebuilt).Should().Equal(Shape(served));
    }

    // Every type with its fields and their argument names, in order (introspection types aside: the API completes them).
    private static IEnumerable<string> Shape(ISchema schema) => schema.AllTypes.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)).OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => t switch
    {
        IComplexGraphType complex => $"{t.Name}: {string.Join(", ", complex.Fields.Select(f => $"{f.Name}({string.Join(",", f.Arguments?.Select(a => a.Name) ?? [])}) {f.ResolvedType}"))}",
        EnumerationGraphType e => $"{t.Name}: {string.Join(", ", e.Values.Select(v => v.Name))}",
        _ => t.Name,
    });

    [Fact]
    public async Task GetSdl_KeepsTheCheckedInDescriptions()
    {
        var checkedIn = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "schema.graphql"));
        var schema = api.App.Services.GetRequiredService<GraphQLRequestExecutor>().Schema;

        var response = await SendAsync(api.Client, Get("/graphql?sdl"));

        response.Text.Should().Contain("\"One chain by id (e.g. `nev` for 新能源汽车); null when there is none.\"");
        checkedIn.Should().Contain("One chain by id (e.g. `nev` for 新能源汽车); null when there is none.");
        schema.Query.Fields.Select(f => f.Name).Should().Contain(["chain", "enterprises", "checklist", "auditLog"]);
    }
}
