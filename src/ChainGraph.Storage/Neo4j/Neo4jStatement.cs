namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. The text is a constant of the caller: every value travels in
/// <see cref="Parameters"/> (serialised as JSON: strings, numbers, booleans, null, lists and maps), never inside
/// the text, which keeps the statement injection-proof and lets the server cache one plan per text.
/// </summary>
public sealed record Neo4jStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>
    /// How long the request carrying this statement may take when that is longer than the client's
    /// <see cref="Neo4jOptions.RequestTimeout"/> (e.g. <c>CALL db.awaitIndexes(300)</c>); null for the client's limit.
    /// </summary>
    public TimeSpan? Timeout { get; init; }

    public Neo4jStatement(string text) : this(text, new Dictionary<string, object?>()) { }

    public static Neo4jStatement With(string text, string name, object? value) =>
        new(text, new Dictionary<string, object?> { [name] = value });
}
