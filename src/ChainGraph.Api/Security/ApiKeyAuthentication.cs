using System.Text.Encodings.Web;
using ChainGraph.Storage.Service;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChainGraph.Api.Security;

/// <summary>
/// The <c>ApiKey</c> authentication scheme. A valid key authenticates as its caller; a presented but invalid, revoked
/// or malformed key fails (401, never anonymous); no key is the anonymous viewer when <see cref="AnonymousAccess"/>
/// allows it and unauthenticated otherwise. Challenges answer 401 with <c>WWW-Authenticate: Bearer</c> and a
/// GraphQL-shaped <c>UNAUTHENTICATED</c> error. The failure message does not say whether a key is unknown, wrong or
/// revoked.
/// </summary>
public sealed class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory loggerFactory, UrlEncoder encoder, AnonymousAccess anonymous)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string NoKeyMessage =
        "an API key is required: send 'Authorization: Bearer cg_…' or 'X-Api-Key: cg_…' (create one with 'chaingraph keys create')";
    public const string InvalidKeyMessage = "the API key is invalid or has been revoked";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync() => Task.FromResult(Authenticate());

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var failure = (await HandleAuthenticateOnceSafeAsync()).Failure;
        Response.Headers.WWWAuthenticate = failure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await ErrorResponse.WriteAsync(Context, StatusCodes.Status401Unauthorized, failure?.Message ?? NoKeyMessage,
            SecurityErrorCodes.Unauthenticated);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ErrorResponse.WriteAsync(Context, StatusCodes.Status403Forbidden, "this key's role does not allow the request",
        SecurityErrorCodes.Forbidden);

    private AuthenticateResult Authenticate()
    {
        var presented = PresentedKey.Read(Request);
        if (presented.Problem is { } problem) return Reject(problem, null);
        if (presented.Key is null)
            return anonymous.AnonymousCaller(Context) is { } caller ? Success(caller) : AuthenticateResult.NoResult();
        var key = Context.RequestServices.GetRequiredService<ServiceStore>().Authenticate(presented.Key);
        if (key is null || !Enum.TryParse<Role>(key.Role, ignoreCase: true, out var role))
            return Reject(InvalidKeyMessage, ServiceStore.IdOf(presented.Key));
        return Success(new Caller(key.Id, key.Name, role));
    }

    private static AuthenticateResult Success(Caller caller) =>
        AuthenticateResult.Success(new AuthenticationTicket(CallerPrincipal.From(caller, SchemeName), SchemeName));

    private AuthenticateResult Reject(string message, string? claimedKeyId)
    {
        SecurityLog.For(Context.RequestServices)
            .CredentialsRejected(Context.Connection.RemoteIpAddress?.ToString() ?? "unknown", claimedKeyId ?? "-", message);
        return AuthenticateResult.Fail(message);
    }
}
