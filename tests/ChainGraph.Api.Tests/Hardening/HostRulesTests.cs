using System.Net;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>
/// Finding 3: the anonymous loopback caller only for requests that name a loopback host and carry no proxy, client-IP
/// or cross-site Origin header (DNS rebinding, proxies on the same machine); a key works whatever the Host.
/// </summary>
public sealed class HostRulesTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    private int Port => api.Client.BaseAddress!.Port;

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{port}")]
    [InlineData("LOCALHOST:{port}")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]:{port}")]
    public async Task NoKey_LoopbackHost_AnonymousAnalyst(string host)
    {
        var response = await api.Client.SendAsync(WithHost(Get("/test/caller"), host));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await RoleOf(response)).Should().Be("Analyst");
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("127.0.0.1.nip.io:{port}")]
    [InlineData("app.localhost:{port}")]
    [InlineData("192.168.1.20:{port}")]
    public async Task NoKey_OtherHost_Unauthenticated(string host)
    {
        var graphql = await api.Client.SendAsync(WithHost(PostGraphQL("{ chains { id } }"), host));
        var page = await api.Client.SendAsync(WithHost(Get("/test/caller"), host));

        graphql.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await ErrorCode(graphql)).Should().Be("UNAUTHENTICATED");
        page.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("Forwarded", "for=203.0.113.9")]
    [InlineData("X-Forwarded-For", "203.0.113.9")]
    [InlineData("X-Forwarded-Host", "evil.example")]
    [InlineData("X-Real-IP", "203.0.113.9")]
    [InlineData("True-Client-IP", "203.0.113.9")]
    [InlineData("CF-Connecting-IP", "203.0.113.9")]
    [InlineData("X-Client-IP", "203.0.113.9")]
    [InlineData("Via", "1.1 proxy")]
    public async Task NoKey_ProxyHeader_Unauthenticated(string header, string value)
    {
        var request = PostGraphQL("{ chains { id } }");
        request.Headers.Add(header, value);

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("http://evil.example", HttpStatusCode.Unauthorized)]
    [InlineData("null", HttpStatusCode.Unauthorized)]
    [InlineData("http://localhost:5080", HttpStatusCode.OK)]
    [InlineData("http://127.0.0.1:5080", HttpStatusCode.OK)]
    public async Task NoKey_Origin_OnlyLoopbackOriginsAnonymous(string origin, HttpStatusCode expected)
    {
        var request = PostGraphQL("{ chains { id } }");
        request.Headers.Add("Origin", origin);

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task Key_OtherHostAndProxyHeaders_Authenticated()
    {
        var request = WithHost(PostGraphQL("{ chains { id } }", api.Key(Role.Viewer)), "chaingraph.bureau.example");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("localhost:5080", true)]
    [InlineData("[::1]", true)]
    [InlineData("127.0.0.2:1", true)]
    [InlineData("::1", false)]
    [InlineData("", false)]
    [InlineData("localhost.", false)]
    [InlineData("evil.example", false)]
    public void IsLoopbackHost_HostHeader_OnlyLoopbackNames(string host, bool expected)
    {
        AnonymousAccess.IsLoopbackHost(host).Should().Be(expected);
    }

    private HttpRequestMessage WithHost(HttpRequestMessage request, string host)
    {
        request.Headers.Host = host.Replace("{port}", Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request;
    }
}
