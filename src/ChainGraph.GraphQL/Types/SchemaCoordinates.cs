using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// Resolves schema coordinates to schema elements (spec §2.14 "Schema Coordinate Resolution"): a
/// <see cref="NamedType"/>, <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>,
/// <see cref="EnumValueDefinition"/> or <see cref="DirectiveDefinition"/>. Thread-safe.
/// </summary>
public static class SchemaCoordinates
{
    /// <summary>
    /// The element the coordinate names, or null when it names nothing. Throws <see cref="GraphQLSyntaxError"/> for
    /// malformed coordinates and <see cref="GraphQLException"/> for coordinates that cannot name anything
    /// (a member of a scalar or union, an argument of an input field or enum value).
    /// </summary>
    public static object? Resolve(GraphQLSchema schema, string coordinate)
    {
        var node = SchemaCoordinateParser.Parse(coordinate);
        if (node.OfDirective)
        {
            var directive = schema.GetDirective(node.Name.Value);
            return node.ArgumentName is null ? directive : directive?.Arguments[node.ArgumentName.Value];
        }

        var type = schema.GetType(node.Name.Value);
        if (node.MemberName is null || type is null)
        {
            return type;
        }

        var member = node.MemberName.Value;
        return (type, node.ArgumentName) switch
        {
            (ComplexType complex, null) => complex.Fields[member],
            (ComplexType complex, { } argument) => complex.Fields[member]?.Arguments[argument.Value],
            (InputObjectType input, null) => input.Fields[member],
            (EnumType enumType, null) => enumType.Values[member],
            _ => throw new GraphQLException($"Schema coordinate \"{coordinate}\" cannot name a member of {type.Kind.ToString().ToLowerInvariant()} type \"{type.Name}\"."),
        };
    }
}
