namespace ChainGraph.Application.Settings;

/// <summary>
/// `ChainGraph:Store` settings. <see cref="Kind"/> picks the store: <c>Sqlite</c> (default; with no <see cref="Path"/>,
/// the embedded default store, seeded on first use) or <c>Neo4j</c> (settings under <c>ChainGraph:Neo4j</c>:
/// <c>Uri</c>, <c>User</c>, <c>Password</c>, <c>Database</c>; see docs/neo4j.md).
/// </summary>
public sealed class StoreOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ChainGraph:Store";
    /// <summary>The embedded store's kind.</summary>
    public const string Sqlite = "Sqlite";
    /// <summary>The Neo4j store's kind.</summary>
    public const string Neo4j = "Neo4j";

    /// <summary><c>Sqlite</c> or <c>Neo4j</c> (case-insensitive); empty means <c>Sqlite</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>SQLite file of the embedded store; empty for the default under the data folder.</summary>
    public string? Path { get; set; }

    /// <summary>True when <see cref="Kind"/> names Neo4j.</summary>
    public bool IsNeo4j => string.Equals(Kind, Neo4j, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <see cref="Kind"/> is empty or names a store.</summary>
    public bool HasKnownKind => string.IsNullOrEmpty(Kind) || IsNeo4j || string.Equals(Kind, Sqlite, StringComparison.OrdinalIgnoreCase);

    /// <summary>Throws on a <see cref="Kind"/> that names no store.</summary>
    public void Validate()
    {
        if (!HasKnownKind) throw new InvalidOperationException($"{Section}:Kind is '{Kind}'; expected {Sqlite} or {Neo4j}");
    }
}
