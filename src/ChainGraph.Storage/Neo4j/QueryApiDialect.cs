using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The Query API v2 (REFERENCE B1): <c>POST /db/{db}/query/v2</c> with <c>{"statement", "parameters", "bookmarks"}</c>
/// answered by <c>{"data": {"fields", "values"}, "bookmarks"}</c>; explicit transactions under <c>…/query/v2/tx</c>.
/// Fields are written in the documented order, since servers before 2026.08 needed that order.
/// </summary>
internal sealed class QueryApiDialect(string database) : INeo4jDialect
{
    private readonly string _root = $"/db/{Uri.EscapeDataString(database)}/query/v2";

    public Neo4jProtocol Protocol => Neo4jProtocol.QueryApi;

    // A commit without a final statement still sends "{}" with its content type, as the documented example does.
    public bool BodyWithoutStatement => true;

    public string ImplicitPath => _root;

    public string BeginPath => _root + "/tx";

    public string RunPath(string transaction) => $"{_root}/tx/{Uri.EscapeDataString(transaction)}";

    public string CommitPath(string transaction) => RunPath(transaction) + "/commit";

    public string RollbackPath(string transaction) => RunPath(transaction);

    public void WriteBody(Utf8JsonWriter writer, Neo4jStatement? statement, IReadOnlyList<string> bookmarks)
    {
        writer.WriteStartObject();
        if (statement is not null)
        {
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            JsonSerializer.Serialize(writer, statement.Parameters, Neo4jJson.Options);
        }
        if (bookmarks.Count > 0)
        {
            writer.WritePropertyName("bookmarks");
            JsonSerializer.Serialize(writer, bookmarks, Neo4jJson.Options);
        }
        writer.WriteEndObject();
    }

    public Neo4jResult ReadResult(JsonDocument document)
    {
        var root = document.RootElement;
        var bookmarks = Neo4jJson.Strings(root, "bookmarks");
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object)
            return new Neo4jResult(document, [], [], bookmarks);
        var fields = Neo4jJson.Strings(data, "fields");
        return new Neo4jResult(document, fields, Rows(data, fields.Count), bookmarks);
    }

    public string? ReadTransactionId(JsonDocument document, Uri? location) =>
        document.RootElement.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object
        && tx.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    // The documented shape is one array per row; an early page of the docs showed the values of all rows flattened
    // into one list, which is read too (cut into rows by the field count).
    private static List<Neo4jRow> Rows(JsonElement data, int width)
    {
        var rows = new List<Neo4jRow>();
        if (!data.TryGetProperty("values", out var values) || values.ValueKind != JsonValueKind.Array) return rows;
        var count = values.GetArrayLength();
        var flat = count > 0 && (values[0].ValueKind != JsonValueKind.Array || values[0].GetArrayLength() != width);
        if (!flat)
        {
            foreach (var row in values.EnumerateArray()) rows.Add(new Neo4jRow(row, 0, width));
            return rows;
        }
        if (width == 0 || count % width != 0) throw new Neo4jException($"the server returned {count} values for {width} fields");
        for (var offset = 0; offset < count; offset += width) rows.Add(new Neo4jRow(values, offset, width));
        return rows;
    }
}
