using System.Net;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.Pages;

/// <summary>The two bundles the API serves from its assemblies (GraphiQL, the chain map): caching and what is not served.</summary>
public sealed class EmbeddedFileRoutesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/graphiql/graphiql.css")]
    [InlineData("/chainmap/chainmap.js")]
    [InlineData("/chains")]
    public async Task Get_SecondRequestWithETag_NotModified(string path)
    {
        var first = await api.Client.GetAsync(path);
        var request = Get(path);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await api.Client.SendAsync(request);

        first.Headers.CacheControl!.NoCache.Should().BeTrue();
        second.StatusCode.Should().Be(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("/graphiql/nope.js")]
    [InlineData("/graphiql/..%2Fappsettings.json")]
    [InlineData("/graphiql/graphiql.js.LEGAL.txt")]
    [InlineData("/chainmap/nope.js")]
    [InlineData("/chainmap/chainmap.js.LEGAL.txt")]
    [InlineData("/chainmap/..%2Fappsettings.json")]
    [InlineData("/chainmap/graphiql.js")]
    public async Task Get_NotInTheBundle_NotFound(string path)
    {
        var response = await api.Client.GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}
