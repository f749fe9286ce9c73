using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Limits;
using ChainGraph.GraphQL.Types;
using ChainGraph.GraphQL.Validation;

namespace ChainGraph.GraphQL;

/// <summary>
/// Executes requests against a schema (spec §6.1 ExecuteRequest): parse → validate (cached by query text) →
/// select the operation → coerce variables → check depth and cost limits → execute. Thread-safe and meant to be
/// created once and shared; every request gets its own execution state.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentCache _cache;

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public GraphQLExecutor(GraphQLSchema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? ExecutionOptions.Default;
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    /// <summary>The schema requests run against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The engine options.</summary>
    public ExecutionOptions Options { get; }

    internal int CachedDocumentCount => _cache.Count;

    /// <summary>
    /// Executes a request. Never throws for GraphQL errors: syntax, validation, operation selection, variable and
    /// limit failures come back as request errors (<see cref="ExecutionResult.IsRequestError"/>), resolver failures as
    /// field errors. Throws <see cref="OperationCanceledException"/> only when <see cref="ExecutionContextOptions.CancellationToken"/> is cancelled.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, ExecutionContextOptions? context = null)
    {
        context ??= ExecutionContextOptions.Default;
        if (string.IsNullOrEmpty(request.Query))
        {
            return ExecutionResult.RequestError(RequestErrorKind.InvalidRequest, new GraphQLError("Must provide query string."));
        }

        var (document, failure) = Prepare(request.Query);
        if (failure is not null)
        {
            return failure;
        }

        var (operation, operationError) = GetOperation(document!, request.OperationName, context.AllowedOperations);
        if (operationError is not null)
        {
            return operationError;
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation!, request.Variables, errors);
        if (errors.Count > 0)
        {
            return new ExecutionResult(null, errors, RequestErrorKind.VariableCoercion);
        }

        var limitError = CheckLimits(document!, operation!, variables);
        return limitError is not null
            ? ExecutionResult.RequestError(RequestErrorKind.Limit, limitError)
            : await ExecuteOperationAsync(document!, operation!, variables, context).ConfigureAwait(false);
    }

    /// <summary>Parses and validates a document without executing it (uses and fills the document cache).</summary>
    public IReadOnlyList<GraphQLError> Validate(string query)
    {
        var (_, failure) = Prepare(query);
        return failure?.Errors ?? [];
    }

    private (PreparedDocument? Document, ExecutionResult? Failure) Prepare(string query)
    {
        if (_cache.TryGet(query, out var cached))
        {
            return (cached, null);
        }

        DocumentNode document;
        try
        {
            document = Parser.Parse(query, Options.Parser);
        }
        catch (GraphQLSyntaxError ex)
        {
            return (null, ExecutionResult.RequestError(RequestErrorKind.Syntax, ex.ToError()));
        }

        var errors = DocumentValidator.Validate(Schema, document, ValidationRules.Specified, Options.MaxValidationErrors);
        if (errors.Count > 0)
        {
            return (null, new ExecutionResult(null, errors, RequestErrorKind.Validation));
        }

        var prepared = new PreparedDocument(document);
        _cache.Add(query, prepared);
        return (prepared, null);
    }

    private (OperationDefinitionNode? Operation, ExecutionResult? Error) GetOperation(PreparedDocument document, string? name, OperationKinds allowed)
    {
        var operations = document.Operations;
        OperationDefinitionNode? operation;
        if (string.IsNullOrEmpty(name))
        {
            if (operations.Length != 1)
            {
                var message = operations.Length == 0 ? "Must provide an operation." : "Must provide operation name if query contains multiple operations.";
                return (null, ExecutionResult.RequestError(RequestErrorKind.OperationNotFound, new GraphQLError(message)));
            }

            operation = operations[0];
        }
        else
        {
            operation = operations.FirstOrDefault(o => o.Name?.Value == name);
            if (operation is null)
            {
                return (null, ExecutionResult.RequestError(RequestErrorKind.OperationNotFound, new GraphQLError($"Unknown operation named \"{name}\".")));
            }
        }

        return (operation, CheckOperationType(operation, allowed));
    }

    private ExecutionResult? CheckOperationType(OperationDefinitionNode operation, OperationKinds allowed)
    {
        var kind = operation.Operation switch
        {
            OperationType.Query => OperationKinds.Query,
            OperationType.Mutation => OperationKinds.Mutation,
            _ => OperationKinds.Subscription,
        };
        var label = operation.Operation.ToString().ToLowerInvariant();
        if ((allowed & kind) == 0)
        {
            return ExecutionResult.RequestError(RequestErrorKind.OperationNotAllowed, GraphQLError.At($"Cannot execute a {label} operation in this request.", operation));
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.RequestError(RequestErrorKind.OperationNotAllowed, GraphQLError.At("Subscription operations are not supported by this executor.", operation));
        }

        return Schema.GetRootType(operation.Operation) is null
            ? ExecutionResult.RequestError(RequestErrorKind.Validation, GraphQLError.At($"Schema is not configured to execute {label} operation.", operation))
            : null;
    }

    private GraphQLError? CheckLimits(PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables)
    {
        if (operation.VariableDefinitions.Count > 0)
        {
            return OperationLimits.Check(Schema, document.Fragments, operation, variables, Options);
        }

        return document.LimitCache.GetOrAdd(operation, op => OperationLimits.Check(Schema, document.Fragments, op, variables, Options));
    }

    private async Task<ExecutionResult> ExecuteOperationAsync(PreparedDocument document, OperationDefinitionNode operation, IReadOnlyDictionary<string, object?> variables, ExecutionContextOptions context)
    {
        using var timeout = Options.Timeout is not null ? CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken) : null;
        timeout?.CancelAfter(Options.Timeout!.Value);
        var token = timeout?.Token ?? context.CancellationToken;
        var run = new ExecutionRun(Schema, document, operation, variables, context, Options, token);
        try
        {
            var result = await run.ExecuteAsync().ConfigureAwait(false);
            context.CancellationToken.ThrowIfCancellationRequested();
            return token.IsCancellationRequested ? TimeoutResult() : result;
        }
        catch (OperationCanceledException) when (timeout is not null && !context.CancellationToken.IsCancellationRequested)
        {
            return TimeoutResult();
        }
    }

    private ExecutionResult TimeoutResult()
    {
        var error = new GraphQLError($"The request exceeded the time limit of {Options.Timeout!.Value.TotalMilliseconds:0} ms.").WithCode("TIMEOUT");
        return new ExecutionResult(null, [error], RequestErrorKind.None);
    }
}
