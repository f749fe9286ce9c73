using System.Globalization;
using System.Text;

namespace ChainGraph.GraphQL.Language;

/// <summary>
/// Prints an AST in canonical GraphQL syntax, byte-for-byte like graphql-js 16's <c>print</c>
/// (two-space indentation, <c>{a: 1}</c> object literals, block strings kept as block strings).
/// Stateless and thread-safe.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    /// <summary>Prints any node.</summary>
    public static string Print(SyntaxNode node) => node switch
    {
        DocumentNode n => string.Join("\n\n", n.Definitions.Select(Print)),
        OperationDefinitionNode n => PrintOperation(n),
        VariableDefinitionNode n => Describe(n.Description) + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", n.DefaultValue) + Wrap(" ", Join(n.Directives, " ")),
        SelectionSetNode n => Block(n.Selections),
        FieldNode n => PrintField(n),
        ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
        FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
        InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", n.TypeCondition), Join(n.Directives, " "), Print(n.SelectionSet)),
        FragmentDefinitionNode n => Describe(n.Description) + $"fragment {n.Name.Value} on {Print(n.TypeCondition)} " + Wrap(string.Empty, Join(n.Directives, " "), " ") + Print(n.SelectionSet),
        DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
        NameNode n => n.Value,
        ValueNode n => PrintValue(n),
        TypeNode n => PrintType(n),
        ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
        SchemaCoordinateNode n => (n.OfDirective ? "@" : string.Empty) + n.Name.Value + Wrap(".", n.MemberName?.Value) + Wrap("(", n.ArgumentName?.Value, ":)"),
        _ => PrintTypeSystem(node),
    };

    /// <summary>Escapes a string as a double-quoted GraphQL string literal.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\b': builder.Append("\\b"); break;
                case '\f': builder.Append("\\f"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ' or (>= '\u007F' and <= '\u009F'):
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('"').ToString();
    }

    private static string PrintOperation(OperationDefinitionNode n)
    {
        var definitions = n.VariableDefinitions.Select(Print).ToList();
        var variables = definitions.Any(d => d.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", string.Join("\n", definitions), "\n)")
            : Wrap("(", string.Join(", ", definitions), ")");
        var prefix = JoinParts(" ", n.Operation.ToString().ToLowerInvariant(), JoinParts(string.Empty, n.Name?.Value, variables), Join(n.Directives, " "));
        var shorthand = prefix == "query" && n.Description is null;
        return Describe(n.Description) + (shorthand ? string.Empty : prefix + " ") + Print(n.SelectionSet);
    }

    private static string PrintField(FieldNode n)
    {
        var prefix = Wrap(string.Empty, n.Alias?.Value, ": ") + n.Name.Value;
        var argsLine = prefix + Wrap("(", Join(n.Arguments, ", "), ")");
        if (argsLine.Length > MaxLineLength)
        {
            argsLine = prefix + Wrap("(\n", Indent(Join(n.Arguments, "\n")), "\n)");
        }

        return JoinParts(" ", argsLine, Join(n.Directives, " "), n.SelectionSet is null ? null : Print(n.SelectionSet));
    }

    private static string PrintValue(ValueNode node) => node switch
    {
        VariableNode n => "$" + n.Name.Value,
        IntValueNode n => n.Value,
        FloatValueNode n => n.Value,
        StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
        BooleanValueNode n => n.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode n => n.Value,
        ListValueNode n => "[" + Join(n.Values, ", ") + "]",
        ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string PrintType(TypeNode node) => node switch
    {
        NamedTypeNode n => n.Name.Value,
        ListTypeNode n => "[" + PrintType(n.Type) + "]",
        NonNullTypeNode n => PrintType(n.Type) + "!",
        _ => throw new ArgumentOutOfRangeException(nameof(node)),
    };

    private static string PrintTypeSystem(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Describe(n.Description) + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        OperationTypeDefinitionNode n => n.Operation.ToString().ToLowerInvariant() + ": " + Print(n.Type),
        ScalarTypeDefinitionNode n => Describe(n.Description) + JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeDefinitionNode n => Describe(n.Description) + PrintComposite("type", n.Name, n.Interfaces, n.Directives, n.Fields),
        FieldDefinitionNode n => Describe(n.Description) + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Join(n.Directives, " ")),
        InputValueDefinitionNode n => Describe(n.Description) + JoinParts(" ", n.Name.Value + ": " + Print(n.Type), Wrap("= ", n.DefaultValue), Join(n.Directives, " ")),
        InterfaceTypeDefinitionNode n => Describe(n.Description) + PrintComposite("interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeDefinitionNode n => Describe(n.Description) + JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeDefinitionNode n => Describe(n.Description) + JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        EnumValueDefinitionNode n => Describe(n.Description) + JoinParts(" ", n.Name.Value, Join(n.Directives, " ")),
        InputObjectTypeDefinitionNode n => Describe(n.Description) + JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        DirectiveDefinitionNode n => Describe(n.Description) + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + Wrap(" ", Join(n.Directives, " ")) + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | "),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => "extend " + PrintComposite("type", n.Name, n.Interfaces, n.Directives, n.Fields),
        InterfaceTypeExtensionNode n => "extend " + PrintComposite("interface", n.Name, n.Interfaces, n.Directives, n.Fields),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.Kind, "Unknown node kind."),
    };

    private static string PrintComposite(string keyword, NameNode name, IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<FieldDefinitionNode> fields) =>
        JoinParts(" ", keyword, name.Value, Wrap("implements ", Join(interfaces, " & ")), Join(directives, " "), Block(fields));

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = arguments.Select(Print).ToList();
        return printed.Any(a => a.Contains('\n', StringComparison.Ordinal))
            ? Wrap("(\n", Indent(string.Join("\n", printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");
    }

    private static string Describe(StringValueNode? description) => description is null ? string.Empty : Print(description) + "\n";

    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode =>
        nodes.Count == 0 ? string.Empty : "{\n" + Indent(Join(nodes, "\n")) + "\n}";

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode =>
        JoinParts(separator, nodes.Select(n => (string?)Print(n)).ToArray());

    private static string JoinParts(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    private static string Wrap(string start, SyntaxNode? node, string end = "") => node is null ? string.Empty : start + Print(node) + end;

    private static string Wrap(string start, string? value, string end = "") => string.IsNullOrEmpty(value) ? string.Empty : start + value + end;
}
