using System.Text.Json;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The paths and JSON shapes of one of Neo4j's HTTP APIs (<see cref="QueryApiDialect"/>, <see cref="TransactionalDialect"/>).
/// </summary>
internal interface INeo4jDialect
{
    Neo4jProtocol Protocol { get; }

    /// <summary>Whether a request without a statement still carries a body (the transactional endpoint's empty list).</summary>
    bool BodyWithoutStatement { get; }

    /// <summary>POST: one statement in its own (implicit) transaction.</summary>
    string ImplicitPath { get; }

    /// <summary>POST: opens an explicit transaction, running the statement in the body.</summary>
    string BeginPath { get; }

    string RunPath(string transaction);

    string CommitPath(string transaction);

    /// <summary>DELETE: rolls the transaction back.</summary>
    string RollbackPath(string transaction);

    /// <summary>Writes a request body: the statement (if any) and, where the API has them, bookmarks to wait for.</summary>
    void WriteBody(Utf8JsonWriter writer, Neo4jStatement? statement, IReadOnlyList<string> bookmarks);

    /// <summary>The rows of the (only) statement in a response.</summary>
    Neo4jResult ReadResult(JsonDocument document);

    /// <summary>The id of the transaction a begin response opened, or null if the answer names none.</summary>
    string? ReadTransactionId(JsonDocument document, Uri? location);
}
