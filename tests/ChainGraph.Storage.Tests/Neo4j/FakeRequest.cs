using System.Text.Json;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>A request the loopback server received, as sent on the wire.</summary>
public sealed record FakeRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The statement texts in the body (Query API: one; transactional endpoint: the statements list).</summary>
    public IReadOnlyList<string> Statements => Body.Length == 0 ? [] : Json switch
    {
        var j when j.TryGetProperty("statement", out var s) => [s.GetString()!],
        var j when j.TryGetProperty("statements", out var list) => [.. list.EnumerateArray().Select(e => e.GetProperty("statement").GetString()!)],
        _ => [],
    };

    /// <summary>The parameters of the (first) statement, or an empty object.</summary>
    public JsonElement Parameters => Body.Length == 0 ? Empty : Json switch
    {
        var j when j.TryGetProperty("parameters", out var p) => p,
        var j when j.TryGetProperty("statements", out var list) && list.GetArrayLength() > 0 && list[0].TryGetProperty("parameters", out var p) => p,
        _ => Empty,
    };

    private static JsonElement Empty => JsonDocument.Parse("{}").RootElement;
}
