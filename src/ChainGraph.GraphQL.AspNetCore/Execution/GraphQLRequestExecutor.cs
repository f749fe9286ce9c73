using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Runs GraphQL requests on a GraphQL.NET schema: parses each query text once (bounded cache), checks the document's
/// shape, the operation's kind, depth and cost before anything runs, lets GraphQL.NET validate (once per text) and
/// execute, and classifies request errors with the API's codes. Thread-safe; share one per schema.
/// </summary>
public sealed class GraphQLRequestExecutor
{
    private readonly DocumentExecuter _executer;
    private readonly ConcurrentDictionary<string, PreparedDocument> _documents = new(StringComparer.Ordinal);
    private readonly OperationCost _cost;
    private readonly ILogger _logger;

    public GraphQLRequestExecutor(ISchema schema, GraphQLExecutorOptions options, ILogger<GraphQLRequestExecutor> logger)
    {
        Schema = schema;
        Options = options;
        _logger = logger;
        _cost = new OperationCost(schema, options.Limits);
        _executer = Executer(options);
        Serializer = new GraphQLSerializer(
            json => json.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            new CodedErrorInfoProvider(options.IncludeExceptionDetails));
    }

    public ISchema Schema { get; }

    public GraphQLExecutorOptions Options { get; }

    /// <summary>
    /// Writes results as JSON: relaxed escaping keeps Chinese text readable; errors per <see cref="CodedErrorInfoProvider"/>.
    /// </summary>
    public IGraphQLTextSerializer Serializer { get; }

    /// <summary>Executes <paramref name="request"/>.</summary>
    /// <exception cref="OperationCanceledException">The context's token was cancelled.</exception>
    public async Task<GraphQLResponse> ExecuteAsync(GraphQLRequest request, GraphQLExecutionContext context)
    {
        if (string.IsNullOrWhiteSpace(request.Query))
            return RequestError(RequestErrorKind.InvalidRequest, new ExecutionError("Must provide query string."));
        if (request.Query.Length > Options.Limits.MaxDocumentLength)
        {
            return RequestError(RequestErrorKind.Limit, new LimitError(
                $"The document is {request.Query.Length} characters long; at most {Options.Limits.MaxDocumentLength} are allowed.",
                LimitError.SizeLimit));
        }

        var prepared = Prepare(request.Query);
        if (prepared.Error is not null) return RequestError(prepared.ErrorKind, prepared.Error);
        var (operation, failure) = SelectOperation(prepared.Document!, request.OperationName, context.QueriesOnly);
        if (failure is not null) return failure;
        if (_cost.Check(prepared.Document!, operation!, request.Variables) is { } limit) return RequestError(RequestErrorKind.Limit, limit);

        var result = await _executer.ExecuteAsync(BuildOptions(request, prepared, context)).ConfigureAwait(false);
        if (!prepared.Validated && !(result.Errors ?? []).Any(e => e is ValidationError and not InvalidVariableError))
            prepared.Validated = true;
        return Classified(result);
    }

    /// <summary>The response as JSON text.</summary>
    public string ToJson(GraphQLResponse response) => Serializer.Serialize(response.Result);

    private ExecutionOptions BuildOptions(GraphQLRequest request, PreparedDocument prepared, GraphQLExecutionContext context)
    {
        // Both rule sets are given: GraphQL.NET reads one or the other depending on whether it treats the supplied
        // document as cached, and either way validation runs exactly until the text has passed it once.
        var rules = prepared.Validated ? [] : DocumentValidator.CoreRules;
        return new ExecutionOptions
        {
            Schema = Schema,
            Query = request.Query,
            Document = prepared.Document,
            OperationName = request.OperationName,
            Variables = Inputs(request.Variables),
            Extensions = Inputs(request.Extensions),
            UserContext = new GraphQLUserContext(context.UserContext),
            RequestServices = context.Services,
            CancellationToken = context.CancellationToken,
            ValidationRules = rules,
            CachedDocumentValidationRules = rules,
            UnhandledExceptionDelegate = unhandled =>
            {
                GraphQLExecutorLog.ResolverFailed(_logger, unhandled.OriginalException, context.RequestId ?? "-",
                    unhandled.FieldContext?.ResponsePath is { } path ? string.Join('.', path) : "-");
                return Task.CompletedTask;
            },
        };
    }

