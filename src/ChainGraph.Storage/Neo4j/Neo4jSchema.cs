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
