using System.Text.Json;

namespace ChainGraph.Api.Security;

/// <summary>
/// Writes a GraphQL-shaped error, <c>{"errors":[{"message":…,"extensions":{"code":…}}]}</c>, so that clients handle
/// a 401 or 429 from the security layer like any other GraphQL error. Messages are fixed texts, never exception details.
/// </summary>
public static class ErrorResponse
{
    public static Task WriteAsync(HttpContext context, int statusCode, string message, string code)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body), context.RequestAborted);
    }
}
