using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>JSON settings and small readers shared by the dialects.</summary>
internal static class Neo4jJson
{
    /// <summary>
    /// Parameters are serialised as they are (no naming policy). Doubles are written in their shortest round-trip
    /// form, so a value read back compares equal to the one written. Unicode is written unescaped, which is valid
    /// JSON and keeps Chinese names readable in a captured request.
    /// </summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<string> Strings(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array) return [];
        return [.. list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)];
    }
}
