using System.Net;
using System.Net.Http.Headers;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>Finding 7: no server path in <c>Snapshot.store</c> or <c>/health</c> for anyone but an admin.</summary>
public sealed class DisclosureTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    [Theory]
    [InlineData(null)]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Editor)]
    public async Task SnapshotStore_NotAdmin_KindWithoutPath(Role? role)
    {
        var body = await Json(await api.Client.SendAsync(PostGraphQL("{ snapshot { store version } }", role is { } r ? api.Key(r) : null)));

        body.GetProperty("data").GetProperty("snapshot").GetProperty("store").GetString().Should().Be("sqlite");
        body.ToString().Should().NotContain(Path.GetTempPath().TrimEnd('/'));
    }

    [Fact]
    public async Task SnapshotStore_Admin_FullPath()
    {
        var body = await Json(await api.Client.SendAsync(PostGraphQL("{ snapshot { store } }", api.Key(Role.Admin))));

        body.GetProperty("data").GetProperty("snapshot").GetProperty("store").GetString().Should().EndWith("store.db");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Editor)]
    public async Task Health_NotAdmin_NoPath(Role? role)
    {
        var response = await api.Client.SendAsync(Get("/health", bearer: role is { } r ? api.Key(r) : null));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        text.Should().NotContain(Path.GetTempPath().TrimEnd('/')).And.NotContain("store.db").And.Contain("\"store\":\"sqlite\"");
    }

    [Fact]
    public async Task Health_Admin_PathAndBackgroundStatus()
    {
        var body = await Json(await api.Client.SendAsync(Get("/health", bearer: api.Key(Role.Admin))));

        body.GetProperty("store").GetString().Should().EndWith("store.db");
        body.GetProperty("background").GetProperty("status").GetString().Should().Be("ok");
    }

    [Fact]
    public async Task GraphiQL_LoopbackWithoutKey_PageServed()
    {
        var response = await api.Client.SendAsync(BrowserGet());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    /// <summary>A browser opening <c>/graphql</c>: GET, HTML first, no key.</summary>
    public static HttpRequestMessage BrowserGet()
    {
        var request = Get("/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}

/// <summary>Finding 7 on a non-loopback listener: a browser's GET of <c>/graphql</c> without a key is 401, as docs/security.md says.</summary>
public sealed class NonLoopbackDisclosureTests(AnyAddressHost api) : IClassFixture<AnyAddressHost>
{
    [Fact]
    public async Task GraphiQL_NoKey_Unauthenticated()
    {
        var response = await api.Client.SendAsync(DisclosureTests.BrowserGet());

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.Should().ContainSingle(h => h.Scheme == "Bearer");
        (await response.Content.ReadAsStringAsync()).Should().NotContain("<html");
    }

    [Fact]
    public async Task GraphiQL_WithKey_PageServed()
    {
        var request = DisclosureTests.BrowserGet();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.Key(Role.Viewer));

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }
}
