using System.Net;
using System.Net.Http.Json;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>Request size limits and failures, in the Development environment, where a stack trace would be most likely.</summary>
public sealed class ErrorResponseTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    private const int OverOneMiB = 1024 * 1024 + 1;

    [Fact]
    public async Task UnhandledException_500WithoutDetails()
    {
        var response = await api.Client.SendAsync(Get("/test/throw"));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        (await ErrorCode(response)).Should().Be("INTERNAL_SERVER_ERROR");
        var text = await response.Content.ReadAsStringAsync();
        text.Should().NotContain("secret detail").And.NotContain("InvalidOperationException").And.NotContain(" at ");
    }

    [Fact]
    public async Task BodyOverKestrelLimit_413()
    {
        // Expect: 100-continue lets the server refuse before the body is sent; otherwise the client may still be
        // writing when the server closes the connection, and sees a broken pipe instead of the 413.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/test/body") { Content = new StringContent(new string('x', OverOneMiB)) };
        request.Headers.ExpectContinue = true;

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        (await ErrorCode(response)).Should().Be("PAYLOAD_TOO_LARGE");
    }

    [Fact]
    public async Task BodyUnderLimit_Read()
    {
        var response = await api.Client.PostAsync("/test/body", new StringContent(new string('x', 1000)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GraphQLBodyOverLimit_413()
    {
        var request = PostGraphQL("{ __typename }", bearer: api.Key(Role.Viewer));
        request.Content = JsonContent.Create(new { query = "{ __typename }", padding = new string(' ', OverOneMiB) });
        request.Headers.ExpectContinue = true;

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
    }
}
