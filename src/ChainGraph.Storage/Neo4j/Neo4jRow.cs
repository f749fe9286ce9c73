using System.Globalization;
using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// One result row in plain JSON (values in the order of the result's fields). Valid only while its
/// <see cref="Neo4jResult"/> is undisposed. Readers throw <see cref="Neo4jException"/> on a value of the wrong kind.
/// </summary>
public readonly struct Neo4jRow
{
    private readonly JsonElement _values;
    private readonly int _offset;

    /// <summary>A row of <paramref name="width"/> values starting at <paramref name="offset"/> of a JSON array.</summary>
    internal Neo4jRow(JsonElement values, int offset, int width)
    {
        _values = values;
        _offset = offset;
        Count = width;
    }

    public int Count { get; }

    public JsonElement this[int index] =>
        (uint)index < (uint)Count ? _values[_offset + index] : throw new ArgumentOutOfRangeException(nameof(index));

    public bool IsNull(int index) => this[index].ValueKind == JsonValueKind.Null;

    public string String(int index) => NullableString(index) ?? throw Wrong(index, "a string");

    public string? NullableString(int index) => this[index] switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(index, "a string"),
    };

    public double Double(int index) => NullableDouble(index) ?? throw Wrong(index, "a number");

    public double? NullableDouble(int index) => this[index] switch
    {
        { ValueKind: JsonValueKind.Number } v => v.GetDouble(),
        { ValueKind: JsonValueKind.Null } => null,
        // Plain JSON writes the non-finite floats as strings.
        { ValueKind: JsonValueKind.String } v when double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture,
            out var d) => d,
        _ => throw Wrong(index, "a number"),
    };

    public long Long(int index) => NullableLong(index) ?? throw Wrong(index, "an integer");

    public long? NullableLong(int index) => this[index] switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.Null } => null,
        _ => throw Wrong(index, "an integer"),
    };

    public bool Boolean(int index) => this[index] switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => throw Wrong(index, "a boolean"),
    };

    /// <summary>A list of strings; null reads as empty.</summary>
    public IReadOnlyList<string> Strings(int index) => this[index] switch
    {
        { ValueKind: JsonValueKind.Array } v => [.. v.EnumerateArray().Select(e => e.GetString() ?? "")],
        { ValueKind: JsonValueKind.Null } => [],
        _ => throw Wrong(index, "a list"),
    };

    private Neo4jException Wrong(int index, string expected) =>
        new($"the server returned {this[index].ValueKind} where {expected} was expected (column {index + 1})");
}
