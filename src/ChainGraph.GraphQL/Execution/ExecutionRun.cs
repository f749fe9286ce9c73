using System.Collections.Concurrent;
using ChainGraph.GraphQL.DataLoader;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2–6.4). All bookkeeping — building the result tree, null propagation, errors —
/// happens on one logical "driver" thread; resolvers' asynchronous parts run wherever they like and hand their
/// results back through a queue. When no resolver can make progress, the driver dispatches pending DataLoader
/// batches, so N sibling loads become one batch. One instance per request; not shared.
/// </summary>
internal sealed partial class ExecutionRun
{
    private readonly ConcurrentQueue<PendingField> _ready = new();
    private readonly SemaphoreSlim _signal = new(0);
    private readonly List<GraphQLError> _errors = [];
    private readonly FieldCollector _collector;
    private readonly ExecutionOptions _options;
    private int _pending;
    private bool _dataIsNull;

    public ExecutionRun(
        GraphQLSchema schema,
        PreparedDocument document,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables,
        ExecutionContextOptions context,
        ExecutionOptions options,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Operation = operation;
        Variables = variables;
        Context = context;
        _options = options;
        CancellationToken = cancellationToken;
        _collector = new FieldCollector(schema, document, variables);
        Loaders = new DataLoaderScope(() => _signal.Release());
    }

    public GraphQLSchema Schema { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> Variables { get; }

    public ExecutionContextOptions Context { get; }

    public CancellationToken CancellationToken { get; }

    public DataLoaderScope Loaders { get; }

    public async Task<ExecutionResult> ExecuteAsync()
    {
        var rootType = Schema.GetRootType(Operation.Operation)!;
        var fields = _collector.Collect(rootType, Operation.SelectionSet);
        var data = new ResultMap(fields.Keys);
        if (Operation.Operation == OperationType.Mutation)
        {
            for (var i = 0; i < fields.Groups.Length; i++)
            {
                ExecuteField(rootType, Context.RootValue, fields.Groups[i], data, i);
                await DrainAsync().ConfigureAwait(false);
            }
        }
        else
        {
            ExecuteFields(rootType, Context.RootValue, fields, data);
            await DrainAsync().ConfigureAwait(false);
        }

        return new ExecutionResult(_dataIsNull ? null : data, _errors, RequestErrorKind.None);
    }

    /// <summary>Runs queued completions until no resolver is outstanding, dispatching DataLoader batches when stuck.</summary>
    private async Task DrainAsync()
    {
        while (true)
        {
            while (_ready.TryDequeue(out var work))
            {
                work.Complete();
            }

            if (_pending == 0)
            {
                return;
            }

            if (Loaders.HasPendingKeys)
            {
                Loaders.DispatchPending(CancellationToken);
                continue;
            }

            await _signal.WaitAsync(CancellationToken).ConfigureAwait(false);
        }
    }

    private void ExecuteFields(ObjectType type, object? source, CollectedFields fields, ResultMap map)
    {
        var groups = fields.Groups;
        for (var i = 0; i < groups.Length; i++)
        {
            ExecuteField(type, source, groups[i], map, i);
        }
    }

    private void ExecuteField(ObjectType type, object? source, FieldGroup group, ResultMap map, int index)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var definition = group.Definition;
        if (definition is null)
        {
            return;
        }

        if (ReferenceEquals(definition, Schema.MetaFields.TypeName))
        {
            map.Values[index] = type.Name;
            return;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = group.Arguments(Variables);
        }
        catch (GraphQLException ex)
        {
            RaiseError(ex.ToError(), group, map, index, definition.Type.IsNonNull);
            return;
        }

        Resolve(new ResolveContext(this, group, source, arguments, map, index), definition, map, index);
    }

    private void Resolve(ResolveContext context, FieldDefinition definition, ResultMap map, int index)
    {
        ValueTask<object?> task;
        try
        {
            task = definition.Resolver(context);
        }
        catch (Exception ex)
        {
            FieldError(ex, context.Group, definition.Type.IsNonNull, map, index);
            return;
        }

        if (task.IsCompletedSuccessfully)
        {
            CompleteValue(definition.Type, context, task.Result, map, index);
            return;
        }

        _pending++;
        var pending = new PendingField(this, context, definition.Type, map, index, task);
        task.ConfigureAwait(false).GetAwaiter().UnsafeOnCompleted(pending.OnCompleted);
    }

    /// <summary>A resolver whose value is not ready yet; completes on the driver thread.</summary>
    private sealed class PendingField(ExecutionRun run, ResolveContext context, GraphQLType type, ResultNode parent, int index, ValueTask<object?> task)
    {
        public void OnCompleted()
        {
            run._ready.Enqueue(this);
            run._signal.Release();
        }

        public void Complete()
        {
            run._pending--;
            object? result;
            try
            {
                result = task.GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                run.FieldError(ex, context.Group, type.IsNonNull, parent, index);
                return;
            }

            run.CompleteValue(type, context, result, parent, index);
        }
    }
}
