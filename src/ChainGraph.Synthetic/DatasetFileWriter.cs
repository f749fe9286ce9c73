using ChainGraph.Domain;
using ChainGraph.Storage.Import;

namespace ChainGraph.Synthetic;

/// <summary>Writes a dataset, or the chain-template part of one, as the import files in a directory.</summary>
public static class DatasetFileWriter
{
    public static void Write(SyntheticDataset dataset, string directory, OutputFormat format)
    {
        WriteTemplates(dataset.Chains, dataset.Segments, dataset.Links, directory, format);
        WriteAll(directory, FileSpecs.Enterprises, format, dataset.Enterprises, DataRows.Write);
        WriteAll(directory, FileSpecs.Memberships, format, dataset.Memberships, DataRows.Write);
        WriteAll(directory, FileSpecs.Supplies, format, dataset.Supplies, DataRows.Write);
        WriteAll(directory, FileSpecs.Events, format, dataset.Events, DataRows.Write);
    }

    /// <summary>Writes the 攻关项目清单 (projects.csv / .jsonl).</summary>
    public static void WriteProjects(IReadOnlyList<Project> projects, string directory, OutputFormat format) =>
        WriteAll(directory, FileSpecs.Projects, format, projects, DataRows.Write);

    public static void WriteTemplates(IReadOnlyList<Chain> chains, IReadOnlyList<Segment> segments, IReadOnlyList<SegmentLink> links,
        string directory, OutputFormat format)
    {
        WriteAll(directory, FileSpecs.Chains, format, chains, DataRows.Write);
        WriteAll(directory, FileSpecs.Segments, format, segments, DataRows.Write);
        WriteAll(directory, FileSpecs.SegmentLinks, format, links, DataRows.Write);
    }

    private static void WriteAll<T>(string directory, FileSpec file, OutputFormat format, IEnumerable<T> rows,
        Action<RecordWriter, T> write)
    {
        using var writer = RecordWriter.Open(directory, file, format);
        foreach (var row in rows) write(writer, row);
    }
}
