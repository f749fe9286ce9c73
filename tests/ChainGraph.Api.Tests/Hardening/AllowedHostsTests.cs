using System.Net;
using ChainGraph.Api.Security;
using ChainGraph.Api.Tests.Security;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Hardening;

/// <summary>A deployment that sets <c>AllowedHosts</c>: every other Host is refused with 400 before anything else runs.</summary>
public sealed class AllowedHostsTests(AllowedHostsHost api) : IClassFixture<AllowedHostsHost>
{
    [Fact]
    public async Task OtherHost_BadRequest()
    {
        var request = PostGraphQL("{ chains { id } }", api.Key(Role.Viewer));
        request.Headers.Host = "evil.example";

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AllowedHost_WithKey_Answered()
    {
        var request = PostGraphQL("{ chains { id } }", api.Key(Role.Viewer));
        request.Headers.Host = "chaingraph.bureau.example";

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>On 127.0.0.1 with <c>AllowedHosts</c> set to the deployment's name.</summary>
public sealed class AllowedHostsHost() : SecureApiHost("http://127.0.0.1:0", "--AllowedHosts", "chaingraph.bureau.example");
