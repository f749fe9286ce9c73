using ChainGraph.Api.Security;
using ChainGraph.GraphQL.Execution;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.Api.Schema;

/// <summary>Registers resolvers on a <see cref="SchemaBuilder"/>, wrapping the ones the SDL marks with <c>@auth</c>.</summary>
internal sealed class ResolverRegistry(SchemaBuilder builder)
{
    private readonly IReadOnlyDictionary<(string Type, string Field), Role> _rules = Authorization.Rules(builder.Document);
    private readonly HashSet<(string, string)> _registered = [];

    public ResolverRegistry Field(string type, string field, Func<ResolveContext, object?> resolve) =>
        Field(type, field, ctx => ValueTask.FromResult(resolve(ctx)));

    public ResolverRegistry Field(string type, string field, FieldResolver resolver)
    {
        _registered.Add((type, field));
        builder.Resolve(type, field, _rules.TryGetValue((type, field), out var role) ? Authorization.Require(role, resolver) : resolver);
        return this;
    }

    /// <summary>Fails at start-up when an <c>@auth</c> field has no resolver (it would be served unchecked).</summary>
    public SchemaBuilder Verified()
    {
        var unguarded = _rules.Keys.Where(k => !_registered.Contains(k)).ToList();
        if (unguarded.Count > 0) throw new InvalidOperationException($"@auth fields without resolvers: {string.Join(", ", unguarded.Select(k => $"{k.Type}.{k.Field}"))}");
        return builder;
    }
}
