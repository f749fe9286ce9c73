using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The rows one statement returned, read from one response: the Query API's <c>data.fields/values</c> or the
/// transactional endpoint's <c>results[0].columns/data[].row</c>. Holds the parsed response (pooled memory) until
/// disposed; rows must not be used after that. One response is one page, so memory stays bounded by the page size.
/// </summary>
public sealed class Neo4jResult : IDisposable
{
    private readonly JsonDocument? _document;

    internal Neo4jResult(JsonDocument? document, IReadOnlyList<string> fields, IReadOnlyList<Neo4jRow> rows,
        IReadOnlyList<string> bookmarks)
    {
        _document = document;
        Fields = fields;
        Rows = rows;
        Bookmarks = bookmarks;
    }

    public static Neo4jResult Empty { get; } = new(null, [], [], []);

    public IReadOnlyList<string> Fields { get; }

    public IReadOnlyList<Neo4jRow> Rows { get; }

    /// <summary>Bookmarks the server returned (Query API only), for causal consistency of later requests.</summary>
    public IReadOnlyList<string> Bookmarks { get; }

    public void Dispose() => _document?.Dispose();
}
