using System.Net;
using ChainGraph.Api.Security;
using static ChainGraph.Api.Tests.Security.Responses;
using static ChainGraph.Api.Tests.Security.SecureApiHost;

namespace ChainGraph.Api.Tests.Security;

/// <summary>Keys and the anonymous viewer on a host that listens on loopback with the defaults.</summary>
public sealed class AuthenticationTests(LoopbackHost api) : IClassFixture<LoopbackHost>
{
    [Fact]
    public async Task NoKey_LoopbackClient_AnonymousAnalyst()
    {
        var response = await api.Client.SendAsync(Get("/test/caller"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var caller = await Json(response);
        caller.GetProperty("isAnonymous").GetBoolean().Should().BeTrue();
        caller.GetProperty("role").GetString().Should().Be("Analyst");
    }

    [Fact]
    public async Task NoKey_Health_Ok()
    {
        var response = await api.Client.SendAsync(Get("/health"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task NoKey_GraphQL_ViewerQueryAnswered()
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ __typename snapshot { enterprises } }"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var data = (await Json(response)).GetProperty("data");
        data.GetProperty("snapshot").GetProperty("enterprises").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task NoKey_GraphQL_AdminFieldForbidden()
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ auditLog { nodes { id } } }"));

        (await ErrorCode(response)).Should().Be("FORBIDDEN");
    }

    [Fact]
    public async Task NoKey_ProxyHeaders_Unauthenticated()
    {
        var request = Get("/test/caller");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData(Role.Viewer)]
    [InlineData(Role.Analyst)]
    [InlineData(Role.Editor)]
    [InlineData(Role.Admin)]
    public async Task BearerKey_EachRole_CallerHasKeyAndRole(Role role)
    {
        var response = await api.Client.SendAsync(Get("/test/caller", bearer: api.Key(role)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var caller = await Json(response);
        caller.GetProperty("role").GetString().Should().Be(role.ToString());
        caller.GetProperty("name").GetString().Should().Be(role.ToString().ToLowerInvariant());
        caller.GetProperty("isAnonymous").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task ApiKeyHeader_ValidKey_Authenticated()
    {
        var response = await api.Client.SendAsync(Get("/test/caller", apiKey: api.Key(Role.Editor)));

        (await RoleOf(response)).Should().Be("Editor");
    }

    [Fact]
    public async Task BothHeaders_SameKey_Authenticated()
    {
        var response = await api.Client.SendAsync(Get("/test/caller", bearer: api.Key(Role.Analyst), apiKey: api.Key(Role.Analyst)));

        (await RoleOf(response)).Should().Be("Analyst");
    }

    [Fact]
    public async Task BothHeaders_DifferentKeys_Unauthenticated()
    {
        var response = await api.Client.SendAsync(Get("/test/caller", bearer: api.Key(Role.Viewer), apiKey: api.Key(Role.Admin)));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/test/caller")]
    [InlineData("/no-such-path")]
    public async Task BadKey_AnyPath_UnauthenticatedNotAnonymous(string path)
    {
        var response = await api.Client.SendAsync(Get(path, bearer: "cg_0123456789abcdef_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().Be("Bearer error=\"invalid_token\"");
        (await ErrorCode(response)).Should().Be("UNAUTHENTICATED");
    }

    [Fact]
    public async Task BadKey_GraphQL_401WithGraphQLError()
    {
        var response = await api.Client.SendAsync(PostGraphQL("{ __typename }", bearer: "not-a-key"));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var body = await Json(response);
        body.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("invalid or has been revoked");
        body.TryGetProperty("data", out _).Should().BeFalse();
    }

    [Fact]
    public async Task OtherAuthorizationScheme_Unauthenticated()
    {
        var request = Get("/test/caller");
        request.Headers.Authorization = new("Basic", "dXNlcjpwYXNz");

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await Json(response)).GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("Bearer");
    }

    [Fact]
    public async Task EmptyApiKeyHeader_UnauthenticatedNotAnonymous()
    {
        var request = Get("/test/caller");
        request.Headers.TryAddWithoutValidation(PresentedKey.HeaderName, "");

        var response = await api.Client.SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task RevokedKey_Unauthenticated()
    {
        var response = await api.Client.SendAsync(Get("/test/caller", bearer: api.RevokedKey));

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task KeyRevokedWhileServing_NextRequestUnauthenticated()
    {
        using var cli = api.OpenServiceStore();
        var key = cli.CreateKey("short-lived", "analyst").Plaintext;
        (await api.Client.SendAsync(Get("/test/caller", bearer: key))).StatusCode.Should().Be(HttpStatusCode.OK);

        cli.RevokeKey("short-lived");

        (await api.Client.SendAsync(Get("/test/caller", bearer: key))).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ValidKey_Request_RecordsLastUse()
    {
        using var cli = api.OpenServiceStore();
        var key = cli.CreateKey("recorded", "viewer").Plaintext;

        await api.Client.SendAsync(Get("/test/caller", bearer: key));

        cli.ListKeys().Single(k => k.Name == "recorded").LastUsedAt.Should().NotBeNull();
    }

    [Fact]
    public async Task GraphQL_KeyRole_IsTheUserContext()
    {
        var forbidden = await api.Client.SendAsync(PostGraphQL("{ auditLog { nodes { id } } }", bearer: api.Key(Role.Editor)));
        var allowed = await api.Client.SendAsync(PostGraphQL("{ auditLog { nodes { id } } }", bearer: api.Key(Role.Admin)));

        (await ErrorCode(forbidden)).Should().Be("FORBIDDEN");
        (await Json(allowed)).TryGetProperty("errors", out _).Should().BeFalse();
    }
}
