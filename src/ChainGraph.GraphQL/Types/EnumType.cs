using System.Collections.Concurrent;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// An enum type. Internal values are the value names (strings) unless a CLR enum is bound, in which case
/// they are that enum's members. Results accept either a value name or a CLR enum member whose name matches
/// ignoring case and underscores (<c>IN_PROGRESS</c> ↔ <c>InProgress</c>). Immutable; thread-safe.
/// </summary>
public sealed class EnumType : NamedType
{
    private readonly ConcurrentDictionary<object, EnumValueDefinition?> _byInternalValue = new();

    internal EnumType(string name, string? description, IReadOnlyList<DirectiveNode>? directives)
        : base(name, description, directives)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The values in definition order.</summary>
    public FieldMap<EnumValueDefinition> Values { get; internal set; } = FieldMap<EnumValueDefinition>.Empty;

    /// <summary>The bound CLR enum type, or null when internal values are strings.</summary>
    public Type? ClrType { get; internal set; }

    /// <summary>Serialises an internal value to its value name; throws when no value matches.</summary>
    public string Serialize(object value)
    {
        var match = _byInternalValue.TryGetValue(value, out var cached) ? cached : FindByInternalValue(value);
        if (match is not null && _byInternalValue.Count < 4096)
        {
            _byInternalValue.TryAdd(value, match);
        }

        return match?.Name ?? throw new GraphQLException($"Enum \"{Name}\" cannot represent value: {Inspector.Inspect(value)}");
    }

    /// <summary>Parses a variable value (a value name, or a member of the bound CLR enum); throws with graphql-js's messages when invalid.</summary>
    public object ParseValue(object? value)
    {
        if (value is Enum member && member.GetType() == ClrType && Values.Any(v => Equals(v.Value, member)))
        {
            return member;
        }

        if (value is not string name)
        {
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-string value: {Inspector.Inspect(value)}.{DidYouMeanValue(Inspector.Inspect(value))}");
        }

        return Values[name]?.Value
            ?? throw new GraphQLException($"Value \"{name}\" does not exist in \"{Name}\" enum.{DidYouMeanValue(name)}");
    }

    /// <summary>Parses an enum literal; throws when the literal is not an enum value of this type.</summary>
    public object ParseLiteral(ValueNode node)
    {
        if (node is not EnumValueNode enumNode)
        {
            var printed = Printer.Print(node);
            throw new GraphQLException($"Enum \"{Name}\" cannot represent non-enum value: {printed}.{DidYouMeanValue(printed)}");
        }

        return Values[enumNode.Value]?.Value
            ?? throw new GraphQLException($"Value \"{enumNode.Value}\" does not exist in \"{Name}\" enum.{DidYouMeanValue(enumNode.Value)}");
    }

    private string DidYouMeanValue(string unknown) =>
        Suggestions.DidYouMean("the enum value", Suggestions.List(unknown, Values.Select(v => v.Name)));

    private EnumValueDefinition? FindByInternalValue(object value)
    {
        foreach (var candidate in Values)
        {
            if (Equals(candidate.Value, value))
            {
                return candidate;
            }
        }

        var text = value is string s ? s : value is Enum e ? e.ToString() : null;
        if (text is null)
        {
            return null;
        }

        if (value is string && Values[text] is { } exact && ClrType is null)
        {
            return exact;
        }

        var normalized = Normalize(text);
        return Values.FirstOrDefault(v => Normalize(v.Name) == normalized);
    }

    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
