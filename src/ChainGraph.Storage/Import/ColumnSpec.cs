namespace ChainGraph.Storage.Import;

/// <summary>A column of an import file: its header name, whether every row must fill it, and what it holds.</summary>
public sealed record ColumnSpec(string Name, bool Required, string Description);
