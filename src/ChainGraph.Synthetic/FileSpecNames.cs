using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>The file name an import file has in each <see cref="OutputFormat"/>: its stem plus <c>.csv</c> or <c>.jsonl</c>.</summary>
public static class FileSpecNames
{
    /// <summary><c>supplies.csv</c> or <c>supplies.jsonl</c> for the supplies spec.</summary>
    public static string FileName(this FileSpec spec, OutputFormat format) =>
        $"{spec.Stem}.{(format == OutputFormat.Csv ? "csv" : "jsonl")}";
}
