using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace ChainGraph.GraphQL.AspNetCore;

/// <summary>
/// Turns JSON request values into the plain values GraphQL.NET coerces (string, int, long, BigInteger, double, bool,
/// null, dictionaries and lists). Stateless, thread-safe.
/// </summary>
public static class JsonInputs
{
    /// <summary>The members of a JSON object; the last duplicate wins.</summary>
    /// <exception cref="FormatException">A string holds a lone surrogate escape (not valid UTF-16).</exception>
    public static Dictionary<string, object?> ToDictionary(JsonElement value)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject()) properties[Name(property)] = ToValue(property.Value);
        return properties;
    }

    /// <summary>The plain value of <paramref name="value"/>; a value that is already plain is returned as is.</summary>
    public static object? ToValue(object? value) => value is JsonElement element ? ToValue(element) : value;

    /// <summary>A JSON string as text.</summary>
    /// <exception cref="FormatException">The string holds a lone surrogate escape.</exception>
    public static string Text(JsonElement value, string what)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException($"The \"{what}\" parameter is not valid UTF-16 text (a lone surrogate escape).");
        }
    }

    private static object? ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(value),
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToList(),
        JsonValueKind.String => Text(value, "variables"),
        JsonValueKind.Number => Number(value),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static object Number(JsonElement value)
    {
        if (value.TryGetInt32(out var i)) return i;
        if (value.TryGetInt64(out var l)) return l;
        var text = value.GetRawText();
        if (text.IndexOfAny(['.', 'e', 'E']) < 0 && BigInteger.TryParse(text, CultureInfo.InvariantCulture, out var big)) return big;
        return value.GetDouble();
    }

    private static string Name(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            throw new FormatException("A property name is not valid UTF-16 text (a lone surrogate escape).");
        }
    }
}
