using System.Text;

namespace ChainGraph.Analysis.Tests.Algorithms.Oracle;

/// <summary>Writes a corpus graph as an edge-list CSV (RFC 4180 quoting, an ignored third column).</summary>
public static class CsvEdgeList
{
    public static void Write(string path, CorpusGraph graph)
    {
        var newline = graph.CrLf ? "\r\n" : "\n";
        var text = new StringBuilder("source,target,weight").Append(newline);
        var row = 0;
        foreach (var (source, target) in graph.Edges) text.Append(Quote(source)).Append(',').Append(Quote(target)).Append(',').Append(row++ % 7).Append(newline);
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"")}\"";
}
