using GraphQL;
using GraphQL.Utilities;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Serves one GraphQL endpoint (GraphQL-over-HTTP draft, as the graphql-http audit checks it): POST with a JSON body,
/// GET for queries, <c>?sdl</c> for the schema, and GraphiQL for browsers. Thread-safe; one instance per endpoint.
/// </summary>
internal sealed class GraphQLHttpHandler(Lazy<GraphQLRequestExecutor> executor, GraphQLHttpOptions options, EmbeddedFiles graphiql,
    ILogger logger)
{
    private const string GraphiQLPage = "index.html";

    // The schema as GraphQL.NET prints it (descriptions kept, applied directives left out as graphql-js printSchema
    // does), ending with a newline as a text file does.
    private readonly Lazy<string> _sdl =
        new(() => executor.Value.Schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true,
        StringComparison = null }).TrimEnd('\n') + "\n");

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && WantsGraphiQL(http))
        {
            await graphiql.SendAsync(http, GraphiQLPage).ConfigureAwait(false);
            return;
        }

        var mediaType = GraphQLMediaTypes.Negotiate(request.Headers.Accept);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(options.RequestTimeout);
        try
        {
            await HandleGraphQLAsync(http, isGet, mediaType, timeout.Token).ConfigureAwait(false);
        }
        catch (GraphQLHttpException e)
        {
            await GraphQLResponseWriter.WriteErrorAsync(http.Response, executor.Value.Serializer, e, mediaType).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody reads a response.
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            GraphQLHttpLog.TimedOut(logger, options.RequestTimeout.TotalMilliseconds);
            var message = $"The request exceeded the time limit of {options.RequestTimeout.TotalMilliseconds:0} ms.";
            await GraphQLResponseWriter.WriteErrorAsync(http.Response, executor.Value.Serializer,
                new GraphQLHttpException(StatusCodes.Status504GatewayTimeout, message, "TIMEOUT"), mediaType).ConfigureAwait(false);
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            // Never a stack trace or an exception message on the wire: those are for the log.
            GraphQLHttpLog.UnexpectedFailure(logger, e);
            var error = new GraphQLHttpException(StatusCodes.Status500InternalServerError, "Unexpected server error.",
                "INTERNAL_SERVER_ERROR");
            await GraphQLResponseWriter.WriteErrorAsync(http.Response, executor.Value.Serializer, error, mediaType).ConfigureAwait(false);
        }
    }

    private async Task HandleGraphQLAsync(HttpContext http, bool isGet, ResponseMediaType mediaType, CancellationToken cancellation)
    {
        var request = http.Request;
        if (!isGet && !HttpMethods.IsPost(request.Method))
            throw MethodNotAllowed("GET, POST", "GraphQL requests use GET (queries) or POST.");
        var userContext = await CreateUserContextAsync(http).ConfigureAwait(false);
        if (isGet && request.Query.ContainsKey("sdl"))
        {
            await WriteSdlAsync(http.Response, cancellation).ConfigureAwait(false);
            return;
        }

        if (mediaType == ResponseMediaType.Unacceptable) throw NotAcceptable();
        var parsed = isGet
            ? GraphQLHttpRequestReader.ReadGet(request.Query)
            : await GraphQLHttpRequestReader.ReadPostAsync(request, options.MaxRequestBodySize, cancellation).ConfigureAwait(false);
        GraphQLOperationFeature.Read(http, parsed.OperationName, parsed.Query);
        var response = await executor.Value.ExecuteAsync(parsed, new GraphQLExecutionContext
        {
            Services = http.RequestServices,
            UserContext = userContext,
            CancellationToken = cancellation,
            QueriesOnly = isGet,
            RequestId = http.TraceIdentifier,
        }).ConfigureAwait(false);
        // GraphQL.NET reports a cancelled resolver as a field error; the request as a whole timed out or was abandoned.
        cancellation.ThrowIfCancellationRequested();
        GraphQLOperationFeature.Answered(http, response.Result.Errors?.Select(e => e.Code) ?? []);
        var status = GraphQLResponseWriter.StatusFor(response, mediaType, isGet, options.RequestErrorStatusCode);
        if (status == StatusCodes.Status405MethodNotAllowed) http.Response.Headers.Allow = "POST";
        await GraphQLResponseWriter.WriteAsync(http.Response, executor.Value.Serializer, response.Result, status, mediaType, cancellation)
            .ConfigureAwait(false);
    }

    private bool WantsGraphiQL(HttpContext http) =>
        options.EnableGraphiQL && graphiql.Contains(GraphiQLPage) && GraphQLMediaTypes.AcceptsHtml(http.Request.Headers.Accept)
        && !http.Request.Query.ContainsKey("query") && !http.Request.Query.ContainsKey("sdl");

    private static async ValueTask<object?> CreateUserContextAsync(HttpContext http) =>
        http.RequestServices.GetService<IGraphQLRequestContext>() is { } hook
            ? await hook.CreateUserContextAsync(http).ConfigureAwait(false)
            : null;

    private Task WriteSdlAsync(HttpResponse response, CancellationToken cancellation)
    {
        response.ContentType = "text/plain; charset=utf-8";
        return response.WriteAsync(_sdl.Value, cancellation);
    }

    private static GraphQLHttpException MethodNotAllowed(string allow, string message) =>
        new(StatusCodes.Status405MethodNotAllowed, message,
        "METHOD_NOT_ALLOWED") { Headers = new Dictionary<string, string> { ["Allow"] = allow } };

    private static GraphQLHttpException NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable,
        $"Cannot produce a response the Accept header allows: use {GraphQLMediaTypes.GraphQLResponseJson} or {GraphQLMediaTypes.Json}.",
        "NOT_ACCEPTABLE");
}
