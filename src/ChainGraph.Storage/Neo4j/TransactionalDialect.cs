using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The transactional HTTP endpoint of Neo4j 4.x/5.x (REFERENCE B1, legacy): <c>POST /db/{db}/tx/commit</c> with
/// <c>{"statements": [{"statement", "parameters", "resultDataContents": ["row"]}]}</c> answered by
/// <c>{"results": [{"columns", "data": [{"row"}]}], "errors"}</c>; explicit transactions at <c>/db/{db}/tx/{id}</c>,
/// whose id is the last segment of the <c>commit</c> URL the server returns. No bookmarks.
/// </summary>
internal sealed class TransactionalDialect(string database) : INeo4jDialect
{
    private readonly string _root = $"/db/{Uri.EscapeDataString(database)}/tx";

    public Neo4jProtocol Protocol => Neo4jProtocol.Transactional;

    public bool BodyWithoutStatement => true;

    public string ImplicitPath => _root + "/commit";

    public string BeginPath => _root;

    public string RunPath(string transaction) => $"{_root}/{Uri.EscapeDataString(transaction)}";

    public string CommitPath(string transaction) => RunPath(transaction) + "/commit";

    public string RollbackPath(string transaction) => RunPath(transaction);

    public void WriteBody(Utf8JsonWriter writer, Neo4jStatement? statement, IReadOnlyList<string> bookmarks)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("statements");
        if (statement is not null)
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Text);
            writer.WritePropertyName("parameters");
            JsonSerializer.Serialize(writer, statement.Parameters, Neo4jJson.Options);
            writer.WriteStartArray("resultDataContents");
            writer.WriteStringValue("row");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public Neo4jResult ReadResult(JsonDocument document)
    {
        if (!document.RootElement.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array
            || results.GetArrayLength() == 0)
            return new Neo4jResult(document, [], [], []);
        var result = results[0];
        var columns = Neo4jJson.Strings(result, "columns");
        var rows = new List<Neo4jRow>();
        if (result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in data.EnumerateArray())
            {
                if (!entry.TryGetProperty("row", out var row) || row.ValueKind != JsonValueKind.Array)
                    throw new Neo4jException("the server returned a result without a row (was resultDataContents ignored?)");
                rows.Add(new Neo4jRow(row, 0, row.GetArrayLength()));
            }
        }
        return new Neo4jResult(document, columns, rows, []);
    }

    public string? ReadTransactionId(JsonDocument document, Uri? location)
    {
        var commit = document.RootElement.TryGetProperty("commit", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
        if (commit is not null && Uri.TryCreate(commit, UriKind.RelativeOrAbsolute, out var uri))
        {
            var path = (uri.IsAbsoluteUri ? uri.AbsolutePath : commit).TrimEnd('/');
            if (path.EndsWith("/commit", StringComparison.Ordinal)) return LastSegment(path[..^"/commit".Length]);
        }
        return location is null
            ? null
            : LastSegment((location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString).TrimEnd('/'));
    }

    private static string? LastSegment(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? Uri.UnescapeDataString(path[(slash + 1)..]) : null;
    }
}
