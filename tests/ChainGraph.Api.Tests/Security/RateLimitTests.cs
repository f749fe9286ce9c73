using System.Net;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>Two requests per second per key with a burst of two. Each test uses its own key, so buckets start full.</summary>
public sealed class RateLimitTests(RateLimitedHost api) : IClassFixture<RateLimitedHost>
{
    [Fact]
    public async Task BurstSpent_429WithRetryAfter_ThenRecovers()
    {
        var key = NewKey();

        var limited = await SendUntilLimited(() => Get("/test/caller", bearer: key));

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await ErrorCode(limited)).Should().Be("RATE_LIMITED");
        var retryAfter = limited.Headers.RetryAfter!.Delta!.Value;
        retryAfter.Should().BeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1)).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(2));
        await Task.Delay(retryAfter + TimeSpan.FromMilliseconds(100));
        (await api.Client.SendAsync(Get("/test/caller", bearer: key))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GraphQL_BurstSpent_429()
    {
        var key = NewKey();

        var limited = await SendUntilLimited(() => PostGraphQL("{ __typename }", bearer: key));

        limited.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        (await ErrorCode(limited)).Should().Be("RATE_LIMITED");
    }

    [Fact]
    public async Task OneKeySpent_OtherKeyUnaffected()
    {
        var spent = NewKey();
        var other = NewKey();
        await SendUntilLimited(() => Get("/test/caller", bearer: spent));

        (await api.Client.SendAsync(Get("/test/caller", bearer: other))).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void PartitionOf_KeyAndAnonymousCallers_ByKeyIdAndByNetwork()
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        http.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8:1:2:aaaa:bbbb:cccc:dddd");
        CallerRateLimiting.PartitionOf(http).Should().Be("ip:2001:db8:1:2::/64");

        http.User = CallerPrincipal.From(Caller.AnonymousViewer, "test");
        CallerRateLimiting.PartitionOf(http).Should().Be("ip:2001:db8:1:2::/64");

        http.User = CallerPrincipal.From(new Caller("0123456789abcdef", "ci", Role.Viewer), "test");
        CallerRateLimiting.PartitionOf(http).Should().Be("key:0123456789abcdef");
    }

    private string NewKey()
    {
        using var store = api.OpenServiceStore();
        return store.CreateKey(Guid.NewGuid().ToString("N"), "viewer").Plaintext;
    }

    // The bucket refills on a timer shared by all keys, so a refill may land between two requests: the burst (2) must
    // pass, and the limit must bite within the burst plus one refill (2 more).
    private async Task<HttpResponseMessage> SendUntilLimited(Func<HttpRequestMessage> request)
    {
        for (var sent = 1; sent <= 5; sent++)
        {
            var response = await api.Client.SendAsync(request());
            if (response.StatusCode == HttpStatusCode.OK) continue;
            response.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
            sent.Should().BeGreaterThan(2, "the burst of two passes");
            return response;
        }
        throw new Xunit.Sdk.XunitException("five requests in a row passed a limit of two per second");
    }
}
