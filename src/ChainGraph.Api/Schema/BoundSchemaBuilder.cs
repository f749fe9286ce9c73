using GraphQL.Types;
using GraphQLParser.AST;

namespace ChainGraph.Api.Schema;

/// <summary>
/// GraphQL.NET's schema-first builder, with SDL enums bound to CLR enums: value <c>TIER_1</c> is member <c>Tier1</c>
/// (underscores dropped, case ignored), so resolvers read and return CLR enum values. Enums not bound keep their names
/// as values, and still serialise a CLR member of the same name.
/// </summary>
internal sealed class BoundSchemaBuilder(IReadOnlyDictionary<string, Type> enums) : global::GraphQL.Utilities.SchemaBuilder
{
    /// <summary>The object type built for <paramref name="name"/> (for abstract types' <c>ResolveType</c>, after the build).</summary>
    public IObjectGraphType? ObjectType(string name) => GetType(name) as IObjectGraphType;

    protected override EnumerationGraphType ToEnumerationType(GraphQLEnumTypeDefinition astType)
    {
        var type = base.ToEnumerationType(astType);
        var clr = enums.GetValueOrDefault(type.Name);
        var bound = new BoundEnumGraphType { Name = type.Name, Description = type.Description };
        foreach (var value in type.Values)
        {
            var member = clr is null ? value.Value : Enum.Parse(clr, ClrName(value.Name), ignoreCase: true);
            bound.Add(new EnumValueDefinition(value.Name, member) { Description = value.Description,
                DeprecationReason = value.DeprecationReason });
        }

        return bound;
    }

    private static string ClrName(string graphQLName) => graphQLName.Replace("_", "", StringComparison.Ordinal);

    // An enum that accepts both spellings of a value: its name (applied directives in the SDL keep it, e.g.
    // @auth(requires: ANALYST), and unbound enums use it as their value) and a CLR enum member of the same name (a
    // resolver of an enum nobody bound yet still answers, rather than failing at run time).
    private sealed class BoundEnumGraphType : EnumerationGraphType
    {
        public override object? Serialize(object? value) =>
            value is Enum member && Values.FindByValue(value) is null && Named(member.ToString()) is { } definition
                ? definition.Name
                : base.Serialize(value);

        public override GraphQLValue ToAST(object? value) =>
            value is string name && Values.FindByName(name) is not null ? new GraphQLEnumValue(new GraphQLName(name)) : base.ToAST(value);

        private EnumValueDefinition? Named(string clrName) =>
            Values.FirstOrDefault(v => string.Equals(ClrName(v.Name), clrName, StringComparison.OrdinalIgnoreCase));
    }
}
