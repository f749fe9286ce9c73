using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>
/// GraphQL.NET's schema-first builder, with SDL enums bound to CLR enums: value <c>TIER_1</c> is member <c>Tier1</c>
/// (underscores dropped, case ignored), so resolvers read and return CLR enum values.
/// </summary>
internal sealed class BoundSchemaBuilder(IReadOnlyDictionary<string, Type> enums) : global::GraphQL.Utilities.SchemaBuilder
{
    /// <summary>The object type built for <paramref name="name"/> (for abstract types' <c>ResolveType</c>, after the build).</summary>
    public IObjectGraphType? ObjectType(string name) => GetType(name) as IObjectGraphType;

    protected override EnumerationGraphType ToEnumerationType(GraphQLEnumTypeDefinition astType)
    {
        var type = base.ToEnumerationType(astType);
        if (!enums.TryGetValue(type.Name, out var clr)) return type;
        var bound = new BoundEnumGraphType { Name = type.Name, Description = type.Description };
        foreach (var value in type.Values)
        {
            var member = Enum.Parse(clr, value.Name.Replace("_", "", StringComparison.Ordinal), ignoreCase: true);
            bound.Add(new EnumValueDefinition(value.Name, member) { Description = value.Description, DeprecationReason = value.DeprecationReason });
        }

        return bound;
    }

    // Applied directives in the SDL (@auth(requires: ANALYST)) keep the value's name; printing the schema turns them
    // back into literals, so a name is accepted besides the bound CLR value.
    private sealed class BoundEnumGraphType : EnumerationGraphType
    {
        public override GraphQLValue ToAST(object? value) =>
            value is string name && Values.FindByName(name) is not null ? new GraphQLEnumValue(new GraphQLName(name)) : base.ToAST(value);
    }
}
