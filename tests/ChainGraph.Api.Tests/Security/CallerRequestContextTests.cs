using ChainGraph.GraphQL.AspNetCore;
using ChainGraph.Api.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ChainGraph.Api.Tests.Security;

/// <summary>
/// The GraphQL endpoint's user-context hook on its own: the second line of defence for a request that reaches the
/// endpoint without a caller (e.g. if the endpoint is ever marked AllowAnonymous to serve GraphiQL).
/// </summary>
public sealed class CallerRequestContextTests(AnonymousOffHost api) : IClassFixture<AnonymousOffHost>
{
    private IGraphQLRequestContext Hook => api.App.Services.GetRequiredService<IGraphQLRequestContext>();

    // Each request gets its own scope, as in the server: authentication handlers are cached per scope.
    private DefaultHttpContext Request(string? apiKey = null)
    {
        var http = new DefaultHttpContext { RequestServices = api.App.Services.CreateScope().ServiceProvider };
        if (apiKey is not null) http.Request.Headers[PresentedKey.HeaderName] = apiKey;
        return http;
    }

    [Fact]
    public void Registration_HookIsCallerRequestContext()
    {
        Hook.Should().BeOfType<CallerRequestContext>();
    }

    [Fact]
    public async Task CreateUserContext_AuthenticatedRequest_TheCaller()
    {
        var http = Request();
        var caller = new Caller("0123456789abcdef", "ci", Role.Analyst);
        http.User = CallerPrincipal.From(caller, ApiKeyAuthentication.SchemeName);

        (await Hook.CreateUserContextAsync(http)).Should().Be(caller);
    }

    [Fact]
    public async Task CreateUserContext_NoKey_Throws401WithBearerChallenge()
    {
        var act = async () => await Hook.CreateUserContextAsync(Request());

        var thrown = (await act.Should().ThrowAsync<GraphQLHttpException>()).Which;
        thrown.StatusCode.Should().Be(401);
        thrown.Code.Should().Be("UNAUTHENTICATED");
        thrown.Headers!["WWW-Authenticate"].Should().Be("Bearer");
    }

    [Fact]
    public async Task CreateUserContext_BadKey_Throws401InvalidToken()
    {
        var act = async () => await Hook.CreateUserContextAsync(Request(apiKey: "cg_nonsense"));

        var thrown = (await act.Should().ThrowAsync<GraphQLHttpException>()).Which;
        thrown.Message.Should().Contain("invalid or has been revoked");
        thrown.Headers!["WWW-Authenticate"].Should().Be("Bearer error=\"invalid_token\"");
    }
}
