using System.Text.Encodings.Web;
using System.Text.Json;
using ChainGraph.GraphQL;

namespace ChainGraph.Api.GraphQLHttp;

/// <summary>
/// Writes GraphQL responses straight to the response body and picks their status (graphql-http audit expectations:
/// legacy <c>application/json</c> gets 200 for every well-formed request; <c>application/graphql-response+json</c>
/// gets a 4xx with no <c>data</c> for request errors). Stateless, thread-safe.
/// </summary>
internal static class GraphQLResponseWriter
{
    // Relaxed escaping keeps Chinese names readable in responses (新能源汽车, not \u65B0...); the content type is JSON,
    // never HTML, so the characters it leaves unescaped cannot be interpreted as markup.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The status for an executed request.</summary>
    public static int StatusFor(ExecutionResult result, ResponseMediaType mediaType, bool isGet, int requestErrorStatus) => result.RequestErrorKind switch
    {
        RequestErrorKind.None => StatusCodes.Status200OK,
        RequestErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        RequestErrorKind.OperationNotAllowed when isGet => StatusCodes.Status405MethodNotAllowed,
        _ => mediaType == ResponseMediaType.GraphQLResponseJson ? requestErrorStatus : StatusCodes.Status200OK,
    };

    /// <summary>Writes <paramref name="result"/> with <paramref name="status"/>.</summary>
    public static void Write(HttpResponse response, ExecutionResult result, int status, ResponseMediaType mediaType)
    {
        response.StatusCode = status;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson ? GraphQLMediaTypes.GraphQLResponseJsonUtf8 : GraphQLMediaTypes.JsonUtf8;
        using var writer = new Utf8JsonWriter(response.BodyWriter, WriterOptions);
        WithCodes(result).WriteTo(writer);
    }

    /// <summary>Writes a request rejected before execution (<c>{"errors":[...]}</c>, no <c>data</c>).</summary>
    public static void WriteError(HttpResponse response, GraphQLHttpException error, ResponseMediaType mediaType)
    {
        if (error.Headers is not null)
        {
            foreach (var (name, value) in error.Headers) response.Headers[name] = value;
        }

        var result = ExecutionResult.RequestError(RequestErrorKind.InvalidRequest, new GraphQLError(error.Message).WithCode(error.Code));
        Write(response, result, error.StatusCode, mediaType == ResponseMediaType.Unacceptable ? ResponseMediaType.Json : mediaType);
    }

    // Request errors carry an Apollo-style extensions.code (GRAPHQL_PARSE_FAILED, ...) so clients can branch without
    // parsing messages; errors that already have a code keep it.
    private static ExecutionResult WithCodes(ExecutionResult result)
    {
        var code = CodeFor(result.RequestErrorKind);
        if (code is null || result.Errors is null || result.Errors.All(e => e.Code is not null)) return result;
        return ExecutionResult.RequestError(result.RequestErrorKind, [.. result.Errors.Select(e => e.Code is null ? e.WithCode(code) : e)]);
    }

    private static string? CodeFor(RequestErrorKind kind) => kind switch
    {
        RequestErrorKind.InvalidRequest => "BAD_REQUEST",
        RequestErrorKind.Syntax => "GRAPHQL_PARSE_FAILED",
        RequestErrorKind.Validation => "GRAPHQL_VALIDATION_FAILED",
        RequestErrorKind.OperationNotFound => "OPERATION_RESOLUTION_FAILURE",
        RequestErrorKind.OperationNotAllowed => "OPERATION_NOT_ALLOWED",
        RequestErrorKind.VariableCoercion => "BAD_USER_INPUT",
        RequestErrorKind.Limit => "QUERY_TOO_COMPLEX",
        _ => null,
    };
}
