using System.Net;
using ChainGraph.Api.Security;
using Microsoft.Extensions.DependencyInjection;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>Listening on 0.0.0.0 turns the anonymous viewer off, even for a client on loopback.</summary>
public sealed class NonLoopbackListenTests(AnyAddressHost api) : IClassFixture<AnyAddressHost>
{
    [Fact]
    public void AnonymousAccess_ListensOnAnyAddress_NotLoopbackOnly()
    {
        api.App.Services.GetRequiredService<AnonymousAccess>().ListensOnLoopbackOnly().Should().BeFalse();
    }

    [Theory]
    [InlineData("/test/caller")]
    [InlineData("/no-such-path")]
    [InlineData("/graphql?query=%7B__typename%7D")]
    public async Task NoKey_LoopbackClient_Unauthenticated(string path)
    {
        var response = await api.Client.SendAsync(Get(path));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer");
    }

    [Fact]
    public async Task Health_NoKey_StatusForProbesWithoutStoreDetails()
    {
        var response = await api.Client.SendAsync(Get("/health"));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        body.Should().Contain("\"status\":\"ok\"").And.NotContain("store").And.NotContain("counts");
    }

    [Fact]
    public async Task ValidKey_Authenticated()
    {
        var response = await api.Client.SendAsync(Get("/test/caller", apiKey: api.Key(Role.Viewer)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }
}
