using ChainGraph.GraphQL.DataLoader;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.GraphQL.Execution;

/// <summary>
/// Everything a resolver may know about the field it resolves: the parent value, coerced arguments, request-level
/// context (user context, services, cancellation, data loaders) and where the field sits in the response.
/// One instance per resolver call; read-only, safe to use from any thread during the call.
/// </summary>
public sealed class ResolveContext
{
    private readonly ExecutionRun _run;
    private readonly ResultNode _node;
    private readonly int _index;

    internal ResolveContext(ExecutionRun run, FieldGroup group, object? parent, IReadOnlyDictionary<string, object?> arguments, ResultNode node, int index)
    {
        _run = run;
        Group = group;
        Parent = parent;
        Arguments = arguments;
        _node = node;
        _index = index;
    }

    /// <summary>The value the parent field resolved to (the root value for root fields).</summary>
    public object? Parent { get; }

    /// <summary>Coerced argument values, defaults applied; absent optional arguments are missing.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field => Group.Definition!;

    /// <summary>The object type that owns the field.</summary>
    public ObjectType ParentType => Group.ParentType;

    /// <summary>The field nodes merged into this field (one per occurrence in the document).</summary>
    public IReadOnlyList<FieldNode> FieldNodes => Group.Nodes;

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema => _run.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinitionNode Operation => _run.Operation;

    /// <summary>Coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _run.Variables;

    /// <summary>The request's user context (for example the authenticated principal).</summary>
    public object? UserContext => _run.Context.UserContext;

    /// <summary>The request's services, if the host supplied them.</summary>
    public IServiceProvider? Services => _run.Context.Services;

    /// <summary>Cancelled when the client goes away or the request times out.</summary>
    public CancellationToken CancellationToken => _run.CancellationToken;

    /// <summary>The response path of this field, e.g. <c>["chains", 0, "name"]</c>.</summary>
    public IReadOnlyList<object> Path => _node.PathTo(_index);

    internal FieldGroup Group { get; }

    /// <summary>
    /// The argument converted to <typeparamref name="T"/> (numbers widened, lists and input objects mapped),
    /// or default when absent or null.
    /// </summary>
    public T? Argument<T>(string name) =>
        Arguments.TryGetValue(name, out var value) ? ArgumentConverter.Convert<T>(value) : default;

    /// <summary>True when the argument was supplied (or has a default value).</summary>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The request's 1:1 batch loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public BatchDataLoader<TKey, TValue> Loader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch)
        where TKey : notnull =>
        _run.Loaders.GetOrCreate(name, () => new BatchDataLoader<TKey, TValue>(fetch));

    /// <summary>The request's 1:n group loader named <paramref name="name"/>, created with <paramref name="fetch"/> on first use.</summary>
    public GroupDataLoader<TKey, TValue> GroupLoader<TKey, TValue>(string name, Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<ILookup<TKey, TValue>>> fetch)
        where TKey : notnull =>
        _run.Loaders.GetOrCreate(name, () => new GroupDataLoader<TKey, TValue>(fetch));

    /// <summary>The request's loader of type <typeparamref name="TLoader"/>, created by <paramref name="create"/> on first use.</summary>
    public TLoader Loader<TLoader>(Func<TLoader> create)
        where TLoader : class, IDataLoader =>
        _run.Loaders.GetOrCreate(typeof(TLoader).FullName!, create);
}
