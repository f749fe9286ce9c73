namespace ChainGraph.Storage.Import;

/// <summary>Where a long import is: the phase (`validating`, `writing`), the file, and bytes read of it.</summary>
public readonly record struct ImportProgress(string Phase, string File, long BytesRead, long BytesTotal, long Rows);
