using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ChainGraph.GraphQL.Language;

namespace ChainGraph.GraphQL.Types;

/// <summary>Formats runtime values for error messages the way graphql-js's <c>inspect</c> does.</summary>
internal static class Inspector
{
    private const int MaxDepth = 3;

    public static string Inspect(object? value) => Inspect(value, 0);

    private static string Inspect(object? value, int depth) => value switch
    {
        null => "null",
        string s => Printer.PrintString(s),
        bool b => b ? "true" : "false",
        JsonElement e => InspectJson(e, depth),
        IFormattable f when IsNumber(value) => f.ToString(null, CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IDictionary d => InspectDictionary(d.Keys.Cast<object>().Select(k => (k.ToString()!, d[k])), depth),
        IEnumerable<KeyValuePair<string, object?>> pairs => InspectDictionary(pairs.Select(p => (p.Key, p.Value)), depth),
        IEnumerable list => InspectList(list.Cast<object?>(), depth),
        _ => value.ToString() ?? value.GetType().Name,
    };

    private static bool IsNumber(object value) =>
        value is int or long or short or byte or sbyte or ushort or uint or ulong or float or double or decimal;

    private static string InspectJson(JsonElement element, int depth) => element.ValueKind switch
    {
        JsonValueKind.Object => InspectDictionary(element.EnumerateObject().Select(p => (p.Name, (object?)p.Value)), depth),
        JsonValueKind.Array => InspectList(element.EnumerateArray().Select(e => (object?)e), depth),
        JsonValueKind.String => Printer.PrintString(element.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => "null",
        _ => element.GetRawText(),
    };

    private static string InspectDictionary(IEnumerable<(string Key, object? Value)> pairs, int depth)
    {
        var items = pairs.ToList();
        if (items.Count == 0)
        {
            return "{}";
        }

        if (depth >= MaxDepth)
        {
            return "[Object]";
        }

        var builder = new StringBuilder("{ ");
        builder.AppendJoin(", ", items.Select(p => p.Key + ": " + Inspect(p.Value, depth + 1)));
        return builder.Append(" }").ToString();
    }

    private static string InspectList(IEnumerable<object?> values, int depth)
    {
        var items = values.ToList();
        if (items.Count == 0)
        {
            return "[]";
        }

        return depth >= MaxDepth ? "[Array]" : "[" + string.Join(", ", items.Select(v => Inspect(v, depth + 1))) + "]";
    }
}
