using System.Reflection;

namespace ChainGraph.Storage.Neo4j;

/// <summary>
/// The statements of <c>import/neo4j/schema.cypher</c> (embedded in this assembly): constraints and indexes,
/// all <c>IF NOT EXISTS</c>, so running them again is harmless.
/// </summary>
internal static class Neo4jSchema
{
    public const string ResourceName = "ChainGraph.Storage.Neo4j.schema.cypher";

    public static IReadOnlyList<string> Statements { get; } = Split(Read());

    /// <summary>
    /// A statement of the script with the time it may take: <c>CALL db.awaitIndexes(s)</c> waits up to s seconds on
    /// the server, so its request gets s plus a minute rather than the client's usual limit.
    /// </summary>
    public static Neo4jStatement Statement(string text) =>
        new(text) { Timeout = AwaitSeconds(text) is { } s ? TimeSpan.FromSeconds(s + 60) : null };

    private static int? AwaitSeconds(string text)
    {
        const string call = "CALL db.awaitIndexes(";
        if (!text.StartsWith(call, StringComparison.OrdinalIgnoreCase)) return null;
        var close = text.IndexOf(')', call.Length);
        return close > call.Length && int.TryParse(text[call.Length..close], out var seconds) ? seconds : 300;
    }

    /// <summary>Statements end with <c>;</c> at the end of a line; <c>//</c> lines are comments.</summary>
    public static IReadOnlyList<string> Split(string script)
    {
        var statements = new List<string>();
        var current = new List<string>();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            current.Add(line);
            if (!line.EndsWith(';')) continue;
            statements.Add(string.Join(' ', current).TrimEnd(';').Trim());
            current.Clear();
        }
        if (current.Count > 0) statements.Add(string.Join(' ', current));
        return statements;
    }

    private static string Read()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"the embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
