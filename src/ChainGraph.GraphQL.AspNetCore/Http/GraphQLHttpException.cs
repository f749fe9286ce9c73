namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// A request the endpoint answers with an error before execution: <see cref="StatusCode"/> is the HTTP status and the
/// body is <c>{"errors":[{"message": Message, "extensions":{"code": Code}}]}</c>. The message is shown to the client as is.
/// </summary>
public class GraphQLHttpException(int statusCode, string message, string code) : Exception(message)
{
    /// <summary>The HTTP status, e.g. 401.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The machine-readable <c>extensions.code</c>, e.g. <c>UNAUTHENTICATED</c>.</summary>
    public string Code { get; } = code;

    /// <summary>Headers to add to the response (e.g. <c>WWW-Authenticate</c>, <c>Allow</c>), or null.</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }
}
