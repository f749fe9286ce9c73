using System.Globalization;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>
/// The spec's scalars (Int, Float, String, Boolean, ID) with graphql-js 16's coercion rules and messages.
/// Every schema includes all five. Thread-safe singletons.
/// </summary>
public static class BuiltInScalars
{
    /// <summary>32-bit signed integer.</summary>
    public static ScalarType Int { get; } = new("Int", SerializeInt, ParseIntValue, ParseIntLiteral,
        "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.");

    /// <summary>Double-precision floating point.</summary>
    public static ScalarType Float { get; } = new("Float", SerializeFloat, ParseFloatValue, ParseFloatLiteral,
        "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).");

    /// <summary>UTF-8 text.</summary>
    public static ScalarType String { get; } = new("String", SerializeString, ParseStringValue, ParseStringLiteral,
        "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.");

    /// <summary>true or false.</summary>
    public static ScalarType Boolean { get; } = new("Boolean", SerializeBoolean, ParseBooleanValue, ParseBooleanLiteral,
        "The `Boolean` scalar type represents `true` or `false`.");

    /// <summary>Opaque identifier, serialised as a string.</summary>
    public static ScalarType ID { get; } = new("ID", SerializeId, ParseIdValue, ParseIdLiteral,
        "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.");

    /// <summary>All five, in spec order.</summary>
    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>True when <paramref name="name"/> is one of the five.</summary>
    public static bool IsSpecified(string name) => name is "Int" or "Float" or "String" or "Boolean" or "ID";

    /// <summary>Looks a built-in scalar up by name.</summary>
    public static ScalarType? Find(string name) => All.FirstOrDefault(s => s.Name == name);

    internal static bool TryGetNumber(object? value, out double number)
    {
        switch (value)
        {
            case int i: number = i; return true;
            case long l: number = l; return true;
            case double d: number = d; return true;
            case float f: number = f; return true;
            case decimal m: number = (double)m; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            default: number = 0; return false;
        }
    }

    private static GraphQLException Fail(string message) => new(message);

    private static object? SerializeInt(object value)
    {
        if (value is int)
        {
            return value;
        }

        var coerced = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => value,
        };
        if (!TryGetNumber(coerced, out var number) || number != Math.Floor(number) || double.IsInfinity(number))
        {
            throw Fail($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)number;
    }

    private static object? ParseIntValue(object? value)
    {
        if (value is int)
        {
            return value;
        }

        if (!TryGetNumber(value, out var number) || number != Math.Floor(number) || double.IsInfinity(number))
        {
            throw Fail($"Int cannot represent non-integer value: {Inspector.Inspect(value)}");
        }

        if (number is > int.MaxValue or < int.MinValue)
        {
            throw Fail($"Int cannot represent non 32-bit signed integer value: {Inspector.Inspect(value)}");
        }

        return (int)number;
    }

    private static object? ParseIntLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not IntValueNode intNode)
        {
            throw Fail($"Int cannot represent non-integer value: {Printer.Print(node)}");
        }

        if (!int.TryParse(intNode.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var result))
        {
            throw Fail($"Int cannot represent non 32-bit signed integer value: {intNode.Value}");
        }

        return result;
    }

    private static object? SerializeFloat(object value)
    {
        var coerced = value switch
        {
            bool b => b ? 1 : 0,
            string s when s.Length > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => value,
        };
        if (!TryGetNumber(coerced, out var number) || !double.IsFinite(number))
        {
            throw Fail($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    private static object? ParseFloatValue(object? value)
    {
        if (!TryGetNumber(value, out var number) || !double.IsFinite(number))
        {
            throw Fail($"Float cannot represent non numeric value: {Inspector.Inspect(value)}");
        }

        return number;
    }

    private static object? ParseFloatLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        IntValueNode i => double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        _ => throw Fail($"Float cannot represent non numeric value: {Printer.Print(node)}"),
    };

    private static object? SerializeString(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        char c => c.ToString(),
        Guid g => g.ToString(),
        _ when TryGetNumber(value, out var n) && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw Fail($"String cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object? ParseStringValue(object? value) =>
        value as string ?? throw Fail($"String cannot represent a non string value: {Inspector.Inspect(value)}");

    private static object? ParseStringLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is StringValueNode s ? s.Value : throw Fail($"String cannot represent a non string value: {Printer.Print(node)}");

    private static object? SerializeBoolean(object value) => value switch
    {
        bool b => b,
        _ when TryGetNumber(value, out var n) && double.IsFinite(n) => n != 0,
        _ => throw Fail($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}"),
    };

    private static object? ParseBooleanValue(object? value) =>
        value is bool b ? b : throw Fail($"Boolean cannot represent a non boolean value: {Inspector.Inspect(value)}");

    private static object? ParseBooleanLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is BooleanValueNode b ? b.Value : throw Fail($"Boolean cannot represent a non boolean value: {Printer.Print(node)}");

    private static object? SerializeId(object value) => value switch
    {
        string s => s,
        Guid g => g.ToString(),
        _ when TryGetNumber(value, out var n) && n == Math.Floor(n) && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw Fail($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object? ParseIdValue(object? value) => value switch
    {
        string s => s,
        _ when TryGetNumber(value, out var n) && n == Math.Floor(n) && double.IsFinite(n) => Convert.ToString(value, CultureInfo.InvariantCulture),
        _ => throw Fail($"ID cannot represent value: {Inspector.Inspect(value)}"),
    };

    private static object? ParseIdLiteral(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        StringValueNode s => s.Value,
        IntValueNode i => i.Value,
        _ => throw Fail($"ID cannot represent a non-string and non-integer value: {Printer.Print(node)}"),
    };
}
