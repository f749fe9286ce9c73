namespace ChainGraph.Api.Schema;

/// <summary>The <c>extensions.code</c> values the API uses.</summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
}
