using GraphQL;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Writes GraphQL responses to the response body and picks their status (graphql-http audit expectations: legacy
/// <c>application/json</c> gets 200 for every well-formed request; <c>application/graphql-response+json</c> gets a 4xx
/// with no <c>data</c> for request errors). Stateless, thread-safe.
/// </summary>
internal static class GraphQLResponseWriter
{
    /// <summary>The status for an executed request.</summary>
    public static int StatusFor(GraphQLResponse response, ResponseMediaType mediaType, bool isGet,
        int requestErrorStatus) => response.RequestErrorKind switch
    {
        RequestErrorKind.None => StatusCodes.Status200OK,
        RequestErrorKind.InvalidRequest => StatusCodes.Status400BadRequest,
        RequestErrorKind.OperationNotAllowed when isGet => StatusCodes.Status405MethodNotAllowed,
        _ => mediaType == ResponseMediaType.GraphQLResponseJson ? requestErrorStatus : StatusCodes.Status200OK,
    };

    /// <summary>Writes <paramref name="result"/> with <paramref name="status"/>.</summary>
    public static Task WriteAsync(HttpResponse response, IGraphQLTextSerializer serializer, ExecutionResult result, int status,
        ResponseMediaType mediaType, CancellationToken cancellation)
    {
        response.StatusCode = status;
        response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson
            ? GraphQLMediaTypes.GraphQLResponseJsonUtf8
            : GraphQLMediaTypes.JsonUtf8;
        return serializer.WriteAsync(response.Body, result, cancellation);
    }

    /// <summary>Writes a request rejected before execution (<c>{"errors":[...]}</c>, no <c>data</c>).</summary>
    public static Task WriteErrorAsync(HttpResponse response, IGraphQLTextSerializer serializer, GraphQLHttpException error,
        ResponseMediaType mediaType)
    {
        if (error.Headers is not null)
        {
            foreach (var (name, value) in error.Headers) response.Headers[name] = value;
        }

        var result = new ExecutionResult { Executed = false, Errors = [new ExecutionError(error.Message) { Code = error.Code }] };
        return WriteAsync(response, serializer, result, error.StatusCode, mediaType == ResponseMediaType.Unacceptable
            ? ResponseMediaType.Json
            : mediaType, CancellationToken.None);
    }
}
