namespace ChainGraph.Synthetic;

/// <summary>File format of generated data: CSV with a header row, or JSON Lines with the same field names.</summary>
public enum OutputFormat
{
    Csv,
    Jsonl,
}
