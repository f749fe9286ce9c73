using ChainGraph.Api.Security;
using GraphQL.Resolvers;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>
/// Collects the API's resolvers by (type, field), wrapping the ones the SDL marks with <c>@auth</c>, and attaches them
/// to GraphQL.NET's schema-first builder.
/// </summary>
internal sealed class ResolverRegistry(GraphQLDocument sdl)
{
    private readonly IReadOnlyDictionary<(string Type, string Field), Role> _rules = Authorization.Rules(sdl);
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];

    public ResolverRegistry Field(string type, string field, Func<ResolveContext, object?> resolve) =>
        Field(type, field, ctx => ValueTask.FromResult(resolve(ctx)));

    public ResolverRegistry Field(string type, string field, FieldResolver resolver)
    {
        _resolvers[(type, field)] = _rules.TryGetValue((type, field), out var role) ? Authorization.Require(role, resolver) : resolver;
        return this;
    }

    /// <summary>Sets each registered resolver on the builder's field configuration.</summary>
    /// <exception cref="InvalidOperationException">An <c>@auth</c> field has no resolver (it would be served unchecked).</exception>
    public void AttachTo(global::GraphQL.Utilities.SchemaBuilder builder)
    {
        var unguarded = _rules.Keys.Where(k => !_resolvers.ContainsKey(k)).ToList();
        if (unguarded.Count > 0)
            throw new InvalidOperationException(
                $"@auth fields without resolvers: {string.Join(", ", unguarded.Select(k => $"{k.Type}.{k.Field}"))}");
        foreach (var ((type, field), resolver) in _resolvers)
        {
            builder.Types.For(type).FieldFor(field).Resolver = new FuncFieldResolver<object?>(ctx => resolver(new ResolveContext(ctx)));
        }
    }
}
