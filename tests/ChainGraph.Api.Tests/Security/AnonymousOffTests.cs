using System.Net;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary><c>ChainGraph:Auth:AnonymousViewerOnLoopback = false</c>: loopback needs a key too.</summary>
public sealed class AnonymousOffTests(AnonymousOffHost api) : IClassFixture<AnonymousOffHost>
{
    [Theory]
    [InlineData("/test/caller")]
    [InlineData("/no-such-path")]
    public async Task NoKey_Unauthenticated(string path)
    {
        var response = await api.Client.SendAsync(Get(path));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
        (await ErrorCode(response)).Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task NoKey_GraphQL_401WithHowToAuthenticate()
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ __typename }"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Json(response)).GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("Authorization: Bearer");
    }

    [Fact]
    public async Task ValidKey_GraphQL_Answered()
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ __typename }", bearer: api.Key(Role.Viewer)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await Json(response)).GetProperty("data").GetProperty("__typename").GetString().Should().Be("Query");
    }
}
