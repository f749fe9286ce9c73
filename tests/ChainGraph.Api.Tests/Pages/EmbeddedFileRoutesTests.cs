using System.Net;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.Pages;

/// <summary>
/// The two bundles the API serves from its assemblies, without a key: the chain map page and its files (GraphiQL's own
/// are in GraphiQLTests), caching and what is not served.
/// </summary>
public sealed class EmbeddedFileRoutesTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/chains")]
    [InlineData("/chains/ic")]
    public async Task Get_ChainMapPagePath_ServesTheMapPage(string path)
    {
        var response = await SendAsync(api.Client, Get(path));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/html");
        response.Text.Should().Contain("/chainmap/chainmap.js");
    }

    [Theory]
    [InlineData("chainmap.js", "text/javascript")]
    [InlineData("chainmap.css", "text/css")]
    public async Task Get_ChainMapFile_ServedWithItsType(string file, string mediaType)
    {
        var response = await SendAsync(api.Client, Get("/chainmap/" + file));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be(mediaType);
    }

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
