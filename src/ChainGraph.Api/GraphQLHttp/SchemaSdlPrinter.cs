using System.Text;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;

namespace ChainGraph.Api.GraphQLHttp;

/// <summary>
/// Prints a schema as SDL the way graphql-js's <c>printSchema</c> does: the schema's own types and directives (no
/// built-in scalars, specified directives or introspection types), descriptions, default values, <c>@deprecated</c>,
/// <c>@specifiedBy</c> and <c>@oneOf</c>. Other applied directives are not printed, as introspection cannot show them
/// either, so the output describes exactly what <c>__schema</c> does. Stateless, thread-safe.
/// </summary>
public static class SchemaSdlPrinter
{
    /// <summary>The SDL of <paramref name="schema"/>, definitions separated by blank lines, ending with a newline.</summary>
    public static string Print(GraphQLSchema schema)
    {
        var definitions = new List<string>();
        if (NeedsSchemaDefinition(schema)) definitions.Add(PrintSchemaDefinition(schema));
        definitions.AddRange(schema.Directives.Where(d => !d.IsSpecified).Select(PrintDirective));
        definitions.AddRange(schema.Types.Where(t => !t.IsIntrospection && t is not ScalarType { IsSpecified: true }).Select(PrintType));
        return string.Join("\n\n", definitions) + "\n";
    }

    private static bool NeedsSchemaDefinition(GraphQLSchema schema) =>
        schema.Description is not null
        || schema.QueryType.Name != "Query"
        || schema.MutationType is { Name: not "Mutation" }
        || schema.SubscriptionType is { Name: not "Subscription" };

    private static string PrintSchemaDefinition(GraphQLSchema schema)
    {
        var builder = new StringBuilder(Description(schema.Description, string.Empty)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is { } mutation) builder.Append("  mutation: ").Append(mutation.Name).Append('\n');
        if (schema.SubscriptionType is { } subscription) builder.Append("  subscription: ").Append(subscription.Name).Append('\n');
        return builder.Append('}').ToString();
    }

    private static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description, string.Empty) + "directive @" + directive.Name + Arguments(directive.Arguments, string.Empty)
        + (directive.IsRepeatable ? " repeatable" : string.Empty) + " on " + string.Join(" | ", directive.Locations.Select(l => l.ToSpecName()));

    private static string PrintType(NamedType type) => Description(type.Description, string.Empty) + type switch
    {
        ScalarType scalar => "scalar " + scalar.Name + (scalar.SpecifiedByUrl is { } url ? $" @specifiedBy(url: {Printer.PrintString(url)})" : string.Empty),
        ObjectType obj => "type " + obj.Name + Implements(obj) + Block(obj.Fields.Select(PrintField)),
        InterfaceType iface => "interface " + iface.Name + Implements(iface) + Block(iface.Fields.Select(PrintField)),
        UnionType union => "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        EnumType enumType => "enum " + enumType.Name + Block(enumType.Values.Select(PrintEnumValue)),
        InputObjectType input => "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty) + Block(input.Fields.Select(f => PrintInputValue(f, "  "))),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type.Kind, "Unknown type kind."),
    };

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count == 0 ? string.Empty : " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name));

    private static string Block(IEnumerable<string> members)
    {
        var lines = members.ToList();
        return lines.Count == 0 ? string.Empty : " {\n" + string.Join("\n", lines) + "\n}";
    }

    private static string PrintField(FieldDefinition field) =>
        Description(field.Description, "  ") + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason);

    private static string PrintEnumValue(EnumValueDefinition value) =>
        Description(value.Description, "  ") + "  " + value.Name + Deprecated(value.DeprecationReason);

    private static string PrintInputValue(InputValueDefinition value, string indentation) =>
        Description(value.Description, indentation) + indentation + value.Name + ": " + value.Type
        + (value.DefaultValue is { } defaultValue ? " = " + Printer.Print(defaultValue) : string.Empty)
        + Deprecated(value.DeprecationReason);

    // Like graphql-js: arguments on one line unless one of them has a description.
    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation)
    {
        if (arguments.Count == 0) return string.Empty;
        if (arguments.All(a => a.Description is null)) return "(" + string.Join(", ", arguments.Select(a => PrintInputValue(a, string.Empty))) + ")";
        var inner = indentation + "  ";
        return "(\n" + string.Join("\n", arguments.Select(a => PrintInputValue(a, inner))) + "\n" + indentation + ")";
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => string.Empty,
        "No longer supported" => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string Description(string? description, string indentation)
    {
        if (description is null) return string.Empty;
        var literal = IsPrintableAsBlockString(description) ? BlockString.Print(description) : Printer.PrintString(description);
        return indentation + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }

    // graphql-js isPrintableAsBlockString: a block string would not give the same value back for these (control
    // characters, \r, leading or trailing blank lines, an indent common to every line).
    private static bool IsPrintableAsBlockString(string value)
    {
        bool isEmptyLine = true, hasIndent = false, hasCommonIndent = true, seenNonEmptyLine = false;
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r' or (< ' ' and not '\n' and not '\t'):
                    return false;
                case '\n':
                    if (isEmptyLine && !seenNonEmptyLine) return false;
                    seenNonEmptyLine = true;
                    isEmptyLine = true;
                    hasIndent = false;
                    break;
                case ' ' or '\t':
                    hasIndent |= isEmptyLine;
                    break;
                default:
                    hasCommonIndent &= hasIndent;
                    isEmptyLine = false;
                    break;
            }
        }

        return value.Length == 0 || (!isEmptyLine && !(hasCommonIndent && seenNonEmptyLine));
    }
}
