using System.Text.Json;

namespace ChainGraph.Storage.Tests.Neo4j;

/// <summary>What the loopback server answers: a status, a JSON body, headers; or a dropped connection, or a stall.</summary>
public sealed record FakeReply(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>Close the connection without an answer.</summary>
    public bool Abort { get; init; }

    public TimeSpan Delay { get; init; }

    public static FakeReply Dropped => new(0) { Abort = true };

    public static FakeReply Json(int status, object body, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(body), headers);

    /// <summary>The discovery document (<c>GET /</c>) of a server of <paramref name="version"/>.</summary>
    public static FakeReply Discovery(string version, bool queryApi = true, bool transactional = true)
    {
        var body = new Dictionary<string, object>
        {
            ["bolt_routing"] = "neo4j://localhost:7687",
            ["neo4j_version"] = version,
            ["neo4j_edition"] = "community",
        };
        if (transactional) body["transaction"] = "http://localhost:7474/db/{databaseName}/tx";
        if (queryApi) body["query"] = "http://localhost:7474/db/{databaseName}/query/v2";
        return Json(200, body);
    }

    /// <summary>A Query API answer (202) with rows, optional transaction id and bookmarks.</summary>
    public static FakeReply QueryApi(string[] fields, object?[][] rows, string? transaction = null, string[]? bookmarks = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["data"] = new { fields, values = rows },
            ["bookmarks"] = bookmarks ?? ["FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ"],
        };
        if (transaction is not null) body["transaction"] = new { id = transaction, expires = "2024-10-22T15:48:29Z" };
        return Json(202, body, headers);
    }

    /// <summary>A transactional-endpoint answer (200) with one result, and the commit URL of an open transaction.</summary>
    public static FakeReply Transactional(string[] columns, object?[][] rows, string? commit = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["results"] = new[] { new { columns, data = rows.Select(r => new { row = r, meta = r.Select(_ => (object?)null) }) } },
            ["errors"] = Array.Empty<object>(),
        };
        if (commit is not null)
        {
            body["commit"] = commit;
            body["transaction"] = new { expires = "Thu, 3 Aug 2023 11:45:10 GMT" };
        }
        return Json(200, body);
    }

    /// <summary>An error answer as documented: <c>{"errors": [{"code", "message"}]}</c> (plus empty <c>results</c> for the transactional endpoint).</summary>
    public static FakeReply Error(int status, string code, string message, bool transactional = false) => transactional
        ? Json(status, new { results = Array.Empty<object>(), errors = new[] { new { code, message } } })
        : Json(status, new { errors = new[] { new { code, message } } });
}
