using System.Security.Claims;

namespace ChainGraph.Api.Security;

/// <summary>
/// A <see cref="Caller"/> as the <see cref="ClaimsPrincipal"/> ASP.NET Core carries in <c>HttpContext.User</c> (key id,
/// name and role claims), and back. The claims make the caller visible to the rest of the pipeline (the rate limiter,
/// authorization policies, logging scopes).
/// </summary>
public static class CallerPrincipal
{
    public static ClaimsPrincipal From(Caller caller, string authenticationType) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, caller.KeyId),
            new Claim(ClaimTypes.Name, caller.Name),
            new Claim(ClaimTypes.Role, caller.Role.ToString().ToLowerInvariant()),
        ],
        authenticationType));

    /// <summary>The caller an authenticated principal stands for; null when the request is not authenticated.</summary>
    public static Caller? ToCaller(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }) return null;
        var keyId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var name = principal.FindFirstValue(ClaimTypes.Name);
        if (keyId is null || name is null
            || !Enum.TryParse<Role>(principal.FindFirstValue(ClaimTypes.Role), ignoreCase: true, out var role))
            return null;
        return keyId == Caller.AnonymousKeyId ? Caller.AnonymousAs(role) : new Caller(keyId, name, role);
    }

    /// <summary>The caller of the request, or null when it was not authenticated (see <see cref="CallerRequestContext"/>).</summary>
    public static Caller? GetCaller(this HttpContext context) => ToCaller(context.User);
}
