using System.Text.Json;

namespace ChainGraph.GraphQL.Execution;

/// <summary>Converts JSON request values to the CLR shapes input coercion works on.</summary>
internal static class JsonValues
{
    /// <summary>
    /// Objects become ordered dictionaries, arrays lists, numbers <see cref="int"/> when they fit, else <see cref="long"/>,
    /// else <see cref="double"/>.
    /// </summary>
    public static object? ToClr(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => ToDictionary(element),
        JsonValueKind.Array => element.EnumerateArray().Select(ToClr).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => element.TryGetInt32(out var i) ? i : element.TryGetInt64(out var l) ? l : element.GetDouble(),
        _ => null,
    };

    /// <summary>The properties of a JSON object as a dictionary of raw elements (last duplicate wins).</summary>
    public static IReadOnlyDictionary<string, object?> ToRawDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = property.Value;
        }

        return result;
    }

    private static Dictionary<string, object?> ToDictionary(JsonElement element)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            result[property.Name] = ToClr(property.Value);
        }

        return result;
    }
}