    private static DocumentExecuter Executer(GraphQLExecutorOptions options) => options.SerialQueries
        ? new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(SerialExecutionStrategy.Instance,
            OperationType.Query)]), [])
        : new DocumentExecuter();

    private PreparedDocument Prepare(string query)
    {
        if (_documents.TryGetValue(query, out var cached)) return cached;
        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, new ParserOptions { MaxDepth = Options.Limits.MaxParserDepth });
            prepared = NotExecutable(document) is { } definition
                ? PreparedDocument.Failed(new ExecutionError($"The \"{definition}\" definition is not executable."),
                RequestErrorKind.Validation)
                : DocumentShape.Check(document, Options.Limits) is { } limit ? PreparedDocument.Failed(limit, RequestErrorKind.Limit)
                : PreparedDocument.Of(document);
        }
        catch (GraphQLSyntaxErrorException e)
        {
            prepared = PreparedDocument.Failed(new SyntaxError(e), RequestErrorKind.Syntax);
        }
        catch (GraphQLMaxDepthExceededException)
        {
            prepared = PreparedDocument.Failed(new ExecutionError(
                $"Syntax Error: the document nests deeper than {Options.Limits.MaxParserDepth} levels."), RequestErrorKind.Syntax);
        }

        if (_documents.Count >= Options.DocumentCacheSize) _documents.Clear();
        return _documents.GetOrAdd(query, prepared);
    }

    // GraphQL.NET 8 executes a document that also holds type definitions; the spec's ExecutableDefinitions rule refuses it.
    private static string? NotExecutable(GraphQLDocument document) =>
        document.Definitions.FirstOrDefault(d => d is not GraphQLOperationDefinition and not GraphQLFragmentDefinition) switch
        {
            null => null,
            INamedNode named => named.Name.StringValue,
            var other => other.Kind.ToString(),
        };

    private static (GraphQLOperationDefinition?, GraphQLResponse?) SelectOperation(GraphQLDocument document, string? name, bool queriesOnly)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        var operation = name is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name is not null && o.Name.Value == name);
        if (operation is null)
        {
            var message = name is not null ? $"Unknown operation named \"{name}\"."
                : operations.Count == 0 ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.";
            return (null, RequestError(RequestErrorKind.OperationNotFound, new ExecutionError(message)));
        }

        if (queriesOnly && operation.Operation != OperationType.Query)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            return (null, RequestError(RequestErrorKind.OperationNotAllowed, new ExecutionError(
                $"Can only perform a {kind} operation from a POST request.")));
        }

        return (operation, null);
    }

    private static Inputs? Inputs(IReadOnlyDictionary<string, object?>? values) =>
        values is null ? null : new Inputs(values.ToDictionary(kv => kv.Key, kv => JsonInputs.ToValue(kv.Value)));

    private static GraphQLResponse Classified(ExecutionResult result)
    {
        if (result.Executed) return new GraphQLResponse(result, RequestErrorKind.None);
        var first = result.Errors?.FirstOrDefault();
        var kind = first switch
        {
            SyntaxError => RequestErrorKind.Syntax,
            InvalidVariableError => RequestErrorKind.VariableCoercion,
            ValidationError => RequestErrorKind.Validation,
            InvalidOperationError or NoOperationError => RequestErrorKind.OperationNotFound,
            _ => RequestErrorKind.Validation,
        };
        foreach (var error in result.Errors ?? []) error.Code = CodeFor(kind, error);
        return new GraphQLResponse(result, kind);
    }

    private static GraphQLResponse RequestError(RequestErrorKind kind, ExecutionError error)
    {
        error.Code = CodeFor(kind, error);
        return new GraphQLResponse(new ExecutionResult { Executed = false, Errors = [error] }, kind);
    }

    // Apollo-style codes, so clients branch without parsing messages; limit errors keep their own.
    private static string? CodeFor(RequestErrorKind kind, ExecutionError error) => error is LimitError ? error.Code : kind switch
    {
        RequestErrorKind.InvalidRequest => "BAD_REQUEST",
        RequestErrorKind.Syntax => "GRAPHQL_PARSE_FAILED",
        RequestErrorKind.Validation => "GRAPHQL_VALIDATION_FAILED",
        RequestErrorKind.OperationNotFound => "OPERATION_RESOLUTION_FAILURE",
        RequestErrorKind.OperationNotAllowed => "OPERATION_NOT_ALLOWED",
        RequestErrorKind.VariableCoercion => "BAD_USER_INPUT",
        _ => error.Code,
    };
}
