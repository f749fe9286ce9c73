using System.Net;
using static ChainGraph.Api.Tests.GraphQLHttp.GraphQLHttpResponse;

namespace ChainGraph.Api.Tests.Pages;

/// <summary>The chain map page and its files as the real API serves them, without a key.</summary>
public sealed class ChainMapPageTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Theory]
    [InlineData("/chains")]
    [InlineData("/chains/ic")]
    public async Task Get_PagePath_ServesTheMapPage(string path)
    {
        var response = await SendAsync(api.Client, Get(path));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be("text/html");
        response.Text.Should().Contain("chainmap");
    }

    [Theory]
    [InlineData("chainmap.js", "text/javascript")]
    [InlineData("chainmap.css", "text/css")]
    public async Task Get_File_ServedWithItsType(string file, string mediaType)
    {
        var response = await SendAsync(api.Client, Get("/chainmap/" + file));

        response.Status.Should().Be(HttpStatusCode.OK);
        response.MediaType.Should().Be(mediaType);
    }
}
