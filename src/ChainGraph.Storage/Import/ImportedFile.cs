namespace ChainGraph.Storage.Import;

/// <summary>
/// A file a store holds unchanged: the XxHash3 of its bytes and its row count (<see cref="IGraphStore.CleanImportsAsync"/>).
/// </summary>
public sealed record ImportedFile(ulong ContentHash, long Rows);
