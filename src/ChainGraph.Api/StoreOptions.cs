namespace ChainGraph.Api;

/// <summary>`ChainGraph:Store` settings. With no <see cref="Path"/>, the embedded default store (seeded on first use).</summary>
public sealed class StoreOptions
{
    public const string Section = "ChainGraph:Store";

    /// <summary>SQLite file of the embedded store; empty for the default under the data folder.</summary>
    public string? Path { get; set; }
}
