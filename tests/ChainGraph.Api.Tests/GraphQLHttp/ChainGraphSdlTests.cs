using System.Net;
using ChainGraph.GraphQL;
using ChainGraph.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.GraphQLHttp;

/// <summary><c>GET /graphql?sdl</c> on the real API: the analysts' schema, printed from the running executor.</summary>
public sealed class ChainGraphSdlTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task GetSdl_PrintsTheServedSchema_WhichRebuilds()
    {
        var schema = api.App.Services.GetRequiredService<GraphQLExecutor>().Schema;

        var response = await SendAsync(api.Client, Get("/graphql?sdl"));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/plain");
        response.Text.Should().Be(SchemaPrinter.Print(schema) + "\n", "the SDL is served as a text file, ending with one newline");
        SchemaPrinter.Print(SchemaBuilder.FromSdl(response.Text).Build()).Should().Be(response.Text.TrimEnd('\n'));
    }
}
