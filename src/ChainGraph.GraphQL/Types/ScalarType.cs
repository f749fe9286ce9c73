using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// A scalar type: how values are serialised to results and parsed from variables and literals.
/// The delegates throw (any exception; its message is reported) when a value cannot be represented.
/// Immutable and thread-safe.
/// </summary>
public sealed class ScalarType : NamedType
{
    /// <summary>Creates a scalar from its three coercion functions.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="serialize">Result coercion: internal value → JSON-compatible value.</param>
    /// <param name="parseValue">Input coercion of a variable value (already converted from JSON to CLR primitives, dictionaries and lists).</param>
    /// <param name="parseLiteral">Input coercion of a literal; receives the variables for literals that contain them.</param>
    /// <param name="description">The description.</param>
    /// <param name="specifiedByUrl">The <c>@specifiedBy</c> URL.</param>
    public ScalarType(
        string name,
        Func<object, object?> serialize,
        Func<object?, object?> parseValue,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> parseLiteral,
        string? description = null,
        string? specifiedByUrl = null)
        : base(name, description, null)
    {
        SerializeFunction = serialize;
        ParseValueFunction = parseValue;
        ParseLiteralFunction = parseLiteral;
        SpecifiedByUrl = specifiedByUrl;
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Scalar;

    /// <summary>The <c>@specifiedBy(url:)</c> value, or null.</summary>
    public string? SpecifiedByUrl { get; internal set; }

    /// <summary>True for Int, Float, String, Boolean and ID.</summary>
    public bool IsSpecified => BuiltInScalars.IsSpecified(Name);

    private Func<object, object?> SerializeFunction { get; }

    private Func<object?, object?> ParseValueFunction { get; }

    private Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> ParseLiteralFunction { get; }

    /// <summary>Serialises an internal value for the response; throws when it cannot be represented.</summary>
    public object? Serialize(object value) => SerializeFunction(value);

    /// <summary>Parses a variable value; throws when invalid.</summary>
    public object? ParseValue(object? value) => ParseValueFunction(value);

    /// <summary>Parses a literal; throws when invalid.</summary>
    public object? ParseLiteral(ValueNode literal, IReadOnlyDictionary<string, object?>? variables = null) => ParseLiteralFunction(literal, variables);

    internal ScalarType WithMetadata(string? description, IReadOnlyList<DirectiveNode> directives, string? specifiedByUrl)
    {
        var copy = new ScalarType(Name, SerializeFunction, ParseValueFunction, ParseLiteralFunction, description ?? Description, specifiedByUrl ?? SpecifiedByUrl);
        copy.AppliedDirectives = directives;
        return copy;
    }
}
