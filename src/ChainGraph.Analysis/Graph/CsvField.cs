namespace ChainGraph.Analysis.Graph;

/// <summary>Where a field's content lies in the scanned bytes; <see cref="Escaped"/> when it holds doubled quotes.</summary>
internal readonly record struct CsvField(int Start, int Length, bool Quoted, bool Escaped);
