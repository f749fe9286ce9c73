namespace ChainGraph.Api.Security;

/// <summary>The <c>extensions.code</c> values of the errors the security layer answers with before GraphQL runs.</summary>
public static class SecurityErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string BadRequest = "BAD_REQUEST";
    public const string PayloadTooLarge = "PAYLOAD_TOO_LARGE";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}
