namespace ChainGraph.Storage.Import;

/// <summary>
/// One record as read from a file, before typing: values in the order of the file spec's columns
/// (null when the column is absent), and the 1-based physical line it starts on.
/// </summary>
public readonly record struct RawRecord(int Line, string?[] Values);
